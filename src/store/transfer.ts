import type { EntryQuery } from '../domain/query.js';
import type { Answer, Entry } from '../domain/types.js';
import { type Db, sql } from './db.js';
import { entryFilter, type NewEntry, replaceAnswers, replacePeople, replaceTags } from './entries.js';
import type { StoredSet } from './prompt-sets.js';

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
  return sql<{ source: StoredSet['source']; definition: string; yaml: string | null; added_at: string }>(
    db,
    `SELECT s.source, s.definition, s.yaml, s.added_at FROM prompt_sets s
     WHERE EXISTS (SELECT 1 FROM entries e ${where(selection) || 'WHERE 1'}
                   AND e.set_id = s.id AND e.set_version = s.version)
     ORDER BY s.id, s.version`,
  )
    .all(params(selection))
    .map((row) => ({
      set: JSON.parse(row.definition),
      source: row.source,
      yaml: row.yaml,
      addedAt: row.added_at,
    }));
}

interface FullRow {
  id: number;
  uuid: string;
  set_id: string;
  set_version: number;
  title: string;
  occurred_at: string;
  utc_offset: number;
  created_at: string;
  updated_at: string;
  starred: number;
  answers: string;
  people: string;
  tags: string;
}

/**
 * Every selected entry, complete, oldest first — one query whose rows arrive one at a time, so a journal of
 * any size is read in constant memory. Do not write to the database while iterating.
 */
export function* iterateEntries(db: Db, selection: Selection): Generator<Entry> {
  const rows = sql<FullRow>(
    db,
    `SELECT e.*,
       (SELECT json_group_array(json_array(step_id, kind, role, position, json(value))) FROM
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
    yield {
      id: row.id,
      uuid: row.uuid,
      setId: row.set_id,
      setVersion: row.set_version,
      title: row.title,
      occurredAt: row.occurred_at,
      utcOffset: row.utc_offset,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      starred: row.starred === 1,
      people: JSON.parse(row.people),
      tags: JSON.parse(row.tags),
      answers,
    };
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
  ).run({
    id,
    setId: entry.set.id,
    setVersion: entry.set.version,
    title: entry.title,
    occurredAt: entry.occurredAt,
    utcOffset: entry.utcOffset,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt ?? entry.createdAt,
    starred: entry.starred ? 1 : 0,
  });
  replaceAnswers(db, id, entry.set, entry.answers);
  replacePeople(db, id, entry.people);
  replaceTags(db, id, entry.tags);
}

/**
 * Runs `work` in one write transaction and commits only when it returns `true`: an import is all or
 * nothing, and a dry run is the same import rolled back.
 */
export function inTransaction<T>(db: Db, work: () => { result: T; commit: boolean }): T {
  // A large transaction touches many pages; with the default 2 MB cache they would be spilled and read back.
  const cache = db.pragma('cache_size', { simple: true });
  db.pragma('cache_size = -32768');
  db.exec('BEGIN IMMEDIATE');
  try {
    const { result, commit } = work();
    db.exec(commit ? 'COMMIT' : 'ROLLBACK');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    db.pragma(`cache_size = ${Number(cache)}`);
  }
}

// The search index's insert triggers (migration 0002). Each firing is its own FTS5 statement, which writes a
// new index segment per entry; a bulk import instead indexes all its entries in one statement, ~4× faster.
// (New entries get their answers before their row, so the answer trigger only costs its WHEN test then.)
const SEARCH_INSERT_TRIGGERS = ['entry_search_entry_insert', 'entry_search_answer_insert'];

/**
 * For a bulk insert inside the caller's transaction: before the first write, per-entry search indexing is
 * suspended; `finish` restores it and re-indexes every entry added or `touched` since, in one statement (the
 * title update fires the index's update trigger for each row, all within a single FTS5 statement). An
 * import that writes nothing never touches the schema; a rollback restores the triggers with the rest.
 */
export function bulkSearchIndex(db: Db): { beforeWrite(): void; touched(id: number): void; finish(): void } {
  let suspended: { sql: string[]; before: number } | undefined;
  let checked = false;
  const touched: number[] = [];
  return {
    beforeWrite() {
      if (checked) return;
      checked = true;
      const triggers = SEARCH_INSERT_TRIGGERS.map(
        (name) =>
          sql<{ sql: string }>(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(
            name,
          )?.sql,
      );
      if (triggers.some((t) => t === undefined)) return;
      const before = sql<{ id: number }>(db, 'SELECT coalesce(max(id), 0) AS id FROM entries').get()!.id;
      for (const name of SEARCH_INSERT_TRIGGERS) db.exec(`DROP TRIGGER ${name}`);
      suspended = { sql: triggers as string[], before };
    },
    touched(id) {
      if (suspended) touched.push(id);
    },
    finish() {
      if (!suspended) return;
      for (const text of suspended.sql) db.exec(text);
      db.prepare(
        'UPDATE entries SET title = title WHERE id > ? OR id IN (SELECT value FROM json_each(?))',
      ).run(suspended.before, JSON.stringify(touched));
      suspended = undefined;
    },
  };
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
