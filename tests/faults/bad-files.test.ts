import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateJournal } from '../../bench/generate.js';
import { BIN, type CliResult, reflect, TEST_ENV, tempJournal } from '../helpers/cli.js';
import { contentHash, fileHash } from '../helpers/journal.js';

const ANSWERS = JSON.stringify({ answers: { entry: 'a line that must not be written' } });
const WRITE = ['new', '--set', 'freeform', '--answers', '-'];

/** One red line (the message), at most one dim hint after it. */
function expectOneClearLine(result: CliResult, fragment: string | RegExp) {
  expect(result.code).not.toBe(0);
  expect(result.code).not.toBe(1); // 1 is "internal error": a bad file is the user's to fix
  const lines = result.stderr.trim().split('\n');
  expect(lines.length).toBeLessThanOrEqual(2);
  expect(lines[0]).toMatch(/^reflect: /);
  if (typeof fragment === 'string') expect(lines[0]).toContain(fragment);
  else expect(lines[0]).toMatch(fragment);
  expect(result.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
}

describe('bad journal files: one clear line, non-zero exit, file unchanged', () => {
  const work = tempJournal('reflect-badfiles-');
  const good = join(work.dir, 'good.db');
  beforeAll(() => {
    generateJournal(good, { entries: 300, seed: 7 });
  });
  afterAll(() => work.cleanup());

  const cases: Array<[name: string, make: (path: string) => void, fragment: string | RegExp]> = [
    [
      'a truncated journal',
      (path) => {
        const bytes = readFileSync(good);
        writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
      },
      'is damaged',
    ],
    [
      'random bytes',
      (path) =>
        writeFileSync(path, Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919 + 13) % 256))),
      'not a reflect journal (not an SQLite database)',
    ],
    ['a zero-byte file', (path) => writeFileSync(path, ''), 'is an empty file, not a reflect journal'],
    ['a directory', (path) => mkdirSync(path), 'is a folder, not a journal file'],
    [
      "another program's SQLite database",
      (path) => {
        const db = spawnSync(process.execPath, [
          '-e',
          `const D=require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))});const d=new D(${JSON.stringify(path)});d.exec('create table t(x)');d.close()`,
        ]);
        expect(db.status).toBe(0);
      },
      'an SQLite database but not a reflect journal',
    ],
  ];

  it.each(cases)('%s', (_name, make, fragment) => {
    const path = join(work.dir, `${_name.replace(/\W+/g, '-')}.db`);
    make(path);
    const before = fileHash(path);
    for (const args of [['list'], ['show', '1'], ['drafts'], WRITE]) {
      expectOneClearLine(reflect(args, { db: path, input: ANSWERS }), fragment);
      expect(fileHash(path)).toBe(before);
    }
    // doctor reports it (exit 1, the same words) and leaves it alone too.
    const doctor = reflect(['doctor'], { db: path });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(fragment);
    expect(fileHash(path)).toBe(before);
  });

  it('a path in a missing directory: both are created, private (0700 folder, 0600 file)', () => {
    const path = join(work.dir, 'new', 'deeper', 'journal.db');
    const result = reflect(WRITE, { db: path, input: ANSWERS });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(statSync(join(work.dir, 'new', 'deeper')).mode & 0o777).toBe(0o700);
    expect(statSync(join(work.dir, 'new')).mode & 0o777).toBe(0o700);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('a path under a file (not a folder): one clear line', () => {
    const file = join(work.dir, 'plain-file');
    writeFileSync(file, 'x');
    expectOneClearLine(reflect(WRITE, { db: join(file, 'journal.db'), input: ANSWERS }), 'not a folder');
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  describe('a read-only journal', () => {
    // chmod does not stop root; then the commands run as `nobody` through setpriv (util-linux).
    const asRoot = process.getuid?.() === 0;
    const canDrop = asRoot && spawnSync('setpriv', ['--version']).status === 0;
    const runAs = (args: string[], db: string) => {
      if (!asRoot) return reflect(args, { db, input: ANSWERS });
      const env = { ...process.env, ...TEST_ENV, REFLECT_DB: db, HOME: work.dir };
      const result = spawnSync(
        'setpriv',
        ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args],
        { env, input: ANSWERS, encoding: 'utf8', timeout: 30_000 },
      );
      return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
    };

    it.skipIf(asRoot && !canDrop).each([
      ['in a writable folder', 0o755, true],
      ['in a read-only folder', 0o555, false],
    ])(
      '%s: list and show work, a write is one clear line, the file is unchanged',
      (_name, dirMode, ownDir) => {
        const dir = join(work.dir, `ro-${dirMode.toString(8)}`);
        mkdirSync(dir);
        const path = join(dir, 'journal.db');
        copyFileSync(good, path);
        if (asRoot) {
          chownSync(path, 65534, 65534);
          if (ownDir) chownSync(dir, 65534, 65534);
          chmodSync(work.dir, 0o755);
        }
        chmodSync(path, 0o444);
        chmodSync(dir, dirMode);
        const before = contentHash(path);
        const bytes = fileHash(path);

        const list = runAs(['list', '-n', '3'], path);
        expect(list.stderr).toBe('');
        expect(list.code).toBe(0);
        expect(list.stdout.trim().split('\n')).toHaveLength(3);
        expect(runAs(['show', '300'], path).code).toBe(0);
        expectOneClearLine(runAs(WRITE, path), 'is read-only; nothing was changed');
        expect(fileHash(path)).toBe(bytes);
        expect(contentHash(path)).toBe(before);
        chmodSync(dir, 0o755);
      },
    );
  });
});
