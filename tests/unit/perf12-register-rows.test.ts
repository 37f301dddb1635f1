import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinSets } from '../../src/prompt-catalog.js';
import { ensureGrouped, registerRowsWhere } from '../../src/store/assumptions.js';
import { openStore, type Store } from '../../src/store/db.js';
import { saveNewEntry } from '../../src/store/journal.js';
import { fakeEngine } from '../helpers/fake-engine.js';

/**
 * The register of the whole journal reads the statements by their own time, without the join through the entries
 * (perf12): it must give exactly what the join gives, whose order is the entries' (time, then id), with each
 * entry's people in their order.
 */
const NOW = new Date('2026-11-24T10:00:00Z');
const lhc = builtinSets().find((c) => c.set.id === 'left-hand-column')!;

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reflect-register-rows-'));
  store = openStore(join(dir, 'journal.db'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function save(day: number, hour: number, people: string[], assumptions: string[]) {
  return saveNewEntry(
    store.db,
    {
      ...lhc,
      title: 'A talk',
      occurredAt: new Date(Date.UTC(2026, 10, day, hour)),
      people,
      tags: [],
      answers: { situation: 'A talk.', dialogue: [{ said: 'Hi', unsaid: '' }], assumptions },
    },
    NOW,
  );
}

describe('register rows of the whole journal (perf12)', () => {
  it('are the rows the join through the entries reads, in its order', async () => {
    // Out of order in time, two entries at the same instant (ordered by id), several statements an entry, an entry
    // without people, one without statements, and an entry moved in time after it was written.
    const late = save(20, 9, ['Dana', 'Alex'], ['She does not trust me.', 'He thinks I am late.']);
    save(18, 9, [], ['Nobody reads the reports.']);
    save(19, 9, ['Sam'], ['Sam wants my job.', 'Sam is bored.', 'They doubt the plan.']);
    save(19, 9, ['Alex', 'Dana'], ['The plan is too slow.']);
    save(17, 9, ['Kim'], []);
    store.db
      .prepare('UPDATE entries SET occurred_at = ? WHERE id = ?')
      .run(new Date(Date.UTC(2026, 10, 16, 9)).toISOString(), late);
    await ensureGrouped(store.db, async () => fakeEngine, NOW);
    const whole = registerRowsWhere(store.db, '');
    // A clause that holds for every entry takes the join.
    const joined = registerRowsWhere(store.db, 'WHERE e.id > 0');
    expect(whole.length).toBe(7);
    expect(whole).toEqual(joined);
    expect(whole.map((r) => r.people)).toEqual(joined.map((r) => r.people));
    expect(whole[0]!.people).toEqual(['Dana', 'Alex']);
  });

  it('reads nothing from an empty journal', () => {
    expect(registerRowsWhere(store.db, '')).toEqual([]);
  });
});
