import type { Command } from 'commander';
import type { Context } from '../context.js';
import { type EntryQuery, type FilterOptions, parseFilters } from '../domain/query.js';
import { closest } from '../domain/suggest.js';
import { UserError } from '../errors.js';
import { MSG } from '../ui/messages.js';
import { collect } from './options.js';

export interface FilterFlagOptions {
  /** `'config'` (default): `-n` defaults to the configured count; `'all'`: no limit unless `-n` is given. */
  count?: 'config' | 'all';
  /** What `-n` keeps, in its help: "entries, newest first" unless the command shows something else. */
  counted?: string;
}

/**
 * Registers the shared filter flags on a command. Read them back with `readFilters(ctx, options)`, which
 * returns the one parsed `EntryQuery`.
 */
export function addFilterOptions(command: Command, ctx: Context, flags: FilterFlagOptions = {}): Command {
  const countHelp = `at most this many ${flags.counted ?? 'entries, newest first'} (default: ${flags.count === 'all' ? 'all' : ctx.config.count})`;
  return command
    .option('--from <when>', 'entries on or after this date ("2026-11-01", "last monday", "2 weeks ago")')
    .option('--to <when>', 'entries on or before this date (a bare day includes the whole day)')
    .option('--on <day>', 'entries on this day ("yesterday", "2026-11-20")')
    .option('--week <week>', 'entries in this week: 2026-W47, "this", "last", or a date inside it')
    .option('--tag <tag>', 'entries with this tag (repeatable; any of them unless --all-tags)', collect)
    .option('--all-tags', 'with several --tag: only entries that have all of them')
    .option('--with <person>', 'entries with this person (repeatable; any of them)', collect)
    .option('--set <id>', 'entries written with this prompt set')
    .option('--starred', 'starred entries only')
    .option('--ids <list>', 'only these entry ids, comma-separated (3,7,12)')
    .option('-n, --count <n>', countHelp);
}

/** Parses the filter flags of a command into an `EntryQuery`; natural dates are read against the clock. */
export async function readFilters(
  ctx: Context,
  options: FilterOptions,
  flags: FilterFlagOptions = {},
): Promise<EntryQuery> {
  const query = await parseFilters(options, ctx.now(), {
    weekStart: ctx.config.weekStart,
    count: flags.count === 'all' ? undefined : ctx.config.count,
  });
  if (query.setId !== undefined) {
    // A mistyped set id would otherwise just match nothing. (The catalog loads only when --set is given.)
    const { availableSets, isKnownSet } = await import('../prompt-catalog.js');
    const db = ctx.store().db;
    if (!isKnownSet(db, query.setId)) {
      const near = nearestSet(
        query.setId,
        availableSets(db).map((c) => c.set.id),
      );
      throw new UserError(MSG.unknownSet(query.setId), {
        hint: near ? MSG.didYouMean(`--set ${near}`) : 'see the sets with: reflect prompts list',
      });
    }
  }
  if (query.people.length === 0 && query.tags.length === 0) return query;
  const { storedSpellings } = await import('../store/entries.js');
  const db = ctx.store().db;
  return {
    ...query,
    people: storedSpellings(db, 'people', query.people),
    tags: storedSpellings(db, 'tags', query.tags),
  };
}

/** The set a mistyped or shortened id means: the one set whose id starts with it (`ladder`), else the closest. */
function nearestSet(typed: string, ids: readonly string[]): string | undefined {
  const starting = ids.filter((id) => id.startsWith(typed.toLowerCase()));
  return starting.length === 1 ? starting[0] : closest(typed, ids);
}
