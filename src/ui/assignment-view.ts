import chalk from 'chalk';
import { type AssignmentStatus, describePlan } from '../domain/assignment.js';
import type { AssignmentState, Day } from '../domain/cadence.js';
import type { AssignmentBlock } from '../domain/prompt-set.js';
import { displayWidth, excerpt, formatWeekday, wrap } from './render.js';

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
  const id = `#${a.id}`.padStart(4);
  const room = columns - 6;
  // In a narrow terminal the set id goes under the title, and the lines below break between words.
  const together = displayWidth(`${a.title} (${a.setId})`) <= room;
  const lines = [
    `${chalk.dim(id)}  ${chalk.bold(together ? a.title : excerpt(a.title, room))}${together ? ` ${chalk.dim(`(${a.setId})`)}` : ''}`,
    ...(together ? [] : [`      ${chalk.dim(`(${a.setId})`)}`]),
  ];
  const plan = [a.from ? `from ${a.from}` : 'self-assigned', describePlan(a)].join(' · ');
  lines.push(...wrap(plan, room).map((l) => `      ${l}`));
  const state = describeState(s.state);
  const standing = wrap(`${state} · ${progress(s)}`, room);
  // The state in its colour: the first line starts with it (whole, when it fits there).
  const coloured = standing[0]!.startsWith(state)
    ? `${colourState(s.state, state)}${standing[0]!.slice(state.length)}`
    : colourState(s.state, standing[0]!);
  lines.push(`      ${coloured}`, ...standing.slice(1).map((l) => `      ${l}`));
  if (a.note) lines.push(...wrap(`“${a.note}”`, room).map((l) => `      ${chalk.dim(l)}`));
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
