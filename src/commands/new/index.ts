import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { cleanTags, flagNames } from '../../domain/names.js';
import { UserError } from '../../errors.js';
import { MSG } from '../../ui/messages.js';
import { collect, nonEmptyFlag } from '../options.js';

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
      'prompt set: left-hand-column, ladder-of-inference, advocacy-inquiry, check-in, freeform or an installed one',
    )
    .option('-t, --title <title>', 'title of the entry')
    .option('-w, --with <person>', 'a person the conversation was with (repeatable)', collect)
    .option('--tag <tag>', 'a tag (repeatable)', collect)
    .option('-d, --date <when>', 'when it happened: ISO 8601 or words like "yesterday 4pm" (default: now)')
    .option('-a, --answers <file>', 'write without prompts from a JSON answers file ("-" for stdin)')
    .option('-r, --resume <draft>', 'continue a saved draft')
    .addHelpText(
      'after',
      `
Examples:
  $ reflect new               pick an exercise and answer one question at a time
  $ reflect new --set ladder-of-inference --with Dana --tag 1:1
  $ reflect new --set left-hand-column --answers talk.json -d "yesterday 4pm"
  $ reflect new --resume 3    continue draft 3 (see: reflect drafts)

Keys while answering:
  Enter    answer; an empty line ends a long answer, a list or the dialogue
  Ctrl-P   go back a step (in a list, long answer or dialogue: a line first),
           the earlier answer there to edit or keep with Enter
  :e       go on with a long answer in $EDITOR
  Ctrl-C   stop; the draft keeps every answer (reflect new --resume <draft>)`,
    )
    .action(async (flags: Omit<NewOptions, 'with' | 'tag'> & Partial<Pick<NewOptions, 'with' | 'tag'>>) => {
      // Flags are checked before anything else, so a typo never costs a question answered.
      nonEmptyFlag(flags.set, '--set');
      nonEmptyFlag(flags.date, '--date');
      // Without a default (commander would print it as "(default: [])" in the help): none given is none.
      const options: NewOptions = {
        ...flags,
        with: flagNames(flags.with ?? [], '--with'),
        tag: flagNames(flags.tag ?? [], '--tag', cleanTags),
      };
      if (options.answers !== undefined && options.resume !== undefined)
        throw new UserError('--answers cannot be combined with --resume');
      if (options.resume !== undefined) {
        // A draft keeps the set, title, date, people and tags it was started with.
        const ignored = (['set', 'title', 'date', 'with', 'tag'] as const).find((key) =>
          Array.isArray(options[key]) ? options[key].length > 0 : options[key] !== undefined,
        );
        if (ignored) {
          throw new UserError(`--resume cannot be combined with --${ignored}`, {
            hint: 'a draft goes on with its own set and details; change them afterwards with: reflect edit <id>',
          });
        }
      }
      const { checkNamedFlags } = await import('./flags.js');
      await checkNamedFlags(ctx, options);
      if (options.answers !== undefined) {
        const { newFromAnswers } = await import('./from-answers.js');
        return newFromAnswers(ctx, options);
      }
      if (!ctx.interactive) throw new UserError(MSG.needsTerminal);
      const { newInteractive } = await import('./interactive.js');
      return newInteractive(ctx, options);
    });
}
