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
      `reflect: cannot write ${out.replace(/\/$/, '')}: ${blocker} is not a folder`,
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
