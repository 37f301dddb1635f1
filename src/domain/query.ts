import { UserError } from '../errors.js';
import { parseWhen, rangeEnd, rangeStart } from './dates.js';
import { oneLine } from './names.js';
import type { WeekStart } from './weeks.js';

/**
 * Which entries a command works on: one parsed object shared by list, search, stats, export and summary.
 * Built from the filter flags (--from --to --on --week --tag --all-tags --with --set --starred -n --ids).
 */
export interface EntryQuery {
  /** Inclusive lower bound (an instant). */
  from?: Date | undefined;
  /** Inclusive upper bound (an instant). */
  to?: Date | undefined;
  /** Entries with any of these tags (all of them when `allTags`). Case-insensitive. */
  tags: string[];
  allTags: boolean;
  /** Entries with any of these people. Case-insensitive. */
  people: string[];
  setId?: string | undefined;
  starred: boolean;
  ids?: number[] | undefined;
  /** Newest first, at most this many; undefined = all. */
  limit?: number | undefined;
}

export const EMPTY_QUERY: Readonly<EntryQuery> = Object.freeze({
  tags: [],
  allTags: false,
  people: [],
  starred: false,
});

/** The filter flags as commander hands them over (see `addFilterOptions`). */
export interface FilterOptions {
  from?: string | undefined;
  to?: string | undefined;
  on?: string | undefined;
  week?: string | undefined;
  tag?: string[] | undefined;
  allTags?: boolean | undefined;
  with?: string[] | undefined;
  set?: string | undefined;
  starred?: boolean | undefined;
  count?: string | undefined;
  ids?: string | undefined;
}

export interface FilterSettings {
  weekStart: WeekStart;
  /** Limit when no `-n` is given; undefined = all matching entries. */
  count?: number | undefined;
}

/**
 * Turns filter flags into the one `EntryQuery`. Bare days mean whole days in the local zone (`--from` at its
 * start, `--to` at its end); natural language is read relative to `now`. Any problem is a UserError naming
 * the flag.
 */
export async function parseFilters(
  options: FilterOptions,
  now: Date,
  settings: FilterSettings,
): Promise<EntryQuery> {
  const conflict = firstConflict(options);
  if (conflict) throw new UserError(conflict, { hint: FILTER_HINT });
  if (options.allTags && !options.tag?.length) {
    throw new UserError('--all-tags needs --tag', { hint: 'e.g. --tag budget --tag 1:1 --all-tags' });
  }

  let from: Date | undefined;
  let to: Date | undefined;
  if (options.on !== undefined) {
    // The whole day even when a time was given ("--on 'yesterday 4pm'"); a month named alone is the month.
    const day = {
      ...(await parseWhen(options.on, now, '--on', { pastWeekdays: true })),
      hasTime: false,
    };
    from = rangeStart(day);
    to = rangeEnd(day);
  } else if (options.week !== undefined) {
    // Week arithmetic (date-fns) is loaded only when --week is given: `reflect list` stays lean.
    const { parseWeek } = await import('./weeks.js');
    const week = await parseWeek(options.week, now, settings.weekStart);
    from = week.start;
    to = week.end;
  } else {
    if (options.from !== undefined) {
      const when = await parseWhen(options.from, now, '--from', { pastWeekdays: true });
      from = rangeStart(when);
    }
    if (options.to !== undefined) {
      const when = await parseWhen(options.to, now, '--to', { pastWeekdays: true });
      to = rangeEnd(when);
    }
    if (from && to && from > to) {
      throw new UserError(`--from (${options.from}) is later than --to (${options.to})`, {
        hint: 'swap them, or leave one out',
      });
    }
  }

  return {
    from,
    to,
    tags: names(options.tag ?? [], 'tag'),
    allTags: Boolean(options.allTags),
    people: names(options.with ?? [], 'with'),
    setId: options.set === undefined ? undefined : nonEmpty(options.set, '--set'),
    starred: Boolean(options.starred),
    ids: options.ids === undefined ? undefined : parseIds(options.ids),
    limit: options.count === undefined ? settings.count : parseLimit(options.count),
  };
}

const FILTER_HINT = 'use --on for one day, --week for one week, or --from/--to for any range';

function firstConflict(options: FilterOptions): string | null {
  const given = (['on', 'week', 'from', 'to'] as const).filter((key) => options[key] !== undefined);
  if (options.on !== undefined && given.length > 1) return `--on cannot be combined with --${given[1]}`;
  if (options.week !== undefined && given.length > 1) {
    return `--week cannot be combined with --${given.find((key) => key !== 'week')}`;
  }
  return null;
}

/** Case-insensitive, without a leading `#` or `@`, each name once. */
function names(values: string[], flag: string): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const name = nonEmpty(oneLine(value).replace(/^[#@]/, ''), `--${flag}`);
    const key = name.toLowerCase();
    if (!seen.has(key)) seen.set(key, name);
  }
  return [...seen.values()];
}

function nonEmpty(value: string, flag: string): string {
  const text = value.trim();
  if (!text) throw new UserError(`${flag} needs a value`);
  return text;
}

export function parseLimit(text: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new UserError(`-n must be a positive whole number, got "${text}"`);
  }
  return Number(text);
}

/** `--ids 3,7,12` (spaces allowed), each id once, in the given order. */
export function parseIds(text: string): number[] {
  const parts = text.split(',').map((part) => part.trim());
  const ids: number[] = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part) || Number(part) < 1 || !Number.isSafeInteger(Number(part))) {
      throw new UserError(`--ids: "${part}" is not an entry id`, {
        hint: 'give entry ids separated by commas, e.g. --ids 3,7,12',
      });
    }
    if (!ids.includes(Number(part))) ids.push(Number(part));
  }
  return ids;
}

/** True when the query narrows the journal beyond a count (so "nothing found" is not "nothing written"). */
export function isFiltered(query: EntryQuery): boolean {
  return Boolean(
    query.from ||
      query.to ||
      query.tags.length ||
      query.people.length ||
      query.setId !== undefined ||
      query.starred ||
      query.ids,
  );
}
