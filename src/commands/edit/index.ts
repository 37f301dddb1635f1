import type { Command } from 'commander';
import type { Context } from '../../context.js';

export function registerEdit(program: Command, ctx: Context): void {
  program
    .command('edit')
    .description(
      "change an entry in your editor ($REFLECT_EDITOR, $VISUAL, $EDITOR or the config's editor), or from an answers file",
    )
    .argument('<id>', 'entry id (see: reflect list)')
    .option(
      '-a, --answers <file>',
      'replace the answers from a JSON answers file ("-" for stdin), without an editor',
    )
    .addHelpText(
      'after',
      `
The entry opens as a text document: front matter (title, date, people, tags),
then one section per question. Save and close to apply; an unchanged or empty
file changes nothing. On a mistake reflect says what is wrong and offers to
re-open the editor with your text.

Examples:
  $ reflect edit 12
  $ EDITOR="code --wait" reflect edit 12
  $ reflect edit 12 --answers fixed.json  same JSON as: reflect new --answers
  $ echo '{"title": "Budget talk"}' | reflect edit 12 --answers -   retitle only`,
    )
    .action(async (idText: string, options: { answers?: string }) => {
      const { editEntry } = await import('./run.js');
      await editEntry(ctx, idText, options);
    });
}
