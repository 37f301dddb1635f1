import { UserError } from '../errors.js';
import type { PromptSet } from './types.js';

/** What is stored already for a set id, per version. */
export interface StoredVersion {
  version: number;
  source: 'builtin' | 'installed';
  /** The set as JSON, exactly as stored. */
  definition: string;
  removedAt: string | null;
  entries: number;
  drafts: number;
}

export type InstallPlan =
  | { action: 'install' }
  | { action: 'upgrade'; from: number }
  | { action: 'unchanged' }
  | { action: 'restore' }
  | { action: 'replace'; version: number };

/**
 * Decides what `reflect prompts add` does with a valid set: install a new id, upgrade to a higher version,
 * nothing for an identical copy, or replace an unused version with --force. Every refusal is a UserError
 * that says what to change. Versions that entries were written with never change.
 */
export function planInstall(
  set: PromptSet,
  stored: readonly StoredVersion[],
  builtinIds: ReadonlySet<string>,
  force: boolean,
): InstallPlan {
  if (builtinIds.has(set.id) || stored.some((v) => v.source === 'builtin')) {
    throw new UserError(`"${set.id}" is the id of a built-in prompt set; a coach's set needs its own id`, {
      hint: `change the id: line of the file, e.g. id: ${set.id}-2`,
    });
  }
  if (stored.length === 0) return { action: 'install' };
  const latest = Math.max(...stored.map((v) => v.version));
  const same = stored.find((v) => v.version === set.version);
  if (!same) {
    // A removed set (versions kept only for its entries) comes back as a fresh install.
    if (stored.every((v) => v.removedAt !== null)) return { action: 'install' };
    if (set.version > latest) return { action: 'upgrade', from: latest };
    throw new UserError(
      `${set.id} version ${set.version} is older than the installed version ${latest}; nothing was changed`,
      { hint: `to change the set, give the file version: ${latest + 1}` },
    );
  }
  if (same.definition === JSON.stringify(set))
    return same.removedAt ? { action: 'restore' } : { action: 'unchanged' };
  if (!force) {
    throw new UserError(`${set.id} version ${set.version} is already installed with different content`, {
      hint: `give the file version: ${latest + 1} to upgrade (entries keep the questions they were written with), or pass --force to replace version ${set.version}`,
    });
  }
  const users = [plural(same.entries, 'entry', 'entries'), plural(same.drafts, 'draft', 'drafts')].filter(
    Boolean,
  );
  if (users.length > 0) {
    throw new UserError(
      `${set.id} version ${set.version} cannot be replaced: ${users.join(' and ')} were written with its questions`,
      { hint: `give the file version: ${latest + 1} instead; those entries keep version ${set.version}` },
    );
  }
  return { action: 'replace', version: set.version };
}

function plural(n: number, one: string, many: string): string {
  return n === 0 ? '' : `${n} ${n === 1 ? one : many}`;
}
