import { type Command, Option } from 'commander';
import type { Context } from '../context.js';
import { toOffsetIso } from '../domain/dates.js';
import { entryLead } from '../domain/entry-lead.js';
import { UserError } from '../errors.js';
import type { ImportSummary, ItemStatus } from '../export/importer.js';
import type { ExportEntry } from '../export/journal-json.js';
import { MSG } from '../ui/messages.js';
import { entryName, excerpt } from '../ui/render.js';
import { type StdinFile, spoolStdin } from './stdin-file.js';

interface ImportOptions {
  format?: 'reflect' | 'jrnl' | 'dayone';
  dryRun?: boolean;
  overwrite?: boolean;
  assignments?: 'keep' | 'skip';
}

const MARK: Record<ItemStatus, string> = { new: '+', unchanged: '=', conflict: '!', overwritten: '~' };

export function registerImport(program: Command, ctx: Context): void {
  program
    .command('import')
    .description('bring entries in from a reflect JSON export, a jrnl JSON export or a Day One JSON export')
    .argument('<file>', 'the JSON file to import ("-" reads it from stdin)')
    .addOption(
      new Option('--format <format>', 'the file format (detected when omitted)').choices([
        'reflect',
        'jrnl',
        'dayone',
      ]),
    )
    .option('--dry-run', 'show what would be imported, change nothing')
    .option('--overwrite', 'replace entries that exist here with different content (same uuid)')
    .addOption(
      new Option(
        '--assignments <mode>',
        "the file's assignments: keep or skip (default: keep into a journal with no entries; into one with entries, add no new ones)",
      ).choices(['keep', 'skip']),
    )
    .addHelpText(
      'after',
      `
Examples:
  $ reflect import journal.json                    a reflect export
  $ reflect import jrnl-export.json --dry-run
  $ jrnl --format json | reflect import -          from stdin
  $ cat journal.json | reflect import - --dry-run
  $ reflect import Journal.json --format dayone
  $ reflect import client.json --assignments skip  entries only, no schedule

Importing a file twice adds nothing twice: an entry already here is skipped.
A reflect export also brings back your decisions in the assumption register (links, labels,
opposites, tests) about the statements of the entries it adds.`,
    )
    .action(async (file: string, options: ImportOptions) => {
      const [{ importFile }, { progressBar }] = await Promise.all([
        import('../export/importer.js'),
        import('../ui/progress.js'),
      ]);
      const input = file === '-' ? await stdinFile(ctx) : undefined;
      let bar: ReturnType<typeof progressBar> | undefined;
      let summary: ImportSummary;
      try {
        summary = importFile(
          ctx.store().db,
          input?.path ?? file,
          {
            format: options.format,
            dryRun: Boolean(options.dryRun),
            overwrite: Boolean(options.overwrite),
            assignments: options.assignments,
            name: input ? 'stdin' : file,
            now: ctx.now(),
          },
          {
            start: (total) => {
              bar = progressBar(ctx.io.stderr, options.dryRun ? 'checking' : 'importing', total);
            },
            item: (status, entry, index) => {
              bar?.tick(index + 1);
              if (options.dryRun && !ctx.globals.json) ctx.out(itemLine(status, entry));
            },
          },
        );
      } finally {
        input?.remove();
      }
      bar?.finish();
      if (ctx.globals.json) return ctx.out(JSON.stringify(summaryJson(summary), null, 2));
      for (const entry of summary.firstConflicts) {
        ctx.note(
          `${options.overwrite ? 'replaced' : 'conflict'}: ${itemLine('conflict', entry).slice(2)} (${entry.uuid})`,
        );
      }
      if (options.assignments === undefined && summary.assignments.leftOut > 0)
        ctx.note(MSG.importAssignmentsLeftOut(summary.assignments.leftOut));
      ctx.out(summaryLine(summary));
    });
}

/** `import -`: stdin copied to a file the importer can read twice; a terminal or nothing at all is refused. */
async function stdinFile(ctx: Context): Promise<StdinFile> {
  if (ctx.io.stdin.isTTY) throw new UserError(MSG.importStdinTerminal, { hint: MSG.importStdinHint });
  const input = await spoolStdin(ctx.io.stdin);
  if (input.size === 0) {
    input.remove();
    throw new UserError(MSG.importStdinEmpty, { hint: MSG.importStdinHint });
  }
  return input;
}

function itemLine(status: ItemStatus, entry: ExportEntry): string {
  const when = toOffsetIso(entry.occurredAt, entry.utcOffset).slice(0, 16).replace('T', ' ');
  const name = entryName(
    entry.title,
    entryLead(entry.answers.map((a, position) => ({ ...a, position }))),
    entry.set,
  );
  return `${MARK[status]} ${when}  ${entry.set}  ${excerpt(name, 60)}`;
}

export function summaryLine(s: ImportSummary): string {
  const parts = [
    `${s.dryRun ? 'would import' : 'imported'} ${s.imported}`,
    `skipped ${s.unchanged} already here`,
    s.overwritten > 0
      ? `${s.dryRun ? 'would replace' : 'replaced'} ${s.overwritten} changed`
      : `conflicts ${s.conflicts}${s.conflicts > 0 ? ' (kept yours; --overwrite replaces them)' : ''}`,
  ];
  const { imported, unchanged, leftOut } = s.assignments;
  if (imported + unchanged + leftOut > 0) {
    const left = leftOut > 0 ? `, ${leftOut} left out` : '';
    parts.push(`assignments ${imported} ${s.dryRun ? 'to add' : 'added'}, ${unchanged} already here${left}`);
  }
  if (s.register) {
    parts.push(
      `assumption groups ${s.register.imported} ${s.dryRun ? 'to add' : 'added'}, ${s.register.skipped} already here`,
    );
  }
  return `${parts.join(' · ')}${s.dryRun ? ' — dry run, nothing changed' : ''}`;
}

function summaryJson(s: ImportSummary) {
  return {
    format: s.format,
    dryRun: s.dryRun,
    total: s.total,
    imported: s.imported,
    skipped: s.unchanged,
    conflicts: s.conflicts,
    overwritten: s.overwritten,
    conflictUuids: s.firstConflicts.map((e) => e.uuid),
    assignments: {
      imported: s.assignments.imported,
      skipped: s.assignments.unchanged,
      leftOut: s.assignments.leftOut,
      mode: s.assignments.mode,
    },
    // Only for a file that carries the register, so the shape for every other file stays as it was.
    ...(s.register ? { register: { imported: s.register.imported, skipped: s.register.skipped } } : {}),
  };
}
