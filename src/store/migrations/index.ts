import init from './0001-init.js';
import trash from './0003-trash.js';

/** Migration n (1-based) brings a database from schema n-1 to n. Append only. */
export const MIGRATIONS: readonly string[] = [init, trash];
export const SCHEMA_VERSION = MIGRATIONS.length;
