import {
  type AssignmentState,
  type Day,
  describeCadence,
  isOpen,
  type Plan,
  parseCadence,
  type Schedule,
  scheduleOf,
  stateOn,
} from './cadence.js';

/** An assignment as stored: a prompt set to do once or on a cadence, from a coach or oneself. */
export interface Assignment {
  id: number;
  setId: string;
  /** The set's title when it was assigned. */
  title: string;
  from: string | null;
  note: string | null;
  /** Canonical cadence ('week', '3 days', 'weekday:friday'); null: once. */
  every: string | null;
  /** Occurrences in all; null: until cancelled (a one-off has 1). */
  count: number | null;
  firstDue: Day;
  origin: 'file' | 'self';
  createdAt: string;
  cancelledAt: string | null;
  /** In the order they happened. */
  completions: Completion[];
}

export interface Completion {
  entryId: number;
  entryUuid: string;
  /** Due day of the occurrence the entry completed. */
  dueOn: Day;
  /** Local day the entry was saved. */
  completedOn: Day;
}

export function planOf(a: Pick<Assignment, 'every' | 'count' | 'firstDue'>): Plan {
  const cadence = a.every ? parseCadence(a.every) : null;
  return { firstDue: a.firstDue, cadence, count: cadence ? a.count : 1 };
}

export function scheduleFor(a: Assignment): Schedule {
  return scheduleOf(
    planOf(a),
    a.completions.map((c) => c.completedOn),
  );
}

export interface AssignmentStatus {
  assignment: Assignment;
  schedule: Schedule;
  state: AssignmentState;
  /** Occurrences in all (1 for a one-off); null: until cancelled. */
  total: number | null;
}

export function statusOf(a: Assignment, today: Day): AssignmentStatus {
  const schedule = scheduleFor(a);
  return {
    assignment: a,
    schedule,
    state: stateOn(schedule, today, a.cancelledAt !== null),
    total: planOf(a).count,
  };
}

/** Active assignments due today or overdue, most overdue first. */
export function dueNow(statuses: readonly AssignmentStatus[]): AssignmentStatus[] {
  return statuses
    .filter((s) => s.state.state === 'due' || s.state.state === 'overdue')
    .sort((a, b) => dueDay(a).localeCompare(dueDay(b)) || a.assignment.id - b.assignment.id);
}

function dueDay(s: AssignmentStatus): string {
  return 'due' in s.state ? s.state.due : '9999-12-31';
}

/**
 * The assignment an entry with `setId`, saved on `today`, completes: the active one for that set whose current
 * occurrence is open, earliest due first. An entry completes at most one occurrence.
 */
export function assignmentToComplete(
  assignments: readonly Assignment[],
  setId: string,
  today: Day,
): { assignment: Assignment; due: Day } | undefined {
  const candidates = assignments
    .filter((a) => a.setId === setId && a.cancelledAt === null)
    .map((a) => ({ assignment: a, schedule: scheduleFor(a) }))
    .filter(({ schedule }) => isOpen(schedule, today))
    .sort(
      (x, y) =>
        x.schedule.current!.due.localeCompare(y.schedule.current!.due) || x.assignment.id - y.assignment.id,
    );
  const first = candidates[0];
  return first ? { assignment: first.assignment, due: first.schedule.current!.due } : undefined;
}

/** "every Friday, 6 times", "once", "every day until cancelled". */
export function describePlan(a: Pick<Assignment, 'every' | 'count'>): string {
  const cadence = a.every ? parseCadence(a.every) : null;
  if (!cadence) return 'once';
  const times = a.count === null ? 'until cancelled' : a.count === 1 ? 'once' : `${a.count} times`;
  return `${describeCadence(cadence)}, ${times}`;
}

/** The `reflect assignments --json` shape (a public contract, see README.md, "Assignments"). */
export interface AssignmentJson {
  id: number;
  set: string;
  title: string;
  from: string | null;
  note: string | null;
  every: string | null;
  count: number | null;
  firstDue: Day;
  origin: 'file' | 'self';
  createdAt: string;
  cancelledAt: string | null;
  status: AssignmentState['state'];
  /** Due day of the current occurrence; null when done. */
  due: Day | null;
  /** Days overdue (>0), 0 when due today, negative when upcoming; null when done or cancelled. */
  overdueDays: number | null;
  done: number;
  completions: Array<{ entry: number; entryUuid: string; dueOn: Day; completedOn: Day }>;
}

export function assignmentToJson(s: AssignmentStatus): AssignmentJson {
  const a = s.assignment;
  const state = s.state;
  return {
    id: a.id,
    set: a.setId,
    title: a.title,
    from: a.from,
    note: a.note,
    every: a.every,
    count: s.total,
    firstDue: a.firstDue,
    origin: a.origin,
    createdAt: a.createdAt,
    cancelledAt: a.cancelledAt,
    status: state.state,
    due: s.schedule.current?.due ?? null,
    overdueDays:
      state.state === 'overdue'
        ? state.days
        : state.state === 'due'
          ? 0
          : state.state === 'upcoming'
            ? -state.days
            : null,
    done: s.schedule.done,
    completions: a.completions.map((c) => ({
      entry: c.entryId,
      entryUuid: c.entryUuid,
      dueOn: c.dueOn,
      completedOn: c.completedOn,
    })),
  };
}
