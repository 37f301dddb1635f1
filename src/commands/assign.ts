import type { Command } from 'commander';
import type { Context } from '../context.js';
import { CADENCE_FORMS } from '../domain/cadence.js';

export interface AssignOptions {
  from?: string;
  note?: string;
  every?: string;
  count?: string;
  due?: string;
}

export function registerAssign(program: Command, ctx: Context): void {
  program
    .command('assign')
    .description(
      'assign yourself a prompt set to do once or on a cadence (a coach can put one in a set file)',
    )
    .argument('<set-id>', 'prompt set id (see: reflect prompts list)')
    .option('--from <name>', 'who assigned it (default: yourself)')
    .option('--note <text>', 'a note to show with it')
    .option('--every <cadence>', `how often: ${CADENCE_FORMS} (default: once)`)
    .option('--count <n>', 'how many times in all (default with --every: until cancelled)')
    .option(
      '--due <when>',
      'first due day: 2026-12-04, "friday", "in 3 days" (default: today, or the weekday)',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ reflect assign check-in --every weekday:friday --count 6 --from "Ana Ruiz"
  $ reflect assign advocacy-inquiry --due tomorrow --note "before the talk"
  $ reflect assign ladder-of-inference --every "3 days"`,
    )
    .action(async (setId: string, options: AssignOptions) =>
      (await import('./assign-action.js')).assign(ctx, setId, options),
    );
}
