import { type Assignment, assignmentToComplete, type Completion } from '../domain/assignment.js';
import type { Day } from '../domain/cadence.js';
import { type Db, sql } from './db.js';

interface AssignmentRow {
  id: number;
  set_id: string;
  title: string;
  from_name: string | null;
  note: string | null;
  every: string | null;
  count: number | null;
  first_due: string;
  origin: 'file' | 'self';
  created_at: string;
  cancelled_at: string | null;
}

interface CompletionRow {
  assignment_id: number;
  entry_id: number;
  uuid: string;
  due_on: string;
  completed_on: string;
}

export type NewAssignment = Omit<Assignment, 'id' | 'completions' | 'cancelledAt'> & {
  cancelledAt?: string | null;
};

export function insertAssignment(db: Db, a: NewAssignment): number {
  const { lastInsertRowid } = sql(
    db,
    `INSERT INTO assignments (set_id, title, from_name, note, every, count, first_due, origin, created_at, cancelled_at)
     VALUES (@setId, @title, @from, @note, @every, @count, @firstDue, @origin, @createdAt, @cancelledAt)`,
  ).run({
    setId: a.setId,
    title: a.title,
    from: a.from,
    note: a.note,
    every: a.every,
    count: a.count,
    firstDue: a.firstDue,
    origin: a.origin,
    createdAt: a.createdAt,
    cancelledAt: a.cancelledAt ?? null,
  });
  return Number(lastInsertRowid);
}

export function getAssignment(db: Db, id: number): Assignment | undefined {
  const row = sql<AssignmentRow>(db, 'SELECT * FROM assignments WHERE id = ?').get(id);
  return row ? withCompletions(db, [row])[0] : undefined;
}

/** Oldest first. Cancelled ones only when asked. */
export function listAssignments(db: Db, options: { includeCancelled?: boolean } = {}): Assignment[] {
  const rows = sql<AssignmentRow>(
    db,
    options.includeCancelled
      ? 'SELECT * FROM assignments ORDER BY id'
      : 'SELECT * FROM assignments WHERE cancelled_at IS NULL ORDER BY id',
  ).all();
  return withCompletions(db, rows);
}

function withCompletions(db: Db, rows: AssignmentRow[]): Assignment[] {
  if (rows.length === 0) return [];
  const byAssignment = new Map<number, Completion[]>();
  const completions = sql<CompletionRow>(
    db,
    `SELECT c.assignment_id, c.entry_id, e.uuid, c.due_on, c.completed_on
     FROM assignment_completions c JOIN entries e ON e.id = c.entry_id
     ORDER BY c.completed_on, c.entry_id`,
  ).all();
  for (const c of completions) {
    const list = byAssignment.get(c.assignment_id) ?? [];
    list.push({ entryId: c.entry_id, entryUuid: c.uuid, dueOn: c.due_on, completedOn: c.completed_on });
    byAssignment.set(c.assignment_id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    setId: row.set_id,
    title: row.title,
    from: row.from_name,
    note: row.note,
    every: row.every,
    count: row.count,
    firstDue: row.first_due,
    origin: row.origin,
    createdAt: row.created_at,
    cancelledAt: row.cancelled_at,
    completions: byAssignment.get(row.id) ?? [],
  }));
}

export function cancelAssignment(db: Db, id: number, now: string): boolean {
  return (
    sql(db, 'UPDATE assignments SET cancelled_at = ? WHERE id = ? AND cancelled_at IS NULL').run(now, id)
      .changes === 1
  );
}

/** Cancels every active assignment of a set (when the set is removed); returns how many. */
export function cancelAssignmentsOfSet(db: Db, setId: string, now: string): number {
  return sql(db, 'UPDATE assignments SET cancelled_at = ? WHERE set_id = ? AND cancelled_at IS NULL').run(
    now,
    setId,
  ).changes;
}

