import { nameKey } from '../domain/names.js';
import type { EntryQuery } from '../domain/query.js';
import type { Answer, Entry } from '../domain/types.js';
import { BUSY_TIMEOUT_MS, type Db, restoreWal, sql } from './db.js';
import {
  type EntryRow,
  entryColumns,
  entryFilter,
  entryFromRow,
  type NewEntry,
  replaceAnswers,
  replacePeople,
  replaceTags,
} from './entries.js';
import { nextId } from './ids.js';
import { type SetRow, type StoredSet, toStored } from './prompt-sets.js';

/**
 * Export and import: whole-journal reads that stream (one row at a time, constant memory) and the writes
 * an import needs beyond `insertEntry`.
 */

/** The entries a query selects, as a WHERE clause over `entries e` (a limit keeps the newest n). */
export interface Selection {
  where: string;
  params: Record<string, unknown>;
}

export function selectionOf(query: EntryQuery): Selection {
  const { where, params } = entryFilter({ ...query, limit: undefined });
  if (query.limit === undefined) return { where, params };
  return {
    where: `WHERE e.id IN (SELECT e.id FROM entries e ${where} ORDER BY e.occurred_at DESC, e.id DESC LIMIT @limit)`,
    params: { ...params, limit: query.limit },
  };
}

function where(selection: Selection): string {
  return selection.where;
}

function params(selection: Selection): Record<string, unknown> {
  return selection.params;
}

export function countSelected(db: Db, selection: Selection): number {
  return sql<{ n: number }>(db, `SELECT count(*) AS n FROM entries e ${where(selection)}`).get(
    params(selection),
  )!.n;
}

/** The set versions the selected entries were written with, oldest id/version first. */
export function setsOfSelection(db: Db, selection: Selection): StoredSet[] {
  return sql<SetRow>(
    db,
    `SELECT s.* FROM prompt_sets s
     WHERE EXISTS (SELECT 1 FROM entries e ${where(selection) || 'WHERE 1'}
                   AND e.set_id = s.id AND e.set_version = s.version)
     ORDER BY s.id, s.version`,
  )
    .all(params(selection))
    .map(toStored);
}

/** The latest stored version of each of these sets (those an exported assignment asks for). */
export function latestSetsOf(db: Db, ids: readonly string[]): StoredSet[] {
  return sql<SetRow>(
    db,
    `SELECT s.* FROM prompt_sets s
     WHERE s.id IN (SELECT value FROM json_each(?))
       AND s.version = (SELECT max(version) FROM prompt_sets WHERE id = s.id)
     ORDER BY s.id`,
  )
    .all(JSON.stringify(ids))
    .map(toStored);
}

interface FullRow extends EntryRow {
  answers: string;
  people: string;
  tags: string;
}

/**
 * Every selected entry, complete, oldest first — one query whose rows arrive one at a time, so a journal of
 * any size is read in constant memory. Do not write to the database while iterating. The stored answer values
 * are JSON already and go into the row's array as they are (json() would parse and rewrite each one: a sixth
 * of the query's time on 100k entries); JSON.parse checks them.
 */
export function* iterateEntries(db: Db, selection: Selection): Generator<Entry> {
  const rows = sql<FullRow>(
    db,
    `SELECT e.*,
       (SELECT '[' || coalesce(group_concat('[' || json_quote(step_id) || ',' || json_quote(kind) || ',' ||
          json_quote(role) || ',' || position || ',' || value || ']', ','), '') || ']' FROM
          (SELECT * FROM answers a WHERE a.entry_id = e.id ORDER BY a.position)) AS answers,
       (SELECT json_group_array(name) FROM (SELECT p.name FROM entry_people ep JOIN people p ON p.id = ep.person_id
          WHERE ep.entry_id = e.id ORDER BY ep.position)) AS people,
       (SELECT json_group_array(name) FROM (SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id
          WHERE et.entry_id = e.id ORDER BY et.position)) AS tags
     FROM entries e ${where(selection)}
     ORDER BY e.occurred_at, e.id`,
  ).iterate(params(selection));
  for (const row of rows) {
    const answers = (
      JSON.parse(row.answers) as [string, Answer['kind'], Answer['role'], number, unknown][]
    ).map(([stepId, kind, role, position, value]) => ({ stepId, kind, role, position, value }) as Answer);
    yield entryFromRow(row, JSON.parse(row.people), JSON.parse(row.tags), answers);
  }
}

export interface EntryHead {
  id: number;
  title: string;
  setId: string;
  occurredAt: string;
  utcOffset: number;
}

