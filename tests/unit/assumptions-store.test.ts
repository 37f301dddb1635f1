import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GroupingEngine } from '../../src/domain/register.js';
import type { AnswerMap } from '../../src/domain/types.js';
import { builtinSets } from '../../src/prompt-catalog.js';
import {
  ensureGrouped,
  getStatement,
  groupFacts,
  linkStatement,
  mergeGroups,
  opposeGroups,
  recentStatements,
  recordTest,
  renameGroup,
  type StatementDecision,
  statementsOfGroup,
  statementsWhere,
  syncBacklog,
  unlinkStatement,
} from '../../src/store/assumptions.js';
import { openStore, type Store } from '../../src/store/db.js';
import { replaceAnswers } from '../../src/store/entries.js';
import { saveNewEntry } from '../../src/store/journal.js';
import { fakeEngine } from '../helpers/fake-engine.js';

const NOW = new Date('2026-11-24T10:00:00Z');
const lhc = builtinSets().find((c) => c.set.id === 'left-hand-column')!;
const ladder = builtinSets().find((c) => c.set.id === 'ladder-of-inference')!;

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reflect-register-'));
  store = openStore(join(dir, 'journal.db'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function save(assumptions: string[], options: { decisions?: StatementDecision[]; day?: number } = {}) {
  return saveNewEntry(
    store.db,
    {
      ...lhc,
      title: 'A talk',
      occurredAt: new Date(Date.UTC(2026, 10, options.day ?? 20, 9)),
      people: ['Dana'],
      tags: [],
      answers: { situation: 'A talk.', dialogue: [{ said: 'Hi', unsaid: '' }], assumptions },
      decisions: options.decisions,
    },
    NOW,
  );
}

function statements() {
  return statementsWhere(store.db, '').map((s) => ({
    id: s.id,
    entryId: s.entryId,
    text: s.text,
    groupId: s.groupId,
    linkedBy: s.linkedBy,
  }));
}

const grouped = () => ensureGrouped(store.db, async () => fakeEngine, NOW);

describe('register sync', () => {
  it('stores every list item of an assumption step exactly as written, on save', () => {
    const id = save(['  She doesn’t trust my judgement ', 'Ops never gets heard.']);
    expect(statements().map((s) => [s.entryId, s.text])).toEqual([
      [id, '  She doesn’t trust my judgement '],
      [id, 'Ops never gets heard.'],
    ]);
  });

  it('splits text answers of an assumption step into sentences', () => {
    const set = {
      ...lhc.set,
      id: 'coach',
      steps: [
        { id: 'guess', kind: 'long' as const, role: 'assumption' as const, question: 'Q?', required: true },
      ],
    };
    saveNewEntry(
      store.db,
      {
        set,
        source: 'installed',
        yaml: null,
        title: '',
        occurredAt: NOW,
        people: [],
        tags: [],
        answers: { guess: 'Dr. Okafor ignores us. He thinks we fuss!\nNobody reads the notes' },
      },
      NOW,
    );
    expect(statements().map((s) => s.text)).toEqual([
      'Dr. Okafor ignores us.',
      'He thinks we fuss!',
      'Nobody reads the notes',
    ]);
  });

  it('keeps unchanged statements (and their links) when an entry is edited, and follows deletes', async () => {
    const id = save(['Dana is annoyed with me.', 'The plan is late.']);
    save(['dana is annoyed with me'], { day: 21 });
    await grouped();
    const before = statements();
    linkStatement(store.db, before[1]!.id, before[1]!.groupId!);

    // An edit rewrites the answers (as `reflect edit` does); the trigger queues the entry.
    const answers: AnswerMap = {
      situation: 'A talk.',
      dialogue: [{ said: 'Hi', unsaid: '' }],
      assumptions: ['The plan is late.', 'Dana is annoyed with me.', 'Budgets are tight.'],
    };
    store.db.transaction(() => replaceAnswers(store.db, id, lhc.set, answers))();
    expect(syncBacklog(store.db)).toBe(1);
    const after = statements().filter((s) => s.entryId === id);
    expect(after.map((s) => s.text)).toEqual([
      'The plan is late.',
      'Dana is annoyed with me.',
      'Budgets are tight.',
    ]);
    expect(after[0]).toMatchObject({ id: before[1]!.id, linkedBy: 'person' });
    expect(after[1]!.id).toBe(before[0]!.id);
    expect(after[2]!.groupId).toBeNull();

    store.db.prepare('DELETE FROM entries WHERE id = ?').run(id);
    syncBacklog(store.db);
    expect(statements().map((s) => s.text)).toEqual(['dana is annoyed with me']);
  });

  it('syncs entries written by other paths (restore, import) through the backlog', () => {
    const id = save(['One.']);
    store.db.prepare('DELETE FROM statements').run();
    store.db.transaction(() =>
      replaceAnswers(store.db, id, lhc.set, { situation: 'x', dialogue: [], assumptions: ['One.', 'Two.'] }),
    )();
    syncBacklog(store.db);
    expect(statements().map((s) => s.text)).toEqual(['One.', 'Two.']);
  });
});

describe('grouping and the person’s decisions', () => {
  it('groups on demand with ids that do not shift between runs or when more is written', async () => {
    save(['Dana is annoyed with me.', 'The plan is late.']);
    save(['Dana is annoyed with me!'], { day: 21 });
    await grouped();
    const first = statements();
    expect(first[0]!.groupId).toBe(first[2]!.groupId);
    expect(first.every((s) => s.linkedBy === 'auto')).toBe(true);
    await grouped();
    expect(statements()).toEqual(first);
    save(['The plan is late!', 'dana is ANNOYED with me'], { day: 22 });
    await grouped();
    const later = statements();
    expect(later.slice(0, 3)).toEqual(first);
    expect(later[3]!.groupId).toBe(first[1]!.groupId);
    expect(later[4]!.groupId).toBe(first[0]!.groupId);
  });

  it('links, unlinks, merges, renames, opposes and records tests; automatic runs respect them', async () => {
    save(['Dana is annoyed with me.', 'The plan is late.']);
    save(['Dana is annoyed with me!', 'Marco ignores me.'], { day: 21 });
    await grouped();
    const [annoyed, late, annoyed2, ignores] = statements();
    const db = store.db;

    const alone = unlinkStatement(db, annoyed2!.id, NOW);
    await grouped();
    expect(statements().find((s) => s.id === annoyed2!.id)).toMatchObject({
      groupId: alone,
      linkedBy: 'person',
    });
    expect(statements().find((s) => s.id === annoyed!.id)!.groupId).not.toBe(alone);

    linkStatement(db, ignores!.id, late!.groupId!);
    await grouped();
    expect(statements().find((s) => s.id === ignores!.id)).toMatchObject({
      groupId: late!.groupId,
      linkedBy: 'person',
    });

    mergeGroups(db, annoyed!.groupId!, alone);
    renameGroup(db, annoyed!.groupId!, 'Dana is cross with me');
    opposeGroups(db, late!.groupId!, annoyed!.groupId!);
    recordTest(db, annoyed!.groupId!, {
      result: 'failed',
      note: 'asked her; she was tired',
      date: NOW.toISOString(),
    });
    await grouped();
    const after = statements();
    expect(after.filter((s) => s.groupId === annoyed!.groupId).map((s) => s.id)).toEqual([
      annoyed!.id,
      annoyed2!.id,
    ]);
    const meta = groupFacts(db, [annoyed!.groupId!]).get(annoyed!.groupId!)!;
    expect(meta).toMatchObject({
      label: 'Dana is cross with me',
      named: true,
      confirmed: true,
      opposites: [{ id: late!.groupId, origin: 'person' }],
      tested: { result: 'failed', note: 'asked her; she was tired' },
    });
  });

  it('applies link-as-you-write decisions on save', async () => {
    save(['Dana is annoyed with me.', 'The plan is late.', 'Marco ignores me.']);
    await grouped();
    const [annoyed, late, ignores] = statements();
    save(['She is cross with me.', 'Marco listens to me.', 'A brand new worry.'], {
      day: 22,
      decisions: [
        {
          stepId: 'assumptions',
          text: 'She is cross with me.',
          decision: 'same',
          statementIds: [annoyed!.id],
        },
        {
          stepId: 'assumptions',
          text: 'Marco listens to me.',
          decision: 'opposite',
          statementIds: [ignores!.id],
        },
        { stepId: 'assumptions', text: 'A brand new worry.', decision: 'new', statementIds: [late!.id] },
      ],
    });
    await grouped();
    const all = statements();
    expect(all[3]).toMatchObject({ groupId: annoyed!.groupId, linkedBy: 'person' });
    expect(all[0]).toMatchObject({ linkedBy: 'person' });
    const opposite = groupFacts(store.db, [ignores!.groupId!]).get(ignores!.groupId!)!.opposites;
    expect(opposite).toEqual([{ id: all[4]!.groupId, origin: 'person' }]);
    expect(all[5]).toMatchObject({ linkedBy: 'person' });
    expect(all[5]!.groupId).not.toBe(late!.groupId);
  });

  it('lets the engine forget its shapes once a call has grouped everything (what follows reads, not groups)', async () => {
    save(['One.', 'Two.']);
    save(['One.'], { day: 21 });
    const calls: string[] = [];
    const engine = {
      ...fakeEngine,
      groupStatements: (...args: Parameters<typeof fakeEngine.groupStatements>) => {
        calls.push('group');
        return fakeEngine.groupStatements(...args);
      },
      forgetShapes: () => calls.push('forget'),
    };
    expect(await ensureGrouped(store.db, async () => engine, NOW)).toBe(3);
    expect(calls.at(-1)).toBe('forget');
    expect(calls.filter((c) => c === 'forget')).toHaveLength(1);
    expect(new Set(statements().map((s) => s.groupId)).size).toBe(2);
  });

  it('does nothing (and loads no engine) when everything is grouped', async () => {
    save(['One.']);
    await grouped();
    let loaded = false;
    await ensureGrouped(
      store.db,
      async () => {
        loaded = true;
        return fakeEngine;
      },
      NOW,
    );
    expect(loaded).toBe(false);
    void ladder;
  });

  it('sends a statement written word for word again to the engine twice at most; later copies follow the twins', async () => {
    for (let day = 1; day <= 5; day++) save(['She is testing me.', 'Hm.'], { day });
    const seen: string[][] = [];
    // Like the real engine, statements without content ('Hm.') stay apart, even from their twins.
    const engine: GroupingEngine = {
      ...fakeEngine,
      groupStatements(inputs, links) {
        seen.push(inputs.map((i) => i.text));
        const grouping = fakeEngine.groupStatements(
          inputs.filter((i) => i.text !== 'Hm.'),
          links,
        );
        const alone = inputs.filter((i) => i.text === 'Hm.').map((i) => [i.id]);
        return { groups: [...grouping.groups, ...alone], opposites: grouping.opposites };
      },
    };
    await ensureGrouped(store.db, async () => engine, NOW);
    expect(seen[0]!.filter((t) => t === 'She is testing me.')).toHaveLength(2);
    // The copies whose twins stayed apart go to the engine themselves, in a second pass.
    expect(seen).toHaveLength(2);
    const rows = statements();
    const testing = rows.filter((r) => r.text === 'She is testing me.');
    expect(new Set(testing.map((r) => r.groupId)).size).toBe(1);
    expect(testing.every((r) => r.linkedBy === 'auto')).toBe(true);
    const hm = rows.filter((r) => r.text === 'Hm.');
    expect(new Set(hm.map((r) => r.groupId)).size).toBe(5);
  });

  it('keeps each statement’s copy of its entry’s time, whoever writes (group facts read it)', async () => {
    const first = save(['She is testing me.'], { day: 10 });
    save(['She is testing me.'], { day: 12 });
    await grouped();
    const group = statements()[0]!.groupId!;
    expect(groupFacts(store.db, [group]).get(group)!.firstSeen).toBe('2026-11-10T09:00:00.000Z');
    store.db
      .prepare('UPDATE entries SET occurred_at = ? WHERE id = ?')
      .run('2026-11-15T09:00:00.000Z', first);
    expect(groupFacts(store.db, [group]).get(group)!.firstSeen).toBe('2026-11-12T09:00:00.000Z');
    // A writer that does not know the column (restore from the trash inserts rows as they were).
    store.db
      .prepare(
        "INSERT INTO statements (entry_id, step_id, step_pos, item, text, group_id, linked_by) VALUES (?, 'assumptions', 9, 0, 'Earlier wording.', ?, 'person')",
      )
      .run(first, group);
    expect(
      store.db.prepare("SELECT occurred_at FROM statements WHERE text = 'Earlier wording.'").get(),
    ).toEqual({ occurred_at: '2026-11-15T09:00:00.000Z' });
    const facts = groupFacts(store.db, [group]).get(group)!;
    expect(facts.firstSeen).toBe('2026-11-12T09:00:00.000Z');
    expect(facts.confirmed).toBe(false);
  });
});

describe('reading statements', () => {
  function write(people: string[], tags: string[], assumptions: string[], day: number) {
    return saveNewEntry(
      store.db,
      {
        ...lhc,
        title: `Day ${day}`,
        occurredAt: new Date(Date.UTC(2026, 10, day, 9)),
        people,
        tags,
        answers: { situation: 'A talk.', dialogue: [{ said: 'Hi', unsaid: '' }], assumptions },
      },
      NOW,
    );
  }

  it('gives each statement its entry’s people and tags in their order, shared between statements alike', async () => {
    const a = write(['Dana', 'Ana'], ['work', 'pay'], ['She is testing me.', 'Ops never gets heard.'], 12);
    const b = write([], [], ['Nobody listens.'], 10);
    const c = write(['Dana', 'Ana'], ['work', 'pay'], ['They want me gone.'], 14);
    await grouped();
    const rows = statementsWhere(store.db, '');
    expect(rows.map((r) => [r.entryId, r.text, r.people, r.tags, r.title, r.date])).toEqual([
      [b, 'Nobody listens.', [], [], 'Day 10', '2026-11-10T09:00:00.000Z'],
      [a, 'She is testing me.', ['Dana', 'Ana'], ['work', 'pay'], 'Day 12', '2026-11-12T09:00:00.000Z'],
      [a, 'Ops never gets heard.', ['Dana', 'Ana'], ['work', 'pay'], 'Day 12', '2026-11-12T09:00:00.000Z'],
      [c, 'They want me gone.', ['Dana', 'Ana'], ['work', 'pay'], 'Day 14', '2026-11-14T09:00:00.000Z'],
    ]);
    expect(rows.every((r) => r.setId === lhc.set.id && r.groupId !== null && r.linkedBy === 'auto')).toBe(
      true,
    );
    expect(rows[1]!.people).toBe(rows[3]!.people);
    // Filters over the entry or the statement.
    expect(statementsWhere(store.db, 'WHERE e.id = @id', { id: b }).map((r) => r.text)).toEqual([
      'Nobody listens.',
    ]);
    const one = getStatement(store.db, rows[2]!.id)!;
    expect([one.text, one.people, one.tags]).toEqual([
      'Ops never gets heard.',
      ['Dana', 'Ana'],
      ['work', 'pay'],
    ]);
    expect(statementsOfGroup(store.db, rows[0]!.groupId!).map((r) => [r.text, r.people])).toEqual([
      ['Nobody listens.', []],
    ]);
    expect(statementsWhere(store.db, 'WHERE e.id = -1')).toEqual([]);
    expect(recentStatements(store.db, 2).map((r) => [r.text, r.people, r.tags])).toEqual([
      ['They want me gone.', ['Dana', 'Ana'], ['work', 'pay']],
      ['She is testing me.', ['Dana', 'Ana'], ['work', 'pay']],
    ]);
  });
});
