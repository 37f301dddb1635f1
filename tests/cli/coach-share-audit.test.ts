import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, reflectJson, tempJournal } from '../helpers/cli.js';
import { journalHash } from '../helpers/hash.js';
import { seed } from '../helpers/seed.js';

/** Defects found by auditing what a coach and a client do together (session 9), one test each. */

let journal: ReturnType<typeof tempJournal>;
beforeEach(() => {
  journal = tempJournal();
  seed(journal.db, [
    { date: '2026-11-18T14:30', title: 'Budget review', people: ['Dana'], tags: ['budget'] },
    { date: '2026-11-20T09:15', title: 'Retro', tags: ['team'] },
  ]);
});
afterEach(() => journal.cleanup());

const expectOneLine = (stderr: string, first: string) => {
  const lines = stderr.trimEnd().split('\n');
  expect(lines[0]).toBe(first);
  expect(lines.length).toBeLessThanOrEqual(2);
  expect(stderr).not.toMatch(/internal error| {4}at /);
};

describe('export --out a place that cannot be written', () => {
  it.each([
    ['json file under a file', ['--format', 'json'], 'journal.json'],
    ['md file under a file', [], 'notes.md'],
    ['md folder under a file', [], 'notes/'],
  ])('%s: exit 2 with one line, nothing written, journal unchanged', (_name, format, leaf) => {
    const blocker = join(journal.dir, 'not-a-folder');
    writeFileSync(blocker, 'a file where a folder should be');
    const before = journalHash(journal.db);
    const out = join(blocker, leaf);
    const result = reflect(['export', ...format, '--out', out], { db: journal.db });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expectOneLine(
      result.stderr,
      `reflect: ${out.replace(/\/$/, '')}: ${blocker} is a file, not a folder; nothing was written`,
    );
    expect(readFileSync(blocker, 'utf8')).toBe('a file where a folder should be');
    expect(journalHash(journal.db)).toBe(before);
  });
});

describe('export --out -', () => {
  it('writes to stdout, as the import side reads stdin from -, and leaves no file named -', () => {
    for (const format of ['md', 'json']) {
      const plain = reflect(['export', '--format', format], { db: journal.db });
      const dashed = reflect(['export', '--format', format, '--out', '-'], {
        db: journal.db,
        cwd: journal.dir,
      });
      expect(dashed).toMatchObject({ code: 0, stderr: '' });
      expect(dashed.stdout).toBe(plain.stdout);
    }
    expect(existsSync(join(journal.dir, '-'))).toBe(false);
    const piped = reflect(['export', '--format', 'json', '--out', '-'], { db: journal.db });
    const other = tempJournal();
    try {
      const imported = reflect(['import', '-'], { db: other.db, input: piped.stdout });
      expect(imported.code).toBe(0);
      expect(reflectJson<unknown[]>(['list'], { db: other.db })).toHaveLength(2);
    } finally {
      other.cleanup();
    }
  });

  it('a file really named - is still reachable as ./-', () => {
    const result = reflect(['export', '--format', 'json', '--out', './-'], {
      db: journal.db,
      cwd: journal.dir,
    });
    expect(result.code).toBe(0);
    expect(readdirSync(journal.dir)).toContain('-');
    expect(JSON.parse(readFileSync(join(journal.dir, '-'), 'utf8')).entries).toHaveLength(2);
  });
});

describe('prompts validate/add: a coach writes YAML by hand', () => {
  const HEAD =
    'schema: 1\nid: coach-a\nversion: 1\ntitle: Coach A\nsteps:\n  - id: a\n    kind: list\n    role: assumption\n';
  it.each([
    [
      'a colon in a question',
      `${HEAD}    question: Think back: what did you assume?\n`,
      '9:25: YAML syntax: a colon followed by a space inside a value starts a new key; put the whole value in quotes: question: "Think back: what did you assume?"',
    ],
    [
      'a key indented one space too far (Windows line endings)',
      `${HEAD}     question: Q?\n`.replaceAll('\n', '\r\n'),
      '9:6: YAML syntax: this line is indented more than the line above it; keys of one step (and of the file) must start at the same column',
    ],
  ])('%s: exit 2, one line at line:col, journal unchanged', (_name, text, where) => {
    const file = join(journal.dir, 'coach-a.yaml');
    writeFileSync(file, text);
    const before = journalHash(journal.db);
    const validated = reflect(['prompts', 'validate', file], { db: journal.db });
    expect(validated.code).toBe(2);
    expect(validated.stdout).toBe(`${file}:${where}\n`);
    const added = reflect(['prompts', 'add', file, '--no-accept'], { db: journal.db });
    expect(added.code).toBe(2);
    expectOneLine(added.stderr, `reflect: not installed: ${file}:${where}`);
    expect(journalHash(journal.db)).toBe(before);
  });

  it('a # in an unquoted question installs what YAML reads, and says on stderr what was cut', () => {
    const file = join(journal.dir, 'coach-a.yaml');
    writeFileSync(file, `${HEAD}    question: What is your #1 worry?\n`);
    const added = reflect(['prompts', 'add', file, '--no-accept'], { db: journal.db });
    expect(added.code).toBe(0);
    expect(added.stderr).toContain(
      `${file}:9:28: warning: "#1 worry?" is read as a comment, so the question ends at "What is your"; to keep it, put the whole question in quotes: question: "What is your #1 worry?" (steps[0].question)`,
    );
    expect(added.stdout).toContain('installed coach-a v1 — 1 step;');
  });
});

