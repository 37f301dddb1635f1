import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, reflectJson, tempJournal } from '../helpers/cli.js';
import { seed } from '../helpers/seed.js';

let journal: ReturnType<typeof tempJournal>;
beforeEach(() => {
  journal = tempJournal();
  seed(journal.db, [
    { date: '2026-11-20T09:15', title: 'First', tags: ['a'] },
    { date: '2026-11-21T09:15', title: 'Second', people: ['Dana'] },
  ]);
});
afterEach(() => journal.cleanup());

describe('reflect backup', () => {
  it('writes a timestamped copy beside the journal that reflect can open and verify', () => {
    const result = reflect(['backup'], { db: journal.db });
    const copy = join(journal.dir, 'journal-backup-20261124-100000.db');
    expect(result).toMatchObject({ code: 0, stdout: `${copy}\n` });
    expect(result.stderr).toContain(`check it with: reflect backup --verify ${copy}`);
    expect(readdirSync(journal.dir).filter((f) => f.startsWith('journal-backup'))).toEqual([
      'journal-backup-20261124-100000.db',
    ]);
    const titles = reflectJson<{ title: string }[]>(['list'], { db: copy }).map((e) => e.title);
    expect(titles).toEqual(['Second', 'First']);
    expect(reflect(['backup', '--verify', copy], { db: journal.db }).stdout.trim()).toBe(
      `ok: ${copy} is an intact reflect journal (schema ${schemaOf(journal.db)}, 2 entries)`,
    );
  });

  it('writes to a named file, and never replaces one without --force', () => {
    const copy = join(journal.dir, 'safe.db');
    expect(reflectJson<{ path: string; bytes: number }>(['backup', copy], { db: journal.db })).toMatchObject({
      path: copy,
    });
    const again = reflect(['backup', copy], { db: journal.db });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${copy} already exists; nothing was written`);
    expect(reflect(['backup', copy, '--force'], { db: journal.db }).code).toBe(0);
    expect(reflect(['backup', journal.db], { db: journal.db }).stderr).toContain(
      'is the journal itself; the backup was not written',
    );
  });

  it.each([
    ['a missing file', (path: string) => path, 'no such file'],
    [
      'a text file',
      (path: string) => {
        writeFileSync(path, 'not a database at all, just words\n'.repeat(100));
        return path;
      },
      'not a reflect journal (not an SQLite database)',
    ],
    [
      'another program’s SQLite database',
      (path: string) => {
        const db = new Database(path);
        db.exec('CREATE TABLE t (x)');
        db.close();
        return path;
      },
      'is an SQLite database but not a reflect journal',
    ],
  ])('--verify refuses %s with exit 2', (_name, make, message) => {
    const path = make(join(journal.dir, 'suspect.db'));
    const result = reflect(['backup', '--verify', path], { db: journal.db });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('--verify finds a damaged copy', () => {
    const copy = join(journal.dir, 'copy.db');
    reflect(['backup', copy], { db: journal.db });
    const size = statSync(copy).size;
    const fd = openSync(copy, 'r+');
    // Scribble over every page after the first (the header stays, so it still opens).
    for (let offset = 4096; offset < size; offset += 4096)
      writeSync(fd, Buffer.alloc(512, 0x5a), 0, 512, offset + 100);
    closeSync(fd);
    const result = reflect(['backup', '--verify', copy], { db: journal.db });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/damaged/);
  });

  it('makes a consistent copy while another process keeps writing', async () => {
    // A writer that inserts rows in small transactions for as long as it runs.
    const script = `
      const Database = require('better-sqlite3');
      const db = new Database(process.argv[1]);
      db.pragma('busy_timeout = 10000');
      const insert = db.prepare("INSERT INTO tags (name) VALUES (?)");
      let i = 0;
      process.stdout.write('ready\\n');
      for (;;) { db.transaction(() => { for (let k = 0; k < 50; k++) insert.run('t' + (i++)); })(); }
    `;
    const writer = spawn(process.execPath, ['-e', script, journal.db], { cwd: process.cwd() });
    await new Promise((resolve) => writer.stdout.once('data', resolve));
    try {
      const copies = [1, 2, 3].map((n) => join(journal.dir, `live-${n}.db`));
      for (const copy of copies) expect(reflect(['backup', copy], { db: journal.db }).code).toBe(0);
      for (const copy of copies) {
        expect(reflect(['backup', '--verify', copy], { db: journal.db }).code).toBe(0);
        expect(existsSync(`${copy}-wal`)).toBe(false);
      }
    } finally {
      writer.kill();
    }
  });
});

function schemaOf(path: string): number {
  const db = new Database(path, { readonly: true });
  const version = db.pragma('user_version', { simple: true }) as number;
  db.close();
  return version;
}
