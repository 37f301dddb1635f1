import type { Command } from 'commander';
import type { Context } from '../context.js';
import type { FilterOptions } from '../domain/query.js';
import { quotedQuery, toFtsQuery } from '../domain/search-query.js';
import { searchEntries } from '../store/search.js';
import { listLine } from '../ui/list-line.js';
import { MSG } from '../ui/messages.js';
import { plainSnippet, renderSnippet } from '../ui/search-view.js';
import { addFilterOptions, readFilters } from './filters.js';
import { listItemJson } from './list.js';

export function registerSearch(program: Command, ctx: Context): void {
  const command = program
    .command('search')
    .description('full-text search over titles and answers, best matches first')
    .argument('<query...>', 'words (all must match), "a quoted phrase", a prefix*, OR / NOT in capitals');
  addFilterOptions(command, ctx, { counted: 'entries, best match first' })
    .addHelpText(
      'after',
      `
Examples:
  $ reflect search budget
  $ reflect search '"off by a month"'
  $ reflect search negotiat* --with Dana --from "3 months ago"
  $ reflect search 'deadline OR estimate' --week last --json`,
    )
    .action(async (words: string[], options: FilterOptions) => {
      const text = words.join(' ');
      const match = toFtsQuery(text);
      const query = await readFilters(ctx, options);
      const hits = searchEntries(ctx.store().db, match, query, text);
      if (ctx.globals.json) {
        const items = hits.map((hit) => ({
          ...listItemJson(hit.entry),
          score: Number(hit.score.toFixed(4)),
          snippet: plainSnippet(hit.snippet),
        }));
        return ctx.out(JSON.stringify(items, null, 2));
      }
      if (hits.length === 0) return ctx.note(MSG.noSearchMatches(quotedQuery(text)));
      // One write: each write to a file or terminal is a system call.
      const onTerminal = Boolean(ctx.io.stdout.isTTY);
      ctx.out(
        hits
          .map(
            (hit) =>
              // On a terminal the snippet is cut to its row (under the date, 5 columns in); a pipe gets it whole.
              `${listLine(hit.entry, ctx.columns, onTerminal)}\n     ${renderSnippet(hit.snippet, onTerminal ? ctx.columns - 5 : undefined)}`,
          )
          .join('\n'),
      );
    });
}
