import type { FrameToken } from './seen.js';
import { stem } from './stem.js';

// A preference that names what it is preferred to ("would sooner struggle on alone than ask me for help", "would
// rather do the talking herself than let me near the minister") says the holder will not do that: it is read
// "would not ask me for help", the assumption such statements carry (what the holder would rather do instead is
// left out). Read as it was written, the act after "than" counted as asserted: "would sooner struggle on alone
// than ask me for help" met "will ask me for help".

const PREFER = new Set(['rather', 'sooner']);
/** "than the old rota", "than his": a thing or a person preferred to, not an act. */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'any',
  'its',
  'his',
  'her',
  'their',
  'my',
  'our',
  'your',
]);

function word<T extends FrameToken>(lower: string): T {
  return { lower, stem: stem(lower), cap: false, punct: false } as T;
}

/** Where the act refused by "would rather … than" at `i` starts, or undefined. */
function refusedAt(tokens: readonly FrameToken[], i: number): number | undefined {
  if (tokens[i]!.lower !== 'would' || !PREFER.has(tokens[i + 1]?.lower ?? '')) return undefined;
  if (tokens[i + 2]?.lower === 'not') return undefined;
  for (let k = i + 2; k < tokens.length && !tokens[k]!.punct; k++) {
    if (tokens[k]!.lower !== 'than') continue;
    const act = tokens[k + 1];
    if (act === undefined || act.punct || act.ent !== undefined || DETERMINERS.has(act.lower))
      return undefined;
    return k + 1;
  }
  return undefined;
}

/** Rewrites the first "would rather … than <act>" into "would not <act>", or returns the tokens unchanged. */
export function refusedPreference<T extends FrameToken>(tokens: T[]): T[] {
  for (let i = 0; i < tokens.length; i++) {
    const refused = refusedAt(tokens, i);
    if (refused !== undefined)
      return [...tokens.slice(0, i), ...['would', 'not'].map((w) => word<T>(w)), ...tokens.slice(refused)];
  }
  return tokens;
}
