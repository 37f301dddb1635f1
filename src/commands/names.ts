import chalk from 'chalk';
import type { Command } from 'commander';
import type { Context } from '../context.js';
import type { FilterOptions } from '../domain/query.js';
import { nameCounts } from '../store/entries.js';
import { MSG } from '../ui/messages.js';
import { displayWidth, excerpt } from '../ui/render.js';
import { addFilterOptions, readFilters } from './filters.js';

export function registerNames(program: Command, ctx: Context): void {
  for (const kind of ['people', 'tags'] as const) {
    const command = program
      .command(kind)
      .description(
        kind === 'people'
          ? 'the people in your entries, with how many entries each'
          : 'your tags, with how many entries each',
      );
    addFilterOptions(command, ctx, {
      count: 'all',
      counted: `${kind === 'people' ? 'names' : 'tags'}, most entries first`,
    })
      .addHelpText(
        'after',
        `\nExamples:\n  $ reflect ${kind}\n  $ reflect ${kind} --from "3 months ago" --json`,
      )
      .action(async (options: FilterOptions) => {
        // -n limits the names shown, not the entries counted.
        const query = await readFilters(ctx, options, { count: 'all' });
        const counts = nameCounts(ctx.store().db, kind, { ...query, limit: undefined }).slice(0, query.limit);
        if (ctx.globals.json) return ctx.out(JSON.stringify(counts, null, 2));
        if (counts.length === 0) return ctx.note(MSG.noNames(kind));
        const width = String(counts[0]!.count).length;
        // A terminal (or a COLUMNS a script chose) cuts a name that does not fit with …, as `list` cuts a title;
        // a plain pipe gets every name whole, for copying.
        const room =
          ctx.io.stdout.isTTY || ctx.env.COLUMNS ? ctx.columns - (width + 2) : Number.POSITIVE_INFINITY;
        for (const { name, count } of counts) {
          const label = kind === 'tags' ? `#${name}` : name;
          const shown = displayWidth(label) > room ? excerpt(label, room) : label;
          ctx.out(
            `${String(count).padStart(width)}  ${kind === 'tags' ? chalk.magenta(shown) : chalk.cyan(shown)}`,
          );
        }
      });
  }
}
