import { UserError } from '../errors.js';

export interface ParsedWhen {
  date: Date;
  /** False for a bare day ("2026-11-20", "yesterday"): filters then mean the whole day. */
  hasTime: boolean;
  /**
   * What a range starting or ending here covers when no time was given: the day, or a month or year written
   * without a day ("november", "2026-10", "last month", "2025"); `date` is a day inside it.
   */
  span: 'day' | 'month' | 'year';
  /** A local time the clocks skipped or went through twice that night (only when a local time was given). */
  clockChange?: ClockChange;
}

/**
 * `asked` (HH:MM) on `day` (YYYY-MM-DD) did not happen — clocks went forward over it and it was saved as `saved`,
 * the same time on the new clock — or happened twice, and the first (at `offset`, e.g. +01:00) was taken.
 */
export type ClockChange =
  | { kind: 'skipped'; day: string; asked: string; saved: string }
  | { kind: 'repeated'; day: string; asked: string; offset: string };

/** The local wall-clock time a person wrote, before it became an instant. */
interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const PART_OF_DAY = /\b(morning|afternoon|evening|tonight|night)\b/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_YEAR = /^(\d{4})$/;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
const ISO_ZONED = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Parses ISO 8601 (with or without offset; local time when none) or natural language ("yesterday 4pm",
 * "last friday", "2 weeks ago") relative to `now`. The natural-language parser is loaded only when needed.
 * `what` names the value in the error: the flag (`--from`), or `the date` of an answers file or document.
 */
export async function parseWhen(
  input: string,
  now: Date,
  what = 'date',
  options: WhenOptions = {},
): Promise<ParsedWhen> {
  const text = input.trim();
  // An empty flag (an unset shell variable) is refused as every other empty flag is.
  if (!text && what.startsWith('-')) throw new UserError(`${what} needs a value`);
  const iso = parseIso(text);
  if (iso) return iso;
  if (/^\d{4}-\d{2}-\d{2}/.test(text) || /^\d{4}(-\d{2})?$/.test(text)) throw badDate(input, what);
  const chrono = await import('chrono-node');
  const results = chrono.casual.parse(text, now, { forwardDate: false });
  const first = results[0];
  // Refuse partial matches ("next blursday at 5" must not quietly become "5 o'clock today").
  if (!first || results.length !== 1 || first.text.replace(/\s+/g, '') !== text.replace(/\s+/g, '')) {
    throw badDate(input, what);
  }
  // A part of the day ("this morning", "yesterday evening", "tonight") is a time: chrono's hour for it, where
  // a bare day would be placed at noon. "Last night" comes back as the night's first minute: the evening, then.
  const partOfDay = PART_OF_DAY.exec(text)?.[1]?.toLowerCase();
  const hasTime = first.start.isCertain('hour') || partOfDay !== undefined;
  const date = first.start.date();
  if (partOfDay?.endsWith('night') && !first.start.isCertain('hour') && date.getHours() < 6)
    date.setHours(22, 0, 0, 0);
  if (options.pastWeekdays && isBareWeekday(first.start, text) && dayNumber(date) > dayNumber(now))
    date.setDate(date.getDate() - 7);
  if (hasTime) {
    if (!first.start.isCertain('hour')) return { date, hasTime, span: 'day' };
    const get = (component: 'year' | 'month' | 'day' | 'hour' | 'minute') => first.start.get(component) ?? 0;
    const asked = {
      year: get('year'),
      month: get('month'),
      day: get('day'),
      hour: get('hour'),
      minute: get('minute'),
    };
    return withClockChange({ date, hasTime, span: 'day' }, asked);
  }
  date.setHours(0, 0, 0, 0);
  return { date, hasTime, span: spanOf(first.start) };
}

export interface WhenOptions {
  /**
   * A weekday named alone ("friday", "friday 4pm") is the latest such day up to today, not the nearest one: a
   * journal entry, or a filter over entries, looks back (chrono reads "friday" on a Tuesday as the coming one).
   */
  pastWeekdays?: boolean;
}

/** A weekday without a day of the month, a "next" or a "this": "friday", "fri 4pm", "wednesday morning". */
function isBareWeekday(start: { isCertain(component: 'day' | 'weekday'): boolean }, text: string): boolean {
  return (
    start.isCertain('weekday') && !start.isCertain('day') && !/\b(next|this|coming|following)\b/i.test(text)
  );
}

/** Local calendar day as a number that orders days (yyyymmdd). */
function dayNumber(date: Date): number {
  return date.getFullYear() * 10_000 + (date.getMonth() + 1) * 100 + date.getDate();
}

/** A day unless chrono was told only a month ("november", "last month") or only a year ("last year"). */
function spanOf(start: {
  isCertain(component: 'day' | 'weekday' | 'month' | 'year'): boolean;
}): ParsedWhen['span'] {
  if (start.isCertain('day') || start.isCertain('weekday')) return 'day';
  if (start.isCertain('month')) return 'month';
  return start.isCertain('year') ? 'year' : 'day';
}

/** An entry's date: `bareDay` when no time was given; a bare day is placed at noon, so it never slips a day across zones. */
export async function entryDate(
  when: string,
  now: Date,
): Promise<{ date: Date; bareDay: boolean; clockChange?: ClockChange }> {
  const parsed = await parseWhen(when, now, 'the date', { pastWeekdays: true });
  if (!parsed.hasTime) parsed.date.setHours(12, 0, 0, 0);
  return { date: parsed.date, bareDay: !parsed.hasTime, clockChange: parsed.clockChange };
}

