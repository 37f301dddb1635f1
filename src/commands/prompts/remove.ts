import type { Context } from '../../context.js';
import { UserError } from '../../errors.js';
import { builtinSets } from '../../prompt-catalog.js';
import { cancelAssignmentsOfSet } from '../../store/assignments.js';
import { removeInstalledSet, storedVersions } from '../../store/prompt-sets.js';
import { MSG } from '../../ui/messages.js';

/** `reflect prompts remove <id> [--force]` */
export function removePrompts(ctx: Context, id: string, options: { force?: boolean }): void {
  if (builtinSets().some((c) => c.set.id === id)) {
    throw new UserError(`${id} is a built-in prompt set and cannot be removed`);
  }
  const db = ctx.store().db;
  const versions = storedVersions(db, id).filter((v) => v.source === 'installed' && v.removedAt === null);
  if (versions.length === 0)
    throw new UserError(MSG.unknownSet(id), { hint: 'see the installed sets with: reflect prompts list' });
  const entries = versions.reduce((n, v) => n + v.entries, 0);
  const drafts = versions.reduce((n, v) => n + v.drafts, 0);
  if ((entries > 0 || drafts > 0) && !options.force) {
    const used = [
      entries ? `${entries} ${entries === 1 ? 'entry' : 'entries'}` : '',
      drafts ? `${drafts} ${drafts === 1 ? 'draft' : 'drafts'}` : '',
    ].filter(Boolean);
    throw new UserError(`${id} is used by ${used.join(' and ')}; not removed`, {
      hint: `reflect prompts remove ${id} --force removes it but keeps the versions those entries were written with`,
    });
  }
  const now = ctx.now().toISOString();
  const { kept, cancelled } = db
    .transaction(() => ({
      ...removeInstalledSet(db, id, now),
      cancelled: cancelAssignmentsOfSet(db, id, now),
    }))
    .immediate();
  if (ctx.globals.json) {
    ctx.out(JSON.stringify({ removed: id, keptVersions: kept, cancelledAssignments: cancelled }, null, 2));
    return;
  }
  const notes = [
    kept > 0 ? `kept ${kept === 1 ? 'the version' : `${kept} versions`} your entries were written with` : '',
    cancelled > 0 ? `cancelled ${cancelled} ${cancelled === 1 ? 'assignment' : 'assignments'}` : '',
  ].filter(Boolean);
  ctx.out(`removed ${id}${notes.length ? ` (${notes.join('; ')})` : ''}`);
}