/**
 * Records that entry `entryId` (written with `setId` on local day `today`) completes the current occurrence of
 * a matching assignment, if one is open. Call inside the entry-saving transaction. Returns the assignment id.
 */
export function completeOccurrence(db: Db, setId: string, entryId: number, today: Day): number | undefined {
  const active = sql<{ n: number }>(
    db,
    'SELECT count(*) AS n FROM assignments WHERE set_id = ? AND cancelled_at IS NULL',
  ).get(setId)!.n;
  if (active === 0) return undefined;
  const target = assignmentToComplete(listAssignments(db), setId, today);
  if (!target) return undefined;
  sql(
    db,
    'INSERT INTO assignment_completions (entry_id, assignment_id, due_on, completed_on) VALUES (?, ?, ?, ?)',
  ).run(entryId, target.assignment.id, target.due, today);
  return target.assignment.id;
}

/** For `reflect export --assignment <id>`: the entries that completed it, oldest first. */
export function entryIdsForAssignment(db: Db, assignmentId: number): number[] {
  return sql<{ entry_id: number }>(
    db,
    'SELECT entry_id FROM assignment_completions WHERE assignment_id = ? ORDER BY completed_on, entry_id',
  )
    .all(assignmentId)
    .map((r) => r.entry_id);
}

/** The `assignments` array of the JSON export: every assignment, entries named by uuid. */
export interface AssignmentExport extends Omit<Assignment, 'setId' | 'completions'> {
  set: string;
  completions: Array<{ entry: string; dueOn: Day; completedOn: Day }>;
}

export function assignmentsForExport(db: Db, ids?: readonly number[]): AssignmentExport[] {
  const wanted = ids ? new Set(ids) : undefined;
  return listAssignments(db, { includeCancelled: true })
    .filter((a) => !wanted || wanted.has(a.id))
    .map((a) => ({
      id: a.id,
      set: a.setId,
      title: a.title,
      from: a.from,
      note: a.note,
      every: a.every,
      count: a.count,
      firstDue: a.firstDue,
      origin: a.origin,
      createdAt: a.createdAt,
      cancelledAt: a.cancelledAt,
      completions: a.completions.map((c) => ({
        entry: c.entryUuid,
        dueOn: c.dueOn,
        completedOn: c.completedOn,
      })),
    }));
}

/**
 * An assignment the journal has already (a client's second export to their coach): the completions and the
 * cancellation the file knows and the journal does not yet are added; nothing the journal has is changed.
 */
export function mergeAssignment(db: Db, id: number, a: AssignmentExport): void {
  linkCompletions(db, id, a);
  if (a.cancelledAt !== null)
    sql(db, 'UPDATE assignments SET cancelled_at = ? WHERE id = ? AND cancelled_at IS NULL').run(
      a.cancelledAt,
      id,
    );
}

/**
 * For import: adds an exported assignment under a new id, linking the completions whose entries exist here
 * (looked up by uuid). Call inside the import transaction. Returns the new id.
 */
export function importAssignment(db: Db, a: AssignmentExport): number {
  const id = insertAssignment(db, {
    setId: a.set,
    title: a.title,
    from: a.from,
    note: a.note,
    every: a.every,
    count: a.count,
    firstDue: a.firstDue,
    origin: a.origin,
    createdAt: a.createdAt,
    cancelledAt: a.cancelledAt,
  });
  linkCompletions(db, id, a);
  return id;
}

/** Each completion names its entry by uuid; an entry already counted for an assignment stays as it is. */
function linkCompletions(db: Db, id: number, a: AssignmentExport): void {
  const link = sql(
    db,
    `INSERT OR IGNORE INTO assignment_completions (entry_id, assignment_id, due_on, completed_on)
     SELECT id, ?, ?, ? FROM entries WHERE uuid = ?`,
  );
  for (const c of a.completions) link.run(id, c.dueOn, c.completedOn, c.entry);
}
