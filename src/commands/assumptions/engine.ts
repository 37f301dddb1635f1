import type { GroupingEngine } from '../../domain/register.js';

/** The grouping engine is heavy (lexicon, analysis): only commands that group or suggest load it. */
export async function loadEngine(): Promise<GroupingEngine> {
  return import('../../domain/assumptions/index.js');
}
