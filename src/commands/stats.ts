import type { Command } from 'commander';
import type { Context } from '../context.js';
import { type FilterOptions, isFiltered } from '../domain/query.js';
import { entryTimes, nameCounts, setCounts } from '../store/entries.js';
import { MSG } from '../ui/messages.js';
import { addFilterOptions, readFilters } from './filters.js';

export function registerStats(program: Command, ctx: Context): void {
  const command = program
    .command('stats')
    .description('how much you wrote: entries per set and per week, people, tags, and your weekly streak');
  addFilterOptions(command, ctx, { count: 'all' })
    .addHelpText(
      'after',
      `
Examples:
  $ reflect stats
  $ reflect stats --from 2026-01-01 --with Dana
  $ reflect stats --json`,
    )
    .action(async (options: FilterOptions) => {
      const query = await readFilters(ctx, options, { count: 'all' });
      const db = ctx.store().db;
      const [{ computeStats }, { renderStats }] = await Promise.all([
        import('../domain/stats.js'),
        import('../ui/stats-view.js'),
      ]);
      const stats = computeStats(
        {
          times: entryTimes(db, query),
          sets: setCounts(db, query),
          people: nameCounts(db, 'people', query),
          tags: nameCounts(db, 'tags', query),
        },
        { now: ctx.now(), weekStart: ctx.config.weekStart, range: { from: query.from, to: query.to } },
      );
      if (ctx.globals.json) return ctx.out(JSON.stringify(stats, null, 2));
      // As list says it: on stderr (stdout stays data), and "no entries yet" when nothing was filtered out.
      if (stats.total === 0) return ctx.note(isFiltered(query) ? MSG.noMatches : MSG.noEntries);
      ctx.out(renderStats(stats, ctx.columns));
    });
}
