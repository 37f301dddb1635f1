import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadEngine } from '../../src/commands/assumptions/engine.js';
import { groupStatements, StatementIndex, type StatementInput } from '../../src/domain/assumptions/index.js';
import { RoleLearner } from '../../src/domain/assumptions/roles.js';
import { ensureGrouped } from '../../src/store/assumptions.js';
import { openStore, type Store } from '../../src/store/db.js';
import { groupTexts, saveDay } from '../helpers/grouped-journal.js';

// Defects found reviewing session 7's grouping merges. Batched grouping over more than one run (RUN_SIZE = 2000
// waiting statements): what a run decides may not depend on which earlier runs share its transaction, nor on
// which run of the grouping it is. And the person's teaching is read with the roles the statements are read with.
const NOW = new Date('2026-11-24T10:00:00Z');
const RUN_SIZE = 2000;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reflect-review7-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

let journals = 0;
function journal(): Store {
  return openStore(join(dir, `j${journals++}.db`));
}

/** Makes every run of a grouping share one transaction (the clock never moves), or each commit on its own. */
function commits(each: 'run' | 'never') {
  let t = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => {
    if (each === 'run') t += 10_000;
    return t;
  });
}

const PEOPLE = ['Dana', 'Kevin'];
const FILLER = 'I enjoy cooking on Sundays.';
// From assumptions-regroup.test.ts: OLDER and LATEST are one group (0.44); WEAK is close to LATEST (0.92) and
// too far from OLDER (0.33).
const OLDER = 'Dana tunes out whenever we raise technical debt.';
const LATEST = 'Dana will see me as obstructive if I question the dates.';
const WEAK = "If I push back on the deadline, Dana will think I'm being difficult.";

describe("a group's older wordings", () => {
  /**
   * A group of LATEST; then, in the first run, OLDER joins it and nine more copies of LATEST after it (OLDER is
   * no longer among its latest eight members); in the second run WEAK is closest to it.
   */
  async function grouped(each: 'run' | 'never'): Promise<string[][]> {
    const store = journal();
    saveDay(store, 0, PEOPLE, [LATEST]);
    await ensureGrouped(store.db, loadEngine, NOW);
    saveDay(
      store,
      1,
      PEOPLE,
      Array.from({ length: RUN_SIZE - 10 }, () => FILLER),
    );
    saveDay(store, 2, PEOPLE, [OLDER]);
    for (let day = 3; day < 12; day++) saveDay(store, day, PEOPLE, [LATEST]);
    saveDay(store, 12, PEOPLE, [WEAK]);
    commits(each);
    await ensureGrouped(store.db, loadEngine, NOW);
    vi.restoreAllMocks();
    const out = groupTexts(store).filter((g) => !g.includes(FILLER));
    store.close();
    return out;
  }

  it('include those an earlier run of the same transaction placed', async () => {
    const apart = [[LATEST, OLDER, ...Array.from({ length: 9 }, () => LATEST)], [WEAK]];
    expect(await grouped('run')).toEqual(apart);
    expect(await grouped('never')).toEqual(apart);
  }, 60_000);
});

// From assumptions-roles.test.ts: Ruairi is the writer's brother-in-law, Morag the writer's wife.
const FAMILY = ['Ruairi', 'Morag'];
const ROLE = 'My brother-in-law second-guesses my quotes in front of customers.';
const MORAG = 'Morag second-guesses my quotes in front of customers.';
const RUAIRI = 'Ruairi second-guesses my quotes in front of customers.';

describe("a run's roles", () => {
  /** A grouped journal that teaches the role (day 400 on); then ROLE, after `backlog` statements of long before. */
  async function grouped(backlog: number): Promise<string[][]> {
    const store = journal();
    // Each said through the role, then by name: the later statement stands for the group in a run.
    saveDay(store, 400, ['Ruairi'], ['My brother-in-law leaves the heavy lifting to me.']);
    saveDay(store, 401, FAMILY, ['My brother-in-law turns up late to every job.']);
    saveDay(store, 402, ['Ruairi'], ['Ruairi leaves the heavy lifting to me.']);
    saveDay(store, 403, FAMILY, ['Ruairi turns up late to every job.']);
    saveDay(store, 404, FAMILY, [MORAG]);
    saveDay(store, 405, FAMILY, [RUAIRI]);
    await ensureGrouped(store.db, loadEngine, NOW);
    if (backlog > 0)
      saveDay(
        store,
        1,
        PEOPLE,
        Array.from({ length: backlog }, () => FILLER),
      );
    saveDay(store, 406, FAMILY, [ROLE]);
    await ensureGrouped(store.db, loadEngine, NOW);
    const out = groupTexts(store).filter((g) => g.length > 1 && !g.includes(FILLER));
    store.close();
    return out;
  }

  it('are learned from the statements placed around it, in any run of the grouping', async () => {
    const once = [
      ['My brother-in-law leaves the heavy lifting to me.', 'Ruairi leaves the heavy lifting to me.'],
      ['My brother-in-law turns up late to every job.', 'Ruairi turns up late to every job.'],
      [RUAIRI, ROLE],
    ];
    expect(await grouped(0)).toEqual(once);
    // ROLE in the second run: the first run's weeks are long before those that teach the role.
    expect(await grouped(RUN_SIZE)).toEqual(once);
  }, 60_000);
});

describe("the person's teaching", () => {
  // The person linked A and B: "flimsy" (a word the lexicon lacks) says what "half-baked" says, of Ruairi's
  // view of my plans (assumptions-learned.test.ts). A says it through the role, which C (another entry that
  // lists Ruairi alone) makes Ruairi in this journal; the teaching alone does not.
  let id = 1;
  const said = (entryId: number, people: string[], text: string): StatementInput => ({
    id: id++,
    entryId,
    text,
    people,
  });
  const A = said(1, FAMILY, 'My brother-in-law thinks my plans are half-baked.');
  const B = said(2, FAMILY, 'Ruairi finds my plans flimsy.');
  const C = said(3, ['Ruairi'], 'My brother-in-law turns up late to every job.');
  const teaching = { groups: [[A, B]], opposites: [] as Array<[number, number]> };
  const X = said(4, FAMILY, 'Ruairi thinks my slides are half-baked.');
  const Y = said(5, FAMILY, 'Ruairi finds my slides flimsy.');

  it('is read with the roles the grouping reads its statements with', () => {
    const roles = new RoleLearner().add([A, B, C, X, Y]);
    expect(roles.book().entries()).toEqual([['brother in law', 'ruairi']]);
    const together = (options: object) =>
      groupStatements([X, Y], [], options).groups.some((g) => g.includes(X.id) && g.includes(Y.id));
    expect(together({ roles })).toBe(false);
    expect(together({ roles, teaching })).toBe(true);
  });

  it('is read with the roles link-as-you-write reads its statements with', () => {
    // As the Suggester builds its index: the teaching first, the journal's roles after.
    const index = new StatementIndex([], teaching);
    index.teachRoles([A, B, C, Y]);
    for (const s of [A, B, C, Y]) index.add(s);
    expect(index.suggest(X.text, FAMILY, 5).map((s) => s.id)).toContain(Y.id);
    expect(new StatementIndex([A, B, C, Y], teaching).suggest(X.text, FAMILY, 5).map((s) => s.id)).toContain(
      Y.id,
    );
  });
});
