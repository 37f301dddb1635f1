import chalk from 'chalk';
import { type AssignmentStatus, describePlan } from '../domain/assignment.js';
import type { AssignmentState, Day } from '../domain/cadence.js';
import type { AssignmentBlock } from '../domain/prompt-set.js';
import { excerpt, formatWeekday, wrap } from './render.js';

/** "Fri 27 Nov 2026" for a local calendar day. */
export function formatCalendarDay(day: Day): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${formatWeekday(new Date(y, m - 1, d, 12).toISOString())} ${y}`;
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** "due today", "overdue by 3 days (was due Fri 20 Nov 2026)", "due Fri 27 Nov 2026 (in 3 days)", "done". */
export function describeState(state: AssignmentState): string {
  switch (state.state) {
    case 'due':
      return 'due today';
    case 'overdue':
      return `overdue by ${days(state.days)} (due ${formatCalendarDay(state.due)})`;
    case 'upcoming':
      return state.days === 1
        ? `due tomorrow, ${formatCalendarDay(state.due)}`
        : `due ${formatCalendarDay(state.due)} (in ${days(state.days)})`;
    case 'done':
      return 'done';
    case 'cancelled':
      return 'cancelled';
  }
}

function colourState(state: AssignmentState, text: string): string {
  if (state.state === 'overdue') return chalk.red(text);
  if (state.state === 'due') return chalk.yellow(text);
  if (state.state === 'done') return chalk.green(text);
  return chalk.dim(text);
}

export function progress(s: AssignmentStatus): string {
  return s.total === null ? `done ${s.schedule.done}` : `done ${s.schedule.done} of ${s.total}`;
}

/** One assignment in `reflect assignments`: id, set, who and how often, then where it stands. */
export function assignmentLines(s: AssignmentStatus, columns: number): string[] {
  const a = s.assignment;
  const head = `${chalk.dim(`#${a.id}`.padStart(4))}  ${chalk.bold(a.title)} ${chalk.dim(`(${a.setId})`)}`;
  const plan = [a.from ? `from ${a.from}` : 'self-assigned', describePlan(a)].join(' · ');
  const lines = [
    head,
    `      ${plan}`,
    `      ${colourState(s.state, describeState(s.state))} · ${progress(s)}`,
  ];
  if (a.note) lines.push(...wrap(`“${a.note}”`, columns - 6).map((l) => `      ${chalk.dim(l)}`));
  return lines;
}

/** The one-line reminder under `reflect list` and at the start of `reflect new`; empty when nothing is due. */
export function dueReminder(due: readonly AssignmentStatus[], columns: number): string {
  if (due.length === 0) return '';
  const items = due.map((s) => `${s.assignment.title} ${describeShort(s.state)}`);
  const text = `Due: ${items.join('; ')} — reflect due`;
  return chalk.yellow(excerpt(text, columns));
}

function describeShort(state: AssignmentState): string {
  return state.state === 'overdue' ? `(overdue by ${days(state.days)})` : '(today)';
}

/** The coach's block as `reflect prompts add` shows it before asking to accept. */
export function assignmentBlockLines(block: AssignmentBlock, firstDue: Day, columns: number): string[] {
  const lines = [
    chalk.bold(`Assignment${block.from ? ` from ${block.from}` : ''}:`),
    `  ${describePlan({ every: block.every ?? null, count: block.count ?? null })}, first due ${formatCalendarDay(firstDue)}`,
  ];
  if (block.note) lines.push(...wrap(`“${block.note}”`, columns - 2).map((l) => `  ${l}`));
  return lines;
}
