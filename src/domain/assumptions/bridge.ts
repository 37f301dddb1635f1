import type { ConceptDef } from './lexicon.js';
import { sensesOfWord, type WordPos } from './wordnet.js';

// A word the hand lexicon lacks joins a lexicon concept when WordNet makes it a near-synonym of one of the
// concept's one-word phrases: "reverses" meets "overrules" (authority, denied), "scorns" meets "disdains".
// Only verbs and adjectives, only the phrase word's most frequent senses, and only synsets that lead to one
// concept with one sign: a synset two concepts claim says nothing.

export interface Bridged {
  concept: string;
  sign: 1 | -1;
}

const PARTS: readonly WordPos[] = ['v', 'a'];
/** How many senses of a lexicon phrase word stand for its concept. */
const PHRASE_SENSES = 1;
/** How many senses of the unknown word may meet one. */
const WORD_SENSES = 2;

const NOUN: readonly WordPos[] = ['n'];
/** Verbs that frame what follows ("finds me unapproachable"), not what is assumed. */
const FRAMING = new Set([
  'find',
  'finds',
  'found',
  'still',
  'feel',
  'feels',
  'seem',
  'seems',
  'reckon',
  'reckons',
]);

let index: Map<number, Bridged | null> | undefined;

function build(concepts: readonly ConceptDef[]): Map<number, Bridged | null> {
  const out = new Map<number, Bridged | null>();
  for (const c of concepts) {
    if (c.kind !== 'pred') continue;
    for (const [list, sign] of [
      [c.pos, 1],
      [c.neg ?? [], -1],
    ] as const) {
      for (const phrase of list) {
        if (!/^[a-z]+$/.test(phrase)) continue;
        for (const id of sensesOfWord(phrase, PHRASE_SENSES, PARTS)) {
          const had = out.get(id);
          if (had === undefined) out.set(id, { concept: c.id, sign });
          else if (had !== null && (had.concept !== c.id || had.sign !== sign)) out.set(id, null);
        }
      }
    }
  }
  return out;
}

/** The one lexicon concept (and sign) a word is a WordNet near-synonym of, if exactly one. */
export function bridgeWord(word: string, concepts: readonly ConceptDef[]): Bridged | undefined {
  if (memo.has(word)) return memo.get(word) ?? undefined;
  const found = lookUp(word, concepts);
  if (memo.size < 50_000) memo.set(word, found ?? null);
  return found;
}

const memo = new Map<string, Bridged | null>();

function lookUp(word: string, concepts: readonly ConceptDef[]): Bridged | undefined {
  index ??= build(concepts);
  if (word.length < 4 || FRAMING.has(word)) return undefined;
  // A word that can be a noun is too often one ("grades", "the season", "a hearing").
  if (sensesOfWord(word, 1, NOUN).length > 0) return undefined;
  const senses = sensesOfWord(word, WORD_SENSES, PARTS);
  let found: Bridged | undefined;
  for (const id of senses) {
    const b = index.get(id);
    if (b === undefined || b === null) continue;
    if (found !== undefined && (found.concept !== b.concept || found.sign !== b.sign)) return undefined;
    found = b;
  }
  return found;
}
