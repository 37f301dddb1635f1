import { existsSync } from 'node:fs';
import type { Context } from '../../context.js';
import { entryDate } from '../../domain/dates.js';
import type { Draft } from '../../domain/types.js';
import { UserError } from '../../errors.js';
import { findSet } from '../../prompt-catalog.js';
import { getDraft } from '../../store/drafts.js';
import { MSG } from '../../ui/messages.js';
import { parseId } from '../options.js';
import type { NewOptions } from './index.js';

/**
 * The flags that name something — the date, the set, the draft — checked before the answers file is read or a
 * terminal is asked for: a typo there is the first thing to fix either way. A journal that does not exist yet
 * is not created for the check (it has no installed sets and no drafts).
 */
export async function checkNamedFlags(ctx: Context, options: NewOptions): Promise<void> {
  if (options.date !== undefined) await entryDate(options.date, ctx.now());
  const db = existsSync(ctx.dbPath()) ? ctx.store().db : undefined;
  if (options.set !== undefined) findSet(db, options.set);
  if (options.resume !== undefined) findDraft(db, options.resume);
}

/** The draft `--resume` names (none in a journal that does not exist yet). */
export function findDraft(db: Parameters<typeof getDraft>[0] | undefined, idText: string): Draft {
  const id = parseId(idText, MSG.badDraftId);
  const draft = db && getDraft(db, id);
  if (!draft) throw new UserError(MSG.unknownDraft(idText), { hint: 'see your drafts with: reflect drafts' });
  return draft;
}
