import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command, Option } from 'commander';
import { closest, editDistance } from '../domain/suggest.js';
import { UserError } from '../errors.js';
import { errnoCode, fileOnTheWay, readReason } from '../fs-errors.js';
import { MSG } from '../ui/messages.js';

/** For repeatable options: `--tag a --tag b`. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function parseEntryId(text: string): number {
  return parseId(text, MSG.badId);
}

/** A positive whole number naming a row; `message` says what it should have been. */
export function parseId(text: string, message: (text: string) => string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new UserError(message(text));
  }
  return Number(text);
}

/**
 * For a group that also acts on its own (`reflect drafts` lists them): commander would call a mistyped
 * subcommand "too many arguments"; name it as the unknown command it is. Call after adding the subcommands
 * (they would inherit `allowExcessArguments`).
 */
export function refuseUnknownSubcommand(group: Command): Command {
  return group.allowExcessArguments(true).hook('preAction', (_group, action) => {
    if (action === group && group.args.length > 0) throw unknownCommand(group, group.args[0]!);
  });
}

/**
 * `word` is not a command of `parent`: one line, and a hint with the closest command (by its name, though an
 * alias may be what was close) or where to see them all. `viaHelp` for `reflect help <word>`.
 */
export function unknownCommand(parent: Command, word: string, viaHelp = false): UserError {
  const path: string[] = [];
  for (let c: Command | null = parent; c; c = c.parent) path.unshift(c.name());
  const visible = parent.createHelp().visibleCommands(parent);
  const names = new Map<string, string>();
  for (const command of visible) names.set(command.name(), command.name());
  for (const command of visible) for (const alias of command.aliases()) names.set(alias, command.name());
  const guess = closest(word, [...names.keys()]);
  const hint = guess
    ? MSG.didYouMean([path[0]!, ...(viaHelp ? ['help'] : []), ...path.slice(1), names.get(guess)!].join(' '))
    : MSG.seeCommands([...path, '--help'].join(' '));
  return new UserError(MSG.unknownCommand(word), { hint });
}

/** `reflect prompts add`: the words that run `command`. */
function commandPath(command: Command): string {
  const path: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) path.unshift(c.name());
  return path.join(' ');
}

/**
 * Commander's own usage errors, reworded as reflect's: the message line, then one hint saying what to do next —
 * the close option (`did you mean --from?`, as for a mistyped command), where the options are, or the usage.
 */
export function usageError(text: string, command: Command): { message: string; hint?: string } {
  const [first = '', ...rest] = text
    .replace(/^error: /, '')
    .trimEnd()
    .split('\n');
  const suggestion = nearMisses(first, /^\(Did you mean (.+)\?\)$/.exec(rest.join(' ').trim())?.[1]);
  if (suggestion) return { message: first, hint: MSG.didYouMean(suggestion) };
  if (first.startsWith('unknown option'))
    return { message: first, hint: MSG.seeOptions(`${commandPath(command)} --help`) };
  if (first.startsWith('missing required argument') || first.startsWith('too many arguments'))
    return { message: first, hint: MSG.usage(`${commandPath(command)} ${command.usage()}`) };
  return optionError(first, command) ?? { message: [first, ...rest].join(' ') };
}

/**
 * Commander's "did you mean" for an unknown option, kept to the flags a typo away: commander allows two edits
 * even for a word of two letters (`summary --on` → --json), which is a guess, not a near miss. Up to three letters
 * typed, one edit (`--wek` → --week); longer, two (`--tgas` → --tag).
 */
function nearMisses(line: string, suggestion: string | undefined): string | undefined {
  const typed = /^unknown option '--([^']+)'/.exec(line)?.[1];
  if (!suggestion || typed === undefined) return suggestion;
  const allowed = typed.length <= 3 ? 1 : 2;
  const near = suggestion
    .replace(/^one of /, '')
    .split(', ')
    .filter((flag) => editDistance(typed, flag.replace(/^--/, '')) <= allowed);
  if (near.length === 0) return undefined;
  return near.length === 1 ? near[0] : `one of ${near.join(', ')}`;
}

/**
 * Commander's words for a bad option value, a missing one, a missing required option and a value outside an
 * argument's choices, as reflect says them: the flag, what it takes, what was given. Undefined for any other.
 */
function optionError(line: string, command: Command): { message: string; hint?: string } | undefined {
  const choice = /^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/.exec(line);
  if (choice) {
    const [, flags, value, choices] = choice;
    return { message: MSG.badChoice(flagName(command, flags!), choices!.split(', '), value!) };
  }
  const argument =
    /^command-argument value '(.*)' is invalid for argument '(.+)'\. Allowed choices are (.+)\.$/.exec(line);
  if (argument) {
    const [, value, name, choices] = argument;
    return {
      message: MSG.badChoice(`the ${name}`, choices!.split(', '), value!),
      hint: MSG.usage(`${commandPath(command)} ${command.usage()}`),
    };
  }
  const missing = /^option '(.+)' argument missing$/.exec(line);
  if (missing) {
    const option = optionOf(command, missing[1]!);
    return {
      message: MSG.needsValue(flagName(command, missing[1]!)),
      hint: option && describeOption(option),
    };
  }
  const required = /^required option '(.+)' not specified$/.exec(line);
  if (required) {
    const option = optionOf(command, required[1]!);
    return {
      message: MSG.needsOption(commandPath(command), flagName(command, required[1]!)),
      hint: option && describeOption(option),
    };
  }
  return undefined;
}

/** The option of `command` (or of a command above it: global options) written as `flags` in its help. */
function optionOf(command: Command, flags: string): Option | undefined {
  for (let c: Command | null = command; c; c = c.parent) {
    const option = c.options.find((o) => o.flags === flags);
    if (option) return option;
  }
  return undefined;
}

