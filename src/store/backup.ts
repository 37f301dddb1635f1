import { existsSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { APPLICATION_ID, type Db, openDatabase } from './db.js';
import { SCHEMA_VERSION } from './migrations/index.js';

/**
 * A consistent copy of the open journal through SQLite's online backup API: pages are copied while other
 * connections keep writing (the copy restarts on a change, as SQLite documents). Written beside the target
 * and renamed into place; the copy is a single self-contained file (rollback journal, not WAL).
 */
export async function backupJournal(db: Db, target: string): Promise<{ bytes: number }> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    await db.backup(temp);
    const copy = openDatabase(temp);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    renameSync(temp, target);
  } catch (error) {
    if (existsSync(temp)) unlinkSync(temp);
    throw error;
  }
  return { bytes: statSync(target).size };
}

export interface Verified {
  schema: number;
  entries: number;
}

/** Opens a file read-only and checks that it is an intact reflect journal this version can open. */
export function verifyJournalFile(path: string): Verified {
  if (!existsSync(path)) throw new UserError(`${path}: no such file`);
  // SQLite opens a folder and then fails with "disk I/O error".
  if (statSync(path).isDirectory()) throw new UserError(`${path} is a folder, not a journal file`);
  let db: Db;
  try {
    db = openDatabase(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new UserError(`${path}: cannot open (${(error as Error).message})`);
  }
  try {
    const header = readHeader(db, path);
    if (header.appId !== APPLICATION_ID)
      throw new UserError(`${path} is an SQLite database but not a reflect journal`);
    if (header.version > SCHEMA_VERSION) {
      throw new UserError(
        `${path} was written by a newer reflect (schema ${header.version} > ${SCHEMA_VERSION})`,
        {
          hint: 'upgrade reflect to restore it',
        },
      );
    }
    const problems = db.pragma('integrity_check') as { integrity_check: string }[];
    const first = problems[0]?.integrity_check ?? 'no answer';
    if (first !== 'ok') throw new UserError(`${path} is damaged: ${first}`);
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length > 0)
      throw new UserError(`${path} is damaged: ${fk.length} broken references between tables`);
    const entries = (db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
    return { schema: header.version, entries };
  } finally {
    db.close();
  }
}

function readHeader(db: Db, path: string): { version: number; appId: number } {
  try {
    return db
      .prepare(
        'SELECT user_version AS version, application_id AS appId FROM pragma_user_version, pragma_application_id',
      )
      .get() as { version: number; appId: number };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB')
      throw new UserError(`${path} is not a reflect journal (not an SQLite database)`);
    if (code === 'SQLITE_CORRUPT') throw new UserError(`${path} is damaged (SQLite reports corruption)`);
    throw error;
  }
}
