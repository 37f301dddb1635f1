import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/commands/assumptions/engine.js';
import { groupStatements, nearestGroups, type StatementInput } from '../../src/domain/assumptions/index.js';
import { ensureGrouped } from '../../src/store/assumptions.js';
import { openStore, type Store } from '../../src/store/db.js';
import { groupTexts, saveDay } from '../helpers/grouped-journal.js';

// Batched grouping (a new statement placed among the groups a journal already has) against grouping all at
// once: a statement a group keeps out tries the next closest groups; a group is checked against older wordings
// of it than its latest members. Scores between the statements (compare) are noted where they matter.
const NOW = new Date('2026-11-24T10:00:00Z');
const PEOPLE = ['Dana', 'Kevin'];
// OLDER and LATEST are one group (0.44).
const OLDER = 'Dana tunes out whenever we raise technical debt.';
const LATEST = 'Dana will see me as obstructive if I question the dates.';
// Close to LATEST (0.92) and to FAR (0.79), too far from OLDER (0.33).
const WEAK = "If I push back on the deadline, Dana will think I'm being difficult.";
// Close to LATEST (0.73), about something else than OLDER.
const FAR = 'Questioning her timeline would get me labelled as negative.';
// Close to LATEST (0.84) and OLDER (0.45), about something else than WEAK.
const PLAN = 'Dana will think I am difficult if I push back on the plan.';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reflect-regroup-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let journals = 0;
function journal(): Store {
  return openStore(join(dir, `j${journals++}.db`));
}

/** Writes each batch of entries, then groups: as a person who runs `reflect assumptions` between entries. */
async function inBatches(batches: string[][][]): Promise<Store> {
  const store = journal();
  let day = 0;
  for (const batch of batches) {
    for (const assumptions of batch) saveDay(store, ++day, PEOPLE, assumptions);
    await ensureGrouped(store.db, loadEngine, NOW);
  }
  return store;
}

describe('nearestGroups: the groups a statement is closest to, by their representatives', () => {
  const statement = (id: number, text: string): StatementInput => ({ id, entryId: id, text, people: PEOPLE });
  const all = [statement(1, LATEST), statement(2, FAR), statement(3, OLDER), statement(10, WEAK)];

  it('ranks groups by their closest representative and leaves out those below the weakest link', () => {
    // Groups 7 (LATEST, 0.92), 8 (FAR, 0.79); 9 (OLDER, 0.33) is too far to take it.
    const reps = new Map([
      [1, 7],
      [2, 8],
      [3, 9],
    ]);
    expect(nearestGroups(all, [10], reps, 3)).toEqual([[7, 8]]);
    expect(nearestGroups(all, [10], reps, 1)).toEqual([[7]]);
    // A group counts by its closest representative.
    expect(
      nearestGroups(
        all,
        [10],
        new Map([
          [1, 8],
          [2, 8],
          [3, 9],
        ]),
        3,
      ),
    ).toEqual([[8]]);
    // A representative the person held apart from the statement does not count.
    expect(nearestGroups(all, [10], reps, 3, [{ a: 1, b: 10, relation: 'different' }])).toEqual([[8]]);
  });
});

describe('a statement kept out of the group the grouping put it with', () => {
  it('joins its second-best group when that one takes it', async () => {
    // OLDER and LATEST make a group; FAR is kept out of it (about something else than OLDER): a group of its own.
    // WEAK is closest to LATEST, but OLDER keeps it out; FAR's group is the next best, and takes it.
    const store = await inBatches([[[OLDER], [LATEST]], [[FAR]], [[WEAK]]]);
    expect(groupTexts(store)).toEqual([
      [OLDER, LATEST],
      [FAR, WEAK],
    ]);
    // Grouping again changes nothing.
    expect(await ensureGrouped(store.db, loadEngine, NOW)).toBe(0);
    store.close();
  });

  it('starts a new group when no other group takes it', async () => {
    const store = await inBatches([[[OLDER], [LATEST]], [[WEAK]]]);
    expect(groupTexts(store)).toEqual([[OLDER, LATEST], [WEAK]]);
    store.close();
  });

  it('in batches of one entry, ends as grouping all at once does', async () => {
    // All at once: WEAK and LATEST first (0.92); PLAN is about something else than WEAK, so it goes with OLDER
    // (0.45); OLDER is too far from WEAK to join the first group.
    const entries = [[WEAK, LATEST], [OLDER], [PLAN]];
    const once = groupStatements(
      entries.flat().map((text, i) => ({ id: i + 1, entryId: i + 1, text, people: PEOPLE })),
    ).groups.map((g) => g.map((id) => entries.flat()[id - 1]!));
    expect(once).toEqual([
      [WEAK, LATEST],
      [OLDER, PLAN],
    ]);
    const batched = await inBatches(entries.map((e) => [e]));
    expect(groupTexts(batched)).toEqual(once);
    const together = await inBatches([entries]);
    expect(groupTexts(together)).toEqual(once);
    batched.close();
    together.close();
  });
});

describe('a group is checked against its older wordings, not only its latest members', () => {
  it('keeps out a statement opposite to a member older than the latest eight', async () => {
    const TRUSTS = 'Dana trusts my judgement.';
    const GUESSES = 'Dana second-guesses my judgement.';
    // DOUBTS is the same as GUESSES (1.00) and opposite to TRUSTS (0.87).
    const DOUBTS = 'Dana doubts my judgement.';
    const store = await inBatches([[[TRUSTS], ...Array.from({ length: 9 }, () => [GUESSES])]]);
    // A group that holds both (as a person's earlier links or an older engine could have left it): nine later
    // members written alike, then the one it started with.
    expect(groupTexts(store)).toEqual([[TRUSTS], Array.from({ length: 9 }, () => GUESSES)]);
    store.db.exec(
      "UPDATE statements SET group_id = (SELECT min(group_id) FROM statements), linked_by = 'auto'",
    );
    store.db.exec('DELETE FROM group_opposites');
    saveDay(store, 20, PEOPLE, [DOUBTS]);
    await ensureGrouped(store.db, loadEngine, NOW);
    expect(groupTexts(store)).toEqual([[TRUSTS, ...Array.from({ length: 9 }, () => GUESSES)], [DOUBTS]]);
    store.close();
  });
});
