import chalk from 'chalk';
import type { Context } from '../context.js';
import { type ClockChange, isFutureDate } from '../domain/dates.js';
import { MSG } from '../ui/messages.js';
import { formatWhen } from '../ui/render.js';

/**
 * The one note for an entry dated in the future, however it got there (`new --date`, an answers file, a resumed
 * draft, an edit): the entry is kept — you may be preparing a conversation — but such a date is often a slip.
 */
export function noteIfFuture(ctx: Context, date: Date, bareDay: boolean): void {
  if (isFutureDate(date, ctx.now(), bareDay))
    ctx.note(chalk.dim(MSG.futureDate(formatWhen(date.toISOString()))));
}

/**
 * The one note for an entry's local time that the clocks skipped or went through twice (`new --date`, an answers
 * file, an edit): kept as the likeliest meaning, and the time saved is said, once.
 */
export function noteIfClockChange(ctx: Context, change: ClockChange | undefined): void {
  if (change) ctx.note(chalk.dim(MSG.clockChange(change)));
}
