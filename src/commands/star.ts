import type { Command } from 'commander';
import type { Context } from '../context.js';
import { missingEntryIds, setStarred } from '../store/entries.js';
import { MSG } from '../ui/messages.js';
import { parseEntryId } from './options.js';
import { unknownEntryError } from './unknown-entry.js';

export function registerStar(program: Command, ctx: Context): void {
  for (const [name, starred] of [
    ['star', true],
    ['unstar', false],
  ] as const) {
    program
      .command(name)
      .description(starred ? 'star entries (find them with list --starred)' : 'remove the star from entries')
      .argument('<id...>', 'entry ids (see: reflect list)')
      .addHelpText('after', `\nExamples:\n  $ reflect ${name} 12\n  $ reflect ${name} 12 15`)
      .action((idTexts: string[]) => {
        const ids = [...new Set(idTexts.map(parseEntryId))];
        const db = ctx.store().db;
        const missing = db
          .transaction(() => {
            // All or nothing: one mistyped id changes no entry.
            const unknown = missingEntryIds(db, ids);
            if (unknown.length === 0) for (const id of ids) setStarred(db, id, starred);
            return unknown;
          })
          .immediate();
        if (missing.length > 0) throw unknownEntryError(db, missing[0]!);
        if (ctx.globals.json) return ctx.out(JSON.stringify({ ids, starred }));
        ctx.note(starred ? MSG.starred(ids) : MSG.unstarred(ids));
      });
  }
}
