import type { Context } from '../context.js';
import { assignmentToJson, describePlan, statusOf } from '../domain/assignment.js';
import {
  addDays,
  CADENCE_FORMS,
  firstDueOn,
  formatCadence,
  localDay,
  parseCadence,
  WEEKDAYS,
  weekdayOf,
} from '../domain/cadence.js';
import { parseWhen } from '../domain/dates.js';
import { LIMITS } from '../domain/limits.js';
import { UserError } from '../errors.js';
import { findSet } from '../prompt-catalog.js';
import { getAssignment, insertAssignment } from '../store/assignments.js';
import { formatCalendarDay } from '../ui/assignment-view.js';
import type { AssignOptions } from './assign.js';
import { nonEmptyFlag, parseCount } from './options.js';

/** `reflect assign <set-id> …`: every flag is checked before the journal is written. */
export async function assign(ctx: Context, setId: string, options: AssignOptions) {
  const now = ctx.now();
  const cadence = options.every === undefined ? null : parseCadence(options.every);
  if (options.every !== undefined && !cadence) {
    throw new UserError(`--every must be ${CADENCE_FORMS}, got "${options.every}"`);
  }
  const count = options.count === undefined ? undefined : parseCount(options.count, '--count');
  if (count !== undefined && count > LIMITS.count)
    throw new UserError(`--count must be at most ${LIMITS.count}, got ${count}`);
  if (count !== undefined && count > 1 && !cadence) {
    throw new UserError('--count needs --every (how often)', {
      hint: `e.g. reflect assign ${setId} --every week --count ${count}`,
    });
  }
  nonEmptyFlag(options.from, '--from');
  nonEmptyFlag(options.note, '--note');
  for (const [flag, value, max] of [
    ['--from', options.from, LIMITS.fromChars],
    ['--note', options.note, LIMITS.noteChars],
  ] as const) {
    if (value !== undefined && value.length > max)
      throw new UserError(`${flag} must be at most ${max} characters, got ${value.length}`);
  }
  const firstDue =
    options.due === undefined ? firstDueOn(cadence, localDay(now)) : await dueDay(options.due, now);
  if (cadence?.unit === 'weekday' && weekdayOf(firstDue) !== cadence.weekday) {
    const weekday = WEEKDAYS[cadence.weekday]!;
    throw new UserError(
      `--due ${options.due} is ${formatCalendarDay(firstDue)}, not a ${weekday[0]!.toUpperCase()}${weekday.slice(1)} (--every ${options.every})`,
      { hint: `give a ${weekday}, or leave --due out to start on the coming one` },
    );
  }
  const db = ctx.store().db;
  const { set } = findSet(db, setId);
  const id = insertAssignment(db, {
    setId: set.id,
    title: set.title,
    from: options.from?.trim() || null,
    note: options.note?.trim() || null,
    every: cadence ? formatCadence(cadence) : null,
    count: cadence ? (count ?? null) : 1,
    firstDue,
    origin: 'self',
    createdAt: now.toISOString(),
  });
  const status = statusOf(getAssignment(db, id)!, localDay(now));
  if (ctx.globals.json) return ctx.out(JSON.stringify(assignmentToJson(status), null, 2));
  ctx.out(
    `assignment #${id}: ${set.title}, ${describePlan(status.assignment)} — first due ${formatCalendarDay(firstDue)}`,
  );
}

async function dueDay(text: string, now: Date): Promise<string> {
  const { date } = await parseWhen(text, now, '--due');
  let day = localDay(date);
  // A bare weekday is read as this week's; for a due day, "monday" on a Tuesday means the coming one.
  if (day < localDay(now) && /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*$/i.test(text.trim()))
    day = addDays(day, 7);
  if (day < localDay(now)) {
    throw new UserError(`--due ${text} is ${day}, in the past`, {
      // Not "next friday": that reads as the Friday of next week, not the coming one.
      hint: 'give today or a later day, e.g. --due tomorrow or --due "in 3 days"',
    });
  }
  return day;
}
