import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, reflect, reflectJson, TEST_ENV, tempJournal } from '../helpers/cli.js';
import { journalHash } from '../helpers/hash.js';
import { seed } from '../helpers/seed.js';

const IMPORTS = join(FIXTURES, 'import');

interface ListItem {
  id: number;
  uuid: string;
  date: string;
  set: string;
  title: string;
  starred: boolean;
  people: string[];
  tags: string[];
}
interface ShowJson {
  uuid: string;
  date: string;
  answers: Record<string, { value: unknown }>;
}

let journal: ReturnType<typeof tempJournal>;
beforeEach(() => {
  journal = tempJournal();
  // An existing journal, so "unchanged" means something.
  seed(journal.db, [{ date: '2026-11-20T09:15', title: 'Already here', tags: ['old'] }]);
});
afterEach(() => journal.cleanup());

const list = () => reflectJson<ListItem[]>(['list', '-n', '100'], { db: journal.db });
const write = (name: string, content: string) => {
  const path = join(journal.dir, name);
  writeFileSync(path, content);
  return path;
};

describe('reflect import', () => {
  it('imports a jrnl JSON export as freeform entries with tags without @, local times and stars', () => {
    const result = reflect(['import', join(IMPORTS, 'jrnl.json')], { db: journal.db });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trim()).toBe('imported 3 · skipped 0 already here · conflicts 0');
    const items = list().filter((e) => e.title !== 'Already here');
    expect(items.map((e) => [e.title, e.set, e.date, e.tags, e.starred])).toEqual([
      ['Review with Mina went fine.', 'freeform', '2025-10-26T00:30:00.000Z', ['work', '1:1'], false],
      ['Planted the beans.', 'freeform', '2025-04-12T15:05:00.000Z', ['garden'], true],
      ['Standup ran long again.', 'freeform', '2025-03-03T08:40:00.000Z', ['work'], false],
    ]);
    const shown = reflectJson<ShowJson>(['show', String(items[2]!.id)], { db: journal.db });
    expect(shown.answers.entry!.value).toBe(
      'Nobody wanted to say the estimate was wrong. I kept quiet too.\n\nNext time I will say it first. @work',
    );
    // A title-only jrnl entry has no answer.
    expect(reflectJson<ShowJson>(['show', String(items[0]!.id)], { db: journal.db }).answers).toEqual({});
  });

  it('imports a Day One JSON export with its uuids, zones, tags and stars, ignoring fields it does not use', () => {
    const result = reflect(['import', join(IMPORTS, 'dayone.json')], { db: journal.db });
    expect(result.stdout.trim()).toBe('imported 3 · skipped 0 already here · conflicts 0');
    const items = list().filter((e) => e.title !== 'Already here');
    expect(items.map((e) => [e.uuid, e.title, e.date, e.tags, e.starred])).toEqual([
      ['F00DFACE000011112222333344445555', '', '2025-02-02T10:00:00.000Z', [], false],
      [
        '0A1B2C3D4E5F60718293A4B5C6D7E8F9',
        'Dinner with the family. Everyone talked at once.',
        '2024-12-24T18:45:30.000Z',
        [],
        false,
      ],
      [
        '5D2C8A9E41F04B7C9E2D3A6B1C0F8E71',
        'Early train',
        '2024-07-01T06:12:00.000Z',
        ['commute', 'Rehearsal'],
        true,
      ],
    ]);
    const exported = JSON.parse(reflect(['export', '--format', 'json'], { db: journal.db }).stdout);
    const tokyo = exported.entries.find((e: { uuid: string }) => e.uuid.startsWith('5D2C'));
    expect(tokyo).toMatchObject({ utcOffset: 540, updatedAt: '2024-07-01T07:00:00.000Z' });
    expect(tokyo.answers[0].value).toContain('# Early train');
  });

  it('a Day One entry with no words (photos only) is named by its set in list and trash, not left blank', () => {
    // `list` showed "   2 Sun 2 Feb 2025 11:00  freeform  " — no name at all — for the photo-only entry.
    expect(reflect(['import', join(IMPORTS, 'dayone.json')], { db: journal.db }).code).toBe(0);
    const id = list().find((e) => e.uuid.startsWith('F00DFACE'))!.id;
    const row = (stdout: string) =>
      stdout.split('\n').find((line) => line.startsWith(String(id).padStart(4)));
    expect(row(reflect(['list'], { db: journal.db }).stdout)).toBe(
      `${String(id).padStart(4)} Sun 2 Feb 2025 11:00  freeform  (untitled freeform)`,
    );
    expect(row(reflect(['list'], { db: journal.db, env: { COLUMNS: '40' } }).stdout)).toMatch(
      /freeform {2}\(untitled freeform\)$/,
    );
    expect(reflect(['delete', String(id), '--yes'], { db: journal.db }).code).toBe(0);
    expect(reflect(['trash'], { db: journal.db }).stdout).toContain(
      'Sun 2 Feb 2025 11:00  (untitled freeform)',
    );
    // The JSON keeps the title as it is.
    expect(reflect(['restore', String(id)], { db: journal.db }).code).toBe(0);
    expect(list().find((e) => e.id === id)!.title).toBe('');
  });

  it('a Day One entry whose text is only photo references is named by its set, not by the image markup', () => {
    // `list`, `trash` and `import --dry-run` named it "![](dayone-moment://3F2A…)": markup, not words.
    const file = write(
      'photos.json',
      JSON.stringify({
        metadata: { version: '1.0' },
        entries: [
          {
            uuid: 'AAAA0000000011112222333344445555',
            creationDate: '2025-02-02T10:00:00Z',
            timeZone: 'Europe/Amsterdam',
            starred: false,
            text: '![](dayone-moment://3F2A9C0D1E4B4C5D8E7F6A5B4C3D2E1F)\n\n![](dayone-moment://AB12)\n',
            photos: [{ identifier: '3F2A9C0D1E4B4C5D8E7F6A5B4C3D2E1F', type: 'jpeg' }],
          },
          {
            uuid: 'BBBB0000000011112222333344445555',
            creationDate: '2025-02-03T10:00:00Z',
            timeZone: 'Europe/Amsterdam',
            starred: false,
            text: '![](dayone-moment://CD34)\n\nThe harbour at dawn',
          },
        ],
      }),
    );
    expect(reflect(['import', file, '--dry-run'], { db: journal.db }).stdout).toContain(
      '+ 2025-02-02 11:00  freeform  (untitled freeform)\n+ 2025-02-03 11:00  freeform  The harbour at dawn\n',
    );
    expect(reflect(['import', file], { db: journal.db }).code).toBe(0);
    const ids = list()
      .filter((e) => e.uuid.startsWith('AAAA') || e.uuid.startsWith('BBBB'))
      .map((e) => e.id);
    const listed = reflect(['list'], { db: journal.db }).stdout;
    expect(listed).not.toContain('dayone-moment');
    expect(listed).toContain('Sun 2 Feb 2025 11:00  freeform  (untitled freeform)');
    expect(listed).toContain('Mon 3 Feb 2025 11:00  freeform  The harbour at dawn');
    expect(reflect(['delete', ...ids.map(String), '--yes'], { db: journal.db }).code).toBe(0);
    const trash = reflect(['trash'], { db: journal.db }).stdout;
    expect(trash).not.toContain('dayone-moment');
    expect(trash).toContain('Sun 2 Feb 2025 11:00  (untitled freeform)');
  });

  it('imports a reflect export with its installed prompt set, and is idempotent by uuid', () => {
    const file = join(IMPORTS, 'reflect.json');
    expect(reflect(['import', file], { db: journal.db }).stdout.trim()).toBe(
      'imported 2 · skipped 0 already here · conflicts 0',
    );
    const before = journalHash(journal.db);
    expect(reflect(['import', file], { db: journal.db }).stdout.trim()).toBe(
      'imported 0 · skipped 2 already here · conflicts 0',
    );
    const salary = list().find((e) => e.title === 'Salary talk')!;
    expect(salary).toMatchObject({
      set: 'pre-meeting',
      people: ['Ana', 'Rui'],
      tags: ['pay'],
      starred: true,
    });
    const shown = reflectJson<ShowJson>(['show', String(salary.id)], { db: journal.db });
    expect(shown.answers.fears!.value).toEqual(['They think I am greedy', 'Rui already decided']);
    expect(journalHash(journal.db)).toBe(before);
  });

  it('detects the format, and --format overrides detection', () => {
    const json = reflectJson<{ format: string; imported: number }>(['import', join(IMPORTS, 'dayone.json')], {
      db: journal.db,
    });
    expect(json).toMatchObject({ format: 'dayone', imported: 3, skipped: 0, conflicts: 0 });
    const forced = reflect(['import', join(IMPORTS, 'dayone.json'), '--format', 'jrnl'], { db: journal.db });
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain('entries[0].title: missing');
  });

  it('--dry-run lists what would be imported and changes nothing', () => {
    const before = journalHash(journal.db);
    const result = reflect(['import', join(IMPORTS, 'jrnl.json'), '--dry-run'], { db: journal.db });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      '+ 2025-03-03 09:40  freeform  Standup ran long again.',
      '+ 2025-04-12 17:05  freeform  Planted the beans.',
      '+ 2025-10-26 02:30  freeform  Review with Mina went fine.',
      'would import 3 · skipped 0 already here · conflicts 0 — dry run, nothing changed',
      '',
    ]);
    expect(journalHash(journal.db)).toBe(before);
  });

  it('reports changed entries as conflicts, keeps ours, and replaces them with --overwrite', () => {
    const file = join(IMPORTS, 'reflect.json');
    reflect(['import', file], { db: journal.db });
    const changed = write('changed.json', readFileSync(file, 'utf8').replace('Salary talk', 'Pay talk'));
    const before = journalHash(journal.db);
    const result = reflect(['import', changed], { db: journal.db });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(
      'imported 0 · skipped 1 already here · conflicts 1 (kept yours; --overwrite replaces them)',
    );
    expect(result.stderr).toContain(
      'conflict: 2026-09-14 09:30  pre-meeting  Pay talk (3f7b0c2e-9a41-4d6b-8e5f-1a2b3c4d5e6f)',
    );
    expect(journalHash(journal.db)).toBe(before);
    const overwritten = reflect(['import', changed, '--overwrite'], { db: journal.db });
    expect(overwritten.stdout.trim()).toBe('imported 0 · skipped 1 already here · replaced 1 changed');
    expect(list().some((e) => e.title === 'Pay talk')).toBe(true);
    expect(list().some((e) => e.title === 'Salary talk')).toBe(false);
  });

  it('a file that repeats a uuid, into an empty journal: the copy is skipped, a changed copy refuses the file', () => {
    const doc = JSON.parse(readFileSync(join(IMPORTS, 'reflect.json'), 'utf8'));
    const [first] = doc.entries;
    const empty = join(journal.dir, 'empty.db');
    const same = write('same.json', JSON.stringify({ ...doc, entries: [...doc.entries, first] }));
    expect(reflect(['import', same], { db: empty }).stdout.trim()).toBe(
      'imported 2 · skipped 1 already here · conflicts 0',
    );
    const changed = { ...first, title: `${first.title} (edited)` };
    const emptier = join(journal.dir, 'emptier.db');
    const conflicting = write(
      'conflicting.json',
      JSON.stringify({ ...doc, entries: [...doc.entries, changed] }),
    );
    // Two different entries under one uuid: "kept yours" named the file's own first copy (and --overwrite
    // dropped it), so the file is refused, the journal left as it was.
    for (const flags of [[], ['--overwrite']]) {
      const result = reflect(['import', conflicting, ...flags], { db: emptier });
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toBe(
        `reflect: ${conflicting}: entries[2].uuid: repeats the uuid of entries[0], with other content\n`,
      );
      expect(reflectJson<ListItem[]>(['list'], { db: emptier })).toEqual([]);
    }
  });

  it('keeps search right: imported and replaced entries are found, and a dry run leaves indexing intact', () => {
    const titles = (word: string) =>
      reflectJson<{ title: string }[]>(['search', word], { db: journal.db }).map((hit) => hit.title);
    reflect(['import', join(IMPORTS, 'jrnl.json'), '--dry-run'], { db: journal.db });
    seed(journal.db, [
      { date: '2026-11-21T10:00', title: 'Written after a dry run', answers: { entry: 'marmalade' } },
    ]);
    expect(titles('marmalade')).toEqual(['Written after a dry run']);

    const file = join(IMPORTS, 'reflect.json');
    reflect(['import', file], { db: journal.db });
    expect(titles('greedy')).toEqual(['Salary talk']);
    const changed = write('changed.json', readFileSync(file, 'utf8').replace('greedy', 'stubborn'));
    reflect(['import', changed, '--overwrite'], { db: journal.db });
    expect(titles('stubborn')).toEqual(['Salary talk']);
    expect(titles('greedy')).toEqual([]);
  });

  it('indexes imported entries for search exactly as the search triggers would', () => {
    const doc = JSON.parse(readFileSync(join(IMPORTS, 'reflect.json'), 'utf8'));
    const dialogue = {
      ...doc.entries[0],
      uuid: '3f7b0c2e-9a41-4d6b-8e5f-000000000003',
      set: 'left-hand-column',
      setVersion: 1,
      answers: [
        { step: 'situation', kind: 'text', role: 'context', value: 'Stand-up' },
        {
          step: 'dialogue',
          kind: 'dialogue',
          role: 'said',
          value: [
            { said: 'Fine by me', unsaid: 'Not fine' },
            { said: 'Zoë: ok', unsaid: '' },
          ],
        },
      ],
    };
    const file = write('dialogue.json', JSON.stringify({ ...doc, entries: [...doc.entries, dialogue] }));
    expect(reflect(['import', file], { db: journal.db }).code).toBe(0);
    reflect(['import', join(IMPORTS, 'dayone.json')], { db: journal.db });
    const db = new Database(journal.db);
    try {
      const indexed = () => db.prepare('SELECT rowid, title, body FROM entry_search ORDER BY rowid').all();
      const imported = indexed();
      expect(imported.length).toBeGreaterThan(3);
      // The update trigger re-indexes every entry from its stored answers (migration 0002).
      db.prepare('UPDATE entries SET title = title').run();
      expect(indexed()).toEqual(imported);
    } finally {
      db.close();
    }
  });

  it('feeds the assumption register and reuses people and tags whatever their case', () => {
    const doc = JSON.parse(readFileSync(join(IMPORTS, 'reflect.json'), 'utf8'));
    const salary = doc.entries[0];
    const second = {
      ...salary,
      uuid: '3f7b0c2e-9a41-4d6b-8e5f-000000000002',
      title: 'Salary talk, again',
      people: ['ana', 'Bea'],
      tags: ['OLD', 'Pay', 'new'],
    };
    const file = write('two.json', JSON.stringify({ ...doc, entries: [salary, second] }));
    expect(reflect(['import', file], { db: journal.db }).code).toBe(0);
    const byTitle = new Map(list().map((e) => [e.title, e]));
    expect(byTitle.get('Salary talk')).toMatchObject({ people: ['Ana', 'Rui'], tags: ['pay'] });
    expect(byTitle.get('Salary talk, again')).toMatchObject({
      people: ['Ana', 'Bea'],
      tags: ['old', 'pay', 'new'],
    });
    const groups = reflectJson<{ label: string; count: number; entries: number[] }[]>(['assumptions'], {
      db: journal.db,
    });
    const greedy = groups.find((g) => g.label === 'They think I am greedy');
    expect(greedy?.count).toBe(2);
    expect(greedy?.entries).toHaveLength(2);
    expect(groups.some((g) => g.label === 'Rui already decided')).toBe(true);
  });

  it('round-trips through the CLI: export, import into an empty journal, export again', () => {
    reflect(['import', join(IMPORTS, 'reflect.json')], { db: journal.db });
    reflect(['import', join(IMPORTS, 'jrnl.json')], { db: journal.db });
    const first = join(journal.dir, 'first.json');
    expect(reflect(['export', '--format', 'json', '--out', first], { db: journal.db }).code).toBe(0);
    const empty = join(journal.dir, 'empty.db');
    expect(reflect(['import', first], { db: empty }).stdout).toContain('imported 6');
    const second = reflect(['export', '--format', 'json'], {
      db: empty,
      env: { REFLECT_NOW: '2030-01-01T00:00:00Z' },
    });
    const strip = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '');
    expect(strip(second.stdout)).toBe(strip(readFileSync(first, 'utf8')));
  });

  describe('refuses a bad file with exit 2, the first problem and its JSON path, and changes nothing', () => {
    const reflectDoc = JSON.parse(readFileSync(join(IMPORTS, 'reflect.json'), 'utf8'));
    const dayOneDoc = JSON.parse(readFileSync(join(IMPORTS, 'dayone.json'), 'utf8'));
    const withEntry = (doc: { entries: object[] }, index: number, patch: object) => ({
      ...doc,
      entries: doc.entries.map((e, i) => (i === index ? { ...e, ...patch } : e)),
    });
    const cases: [string, string, string][] = [
      ['an empty file', '', 'not valid JSON at line 1: the file is empty'],
      ['text that is not JSON', 'Dear diary,\n', 'expected a JSON object at the top level'],
      ['a JSON array', '[1, 2]', 'expected a JSON object at the top level'],
      ['a truncated file', JSON.stringify(reflectDoc).slice(0, 500), 'ends too early'],
      [
        'broken JSON inside an entry',
        JSON.stringify(dayOneDoc, null, 2).replace('"starred": false', '"starred": nope'),
        'entries[1]: not valid JSON',
      ],
      ['no entries', '{"format": "reflect-journal", "version": 1}', 'entries: missing'],
      ['entries that are not a list', '{"entries": {"a": 1}}', 'entries: expected a list of entries'],
      [
        'an unknown format',
        JSON.stringify({ ...reflectDoc, format: 'someone-else' }),
        'format: expected "reflect-journal", got "someone-else"',
      ],
      ['an unrecognisable file', '{"entries": [{"note": "hi"}]}', 'cannot tell the format of this file'],
      [
        'a future version',
        JSON.stringify({ ...reflectDoc, version: 2 }),
        'version: this file is version 2; this reflect reads up to version 1',
      ],
      [
        'a missing Day One creationDate',
        JSON.stringify(withEntry(dayOneDoc, 1, { creationDate: undefined })),
        'entries[1].creationDate: missing',
      ],
      [
        'a Day One date that is not a date',
        JSON.stringify(withEntry(dayOneDoc, 2, { creationDate: 'last tuesday' })),
        'entries[2].creationDate: expected an ISO date',
      ],
      [
        'an unknown time zone',
        JSON.stringify(withEntry(dayOneDoc, 0, { timeZone: 'Mars/Olympus' })),
        'entries[0].timeZone: expected a time zone name like Europe/Amsterdam',
      ],
      [
        'a jrnl time that is not a time',
        JSON.stringify({ tags: {}, entries: [{ title: 'x', body: '', date: '2025-01-01', time: 'noon' }] }),
        'entries[0].time: expected a time like 14:30',
      ],
      [
        'a jrnl date that does not exist',
        JSON.stringify({ tags: {}, entries: [{ title: 'x', body: '', date: '2025-02-30', time: '10:00' }] }),
        'entries[0].date: not a real date and time: 2025-02-30 10:00',
      ],
      [
        'a reflect entry without a uuid',
        JSON.stringify(withEntry(reflectDoc, 1, { uuid: undefined })),
        'entries[1].uuid: missing',
      ],
      [
        'an answer to a step the set does not have',
        JSON.stringify(
          withEntry(reflectDoc, 0, {
            answers: [{ step: 'nope', kind: 'text', role: 'context', value: 'x' }],
          }),
        ),
        'entries[0].answers[0].step: prompt set pre-meeting v1 has no step "nope"',
      ],
      [
        'an answer of the wrong shape',
        JSON.stringify(
          withEntry(reflectDoc, 0, { answers: [{ step: 'ready', kind: 'scale', role: 'other', value: 9 }] }),
        ),
        'entries[0].answers[0].value: step "ready" (scale) expects a whole number from 1 to 5, got the number 9',
      ],
      [
        'a set version that is nowhere',
        JSON.stringify(withEntry(reflectDoc, 1, { setVersion: 7 })),
        'entries[1].set: prompt set freeform v7 is neither in the file nor in this journal',
      ],
      [
        'a broken prompt set',
        JSON.stringify({
          ...reflectDoc,
          promptSets: [{ ...reflectDoc.promptSets[0], set: { ...reflectDoc.promptSets[0].set, steps: [] } }],
        }),
        'promptSets[0].set.steps: a prompt set needs at least one step',
      ],
    ];
    it.each(cases)('%s', (_name, content, message) => {
      const file = write('bad.json', content);
      const before = journalHash(journal.db);
      const result = reflect(['import', file], { db: journal.db });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n')[0]).toContain(`reflect: ${file}: `);
      expect(result.stderr).toContain(message);
      expect(journalHash(journal.db)).toBe(before);
    });

    it('a problem in the last of many entries imports none of them', () => {
      const entries = Array.from({ length: 300 }, (_, i) => ({
        title: `Entry ${i}`,
        body: 'words',
        date: '2025-01-01',
        time: i === 299 ? '25:00' : '10:00',
        tags: [],
        starred: false,
      }));
      const file = write('many.json', JSON.stringify({ tags: {}, entries }));
      const before = journalHash(journal.db);
      const result = reflect(['import', file], { db: journal.db });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('entries[299].date: not a real date and time');
      expect(journalHash(journal.db)).toBe(before);
      expect(list()).toHaveLength(1);
    });

    it('a file that does not exist', () => {
      const result = reflect(['import', join(journal.dir, 'nope.json')], { db: journal.db });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('nope.json: no such file');
    });

    it('a prompt set that differs from the journal’s copy of the same version', () => {
      reflect(['import', join(IMPORTS, 'reflect.json')], { db: journal.db });
      const changed = structuredClone(reflectDoc);
      changed.promptSets[0].set.steps[0].question = 'Something else?';
      changed.entries[0].uuid = 'another-uuid';
      const file = write('changed-set.json', JSON.stringify(changed));
      const before = journalHash(journal.db);
      const result = reflect(['import', file], { db: journal.db });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        'promptSets[0].set: prompt set pre-meeting v1 differs from the one in this journal',
      );
      expect(journalHash(journal.db)).toBe(before);
    });
  });
});

