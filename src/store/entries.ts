import type { EntryChanges } from '../domain/entry-edit.js';
import type { Answer, AnswerMap, Entry, PromptSet } from '../domain/types.js';
import { type Db, sql } from './db.js';

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

interface EntryRow {
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
 * A new id is above every id in use or in the trash: SQLite alone would hand a deleted entry's number to the
 * next new entry, and `reflect restore 12` could then not put entry 12 back.
 */
export function insertEntry(db: Db, entry: NewEntry): number {
  const { lastInsertRowid } = sql(
    db,
    `INSERT INTO entries (id, uuid, set_id, set_version, title, occurred_at, utc_offset, created_at, updated_at, starred)
     VALUES (coalesce(@id, max(coalesce((SELECT max(id) FROM entries), 0), coalesce((SELECT max(id) FROM trash), 0)) + 1),
       @uuid, @setId, @setVersion, @title, @occurredAt, @utcOffset, @createdAt, @updatedAt, @starred)`,
  ).run({
    id: entry.id ?? null,
    uuid: entry.uuid,
    setId: entry.set.id,
    setVersion: entry.set.version,
    title: entry.title,
    occurredAt: entry.occurredAt,
    utcOffset: entry.utcOffset,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt ?? entry.createdAt,
    starred: entry.starred ? 1 : 0,
  });
  const id = Number(lastInsertRowid);
  replaceAnswers(db, id, entry.set, entry.answers);
  replacePeople(db, id, entry.people);
  replaceTags(db, id, entry.tags);
  return id;
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
    people: namesOf(db, row.id, 'people', 'entry_people', 'person_id'),
    tags: namesOf(db, row.id, 'tags', 'entry_tags', 'tag_id'),
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
  occurredAt: string;
  starred: boolean;
  people: string[];
  tags: string[];
}

export interface ListQuery {
  limit: number;
}

export function listEntries(db: Db, query: ListQuery): EntrySummary[] {
  const rows = sql<EntryRow & { context: string | null; people: string | null; tags: string | null }>(
    db,
    `SELECT e.*,
       (SELECT a.value FROM answers a WHERE a.entry_id = e.id AND a.role = 'context' ORDER BY a.position LIMIT 1) AS context,
       (SELECT json_group_array(name) FROM (SELECT p.name FROM entry_people ep JOIN people p ON p.id = ep.person_id
          WHERE ep.entry_id = e.id ORDER BY ep.position)) AS people,
       (SELECT json_group_array(name) FROM (SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id
          WHERE et.entry_id = e.id ORDER BY et.position)) AS tags
     FROM entries e
     ORDER BY e.occurred_at DESC, e.id DESC
     LIMIT @limit`,
  ).all({ limit: query.limit });
  return rows.map((row) => ({
    id: row.id,
    uuid: row.uuid,
    setId: row.set_id,
    title: row.title,
    context: row.context === null ? null : contextText(JSON.parse(row.context)),
    occurredAt: row.occurred_at,
    starred: row.starred === 1,
    people: row.people ? JSON.parse(row.people) : [],
    tags: row.tags ? JSON.parse(row.tags) : [],
  }));
}

function contextText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return null;
}

export function countEntries(db: Db): number {
  return sql<{ n: number }>(db, 'SELECT count(*) AS n FROM entries').get()!.n;
}
