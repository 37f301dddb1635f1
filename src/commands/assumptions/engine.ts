import type { Context } from '../../context.js';
import type { GroupingEngine } from '../../domain/register.js';
import { MSG } from '../../ui/messages.js';

/** The grouping engine is heavy (lexicon, analysis): only commands that group or suggest load it. */
export async function loadEngine(): Promise<GroupingEngine> {
  return import('../../domain/assumptions/index.js');
}

/** Below this many waiting statements grouping takes about a second at most: nothing to say. */
const QUIET_UP_TO = 5000;

/** Tells the person, once, why a command on a freshly imported journal takes a while. */
export function groupingNote(ctx: Context): (waiting: number) => void {
  return (waiting) => {
    if (waiting > QUIET_UP_TO) ctx.note(MSG.groupingMany(waiting));
  };
}
