import chalk from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { registerHelp } from './commands/help.js';
import { registerList } from './commands/list.js';
import { describeOption, refuseUnknownCommands, usageError } from './commands/options.js';
import { registerSearch } from './commands/search.js';
import { registerShow } from './commands/show.js';
import { type LoadedConfig, loadConfig } from './config.js';
import { type Context, configHome, type GlobalOptions, type Io, resolveDbPath } from './context.js';
import { EXIT, Interrupted, UserError } from './errors.js';
import { describeSqliteError, openStore, type Store } from './store/db.js';
import { fitHelpText, narrowHelp } from './ui/help-layout.js';
import { MSG } from './ui/messages.js';
import { displayWidth, showControls, wrap } from './ui/render.js';

export interface RunDeps {
  env?: Record<string, string | undefined>;
  io?: Io;
}

/** Parses argv, runs one command and returns the exit code. The only place that decides exit codes. */
export async function run(argv: string[], deps: RunDeps = {}): Promise<number> {
  const env = deps.env ?? process.env;
  const io = deps.io ?? processIo();
  const debug = argv.includes('--debug');
  const loaded = await loadConfig(env, configHome(env));
  if (argv.includes('--no-color') || !loaded.config.color) chalk.level = 0;
  io.stdout.on?.('error', (error: NodeJS.ErrnoException) => {
    // `reflect list | head` closes the pipe early: that is not an error, but it does not undo the command's own
    // verdict either (`reflect doctor | head -3` still fails on an unhealthy journal).
    if (error.code === 'EPIPE') process.exit(Number(process.exitCode ?? EXIT.ok) || EXIT.ok);
  });

  argv = globalVersionFlag(argv);
  // Bare `reflect` is asking what there is: the help, on stdout, as with --help (commander writes it to stderr).
  if (argv.length === 0) argv = ['--help'];
  const ctx = createContext(env, io, loaded);
  const program = buildProgram(ctx, loaded, await commandsFor(argv), dbFlag(argv));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? EXIT.ok) || EXIT.ok;
  } catch (error) {
    return report(error, ctx, debug);
  } finally {
    ctx.closeStore();
  }
}

/** The process's streams, each made when first used: node builds a stream object on first access. */
function processIo(): Io {
  return {
    stdout: process.stdout,
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
  };
}

