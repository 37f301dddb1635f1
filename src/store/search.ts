import type { EntryQuery } from '../domain/query.js';
import { queryTerms, snippetAround } from '../domain/snippet.js';
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
  Object.assign(params, { match, start: MATCH_START, end: MATCH_END, long: LONG_BODY });
  // FTS5's snippet() costs the square of the matches in a document; a long one gets its snippet in one pass.
  const snippet = (
    s: string,
  ) => `CASE WHEN coalesce(length(${s}title), 0) + coalesce(length(${s}body), 0) > @long
    THEN NULL ELSE snippet(entry_search, -1, @start, @end, '…', 16) END AS snippet`;
  // Without filters, FTS5 alone ranks and cuts (no lookup of every matching entry).
  const text = where
    ? `SELECT e.id, s.rank AS score, ${snippet('s.')}
       FROM entry_search s JOIN entries e ON e.id = s.rowid
       WHERE entry_search MATCH @match AND ${where.replace(/^WHERE /, '')}
       ORDER BY s.rank ${limit}`
    : `SELECT rowid AS id, rank AS score, ${snippet('')}
       FROM entry_search WHERE entry_search MATCH @match ORDER BY rank ${limit}`;
  const ranked = guard(rawQuery, () =>
    sql<{ id: number; score: number; snippet: string | null }>(db, text).all(params),
  );
  for (const row of ranked) row.snippet ??= longSnippet(db, row.id, match);
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

/** Characters of answer text above which an entry's snippet is made by snippetAround, not FTS5. */
const LONG_BODY = 20_000;

function longSnippet(db: Db, id: number, match: string): string {
  const row = sql<{ title: string | null; body: string | null }>(
    db,
    'SELECT title, body FROM entry_search WHERE rowid = @id',
  ).get({ id });
  const terms = queryTerms(match);
  const marks = { start: MATCH_START, end: MATCH_END };
  const inTitle = row?.title ? snippetAround(row.title, terms, marks) : null;
  const body = row?.body ?? '';
  return inTitle ?? snippetAround(body, terms, marks) ?? `${body.slice(0, 100)}…`;
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
