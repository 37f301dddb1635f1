import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/ui/render.js';
import { ROOT, reflect, tempJournal } from '../helpers/cli.js';

/**
 * Every command's `--help` against README.md and against itself: each flag of a command is in README where README
 * speaks of that command, each flag README's command lines give is one the command takes, README's command list is
 * `reflect --help`'s, and every example of every help runs as written (no usage error, no internal error).
 * The commands are read from the help itself, so a new command or flag is checked without touching this file.
 */
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

interface HelpCommand {
  /** `['prompts', 'add']`; `[]` for reflect itself. */
  path: string[];
  /** Every flag of its Options, short and long: `-n`, `--count`. */
  flags: string[];
  /** Its `$ reflect …` examples as argv (quotes honoured, the trailing explanation dropped). */
  examples: string[][];
  help: string;
}

/** The indented lines under `Title:` in a help text. */
function helpSection(help: string, title: string): string[] {
  const lines = help.split('\n');
  const start = lines.indexOf(`${title}:`);
  if (start < 0) return [];
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) break;
    body.push(line);
  }
  return body;
}

/** Words of a command line as a shell gives them to the program: quotes removed, quoted spaces kept. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

function exampleCommands(help: string): string[][] {
  return helpSection(help, 'Examples')
    .map((line) => /^\s+\$ reflect (.*)$/.exec(line)?.[1])
    .filter((line): line is string => line !== undefined && !/[|>]|\$\(/.test(line))
    .map((line) => shellWords(line.replace(/ {2,}\S.*$/, '')));
}

function readCommands(path: string[] = []): HelpCommand[] {
  const help = reflect([...path, '--help']).stdout;
  const flags = helpSection(help, 'Options')
    .filter((line) => /^ {2}-/.test(line))
    .flatMap((line) =>
      line
        .trim()
        .split(/\s{2,}/)[0]!
        .split(/,\s*/),
    )
    .map((flag) => flag.split(' ')[0]!);
  const subcommands = helpSection(help, 'Commands')
    .map((line) => /^ {2}([a-z][\w-]*)/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined && name !== 'help');
  return [
    { path, flags, examples: exampleCommands(help), help },
    ...subcommands.flatMap((name) => readCommands([...path, name])),
  ];
}