/** The flag as the person typed it: `-n` when that is how the command line gives it, else the long name. */
function flagName(command: Command, flags: string): string {
  const option = optionOf(command, flags);
  if (!option) return flags.split(/[ ,]/)[0]!;
  let root: Command = command;
  while (root.parent) root = root.parent;
  // `rawArgs` is set by commander at run time but missing from its type declarations.
  const raw = (root as { rawArgs?: string[] }).rawArgs ?? [];
  if (option.short && raw.includes(option.short) && !(option.long && raw.includes(option.long)))
    return option.short;
  return option.long ?? option.short ?? flags;
}

/** The option's line of the help (`--with <person>  entries with this person …`): what the flag takes. */
export function describeOption(option: Option): string {
  return `${option.flags}  ${option.description}`;
}

/** Every group refuses a word that is none of its commands as unknownCommand does (call after registering). */
export function refuseUnknownCommands(command: Command): void {
  if (command.commands.length === 0) return;
  // Emitted (instead of commander's own refusal) by a group without an action of its own.
  command.on('command:*', (operands: string[]) => {
    throw unknownCommand(command, operands[0]!);
  });
  for (const sub of command.commands) refuseUnknownCommands(sub);
}

/**
 * Refuses `--x` with `--no-x` on one command line: commander would let the last one win, but the two say
 * opposite things and the person meant only one of them.
 */
export function refuseBothWays(command: Command, name: string): Command {
  const seen = new Set<string>();
  for (const flag of [name, `no-${name}`]) {
    command.on(`option:${flag}`, () => {
      seen.add(flag);
      if (seen.size === 2) throw new UserError(`--${name} cannot be combined with --no-${name}`);
    });
  }
  return command;
}

/** A flag given an empty or blank value is refused as `list` refuses one, not taken as "not given". */
export function nonEmptyFlag(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && !value.trim()) throw new UserError(`${flag} needs a value`);
  return value;
}

export function parseCount(text: string, what = 'count'): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) {
    throw new UserError(`${what} must be a positive whole number, got "${text}"`);
  }
  return Number(text);
}

/** Reads a file, or stdin for "-", and parses it as JSON; both failures are one clear line. */
export function readJsonInput(source: string, flag = '--answers'): unknown {
  if (!source.trim()) throw new UserError(`${flag} needs a file name ("-" for stdin)`);
  let text: string;
  const label = source === '-' ? 'stdin' : source;
  try {
    text = source === '-' ? readFileSync(0, 'utf8') : readFileSync(source, 'utf8');
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EAGAIN' && source === '-') throw new UserError('stdin: nothing to read');
    const reason = readReason(error, 'is a folder, expected a JSON file');
    throw new UserError(`${label}: ${reason ?? `cannot read (${code ?? String(error)})`}`);
  }
  try {
    // Windows tools (Notepad, PowerShell's Out-File) start UTF-8 files with a byte-order mark; JSON.parse refuses it.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UserError(`${label}: not valid JSON (${(error as Error).message})`);
  }
}

/**
 * The file a summary, an export or a backup given `out` replaces (they write beside it and rename into place):
 * through a symbolic link, the file it points to, so the link stays (a notes file linked into a synced folder);
 * a missing file as named. A device, named pipe or socket is refused, as the rename would put a plain file in its
 * place (as root, `--out /dev/null --force` did), and so are the journal's own files, by name or through a link.
 */
export function outFile(out: string, journal: string, what: string): string {
  refuseJournalFile(out, journal, what);
  let target: string;
  try {
    target = realpathSync(out);
  } catch {
    return resolve(out);
  }
  refuseJournalFile(target, journal, what);
  const stat = statSync(target);
  const special =
    stat.isCharacterDevice() || stat.isBlockDevice()
      ? 'a device'
      : stat.isFIFO()
        ? 'a named pipe'
        : stat.isSocket()
          ? 'a socket'
          : undefined;
  if (special) throw new UserError(`${out} is ${special}, not a file; the ${what} was not written`);
  return target;
}

/**
 * Refuses an output file whose folder is missing (or is a file), before anything is written: one line naming the
 * folder, where the write itself would fail with a code (or, for a backup, SQLite's own words). Any other problem
 * with the folder (permissions) is left to the write, which names it.
 */
export function requireOutFolder(out: string): void {
  const folder = dirname(out);
  let isFolder: boolean | undefined;
  try {
    isFolder = statSync(folder, { throwIfNoEntry: false })?.isDirectory();
  } catch (error) {
    if (errnoCode(error) !== 'ENOTDIR') return;
    // A file further up (`plain/sub/x.md`): name that file, not a folder that "does not exist".
    const file = fileOnTheWay(out);
    if (file) throw new UserError(MSG.outUnderFile(out, file));
  }
  if (isFolder === false) throw new UserError(MSG.outUnderFile(out, folder));
  if (isFolder === undefined)
    throw new UserError(MSG.outFolderMissing(out, folder), { hint: MSG.outFolderHint });
}

/**
 * Refuses an output path that is the journal or one of SQLite's files beside it (`-wal`, `-shm`, `-journal`):
 * writing a summary, an export or a backup there would destroy the journal, `--force` or not.
 */
function refuseJournalFile(out: string, journal: string, what: string): void {
  const target = resolve(out);
  const db = resolve(journal);
  if ([db, `${db}-wal`, `${db}-shm`, `${db}-journal`].includes(target)) {
    throw new UserError(
      `${out} is ${target === db ? 'the journal itself' : "one of the journal's own files"}; the ${what} was not written`,
      {
        hint: 'choose another file name',
      },
    );
  }
}
