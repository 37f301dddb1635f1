import type { Context } from '../context.js';
import { dueNow, statusOf } from '../domain/assignment.js';
import { localDay } from '../domain/cadence.js';
import { listAssignments } from '../store/assignments.js';
import { dueReminder } from '../ui/assignment-view.js';

/** The one-line "Due: …" reminder on stderr (never with --json, so stdout stays clean for scripts). */
export function remindDue(ctx: Context): void {
  if (ctx.globals.json) return;
  const today = localDay(ctx.now());
  const line = dueReminder(
    dueNow(listAssignments(ctx.store().db).map((a) => statusOf(a, today))),
    ctx.columns,
  );
  if (line) ctx.note(line);
}
