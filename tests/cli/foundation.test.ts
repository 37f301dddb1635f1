import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/store/migrations/index.js';
import { reflect, reflectJson, tempJournal } from '../helpers/cli.js';
import { ANSWERS, addEntry, journalHash } from '../helpers/journal.js';

let journal: ReturnType<typeof tempJournal>;
beforeEach(() => {
  journal = tempJournal();
});
afterEach(() => journal.cleanup());

interface EntryJson {
  id: number;
  uuid: string;
  set: string;
  setVersion: number;
  title: string;
  date: string;
  createdAt: string;
  updatedAt: string;
  starred: boolean;
  people: string[];
  tags: string[];
  answers: Record<string, { role: string; kind: string; position: number; question: string; value: unknown }>;
}

describe('new --answers', () => {
  it('saves an entry, prints its id, and show --json returns every answer with its role', () => {
    const result = reflect(
      ['new', '--set', 'left-hand-column', '--answers', join(ANSWERS, 'lhc-budget.json')],
      {
        db: journal.db,
      },
    );
    expect(result).toMatchObject({ code: 0, stdout: '1\n', stderr: '' });
    const entry = reflectJson<EntryJson>(['show', '1'], { db: journal.db });
    expect(entry).toMatchObject({
      id: 1,
      set: 'left-hand-column',
      setVersion: 1,
      title: 'Budget review with Dana',
      date: '2026-11-18T13:30:00.000Z', // local Amsterdam time in the file
      createdAt: '2026-11-24T09:00:00.000Z',
      starred: false,
      people: ['Dana', 'Marco'],
      tags: ['1:1', 'budget'],
    });
    expect(entry.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(Object.keys(entry.answers)).toEqual([
      'situation',
      'dialogue',
      'feelings',
      'assumptions',
      'intention',
      'withheld',
      'contribution',
      'cost',
      'next-time',
    ]);
    expect(entry.answers.dialogue).toMatchObject({ role: 'said', kind: 'dialogue', position: 1 });
    expect(entry.answers.assumptions?.value).toEqual([
      "Dana doesn't want to hear bad news.",
      "If I push back I'll look difficult.",
    ]);
  });

  it('lets flags override the file and reads answers from stdin', () => {
    const input = readFileSync(join(ANSWERS, 'ladder-demo.json'), 'utf8');
    const entry = reflectJson<EntryJson>(
      [
        'new',
        '--set',
        'ladder-of-inference',
        '--answers',
        '-',
        '--title',
        'Retold',
        '--with',
        'Priya',
        '--tag',
        '#retro',
        '--date',
        'yesterday 4pm',
      ],
      { db: journal.db, input },
    );
    expect(entry).toMatchObject({
      title: 'Retold',
      people: ['Priya'],
      tags: ['retro'],
      date: '2026-11-23T15:00:00.000Z',
    });
  });

  it('keeps titles, people and tags on one line', () => {
    const entry = reflectJson<EntryJson>(
      ['new', '--set', 'freeform', '--answers', '-', '--title', ' Two\n lines ', '--with', 'Ana\nRuiz'],
      { db: journal.db, input: JSON.stringify({ tags: ['q4\t plan'], answers: { entry: 'x' } }) },
    );
    expect(entry).toMatchObject({ title: 'Two lines', people: ['Ana Ruiz'], tags: ['q4 plan'] });
  });

  it('places a bare day at noon local time', () => {
    const entry = reflectJson<EntryJson>(
      ['new', '--set', 'freeform', '--answers', '-', '--date', '2026-11-20'],
      { db: journal.db, input: '{"answers":{"entry":"A quiet day."}}' },
    );
    expect(entry.date).toBe('2026-11-20T11:00:00.000Z');
  });

  it('refuses a file that is not JSON', () => {
    const file = join(journal.dir, 'bad.json');
    writeFileSync(file, '{"answers": ');
    const result = reflect(['new', '--set', 'left-hand-column', '--answers', file], { db: journal.db });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^reflect: .*bad\.json: not valid JSON/);
  });

  it('needs --set with --answers', () => {
    const result = reflect(['new', '--answers', join(ANSWERS, 'lhc-budget.json')], { db: journal.db });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'reflect: --answers needs --set to say which prompt set the answers are for',
    );
  });
});

