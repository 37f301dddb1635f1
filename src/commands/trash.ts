import type { Command } from 'commander';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { purgeExpiredTrash, restoreEntries } from '../store/journal.js';
import { emptyTrash, listTrash, TRASH_DAYS, type TrashedEntry } from '../store/trash.js';
import { MSG } from '../ui/messages.js';
import { formatDay } from '../ui/render.js';
import { confirm, entryLine } from './delete.js';
import { parseEntryId, refuseUnknownSubcommand } from './options.js';

const DAY_MS = 86_400_000;

export function registerTrash(program: Command, ctx: Context): void {
  const trash = program
    .command('trash')
    .description(`list deleted entries (kept ${TRASH_DAYS} days, then removed for good)`)
    .addHelpText(
      'after',
      `
Examples:
  $ reflect trash
  $ reflect trash --json
  $ reflect restore 12
  $ reflect trash empty --yes`,
    )
    .action(() => {
      const db = ctx.store().db;
      purgeExpiredTrash(db, ctx.now());
      const items = listTrash(db);
      if (ctx.globals.json) return ctx.out(JSON.stringify(items.map(trashJson), null, 2));
      if (items.length === 0) return ctx.note(MSG.trashEmpty);
      for (const item of items) {
        const left = Math.max(0, Math.ceil((purgeAt(item).getTime() - ctx.now().getTime()) / DAY_MS));
        ctx.out(`${entryLine(item.entry)}  (deleted ${formatDay(item.deletedAt)}, ${left} days left)`);
      }
    });
  trash
    .command('empty')
    .description('remove everything in the trash for good')
    .option('-y, --yes', 'do not ask for confirmation (needed without a terminal)')
    .addHelpText(
      'after',
      `
Examples:
  $ reflect trash empty                asks first
  $ reflect trash empty --yes`,
    )
    .action(async (options: { yes?: boolean }) => {
      const db = ctx.store().db;
      purgeExpiredTrash(db, ctx.now());
      const count = listTrash(db).length;
      if (count > 0 && !options.yes) {
        if (!ctx.interactive) throw new UserError(MSG.needsYes('reflect trash empty'));
        if (!(await confirm(MSG.confirmEmpty(count)))) return ctx.note(MSG.trashKept);
      }
      const purged = emptyTrash(db);
      if (ctx.globals.json) return ctx.out(JSON.stringify({ purged }));
      ctx.note(purged === 0 ? MSG.trashEmpty : MSG.trashEmptied(purged));
    });

  refuseUnknownSubcommand(trash);
  program
    .command('restore')
    .description('put deleted entries back, with their own ids')
    .argument('<id...>', 'entry ids (see: reflect trash)')
    .addHelpText(
      'after',
      `
Examples:
  $ reflect restore 12
  $ reflect restore 12 13`,
    )
    .action((idTexts: string[]) => {
      const ids = [...new Set(idTexts.map(parseEntryId))];
      const db = ctx.store().db;
      purgeExpiredTrash(db, ctx.now());
      restoreEntries(db, ids, ctx.now());
      if (ctx.globals.json) return ctx.out(JSON.stringify({ restored: ids }));
      ctx.note(MSG.restored(ids));
    });
}

function purgeAt(item: TrashedEntry): Date {
  return new Date(new Date(item.deletedAt).getTime() + TRASH_DAYS * DAY_MS);
}

/** `reflect trash --json`: a public contract. */
function trashJson(item: TrashedEntry) {
  const { entry } = item;
  return {
    id: entry.id,
    uuid: entry.uuid,
    set: entry.setId,
    title: entry.title,
    date: entry.occurredAt,
    people: entry.people,
    tags: entry.tags,
    deletedAt: item.deletedAt,
    purgeAt: purgeAt(item).toISOString(),
  };
}
