import { closeSync, linkSync, mkdirSync, openSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index.js';

export type Db = Database.Database;

/** 'RFLT': marks a SQLite file as a reflect journal, so another program's database is never migrated. */
export const APPLICATION_ID = 0x52464c54;
/** A second process waits this long for the write lock instead of failing with "database is locked". */
const BUSY_TIMEOUT_MS = 10_000;

export interface Store {
  db: Db;
  path: string;
  close(): void;
}

/**
 * Opens (creating on first use) the journal at `path` and brings its schema up to date.
 * A file that is not a reflect journal, or one written by a newer reflect, is refused untouched.
 */
export function openStore(path: string): Store {
  const existing = statOrNull(path);
  if (existing?.isDirectory()) {
    throw new UserError(`${path} is a directory, not a journal file`, { hint: 'pass --db with a file path' });
  }
  if (!existing) createJournal(path);
  else if (existing.size === 0) {
    // We never leave an empty file behind (see createJournal), so this one is not ours.
    throw new UserError(`${path} is an empty file, not a reflect journal`, {
      hint: 'remove it to start a new journal there, or pass --db with another path',
    });
  }

  const db = connect(path);
  try {
    const { version, appId } = readHeader(db, path);
    if (appId !== APPLICATION_ID) {
      throw new UserError(`${path} is an SQLite database but not a reflect journal`, {
        hint: 'pass --db with the path of your journal',
      });
    }
    if (version > SCHEMA_VERSION) {
      throw new UserError(
        `${basename(path)} was written by a newer reflect (schema ${version} > ${SCHEMA_VERSION}); upgrade reflect`,
      );
    }
    if (version < SCHEMA_VERSION) migrate(db, version);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, path, close: () => db.close() };
}

function connect(path: string): Db {
  const db = new Database(path, { fileMustExist: true });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
  return db;
}

function readHeader(db: Db, path: string): { version: number; appId: number } {
  try {
    const row = db
      .prepare(
        'SELECT user_version AS version, application_id AS appId FROM pragma_user_version, pragma_application_id',
      )
      .get() as { version: number; appId: number } | undefined;
    return row ?? { version: 0, appId: 0 };
  } catch (error) {
    throw describeOpenError(error, path);
  }
}

/** Each migration runs in its own transaction, so a failure leaves the previous schema intact. */
export function migrate(db: Db, from: number, to: number = SCHEMA_VERSION): void {
  for (let version = from + 1; version <= to; version++) {
    const step = db.transaction(() => {
      db.exec(MIGRATIONS[version - 1]!);
      db.pragma(`user_version = ${version}`);
    });
    step.immediate();
  }
}

/**
 * Builds the new journal beside its final path and links it into place, so that a journal file at `path`
 * is always fully initialised — even when two processes create it at the same moment.
 */
function createJournal(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  closeSync(openSync(temp, 'wx', 0o600));
  try {
    const db = new Database(temp);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(db, 0);
    } finally {
      db.close();
    }
    try {
      linkSync(temp, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  } finally {
    unlinkSync(temp);
  }
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Turns SQLite's codes into one line a person can act on. */
export function describeOpenError(error: unknown, path: string): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_NOTADB')
    return new UserError(`${path} is not a reflect journal (not an SQLite database)`);
  if (code === 'SQLITE_CORRUPT') {
    return new UserError(`${path} is damaged (SQLite reports corruption)`, {
      hint: 'restore a backup, or point --db at another file',
    });
  }
  return describeSqliteError(error, path);
}

export function describeSqliteError(error: unknown, path: string): unknown {
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_IOERR')) {
    return new UserError(
      `cannot write to the journal at ${path} (${code.toLowerCase().replace(/_/g, ' ')})`,
      {
        hint: 'check the file and folder permissions',
      },
    );
  }
  if (code.startsWith('SQLITE_BUSY')) {
    return new UserError(`the journal at ${path} is busy (another reflect is writing)`, {
      hint: 'try again in a moment',
    });
  }
  return error;
}

const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();

/** Prepared statements are compiled once per connection. */
export function sql<Row = unknown>(db: Db, text: string): Database.Statement<unknown[], Row> {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let statement = cache.get(text);
  if (!statement) {
    statement = db.prepare(text);
    cache.set(text, statement);
  }
  return statement as Database.Statement<unknown[], Row>;
}