describe('list and show', () => {
  it('lists newest first with date, set, title, people and tags', () => {
    expect(reflect(['list'], { db: journal.db })).toMatchObject({
      code: 0,
      stdout: '',
      stderr: 'no entries yet — start one with: reflect new\n',
    });
    addEntry(journal.db, 'lhc-budget.json');
    addEntry(journal.db, 'ladder-demo.json', 'ladder-of-inference', ['--title', '']);
    const lines = reflect(['list'], { db: journal.db }).stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      '   2 Fri 20 Nov 2026 09:15  ladder-of-inference  Sam left the sprint demo after five minutes. · Sam · #demo',
      '   1 Wed 18 Nov 2026 14:30  left-hand-column  Budget review with Dana · Dana, Marco · #1:1 #budget',
    ]);
    expect(reflect(['list', '-n', '1'], { db: journal.db }).stdout.trim().split('\n')).toHaveLength(1);
    const json = reflectJson<Array<Record<string, unknown>>>(['list'], { db: journal.db });
    expect(json[0]).toEqual({
      id: 2,
      uuid: expect.any(String),
      date: '2026-11-20T08:15:00.000Z',
      set: 'ladder-of-inference',
      title: '', // --title '' overrides the file's title
      context: 'Sam left the sprint demo after five minutes.',
      starred: false,
      people: ['Sam'],
      tags: ['demo'],
    });
  });

  it('shows the first words of the situation when an entry has no title', () => {
    reflect(['new', '--set', 'ladder-of-inference', '--answers', '-'], {
      db: journal.db,
      input: JSON.stringify({ answers: { situation: 'Sam left the sprint demo after five minutes.' } }),
    });
    expect(reflect(['list'], { db: journal.db }).stdout).toContain(
      'Sam left the sprint demo after five minutes.',
    );
  });

  it('shows an entry with the dialogue as two columns', () => {
    addEntry(journal.db, 'lhc-budget.json');
    const { stdout, code } = reflect(['show', '1'], { db: journal.db, env: { COLUMNS: '80' } });
    expect(code).toBe(0);
    expect(stdout).toContain('Budget review with Dana #1');
    expect(stdout).toContain('Wed 18 Nov 2026 14:30 · Left-hand column · with Dana, Marco · #1:1 #budget');
    expect(stdout).toMatch(/What was said\s+│ What I thought but did not say/);
    expect(stdout).toMatch(/Dana: Let's keep this short, we're\s+│ So my item gets squeezed again\./);
    expect(stdout).toContain("• Dana doesn't want to hear bad news.");
  });
});

