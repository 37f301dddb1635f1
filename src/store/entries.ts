import type { EntryChanges } from '../domain/entry-edit.js';
import { compareNames, nameKey } from '../domain/names.js';
import type { EntryQuery } from '../domain/query.js';
import type { Answer, AnswerMap, Entry, PromptSet } from '../domain/types.js';
import { type Db, sql } from './db.js';
import { nextId } from './ids.js';

export interface NewEntry {
  /** Only when putting a trashed entry back; new entries get the next unused id. */
  id?: number | undefined;
  uuid: string;
  set: PromptSet;
  title: string;
  occurredAt: string;
  utcOffset: number;
  starred?: boolean;
  people: string[];
  tags: string[];
  answers: AnswerMap;
  createdAt: string;
  updatedAt?: string;
}

/** A row of `entries` as SQLite returns it. */
export interface EntryRow {
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
}

/**
 * Inserts an entry with its answers, people and tags. Call inside a transaction.
 *
 * The entry row goes in last (foreign keys deferred to the commit): its insert trigger then indexes the whole
 * entry for search once, instead of once per answer (which made imports of large journals quadratic).
 * A new id is above every id in use, in the trash or ever purged (`nextId`): SQLite alone would hand a deleted
 * entry's number to the next new entry, and `reflect restore 12` could then not put entry 12 back.
 */
export function insertEntry(db: Db, entry: NewEntry): number {
  const id = entry.id ?? nextId(db, 'entries');
  sql(db, 'PRAGMA defer_foreign_keys = ON').run();
  replaceAnswers(db, id, entry.set, entry.answers);
  replacePeople(db, id, entry.people);
  replaceTags(db, id, entry.tags);
  sql(
    db,
    `INSERT INTO entries (id, uuid, set_id, set_version, title, occurred_at, utc_offset, created_at, updated_at, starred)
     VALUES (@id, @uuid, @setId, @setVersion, @title, @occurredAt, @utcOffset, @createdAt, @updatedAt, @starred)`,
  ).run({ id, uuid: entry.uuid, ...entryColumns(entry) });
  return id;
}

/** An entry's own columns (besides id and uuid) as statement parameters, for inserting and overwriting. */
export function entryColumns(entry: NewEntry) {
  return {
    setId: entry.set.id,
    setVersion: entry.set.version,
    title: entry.title,
    occurredAt: entry.occurredAt,
    utcOffset: entry.utcOffset,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt ?? entry.createdAt,
    starred: entry.starred ? 1 : 0,
  };
}

export function replaceAnswers(db: Db, entryId: number, set: PromptSet, answers: AnswerMap): void {
  sql(db, 'DELETE FROM answers WHERE entry_id = ?').run(entryId);
  const insert = sql(
    db,
    `INSERT INTO answers (entry_id, step_id, kind, role, position, value)
     VALUES (@entryId, @stepId, @kind, @role, @position, @value)`,
  );
  set.steps.forEach((step, position) => {
    const value = answers[step.id];
    if (value === undefined) return;
    insert.run({
      entryId,
      stepId: step.id,
      kind: step.kind,
      role: step.role,
      position,
      value: JSON.stringify(value),
    });
  });
}

export function replacePeople(db: Db, entryId: number, names: string[]): void {
  replaceNames(db, entryId, names, 'people', 'entry_people', 'person_id');
}

export function replaceTags(db: Db, entryId: number, names: string[]): void {
  replaceNames(db, entryId, names, 'tags', 'entry_tags', 'tag_id');
}

function replaceNames(
  db: Db,
  entryId: number,
  names: string[],
  table: 'people' | 'tags',
  link: 'entry_people' | 'entry_tags',
  column: 'person_id' | 'tag_id',
): void {
  sql(db, `DELETE FROM ${link} WHERE entry_id = ?`).run(entryId);
  // The column's UNIQUE NOCASE would take "élodie" for a new person next to "Élodie": join the stored spelling.
  names = storedSpellings(db, table, names);
  const ensure = sql(db, `INSERT INTO ${table} (name) VALUES (?) ON CONFLICT (name) DO NOTHING`);
  const find = sql<{ id: number }>(db, `SELECT id FROM ${table} WHERE name = ?`);
  const attach = sql(db, `INSERT OR IGNORE INTO ${link} (entry_id, ${column}, position) VALUES (?, ?, ?)`);
  names.forEach((name, position) => {
    ensure.run(name);
    const row = find.get(name);
    if (row) attach.run(entryId, row.id, position);
  });
}

export function getEntry(db: Db, id: number): Entry | undefined {
  const row = sql<EntryRow>(db, 'SELECT * FROM entries WHERE id = ?').get(id);
  return row ? hydrate(db, row) : undefined;
}

