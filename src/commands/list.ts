import chalk from 'chalk';
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { type FilterOptions, isFiltered } from '../domain/query.js';
import { type EntrySummary, findEntries } from '../store/entries.js';
import { MSG } from '../ui/messages.js';
import { excerpt, formatWhen } from '../ui/render.js';
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
      if (entries.length > 0) ctx.out(entries.map((entry) => listLine(entry, ctx.columns)).join('\n'));
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

export function listLine(entry: EntrySummary, columns: number): string {
  const id = chalk.dim(String(entry.id).padStart(4));
  const when = formatWhen(entry.occurredAt);
  const star = entry.starred ? chalk.yellow('★ ') : '';
  const people = entry.people.length ? ` ${chalk.dim('·')} ${chalk.cyan(entry.people.join(', '))}` : '';
  const tags = entry.tags.length
    ? ` ${chalk.dim('·')} ${chalk.magenta(entry.tags.map((t) => `#${t}`).join(' '))}`
    : '';
  const fixed = 4 + 1 + when.length + 2 + entry.setId.length + 2;
  const title = entry.title || excerpt(entry.context ?? entry.lead ?? '', 60);
  const room = Math.max(20, columns - fixed - 2);
  return `${id} ${when}  ${chalk.dim(entry.setId)}  ${star}${excerpt(title, room)}${people}${tags}`;
}
