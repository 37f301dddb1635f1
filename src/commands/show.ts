import type { Command } from 'commander';
import type { Context } from '../context.js';
import { entryToJson } from '../domain/entry-json.js';
import { getEntry } from '../store/entries.js';
import { getStoredSet } from '../store/prompt-sets.js';
import { renderEntry } from '../ui/entry-view.js';
import { MSG } from '../ui/messages.js';
import { parseEntryId } from './options.js';
import { unknownEntryError } from './unknown-entry.js';

export function registerShow(program: Command, ctx: Context): void {
  program
    .command('show')
    .description('show one entry in full, with the questions it answered')
    .argument('<id>', 'entry id (see: reflect list)')
    .addHelpText(
      'after',
      `
Examples:
  $ reflect show 12
  $ reflect show 12 --json`,
    )
    .action((idText: string) => {
      const db = ctx.store().db;
      const id = parseEntryId(idText);
      const entry = getEntry(db, id);
      if (!entry) throw unknownEntryError(db, id, MSG.unknownEntry(idText));
      // Entries keep the questions of the set version they were written with.
      const set = getStoredSet(db, entry.setId, entry.setVersion)!.set;
      if (ctx.globals.json) return ctx.out(JSON.stringify(entryToJson(entry, set), null, 2));
      ctx.out(renderEntry(entry, set, ctx.columns));
    });
}
