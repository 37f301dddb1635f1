import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { outFile, requireOutFolder } from './options.js';

interface BackupOptions {
  verify?: boolean;
  force?: boolean;
}

export function registerBackup(program: Command, ctx: Context): void {
  program
    .command('backup')
    .description('copy the journal safely (even while reflect is writing), or check a copy with --verify')
    .argument('[file]', 'where to write the copy (default: beside the journal, with a timestamp)')
    .option('--verify', 'check that <file> is an intact reflect journal instead of writing one')
    .option('--force', 'replace <file> if it exists')
    .addHelpText(
      'after',
      `
Examples:
  $ reflect backup      journal-backup-20261124-100000.db beside the journal
  $ reflect backup ~/Dropbox/reflect.db
  $ reflect backup --verify ~/Dropbox/reflect.db

Restore: point reflect at the copy (reflect --db ~/Dropbox/reflect.db list, or
REFLECT_DB=…), or copy it over the journal file while reflect is not running.
A JSON export comes back with: reflect import journal.json`,
    )
    .action(async (file: string | undefined, options: BackupOptions) => {
      // `reflect backup "$DEST"` with DEST unset must not quietly write somewhere else.
      if (file !== undefined && !file.trim() && !options.verify)
        throw new UserError('the backup file name is empty; nothing was written', {
          hint: 'name a file, or leave it out for one beside the journal',
        });
      const { backupJournal, verifyJournalFile } = await import('../store/backup.js');
      if (options.verify) {
        // Checking a copy only reads it; a --force there would promise a replacement that never happens.
        if (options.force)
          throw new UserError('--verify cannot be combined with --force', {
            hint: '--verify only reads the file; --force is for writing a backup over an old one',
          });
        if (!file)
          throw new UserError('--verify needs the backup file to check', {
            hint: 'reflect backup --verify FILE',
          });
        const path = resolve(file);
        const result = verifyJournalFile(path);
        if (ctx.globals.json) return ctx.out(JSON.stringify({ path, ok: true, ...result }, null, 2));
        return ctx.out(
          `ok: ${path} is an intact reflect journal (schema ${result.schema}, ${result.entries} entries)`,
        );
      }
      // Opening a journal creates it: a mistyped --db would be backed up as a new, empty one.
      if (!existsSync(ctx.dbPath()))
        throw new UserError(`no journal at ${ctx.dbPath()}; nothing was backed up`, {
          hint: 'the journal in use: reflect config get db',
        });
      const store = ctx.store();
      const named = file ? resolve(file) : defaultBackupPath(store.path, ctx.now());
      const target = outFile(named, store.path, 'backup');
      requireOutFolder(target);
      if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) {
        throw new UserError(`${target} is a folder; nothing was written`, {
          hint: `name a file, e.g. reflect backup ${join(target, 'journal-backup.db')}`,
        });
      }
      if (existsSync(target) && !options.force) {
        throw new UserError(`${target} already exists; nothing was written`, {
          hint: 'add --force to replace it',
        });
      }
      const { bytes } = await backupJournal(store.db, target);
      if (ctx.globals.json) return ctx.out(JSON.stringify({ path: target, bytes }, null, 2));
      ctx.out(target);
      ctx.note(
        `backed up the journal (${Math.max(1, Math.round(bytes / 1024))} KB); check it with: reflect backup --verify ${target}`,
      );
    });
}

/** journal.db → journal-backup-20261124-100000.db in the same folder (local time). */
export function defaultBackupPath(dbPath: string, now: Date): string {
  const ext = extname(dbPath) || '.db';
  const stem = basename(dbPath, extname(dbPath));
  // Written out rather than date-fns `format`: this module is on every command's start-up path.
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return join(dirname(dbPath), `${stem}-backup-${day}-${time}${ext}`);
}
