import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { refuseBothWays, refuseUnknownSubcommand } from '../options.js';

const actions = () => import('./actions.js');

/** `reflect prompts …`: the subcommands' code (and the YAML parser) loads only when one runs. */
export function registerPrompts(program: Command, ctx: Context): void {
  const prompts = program
    .command('prompts')
    .description('prompt sets: list, show, validate, add, new, export, remove')
    .addHelpText(
      'after',
      `
Examples:
  $ reflect prompts list
  $ reflect prompts new weekly-practice --out weekly-practice.yaml
  $ reflect prompts validate weekly-practice.yaml
  $ reflect prompts add weekly-practice.yaml --accept
  $ reflect prompts show check-in`,
    )
    .action(async () => (await actions()).listPrompts(ctx));

  prompts
    .command('list')
    .alias('ls')
    .description('built-in and installed prompt sets, with how many entries use each')
    .addHelpText('after', '\nExamples:\n  $ reflect prompts list\n  $ reflect prompts list --json')
    .action(async () => (await actions()).listPrompts(ctx));

  prompts
    .command('show')
    .description('the steps of a prompt set: kinds, roles and questions')
    .argument('<id>', 'prompt set id (see: reflect prompts list)')
    .option('--version <n>', 'a stored earlier version (entries keep the version they were written with)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ reflect prompts show check-in\n  $ reflect prompts show weekly-practice --version 1 --json',
    )
    .action(async (id: string, options: { version?: string }) =>
      (await actions()).showPrompts(ctx, id, options),
    );

  prompts
    .command('validate')
    .description('check prompt-set files; every problem as file:line:col: message (path); exit 2 if any')
    .argument('<files...>', 'YAML files ("-" for stdin)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ reflect prompts validate weekly-practice.yaml\n  $ reflect prompts validate sets/*.yaml',
    )
    .action(async (files: string[]) => (await actions()).validatePrompts(ctx, files));

  const add = prompts
    .command('add')
    .description(
      'install a prompt set from a file (validated; never runs anything); a higher version upgrades',
    )
    .argument('<file>', 'YAML file ("-" for stdin)')
    .option('--force', 'replace a stored version of the same number that no entry uses yet')
    .option('--accept', "accept the file's assignment without asking")
    .option('--no-accept', "decline the file's assignment without asking")
    .addHelpText(
      'after',
      `
Examples:
  $ reflect prompts add weekly-practice.yaml
  $ reflect prompts add weekly-practice.yaml --no-accept  without its schedule`,
    )
    .action(async (file: string, options: { force?: boolean; accept?: boolean }) =>
      (await actions()).addPrompts(ctx, file, options),
    );
  refuseBothWays(add, 'accept');

  prompts
    .command('new')
    .description('write a commented template for a new prompt set')
    .argument('<id>', 'id of the new set: lowercase a-z, 0-9 and dashes')
    .option('-o, --out <file>', 'write to this file (default: stdout); never overwrites')
    .addHelpText('after', '\nExamples:\n  $ reflect prompts new weekly-practice --out weekly-practice.yaml')
    .action(async (id: string, options: { out?: string }) => (await actions()).newPrompts(ctx, id, options));

  prompts
    .command('export')
    .description('write a stored prompt set back out as YAML, to share or edit')
    .argument('<id>', 'prompt set id')
    .option('--version <n>', 'a stored earlier version (default: the current one)')
    .option('-o, --out <file>', 'write to this file (default: stdout); never overwrites')
    .addHelpText(
      'after',
      '\nExamples:\n  $ reflect prompts export weekly-practice > weekly-practice.yaml\n  $ reflect prompts export check-in --out my-check-in.yaml',
    )
    .action(async (id: string, options: { version?: string; out?: string }) =>
      (await actions()).exportPrompts(ctx, id, options),
    );

  prompts
    .command('remove')
    .alias('rm')
    .description('remove an installed prompt set (refused while entries use it, unless --force)')
    .argument('<id>', 'prompt set id')
    .option('--force', 'remove it anyway, keeping the versions your entries were written with')
    .addHelpText(
      'after',
      '\nExamples:\n  $ reflect prompts remove weekly-practice\n  $ reflect prompts remove weekly-practice --force',
    )
    .action(async (id: string, options: { force?: boolean }) =>
      (await actions()).removePrompts(ctx, id, options),
    );
  refuseUnknownSubcommand(prompts);
}
