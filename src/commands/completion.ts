import { existsSync } from 'node:fs';
import { Argument, type Command } from 'commander';
import type { Context } from '../context.js';

const SHELL_NAMES = ['bash', 'zsh', 'fish'];

export function registerCompletion(program: Command, ctx: Context): void {
  program
    .command('completion')
    .description('print a shell completion script (commands, options, prompt set ids)')
    .addArgument(new Argument('<shell>', 'the shell to complete in').choices(SHELL_NAMES))
    .addHelpText(
      'after',
      `
Examples:
  $ eval "$(reflect completion bash)"        in ~/.bashrc
  $ eval "$(reflect completion zsh)"         in ~/.zshrc
  $ reflect completion fish > ~/.config/fish/completions/reflect.fish`,
    )
    .action(async (shell: string) => {
      const { commandSpec } = await import('../completion/spec.js');
      const { COMPLETION_SCRIPTS } = await import('../completion/scripts.js');
      const { builtinSets } = await import('../prompt-catalog.js');
      let root = program;
      while (root.parent) root = root.parent;
      const builtins = builtinSets().map((c) => c.set.id);
      ctx.io.stdout.write(COMPLETION_SCRIPTS[shell as 'bash'](commandSpec(root), builtins));
    });

  // Called by the completion scripts while a person presses Tab: quiet, and never creates a journal.
  program
    .command('__complete', { hidden: true })
    .argument('<what>')
    .action(async (what: string) => {
      if (what !== 'sets') return;
      const { availableSets } = await import('../prompt-catalog.js');
      const path = ctx.dbPath();
      const db = existsSync(path) ? ctx.store().db : undefined;
      ctx.out(
        availableSets(db)
          .map((c) => c.set.id)
          .join('\n'),
      );
    });
}
