import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reflect } from '../helpers/cli.js';

const has = (shell: string) => spawnSync(shell, ['-c', 'true']).status === 0;
const TOP_COMMANDS = [
  'new',
  'list',
  'show',
  'drafts',
  'edit',
  'delete',
  'trash',
  'restore',
  'config',
  'completion',
];

/** Every visible command name, read from `reflect --help`, so commands added later are checked too. */
function helpCommands(): string[] {
  const help = reflect(['--help']).stdout;
  const section = help.slice(help.indexOf('Commands:'), help.indexOf('\n\n', help.indexOf('Commands:')));
  return [...section.matchAll(/^ {2}([a-z][\w-]*)/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
}

/** What bash offers for the words typed so far (the last one is being completed), through the real script. */
function bashCompleter(): (...words: string[]) => string {
  const script = reflect(['completion', 'bash']).stdout;
  return (...words) => {
    const program = `${script}
COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _reflect; echo "\${COMPREPLY[*]}"`;
    return spawnSync('bash', ['-c', program], {
      encoding: 'utf8',
      env: { PATH: '/usr/bin:/bin' },
    }).stdout.trim();
  };
}

describe('reflect completion', () => {
  it('prints a bash script that bash accepts and that names every command', () => {
    const result = reflect(['completion', 'bash']);
    expect(result.code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'reflect-completion-'));
    writeFileSync(join(dir, 'reflect.bash'), result.stdout);
    expect(spawnSync('bash', ['-n', join(dir, 'reflect.bash')]).status).toBe(0);
    const commands = helpCommands();
    expect(commands).toEqual(expect.arrayContaining(TOP_COMMANDS));
    const top = /'' *\) cmds='([^']*)'/.exec(result.stdout)![1]!.split(' ');
    expect(top).toEqual(expect.arrayContaining(commands));
    expect(result.stdout).not.toContain('__complete)');
  });

  it('completes commands, options, config keys and set ids in bash', () => {
    const complete = bashCompleter();
    expect(complete('reflect', 'tr')).toBe('trash');
    expect(complete('reflect', 'trash', '')).toBe('empty');
    expect(complete('reflect', 'config', 'set', 'week')).toBe('weekStart');
    expect(complete('reflect', '--db', 'x.db', 'new', '--set', 'l')).toBe(
      'ladder-of-inference left-hand-column',
    );
    expect(complete('reflect', 'rm', '--')).toContain('--yes');
    expect(complete('reflect', 'completion', '')).toBe('bash zsh fish');
  });

  it('offers each command its own values of a shared option name (--format of import, export, summary)', () => {
    const complete = bashCompleter();
    expect(complete('reflect', 'import', '--format', '')).toBe('reflect jrnl dayone');
    expect(complete('reflect', 'export', '--format', '')).toBe('md json');
    expect(complete('reflect', 'summary', '--format', '')).toBe('text md json');
    expect(complete('reflect', '--db', 'x.db', 'import', 'a.json', '--format', 'j')).toBe('jrnl');
  });

  it('completes set ids where a command takes one (assign, prompts show/export/remove), in bash and fish', () => {
    const complete = bashCompleter();
    expect(complete('reflect', 'assign', 'ch')).toBe('check-in');
    expect(complete('reflect', 'prompts', 'show', 'l')).toBe('ladder-of-inference left-hand-column');
    expect(complete('reflect', 'prompts', 'export', 'f')).toBe('freeform');
    expect(complete('reflect', 'prompts', 'remove', 'a')).toBe('advocacy-inquiry');
    // `prompts new <id>` names a set that does not exist yet.
    expect(complete('reflect', 'prompts', 'new', 'f')).toBe('');
    const fish = reflect(['completion', 'fish']).stdout;
    expect(fish).toMatch(/__fish_seen_subcommand_from assign'.* -a '\(__reflect_sets\)'/);
    expect(fish).toMatch(/__fish_seen_subcommand_from show'.* -a '\(__reflect_sets\)'/);
  });

  it.each([
    ['zsh', ['-n']],
    ['fish', ['-n']],
  ])('prints a %s script its shell accepts', (shell, flags) => {
    const result = reflect(['completion', shell]);
    expect(result.code).toBe(0);
    for (const command of TOP_COMMANDS) expect(result.stdout).toContain(command);
    if (!has(shell)) return;
    const dir = mkdtempSync(join(tmpdir(), 'reflect-completion-'));
    writeFileSync(join(dir, `reflect.${shell}`), result.stdout);
    expect(spawnSync(shell, [...flags, join(dir, `reflect.${shell}`)], { encoding: 'utf8' }).stderr).toBe('');
  });

  it('lists set ids for the scripts without creating a journal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reflect-completion-'));
    const result = reflect(['__complete', 'sets'], { db: join(dir, 'none.db') });
    expect(result).toMatchObject({
      code: 0,
      stdout: 'left-hand-column\nladder-of-inference\nadvocacy-inquiry\ncheck-in\nfreeform\n',
    });
    expect(spawnSync('ls', [dir], { encoding: 'utf8' }).stdout).toBe('');
  });
});