describe('storage', () => {
  it('uses --db over REFLECT_DB over the XDG data dir, creating it 0700/0600', () => {
    const home = join(journal.dir, 'home');
    const env = { HOME: home, XDG_DATA_HOME: undefined, REFLECT_DB: undefined };
    expect(reflect(['list'], { env }).code).toBe(0);
    const defaultDb = join(home, '.local', 'share', 'reflect', 'journal.db');
    expect(existsSync(defaultDb)).toBe(true);
    expect(statSync(defaultDb).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, '.local', 'share', 'reflect')).mode & 0o777).toBe(0o700);

    const xdg = join(journal.dir, 'xdg');
    reflect(['list'], { env: { ...env, XDG_DATA_HOME: xdg } });
    expect(existsSync(join(xdg, 'reflect', 'journal.db'))).toBe(true);

    const fromEnv = join(journal.dir, 'env.db');
    const flag = join(journal.dir, 'flag.db');
    reflect(['list', '--db', flag], { env: { ...env, REFLECT_DB: fromEnv } });
    expect(existsSync(flag)).toBe(true);
    expect(existsSync(fromEnv)).toBe(false);
    reflect(['list'], { env: { ...env, REFLECT_DB: fromEnv } });
    expect(existsSync(fromEnv)).toBe(true);
  });

  it('opens the journal in WAL mode with every migration applied', () => {
    addEntry(journal.db, 'lhc-budget.json');
    const db = new Database(journal.db, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a journal written by a newer reflect, unchanged', () => {
    addEntry(journal.db, 'lhc-budget.json');
    const db = new Database(journal.db);
    db.pragma(`user_version = ${SCHEMA_VERSION + 4}`);
    db.close();
    const before = journalHash(journal.db);
    const result = reflect(['list'], { db: journal.db });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      `reflect: journal.db was written by a newer reflect (schema ${SCHEMA_VERSION + 4} > ${SCHEMA_VERSION}); upgrade reflect`,
    );
    expect(journalHash(journal.db)).toBe(before);
  });

  it.each([
    ['a text file', () => 'this is not a database\n'.repeat(200)],
    ['random bytes', () => Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 256))],
  ])('refuses %s with one line, unchanged', (_name, content) => {
    writeFileSync(journal.db, content());
    const before = journalHash(journal.db);
    const result = reflect(['list'], { db: journal.db });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      `reflect: ${journal.db} is not a reflect journal (not an SQLite database)`,
    ]);
    expect(journalHash(journal.db)).toBe(before);
  });

  it("refuses another program's SQLite database", () => {
    const db = new Database(journal.db);
    db.exec('CREATE TABLE notes (body TEXT)');
    db.close();
    const before = journalHash(journal.db);
    const result = reflect(['list'], { db: journal.db });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      `reflect: ${journal.db} is an SQLite database but not a reflect journal`,
    );
    expect(journalHash(journal.db)).toBe(before);
  });

  it('refuses a directory where the journal should be', () => {
    mkdirSync(journal.db);
    const result = reflect(['list'], { db: journal.db });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`reflect: ${journal.db} is a folder, not a journal file`);
  });

  it('does not touch the database for --help and --version', () => {
    expect(reflect(['--version'], { db: journal.db }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(reflect(['--help'], { db: journal.db }).code).toBe(0);
    expect(existsSync(journal.db)).toBe(false);
  });

  it('bare reflect, reflect help and --help print the same help on stdout, without the journal', () => {
    const help = reflect(['--help'], { db: journal.db });
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain('Usage: reflect');
    expect(reflect([], { db: journal.db })).toEqual(help);
    expect(reflect(['help'], { db: journal.db })).toEqual(help);
    expect(existsSync(journal.db)).toBe(false);
  });

  it.each([
    [
      ['help', 'list'],
      ['list', '--help'],
    ],
    [
      ['help', 'ls'],
      ['list', '--help'],
    ],
    [
      ['help', 'prompts', 'add'],
      ['prompts', 'add', '--help'],
    ],
  ])('%j is the same as %j', (args, same) => {
    const result = reflect(args);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result).toEqual(reflect(same));
  });

  it('help works while the config file is broken (it reads nothing)', () => {
    const config = mkdtempSync(join(tmpdir(), 'reflect-config-'));
    try {
      mkdirSync(join(config, 'reflect'));
      writeFileSync(join(config, 'reflect', 'config.yaml'), 'weekStart: friday\n');
      const result = reflect(['help', 'list'], { env: { XDG_CONFIG_HOME: config } });
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toContain('Usage: reflect list');
    } finally {
      rmSync(config, { recursive: true, force: true });
    }
  });

  it.each(['new', 'list', 'show', 'drafts'])('%s --help has examples', (command) => {
    const result = reflect([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain(`$ reflect ${command === 'drafts' ? 'drafts' : command}`);
  });

  it('keeps file permissions when the directory already exists', () => {
    chmodSync(journal.dir, 0o755);
    addEntry(journal.db, 'lhc-budget.json');
    expect(statSync(journal.db).mode & 0o777).toBe(0o600);
  });
});
