import { spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, tempJournal } from '../helpers/cli.js';
import { journalHash } from '../helpers/hash.js';
import { seed } from '../helpers/seed.js';

/**
 * The files replaced whole with --force (summary --out, export --out, backup): written beside the target and
 * renamed into place. A link keeps pointing where it did; a device or named pipe is never swapped for a file
 * (as root, `summary --out /dev/null --force` made /dev/null a plain file).
 */
describe('--out and backup onto links and special files', () => {
  let journal: ReturnType<typeof tempJournal>;
  beforeEach(() => {
    journal = tempJournal();
    seed(journal.db, [{ date: '2026-11-23T09:00', title: 'Budget talk' }]);
  });
  afterEach(() => journal.cleanup());
  const run = (args: string[]) => reflect(args, { db: journal.db, cwd: journal.dir });

  const writers: Array<[string, (target: string) => string[], string]> = [
    ['summary --out', (target) => ['summary', '--format', 'md', '--out', target, '--force'], 'summary'],
    ['export --out', (target) => ['export', '--format', 'json', '--out', target, '--force'], 'export'],
    ['backup', (target) => ['backup', target, '--force'], 'backup'],
  ];

  it.each(writers)('%s --force onto a named pipe refuses, and the pipe stays a pipe', (_name, args, what) => {
    const pipe = join(journal.dir, 'pipe');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const before = journalHash(journal.db);
    const result = run(args(pipe));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(
      `reflect: ${pipe} is a named pipe, not a file; the ${what} was not written`,
    );
    expect(lstatSync(pipe).isFIFO()).toBe(true);
    expect(journalHash(journal.db)).toBe(before);
  });

  it.each(writers)(
    '%s --force through a link replaces the file it points to and keeps the link',
    (_name, args) => {
      mkdirSync(join(journal.dir, 'synced'));
      const real = join(journal.dir, 'synced', 'copy');
      writeFileSync(real, 'old\n');
      const link = join(journal.dir, 'copy-link');
      symlinkSync(real, link);
      const result = run(args(link));
      expect(result.code, result.stderr).toBe(0);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readlinkSync(link)).toBe(real);
      expect(readFileSync(real, 'utf8')).not.toBe('old\n');
      expect(statSync(real).size).toBeGreaterThan(10);
    },
  );

  it.each(writers)('%s through a link to the journal is refused', (_name, args, what) => {
    const link = join(journal.dir, 'journal-link');
    symlinkSync(journal.db, link);
    const before = journalHash(journal.db);
    const result = run(args(link));
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      `reflect: ${journal.db} is the journal itself; the ${what} was not written`,
    );
    expect(journalHash(journal.db)).toBe(before);
  });
});
