import type { EntryQuery } from '../domain/query.js';
import { UserError } from '../errors.js';
import { type Db, sql } from './db.js';
import { type EntrySummary, entryFilter, entrySummaries } from './entries.js';

/** Marks the start and end of a match inside a snippet; the renderer turns them into colour (or nothing). */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

export interface SearchHit {
  entry: EntrySummary;
  /** bm25 score (lower is a better match). */
  score: number;
  /** A few words around the best match, with matches between MATCH_START and MATCH_END. */
  snippet: string;
}

/**
 * Full-text search within the entries the query selects, best matches first (bm25; title matches weigh
 * more, see migration 0002). `match` is an FTS5 query (domain/search-query.ts). One statement: with
 * `ORDER BY rank LIMIT n`, FTS5 sorts the matches itself and snippets are made for the n rows returned only.
 */
export function searchEntries(db: Db, match: string, query: EntryQuery, rawQuery: string): SearchHit[] {
  const { where, params } = entryFilter(query);
  const limit = query.limit === undefined ? '' : 'LIMIT @limit';
  if (query.limit !== undefined) params.limit = query.limit;
  Object.assign(params, { match, start: MATCH_START, end: MATCH_END });
  // Without filters, FTS5 alone ranks and cuts (no lookup of every matching entry).
  const text = where
    ? `SELECT e.id, s.rank AS score, snippet(entry_search, -1, @start, @end, '…', 16) AS snippet
       FROM entry_search s JOIN entries e ON e.id = s.rowid
       WHERE entry_search MATCH @match AND ${where.replace(/^WHERE /, '')}
       ORDER BY s.rank ${limit}`
    : `SELECT rowid AS id, rank AS score, snippet(entry_search, -1, @start, @end, '…', 16) AS snippet
       FROM entry_search WHERE entry_search MATCH @match ORDER BY rank ${limit}`;
  const ranked = guard(rawQuery, () =>
    sql<{ id: number; score: number; snippet: string }>(db, text).all(params),
  );
  const summaries = new Map(
    entrySummaries(
      db,
      ranked.map((row) => row.id),
    ).map((e) => [e.id, e]),
  );
  return ranked.flatMap((row) => {
    const entry = summaries.get(row.id);
    return entry ? [{ entry, score: row.score, snippet: row.snippet ?? '' }] : [];
  });
}

/** FTS5 reports query syntax problems as SQLITE_ERROR "fts5: …": those are the user's to fix. */
function guard<T>(rawQuery: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const message = (error as Error).message ?? '';
    if ((error as { code?: string }).code === 'SQLITE_ERROR' && /fts5|syntax|no such column/i.test(message)) {
      throw new UserError(`cannot search for ${JSON.stringify(rawQuery)}: not a valid search query`, {
        hint: 'search for words, "a quoted phrase" or a prefix*; OR, NOT and AND (in capitals) combine them',
      });
    }
    throw error;
  }
}
