import chalk from 'chalk';
import { Command, CommanderError } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { registerAssign } from './commands/assign.js';
import { registerAssignments } from './commands/assignments.js';
import { registerAssumptions } from './commands/assumptions/index.js';
import { registerBackup } from './commands/backup.js';
import { registerCompletion } from './commands/completion.js';
import { registerConfig } from './commands/config.js';
import { registerDelete } from './commands/delete.js';
import { registerDoctor } from './commands/doctor.js';
import { registerDrafts } from './commands/drafts.js';
import { registerEdit } from './commands/edit/index.js';
import { registerExport } from './commands/export.js';
import { registerHelp } from './commands/help.js';
import { registerImport } from './commands/import.js';
import { registerList } from './commands/list.js';
import { registerNames } from './commands/names.js';
import { registerNew } from './commands/new/index.js';
import { registerPrompts } from './commands/prompts/index.js';
import { registerSearch } from './commands/search.js';
import { registerShow } from './commands/show.js';
import { registerStar } from './commands/star.js';
import { registerStats } from './commands/stats.js';
import { registerSummary } from './commands/summary/index.js';
import { registerTag } from './commands/tag.js';
import { registerTrash } from './commands/trash.js';
import { type LoadedConfig, loadConfig } from './config.js';
import { type Context, configHome, type GlobalOptions, type Io, resolveDbPath } from './context.js';
import { EXIT, Interrupted, UserError } from './errors.js';
import { describeSqliteError, openStore, type Store } from './store/db.js';
import { MSG } from './ui/messages.js';

export interface RunDeps {
  env?: Record<string, string | undefined>;
  io?: Io;
}

/** Parses argv, runs one command and returns the exit code. The only place that decides exit codes. */
export async function run(argv: string[], deps: RunDeps = {}): Promise<number> {
  const env = deps.env ?? process.env;
  const io = deps.io ?? { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
  const debug = argv.includes('--debug');
  const loaded = await loadConfig(env, configHome(env));
  if (argv.includes('--no-color') || !loaded.config.color) chalk.level = 0;
  io.stdout.on?.('error', (error: NodeJS.ErrnoException) => {
    // `reflect list | head` closes the pipe early: that is not an error.
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
  });

  // Only first: after a subcommand, --version is that command's option (`reflect prompts show x --version 1`).
  if (argv[0] === '--version') argv = ['-V', ...argv.slice(1)];
  // Bare `reflect` is asking what there is: the help, on stdout, as with --help (commander writes it to stderr).
  if (argv.length === 0) argv = ['--help'];
  const ctx = createContext(env, io, loaded);
  const program = buildProgram(ctx, loaded);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? EXIT.ok) || EXIT.ok;
  } catch (error) {
    return report(error, ctx, debug);
  } finally {
    ctx.closeStore();
  }
}

function buildProgram(ctx: Context, loaded: LoadedConfig): Command {
  const program = new Command('reflect')
    .description('A practice field for difficult conversations: left-hand column and ladder of inference.')
    .version(pkg.version, '-V', 'print the version (also --version)')
    .option(
      '--db <path>',
      'journal database file (default: $REFLECT_DB or ~/.local/share/reflect/journal.db)',
    )
    .option('--json', 'machine-readable output on stdout')
    .option('--no-color', 'plain output without colours (also NO_COLOR=1)')
    .option('--debug', 'show stack traces for internal errors')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.io.stdout.write(text),
      writeErr: (text) => ctx.io.stderr.write(text),
      outputError: (text, write) => write(chalk.red(text.replace(/^error: /, 'reflect: '))),
    })
    .addHelpText(
      'after',
      `
Start here:
  $ reflect new                      guided entry (left-hand column or ladder of inference)
  $ reflect list                     your latest entries
  $ reflect show 12                  one entry in full

Data: ${resolveDbPath(undefined, ctx.env, ctx.config)}
Settings: ${loaded.path}`,
    );
  program.hook('preAction', (root, action) => {
    const opts = root.opts<Partial<GlobalOptions>>();
    Object.assign(ctx.globals, {
      db: opts.db,
      json: Boolean(opts.json),
      color: opts.color !== false && ctx.config.color,
      debug: Boolean(opts.debug),
    });
    // A broken config file stops every command except the ones that can repair it (and doctor, which reports it,
    // and help, which reads nothing).
    if (loaded.problem && !isConfigRepair(action)) throw loaded.problem;
  });
  for (const register of [
    registerNew,
    registerList,
    registerShow,
    registerDrafts,
    registerSearch,
    registerStar,
    registerTag,
    registerNames,
    registerStats,
    registerPrompts,
    registerAssign,
    registerAssignments,
    registerEdit,
    registerDelete,
    registerTrash,
    registerConfig,
    registerCompletion,
    registerDoctor,
    registerSummary,
    registerAssumptions,
    registerExport,
    registerImport,
    registerBackup,
  ])
    register(program, ctx);
  registerHelp(program);
  return program;
}

