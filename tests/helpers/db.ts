import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';

/** Every row of every table (and the schema version), to assert that a refused command changed nothing. */
export function dbSnapshot(path: string): string {
  if (!existsSync(path)) return '(no journal)';
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as Array<{ name: string }>;
    const dump: Record<string, unknown> = { version: db.pragma('user_version', { simple: true }) };
    for (const { name } of tables) dump[name] = db.prepare(`SELECT * FROM "${name}"`).all();
    return JSON.stringify(dump);
  } finally {
    db.close();
  }
}
