import type { Command } from 'commander';
import type { Context } from '../context.js';
import { assignmentToJson, describePlan, statusOf } from '../domain/assignment.js';
import {
  addDays,
  CADENCE_FORMS,
  firstDueOn,
  formatCadence,
  localDay,
  parseCadence,
} from '../domain/cadence.js';
import { LIMITS } from '../domain/prompt-set.js';
import { UserError } from '../errors.js';
import { getAssignment, insertAssignment } from '../store/assignments.js';
import { parseCount } from './options.js';

interface AssignOptions {
  from?: string;
  note?: string;
  every?: string;
  count?: string;
  due?: string;
}

export function registerAssign(program: Command, ctx: Context): void {
  program
    .command('assign')
    .description("give yourself (or note a coach's) exercise: a prompt set to do once or on a cadence")
    .argument('<set-id>', 'prompt set id (see: reflect prompts list)')
    .option('--from <name>', 'who assigned it (default: yourself)')
    .option('--note <text>', 'a note to show with it')
    .option('--every <cadence>', `how often: ${CADENCE_FORMS} (default: once)`)
    .option('--count <n>', 'how many times in all (default with --every: until cancelled)')
    .option(
      '--due <when>',
      'first due day: 2026-12-04, "friday", "in 3 days" (default: today, or the weekday)',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ reflect assign check-in --every weekday:friday --count 6 --from "Ana Ruiz"
  $ reflect assign advocacy-inquiry --due tomorrow --note "before the budget talk"
  $ reflect assign ladder-of-inference --every "3 days"`,
    )
    .action(async (setId: string, options: AssignOptions) => {
      const now = ctx.now();
      const cadence = options.every === undefined ? null : parseCadence(options.every);
      if (options.every !== undefined && !cadence) {
        throw new UserError(`--every must be ${CADENCE_FORMS}, got "${options.every}"`);
      }
      const count = options.count === undefined ? undefined : parseCount(options.count, '--count');
      if (count !== undefined && count > LIMITS.count)
        throw new UserError(`--count may be at most ${LIMITS.count}`);
      if (count !== undefined && count > 1 && !cadence) {
        throw new UserError('--count needs --every (how often)', {
          hint: `e.g. reflect assign ${setId} --every week --count ${count}`,
        });
      }
      for (const [flag, value, max] of [
        ['--from', options.from, LIMITS.fromChars],
        ['--note', options.note, LIMITS.noteChars],
      ] as const) {
        if (value !== undefined && value.length > max)
          throw new UserError(`${flag} may be at most ${max} characters`);
      }
      const firstDue =
        options.due === undefined ? firstDueOn(cadence, localDay(now)) : await dueDay(options.due, now);
      const db = ctx.store().db;
      const { findSet } = await import('../prompt-catalog.js');
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
      const { formatDay } = await import('../ui/assignment-view.js');
      ctx.out(
        `assignment #${id}: ${set.title}, ${describePlan(status.assignment)} — first due ${formatDay(firstDue)}`,
      );
    });
}

async function dueDay(text: string, now: Date): Promise<string> {
  const { parseWhen } = await import('../domain/dates.js');
  const { date } = await parseWhen(text, now, '--due');
  let day = localDay(date);
  // A bare weekday is read as this week's; for a due day, "monday" on a Tuesday means the coming one.
  if (day < localDay(now) && /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*$/i.test(text.trim()))
    day = addDays(day, 7);
  if (day < localDay(now)) {
    throw new UserError(`--due ${text} is ${day}, in the past`, {
      hint: 'give today or a later day, e.g. --due "next friday"',
    });
  }
  return day;
}
