import type { Entry, PromptSet } from '../domain/types.js';
import type { StatementSnapshot } from './assumptions.js';
import { type Db, sql } from './db.js';

/** Everything needed to put an entry back exactly, even if its prompt set version was removed meanwhile. */
export interface TrashSnapshot {
  entry: Entry;
  set: PromptSet;
  setSource: 'builtin' | 'installed';
  setYaml: string | null;
  /** Its assumption statements and how the person linked them (absent in snapshots from before this was kept). */
  statements?: StatementSnapshot | undefined;
}

export interface TrashedEntry extends TrashSnapshot {
  deletedAt: string;
}

interface TrashRow {
  id: number;
  uuid: string;
  snapshot: string;
  deleted_at: string;
}

/** How long deleted entries wait in the trash. */
export const TRASH_DAYS = 30;

export function insertTrashed(db: Db, snapshot: TrashSnapshot, deletedAt: string): void {
  sql(db, 'INSERT INTO trash (id, uuid, snapshot, deleted_at) VALUES (?, ?, ?, ?)').run(
    snapshot.entry.id,
    snapshot.entry.uuid,
    JSON.stringify(snapshot),
    deletedAt,
  );
}

export function getTrashed(db: Db, id: number): TrashedEntry | undefined {
  const row = sql<TrashRow>(db, 'SELECT * FROM trash WHERE id = ?').get(id);
  return row ? hydrate(row) : undefined;
}

export function isTrashed(db: Db, id: number): boolean {
  return sql(db, 'SELECT 1 FROM trash WHERE id = ?').get(id) !== undefined;
}

/** Most recently deleted first. */
export function listTrash(db: Db): TrashedEntry[] {
  return sql<TrashRow>(db, 'SELECT * FROM trash ORDER BY deleted_at DESC, id DESC').all().map(hydrate);
}

export function removeTrashed(db: Db, id: number): boolean {
  return sql(db, 'DELETE FROM trash WHERE id = ?').run(id).changes > 0;
}

/** Removes entries deleted before `cutoff` (an ISO instant); returns how many. */
export function purgeTrashBefore(db: Db, cutoff: string): number {
  return sql(db, 'DELETE FROM trash WHERE deleted_at < ?').run(cutoff).changes;
}

export function emptyTrash(db: Db): number {
  return sql(db, 'DELETE FROM trash').run().changes;
}

function hydrate(row: TrashRow): TrashedEntry {
  return { ...(JSON.parse(row.snapshot) as TrashSnapshot), deletedAt: row.deleted_at };
}
