import type { Context } from '../../context.js';
import { promptSetTemplate } from '../../domain/prompt-template.js';
import { UserError } from '../../errors.js';
import { builtinSets } from '../../prompt-catalog.js';
import { writeOut } from './shared.js';

/** `reflect prompts new <id> [--out file]`: a commented template that passes validate as it is. */
export function newPrompts(ctx: Context, id: string, options: { out?: string }): void {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    throw new UserError(`"${id}" cannot be a prompt set id: use only lowercase a-z, 0-9 and single dashes`, {
      hint: 'e.g. reflect prompts new weekly-practice',
    });
  }
  if (builtinSets().some((c) => c.set.id === id)) {
    throw new UserError(`"${id}" is the id of a built-in prompt set; choose another`, {
      hint: `to start from the built-in one: reflect prompts export ${id} --out my-${id}.yaml`,
    });
  }
  writeOut(ctx, promptSetTemplate(id), options.out);
}
