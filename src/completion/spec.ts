import type { Command, Option } from 'commander';
import { CONFIG_KEYS } from '../config.js';

/** What a shell needs to know about the program, read from the commander tree itself. */
export interface CommandSpec {
  name: string;
  aliases: string[];
  description: string;
  options: OptionSpec[];
  commands: CommandSpec[];
  /** Words offered for the command's positional arguments (set ids, config keys, shells …). */
  argValues: ValueSource;
}

export interface OptionSpec {
  short?: string | undefined;
  long?: string | undefined;
  description: string;
  takesValue: boolean;
  values: ValueSource;
}

/** `sets` are looked up when completing (installed sets change); `files` is the shell's own file completion. */
export type ValueSource =
  | { kind: 'none' }
  | { kind: 'files' }
  | { kind: 'sets' }
  | { kind: 'words'; words: string[] };

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const NONE: ValueSource = { kind: 'none' };

export function commandSpec(command: Command): CommandSpec {
  const options = command.options.filter((o) => !o.hidden).map(optionSpec);
  if (command.parent === null) {
    options.push({ short: '-h', long: '--help', description: 'show help', takesValue: false, values: NONE });
  }
  return {
    name: command.name(),
    aliases: command.aliases(),
    description: command.description(),
    options,
    commands: command.commands
      .filter((c) => !(c as unknown as { _hidden?: boolean })._hidden && c.name() !== 'help')
      .map(commandSpec),
    argValues: argValues(command),
  };
}

function optionSpec(option: Option): OptionSpec {
  const takesValue = option.required || option.optional;
  let values: ValueSource = NONE;
  if (option.argChoices) values = { kind: 'words', words: option.argChoices };
  else if (option.long === '--set') values = { kind: 'sets' };
  else if (/<(file|path)>/.test(option.flags)) values = { kind: 'files' };
  return { short: option.short, long: option.long, description: option.description, takesValue, values };
}

function argValues(command: Command): ValueSource {
  const first = command.registeredArguments[0];
  if (!first) return NONE;
  if (first.argChoices) return { kind: 'words', words: first.argChoices };
  if (first.name() === 'key' && command.parent?.name() === 'config')
    return { kind: 'words', words: Object.keys(CONFIG_KEYS) };
  // `assign <set-id>`, `prompts show|export|remove <id>`: arguments described as an existing set's id
  // (`prompts new <id>` names a set that does not exist yet).
  if (/^prompt set id\b/.test(first.description)) return { kind: 'sets' };
  return NONE;
}

/** Every command with its path of names from the root ('' for the root). */
export function flatten(
  spec: CommandSpec,
  path: string[] = [],
): Array<{ path: string[]; spec: CommandSpec }> {
  return [{ path, spec }, ...spec.commands.flatMap((c) => flatten(c, [...path, c.name]))];
}