/** Just what a file name needs, oldest first (the order `iterateEntries` uses). */
export function* iterateEntryHeads(db: Db, selection: Selection): Generator<EntryHead> {
  const rows = sql<{ id: number; title: string; set_id: string; occurred_at: string; utc_offset: number }>(
    db,
    `SELECT e.id, e.title, e.set_id, e.occurred_at, e.utc_offset FROM entries e ${where(selection)}
     ORDER BY e.occurred_at, e.id`,
  ).iterate(params(selection));
  for (const row of rows) {
    yield {
      id: row.id,
      title: row.title,
      setId: row.set_id,
      occurredAt: row.occurred_at,
      utcOffset: row.utc_offset,
    };
  }
}

export function entryIdByUuid(db: Db, uuid: string): number | undefined {
  return sql<{ id: number }>(db, 'SELECT id FROM entries WHERE uuid = ?').get(uuid)?.id;
}

/** Replaces an entry's content in place (same id), for `import --overwrite`. Call inside a transaction. */
export function overwriteEntry(db: Db, id: number, entry: NewEntry): void {
  sql(
    db,
    `UPDATE entries SET set_id = @setId, set_version = @setVersion, title = @title, occurred_at = @occurredAt,
       utc_offset = @utcOffset, created_at = @createdAt, updated_at = @updatedAt, starred = @starred
     WHERE id = @id`,
  ).run({ id, ...entryColumns(entry) });
  replaceAnswers(db, id, entry.set, entry.answers);
  replacePeople(db, id, entry.people);
  replaceTags(db, id, entry.tags);
}

/**
 * Runs `work` in one write transaction and commits only when it returns `true`: an import is all or
 * nothing, and a dry run is the same import rolled back. With `bulk`, a large write that may take the journal
 * to itself runs with a rollback journal instead of the WAL (see `withRollbackJournal`).
 */
export function inTransaction<T>(
  db: Db,
  work: () => { result: T; commit: boolean },
  options: { bulk?: boolean } = {},
): T {
  // A large transaction touches many pages; with the default 2 MB cache they would be spilled and read back.
  const cache = db.pragma('cache_size', { simple: true });
  db.pragma('cache_size = -32768');
  const transaction = (): T => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const { result, commit } = work();
      db.exec(commit ? 'COMMIT' : 'ROLLBACK');
      return result;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  };
  try {
    return options.bulk ? withRollbackJournal(db, transaction) : transaction();
  } finally {
    db.pragma(`cache_size = ${Number(cache)}`);
  }
}

/**
 * In WAL mode every page a transaction writes goes to the `-wal` file first and is copied into the database
 * by the checkpoint after the commit: a 100k-entry import into an empty journal wrote its ~500 MB twice (the
 * commit and its checkpoint took 1.3–2.9 s of 10). With a rollback journal, SQLite writes the pages straight
 * into the database file and journals only the original content of pages that existed before (none of a new
 * journal's appended pages): written once. The commit is at least as durable as in WAL mode (`synchronous`
 * FULL: the rollback journal is synced before the database is written, the database before the commit ends), and a crash leaves a hot `-journal` that
 * the next opener rolls back — the journal is unchanged, as with a WAL that was never committed.
 *
 * SQLite leaves WAL mode only when no other connection has the file open; otherwise (SQLITE_BUSY) the
 * import runs in WAL mode as before. The switch is stored in the file header: the mode is set back to WAL
 * afterwards, and `openStore` sets it back after a crash in between (`restoreWal`). While a rollback-mode
 * import runs, other processes cannot read the journal once it has started writing pages to the file; they
 * wait (busy timeout) as for any writer.
 */
function withRollbackJournal<T>(db: Db, transaction: () => T): T {
  // SQLite resets `synchronous` to its mode's default when the mode changes (better-sqlite3 builds with
  // NORMAL for WAL, FULL otherwise): FULL for the rollback-journal commit, the connection's own value after.
  const sync = Number(db.pragma('synchronous', { simple: true }));
  if (!leaveWal(db)) return transaction();
  try {
    db.pragma('synchronous = FULL');
    return transaction();
  } finally {
    restoreWal(db, BUSY_TIMEOUT_MS);
    db.pragma(`synchronous = ${sync}`);
  }
}

