import type { PromptSet } from '../domain/types.js';
import { type Db, sql } from './db.js';

export interface StoredSet {
  set: PromptSet;
  source: 'builtin' | 'installed';
  yaml: string | null;
  addedAt: string;
}

interface SetRow {
  id: string;
  version: number;
  source: 'builtin' | 'installed';
  definition: string;
  yaml: string | null;
  added_at: string;
}

/** Keeps a copy of the set version an entry or draft uses, so the journal is self-contained. */
export function snapshotSet(
  db: Db,
  set: PromptSet,
  source: StoredSet['source'],
  yaml: string | null,
  now: string,
): void {
  sql(
    db,
    `INSERT INTO prompt_sets (id, version, title, source, definition, yaml, added_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id, version) DO NOTHING`,
  ).run(set.id, set.version, set.title, source, JSON.stringify(set), yaml, now);
}

export function getStoredSet(db: Db, id: string, version: number): StoredSet | undefined {
  const row = sql<SetRow>(db, 'SELECT * FROM prompt_sets WHERE id = ? AND version = ?').get(id, version);
  return row ? toStored(row) : undefined;
}

/** Installed sets only; built-in ones are read from prompts/. Newest version last. */
export function listInstalledSets(db: Db): StoredSet[] {
  return sql<SetRow>(db, "SELECT * FROM prompt_sets WHERE source = 'installed' ORDER BY id, version")
    .all()
    .map(toStored);
}

function toStored(row: SetRow): StoredSet {
  return { set: JSON.parse(row.definition), source: row.source, yaml: row.yaml, addedAt: row.added_at };
}