describe('a client sends a coach one export after another', () => {
  it('a later export of the same assignment brings its new completions (and its cancellation) into the coach journal', () => {
    const client = tempJournal();
    const coach = tempJournal();
    try {
      const week = (n: number) => ({ REFLECT_NOW: `2026-12-0${1 + 7 * n}T10:00:00+01:00` });
      expect(reflect(['assign', 'check-in', '--every', 'week'], { db: client.db, env: week(0) }).code).toBe(
        0,
      );
      const write = (n: number) =>
        reflect(['new', '--set', 'check-in', '--answers', '-'], {
          db: client.db,
          env: week(n),
          input: JSON.stringify({ answers: { what: `Week ${n + 1} with Dana` } }),
        });
      let sent = 0;
      const send = (n: number) => {
        const out = join(client.dir, `for-coach-${++sent}.json`);
        expect(
          reflect(['export', '--assignment', '1', '--format', 'json', '--out', out], {
            db: client.db,
            env: week(n),
          }).code,
        ).toBe(0);
        const imported = reflect(['import', out], { db: coach.db, env: week(n) });
        expect(imported.code).toBe(0);
        return imported.stdout;
      };
      const done = (db: string) =>
        reflectJson<Array<{ done: number; completions: unknown[]; cancelledAt: string | null }>>(
          ['assignments', '--all'],
          { db, env: week(1) },
        );

      expect(write(0).code).toBe(0);
      send(0);
      expect(done(coach.db)).toMatchObject([{ done: 1 }]);

      expect(write(1).code).toBe(0);
      expect(send(1)).toContain('imported 1 · skipped 1 already here');
      expect(done(coach.db)).toMatchObject([{ done: 2, cancelledAt: null }]);
      expect(done(coach.db)[0]?.completions).toEqual(done(client.db)[0]?.completions);

      expect(reflect(['assignments', 'cancel', '1'], { db: client.db, env: week(1) }).code).toBe(0);
      send(1);
      const [cancelled] = done(coach.db);
      expect(cancelled).toMatchObject({ done: 2, cancelledAt: done(client.db)[0]?.cancelledAt });
      expect(cancelled?.cancelledAt).not.toBeNull();
      expect(reflectJson<unknown[]>(['list'], { db: coach.db })).toHaveLength(2);
    } finally {
      client.cleanup();
      coach.cleanup();
    }
  });
});

describe('prompts add: the client adds an old file again after an upgrade', () => {
  it('says that a later version is the current one (nothing changes, exit 0, journal unchanged)', () => {
    const v1 = join(journal.dir, 'coach-a-v1.yaml');
    const v2 = join(journal.dir, 'coach-a-v2.yaml');
    const body =
      'steps:\n  - id: a\n    kind: list\n    role: assumption\n    question: What did you assume?\n';
    writeFileSync(v1, `schema: 1\nid: coach-a\nversion: 1\ntitle: Coach A\n${body}`);
    writeFileSync(v2, `schema: 1\nid: coach-a\nversion: 2\ntitle: Coach A, again\n${body}`);
    expect(reflect(['prompts', 'add', v1], { db: journal.db }).code).toBe(0);
    expect(reflect(['prompts', 'add', v2], { db: journal.db }).code).toBe(0);
    const before = journalHash(journal.db);
    const again = reflect(['prompts', 'add', v1], { db: journal.db });
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout.trim()).toBe(
      'coach-a v1 is already in this journal, and v2 is the current version; nothing changed',
    );
    expect(journalHash(journal.db)).toBe(before);
    expect(reflect(['prompts', 'add', v2], { db: journal.db }).stdout.trim()).toBe(
      'coach-a v2 is already installed; nothing changed',
    );
  });
});