/** Rewrites an entry's fields, answers, people and tags. Call inside a transaction. False when nothing matched. */
export function rewriteEntry(
  db: Db,
  id: number,
  changes: EntryChanges,
  updatedAt: string,
  expectedUpdatedAt?: string,
): boolean {
  const { changes: matched } = sql(
    db,
    `UPDATE entries SET title = @title, occurred_at = @occurredAt, utc_offset = @utcOffset, updated_at = @updatedAt
     WHERE id = @id AND (@expected IS NULL OR updated_at = @expected)`,
  ).run({
    id,
    title: changes.title,
    occurredAt: changes.occurredAt,
    utcOffset: changes.utcOffset,
    updatedAt,
    expected: expectedUpdatedAt ?? null,
  });
  if (matched === 0) return false;
  replaceAnswers(db, id, changes.set, changes.answers);
  replacePeople(db, id, changes.people);
  replaceTags(db, id, changes.tags);
  return true;
}

export function deleteEntryRow(db: Db, id: number): boolean {
  return sql(db, 'DELETE FROM entries WHERE id = ?').run(id).changes > 0;
}

export function getEntryByUuid(db: Db, uuid: string): Entry | undefined {
  const row = sql<EntryRow>(db, 'SELECT * FROM entries WHERE uuid = ?').get(uuid);
  return row ? hydrate(db, row) : undefined;
}

function hydrate(db: Db, row: EntryRow): Entry {
  const answers = sql<{
    step_id: string;
    kind: Answer['kind'];
    role: Answer['role'];
    position: number;
    value: string;
  }>(db, 'SELECT step_id, kind, role, position, value FROM answers WHERE entry_id = ? ORDER BY position')
    .all(row.id)
    .map((a) => ({
      stepId: a.step_id,
      kind: a.kind,
      role: a.role,
      position: a.position,
      value: JSON.parse(a.value),
    }));
  return entryFromRow(
    row,
    namesOf(db, row.id, 'people', 'entry_people', 'person_id'),
    namesOf(db, row.id, 'tags', 'entry_tags', 'tag_id'),
    answers,
  );
}

/** An `entries` row with its people, tags and answers as the Entry the rest of reflect uses. */
export function entryFromRow(row: EntryRow, people: string[], tags: string[], answers: Answer[]): Entry {
  return {
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
    people,
    tags,
    answers,
  };
}

function namesOf(
  db: Db,
  entryId: number,
  table: 'people' | 'tags',
  link: 'entry_people' | 'entry_tags',
  column: 'person_id' | 'tag_id',
): string[] {
  return sql<{ name: string }>(
    db,
    `SELECT t.name FROM ${link} l JOIN ${table} t ON t.id = l.${column} WHERE l.entry_id = ? ORDER BY l.position`,
  )
    .all(entryId)
    .map((r) => r.name);
}

/** One line of `reflect list`. */
export interface EntrySummary {
  id: number;
  uuid: string;
  setId: string;
  title: string;
  /** The first words of the context answer, for entries without a title. */
  context: string | null;
  /** The first words of the first written answer, for entries with neither a title nor a context answer. */
  lead: string | null;
  occurredAt: string;
  starred: boolean;
  people: string[];
  tags: string[];
}

/**
 * The WHERE clause and parameters for an `EntryQuery` over `entries e`. Each filter is an indexed lookup:
 * time on entries_by_time, set on entries_by_set, tags and people through their link tables' (name → entry)
 * indexes; `ORDER BY occurred_at DESC LIMIT n` then walks entries_by_time and stops early.
 */
