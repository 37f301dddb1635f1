import type { Command } from 'commander';
import type { Context } from '../context.js';
import { tagName } from '../domain/names.js';
import { UserError } from '../errors.js';
import { changeTags, getEntry } from '../store/entries.js';
import { MSG } from '../ui/messages.js';
import { parseEntryId } from './options.js';
import { unknownEntryError } from './unknown-entry.js';

export function registerTag(program: Command, ctx: Context): void {
  program
    .command('tag')
    .description('add (+tag or tag) and remove (-tag) tags of an entry')
    .argument('<id>', 'entry id (see: reflect list)')
    .argument('<changes...>', '+tag to add, -tag to remove')
    // "-budget" is a change, not an option: unknown options reach the action as arguments.
    .allowUnknownOption()
    .addHelpText(
      'after',
      `
Examples:
  $ reflect tag 12 +budget +1:1
  $ reflect tag 12 -draft +final
  $ reflect tag 12 +-wip     add the tag "-wip" (after a +, - may start a tag)
  $ reflect tag 12 -- -h     remove the tag "h" (-h and -V are reflect's flags)
  $ reflect tag 12 -- --wip  remove the tag "-wip" (after --, words are changes)`,
    )
    .action((idText: string, changes: string[], _options: object, command: Command) => {
      const id = parseEntryId(idText);
      // commander drops the "--" itself; what followed it in the command line is taken literally.
      // (`rawArgs` is set by commander at run time but missing from its type declarations.)
      const raw = (command.parent as { rawArgs?: string[] } | null)?.rawArgs ?? [];
      const literal = raw.includes('--') ? raw.length - raw.indexOf('--') - 1 : 0;
      const { add, remove } = parseTagChanges(changes, literal, idText);
      const db = ctx.store().db;
      if (!getEntry(db, id)) throw unknownEntryError(db, id, MSG.unknownEntry(idText));
      const tags = changeTags(db, id, add, remove, ctx.now());
      if (ctx.globals.json) return ctx.out(JSON.stringify({ id, tags }));
      ctx.note(MSG.tagsNow(id, tags));
    });
}

/**
 * `+a`/`a` adds, `-a` removes; a leading `#` is dropped. The last `literal` changes came after "--" on the
 * command line; before them, "--x" is a mistyped option (unknown options reach us as changes), not "remove -x".
 */
export function parseTagChanges(
  changes: string[],
  literal = 0,
  id = '<id>',
): { add: string[]; remove: string[] } {
  const add: string[] = [];
  const remove: string[] = [];
  for (const [index, change] of changes.entries()) {
    if (change === '--') continue;
    if (index < changes.length - literal && change.startsWith('--')) {
      // "--wip" is "remove -wip" only after "--"; the person may as well have meant to add it.
      const tag = change.slice(1);
      throw new UserError(`unknown option '${change}'`, {
        hint: `to remove the tag "${tag}": reflect tag ${id} -- ${change} (to add it: reflect tag ${id} +${tag})`,
      });
    }
    const sign = change[0] === '-' || change[0] === '+' ? change[0] : '+';
    const name = tagName(sign === change[0] ? change.slice(1) : change);
    if (!name) {
      throw new UserError(`"${change}" names no tag`, { hint: 'use +tag to add and -tag to remove' });
    }
    (sign === '-' ? remove : add).push(name);
  }
  return { add, remove };
}
