import { type Command, Option } from 'commander';
import type { Context } from '../../context.js';
import type { SummaryOptions } from './run.js';

export function registerSummary(program: Command, ctx: Context): void {
  program
    .command('summary')
    .description('the assumptions that came back this week (or any period), with their history')
    .option('--week <week>', 'a week: 2026-W47, "this", "last", or a date inside it (default: this week)')
    .option('--from <when>', 'start of a range instead of a week ("2026-10-01", "3 months ago")')
    .option('--to <when>', 'end of the range (default: today)')
    .addOption(
      new Option('--history <weeks>', 'weeks of history drawn for each assumption').default('8', '8'),
    )
    .addOption(
      new Option('--format <format>', 'text, md (Markdown for a coach) or json').choices([
        'text',
        'md',
        'json',
      ]),
    )
    .option('-o, --out <file>', 'write the summary to a file instead of the terminal')
    .option('--force', 'with --out: replace the file if it already exists')
    .addHelpText(
      'after',
      `
Examples:
  $ reflect summary                               this week
  $ reflect summary --week last
  $ reflect summary --week 2026-W47 --format md --out week47.md
  $ reflect summary --week last --format md --out week.md --force  overwrites it
  $ reflect summary --from 2026-10-01 --to 2026-12-31 --json`,
    )
    .action(async (options: SummaryOptions) => {
      const { runSummary } = await import('./run.js');
      return runSummary(ctx, options);
    });
}