function buildProgram(
  ctx: Context,
  loaded: LoadedConfig,
  registrations: Register[],
  db: string | undefined,
): Command {
  const program = new Command('reflect')
    .description('A practice field for difficult conversations: left-hand column and ladder of inference.')
    .version(pkg.version, '-V', 'print the version (also --version)')
    .addOption(dbOption(ctx))
    .option('--json', 'machine-readable output on stdout')
    .option('--no-color', 'plain output without colours (also NO_COLOR=1)')
    .option('--debug', 'show stack traces for internal errors')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    // Help (and the text commands add after it) fits the terminal, or COLUMNS in a pipe; see help-layout.ts.
    .configureHelp(narrowHelp)
    .configureOutput({
      writeOut: (text) => ctx.io.stdout.write(fitHelpText(text, helpWidth(ctx.io.stdout, ctx.env))),
      writeErr: (text) => ctx.io.stderr.write(fitHelpText(text, helpWidth(ctx.io.stderr, ctx.env))),
      getOutHelpWidth: () => helpWidth(ctx.io.stdout, ctx.env),
      getErrHelpWidth: () => helpWidth(ctx.io.stderr, ctx.env),
    })
    .addHelpText(
      'after',
      `
Start here:
  $ reflect new       guided entry (left-hand column or ladder of inference)
  $ reflect list      your latest entries
  $ reflect show 12   one entry in full

Data: ${resolveDbPath(db, ctx.env, ctx.config)}
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
  for (const register of registrations) register(program, ctx);
  registerHelp(program);
  refuseUnknownCommands(program);
  rewordUsageErrors(program, ctx);
  return program;
}

/** A terminal's own width; a pipe's is COLUMNS if set, else commander's 80. Never under 40. */
function helpWidth(stream: Io['stdout'], env: Record<string, string | undefined>): number {
  const columns = stream.isTTY ? stream.columns : Number(env.COLUMNS) || undefined;
  return Math.max(columns ?? 80, 40);
}

/** Commander's usage errors (unknown option, missing argument …) as one red line and one dim hint. */
function rewordUsageErrors(command: Command, ctx: Context): void {
  command.configureOutput({
    outputError: (text) => {
      const { message, hint } = usageError(text, command);
      ctx.io.stderr.write(
        `${chalk.red(`reflect: ${visible(message)}`)}\n${hint ? `${chalk.dim(visible(hint))}\n` : ''}`,
      );
    },
  });
  for (const sub of command.commands) rewordUsageErrors(sub, ctx);
}

type Register = (program: Command, ctx: Context) => void;

/**
 * `--db "$JOURNAL"` with the variable unset would otherwise write to the default journal without a word (or, with
 * no command, show the default journal's help): refused while parsing, in the words of a missing `--db`.
 */
function dbOption(ctx: Context): Option {
  const option = new Option('--db <path>', `journal database file (default: ${dbDefault(ctx)})`);
  return option.argParser((value: string) => {
    if (!value.trim()) throw new UserError(MSG.needsValue('--db'), { hint: describeOption(option) });
    return value;
  });
}

/** The journal used without --db, as the help's "Data:" line names it, and what chose it. */
function dbDefault(ctx: Context): string {
  const path = resolveDbPath(undefined, ctx.env, ctx.config);
  if (ctx.env.REFLECT_DB) return `${path}, from $REFLECT_DB`;
  if (ctx.config.db) return `${path}, from the settings' db`;
  return `$REFLECT_DB or ${path}`;
}

/**
 * Every top-level command (names and aliases) with the module that registers it, in help order. A run loads
 * only the module of the command it runs; list, show and search are in the start-up bundle itself, the rest
 * are loaded on demand (tests/unit/command-table.test.ts checks the words against what each module registers).
 */
export const COMMANDS: ReadonlyArray<
  readonly [words: readonly string[], load: () => Register | Promise<Register>]
> = [
  [['new'], async () => (await import('./commands/new/index.js')).registerNew],
  [['list', 'ls'], () => registerList],
  [['show'], () => registerShow],
  [['drafts'], async () => (await import('./commands/drafts.js')).registerDrafts],
  [['search'], () => registerSearch],
  [['star', 'unstar'], async () => (await import('./commands/star.js')).registerStar],
  [['tag'], async () => (await import('./commands/tag.js')).registerTag],
  [['people', 'tags'], async () => (await import('./commands/names.js')).registerNames],
  [['stats'], async () => (await import('./commands/stats.js')).registerStats],
  [['prompts'], async () => (await import('./commands/prompts/index.js')).registerPrompts],
  [['assign'], async () => (await import('./commands/assign.js')).registerAssign],
  [['assignments', 'due'], async () => (await import('./commands/assignments.js')).registerAssignments],
  [['edit'], async () => (await import('./commands/edit/index.js')).registerEdit],
  [['delete', 'rm'], async () => (await import('./commands/delete.js')).registerDelete],
  [['trash', 'restore'], async () => (await import('./commands/trash.js')).registerTrash],
  [['config'], async () => (await import('./commands/config.js')).registerConfig],
  [['completion', '__complete'], async () => (await import('./commands/completion.js')).registerCompletion],
  [['doctor'], async () => (await import('./commands/doctor.js')).registerDoctor],
  [['summary'], async () => (await import('./commands/summary/index.js')).registerSummary],
  [['assumptions'], async () => (await import('./commands/assumptions/index.js')).registerAssumptions],
  [['export'], async () => (await import('./commands/export.js')).registerExport],
  [['import'], async () => (await import('./commands/import.js')).registerImport],
  [['backup'], async () => (await import('./commands/backup.js')).registerBackup],
];

/**
 * The registrations a run needs: the one command it names, none for `--version`, and all of them for
 * anything that shows or walks the whole program (root help, `help`, completion scripts, a mistyped command
 * that gets a suggestion).
 */
export async function commandsFor(argv: readonly string[]): Promise<Register[]> {
  const word = commandWord(argv);
  if (word === undefined && argv.includes('-V') && !argv.some(isHelpFlag)) return [];
  const entry = word === undefined ? undefined : COMMANDS.find(([words]) => words.includes(word));
  const needed = entry && word !== 'completion' ? [entry] : COMMANDS;
  return Promise.all(needed.map(([, load]) => load()));
}

/** The first operand: the command (global options may come before it). Undefined when unsure. */
function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db')
      i++; // the one global option that takes a value
    else if (isHelpFlag(arg) || arg === '--' || arg === '-') return undefined;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

/**
 * `--version` among the global options (`reflect --db x --version`, as an alias that names the journal runs it) is
 * `-V`; after the command word it is that command's own option (`reflect prompts show x --version 1`).
 */
function globalVersionFlag(argv: string[]): string[] {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db') i++;
    else if (arg === '--version') return [...argv.slice(0, i), '-V', ...argv.slice(i + 1)];
    else if (arg === '--' || !arg.startsWith('-')) break;
  }
  return argv;
}

