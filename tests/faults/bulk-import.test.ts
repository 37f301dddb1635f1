import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateJournal } from '../../bench/generate.js';
import { importFile } from '../../src/export/importer.js';
import { openStore } from '../../src/store/db.js';
import { BIN, ROOT, reflect, SANDBOX, TEST_ENV, tempJournal } from '../helpers/cli.js';
import { contentHash, integrity } from '../helpers/journal.js';

/**
 * A large import (BULK_IMPORT_ENTRIES or more) writes with a rollback journal when it has the journal to
 * itself, and in WAL mode otherwise. Either way: all or nothing, and the journal is in WAL mode afterwards.
 */

interface Counts {
  entries: number;
  answers: number;
  search: number;
  people: number;
}

function counts(db: string): Counts {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const n = (table: string) =>
      (conn.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      entries: n('entries'),
      answers: n('answers'),
      search: n('entry_search'),
      people: n('entry_people'),
    };
  } finally {
    conn.close();
  }
}

function journalMode(db: string): string {
  const conn = new Database(db, { fileMustExist: true });
  try {
    return String(conn.pragma('journal_mode', { simple: true }));
  } finally {
    conn.close();
  }
}

function ok(args: string[], db: string) {
  const result = reflect(args, { db });
  if (result.code !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return result;
}

describe('a bulk import and the journal mode', () => {
  const work = tempJournal('reflect-bulk-import-');
  const big = join(work.dir, 'big.json'); // 1,500 entries
  const huge = join(work.dir, 'huge.json'); // 8,000 entries, for the kill test
  let fresh = 0;
  /** A small journal (40 entries) to import into. */
  const target = () => {
    const path = join(work.dir, `target-${++fresh}.db`);
    generateJournal(path, { entries: 40, seed: 3 });
    return path;
  };

  beforeAll(() => {
    const source = join(work.dir, 'source.db');
    generateJournal(source, { entries: 8000, seed: 11 });
    ok(['export', '--format', 'json', '--out', huge], source);
    const doc = JSON.parse(readFileSync(huge, 'utf8'));
    writeFileSync(big, JSON.stringify({ ...doc, entries: doc.entries.slice(0, 1500) }));
  }, 120_000);
  afterAll(() => work.cleanup());

  it('imports everything, leaves no rollback journal and puts the journal back in WAL mode', () => {
    const db = target();
    const before = counts(db);
    const result = ok(['import', big, '--json'], db);
    expect(JSON.parse(result.stdout)).toMatchObject({ imported: 1500, skipped: 0, conflicts: 0 });
    expect(counts(db).entries).toBe(before.entries + 1500);
    expect(counts(db).search).toBe(before.search + 1500);
    expect(integrity(db)).toBe('ok');
    expect(existsSync(`${db}-journal`)).toBe(false);
    expect(journalMode(db)).toBe('wal');
    // Idempotent as before: a second run adds nothing.
    expect(JSON.parse(ok(['import', big, '--json'], db).stdout)).toMatchObject({
      imported: 0,
      skipped: 1500,
    });
  });

  it('keeps the connection durability settings (synchronous) of the journal', () => {
    const db = target();
    const store = openStore(db);
    try {
      const sync = store.db.pragma('synchronous', { simple: true });
      const now = new Date('2026-11-24T09:00:00Z');
      importFile(store.db, big, { dryRun: false, overwrite: false, now });
      expect(store.db.pragma('synchronous', { simple: true })).toBe(sync);
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      store.close();
    }
  });

  it('with another process holding the journal open: imports in WAL mode, the reader sees the result', () => {
    const db = target();
    const before = counts(db);
    const reader = new Database(db, { fileMustExist: true });
    try {
      const count = reader.prepare('SELECT count(*) AS n FROM entries');
      expect((count.get() as { n: number }).n).toBe(before.entries);
      ok(['import', big], db);
      expect((count.get() as { n: number }).n).toBe(before.entries + 1500);
      expect(reader.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      reader.close();
    }
    expect(integrity(db)).toBe('ok');
    expect(journalMode(db)).toBe('wal');
  });

  it('a problem in the last entry of a large file: exit 2, the journal content unchanged, WAL mode', () => {
    const db = target();
    const doc = JSON.parse(readFileSync(big, 'utf8'));
    doc.entries[1499].answers = 'not a list';
    const bad = join(work.dir, 'bad-last.json');
    writeFileSync(bad, JSON.stringify(doc));
    const before = contentHash(db);
    const result = reflect(['import', bad], { db });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toContain('entries[1499].answers');
    expect(contentHash(db)).toBe(before);
    expect(journalMode(db)).toBe('wal');
  });

  it('a large file is checked on a worker thread: the same entries come back out, in order', () => {
    const db = join(work.dir, `roundtrip-${++fresh}.db`);
    ok(['import', big], db);
    const out = join(work.dir, 'roundtrip.json');
    ok(['export', '--format', 'json', '--out', out], db);
    const source = JSON.parse(readFileSync(big, 'utf8'));
    const exported = JSON.parse(readFileSync(out, 'utf8'));
    expect(exported.entries).toEqual(source.entries);
  });

  it('a problem mid-file, after the worker has handed over whole batches: the first problem, nothing kept', () => {
    const db = target();
    const doc = JSON.parse(readFileSync(big, 'utf8'));
    doc.entries[700].occurredAt = 'last Tuesday';
    doc.entries[1200].uuid = '';
    const bad = join(work.dir, 'bad-middle.json');
    writeFileSync(bad, JSON.stringify(doc));
    const before = contentHash(db);
    const result = reflect(['import', bad], { db });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(
      `reflect: ${bad}: entries[700].occurredAt: expected an ISO date`,
    );
    expect(contentHash(db)).toBe(before);
    expect(journalMode(db)).toBe('wal');
  });

  it('kill -9 in the middle of an import: the next open rolls it back, integrity ok, WAL mode again', {
    timeout: 120_000,
  }, async () => {
    const db = target();
    const before = counts(db);
    const hash = contentHash(db);
    const child = spawn(process.execPath, [BIN, 'import', huge], {
      cwd: ROOT,
      env: { ...process.env, HOME: SANDBOX, ...TEST_ENV, REFLECT_DB: db },
      stdio: 'ignore',
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.on('exit', (code, signal) => done({ code, signal })),
    );
    // The rollback journal exists from the first page the import writes until its commit; the database file
    // grows once the import writes its pages into it (the journal is then "hot": it must be rolled back).
    const size = statSync(db).size;
    let midway = false;
    const deadline = Date.now() + 60_000;
    while (!midway && child.exitCode === null && Date.now() < deadline) {
      midway = existsSync(`${db}-journal`) && statSync(db).size > size + (4 << 20);
      if (!midway) await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(midway).toBe(true);
    child.kill('SIGKILL');
    expect((await exited).signal).toBe('SIGKILL');
    expect(existsSync(`${db}-journal`)).toBe(true); // hot: the import did not commit

    // `doctor` reads only: it names the leftover instead of calling the journal read-only.
    const doctor = reflect(['doctor'], { db });
    expect(doctor.code).not.toBe(0);
    expect(doctor.stdout + doctor.stderr).toContain(`holds an interrupted write (${basename(db)}-journal)`);

    ok(['list', '-n', '1'], db); // the next open rolls back the hot journal
    expect(existsSync(`${db}-journal`)).toBe(false);
    expect(integrity(db)).toBe('ok');
    expect(counts(db)).toEqual(before);
    expect(contentHash(db)).toBe(hash);
    expect(journalMode(db)).toBe('wal');
    // And the import runs to the end afterwards.
    ok(['import', huge], db);
    expect(counts(db).entries).toBe(before.entries + 8000);
  });
});
