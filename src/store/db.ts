import {
  closeSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { nameKey } from '../domain/names.js';
import { UserError } from '../errors.js';
import { errnoCode, fsReason, isDiskFull } from '../fs-errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index.js';

export type Db = Database.Database;

/** 'RFLT': marks a SQLite file as a reflect journal, so another program's database is never migrated. */
export const APPLICATION_ID = 0x52464c54;
/** A second process waits this long for the write lock instead of failing with "database is locked". */
export const BUSY_TIMEOUT_MS = 10_000;

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
  const existing = checkPath(path);
  if (!existing) createJournal(path);

  const { db, version } = openChecked(path);
  try {
    if (version < SCHEMA_VERSION) migrate(db, version);
    restoreWal(db, 0);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, path, close: () => db.close() };
}

/**
 * Puts a journal back in WAL mode when a bulk import (`withRollbackJournal` in transfer.ts) left it in
 * rollback mode — after it, or, when it was killed, at the next open (which has rolled the import back).
 * Waits up to `waitMs` for other connections; when that is not enough the mode stays until the next open.
 */
export function restoreWal(db: Db, waitMs: number): void {
  if (db.readonly || db.pragma('journal_mode', { simple: true }) !== 'delete') return;
  db.pragma(`busy_timeout = ${waitMs}`);
  try {
    db.pragma('journal_mode = WAL');
  } catch (error) {
    const code = String((error as { code?: unknown }).code);
    if (!/^SQLITE_(BUSY|LOCKED|READONLY)/.test(code)) throw error;
  } finally {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
}

export interface InspectedStore extends Store {
  version: number;
  /** Opened as an in-memory copy because the folder is read-only (see `openChecked`). */
  copy: boolean;
}

/**
 * Opens an existing journal for reading only: never creates, never migrates (`reflect doctor`).
 * Returns undefined when there is no file at `path`.
 */
export function inspectStore(path: string): InspectedStore | undefined {
  if (!checkPath(path)) return undefined;
  const opened = openChecked(path, { readonly: true });
  return { ...opened, path, close: () => opened.db.close() };
}

/** Refuses a directory or an empty file; returns the file's stats, or null when there is no file yet. */
function checkPath(path: string) {
  const existing = statOrNull(path);
  if (existing?.isDirectory()) {
    throw new UserError(`${path} is a folder, not a journal file`, { hint: 'pass --db with a file path' });
  }
  if (existing && existing.size === 0) {
    // We never leave an empty file behind (see createJournal), so this one is not ours.
    throw new UserError(`${path} is an empty file, not a reflect journal`, {
      hint: 'remove it to start a new journal there, or pass --db with another path',
    });
  }
  return existing;
}

/** Connects and checks the header: a reflect journal, not newer than this reflect. Nothing is written. */
function openChecked(
  path: string,
  options: { readonly?: boolean } = {},
): { db: Db; version: number; copy: boolean } {
  let db = connect(path, options.readonly ?? false);
  let copy = false;
  let header: { version: number; appId: number };
  try {
    header = readHeader(db);
  } catch (error) {
    db.close();
    if (!isReadOnlyFolder(error)) throw describeOpenError(error, path);
    db = connectCopy(path);
    copy = true;
    try {
      header = readHeader(db);
    } catch (copyError) {
      db.close();
      throw describeOpenError(copyError, path);
    }
  }
  try {
    if (header.appId !== APPLICATION_ID) {
      throw new UserError(`${path} is an SQLite database but not a reflect journal`, {
        hint: 'pass --db with the path of your journal',
      });
    }
    if (header.version > SCHEMA_VERSION) {
      throw new UserError(
        `${basename(path)} was written by a newer reflect (schema ${header.version} > ${SCHEMA_VERSION}); upgrade reflect`,
      );
    }
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, version: header.version, copy };
}

/** SQLite cannot read a WAL journal in place when it may not create the `-shm` file beside it. */
function isReadOnlyFolder(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'SQLITE_READONLY_DIRECTORY' || code === 'SQLITE_CANTOPEN';
}

/**
 * A journal in a read-only folder (a mounted backup, a shared drive) is read from an in-memory copy, so
 * `list` and `show` still work; every write is refused as read-only. Not when a `-wal` file holds changes
 * the copy would miss.
 */
function connectCopy(path: string): Db {
  if ((statOrNull(`${path}-wal`)?.size ?? 0) > 0) {
    throw new UserError(
      `cannot read ${path}: its folder is read-only and ${basename(path)}-wal holds recent changes`,
      {
        hint: 'open it once where its folder is writable, or copy all three files elsewhere',
      },
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw fileError(error, path);
  }
  // Header bytes 18–19 say "WAL"; an in-memory database must use the rollback format to open.
  if (bytes.length >= 20) bytes.fill(1, 18, 20);
  try {
    const db = openDatabase(bytes, { readonly: true });
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    throw describeOpenError(error, path);
  }
}

/**
 * The build bundles better-sqlite3's JavaScript and loads its native addon straight from the installed
 * package: its `bindings` lookup walks the file system and the call stack on every start (≈ 5 ms of `list`).
 * Only an unusual build location (no build/Release) falls back to `bindings`, pointed at the package.
 */
let addon: string | object | undefined;
function nativeBinding(): string | object {
  addon ??= findAddon();
  return addon;
}

function findAddon(): string | object {
  // Where node's own lookup from dist/cli.js looks first; asking node to resolve the package costs ≈ 0.5 ms.
  const beside = fileURLToPath(
    new URL('../node_modules/better-sqlite3/build/Release/better_sqlite3.node', import.meta.url),
  );
  if (existsSync(beside)) return beside;
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('better-sqlite3/package.json'));
  const path = join(root, 'build', 'Release', 'better_sqlite3.node');
  return existsSync(path)
    ? path
    : (require('bindings') as (o: object) => object)({
        bindings: 'better_sqlite3.node',
        module_root: root,
      });
}

export function openDatabase(path: string | Buffer, options: Database.Options = {}): Db {
  // The types say string; better-sqlite3 also takes the loaded addon object.
  return new Database(path, { ...options, nativeBinding: nativeBinding() as string });
}

function connect(path: string, readonly: boolean): Db {
  let db: Db;
  try {
    db = openDatabase(path, { fileMustExist: true, readonly });
  } catch (error) {
    throw describeOpenError(error, path);
  }
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
  return db;
}

/** The first read of the file: where a damaged or foreign file shows itself. Throws SQLite's own error. */
function readHeader(db: Db): { version: number; appId: number } {
  const row = db
    .prepare(
      'SELECT user_version AS version, application_id AS appId FROM pragma_user_version, pragma_application_id',
    )
    .get() as { version: number; appId: number } | undefined;
  return row ?? { version: 0, appId: 0 };
}

/**
 * Each migration runs in its own transaction, so a failure leaves the previous schema intact. The version is
 * read again inside the write lock: two processes opening an old journal at once migrate it only once.
 */
export function migrate(db: Db, from: number, to: number = SCHEMA_VERSION): void {
  // Migration 0011 compares names as the application does; SQLite's own lower() folds only A–Z.
  db.function('name_key', { deterministic: true }, (name: unknown) => nameKey(String(name)));
  for (let version = from + 1; version <= to; version++) {
    const step = db.transaction(() => {
      if ((db.pragma('user_version', { simple: true }) as number) >= version) return;
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
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    closeSync(openSync(temp, 'wx', 0o600));
  } catch (error) {
    throw fileError(error, path);
  }
  try {
    const db = openDatabase(temp);
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
    throw fileError(error, path);
  }
}

/** File-system failures around the journal, as one line. */
function fileError(error: unknown, path: string): unknown {
  const reason = fsReason(error, { ENOTDIR: 'a part of the path is a file, not a folder' });
  if (!reason) return error;
  const code = errnoCode(error);
  const hint = 'check the path and its permissions, or pass --db with another path';
  if (code === 'EACCES' || code === 'EPERM')
    return new UserError(`cannot create or open the journal at ${path} (${reason})`, { hint });
  if (code === 'ENOTDIR') return new UserError(`cannot use ${path}: ${reason}`, { hint });
  return new UserError(`cannot create the journal at ${path}: ${reason}`, isDiskFull(error) ? {} : { hint });
}

/** Turns SQLite's codes into one line a person can act on. */
export function describeOpenError(error: unknown, path: string): unknown {
  return describeSqliteError(error, path);
}

export function describeSqliteError(error: unknown, path: string): unknown {
  if (error instanceof UserError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB')
    return new UserError(`${path} is not a reflect journal (not an SQLite database)`);
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new UserError(`${path} is damaged (SQLite reports corruption)`, {
      hint: 'run reflect doctor; restore a backup, or point --db at another file',
    });
  }
  if (code === 'SQLITE_READONLY_ROLLBACK') {
    // A bulk import that was killed (see withRollbackJournal in transfer.ts) left its rollback journal.
    return new UserError(
      `${path} holds an interrupted write (${basename(path)}-journal) that must be undone before it can be read here`,
      { hint: 'any reflect command that opens it normally (e.g. reflect list) undoes it; then try again' },
    );
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new UserError(`the journal at ${path} is read-only; nothing was changed`, {
      hint: 'check the permissions of the file and its folder (reading still works: list, show)',
    });
  }
  if (code === 'SQLITE_FULL') return new UserError(`the disk holding ${path} is full; nothing was changed`);
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM') {
    // The folder was checked before opening; what is left is a file this user may not read or write.
    return new UserError(`cannot open the journal at ${path} (permission denied)`, {
      hint: 'check the file and folder permissions, or pass --db with another path',
    });
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new UserError(`cannot read or write the journal at ${path} (a disk or file-system error)`, {
      hint: 'check the disk and the file and folder permissions',
    });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
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

/** What `othersWrote` saw last. */
export interface WriteWatch {
  version?: unknown;
}

/**
 * Whether another connection has committed to the database since the last call with this watch (the first call:
 * true). SQLite's data_version moves for those commits only, never for this connection's own: what a long task
 * read and kept up to date itself stays valid while this answers false.
 */
export function othersWrote(db: Db, watch: WriteWatch): boolean {
  const version = db.pragma('data_version', { simple: true });
  const changed = !('version' in watch) || version !== watch.version;
  watch.version = version;
  return changed;
}
