import type { Db } from './db.js';

/** What `reflect doctor` reads from the database itself (file facts are gathered by the command). */
export interface DbFacts {
  schemaVersion: number;
  journalMode: string;
  /** 'ok', or SQLite's list of problems (at most 20). */
  integrity: string[];
  /** Rows that point at something missing. */
  foreignKeyProblems: Array<{ table: string; rowid: number | null; parent: string }>;
  /** Row counts of the tables that exist in this journal (see COUNTED). */
  counts: Record<string, number>;
  drafts: { pending: number; oldestUpdatedAt: string | null };
}

/**
 * Tables counted when present, so doctor works before and after other features add theirs.
 * Branches: add your table here with the label doctor shows.
 */
const COUNTED: Array<[table: string, label: string]> = [
  ['entries', 'entries'],
  ['drafts', 'drafts'],
  ['prompt_sets', 'prompt set versions'],
  ['people', 'people'],
  ['tags', 'tags'],
  ['statements', 'assumption statements'],
  ['assumption_groups', 'assumption groups'],
  ['assignments', 'assignments'],
];

/** Read-only checks; none of these statements writes. */
export function readDbFacts(db: Db): DbFacts {
  const tables = new Set(
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[],
  );
  const counts: Record<string, number> = {};
  for (const [table, label] of COUNTED) {
    if (!tables.has(table)) continue;
    counts[label] = db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
  }
  const drafts = tables.has('drafts')
    ? (db.prepare('SELECT count(*) AS pending, min(updated_at) AS oldest FROM drafts').get() as {
        pending: number;
        oldest: string | null;
      })
    : { pending: 0, oldest: null };
  return {
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    integrity: (db.pragma('integrity_check(20)') as Array<{ integrity_check: string }>).map(
      (r) => r.integrity_check,
    ),
    foreignKeyProblems: (
      db.pragma('foreign_key_check') as Array<{ table: string; rowid: number | null; parent: string }>
    ).map(({ table, rowid, parent }) => ({ table, rowid, parent })),
    counts,
    drafts: { pending: drafts.pending, oldestUpdatedAt: drafts.oldest },
  };
}
