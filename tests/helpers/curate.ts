import Database from 'better-sqlite3';
import { FIXTURES, reflect } from './cli.js';

/** Every row that makes up the journal's entries and trash, to assert that a refused command changed nothing. */
export function dumpJournal(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = ['entries', 'answers', 'entry_people', 'entry_tags', 'people', 'tags', 'trash'];
    return JSON.stringify(
      Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()])),
    );
  } finally {
    db.close();
  }
}

/** Writes the budget-review fixture as a new entry; returns its id. */
export function addEntry(db: string, args: string[] = [], env: Record<string, string> = {}): number {
  const result = reflect(
    ['new', '--set', 'left-hand-column', '--answers', `${FIXTURES}/answers/lhc-budget.json`, ...args],
    { db, env },
  );
  if (result.code !== 0) throw new Error(`reflect new failed: ${result.stderr}`);
  return Number(result.stdout.trim());
}