export function entryFilter(query: EntryQuery): { where: string; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.from) {
    clauses.push('e.occurred_at >= @from');
    params.from = query.from.toISOString();
  }
  if (query.to) {
    clauses.push('e.occurred_at <= @to');
    params.to = query.to.toISOString();
  }
  if (query.setId !== undefined) {
    clauses.push('e.set_id = @setId');
    params.setId = query.setId;
  }
  if (query.starred) clauses.push('e.starred = 1');
  if (query.ids !== undefined) {
    clauses.push('e.id IN (SELECT value FROM json_each(@ids))');
    params.ids = JSON.stringify(query.ids);
  }
  if (query.tags.length > 0) {
    // tags.name is COLLATE NOCASE, so IN compares case-insensitively.
    const matching = `SELECT et.entry_id FROM tags t JOIN entry_tags et ON et.tag_id = t.id
       WHERE t.name IN (SELECT value FROM json_each(@tags))`;
    clauses.push(
      query.allTags && query.tags.length > 1
        ? `e.id IN (${matching} GROUP BY et.entry_id HAVING count(*) = @tagCount)`
        : `e.id IN (${matching})`,
    );
    params.tags = JSON.stringify(query.tags);
    if (query.allTags && query.tags.length > 1) params.tagCount = query.tags.length;
  }
  if (query.people.length > 0) {
    clauses.push(`e.id IN (SELECT ep.entry_id FROM people p JOIN entry_people ep ON ep.person_id = p.id
       WHERE p.name IN (SELECT value FROM json_each(@people)))`);
    params.people = JSON.stringify(query.people);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/**
 * The stored spelling of each name given to `--with` / `--tag`, its case folded the Unicode way: the columns'
 * NOCASE folds only A–Z, so "élodie" would not find "Élodie". A name stored under no spelling stays as given.
 */
export function storedSpellings(db: Db, table: 'people' | 'tags', names: readonly string[]): string[] {
  if (names.length === 0) return [];
  const fold = nameKey;
  const stored = new Map<string, string>();
  const rows = sql<{ name: string }>(
    db,
    table === 'people' ? 'SELECT name FROM people ORDER BY id' : 'SELECT name FROM tags ORDER BY id',
  ).all();
  for (const { name } of rows) if (!stored.has(fold(name))) stored.set(fold(name), name);
  return names.map((name) => stored.get(fold(name)) ?? name);
}

function limitClause(query: EntryQuery, params: Record<string, unknown>): string {
  if (query.limit === undefined) return '';
  params.limit = query.limit;
  return 'LIMIT @limit';
}

type SummaryRow = EntryRow & {
  context: string | null;
  lead: string | null;
  people: string | null;
  tags: string | null;
};

const SUMMARY_COLUMNS = `e.*,
       (SELECT a.value FROM answers a WHERE a.entry_id = e.id AND a.role = 'context' ORDER BY a.position LIMIT 1) AS context,
       (SELECT a.value FROM answers a WHERE a.entry_id = e.id AND a.kind IN ('text', 'long', 'list')
          ORDER BY a.position LIMIT 1) AS lead,
       (SELECT json_group_array(name) FROM (SELECT p.name FROM entry_people ep JOIN people p ON p.id = ep.person_id
          WHERE ep.entry_id = e.id ORDER BY ep.position)) AS people,
       (SELECT json_group_array(name) FROM (SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id
          WHERE et.entry_id = e.id ORDER BY et.position)) AS tags`;

/** Entries matching the query, newest first. */
export function findEntries(db: Db, query: EntryQuery): EntrySummary[] {
  const { where, params } = entryFilter(query);
  const limit = limitClause(query, params);
  return sql<SummaryRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM entries e ${where} ORDER BY e.occurred_at DESC, e.id DESC ${limit}`,
  )
    .all(params)
    .map(toSummary);
}

/** Ids of the entries matching the query, newest first (for export and stats). */
export function findEntryIds(db: Db, query: EntryQuery): number[] {
  const { where, params } = entryFilter(query);
  const limit = limitClause(query, params);
  return sql<{ id: number }>(
    db,
    `SELECT e.id FROM entries e ${where} ORDER BY e.occurred_at DESC, e.id DESC ${limit}`,
  )
    .all(params)
    .map((row) => row.id);
}

/** Summaries of the given entries, in the order of `ids` (missing ids are skipped). */
export function entrySummaries(db: Db, ids: number[]): EntrySummary[] {
  if (ids.length === 0) return [];
  const rows = sql<SummaryRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM entries e WHERE e.id IN (SELECT value FROM json_each(@ids))`,
  ).all({ ids: JSON.stringify(ids) });
  const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export interface ListQuery {
  limit: number;
}

/** The newest entries (kept for callers from before filters existed). */
export function listEntries(db: Db, query: ListQuery): EntrySummary[] {
  return findEntries(db, { tags: [], allTags: false, people: [], starred: false, limit: query.limit });
}

function toSummary(row: SummaryRow): EntrySummary {
  return {
    id: row.id,
    uuid: row.uuid,
    setId: row.set_id,
    title: row.title,
    context: row.context === null ? null : contextText(JSON.parse(row.context)),
    lead: row.lead === null ? null : contextText(JSON.parse(row.lead)),
    occurredAt: row.occurred_at,
    starred: row.starred === 1,
    people: row.people ? JSON.parse(row.people) : [],
    tags: row.tags ? JSON.parse(row.tags) : [],
  };
}

function contextText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return null;
}

/**
 * What names each untitled entry of `ids` in one line, as `list` does: its context answer (the situation), else its
 * first written answer. For the few entries a register group or a summary shows; entries without either are left out.
 */
