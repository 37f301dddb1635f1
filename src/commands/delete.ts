import type { Command } from 'commander';
import type { Context } from '../context.js';
import { entryLead } from '../domain/entry-lead.js';
import type { Entry } from '../domain/types.js';
import { Interrupted, UserError } from '../errors.js';
import { getEntry } from '../store/entries.js';
import { trashEntries } from '../store/journal.js';
import { TRASH_DAYS } from '../store/trash.js';
import { MSG } from '../ui/messages.js';
import { entryName, excerpt, formatWhen } from '../ui/render.js';
import { parseEntryId } from './options.js';
import { unknownEntryError } from './unknown-entry.js';

export function registerDelete(program: Command, ctx: Context): void {
  program
    .command('delete')
    .alias('rm')
    .description(`move entries to the trash (kept ${TRASH_DAYS} days; reflect restore brings them back)`)
    .argument('<id...>', 'entry ids (see: reflect list)')
    .option('-y, --yes', 'do not ask for confirmation (needed without a terminal)')
    .addHelpText(
      'after',
      `
Examples:
  $ reflect delete 12
  $ reflect delete 12 13 --yes
  $ reflect trash                    what is in the trash
  $ reflect restore 12               put entry 12 back`,
    )
    .action(async (idTexts: string[], options: { yes?: boolean }) => {
      const ids = [...new Set(idTexts.map(parseEntryId))];
      const db = ctx.store().db;
      // Every id is checked before anything moves: one mistyped id deletes nothing.
      const entries = ids.map((id) => {
        const entry = getEntry(db, id);
        if (!entry) throw unknownEntryError(db, id, MSG.unknownEntryNothingDeleted(id));
        return entry;
      });
      if (!options.yes) {
        if (!ctx.interactive) throw new UserError(MSG.needsYes('reflect delete'));
        for (const entry of entries) ctx.note(entryLine(entry));
        if (!(await confirm(MSG.confirmDelete(entries.length)))) return ctx.note(MSG.nothingDeleted);
      }
      trashEntries(db, ids, ctx.now());
      if (ctx.globals.json) return ctx.out(JSON.stringify({ deleted: ids }));
      ctx.note(MSG.trashed(ids));
    });
}

/** An entry in one line, named as `list` names it: its title, else the first words it answered. */
export function entryLine(entry: Pick<Entry, 'id' | 'occurredAt' | 'title' | 'setId' | 'answers'>): string {
  const name = entryName(entry.title, entryLead(entry.answers), entry.setId);
  return `${String(entry.id).padStart(4)}  ${formatWhen(entry.occurredAt)}  ${excerpt(name, 60)}`;
}

/** A yes/no question through the one inquirer wrapper; No is the default for anything destructive. */
export async function confirm(message: string): Promise<boolean> {
  const { inquirerAsker, isPromptExit } = await import('../ui/ask.js');
  try {
    return await inquirerAsker.confirm(message, { default: false });
  } catch (error) {
    if (isPromptExit(error)) throw new Interrupted();
    throw error;
  }
}