function isConfigRepair(command: Command): boolean {
  for (let c: Command | null = command; c; c = c.parent)
    if (['config', '__complete', 'doctor', 'help'].includes(c.name())) return true;
  return false;
}

function createContext(
  env: Record<string, string | undefined>,
  io: Io,
  loaded: LoadedConfig,
): Context & { closeStore(): void } {
  let store: Store | undefined;
  const globals: GlobalOptions = { json: false, color: true, debug: false };
  const fixedNow = env.REFLECT_NOW ? new Date(env.REFLECT_NOW) : undefined;
  // Refused when a command reads the clock, as one line (commands that never read it are not stopped).
  const badNow =
    fixedNow && Number.isNaN(fixedNow.getTime())
      ? new UserError(`REFLECT_NOW is not a date: ${env.REFLECT_NOW}`, {
          hint: 'use ISO 8601, e.g. REFLECT_NOW=2026-11-24T10:00:00+01:00, or unset it',
        })
      : undefined;
  const ctx = {
    env,
    io,
    globals,
    config: loaded.config,
    now: () => {
      if (badNow) throw badNow;
      return fixedNow ? new Date(fixedNow) : new Date();
    },
    interactive: Boolean(io.stdin.isTTY && io.stdout.isTTY),
    // A pipe has no width: COLUMNS if set, else room for a full line.
    columns: Math.min(
      Math.max(io.stdout.isTTY ? (io.stdout.columns ?? 80) : Number(env.COLUMNS) || 100, 40),
      120,
    ),
    dbPath: () => resolveDbPath(globals.db, env, loaded.config),
    store: () => {
      store ??= openStore(ctx.dbPath());
      return store;
    },
    out: (text = '') => {
      io.stdout.write(`${text}\n`);
    },
    note: (text: string) => {
      io.stderr.write(`${text}\n`);
    },
    closeStore: () => {
      store?.close();
      store = undefined;
    },
  };
  return ctx;
}

function report(error: unknown, ctx: Context, debug: boolean): number {
  if (error instanceof CommanderError) {
    if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code))
      return EXIT.ok;
    // commander has already printed its one line.
    return EXIT.user;
  }
  if (error instanceof Interrupted) {
    ctx.io.stderr.write(`\n${error.draftId ? chalk.yellow(MSG.draftSaved(error.draftId)) : 'interrupted'}\n`);
    return EXIT.interrupted;
  }
  const described = error instanceof UserError ? error : describeSqliteError(error, ctx.dbPath());
  if (described instanceof UserError) {
    ctx.io.stderr.write(`${chalk.red(`reflect: ${described.message}`)}\n`);
    if (described.hint) ctx.io.stderr.write(`${chalk.dim(described.hint)}\n`);
    if (debug && described.stack) ctx.io.stderr.write(`${chalk.dim(described.stack)}\n`);
    return described.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.io.stderr.write(`${chalk.red(`reflect: ${MSG.internal}`)}\n${message}\n`);
  if (debug) ctx.io.stderr.write(`${chalk.dim((error as Error)?.stack ?? '')}\n`);
  else ctx.io.stderr.write(`${chalk.dim(MSG.debugHint)}\n`);
  return EXIT.internal;
}