export function entryLeads(db: Db, ids: readonly number[]): Map<number, string> {
  const leads = new Map<number, string>();
  if (ids.length === 0) return leads;
  const rows = sql<{ id: number; value: string }>(
    db,
    `SELECT a.entry_id AS id, a.value FROM answers a
     WHERE a.entry_id IN (SELECT value FROM json_each(?)) AND (a.role = 'context' OR a.kind IN ('text', 'long', 'list'))
     ORDER BY a.entry_id, a.role = 'context' DESC, a.position`,
  ).all(JSON.stringify([...new Set(ids)]));
  for (const row of rows) {
    if (leads.has(row.id)) continue;
    const text = contextText(JSON.parse(row.value))?.trim();
    if (text) leads.set(row.id, text);
  }
  return leads;
}

export function countEntries(db: Db): number {
  return sql<{ n: number }>(db, 'SELECT count(*) AS n FROM entries').get()!.n;
}

/** Stars or unstars an entry; false when there is no such entry. Not an edit: `updated_at` stays. */
export function setStarred(db: Db, id: number, starred: boolean): boolean {
  return sql(db, 'UPDATE entries SET starred = ? WHERE id = ?').run(starred ? 1 : 0, id).changes > 0;
}

/** Adds and removes tags (case-insensitive; the first spelling of a tag is kept) and returns the new list. */
export function changeTags(db: Db, id: number, add: string[], remove: string[], now: Date): string[] {
  return db
    .transaction(() => {
      const current = namesOf(db, id, 'tags', 'entry_tags', 'tag_id');
      const removed = new Set(remove.map(nameKey));
      const next = current.filter((t) => !removed.has(nameKey(t)));
      for (const tag of add) {
        if (!next.some((t) => nameKey(t) === nameKey(tag))) next.push(tag);
      }
      replaceTags(db, id, next);
      sql(db, 'UPDATE entries SET updated_at = ? WHERE id = ?').run(now.toISOString(), id);
      return namesOf(db, id, 'tags', 'entry_tags', 'tag_id');
    })
    .immediate();
}

export interface NameCount {
  name: string;
  count: number;
}

/**
 * The entries a query selects, as a subquery of their ids (undefined: the whole journal): the newest `limit`
 * of them when the query has a limit, as `list` shows them and `stats` counts them.
 */
function selectedIds(query: EntryQuery): { ids: string | undefined; params: Record<string, unknown> } {
  const { where, params } = entryFilter(query);
  if (query.limit === undefined)
    return { ids: where ? `SELECT e.id FROM entries e ${where}` : undefined, params };
  params.limit = query.limit;
  return {
    ids: `SELECT e.id FROM entries e ${where} ORDER BY e.occurred_at DESC, e.id DESC LIMIT @limit`,
    params,
  };
}

/** People or tags with how many of the selected entries (see `selectedIds`) name them, most first. */
export function nameCounts(db: Db, kind: 'people' | 'tags', query: EntryQuery): NameCount[] {
  const [table, link, column] =
    kind === 'people'
      ? (['people', 'entry_people', 'person_id'] as const)
      : (['tags', 'entry_tags', 'tag_id'] as const);
  const { ids, params } = selectedIds(query);
  const scope = ids ? `WHERE l.entry_id IN (${ids})` : '';
  const rows = sql<NameCount>(
    db,
    `SELECT t.name AS name, count(*) AS count FROM ${link} l JOIN ${table} t ON t.id = l.${column}
     ${scope} GROUP BY t.id`,
  ).all(params);
  // Sorted here, not by SQLite, whose NOCASE knows only A–Z: "Élodie" goes with the E's, not after "Zoë".
  return rows.sort((a, b) => b.count - a.count || compareNames(a.name, b.name));
}

/** Entries per prompt set among those the query selects, most used first. */
export function setCounts(db: Db, query: EntryQuery): NameCount[] {
  const { ids, params } = selectedIds(query);
  const scope = ids ? `WHERE e.id IN (${ids})` : '';
  return sql<NameCount>(
    db,
    `SELECT e.set_id AS name, count(*) AS count FROM entries e ${scope} GROUP BY e.set_id ORDER BY count DESC, name`,
  ).all(params);
}

/** When each selected entry happened (ISO instants), newest first. */
export function entryTimes(db: Db, query: EntryQuery): string[] {
  const { where, params } = entryFilter(query);
  const limit = query.limit === undefined ? '' : 'LIMIT @limit';
  if (query.limit !== undefined) params.limit = query.limit;
  return sql<{ at: string }>(
    db,
    `SELECT e.occurred_at AS at FROM entries e ${where} ORDER BY e.occurred_at DESC, e.id DESC ${limit}`,
  )
    .all(params)
    .map((row) => row.at);
}

/** The ids among `ids` that name no entry. */
export function missingEntryIds(db: Db, ids: number[]): number[] {
  const found = new Set(
    sql<{ id: number }>(db, 'SELECT id FROM entries WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ids))
      .map((row) => row.id),
  );
  return ids.filter((id) => !found.has(id));
}
