import type { PromptSet } from '../domain/types.js';
import { type Db, sql } from './db.js';

export interface StoredSet {
  set: PromptSet;
  source: 'builtin' | 'installed';
  yaml: string | null;
  addedAt: string;
  /** When `prompts remove` marked the set removed (its versions kept for their entries); null while installed. */
  removedAt: string | null;
}

/** A prompt_sets row. */
export interface SetRow {
  id: string;
  version: number;
  source: 'builtin' | 'installed';
  definition: string;
  yaml: string | null;
  added_at: string;
  removed_at: string | null;
}

/**
 * Keeps a copy of the set version an entry or draft uses, so the journal is self-contained. A version already
 * here is left as it is; `removedAt` (an import of a set removed where it came from) applies to a new copy only.
 */
export function snapshotSet(
  db: Db,
  set: PromptSet,
  source: StoredSet['source'],
  yaml: string | null,
  now: string,
  removedAt: string | null = null,
): void {
  sql(
    db,
    `INSERT INTO prompt_sets (id, version, title, source, definition, yaml, added_at, removed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id, version) DO NOTHING`,
  ).run(set.id, set.version, set.title, source, JSON.stringify(set), yaml, now, removedAt);
}

export function getStoredSet(db: Db, id: string, version: number): StoredSet | undefined {
  const row = sql<SetRow>(db, 'SELECT * FROM prompt_sets WHERE id = ? AND version = ?').get(id, version);
  return row ? toStored(row) : undefined;
}

/** Every stored set version: installed, removed but kept, and snapshots of built-in ones. */
export function allStoredSets(db: Db): StoredSet[] {
  return sql<SetRow>(db, 'SELECT * FROM prompt_sets ORDER BY id, version').all().map(toStored);
}

/** Installed sets only (not removed ones); built-in ones are read from prompts/. Newest version last. */
export function listInstalledSets(db: Db): StoredSet[] {
  return sql<SetRow>(
    db,
    "SELECT * FROM prompt_sets WHERE source = 'installed' AND removed_at IS NULL ORDER BY id, version",
  )
    .all()
    .map(toStored);
}

export function toStored(row: SetRow): StoredSet {
  return {
    set: JSON.parse(row.definition),
    source: row.source,
    yaml: row.yaml,
    addedAt: row.added_at,
    removedAt: row.removed_at,
  };
}

export interface VersionRow {
  version: number;
  source: 'builtin' | 'installed';
  definition: string;
  removedAt: string | null;
  entries: number;
  drafts: number;
}

/** Whether any version of the set is stored (installed, removed but kept, or a built-in's snapshot). */
export function hasStoredSet(db: Db, id: string): boolean {
  return sql(db, 'SELECT 1 FROM prompt_sets WHERE id = ? LIMIT 1').get(id) !== undefined;
}

/** Every stored version of a set (removed ones too), oldest first, with how many entries and drafts use it. */
export function storedVersions(db: Db, id: string): VersionRow[] {
  return sql<VersionRow>(
    db,
    `SELECT s.version, s.source, s.definition, s.removed_at AS removedAt,
       (SELECT count(*) FROM entries e WHERE e.set_id = s.id AND e.set_version = s.version) AS entries,
       (SELECT count(*) FROM drafts d WHERE d.set_id = s.id AND d.set_version = s.version) AS drafts
     FROM prompt_sets s WHERE s.id = ? ORDER BY s.version`,
  ).all(id);
}

/** Stores an installed set version (a new one, or a forced replacement of an unused one). */
export function putInstalledSet(db: Db, set: PromptSet, yaml: string, now: string): void {
  sql(
    db,
    `INSERT INTO prompt_sets (id, version, title, source, definition, yaml, added_at, removed_at)
     VALUES (@id, @version, @title, 'installed', @definition, @yaml, @now, NULL)
     ON CONFLICT (id, version) DO UPDATE SET title = excluded.title, definition = excluded.definition,
       yaml = excluded.yaml, added_at = excluded.added_at, removed_at = NULL`,
  ).run({ id: set.id, version: set.version, title: set.title, definition: JSON.stringify(set), yaml, now });
}

/** Makes removed versions of a set current again (re-adding a file identical to one that was removed). */
export function restoreSet(db: Db, id: string): void {
  sql(db, 'UPDATE prompt_sets SET removed_at = NULL WHERE id = ?').run(id);
}

/**
 * Removes an installed set: versions no entry or draft uses are deleted; the others stay (entries keep their
 * questions) but are marked removed, so the set is no longer offered. Returns how many versions were kept.
 */
export function removeInstalledSet(db: Db, id: string, now: string): { deleted: number; kept: number } {
  const { changes } = sql(
    db,
    `DELETE FROM prompt_sets WHERE id = ? AND source = 'installed'
       AND NOT EXISTS (SELECT 1 FROM entries e WHERE e.set_id = prompt_sets.id AND e.set_version = prompt_sets.version)
       AND NOT EXISTS (SELECT 1 FROM drafts d WHERE d.set_id = prompt_sets.id AND d.set_version = prompt_sets.version)`,
  ).run(id);
  const kept = sql(
    db,
    "UPDATE prompt_sets SET removed_at = ? WHERE id = ? AND source = 'installed' AND removed_at IS NULL",
  ).run(now, id).changes;
  return { deleted: changes, kept };
}

/** Entries per set id (all versions), for `reflect prompts list`. */
export function entryCountsBySet(db: Db): Map<string, number> {
  const rows = sql<{ set_id: string; n: number }>(
    db,
    'SELECT set_id, count(*) AS n FROM entries GROUP BY set_id',
  ).all();
  return new Map(rows.map((r) => [r.set_id, r.n]));
}
