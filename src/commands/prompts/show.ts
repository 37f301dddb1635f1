import chalk from 'chalk';
import type { Context } from '../../context.js';
import type { PromptSet, Step } from '../../domain/types.js';
import { UserError } from '../../errors.js';
import { availableSets, builtinSets } from '../../prompt-catalog.js';
import { getStoredSet, storedVersions } from '../../store/prompt-sets.js';
import { MSG } from '../../ui/messages.js';
import { indent, wrap } from '../../ui/render.js';
import { parseVersion } from './shared.js';

export interface ShownSet {
  set: PromptSet;
  source: 'builtin' | 'installed';
  removed: boolean;
  /** Every stored version of this set id. */
  versions: number[];
}

/** The current version of a set, or the version asked for; removed sets are still found by version. */
export function findAnyVersion(ctx: Context, id: string, versionText: string | undefined): ShownSet {
  const db = ctx.store().db;
  const version = parseVersion(versionText);
  const stored = storedVersions(db, id);
  const current = availableSets(db).find((c) => c.set.id === id);
  const versions = [
    ...new Set([...stored.map((v) => v.version), ...(current ? [current.set.version] : [])]),
  ].sort((a, b) => a - b);
  if (!current && stored.length === 0) {
    throw new UserError(MSG.unknownSet(id), { hint: 'see the sets with: reflect prompts list' });
  }
  const wanted = version ?? current?.set.version ?? Math.max(...versions);
  if (current && current.set.version === wanted) {
    return { set: current.set, source: current.source, removed: false, versions };
  }
  const row = getStoredSet(db, id, wanted);
  const builtin = builtinSets().some((c) => c.set.id === id);
  if (!row) {
    throw new UserError(`prompt set ${id} has no version ${wanted}`, {
      hint: `stored versions: ${versions.join(', ')}`,
    });
  }
  const removed = stored.find((v) => v.version === wanted)?.removedAt != null;
  return { set: row.set, source: builtin ? 'builtin' : row.source, removed, versions };
}

/** `reflect prompts show <id> [--version n] [--json]` */
export function showPrompts(ctx: Context, id: string, options: { version?: string }) {
  const shown = findAnyVersion(ctx, id, options.version);
  if (ctx.globals.json) {
    return ctx.out(
      JSON.stringify(
        { ...shown.set, source: shown.source, removed: shown.removed, versions: shown.versions },
        null,
        2,
      ),
    );
  }
  const { set } = shown;
  const about = [
    `${set.id} v${set.version}`,
    shown.source === 'builtin' ? 'built-in' : shown.removed ? 'removed (kept for its entries)' : 'installed',
    set.author ? `by ${set.author}` : '',
  ].filter(Boolean);
  ctx.out(`${chalk.bold(set.title)} ${chalk.dim(`— ${about.join(' · ')}`)}`);
  if (set.description) ctx.out(wrap(set.description, ctx.columns).join('\n'));
  set.steps.forEach((step, index) => {
    ctx.out('');
    ctx.out(stepLines(step, index, ctx.columns).join('\n'));
  });
}

function stepLines(step: Step, index: number, columns: number): string[] {
  const facts = [step.kind, `role ${step.role}`, step.required ? 'required' : ''].filter(Boolean).join(' · ');
  const lines = [`${chalk.cyan(String(index + 1).padStart(2))}. ${chalk.bold(step.id)} ${chalk.dim(facts)}`];
  lines.push(...indent(wrap(step.question, columns - 4), '    '));
  if (step.hint) lines.push(...indent(wrap(step.hint, columns - 4), '    ').map((l) => chalk.dim(l)));
  if (step.choices) lines.push(chalk.dim(`    choices: ${step.choices.join(' | ')}`));
  if (step.kind === 'scale') {
    const ends =
      step.labels?.min || step.labels?.max ? ` (${step.labels?.min ?? ''} … ${step.labels?.max ?? ''})` : '';
    lines.push(chalk.dim(`    scale ${step.min}–${step.max}${ends}`));
  }
  return lines;
}