/** The `--db` the command line gives (the last one wins, as in commander), for the help's "Data:" line. */
function dbFlag(argv: readonly string[]): string | undefined {
  let db: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--db') db = argv[++i];
    else if (arg.startsWith('--db=')) db = arg.slice('--db='.length);
  }
  return db;
}

const isHelpFlag = (arg: string) => arg === '-h' || arg === '--help';

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
    // A getter: reading process.stdin sets up a stream (≈ 2 ms), which list/show/search never need.
    get interactive() {
      return Boolean(io.stdin.isTTY && io.stdout.isTTY);
    },
    // A pipe has no width: COLUMNS if set, else room for a full line. Read when used: a terminal may be resized
    // while `new` asks its questions.
    get columns() {
      return Math.min(
        Math.max(io.stdout.isTTY ? (io.stdout.columns ?? 80) : Number(env.COLUMNS) || 100, 40),
        120,
      );
    },
    dbPath: () => resolveDbPath(globals.db, env, loaded.config),
    store: () => {
      store ??= openStore(ctx.dbPath());
      return store;
    },
    out: (text = '') => {
      io.stdout.write(`${visible(text)}\n`);
    },
    note: (text: string) => {
      // A terminal breaks a long line where its edge falls, mid-word; broken here, it breaks between words.
      const width = io.stderr.isTTY ? ctx.columns : Number.POSITIVE_INFINITY;
      const lines = visible(text)
        .split('\n')
        .flatMap((line) => (displayWidth(line) > width ? wrap(line, width) : [line]));
      io.stderr.write(`${lines.join('\n')}\n`);
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
  // A terminal breaks a long line at its edge, mid-word (mid-command): broken here, between words.
  const fitted = (text: string, style: (line: string) => string) =>
    (ctx.io.stderr.isTTY ? wrap(text, ctx.columns) : [text]).map((line) => style(line)).join('\n');
  if (error instanceof Interrupted) {
    ctx.io.stderr.write(
      `\n${error.draftId ? fitted(MSG.draftSaved(error.draftId), chalk.yellow) : error.message}\n`,
    );
    return EXIT.interrupted;
  }
  const described = error instanceof UserError ? error : describeSqliteError(error, ctx.dbPath());
  if (described instanceof UserError) {
    ctx.io.stderr.write(`${fitted(`reflect: ${visible(described.message)}`, chalk.red)}\n`);
    if (described.hint) ctx.io.stderr.write(`${fitted(visible(described.hint), chalk.dim)}\n`);
    if (debug && described.stack) ctx.io.stderr.write(`${chalk.dim(described.stack)}\n`);
    return described.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.io.stderr.write(`${chalk.red(`reflect: ${MSG.internal}`)}\n${visible(message)}\n`);
  if (debug) ctx.io.stderr.write(`${chalk.dim((error as Error)?.stack ?? '')}\n`);
  else ctx.io.stderr.write(`${chalk.dim(MSG.debugHint)}\n`);
  return EXIT.internal;
}

/** What reflect prints as text: control characters from the journal or the command line shown, not obeyed. */
function visible(text: string): string {
  return showControls(text, chalk.level > 0);
}
