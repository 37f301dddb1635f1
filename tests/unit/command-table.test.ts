import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandsFor, run } from '../../src/cli.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import type { Context } from '../../src/context.js';

/**
 * A run registers only the command it runs (src/cli.ts `COMMANDS`): start-up then loads none of the others.
 * These tests keep the table true to what each module registers, and help the same as with every command.
 */
const ctx = { config: DEFAULT_CONFIG, env: {}, globals: {} } as unknown as Context;

function words(program: Command): string[] {
  return program.commands.flatMap((c) => [c.name(), ...c.aliases()]);
}

/** Runs the CLI in this process; what it prints on stdout and stderr. */
async function runCli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const sink = (add: (text: string) => void) =>
    ({
      write: (text: string) => {
        add(String(text));
        return true;
      },
      on: () => undefined,
    }) as never;
  const code = await run(argv, {
    env: {
      NO_COLOR: '1',
      HOME: '/nonexistent',
      XDG_CONFIG_HOME: '/nonexistent',
      REFLECT_DB: '/nonexistent/j.db',
    },
    io: {
      stdout: sink((t) => (stdout += t)),
      stderr: sink((t) => (stderr += t)),
      stdin: { isTTY: false } as never,
    },
  });
  return { code, stdout, stderr };
}

describe('the command table', () => {
  it.each(COMMANDS.map(([w, load]) => [w.join(' '), w, load] as const))(
    '%s: the words are exactly the commands and aliases its module registers',
    async (_name, expected, load) => {
      const program = new Command('reflect');
      (await load())(program, ctx);
      expect(words(program).sort()).toEqual([...expected].sort());
    },
  );

  it('no word is in two entries', () => {
    const all = COMMANDS.flatMap(([w]) => w);
    expect(new Set(all).size).toBe(all.length);
  });

  it.each([
    ['list -n 3', ['list', '-n', '3'], 1],
    ['ls', ['ls'], 1],
    ['--db x.db show 3', ['--db', 'x.db', 'show', '3'], 1],
    ['--json prompts list', ['--json', 'prompts', 'list'], 1],
    ['-V', ['-V'], 0],
    ['no command', [], COMMANDS.length],
    ['--help', ['--help'], COMMANDS.length],
    ['-h list', ['-h', 'list'], COMMANDS.length],
    ['-V --help', ['-V', '--help'], COMMANDS.length],
    ['help list', ['help', 'list'], COMMANDS.length],
    ['completion bash (walks the whole program)', ['completion', 'bash'], COMMANDS.length],
    ['__complete sets (what Tab runs)', ['__complete', 'sets'], 1],
    ['a mistyped command (suggestions)', ['lst'], COMMANDS.length],
  ])('%s registers %#', async (_name, argv, count) => {
    expect(await commandsFor(argv)).toHaveLength(count);
  });
});

describe('help with one command registered', () => {
  const topLevel = COMMANDS.flatMap(([w]) => w).filter((w) => !w.startsWith('__'));

  it.each(topLevel)('reflect %s --help is the same as reflect help %s', async (word) => {
    const alone = await runCli([word, '--help']);
    const withAll = await runCli(['help', word]);
    expect(alone.code).toBe(0);
    expect(alone.stdout).toMatch(/^Usage: reflect /);
    expect(alone).toEqual(withAll);
  });

  it('root help lists every command', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const [w] of COMMANDS)
      if (!w[0]!.startsWith('__')) expect(stdout).toMatch(new RegExp(`^  ${w[0]}\\b`, 'm'));
  });
});

describe('a mistyped command', () => {
  // One command module is loaded per run; a word that names none loads them all, so every one can be suggested.
  it.each([
    ['lst', 'list'],
    ['sumary', 'summary'],
    ['improt', 'import'],
    ['bakup', 'backup'],
    ['asumptions', 'assumptions'],
    ['doctr', 'doctor'],
    ['exprot', 'export'],
  ])('reflect %s suggests reflect %s, and so does reflect help', async (typo, meant) => {
    const direct = await runCli([typo]);
    expect(direct).toEqual({
      code: 2,
      stdout: '',
      stderr: `reflect: unknown command '${typo}'\ndid you mean reflect ${meant}?\n`,
    });
    const help = await runCli(['help', typo]);
    expect(help).toEqual({
      code: 2,
      stdout: '',
      stderr: `reflect: unknown command '${typo}'\ndid you mean reflect help ${meant}?\n`,
    });
  });

  it('suggests a command by its name, not an alias, and never a hidden one', async () => {
    expect((await runCli(['l'])).stderr).toContain('did you mean reflect list?');
    expect((await runCli(['_complete'])).stderr).not.toContain('__complete');
  });
});
