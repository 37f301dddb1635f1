import init from './0001-init.js';
import search from './0002-search.js';
import trash from './0003-trash.js';
import assignments from './0004-assignments.js';

/** Migration n (1-based) brings a database from schema n-1 to n. Append only. */
export const MIGRATIONS: readonly string[] = [init, search, trash, assignments];
export const SCHEMA_VERSION = MIGRATIONS.length;