describe('moving a journal with an assignment not yet started', () => {
  const COACH = `schema: 1
id: coach-weekly
version: 1
title: Weekly, from Ana
steps:
  - id: what
    kind: text
    role: context
    question: Which conversation?
    required: true
  - id: assumptions
    kind: list
    role: assumption
    question: What did you assume?
assignment:
  from: Ana
  every: week
  count: 3
`;
  interface Export {
    promptSets: Array<{ set: { id: string; version: number } }>;
    assignments: Array<{ set: string }>;
    entries: unknown[];
  }

  it('the JSON export carries the set of each assignment, so the imported journal can still do it', () => {
    const file = join(journal.dir, 'coach-weekly.yaml');
    writeFileSync(file, COACH);
    expect(reflect(['prompts', 'add', file, '--accept'], { db: journal.db }).code).toBe(0);

    const whole = JSON.parse(reflect(['export', '--format', 'json'], { db: journal.db }).stdout) as Export;
    expect(whole.assignments.map((a) => a.set)).toEqual(['coach-weekly']);
    expect(whole.promptSets.map((p) => `${p.set.id}@${p.set.version}`)).toEqual([
      'coach-weekly@1',
      'freeform@1',
    ]);
    const forCoach = JSON.parse(
      reflect(['export', '--format', 'json', '--assignment', '1'], { db: journal.db }).stdout,
    ) as Export;
    expect(forCoach.entries).toEqual([]);
    expect(forCoach.promptSets.map((p) => p.set.id)).toEqual(['coach-weekly']);

    const moved = tempJournal();
    try {
      const out = join(moved.dir, 'journal.json');
      expect(reflect(['export', '--format', 'json', '--out', out], { db: journal.db }).code).toBe(0);
      expect(reflect(['import', out], { db: moved.db }).code).toBe(0);
      const again = reflect(['export', '--format', 'json'], { db: moved.db }).stdout;
      expect(again).toBe(readFileSync(out, 'utf8'));
      const written = reflect(['new', '--set', 'coach-weekly', '--answers', '-'], {
        db: moved.db,
        input: JSON.stringify({ answers: { what: 'The budget talk' } }),
      });
      expect(written.code).toBe(0);
      expect(reflectJson<Array<{ done: number }>>(['assignments'], { db: moved.db })).toMatchObject([
        { done: 1 },
      ]);
    } finally {
      moved.cleanup();
    }
  });
});

describe('prompts validate/add: a file saved in another encoding', () => {
  it('a Latin-1 file is refused at its first non-UTF-8 byte, not installed with � in its questions', () => {
    const file = join(journal.dir, 'latin1.yaml');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('schema: 1\nid: latin\nversion: 1\ntitle: Gespr'),
        Buffer.from([0xe4]),
        Buffer.from('ch\nsteps:\n  - id: a\n    kind: list\n    role: assumption\n    question: Q?\n'),
      ]),
    );
    const message =
      '4:13: the file is not UTF-8 text (byte 0xE4 here, perhaps saved as Latin-1 or Windows-1252); save it as UTF-8';
    const before = journalHash(journal.db);
    const validated = reflect(['prompts', 'validate', file], { db: journal.db });
    expect(validated).toMatchObject({ code: 2, stdout: `${file}:${message}\n` });
    const added = reflect(['prompts', 'add', file], { db: journal.db });
    expect(added.code).toBe(2);
    expectOneLine(added.stderr, `reflect: not installed: ${file}:${message}`);
    expect(journalHash(journal.db)).toBe(before);
    const piped = reflect(['prompts', 'add', '-'], { db: journal.db, input: readFileSync(file, 'latin1') });
    expect(piped.code).toBe(0); // the same text piped as UTF-8 is fine
  });
});

describe('import: the client runs import on the coach set file', () => {
  it('is refused with a hint to install it with prompts add', () => {
    const file = join(journal.dir, 'coach-a.yaml');
    writeFileSync(file, 'schema: 1\nid: coach-a\n');
    const before = journalHash(journal.db);
    const result = reflect(['import', file], { db: journal.db });
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `reflect: ${file}: not valid JSON at line 1: expected a JSON object at the top level`,
      `a prompt set is installed with: reflect prompts add ${file}`,
    ]);
    expect(journalHash(journal.db)).toBe(before);
  });
});

describe('--out - is stdout wherever reflect writes a file', () => {
  it.each([
    ['prompts new', ['prompts', 'new', 'coach-b']],
    ['prompts export', ['prompts', 'export', 'check-in']],
    ['summary', ['summary', '--format', 'md']],
  ])('%s --out -', (_name, args) => {
    const plain = reflect(args, { db: journal.db, cwd: journal.dir });
    const dashed = reflect([...args, '--out', '-'], { db: journal.db, cwd: journal.dir });
    expect(plain.code).toBe(0);
    expect(dashed).toMatchObject({ code: 0, stdout: plain.stdout });
    expect(existsSync(join(journal.dir, '-'))).toBe(false);
  });
});

describe('filters by people and tags ignore case beyond A–Z', () => {
  it('--with élodie finds Élodie, --tag équipe finds Équipe (list and export)', () => {
    seed(journal.db, [
      { date: '2026-11-21T10:00', title: 'Team talk', people: ['Élodie', 'Søren'], tags: ['Équipe'] },
    ]);
    const titles = (args: string[]) =>
      reflectJson<Array<{ title: string }>>(['list', ...args], { db: journal.db }).map((e) => e.title);
    expect(titles(['--with', 'élodie'])).toEqual(['Team talk']);
    expect(titles(['--with', 'SØREN'])).toEqual(['Team talk']);
    expect(titles(['--tag', 'équipe'])).toEqual(['Team talk']);
    expect(titles(['--tag', 'ÉQUIPE', '--tag', 'budget', '--all-tags'])).toEqual([]);
    const exported = JSON.parse(
      reflect(['export', '--format', 'json', '--with', 'élodie', '--tag', '#équipe'], { db: journal.db })
        .stdout,
    ) as { entries: Array<{ title: string }> };
    expect(exported.entries.map((e) => e.title)).toEqual(['Team talk']);
  });
});
