import type { Command } from 'commander';
import type { Context } from '../context.js';
import { type FilterOptions, isFiltered } from '../domain/query.js';
import { type EntrySummary, findEntries } from '../store/entries.js';
import { listLine } from '../ui/list-line.js';
import { MSG } from '../ui/messages.js';
import { remindDue } from './due-reminder.js';
import { addFilterOptions, readFilters } from './filters.js';

export function registerList(program: Command, ctx: Context): void {
  const command = program
    .command('list')
    .alias('ls')
    .description('list entries, newest first; filter by date, week, tag, person, set or star');
  addFilterOptions(command, ctx)
    .addHelpText(
      'after',
      `
Examples:
  $ reflect list
  $ reflect list -n 5 --json
  $ reflect list --week last --with Dana
  $ reflect list --from "2 weeks ago" --tag budget --tag 1:1
  $ reflect list --on yesterday --starred`,
    )
    .action(async (options: FilterOptions) => {
      const query = await readFilters(ctx, options);
      const entries = findEntries(ctx.store().db, query);
      if (ctx.globals.json) return ctx.out(JSON.stringify(entries.map(listItemJson), null, 2));
      if (entries.length === 0) ctx.note(isFiltered(query) ? MSG.noMatches : MSG.noEntries);
      // One write: each write to a file or terminal is a system call.
      const onTerminal = Boolean(ctx.io.stdout.isTTY);
      if (entries.length > 0)
        ctx.out(entries.map((entry) => listLine(entry, ctx.columns, onTerminal)).join('\n'));
      remindDue(ctx);
    });
}

export function listItemJson(entry: EntrySummary) {
  return {
    id: entry.id,
    uuid: entry.uuid,
    date: entry.occurredAt,
    set: entry.setId,
    title: entry.title,
    context: entry.context,
    starred: entry.starred,
    people: entry.people,
    tags: entry.tags,
  };
}
