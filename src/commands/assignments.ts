import type { Command } from 'commander';
import type { Context } from '../context.js';
import { assignmentToJson, dueNow, statusOf } from '../domain/assignment.js';
import { localDay } from '../domain/cadence.js';
import { UserError } from '../errors.js';
import { cancelAssignment, getAssignment, listAssignments } from '../store/assignments.js';
import { assignmentLines, describeState } from '../ui/assignment-view.js';
import { parseEntryId, refuseUnknownSubcommand } from './options.js';

export function registerAssignments(program: Command, ctx: Context): void {
  const assignments = program
    .command('assignments')
    .description('your assignments and where each stands: due today, overdue, upcoming, done k of n')
    .option('-a, --all', 'include cancelled ones')
    .addHelpText(
      'after',
      `
Examples:
  $ reflect assignments
  $ reflect assignments --all --json
  $ reflect assignments cancel 2`,
    )
    .action((options: { all?: boolean }) => {
      const today = localDay(ctx.now());
      const statuses = listAssignments(ctx.store().db, { includeCancelled: Boolean(options.all) }).map((a) =>
        statusOf(a, today),
      );
      if (ctx.globals.json) return ctx.out(JSON.stringify(statuses.map(assignmentToJson), null, 2));
      if (statuses.length === 0) {
        return ctx.note("no assignments — add one with: reflect assign <set-id>, or install a coach's set");
      }
      ctx.out(statuses.map((s) => assignmentLines(s, ctx.columns).join('\n')).join('\n\n'));
    });
  assignments
    .command('cancel')
    .description('stop an assignment (the entries made for it stay)')
    .argument('<id>', 'assignment id (see: reflect assignments)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ reflect assignments cancel 2\n  $ reflect assignments --all   cancelled ones too',
    )
    .action((idText: string) => {
      const db = ctx.store().db;
      const id = parseAssignmentId(idText);
      const found = getAssignment(db, id);
      if (!found)
        throw new UserError(`no assignment with id ${idText}`, {
          hint: 'see them with: reflect assignments',
        });
      if (!cancelAssignment(db, id, ctx.now().toISOString()))
        throw new UserError(`assignment ${id} is already cancelled`);
      if (ctx.globals.json)
        return ctx.out(
          JSON.stringify(assignmentToJson(statusOf(getAssignment(db, id)!, localDay(ctx.now()))), null, 2),
        );
      ctx.out(`cancelled assignment #${id} (${found.title})`);
    });

  refuseUnknownSubcommand(assignments);
  program
    .command('due')
    .description('what is due today or overdue')
    .addHelpText('after', '\nExamples:\n  $ reflect due\n  $ reflect due --json')
    .action(() => {
      const today = localDay(ctx.now());
      const statuses = listAssignments(ctx.store().db).map((a) => statusOf(a, today));
      const due = dueNow(statuses);
      if (ctx.globals.json) return ctx.out(JSON.stringify(due.map(assignmentToJson), null, 2));
      if (due.length === 0) {
        const next = statuses
          .filter((s) => s.state.state === 'upcoming')
          .sort((a, b) => (a.schedule.current!.due < b.schedule.current!.due ? -1 : 1))[0];
        return ctx.note(
          next ? `nothing due — next: ${next.assignment.title}, ${describeState(next.state)}` : 'nothing due',
        );
      }
      ctx.out(due.map((s) => assignmentLines(s, ctx.columns).join('\n')).join('\n\n'));
      ctx.note(`start one with: reflect new --set ${due[0]!.assignment.setId}`);
    });
}

function parseAssignmentId(text: string): number {
  try {
    return parseEntryId(text);
  } catch {
    throw new UserError(`"${text}" is not an assignment id (expected a number such as 2)`);
  }
}
