import { type Command, Option } from 'commander';
import type { Context } from '../context.js';
import { type FilterOptions, isFiltered } from '../domain/query.js';
import { UserError } from '../errors.js';
import { MSG } from '../ui/messages.js';
import { addFilterOptions, readFilters } from './filters.js';
import { outFile, parseCount, requireOutFolder } from './options.js';

interface ExportOptions extends FilterOptions {
  format: string;
  assignment?: string;
  out?: string;
  force?: boolean;
}

const FORMATS = ['md', 'json'];

export function registerExport(program: Command, ctx: Context): void {
  const command = program
    .command('export')
    .description(
      'write entries as Markdown notes or as the reflect JSON export (stdout, one file, or one file per entry)',
    )
    .addOption(
      new Option('--format <format>', 'md (Markdown) or json (lossless, for import; also: --json)')
        .choices(FORMATS)
        .default('md'),
    )
    .option('--out <path>', 'a file (notes.md, journal.json), or a folder ending in / for one file per entry')
    .option('--force', 'replace files that already exist')
    .option(
      '--assignment <id>',
      'only the entries that completed this assignment (see: reflect assignments)',
    );
  addFilterOptions(command, ctx, { count: 'all' }).addHelpText(
    'after',
    `
Examples:
  $ reflect export > journal.md
  $ reflect export --out notes/                      one Markdown note per entry
  $ reflect export --format json --out journal.json  to import elsewhere
  $ reflect export --week last --with Dana --out dana.md
  $ reflect export --assignment 3 --format json --out for-my-coach.json`,
  );
  command.action(async (options: ExportOptions) => {
    const [
      { EXPORT_FORMATS },
      { narrowToAssignment, resolveTarget, runExport },
      { selectionOf },
      { progressBar },
    ] = await Promise.all([
      import('../export/formats.js'),
      import('../export/exporter.js'),
      import('../store/transfer.js'),
      import('../ui/progress.js'),
    ]);
    // `--json` asks for machine output, which for export is the JSON format; a --format that says otherwise is
    // a contradiction, not a choice.
    const formatGiven = command.getOptionValueSource('format') !== 'default';
    if (ctx.globals.json && formatGiven && options.format !== 'json')
      throw new UserError(MSG.jsonWithFormat(options.format), {
        hint: 'use one of them: --json, or --format md|json',
      });
    const format = EXPORT_FORMATS[ctx.globals.json ? 'json' : options.format]!;
    if (options.force && options.out === undefined) throw new UserError(MSG.forceNeedsOut);
    const filters = await readFilters(ctx, options, { count: 'all' });
    const resolved = resolveTarget(options.out, format, process.cwd());
    // A file goes into a folder that exists, as for summary and backup; a folder target is made, not its parents.
    if (resolved.kind !== 'stdout') requireOutFolder(resolved.path);
    const target =
      resolved.kind === 'file'
        ? { ...resolved, path: outFile(resolved.path, ctx.dbPath(), 'export') }
        : resolved;
    const db = ctx.store().db;
    const assignmentId =
      options.assignment === undefined ? undefined : parseCount(options.assignment, '--assignment');
    const { query, assignments } = narrowToAssignment(db, filters, assignmentId);
    let bar: ReturnType<typeof progressBar> | undefined;
    const result = await runExport(
      db,
      {
        format,
        target,
        selection: selectionOf(query),
        force: Boolean(options.force),
        exportedAt: ctx.now().toISOString(),
        assignments,
      },
      {
        stdout: ctx.io.stdout,
        progress: (done, total) => {
          bar ??= progressBar(ctx.io.stderr, 'exporting', total);
          bar.tick(done);
        },
      },
    );
    bar?.finish();
    // Empty stdout alone would not say why; a file or folder target says "exported 0 entries".
    if (target.kind === 'stdout' && result.entries === 0)
      ctx.note(isFiltered(query) || assignmentId !== undefined ? MSG.noMatches : MSG.noEntries);
    if (target.kind === 'file')
      ctx.note(`exported ${plural(result.entries, 'entry', 'entries')} to ${target.path}`);
    if (target.kind === 'dir')
      ctx.note(
        `exported ${plural(result.entries, 'entry', 'entries')} to ${result.files} files in ${target.path}`,
      );
  });
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
