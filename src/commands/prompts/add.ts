import chalk from 'chalk';
import type { Context } from '../../context.js';
import { type Assignment, assignmentToJson, describePlan, statusOf } from '../../domain/assignment.js';
import { firstDueOn, localDay, parseCadence } from '../../domain/cadence.js';
import { type InstallPlan, planInstall } from '../../domain/prompt-install.js';
import type { AssignmentBlock } from '../../domain/prompt-set.js';
import { decodePromptSetFile, formatFileProblem, parsePromptSetYaml } from '../../domain/prompt-set-file.js';
import type { PromptSet } from '../../domain/types.js';
import { Interrupted, UserError } from '../../errors.js';
import { builtinSets } from '../../prompt-catalog.js';
import {
  getAssignment,
  insertAssignment,
  listAssignments,
  type NewAssignment,
} from '../../store/assignments.js';
import { putInstalledSet, restoreSet, storedVersions } from '../../store/prompt-sets.js';
import { assignmentBlockLines, formatCalendarDay } from '../../ui/assignment-view.js';
import { readBytes } from './shared.js';

/** `reflect prompts add <file> [--force] [--accept | --no-accept]`: everything is decided before anything is written. */
export async function addPrompts(ctx: Context, file: string, options: { force?: boolean; accept?: boolean }) {
  const label = file === '-' ? 'stdin' : file;
  const decoded = decodePromptSetFile(readBytes(file));
  if (decoded.problem) throw new UserError(`not installed: ${formatFileProblem(label, decoded.problem)}`);
  const text = decoded.text;
  // A coach's past due day is said once, unless the schedule is declined anyway.
  const parsed = parsePromptSetYaml(text, options.accept === false ? {} : { today: localDay(ctx.now()) });
  const errors = parsed.problems.filter((p) => p.severity === 'error');
  if (!parsed.set || errors.length > 0) {
    const more = errors.length - 1;
    throw new UserError(`not installed: ${formatFileProblem(label, errors[0]!)}`, {
      hint:
        more > 0
          ? `${more} more ${more === 1 ? 'problem' : 'problems'} — see them all with: reflect prompts validate ${file}`
          : undefined,
    });
  }
  for (const warning of parsed.problems) ctx.note(chalk.yellow(formatFileProblem(label, warning)));
  const set = parsed.set;
  const db = ctx.store().db;
  const stored = storedVersions(db, set.id);
  const plan = planInstall(set, stored, new Set(builtinSets().map((c) => c.set.id)), Boolean(options.force));
  const now = ctx.now();
  const assignment = parsed.assignment
    ? await decideAssignment(ctx, set, parsed.assignment, options.accept)
    : undefined;

  const assignmentId = db
    .transaction(() => {
      if (plan.action === 'install' || plan.action === 'upgrade' || plan.action === 'replace')
        putInstalledSet(db, set, text, now.toISOString());
      else if (plan.action === 'restore') restoreSet(db, set.id);
      return assignment ? insertAssignment(db, assignment) : undefined;
    })
    .immediate();

  const accepted = assignmentId === undefined ? undefined : getAssignment(db, assignmentId);
  if (ctx.globals.json) {
    const status = accepted ? assignmentToJson(statusOf(accepted, localDay(now))) : null;
    return ctx.out(
      JSON.stringify({ set: set.id, version: set.version, action: plan.action, assignment: status }, null, 2),
    );
  }
  const latest = Math.max(set.version, ...stored.filter((v) => v.removedAt === null).map((v) => v.version));
  ctx.out(installedLine(set, plan, latest));
  if (accepted) ctx.out(acceptedLine(accepted));
}

function installedLine(set: PromptSet, plan: InstallPlan, latest: number): string {
  const name = `${set.id} v${set.version}`;
  switch (plan.action) {
    case 'install':
      return `${chalk.green('✔')} installed ${name} — ${set.steps.length} ${set.steps.length === 1 ? 'step' : 'steps'}; write one with: reflect new --set ${set.id}`;
    case 'upgrade':
      return `${chalk.green('✔')} upgraded ${set.id} v${plan.from} → v${set.version}; earlier entries keep the questions they were written with`;
    case 'replace':
      return `${chalk.green('✔')} replaced ${name} (--force)`;
    case 'restore':
      return `${chalk.green('✔')} restored ${name}`;
    case 'unchanged':
      return latest > set.version
        ? `${name} is already in this journal, and v${latest} is the current version; nothing changed`
        : `${name} is already installed; nothing changed`;
  }
}

function acceptedLine(a: Assignment): string {
  return `${chalk.green('✔')} accepted assignment #${a.id}: ${describePlan(a)}, first due ${formatCalendarDay(a.firstDue)} — see: reflect assignments`;
}

/** Shows the coach's block and returns the assignment to store, or undefined when declined or already there. */
async function decideAssignment(
  ctx: Context,
  set: PromptSet,
  block: AssignmentBlock,
  accept: boolean | undefined,
): Promise<NewAssignment | undefined> {
  const now = ctx.now();
  const candidate: NewAssignment = {
    setId: set.id,
    title: set.title,
    from: block.from ?? null,
    note: block.note ?? null,
    every: block.every ?? null,
    count: block.every ? (block.count ?? null) : 1,
    firstDue: block.due ?? firstDueOn(block.every ? parseCadence(block.every) : null, localDay(now)),
    origin: 'file',
    createdAt: now.toISOString(),
  };
  const existing = listAssignments(ctx.store().db).find((a) =>
    sameAssignment(a, candidate, block.due !== undefined),
  );
  if (existing) {
    ctx.note(`its assignment is already accepted (#${existing.id})`);
    return undefined;
  }
  if (accept === undefined) {
    if (!ctx.interactive) {
      throw new UserError(
        `${set.id} comes with an assignment; pass --accept or --no-accept (there is no terminal to ask)`,
        {
          hint: `the assignment: ${describePlan(candidate)}${candidate.from ? ` from ${candidate.from}` : ''}`,
        },
      );
    }
    ctx.note(assignmentBlockLines(block, candidate.firstDue, ctx.columns).join('\n'));
    const { inquirerAsker, isPromptExit } = await import('../../ui/ask.js');
    try {
      accept = await inquirerAsker.confirm('Accept this assignment?', { default: true });
    } catch (error) {
      if (isPromptExit(error)) throw new Interrupted();
      throw error;
    }
  }
  if (!accept) {
    ctx.note(`assignment declined; assign it yourself any time with: reflect assign ${set.id}`);
    return undefined;
  }
  return candidate;
}

function sameAssignment(a: Assignment, b: NewAssignment, compareDue: boolean): boolean {
  return (
    a.setId === b.setId &&
    a.origin === 'file' &&
    a.from === b.from &&
    a.note === b.note &&
    a.every === b.every &&
    a.count === b.count &&
    (!compareDue || a.firstDue === b.firstDue)
  );
}
