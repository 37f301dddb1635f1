import { type Command, Option } from 'commander';
import type { Context } from '../../context.js';
import type { FilterOptions } from '../../domain/query.js';
import { addFilterOptions } from '../filters.js';
import { collect, refuseUnknownSubcommand } from '../options.js';

type Run = typeof import('./run.js');

/** Actions load lazily: the register, grouping and suggestion code never slow `list` down. */
function lazy<A extends unknown[]>(pick: (run: Run) => (...args: A) => Promise<void> | void) {
  return async (...args: A) => pick(await import('./run.js'))(...args);
}

export function registerAssumptions(program: Command, ctx: Context): void {
  const command = program
    .command('assumptions')
    .description('the assumption register: what you took for granted, grouped when it came back');
  addFilterOptions(command, ctx, { count: 'all' })
    .addHelpText(
      'after',
      `
Groups marked "possible" were grouped automatically; your own links (link,
unlink, merge, oppose, unoppose, or picking a suggestion while writing) always
win.

Examples:
  $ reflect assumptions             every group, most frequent first
  $ reflect assumptions --from 2026-10-01 --with Dana --json
  $ reflect assumptions show 7
  $ reflect assumptions link 31 7   statement 31 is the assumption of group 7
  $ reflect assumptions unlink 31
  $ reflect assumptions merge 7 12  group 12 joins group 7
  $ reflect assumptions rename 7 "She doesn't trust my judgement"
  $ reflect assumptions oppose 7 9
  $ reflect assumptions unoppose 9  7 and 9 are not opposites after all
  $ reflect assumptions test 7 --result failed --note "She wanted more data"`,
    )
    .action(lazy((run) => (options: FilterOptions) => run.showRegister(ctx, options)));

  command
    .command('show')
    .description('one group: its statements as written, entries, opposite and tests')
    .argument('<group>', 'group id (see: reflect assumptions)')
    .addHelpText('after', examples('show 7', 'show 7 --json'))
    .action(lazy((run) => (group: string) => run.showGroup(ctx, group)));
  command
    .command('link')
    .description('put a statement in a group (your link is authoritative)')
    .argument('<statement>', 'statement id (see: reflect assumptions show <group>)')
    .argument('<group>', 'group id')
    .addHelpText('after', examples('link 31 7  statement 31 is the assumption of group 7'))
    .action(lazy((run) => (statement: string, group: string) => run.link(ctx, statement, group)));
  command
    .command('unlink')
    .description('take a statement out of its group: it stands alone from now on')
    .argument('<statement>', 'statement id')
    .addHelpText('after', examples('unlink 31  statement 31 stands alone from now on'))
    .action(lazy((run) => (statement: string) => run.unlink(ctx, statement)));
  command
    .command('merge')
    .description('the two groups are the same assumption: the second joins the first')
    .argument('<group>', 'group to keep')
    .argument('<other>', 'group that joins it')
    .addHelpText('after', examples('merge 7 12  group 12 joins group 7'))
    .action(lazy((run) => (keep: string, other: string) => run.merge(ctx, keep, other)));
  command
    .command('rename')
    .description('give a group a label in your own words')
    .argument('<group>', 'group id')
    .argument('<label...>', 'the new label')
    .addHelpText('after', examples(`rename 7 "She doesn't trust my judgement"`))
    .action(lazy((run) => (group: string, label: string[]) => run.rename(ctx, group, label.join(' '))));
  command
    .command('oppose')
    .description('mark two groups as opposites ("she trusts me" / "she doesn\'t trust me")')
    .argument('<group>', 'group id')
    .argument('<other>', 'its opposite')
    .addHelpText('after', examples('oppose 7 9'))
    .action(lazy((run) => (a: string, b: string) => run.oppose(ctx, a, b)));
  command
    .command('unoppose')
    .description(
      'take back an opposite mark: the group is the opposite of no group (yours or a possible one)',
    )
    .argument('<group>', 'group id')
    .addHelpText('after', examples('unoppose 9  7 and 9 are not opposites after all'))
    .action(lazy((run) => (group: string) => run.unoppose(ctx, group)));
  command
    .command('test')
    .description('record what you found when you checked the assumption')
    .argument('<group>', 'group id')
    .addOption(
      new Option('--result <result>', 'what you found: held, failed or mixed')
        .choices(['held', 'failed', 'mixed'])
        .makeOptionMandatory(),
    )
    .option('--note <text>', 'how you tested it and what you saw')
    .addHelpText(
      'after',
      examples('test 7 --result failed --note "She wanted more data"', 'test 7 --result held'),
    )
    .action(
      lazy(
        (run) => (group: string, options: { result: 'held' | 'failed' | 'mixed'; note?: string }) =>
          run.test(ctx, group, options),
      ),
    );
  // For benchmarks and scripts: what link-as-you-write would suggest for a new statement. `--with` is the
  // register's filter flag too, so commander may hand it to the parent: read both.
  command
    .command('suggest', { hidden: true })
    .argument('<text...>', 'a new statement')
    .option('-w, --with <person>', 'a person in the entry (repeatable)', collect, [])
    .action(
      lazy((run) => (text: string[], options: { with: string[] }, self: Command) => {
        const people = [...options.with, ...((self.parent?.opts().with as string[] | undefined) ?? [])];
        return run.suggest(ctx, text.join(' '), people);
      }),
    );
  refuseUnknownSubcommand(command);
}

/** A subcommand's help ends with examples, as every command's does. */
function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ reflect assumptions ${line}`).join('\n')}`;
}