const COMMANDS = readCommands();
const byPath = new Map(COMMANDS.map((command) => [command.path.join(' '), command]));
const commandNames = (help: string) =>
  helpSection(help, 'Commands')
    .map((line) => /^ {2}([a-z][\w-]*)/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined && name !== 'help');

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** README's sections (from one heading to the next), each as one text. */
const SECTIONS = README.split(/\n(?=#{2,4} )/);

describe('README documents every flag of every command', () => {
  const cases = COMMANDS.filter((command) => command.path.length > 0).flatMap((command) =>
    command.flags
      .filter((flag) => flag !== '-h' && flag !== '--help')
      .map((flag) => [command.path.join(' '), flag] as const),
  );

  it('finds the commands and their flags in the help', () => {
    expect(byPath.get('list')?.flags).toEqual(expect.arrayContaining(['--from', '-n', '--count']));
    expect(byPath.get('prompts add')?.flags).toContain('--accept');
    expect(cases.length).toBeGreaterThan(100);
  });

  it.each(cases)('reflect %s %s', (path, flag) => {
    // A section speaks of the command when it names it (`reflect prompts add …`, or `prompts add` in code).
    const about = SECTIONS.filter((section) =>
      new RegExp(`(reflect |\`)${literal(path)}(?![\\w-])`).test(section),
    );
    expect(about.length, `README never names reflect ${path}`).toBeGreaterThan(0);
    const named = new RegExp(`${literal(flag)}(?![\\w-])`);
    expect(
      about.some((section) => named.test(section)),
      `${flag} of reflect ${path} is in none of README's sections about it`,
    ).toBe(true);
  });

  it('and the global options', () => {
    for (const flag of byPath.get('')!.flags) expect(README).toMatch(new RegExp(`\`${literal(flag)}[ ,\`]`));
  });
});

describe("README's command lines take only flags the command has", () => {
  /** `reflect …` lines of README's code blocks (its examples and synopses), comments dropped. */
  const lines = [...README.matchAll(/```[a-z]*\n([\s\S]*?)```/g)]
    .flatMap((block) => block[1]!.split('\n'))
    .map((line) => /^\s*(?:\$ )?reflect (.*)$/.exec(line)?.[1])
    .filter((line): line is string => line !== undefined)
    .map((line) => line.replace(/\s#.*$/, ''));

  it('README has command lines to check', () => expect(lines.length).toBeGreaterThan(50));

  it.each(lines)('reflect %s', (line) => {
    const words = shellWords(line);
    let i = 0;
    while (words[i]?.startsWith('-')) i += words[i] === '--db' ? 2 : 1;
    const path: string[] = [];
    while (i < words.length && byPath.has([...path, words[i]!].join(' '))) path.push(words[i++]!);
    const known = new Set(['-h', '--help', '-V', '--version']);
    for (let depth = 0; depth <= path.length; depth++)
      for (const flag of byPath.get(path.slice(0, depth).join(' '))?.flags ?? []) known.add(flag);
    // After `--` every word is an operand (`reflect tag 12 -- -h`).
    const end = words.indexOf('--');
    for (const word of end < 0 ? words : words.slice(0, end)) {
      // `[--note <text>]` in a synopsis; `-draft` is a tag change of `reflect tag`, not a flag.
      const flag = /^\[?(--[a-z][\w-]*|-[a-zA-Z])(?=$|[=\]|])/.exec(word)?.[1];
      if (flag) expect(known, `reflect ${path.join(' ')} has no ${flag}`).toContain(flag);
    }
  });
});

describe("README's commands at a glance are reflect --help's commands", () => {
  it('every command of reflect --help is in the table, and the table names no other', () => {
    const table = README.split('## Commands at a glance')[1]!.split('\n## ')[0]!;
    const named = new Set(
      [...table.matchAll(/`reflect ([a-z][\w-]*)/g)].map((m) => m[1]!).filter((name) => name !== 'help'),
    );
    expect([...named].sort()).toEqual(commandNames(byPath.get('')!.help).sort());
  });
});

describe('every example of every --help runs as written', () => {
  let work: ReturnType<typeof tempJournal>;
  beforeEach(() => {
    work = tempJournal('reflect-help-examples-');
  });
  afterEach(() => work.cleanup());

  const withExamples = COMMANDS.filter((command) => command.path.length > 0);

  it.each(withExamples.map((command) => [command.path.join(' '), command] as const))(
    'reflect %s --help',
    (_name, command) => {
      expect(helpSection(command.help, 'Examples').length, 'no examples').toBeGreaterThan(0);
      // In order, in one folder and journal: `prompts new … --out x.yaml` makes the file the next example adds.
      for (const argv of command.examples) {
        // The settings file of this test's own folder: a `config set` example changes nothing for the next test.
        const env = { XDG_CONFIG_HOME: join(work.dir, 'config'), HOME: work.dir };
        const result = reflect(argv, { db: work.db, cwd: work.dir, env });
        const shown = `reflect ${argv.join(' ')}\n${result.stderr}`;
        expect(result.stderr, shown).not.toMatch(
          /unknown option|unknown command|missing required|too many arguments|needs a value|needs --|must be .*, got|internal error/,
        );
        // Settings need no journal content: every example of them runs as shown.
        if (command.path[0] === 'config') expect(result.code, shown).toBe(0);
      }
    },
  );
});

describe('every --help fits 80 columns', () => {
  // `reflect edit --help` had a paragraph of 108 columns; examples with their explanations ran to 110.
  it.each(COMMANDS.map((command) => [command.path.join(' ') || '(reflect)', command.help] as const))(
    'reflect %s --help',
    (_name, help) => {
      const wide = help.split('\n').filter((line) => [...line].length > 80);
      expect(wide).toEqual([]);
    },
  );
});

describe.each([60, 40])('every --help fits %i columns', (columns) => {
  // At 60 columns commander stopped wrapping a description whose column got too narrow: `--assignments` of
  // `import` ran to 173 columns, `--db` to 112; examples and paragraphs kept their 80-column breaks.
  // Paths are never broken (they would not copy): the journal and settings paths here are short.
  const env = { COLUMNS: String(columns), REFLECT_DB: '/tmp/j.db', XDG_CONFIG_HOME: '/tmp/c' };
  it.each(COMMANDS.map((command) => [command.path.join(' ') || '(reflect)', command.path] as const))(
    'reflect %s --help',
    (_name, path) => {
      const help = reflect([...path, '--help'], { env }).stdout;
      const wide = help.split('\n').filter((line) => displayWidth(line) > columns);
      expect(wide).toEqual([]);
      // Nothing is lost on the way: the same words as at 80 columns, in the same order.
      const words = (text: string) => text.split(/\s+/).filter((word) => word && word !== '\\');
      expect(words(help)).toEqual(
        words(reflect([...path, '--help'], { env: { ...env, COLUMNS: '80' } }).stdout),
      );
    },
  );
});

describe('reflect new --help names every built-in prompt set', () => {
  // It named three of the five: advocacy-inquiry and check-in, added later, were missing from --set.
  it.each(readdirSync(join(ROOT, 'prompts')).filter((name) => name.endsWith('.yaml')))('%s', (file) => {
    const setHelp = byPath.get('new')!.help.split('-t, --title')[0]!.split('-s, --set')[1]!;
    expect(setHelp.replace(/\s+/g, ' ')).toContain(file.replace(/\.yaml$/, ''));
  });
});
