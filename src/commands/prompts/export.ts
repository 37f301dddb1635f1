import { stringify } from 'yaml';
import type { Context } from '../../context.js';
import { builtinSets } from '../../prompt-catalog.js';
import { getStoredSet } from '../../store/prompt-sets.js';
import { writeOut } from './shared.js';
import { findAnyVersion } from './show.js';

/** `reflect prompts export <id> [--version n] [--out file]`: the YAML exactly as it was installed. */
export function exportPrompts(ctx: Context, id: string, options: { version?: string; out?: string }): void {
  const { set, source } = findAnyVersion(ctx, id, options.version);
  const builtin = builtinSets().find((c) => c.set.id === id && c.set.version === set.version);
  const yaml =
    (source === 'builtin' ? builtin?.yaml : undefined) ??
    getStoredSet(ctx.store().db, set.id, set.version)?.yaml ??
    // A set stored without its file (never the case for `prompts add`): write its definition out.
    stringify(set, { lineWidth: 110 });
  writeOut(ctx, yaml, options.out);
}
