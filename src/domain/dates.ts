import { UserError } from '../errors.js';

export interface ParsedWhen {
  date: Date;
  /** False for a bare day ("2026-11-20", "yesterday"): filters then mean the whole day. */
  hasTime: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
const ISO_ZONED = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Parses ISO 8601 (with or without offset; local time when none) or natural language ("yesterday 4pm",
 * "last friday", "2 weeks ago") relative to `now`. The natural-language parser is loaded only when needed.
 */
export async function parseWhen(input: string, now: Date, what = 'date'): Promise<ParsedWhen> {
  const text = input.trim();
  const iso = parseIso(text);
  if (iso) return iso;
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) throw badDate(input, what);
  const chrono = await import('chrono-node');
  const results = chrono.casual.parse(text, now, { forwardDate: false });
  const first = results[0];
  // Refuse partial matches ("next blursday at 5" must not quietly become "5 o'clock today").
  if (!first || results.length !== 1 || first.text.replace(/\s+/g, '') !== text.replace(/\s+/g, '')) {
    throw badDate(input, what);
  }
  const hasTime = first.start.isCertain('hour');
  const date = first.start.date();
  if (!hasTime) date.setHours(0, 0, 0, 0);
  return { date, hasTime };
}

function parseIso(text: string): ParsedWhen | null {
  const day = ISO_DATE.exec(text);
  if (day) {
    const date = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    return validCalendar(date, Number(day[1]), Number(day[2]), Number(day[3]))
      ? { date, hasTime: false }
      : null;
  }
  const local = ISO_LOCAL.exec(text);
  if (local) {
    const [y, mo, d, h, mi, s, ms] = local.slice(1).map((v) => Number(v ?? 0)) as number[];
    const date = new Date(y!, mo! - 1, d!, h!, mi!, s!, ms!);
    return validCalendar(date, y!, mo!, d!) && h! < 24 && mi! < 60 && s! < 60
      ? { date, hasTime: true }
      : null;
  }
  if (ISO_ZONED.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? null : { date, hasTime: true };
  }
  return null;
}

function validCalendar(date: Date, y: number, m: number, d: number): boolean {
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
}

function badDate(input: string, what: string): UserError {
  return new UserError(`cannot understand ${what} "${input}"`, {
    hint: 'use a date like 2026-11-20 or 2026-11-20T16:00, or words like "yesterday 4pm" or "last friday"',
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
