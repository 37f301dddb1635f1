import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinSets } from '../../src/prompt-catalog.js';
import { createDraft } from '../../src/store/drafts.js';
import { SCHEMA_VERSION } from '../../src/store/migrations/index.js';
import { snapshotSet } from '../../src/store/prompt-sets.js';
import { reflect, reflectJson, saveRegisterEntries, tempJournal } from '../helpers/cli.js';
import { journalOfVersion } from '../helpers/journal.js';
import type { GroupJson, RegisterJson } from '../helpers/register-json.js';

/**
 * Ids people see (entries, assumption groups, statements, drafts) name one thing for good: `summary --json` of
 * last week, a coach's notes and `reflect restore 12` refer to them. SQLite alone hands the highest id of a
 * removed row to the next new row; these remove the highest row and check that the next one goes above it.
 */
const ROADMAP = 'The roadmap will be cut without asking me.';

// Each case runs a dozen or more processes: room for a loaded machine.
describe('ids are never reused', { timeout: 90_000 }, () => {
  let journal: ReturnType<typeof tempJournal>;
  beforeEach(() => {
    journal = tempJournal('reflect-ids-');
  });
  afterEach(() => journal.cleanup());

  const ok = (args: string[]) => {
    const result = reflect(args, { db: journal.db });
    expect(result.code, result.stderr).toBe(0);
    return result;
  };
  const groups = () => reflectJson<RegisterJson[]>(['assumptions'], { db: journal.db });
  /** Every statement id, read from the file: `assumptions show` per group says the same, a process per group. */
  const statementIds = (): number[] => {
    groups(); // groups the waiting statements, as a person's next look at the register would
    const db = new Database(journal.db, { readonly: true });
    try {
      return db.prepare('SELECT id FROM statements ORDER BY id').pluck().all() as number[];
    } finally {
      db.close();
    }
  };
  /** Saves a left-hand column entry holding `assumptions`; returns its id. */
  const answersFile = (name: string, assumptions: string[]): string => {
    const file = join(journal.dir, `${name}-${assumptions.length}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        title: name,
        date: '2026-11-20T09:00:00',
        people: ['Dana'],
        answers: { situation: `About ${name}.`, dialogue: [{ said: 'Hi', unsaid: '' }], assumptions },
      }),
    );
    return file;
  };
  const saveEntry = (name: string, assumptions: string[]): number =>
    Number(
      ok(['new', '--set', 'left-hand-column', '--answers', answersFile(name, assumptions)]).stdout.trim(),
    );

  it('a new group goes above a group that a merge removed', () => {
    saveRegisterEntries(journal.db);
    const before = groups().map((g) => g.group);
    const highest = Math.max(...before);
    const kept = Math.min(...before);
    ok(['assumptions', 'merge', String(kept), String(highest)]);
    expect(groups().map((g) => g.group)).not.toContain(highest);

    saveEntry('Roadmap', [ROADMAP]);
    expect(groups().find((g) => g.label === ROADMAP)!.group).toBeGreaterThan(highest);
  });

  it('a new group goes above an automatic group that unlinking emptied', () => {
    saveRegisterEntries(journal.db);
    const seen = new Set(groups().map((g) => g.group));
    const highest = Math.max(...seen);
    const [only] = reflectJson<GroupJson>(['assumptions', 'show', String(highest)], {
      db: journal.db,
    }).statements;
    // Linked to another group, the highest group's only statement leaves it empty.
    ok(['assumptions', 'link', String(only!.id), String(Math.min(...seen))]);
    expect(groups().map((g) => g.group)).not.toContain(highest);

    saveEntry('Roadmap', [ROADMAP]);
    expect(groups().find((g) => g.label === ROADMAP)!.group).toBeGreaterThan(highest);
  });

  it('a new entry and its statements go above those of an entry purged from the trash', () => {
    saveRegisterEntries(journal.db);
    const newest = saveEntry('Roadmap', [ROADMAP]);
    const statements = statementIds();
    ok(['delete', String(newest), '--yes']);
    ok(['trash', 'empty', '--yes']);

    const next = saveEntry('Hiring', ['Marco will hire without me.', 'Dana expects me to say no.']);
    expect(next).toBeGreaterThan(newest);
    const added = statementIds().filter((id) => !statements.includes(id));
    expect(added).toHaveLength(2);
    for (const id of added) expect(id).toBeGreaterThan(Math.max(...statements));
  });

  it('an entry restored after new ones were written has its statements back under their ids, in their groups', () => {
    saveRegisterEntries(journal.db);
    const placements = () =>
      groups().flatMap((g) =>
        reflectJson<GroupJson>(['assumptions', 'show', String(g.group)], { db: journal.db })
          .statements.filter((s) => s.entryId === 2)
          .map((s) => ({ id: s.id, group: g.group, text: s.text })),
      );
    const before = placements();
    expect(before.length).toBeGreaterThan(0);
    ok(['delete', '2', '--yes']);
    saveEntry('Roadmap', [ROADMAP, 'Marco will hire without me.']);
    ok(['restore', '2']);
    expect(placements()).toEqual(before);
  });

  it('a new statement goes above one that editing an entry removed', () => {
    const id = saveEntry('Roadmap', [ROADMAP, 'Dana expects me to say no.']);
    const statements = statementIds();
    ok(['edit', String(id), '--answers', answersFile('Roadmap', [ROADMAP])]);
    const fewer = statementIds();
    expect(fewer).toHaveLength(1);
    saveEntry('Hiring', ['Marco will hire without me.']);
    const added = statementIds().filter((s) => !fewer.includes(s));
    expect(added).toHaveLength(1);
    expect(added[0]).toBeGreaterThan(Math.max(...statements));
  });

  it("an import's groups go above the groups the journal had, none of which the register shows any more", () => {
    const source = tempJournal('reflect-ids-source-');
    try {
      saveRegisterEntries(source.db);
      const [first] = reflectJson<RegisterJson[]>(['assumptions'], { db: source.db });
      expect(reflect(['assumptions', 'rename', String(first!.group), 'Trust'], { db: source.db }).code).toBe(
        0,
      );
      const file = join(journal.dir, 'export.json');
      writeFileSync(file, reflect(['export', '--format', 'json'], { db: source.db }).stdout);

      const id = saveEntry('Roadmap', [ROADMAP, 'Marco will hire without me.', 'Dana expects me to say no.']);
      const highest = Math.max(...groups().map((g) => g.group));
      ok(['delete', String(id), '--yes']);
      ok(['trash', 'empty', '--yes']);
      expect(groups()).toEqual([]);

      ok(['import', file]);
      const imported = groups().map((g) => g.group);
      expect(imported.length).toBeGreaterThan(0);
      for (const group of imported) expect(group).toBeGreaterThan(highest);
    } finally {
      source.cleanup();
    }
  });

  it('a new draft goes above a discarded one', () => {
    const db = journalOfVersion(journal.db, SCHEMA_VERSION);
    const lhc = builtinSets().find((c) => c.set.id === 'left-hand-column')!;
    snapshotSet(db, lhc.set, lhc.source, lhc.yaml, '2026-11-24T09:00:00.000Z');
    const draft = () => createDraft(db, lhc.set.id, lhc.set.version, {}, '2026-11-24T09:00:00.000Z');
    draft();
    const second = draft();
    db.close();
    ok(['drafts', 'discard', String(second)]);

    const reopened = journalOfVersion(journal.db, SCHEMA_VERSION);
    try {
      const third = createDraft(reopened, lhc.set.id, lhc.set.version, {}, '2026-11-24T09:05:00.000Z');
      expect(third).toBeGreaterThan(second);
    } finally {
      reopened.close();
    }
  });
});