describe('reflect import - (stdin)', () => {
  /** A private TMPDIR for the child, so "no spool file is left behind" can be checked. */
  let tmp: string;
  beforeEach(() => {
    tmp = join(journal.dir, 'tmp');
    mkdirSync(tmp);
  });
  const fromStdin = (args: string[], input: string) =>
    reflect(['import', '-', ...args], { db: journal.db, input, env: { TMPDIR: tmp } });
  const doc = (name: string) => readFileSync(join(IMPORTS, name), 'utf8');

  it('imports JSON piped in exactly as the same file, and leaves no temporary file', () => {
    const result = fromStdin([], doc('jrnl.json'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trim()).toBe('imported 3 · skipped 0 already here · conflicts 0');
    expect(list().map((e) => e.title)).toContain('Planted the beans.');
    expect(fromStdin([], doc('jrnl.json')).stdout.trim()).toBe(
      'imported 0 · skipped 3 already here · conflicts 0',
    );
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('--dry-run lists what would be imported and changes nothing', () => {
    const before = journalHash(journal.db);
    const result = fromStdin(['--dry-run'], doc('jrnl.json'));
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      '+ 2025-03-03 09:40  freeform  Standup ran long again.',
      '+ 2025-04-12 17:05  freeform  Planted the beans.',
      '+ 2025-10-26 02:30  freeform  Review with Mina went fine.',
      'would import 3 · skipped 0 already here · conflicts 0 — dry run, nothing changed',
      '',
    ]);
    expect(journalHash(journal.db)).toBe(before);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('detects the format, --format overrides it, and --json sums up', () => {
    const result = reflect(['import', '-', '--json'], {
      db: journal.db,
      input: doc('dayone.json'),
      env: { TMPDIR: tmp },
    });
    expect(JSON.parse(result.stdout)).toMatchObject({ format: 'dayone', imported: 3 });
    const forced = fromStdin(['--format', 'jrnl'], doc('dayone.json'));
    expect(forced).toMatchObject({ code: 2, stdout: '' });
    expect(forced.stderr.split('\n')[0]).toBe('reflect: stdin: entries[0].title: missing');
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('--overwrite replaces changed entries read from stdin', () => {
    fromStdin([], doc('reflect.json'));
    const changed = doc('reflect.json').replace('Salary talk', 'Pay talk');
    expect(fromStdin([], changed).stdout.trim()).toBe(
      'imported 0 · skipped 1 already here · conflicts 1 (kept yours; --overwrite replaces them)',
    );
    expect(fromStdin(['--overwrite'], changed).stdout.trim()).toBe(
      'imported 0 · skipped 1 already here · replaced 1 changed',
    );
    expect(list().some((e) => e.title === 'Pay talk')).toBe(true);
  });

  it('names the input "stdin" in its messages, never the temporary file, and removes it', () => {
    const before = journalHash(journal.db);
    const result = fromStdin([], '{"entries": [');
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr.split('\n')[0]).toMatch(/^reflect: stdin: not valid JSON at line 1: /);
    expect(result.stderr).not.toContain(tmp);
    expect(result.stderr).not.toMatch(/\/proc\/|reflect-import-/);
    expect(journalHash(journal.db)).toBe(before);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('Ctrl-C while reading stdin: exit 130, nothing imported, the temporary file removed', async () => {
    const before = journalHash(journal.db);
    const child = spawn(process.execPath, [BIN, 'import', '-'], {
      env: { ...process.env, ...TEST_ENV, REFLECT_DB: journal.db, TMPDIR: tmp },
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write('{"entries": [');
    // The spool folder appears once reflect is reading stdin.
    for (let i = 0; i < 200 && readdirSync(tmp).length === 0; i++)
      await new Promise((r) => setTimeout(r, 25));
    expect(readdirSync(tmp)).toHaveLength(1);
    const spool = join(tmp, readdirSync(tmp)[0]!);
    for (let i = 0; i < 200 && readdirSync(spool).length === 0; i++)
      await new Promise((r) => setTimeout(r, 25));
    // Private: only this user can list the folder or read the copy.
    expect(statSync(spool).mode & 0o777).toBe(0o700);
    expect(statSync(join(spool, readdirSync(spool)[0]!)).mode & 0o777).toBe(0o600);
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    expect(stderr).toContain('interrupted');
    expect(readdirSync(tmp)).toEqual([]);
    expect(journalHash(journal.db)).toBe(before);
  });
});
