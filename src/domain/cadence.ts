/**
 * Cadence arithmetic for assignments. Everything works on local calendar days ("2026-11-24"), never on
 * instants, so "every day" means the next date on the calendar — correct across month ends and DST changes,
 * where a day lasts 23 or 25 hours. The clock is always an argument.
 */

/** A local calendar day, `YYYY-MM-DD`. */
export type Day = string;

export type Cadence = { unit: 'days'; every: number } | { unit: 'weekday'; weekday: number };

export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

export const CADENCE_FORMS = 'day, week, "3 days", "2 weeks" or weekday:friday';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** `day`, `daily`, `week`, `weekly`, `3 days`, `2 weeks`, `weekday:friday` (or `weekday:fri`). */
export function parseCadence(text: string): Cadence | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === 'day' || t === 'daily') return { unit: 'days', every: 1 };
  if (t === 'week' || t === 'weekly') return { unit: 'days', every: 7 };
  const counted = /^(\d{1,3}) (day|days|week|weeks)$/.exec(t);
  if (counted) {
    const n = Number(counted[1]);
    const every = counted[2]!.startsWith('week') ? n * 7 : n;
    return n >= 1 && every <= 365 ? { unit: 'days', every } : null;
  }
  const weekday = /^weekday ?: ?([a-z]+)$/.exec(t);
  if (weekday) {
    const name = weekday[1]!;
    const index = WEEKDAYS.findIndex((w) => name.length >= 3 && w.startsWith(name));
    return index === -1 ? null : { unit: 'weekday', weekday: index };
  }
  return null;
}

/** The canonical text stored and shown in JSON: `day`, `week`, `3 days`, `2 weeks`, `weekday:friday`. */
export function formatCadence(cadence: Cadence): string {
  if (cadence.unit === 'weekday') return `weekday:${WEEKDAYS[cadence.weekday]}`;
  if (cadence.every === 1) return 'day';
  if (cadence.every === 7) return 'week';
  if (cadence.every % 7 === 0) return `${cadence.every / 7} weeks`;
  return `${cadence.every} days`;
}

/** For people: "every day", "every 2 weeks", "every Friday". */
export function describeCadence(cadence: Cadence | null): string {
  if (!cadence) return 'once';
  if (cadence.unit === 'weekday') {
    const name = WEEKDAYS[cadence.weekday]!;
    return `every ${name[0]!.toUpperCase()}${name.slice(1)}`;
  }
  const text = formatCadence(cadence);
  return `every ${text}`;
}

function stepDays(cadence: Cadence): number {
  return cadence.unit === 'weekday' ? 7 : cadence.every;
}

/** The local calendar day of an instant (in the process's time zone, TZ). */
export function localDay(instant: Date): Day {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

export function isDay(text: string): boolean {
  const m = DAY_PATTERN.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

// Days are counted on a UTC calendar internally: UTC has no DST, so every day is exactly 24 hours there.
function toUtc(day: Day): number {
  const m = DAY_PATTERN.exec(day);
  if (!m) throw new Error(`not a calendar day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtc(ms: number): Day {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: Day, n: number): Day {
  return fromUtc(toUtc(day) + n * MS_PER_DAY);
}

/** Calendar days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(toUtc(day)).getUTCDay();
}

const later = (a: Day, b: Day): Day => (a >= b ? a : b);

/** The first due day of an assignment that starts on `start`: a weekday cadence waits for that weekday. */
export function firstDueOn(cadence: Cadence | null, start: Day): Day {
  if (cadence?.unit !== 'weekday') return start;
  return addDays(start, (cadence.weekday - weekdayOf(start) + 7) % 7);
}

export interface Plan {
  /** Day the first occurrence is due. */
  firstDue: Day;
  /** null: a one-off. */
  cadence: Cadence | null;
  /** How many occurrences in all; null: until cancelled. A one-off has 1. */
  count: number | null;
}

export interface Occurrence {
  /** 1-based. */
  number: number;
  due: Day;
  /** First day an entry counts for this occurrence; null: since the assignment was made. */
  opens: Day | null;
}

export interface Schedule {
  done: number;
  /** The occurrence to do next; null when every occurrence is done. */
  current: Occurrence | null;
}

/**
 * Replays the completions (their local days, in order) over the plan. Finishing early or on time moves the next
 * due day one step along the cadence; finishing late skips to the first cadence day after the completion, so
 * being late once never leaves a pile of overdue occurrences behind.
 */
export function scheduleOf(plan: Plan, completedOn: readonly Day[]): Schedule {
  const total = plan.cadence ? plan.count : 1;
  let current: Occurrence = { number: 1, due: plan.firstDue, opens: null };
  let done = 0;
  for (const day of completedOn) {
    done++;
    if (!plan.cadence || (total !== null && done >= total)) break;
    const step = stepDays(plan.cadence);
    const behind = daysBetween(plan.firstDue, day);
    const nextOnGrid =
      behind < 0 ? plan.firstDue : addDays(plan.firstDue, (Math.floor(behind / step) + 1) * step);
    current = {
      number: done + 1,
      due: later(addDays(current.due, step), nextOnGrid),
      opens: later(addDays(current.due, 1), addDays(day, 1)),
    };
  }
  return { done, current: total !== null && done >= total ? null : current };
}

export type AssignmentState =
  | { state: 'due'; due: Day }
  | { state: 'overdue'; due: Day; days: number }
  | { state: 'upcoming'; due: Day; days: number; open: boolean }
  | { state: 'done' }
  | { state: 'cancelled' };

/** Where an assignment stands on `today`. */
export function stateOn(schedule: Schedule, today: Day, cancelled: boolean): AssignmentState {
  if (!schedule.current) return { state: 'done' };
  if (cancelled) return { state: 'cancelled' };
  const { due, opens } = schedule.current;
  const days = daysBetween(today, due);
  if (days === 0) return { state: 'due', due };
  if (days < 0) return { state: 'overdue', due, days: -days };
  return { state: 'upcoming', due, days, open: opens === null || opens <= today };
}

/** True when an entry written on `today` counts for the current occurrence. */
export function isOpen(schedule: Schedule, today: Day): boolean {
  const current = schedule.current;
  return current !== null && (current.opens === null || current.opens <= today);
}