/** Switches a WAL journal to a rollback journal; false (still WAL) when another connection has it open. */
function leaveWal(db: Db): boolean {
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') return false;
  try {
    return db.pragma('journal_mode = DELETE', { simple: true }) === 'delete';
  } catch (error) {
    if (isBusy(error)) return false;
    throw error;
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

// Insert triggers a bulk import stands in for while it writes, restored before the commit. The search index's
// (migration 0002): a trigger program per entry that reads the answers back and parses their JSON; the import
// has the text at hand and inserts it directly (FTS5 keeps collecting terms in memory across the inserts of
// a transaction, so this writes no more index segments than one big statement would). The assumption register's (migration 0005):
// a trigger program per answer row costs more than the insert itself; the import queues its entries in
// `statement_backlog` with one statement, and `syncBacklog` derives their statements as for any writer.
const SEARCH_INSERT_TRIGGERS = ['entry_search_entry_insert', 'entry_search_answer_insert'];
const BACKLOG_INSERT_TRIGGER = 'answers_assumption_insert';

/**
 * FTS5 collects new terms in memory and writes them out as a segment whenever they pass `hashsize` (1 MB by
 * default); each segment is merged into larger ones later. During a bulk import a larger buffer writes fewer,
 * larger segments and merges less (measured on 100k entries: the index takes about a quarter less time),
 * for some 20 MB more memory. The option is stored in the index's config table, so the journal's own value
 * (none: the default) is put back before the commit.
 */
const SEARCH_BULK_HASH_BYTES = 16 << 20;
const SEARCH_DEFAULT_HASH_BYTES = 1 << 20;

/** Sets the search index's `hashsize` and returns the value the journal had stored (undefined: none). */
function setSearchHashSize(db: Db, bytes: number): number | undefined {
  const stored = sql<{ v: number }>(db, "SELECT v FROM entry_search_config WHERE k = 'hashsize'").get()?.v;
  writeSearchHashSize(db, bytes);
  return stored;
}

/** FTS5 wants an integer here, and better-sqlite3 binds a JavaScript number as a real. */
function writeSearchHashSize(db: Db, bytes: number): void {
  sql(db, "INSERT INTO entry_search (entry_search, rank) VALUES ('hashsize', ?)").run(BigInt(bytes));
}

function restoreSearchHashSize(db: Db, stored: number | undefined): void {
  writeSearchHashSize(db, stored ?? SEARCH_DEFAULT_HASH_BYTES);
  if (stored !== undefined) return;
  // The config table is read-only in SQLite's defensive mode; the row is the one this import wrote. Prepared
  // here, not cached: a cached statement would be prepared again after a schema change, in defensive mode.
  db.unsafeMode(true);
  try {
    db.prepare("DELETE FROM entry_search_config WHERE k = 'hashsize'").run();
  } finally {
    db.unsafeMode(false);
  }
}

export interface BulkWriter {
  /** Inserts a new entry (as `insertEntry` does) and returns its id. */
  insert(entry: NewEntry): number;
  /** Replaces an existing entry's content in place (as `overwriteEntry` does). */
  overwrite(id: number, entry: NewEntry): void;
  /** Indexes what is still pending for search and restores the triggers. Call before the commit. */
  finish(): void;
}

/**
 * The writes of an import, inside the caller's transaction: the same rows `insertEntry` writes, with the
 * per-entry lookups done once — the next id is counted in memory, people and tags resolve through maps of
 * the journal's names — and the search index and assumption backlog filled directly instead of by triggers.
 * Nothing touches the schema before the first write; a rollback restores the triggers with the rest.
 */
export function bulkWriter(db: Db): BulkWriter {
  let state: BulkState | undefined;
  const begin = (): BulkState => {
    if (!state) state = beginBulk(db);
    return state;
  };
  return {
    insert(entry) {
      const s = begin();
      const id = s.nextId++;
      s.insertEntry.run(
        id,
        entry.uuid,
        entry.set.id,
        entry.set.version,
        entry.title,
        entry.occurredAt,
        entry.utcOffset,
        entry.createdAt,
        entry.updatedAt ?? entry.createdAt,
        entry.starred ? 1 : 0,
      );
      const text: string[] = [];
      let assumptions = false;
      entry.set.steps.forEach((step, position) => {
        const value = entry.answers[step.id];
        if (value === undefined) return;
        s.insertAnswer.run(id, step.id, step.kind, step.role, position, JSON.stringify(value));
        if (s.search) collectText(value, text);
        if (step.role === 'assumption') assumptions = true;
      });
      if (assumptions) s.backlog?.push(id);
      attachNames(s.people, id, entry.people);
      attachNames(s.tags, id, entry.tags);
      if (s.search) s.search.index.run(id, entry.title, text.length > 0 ? text.join('\n') : null);
      return id;
    },
    overwrite(id, entry) {
      const s = begin();
      overwriteEntry(db, id, entry);
      s.search?.touched.push(id);
    },
    finish() {
      if (!state) return;
      const { search, backlog, suspended, storedHashSize } = state;
      state = undefined;
      if (backlog) {
        sql(db, 'INSERT OR IGNORE INTO statement_backlog (entry_id) SELECT value FROM json_each(?)').run(
          JSON.stringify(backlog),
        );
      }
      if (search) restoreSearchHashSize(db, storedHashSize);
      for (const text of suspended) db.exec(text);
      // An overwritten entry's title update re-indexes it through the (restored) update trigger.
      if (search && search.touched.length > 0) {
        db.prepare('UPDATE entries SET title = title WHERE id IN (SELECT value FROM json_each(?))').run(
          JSON.stringify(search.touched),
        );
      }
    },
  };
}

interface NameTable {
  ids: Map<string, number>;
  add: Statement;
  attach: Statement;
}

interface SearchIndex {
  index: Statement;
  /** Overwritten entries, re-indexed at the end. */
  touched: number[];
}

interface BulkState {
  nextId: number;
  insertEntry: Statement;
  insertAnswer: Statement;
  people: NameTable;
  tags: NameTable;
  /** The CREATE TRIGGER statements of the triggers dropped for the import. */
  suspended: string[];
  /** Undefined when the journal has no search triggers to stand in for. */
  search: SearchIndex | undefined;
  /** The search index's own `hashsize` before the import (undefined: none), put back by finish(). */
  storedHashSize: number | undefined;
  /** New entries with assumption answers; undefined without the backlog trigger. */
  backlog: number[] | undefined;
}

type Statement = ReturnType<typeof sql>;

function beginBulk(db: Db): BulkState {
  const suspended: string[] = [];
  const suspend = (names: string[]): boolean => {
    const texts = names.map(
      (name) =>
        sql<{ sql: string }>(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(
          name,
        )?.sql,
    );
    if (texts.some((t) => t === undefined)) return false;
    for (const name of names) db.exec(`DROP TRIGGER ${name}`);
    suspended.push(...(texts as string[]));
    return true;
  };
  const search = suspend(SEARCH_INSERT_TRIGGERS)
    ? { index: sql(db, 'INSERT INTO entry_search (rowid, title, body) VALUES (?, ?, ?)'), touched: [] }
    : undefined;
  const backlog = suspend([BACKLOG_INSERT_TRIGGER]) ? [] : undefined;
  const storedHashSize = search ? setSearchHashSize(db, SEARCH_BULK_HASH_BYTES) : undefined;
  return {
    suspended,
    search,
    backlog,
    storedHashSize,
    // Above every id in use, in the trash or ever purged, as insertEntry does.
    nextId: nextId(db, 'entries'),
    insertEntry: sql(
      db,
      `INSERT INTO entries (id, uuid, set_id, set_version, title, occurred_at, utc_offset, created_at, updated_at, starred)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertAnswer: sql(
      db,
      'INSERT INTO answers (entry_id, step_id, kind, role, position, value) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    people: nameTable(db, 'people', 'entry_people', 'person_id'),
    tags: nameTable(db, 'tags', 'entry_tags', 'tag_id'),
  };
}

function nameTable(
  db: Db,
  table: 'people' | 'tags',
  link: 'entry_people' | 'entry_tags',
  column: 'person_id' | 'tag_id',
): NameTable {
  const ids = new Map<string, number>();
  // Lowest id first: where a journal already holds two spellings, the first one stored is joined.
  for (const row of db.prepare(`SELECT id, name FROM ${table} ORDER BY id`).all() as {
    id: number;
    name: string;
  }[]) {
    if (!ids.has(nameKey(row.name))) ids.set(nameKey(row.name), row.id);
  }
  return {
    ids,
    add: sql(db, `INSERT INTO ${table} (name) VALUES (?)`),
    attach: sql(db, `INSERT OR IGNORE INTO ${link} (entry_id, ${column}, position) VALUES (?, ?, ?)`),
  };
}

function attachNames(table: NameTable, entryId: number, names: readonly string[]): void {
  names.forEach((name, position) => {
    const key = nameKey(name);
    let id = table.ids.get(key);
    if (id === undefined) {
      id = Number(table.add.run(name).lastInsertRowid);
      table.ids.set(key, id);
    }
    table.attach.run(entryId, id, position);
  });
}

/**
 * The text of an answer as the search index's body holds it (migration 0002: every string of the stored
 * JSON in document order — json_tree's 'text' nodes — joined by newlines, answers in step order).
 */
function collectText(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectText(item, into);
  else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) collectText(item, into);
  }
}

/** Assignments completed by any of the selected entries (for a filtered export). */
export function assignmentIdsOfSelection(db: Db, selection: Selection): number[] {
  return sql<{ id: number }>(
    db,
    `SELECT DISTINCT c.assignment_id AS id FROM assignment_completions c JOIN entries e ON e.id = c.entry_id
     ${where(selection) || 'WHERE 1'} ORDER BY c.assignment_id`,
  )
    .all(params(selection))
    .map((row) => row.id);
}

/** An assignment already in the journal: same set, title, first due day and creation time. */
export function findSameAssignment(
  db: Db,
  a: { set: string; title: string; firstDue: string; createdAt: string },
): number | undefined {
  return sql<{ id: number }>(
    db,
    'SELECT id FROM assignments WHERE set_id = ? AND title = ? AND first_due = ? AND created_at = ?',
  ).get(a.set, a.title, a.firstDue, a.createdAt)?.id;
}
