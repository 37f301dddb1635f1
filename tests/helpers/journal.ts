import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { AnswerMap } from '../../src/domain/types.js';
import { builtinSets } from '../../src/prompt-catalog.js';
import { APPLICATION_ID, type Db, migrate, openDatabase, openStore } from '../../src/store/db.js';
import { saveNewEntry } from '../../src/store/journal.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { FIXTURES, reflect } from './cli.js';

/** A content hash of the journal and its WAL, to prove a failed command changed nothing. */
export function journalHash(db: string): string {
  const hash = createHash('sha256');
  for (const file of [db, `${db}-wal`]) if (existsSync(file)) hash.update(readFileSync(file));
  return hash.digest('hex');
}

export const ANSWERS = join(FIXTURES, 'answers');

/** Saves a fixture answers file as a new entry and returns its id. */
export function addEntry(
  db: string,
  fixture: string,
  set = 'left-hand-column',
  extra: string[] = [],
): number {
  const result = reflect(['new', '--set', set, '--answers', join(ANSWERS, fixture), ...extra], { db });
  if (result.code !== 0) throw new Error(`new failed: ${result.stderr}`);
  return Number(result.stdout.trim());
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
/** sha256 of a file's bytes ('missing' / 'directory' otherwise): "the file is unchanged". */
export function fileHash(path: string): string {
  if (!existsSync(path)) return 'missing';
  if (statSync(path).isDirectory()) return 'directory';
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * A hash of every row of every table (and the schema version): "the database is unchanged", independent of
 * how SQLite lays out pages. Opens read-only.
 */
export function contentHash(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const hash = createHash('sha256');
    hash.update(`v${db.pragma('user_version', { simple: true })}\n`);
    const tables = db
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'index', 'trigger', 'view') ORDER BY name",
      )
      .all() as Array<{ name: string; sql: string | null }>;
    for (const { name, sql } of tables) {
      hash.update(`${name}:${sql}\n`);
      if (!sql?.startsWith('CREATE TABLE')) continue;
      for (const row of db.prepare(`SELECT * FROM "${name}"`).raw().all())
        hash.update(`${JSON.stringify(row)}\n`);
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

export function integrity(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

/** A journal with a few entries written through the store layer (fast: no process per entry). */
export function seedJournal(path: string, count = 3): void {
  const store = openStore(path);
  try {
    const lhc = builtinSets().find((c) => c.set.id === 'left-hand-column')!;
    for (let i = 1; i <= count; i++) {
      const answers: AnswerMap = {
        situation: `Seed conversation ${i}`,
        dialogue: [{ said: `Dana: line ${i}`, unsaid: `thought ${i}` }],
        assumptions: [`Assumption ${i}`],
      };
      saveNewEntry(
        store.db,
        {
          ...lhc,
          title: `Seed ${i}`,
          occurredAt: new Date(Date.UTC(2026, 10, i, 12)),
          people: ['Dana'],
          tags: ['seed'],
          answers,
        },
        new Date(Date.UTC(2026, 10, i, 12)),
      );
    }
  } finally {
    store.close();
  }
}

/** The schema that added `id_marks`, which today's store code reads for every new id. */
const ID_MARKS = MIGRATIONS.findIndex((m) => m.includes('CREATE TABLE id_marks')) + 1;

/**
 * A journal file as an earlier reflect left it: WAL, reflect's application id, the schema up to `version`.
 * Tests fill it with today's store code; on a schema before `id_marks` this connection gets the table as a
 * temporary one (all marks 0: ids as SQLite numbered them then), gone when it closes.
 */
export function journalOfVersion(path: string, version: number): Db {
  const db = openDatabase(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, 0, version);
  if (version < ID_MARKS) {
    db.exec(`CREATE TEMP TABLE id_marks (kind TEXT PRIMARY KEY, last INTEGER NOT NULL);
      INSERT INTO temp.id_marks (kind, last) VALUES ('entries', 0), ('statements', 0), ('assumption_groups', 0), ('drafts', 0);`);
  }
  return db;
}

/** A left-hand column with Dana, "Day <day>", on 2026-11-<day> 09:00 UTC, holding one assumption. */
export function saveDay(db: Db, day: number, assumption: string, now: Date): number {
  const lhc = builtinSets().find((c) => c.set.id === 'left-hand-column')!;
  return saveNewEntry(
    db,
    {
      ...lhc,
      title: `Day ${day}`,
      occurredAt: new Date(Date.UTC(2026, 10, day, 9)),
      people: ['Dana'],
      tags: [],
      answers: { situation: 'A talk.', dialogue: [{ said: 'Hi', unsaid: '' }], assumptions: [assumption] },
    },
    now,
  );
}
