import {
  addDays,
  addWeeks,
  differenceInCalendarDays,
  endOfDay,
  getISOWeek,
  getISOWeeksInYear,
  getISOWeekYear,
  setISOWeek,
  startOfISOWeek,
  startOfISOWeekYear,
  startOfWeek,
} from 'date-fns';
import { UserError } from '../errors.js';
import { parseWhen } from './dates.js';

export type WeekStart = 'monday' | 'sunday';

/**
 * One calendar week in the local zone. Weeks are named by ISO 8601 (`2026-W47`, Monday first). With a Sunday
 * start, a week runs from the Sunday before that ISO week's Monday to the Saturday, and keeps the ISO name of
 * the Monday inside it — so a label always names the same seven days, give or take one day.
 */
export interface Week {
  /** `2026-W47` */
  label: string;
  /** First moment of the week (local midnight). */
  start: Date;
  /** Last moment of the week (23:59:59.999 local). */
  end: Date;
}

const WEEK_LABEL = /^(\d{4})-?W(\d{1,2})$/i;

/** `2026-11-24`: the local calendar day of a moment. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** ISO week year and number of a `YYYY-Www` label, or null when the text is not one. Throws on W54 etc. */
export function parseWeekLabel(text: string): { year: number; week: number } | null {
  const match = WEEK_LABEL.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  const weeks = weeksInIsoYear(year);
  if (week < 1 || week > weeks) {
    throw new UserError(`${year} has no week ${week} (ISO weeks run 1–${weeks} that year)`, {
      hint: `use a week like ${year}-W${pad(Math.min(Math.max(week, 1), weeks))}`,
    });
  }
  return { year, week };
}

/** 52 or 53: years with 53 ISO weeks (2020, 2026) start or end on a Thursday. */
export function weeksInIsoYear(year: number): number {
  return getISOWeeksInYear(new Date(year, 5, 1));
}

/** The week with that ISO name. */
export function weekFromLabel(year: number, week: number, weekStart: WeekStart = 'monday'): Week {
  const monday = setISOWeek(startOfISOWeekYear(new Date(year, 5, 1)), week);
  return weekContaining(monday, weekStart);
}

/** The week a moment falls in. */
export function weekContaining(date: Date, weekStart: WeekStart = 'monday'): Week {
  const start = weekStart === 'sunday' ? startOfWeek(date, { weekStartsOn: 0 }) : startOfISOWeek(date);
  return { label: weekLabel(date, weekStart), start, end: endOfDay(addDays(start, 6)) };
}

/** `2026-W47` for a moment; with a Sunday start the Sunday belongs to the week of the following Monday. */
export function weekLabel(date: Date, weekStart: WeekStart = 'monday'): string {
  const monday = weekStart === 'sunday' ? addDays(startOfWeek(date, { weekStartsOn: 0 }), 1) : date;
  return `${getISOWeekYear(monday)}-W${pad(getISOWeek(monday))}`;
}

/** The week `n` weeks after (or before, when negative) the given one. */
export function shiftWeek(week: Week, n: number, weekStart: WeekStart = 'monday'): Week {
  // Midday avoids daylight-saving edges when stepping whole weeks.
  return weekContaining(addWeeks(addDays(week.start, 3), n), weekStart);
}

/** Every week from the one containing `from` to the one containing `to`, oldest first. */
export function weeksBetween(from: Date, to: Date, weekStart: WeekStart = 'monday'): Week[] {
  const weeks: Week[] = [];
  if (from > to) return weeks;
  let week = weekContaining(from, weekStart);
  const last = weekContaining(to, weekStart).label;
  while (true) {
    weeks.push(week);
    if (week.label === last) return weeks;
    week = shiftWeek(week, 1, weekStart);
  }
}

/** Whole weeks from week `a` to week `b` (positive when b is later). */
export function weeksApart(a: Week, b: Week): number {
  return Math.round(differenceInCalendarDays(b.start, a.start) / 7);
}

const RELATIVE = /^(this|last|previous|next)(?:\s+week)?$/i;

/**
 * Parses what `--week` accepts: `2026-W47`, `this`/`last`/`next` (week), or any date inside the week
 * ("2026-11-20", "yesterday", "3 weeks ago"). Natural language loads chrono lazily, hence async.
 */
export async function parseWeek(input: string, now: Date, weekStart: WeekStart = 'monday'): Promise<Week> {
  const text = input.trim();
  if (!text) throw new UserError('--week needs a value');
  const label = parseWeekLabel(text);
  if (label) return weekFromLabel(label.year, label.week, weekStart);
  const relative = RELATIVE.exec(text);
  if (relative) {
    const word = relative[1]!.toLowerCase();
    const offset = word === 'this' ? 0 : word === 'next' ? 1 : -1;
    return shiftWeek(weekContaining(now, weekStart), offset, weekStart);
  }
  try {
    const { date } = await parseWhen(text, now, '--week');
    return weekContaining(date, weekStart);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(`cannot understand --week "${input}"`, {
      hint: 'use an ISO week like 2026-W47, "this", "last", or a date inside the week like 2026-11-20',
    });
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
