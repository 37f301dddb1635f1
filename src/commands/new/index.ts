import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { UserError } from '../../errors.js';
import { MSG } from '../../ui/messages.js';
import { collect } from '../options.js';

export interface NewOptions {
  set?: string;
  title?: string;
  with: string[];
  tag: string[];
  date?: string;
  answers?: string;
  resume?: string;
}

export function registerNew(program: Command, ctx: Context): void {
  program
    .command('new')
    .description('write a new entry, guided one question at a time')
    .option(
      '-s, --set <id>',
      'prompt set: left-hand-column, ladder-of-inference, freeform or an installed one',
    )
    .option('-t, --title <title>', 'title of the entry')
    .option('-w, --with <person>', 'a person the conversation was with (repeatable)', collect, [])
    .option('--tag <tag>', 'a tag (repeatable)', collect, [])
    .option('-d, --date <when>', 'when it happened: ISO 8601 or words like "yesterday 4pm" (default: now)')
    .option('-a, --answers <file>', 'write without prompts from a JSON answers file ("-" for stdin)')
    .option('-r, --resume <draft>', 'continue a saved draft')
    .addHelpText(
      'after',
      `
Examples:
  $ reflect new                                   pick an exercise and answer one question at a time
  $ reflect new --set ladder-of-inference --with Dana --tag 1:1
  $ reflect new --set left-hand-column --answers answers.json --date "yesterday 4pm"
  $ reflect new --resume 3                        continue draft 3 (see: reflect drafts)`,
    )
    .action(async (options: NewOptions) => {
      if (options.answers !== undefined) {
        if (options.resume) throw new UserError('--answers and --resume cannot be used together');
        const { newFromAnswers } = await import('./from-answers.js');
        return newFromAnswers(ctx, options);
      }
      if (!ctx.interactive) throw new UserError(MSG.needsTerminal);
      const { newInteractive } = await import('./interactive.js');
      return newInteractive(ctx, options);
    });
}
