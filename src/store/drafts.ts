import type { AnswerMap, AnswerValue, Draft, EntryMeta } from '../domain/types.js';
import { type Db, sql } from './db.js';
import { newId } from './ids.js';

interface DraftRow {
  id: number;
  set_id: string;
  set_version: number;
  meta: string;
  answers: string;
  partial: string | null;
  created_at: string;
  updated_at: string;
}

export function createDraft(db: Db, setId: string, setVersion: number, meta: EntryMeta, now: string): number {
  const { lastInsertRowid } = sql(
    db,
    `INSERT INTO drafts (id, set_id, set_version, meta, answers, created_at, updated_at)
     VALUES (${newId('drafts')}, ?, ?, ?, '{}', ?, ?)`,
  ).run(setId, setVersion, JSON.stringify(meta), now, now);
  return Number(lastInsertRowid);
}

/** One statement per save, so a kill at any moment leaves either the old or the new draft. */
export function saveDraft(
  db: Db,
  id: number,
  state: {
    answers: AnswerMap;
    meta: EntryMeta;
    partial?: { stepId: string; value: AnswerValue } | undefined;
  },
  now: string,
): void {
  sql(db, 'UPDATE drafts SET answers = ?, meta = ?, partial = ?, updated_at = ? WHERE id = ?').run(
    JSON.stringify(state.answers),
    JSON.stringify(state.meta),
    state.partial ? JSON.stringify(state.partial) : null,
    now,
    id,
  );
}

export function getDraft(db: Db, id: number): Draft | undefined {
  const row = sql<DraftRow>(db, 'SELECT * FROM drafts WHERE id = ?').get(id);
  return row ? toDraft(row) : undefined;
}

export function listDrafts(db: Db): Draft[] {
  return sql<DraftRow>(db, 'SELECT * FROM drafts ORDER BY updated_at DESC, id DESC').all().map(toDraft);
}

export function deleteDraft(db: Db, id: number): boolean {
  return sql(db, 'DELETE FROM drafts WHERE id = ?').run(id).changes > 0;
}

function toDraft(row: DraftRow): Draft {
  return {
    id: row.id,
    setId: row.set_id,
    setVersion: row.set_version,
    meta: JSON.parse(row.meta),
    answers: JSON.parse(row.answers),
    partial: row.partial ? JSON.parse(row.partial) : undefined,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
