import type { Command } from 'commander';
import { unknownCommand } from './options.js';

/**
 * `reflect help [command…]` in place of commander's own, which shows the whole help (exit 0) for a name it does
 * not know: an unknown name is refused as `reflect <name>` would refuse it. Register after the other commands.
 */
export function registerHelp(program: Command): void {
  program.helpCommand(false);
  program
    .command('help')
    .description('show help for a command')
    .argument('[command...]', 'a command, or a group and one of its commands')
    .addHelpText('after', '\nExamples:\n  $ reflect help list\n  $ reflect help prompts add')
    .action((names: string[]) => {
      let target = program;
      for (const name of names) {
        const next = target.commands.find((c) => c.name() === name || c.aliases().includes(name));
        if (!next) throw unknownCommand(target, name, true);
        target = next;
      }
      target.help();
    });
}
