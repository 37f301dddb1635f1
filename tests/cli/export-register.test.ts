import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reflect, reflectJson, stripAnsi, tempJournal } from '../helpers/cli.js';
import { journalHash } from '../helpers/hash.js';
import { assumptionsJson, writeLadder } from '../helpers/register-journal.js';
import type { GroupJson, RegisterJson } from '../helpers/register-json.js';

// The JSON export carries the person's decisions in the assumption register (`register`, an optional field of
// version 1) and `reflect import` restores them: the round trip through the real binary and real journals.

// One journal with every kind of decision, made once (spawning the binary is slow); tests only read it.
let source: ReturnType<typeof tempJournal>;
let ids: Ids;
let exported: string;
let target: ReturnType<typeof tempJournal>;
beforeAll(() => {
  source = tempJournal();
  ids = decide(source.db);
  exported = exportJson(source.db);
}, 120_000);
afterAll(() => source.cleanup());
beforeEach(() => {
  target = tempJournal();
});
afterEach(() => target.cleanup());

const DOUBT = 'Dana doesn’t trust my judgement.';
const TRUST = 'Dana trusts my judgement.';
const CARELESS = 'Dana thinks I am careless.';

const run = (db: string, args: string[]) => reflect(args, { db });
const ok = (db: string, args: string[]) => {
  const result = run(db, args);
  if (result.code !== 0) throw new Error(`reflect ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return result;
};

/** The groups of a journal in full (`show --json` of each). */
const details = (db: string) =>
  assumptionsJson<RegisterJson[]>(db, []).map((g) =>
    assumptionsJson<GroupJson>(db, ['show', String(g.group)]),
  );
const groupIn = (groups: GroupJson[], text: string) =>
  groups.find((g) => g.statements.some((s) => s.text === text))!;

type Ids = Record<'doubt' | 'trust' | 'minutes' | 'rota' | 'budget' | 'unlinked', number>;

/**
 * Four entries, and every kind of decision the register keeps: rename, oppose, link, merge, test, unoppose,
 * unlink. Returns the groups' ids.
 */
function decide(db: string): Ids {
  writeLadder(db, '2026-11-03 09:00', [DOUBT, 'Marco ignores my emails.']);
  writeLadder(db, '2026-11-10 09:00', [TRUST, 'The budget is too tight.']);
  writeLadder(db, '2026-11-17 09:00', [CARELESS, 'Nobody reads the minutes.']);
  writeLadder(db, '2026-11-18 09:00', [DOUBT, 'The rota is unfair.']);
  const groups = details(db);
  const group = (text: string) => groupIn(groups, text).group;
  const statement = (text: string, nth = 0) =>
    groupIn(groups, text).statements.filter((s) => s.text === text)[nth]!.id;
  const doubt = group(DOUBT);
  const minutes = group('Nobody reads the minutes.');
  const rota = group('The rota is unfair.');
  const copy = statement(DOUBT, 1);
  ok(db, ['assumptions', 'rename', String(doubt), 'Dana', 'doubts', 'my', 'judgement']);
  ok(db, ['assumptions', 'oppose', String(doubt), String(group(TRUST))]);
  ok(db, ['assumptions', 'link', String(statement(CARELESS)), String(doubt)]);
  ok(db, [
    'assumptions',
    'merge',
    String(group('The budget is too tight.')),
    String(group('Marco ignores my emails.')),
  ]);
  ok(db, [
    'assumptions',
    'test',
    String(doubt),
    '--result',
    'failed',
    '--note',
    'Asked her; she wanted data',
  ]);
  ok(db, ['assumptions', 'oppose', String(minutes), String(rota)]);
  ok(db, ['assumptions', 'unoppose', String(minutes)]);
  // The second copy of DOUBT (entry 4) is not the same assumption: it stands alone from now on.
  const unlinked = ok(db, ['assumptions', 'unlink', String(copy), '--json']);
  return {
    doubt,
    trust: group(TRUST),
    minutes,
    rota,
    budget: group('The budget is too tight.'),
    unlinked: (JSON.parse(unlinked.stdout) as GroupJson).group,
  };
}

/** Everything `assumptions --json` and `show --json` say, but the statements' ids (local to a journal). */
function register(db: string) {
  return assumptionsJson<RegisterJson[]>(db, [])
    .map((g) => assumptionsJson<GroupJson>(db, ['show', String(g.group)]))
    .map(({ statements, ...group }) => ({
      ...group,
      statements: statements.map(({ id: _id, ...s }) => s),
    }))
    .sort((a, b) => a.group - b.group);
}

/** The same, without group or entry ids: what survives an import into a journal that has its own. */
function decisions(db: string) {
  const groups = register(db);
  const labelOf = (id: number) => groups.find((g) => g.group === id)!.label;
  return groups
    .map((g) => ({
      label: g.label,
      named: g.named,
      confirmed: g.confirmed,
      tested: g.tested,
      opposites: g.opposites.map(labelOf).sort(),
      statements: g.statements.map((s) => [s.title, s.text, s.linkedBy]),
    }))
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** An export's register with each group named by its statements instead of its id (ids are per journal). */
function normalized(text: string) {
  const register = JSON.parse(text).register as {
    groups: { id: number; statements: unknown[] }[];
    opposites: [number, number][];
    notOpposites: [number, number][];
    different: unknown[];
  };
  const key = new Map(register.groups.map((g) => [g.id, JSON.stringify(g.statements)]));
  const pairs = (list: [number, number][]) => list.map((p) => p.map((id) => key.get(id)).sort()).sort();
  return {
    groups: register.groups
      .map(({ id: _id, ...g }) => g)
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
    opposites: pairs(register.opposites),
    notOpposites: pairs(register.notOpposites),
    different: register.different,
  };
}

function exportJson(db: string): string {
  return ok(db, ['export', '--format', 'json']).stdout;
}

function writeFile(name: string, text: string): string {
  const path = join(target.dir, name);
  writeFileSync(path, text);
  return path;
}

describe('the register in the JSON export', () => {
  it('round trip: every decision comes back in a new journal, and exporting again gives the same file', () => {
    const before = register(source.db);
    // The decisions really are all there before the export (not a test of nothing).
    const doubt = before.find((g) => g.label === 'Dana doubts my judgement')!;
    expect(doubt).toMatchObject({
      named: true,
      tested: { result: 'failed', note: 'Asked her; she wanted data' },
    });
    const file = writeFile('journal.json', exported);

    const imported = ok(target.db, ['import', file]);
    expect(imported.stdout.trim()).toBe(
      'imported 4 · skipped 0 already here · conflicts 0 · assumption groups 6 added, 0 already here',
    );
    expect(register(target.db)).toEqual(before);
    expect(exportJson(target.db)).toBe(exported);
  }, 60_000);

  it('carries labels, links, opposites, tests and "not the same" decisions by entry uuid, step and item', () => {
    const doc = JSON.parse(exported);
    const uuids = doc.entries.map((e: { uuid: string }) => e.uuid);
    const doubt = doc.register.groups.find((g: { label: string | null }) => g.label !== null);
    expect(doubt).toEqual({
      id: ids.doubt,
      label: 'Dana doubts my judgement',
      statements: [
        { entry: uuids[0], step: 'assumptions', item: 0, text: DOUBT, linkedBy: 'auto' },
        { entry: uuids[2], step: 'assumptions', item: 0, text: CARELESS, linkedBy: 'person' },
      ],
      tests: [{ result: 'failed', note: 'Asked her; she wanted data', date: '2026-11-24T09:00:00.000Z' }],
    });
    expect(doc.register.opposites).toEqual([[ids.doubt, ids.trust]]);
    expect(doc.register.notOpposites).toEqual([[ids.minutes, ids.rota]]);
    const ref = (entry: number, item: number, text: string) => ({
      entry: uuids[entry],
      step: 'assumptions',
      item,
      text,
    });
    expect(doc.register.different).toEqual([
      [ref(0, 0, DOUBT), ref(3, 0, DOUBT)],
      [ref(2, 0, CARELESS), ref(3, 0, DOUBT)],
    ]);
    // Existing fields as before: the register comes between the assignments and the entries.
    expect(Object.keys(doc)).toEqual([
      'format',
      'version',
      'exportedAt',
      'promptSets',
      'assignments',
      'register',
      'entries',
    ]);
    expect(doc.version).toBe(1);
  }, 60_000);

  it('a journal without decisions exports no register, as before', () => {
    writeLadder(target.db, '2026-11-03 09:00', [DOUBT]);
    expect(assumptionsJson<RegisterJson[]>(target.db, [])).toHaveLength(1);
    expect(Object.keys(JSON.parse(exportJson(target.db)))).not.toContain('register');
  }, 60_000);

  it('an entry edited since the register was read is named as exported (its statements derived first)', () => {
    writeLadder(target.db, '2026-11-03 09:00', ['Marco ignores my emails.', DOUBT]);
    ok(target.db, ['assumptions', 'rename', String(groupIn(details(target.db), DOUBT).group), 'Doubt']);
    // DOUBT moves from item 1 to item 2; nothing reads the register before the export.
    const answers = {
      answers: { situation: 'A talk.', assumptions: ['Lena is new.', 'Marco is away.', DOUBT] },
    };
    ok(target.db, ['edit', '1', '--answers', writeFile('edit.json', JSON.stringify(answers))]);
    const doc = JSON.parse(exportJson(target.db));
    expect(doc.register.groups).toEqual([
      expect.objectContaining({
        label: 'Doubt',
        statements: [
          { entry: doc.entries[0].uuid, step: 'assumptions', item: 2, text: DOUBT, linkedBy: 'auto' },
        ],
      }),
    ]);
    const fresh = tempJournal();
    try {
      ok(fresh.db, ['import', writeFile('edited.json', JSON.stringify(doc))]);
      expect(groupIn(details(fresh.db), DOUBT)).toMatchObject({ label: 'Doubt', named: true });
    } finally {
      fresh.cleanup();
    }
  }, 60_000);

  it('a filtered export carries the decisions about the statements it exports', () => {
    const doc = JSON.parse(ok(source.db, ['export', '--format', 'json', '--ids', '1,3']).stdout);
    const labels = doc.register.groups.map((g: { statements: { text: string }[] }) =>
      g.statements.map((s) => s.text),
    );
    expect(labels).toEqual([[DOUBT, CARELESS], ['Marco ignores my emails.'], ['Nobody reads the minutes.']]);
    // Opposites and "not the same" pairs with a group or statement left out are left out.
    expect(doc.register.opposites).toEqual([]);
    expect(doc.register.notOpposites).toEqual([]);
    expect(doc.register.different).toEqual([]);
    expect(run(target.db, ['import', writeFile('part.json', JSON.stringify(doc))]).code).toBe(0);
    expect(decisions(target.db).find((g) => g.named)).toMatchObject({
      label: 'Dana doubts my judgement',
      statements: [
        ['Talk 2026-11-03 09:00', DOUBT, 'auto'],
        ['Talk 2026-11-17 09:00', CARELESS, 'person'],
      ],
    });
  }, 60_000);

  it('a file without the register (an older export) imports as before: the statements are grouped afresh', () => {
    const doc = JSON.parse(exported);
    delete doc.register;
    const result = ok(target.db, ['import', writeFile('old.json', JSON.stringify(doc))]);
    expect(result.stdout.trim()).toBe('imported 4 · skipped 0 already here · conflicts 0');
    expect(
      reflectJson<Record<string, unknown>>(['import', writeFile('old2.json', JSON.stringify(doc))], {
        db: target.db,
      }),
    ).not.toHaveProperty('register');
    const groups = register(target.db);
    expect(groups.some((g) => g.named || g.tested !== null || g.confirmed)).toBe(false);
    expect(groups.flatMap((g) => g.statements).every((s) => s.linkedBy === 'auto')).toBe(true);
  }, 60_000);

  it('into a journal with entries of its own: the decisions apply to the imported statements; twice adds nothing', () => {
    const file = writeFile('journal.json', exported);
    writeLadder(target.db, '2026-11-01 09:00', [DOUBT], { title: 'Mine' });
    writeLadder(target.db, '2026-11-02 09:00', ['My manager hates me.'], { title: 'Mine too' });
    ok(target.db, [
      'assumptions',
      'rename',
      String(groupIn(details(target.db), DOUBT).group),
      'My',
      'own',
      'label',
    ]);

    ok(target.db, ['import', file]);
    const after = decisions(target.db);
    const sourceDecisions = decisions(source.db);
    for (const group of sourceDecisions) expect(after).toContainEqual(group);
    // The journal's own group keeps its label and its statement; the imported ones did not join it.
    expect(after.find((g) => g.label === 'My own label')!.statements).toEqual([['Mine', DOUBT, 'auto']]);

    const hash = journalHash(target.db);
    const again = ok(target.db, ['import', file]);
    expect(again.stdout.trim()).toBe(
      'imported 0 · skipped 4 already here · conflicts 0 · assumption groups 0 added, 6 already here',
    );
    expect(journalHash(target.db)).toBe(hash);
    expect(decisions(target.db)).toEqual(after);
    expect(reflectJson(['import', file, '--dry-run'], { db: target.db })).toMatchObject({
      register: { imported: 0, skipped: 6 },
    });
  }, 60_000);

  it('a later export of the same journal brings the groups up to date: new statements join the groups here', () => {
    const early = ok(source.db, ['export', '--format', 'json', '--ids', '1,2,4']).stdout;
    ok(target.db, ['import', writeFile('early.json', early)]);
    const later = ok(target.db, ['import', writeFile('later.json', exported)]);
    expect(later.stdout.trim()).toBe(
      'imported 1 · skipped 3 already here · conflicts 0 · assumption groups 1 added, 5 already here',
    );
    expect(decisions(target.db)).toEqual(decisions(source.db));
    // The pairs with one side in the new entry came too; the journal's tests are not doubled.
    expect(normalized(exportJson(target.db))).toEqual(normalized(exported));
  }, 60_000);

  it('--dry-run restores nothing but counts the groups it would add', () => {
    const file = writeFile('journal.json', exported);
    writeLadder(target.db, '2026-11-01 09:00', ['My manager hates me.']);
    const hash = journalHash(target.db);
    const result = ok(target.db, ['import', file, '--dry-run']);
    expect(stripAnsi(result.stdout).trim().split('\n').at(-1)).toBe(
      'would import 4 · skipped 0 already here · conflicts 0 · assumption groups 6 to add, 0 already here — dry run, nothing changed',
    );
    expect(journalHash(target.db)).toBe(hash);
  }, 60_000);

  type Doc = {
    entries: { uuid: string }[];
    register: {
      groups: { id: number; statements: Record<string, unknown>[]; tests: Record<string, unknown>[] }[];
      opposites: unknown[];
      different: unknown[][];
    };
  };
  it.each<[string, (doc: Doc) => void, string]>([
    [
      'a statement of an entry the file does not have',
      (doc) => {
        doc.register.groups[0]!.statements[0]!.entry = 'not-in-the-file';
      },
      'register.groups[0].statements[0].entry: no entry with uuid not-in-the-file in the file',
    ],
    [
      'a statement its entry does not have',
      (doc) => {
        doc.register.groups[0]!.statements[0]!.item = 7;
      },
      'register.groups[0].statements[0]: entries[0] has no statement 7 in step "assumptions"',
    ],
    [
      'a statement whose words differ from its entry',
      (doc) => {
        doc.register.groups[0]!.statements[0]!.text = 'Something else.';
      },
      'register.groups[0].statements[0].text: entries[0] says "Dana doesn’t trust my judgement." there',
    ],
    [
      'an opposite of a group the file does not have',
      (doc) => {
        doc.register.opposites.push([doc.register.groups[0]!.id, 999]);
      },
      'register.opposites[1]: no group 999 in register.groups',
    ],
    [
      'a statement in two groups',
      (doc) => {
        doc.register.groups[1]!.statements.unshift({ ...doc.register.groups[0]!.statements[0]! });
      },
      'register.groups[1].statements[0]: already in register.groups[0]',
    ],
    [
      'a test without a result',
      (doc) => {
        delete doc.register.groups[0]!.tests[0]!.result;
      },
      'register.groups[0].tests[0].result: expected held, failed or mixed',
    ],
    [
      'a "not the same" pair with a statement the file does not have',
      (doc) => {
        (doc.register.different[0]![1] as Record<string, unknown>).entry = 'gone';
      },
      'register.different[0][1].entry: no entry with uuid gone in the file',
    ],
  ])(
    'refuses %s: one line, exit 2, the journal unchanged',
    (_name, spoil, message) => {
      const doc = JSON.parse(exported) as Doc;
      // The named group first: its statement 0 is DOUBT in entries[0].
      doc.register.groups.sort((a, b) => b.tests.length - a.tests.length);
      spoil(doc);
      const file = writeFile('bad.json', JSON.stringify(doc));
      writeLadder(target.db, '2026-11-01 09:00', ['My manager hates me.']);
      assumptionsJson(target.db, []);
      const hash = journalHash(target.db);
      for (const args of [
        ['import', file],
        ['import', file, '--dry-run'],
      ]) {
        const result = run(target.db, args);
        expect(result.code).toBe(2);
        // (A dry run has listed the entries it read before the problem.)
        if (!args.includes('--dry-run')) expect(result.stdout).toBe('');
        expect(stripAnsi(result.stderr).trim()).toBe(`reflect: ${file}: ${message}`);
      }
      expect(journalHash(target.db)).toBe(hash);
    },
    60_000,
  );
});
