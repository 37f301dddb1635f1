import { shiftWeek, type Week, type WeekStart, weekContaining, weekLabel, weeksBetween } from './weeks.js';

export interface NameCount {
  name: string;
  count: number;
}

export interface WeekCount {
  week: string;
  /** First day of the week, local `YYYY-MM-DD`. */
  start: string;
  count: number;
}

export interface Stats {
  total: number;
  first: string | null;
  last: string | null;
  sets: NameCount[];
  weeks: WeekCount[];
  people: NameCount[];
  tags: NameCount[];
  streak: Streak;
}

export interface Streak {
  /** Consecutive weeks with at least one entry, up to this week (or last week, while this one is young). */
  weeks: number;
  /** The first week of the streak, e.g. 2026-W45; null without a streak. */
  since: string | null;
}

export interface StatsInput {
  /** Occurrence instants of the selected entries (ISO), in any order. */
  times: string[];
  sets: NameCount[];
  people: NameCount[];
  tags: NameCount[];
}

export interface StatsOptions {
  now: Date;
  weekStart: WeekStart;
  /** Weeks shown in the per-week chart: the selected range, or this many weeks up to now. */
  range?: { from?: Date | undefined; to?: Date | undefined };
  /** The most weeks charted: 12 without --from, else every week of the range up to this many. */
  maxWeeks?: number;
  top?: number;
}

/** Weeks charted without --from. */
const DEFAULT_WEEKS = 12;
/** Weeks charted at most for a --from range (two years, as summary's --history): its entries get their bars. */
const MAX_RANGE_WEEKS = 104;

/** Everything `reflect stats` shows, from plain rows and the clock. */
export function computeStats(input: StatsInput, options: StatsOptions): Stats {
  const dates = input.times.map((t) => new Date(t)).sort((a, b) => a.getTime() - b.getTime());
  const top = options.top ?? 10;
  return {
    total: dates.length,
    first: dates[0]?.toISOString() ?? null,
    last: dates.at(-1)?.toISOString() ?? null,
    sets: input.sets,
    weeks: weekCounts(dates, options),
    people: input.people.slice(0, top),
    tags: input.tags.slice(0, top),
    streak: currentStreak(dates, options.now, options.weekStart),
  };
}

function weekCounts(dates: Date[], options: StatsOptions): WeekCount[] {
  const maxWeeks = options.maxWeeks ?? (options.range?.from ? MAX_RANGE_WEEKS : DEFAULT_WEEKS);
  const end = options.range?.to && options.range.to < options.now ? options.range.to : options.now;
  const lastWeek = weekContaining(end, options.weekStart);
  const earliest = shiftWeek(lastWeek, -(maxWeeks - 1), options.weekStart);
  const from =
    options.range?.from && options.range.from > earliest.start ? options.range.from : earliest.start;
  const weeks = weeksBetween(from, end, options.weekStart);
  const first = weeks[0]?.start ?? end;
  const counts = new Map<string, number>();
  // Only the dates inside the chart need a week label (a large journal has years of entries before it).
  for (const date of dates) {
    if (date < first || date > lastWeek.end) continue;
    const label = weekLabel(date, options.weekStart);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return weeks.map((week) => ({
    week: week.label,
    start: localDay(week.start),
    count: counts.get(week.label) ?? 0,
  }));
}

/**
 * Weeks in a row with at least one entry, counted back from the current week. A week without entries yet
 * does not break the streak until it is over: the count then starts from last week.
 */
export function currentStreak(dates: Date[], now: Date, weekStart: WeekStart = 'monday'): Streak {
  const past = dates.filter((d) => d <= now).sort((a, b) => b.getTime() - a.getTime());
  let i = 0;
  /** Whether an entry falls in `week`; weeks are asked newest first, so one pass over the dates suffices. */
  const hasEntry = (week: Week) => {
    while (i < past.length && past[i]! > week.end) i++;
    return i < past.length && past[i]! >= week.start;
  };
  let week: Week = weekContaining(now, weekStart);
  if (!hasEntry(week)) week = shiftWeek(week, -1, weekStart);
  let weeks = 0;
  let since: string | null = null;
  while (hasEntry(week)) {
    weeks++;
    since = week.label;
    week = shiftWeek(week, -1, weekStart);
  }
  return { weeks, since };
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