/**
 * Whether an entry's date is in the future (noted, as it is often a slip): later than now — for a bare day, a day
 * after today (today at noon is not "in the future" at 10:00).
 */
export function isFutureDate(date: Date, now: Date, bareDay: boolean): boolean {
  if (!bareDay) return date > now;
  const day = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return day(date) > day(now);
}

/** Where a range that starts at `when` begins: the start of its day, month or year, or its exact time. */
export function rangeStart(when: ParsedWhen): Date {
  const { date } = when;
  if (when.hasTime) return date;
  if (when.span === 'year') return new Date(date.getFullYear(), 0, 1);
  if (when.span === 'month') return new Date(date.getFullYear(), date.getMonth(), 1);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Where a range that ends at `when` ends: the last millisecond of its day, month or year, or its exact time. */
export function rangeEnd(when: ParsedWhen): Date {
  const { date } = when;
  if (when.hasTime) return date;
  if (when.span === 'year') return new Date(date.getFullYear(), 11, 31, 23, 59, 59, 999);
  // Day 0 of the next month is the last day of this one.
  if (when.span === 'month') return new Date(date.getFullYear(), date.getMonth() + 1, 0, 23, 59, 59, 999);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), 23, 59, 59, 999);
}

function parseIso(text: string): ParsedWhen | null {
  const day = ISO_DATE.exec(text);
  if (day) {
    const date = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    return validCalendar(date, Number(day[1]), Number(day[2]), Number(day[3]))
      ? { date, hasTime: false, span: 'day' }
      : null;
  }
  const month = ISO_MONTH.exec(text);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    return y >= 1000 && m >= 1 && m <= 12
      ? { date: new Date(y, m - 1, 1), hasTime: false, span: 'month' }
      : null;
  }
  const year = ISO_YEAR.exec(text);
  if (year) {
    const y = Number(year[1]);
    return y >= 1000 ? { date: new Date(y, 0, 1), hasTime: false, span: 'year' } : null;
  }
  const local = ISO_LOCAL.exec(text);
  if (local) {
    const [y, mo, d, h, mi, s, ms] = local.slice(1).map((v) => Number(v ?? 0)) as number[];
    const date = new Date(y!, mo! - 1, d!, h!, mi!, s!, ms!);
    if (!validDay(y!, mo!, d!) || h! >= 24 || mi! >= 60 || s! >= 60) return null;
    return withClockChange(
      { date, hasTime: true, span: 'day' },
      { year: y!, month: mo!, day: d!, hour: h!, minute: mi! },
    );
  }
  if (ISO_ZONED.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? null : { date, hasTime: true, span: 'day' };
  }
  return null;
}

function validCalendar(date: Date, y: number, m: number, d: number): boolean {
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
}

/** A day of the calendar, whatever the clocks did on it (checked at noon, which no zone skips). */
function validDay(y: number, m: number, d: number): boolean {
  return validCalendar(new Date(y, m - 1, d, 12), y, m, d);
}

/**
 * Notes on `parsed` when `asked` is a local time the clocks skipped (the instant then shows another time) or went
 * through twice (the same time on the other side of the change is another instant): the person is told which
 * time was kept.
 */
function withClockChange(parsed: ParsedWhen, asked: WallTime): ParsedWhen {
  const pad = (n: number) => String(n).padStart(2, '0');
  const clock = (hour: number, minute: number) => `${pad(hour)}:${pad(minute)}`;
  const day = `${asked.year}-${pad(asked.month)}-${pad(asked.day)}`;
  const { date } = parsed;
  const shows = (d: Date) =>
    validCalendar(d, asked.year, asked.month, asked.day) &&
    d.getHours() === asked.hour &&
    d.getMinutes() === asked.minute;
  if (!shows(date)) {
    const saved = clock(date.getHours(), date.getMinutes());
    return {
      ...parsed,
      clockChange: { kind: 'skipped', day, asked: clock(asked.hour, asked.minute), saved },
    };
  }
  // The offsets a few hours either side differ only on a night the clocks change; the same wall time that far
  // later or earlier is the other occurrence.
  const hours = 3 * 3_600_000;
  const shift =
    (new Date(date.getTime() + hours).getTimezoneOffset() -
      new Date(date.getTime() - hours).getTimezoneOffset()) *
    60_000;
  if (shift === 0) return parsed;
  const other = new Date(date.getTime() + Math.abs(shift));
  const earlier = new Date(date.getTime() - Math.abs(shift));
  if (!shows(other) && !shows(earlier)) return parsed;
  const first = shows(earlier) ? earlier : date;
  const offset = utcOffsetMinutes(first);
  const sign = offset < 0 ? '-' : '+';
  return {
    ...parsed,
    date: first,
    clockChange: {
      kind: 'repeated',
      day,
      asked: clock(asked.hour, asked.minute),
      offset: `${sign}${clock(Math.floor(Math.abs(offset) / 60), Math.abs(offset) % 60)}`,
    },
  };
}

function badDate(input: string, what: string): UserError {
  return new UserError(`cannot understand ${what} "${input}"`, {
    hint: 'use a date like 2026-11-20 or 2026-11-20T16:00, a month like 2026-11, or words like "yesterday 4pm" or "last friday"',
  });
}

/** Minutes east of UTC at that instant in the local zone (what ISO 8601 offsets show). */
export function utcOffsetMinutes(date: Date): number {
  return -date.getTimezoneOffset();
}

/** Formats an instant as local ISO 8601 with its offset, e.g. 2026-11-24T10:30:00+01:00. */
export function toOffsetIso(instant: string, offsetMinutes: number): string {
  const shifted = new Date(new Date(instant).getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${shifted.toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
