import { type Db, sql } from './db.js';

/** The rows whose ids people see and type back; see migration 0012 (`id_marks`). */
export type IdKind = 'entries' | 'statements' | 'assumption_groups' | 'drafts';

const present = (table: string) => `coalesce((SELECT max(id) FROM ${table}), 0)`;

/**
 * SQL for the id a new row of `kind` takes: above every row present (an entry's also above the trash) and above
 * every one removed, so an id never names a second thing. For an INSERT's VALUES, inside the same statement.
 */
export function newId(kind: IdKind): string {
  const mark = `(SELECT last FROM id_marks WHERE kind = '${kind}')`;
  const tables = kind === 'entries' ? ['entries', 'trash'] : [kind];
  return `(max(${[...tables.map(present), mark].join(', ')}) + 1)`;
}

/** The id the next new row of `kind` takes (for writers that count ids themselves, as imports do). */
export function nextId(db: Db, kind: IdKind): number {
  return sql<{ id: number }>(db, `SELECT ${newId(kind)} AS id`).get()!.id;
}
