import type { Shape } from './normalize.js';

export type RelationKind = 'same' | 'opposite' | 'different';

export interface Relation {
  kind: RelationKind;
  /** 0..1: how much of the two statements' meaning they share (for an opposite: apart from the polarity). */
  score: number;
}

/** Below this a pair is not the same assumption. Measured on the dev half of the corpus (see bench notes). */
export const SAME_THRESHOLD = 0.45;

const W_PRED = 1;
const W_NOUN = 0.6;
const W_WORD = 0.45;
const W_AGENT = 0.6;

function entityWeight(key: string): number {
  if (key.startsWith('p:') || key.startsWith('r:')) return 0.6;
  if (key === 'self') return 0.2;
  return 0.35;
}

function topicWeight(key: string): number {
  return key.startsWith('c:') ? W_NOUN : W_WORD;
}

function totalWeight(s: Shape): number {
  let w = s.agent === null ? 0 : W_AGENT;
  w += s.preds.size * W_PRED;
  for (const t of s.topics) w += topicWeight(t);
  for (const e of s.others) w += entityWeight(e);
  return w;
}

/** "my manager" may be any person of the entry it was written in. */
function sameWho(a: string, aShape: Shape, b: string, bShape: Shape): boolean {
  if (a === b) return true;
  if (a.startsWith('r:') && b.startsWith('p:')) return aShape.entryPeople.includes(b.slice(2));
  if (b.startsWith('r:') && a.startsWith('p:')) return bShape.entryPeople.includes(a.slice(2));
  return false;
}

function persons(s: Shape): string[] {
  const all = s.agent === null ? s.others : [s.agent, ...s.others];
  return all.filter((e) => e.startsWith('p:') || e.startsWith('r:'));
}

/** "me" and "us" count as one side: the writer's. */
function targets(s: Shape, otherAgent: string | null): string[] {
  const out = new Set<string>();
  for (const e of s.others) {
    if (e === otherAgent || e === 'g:people' || e === 'g:leadership') continue;
    out.add(e === 'self' ? 'g:we' : e);
  }
  return [...out];
}

/** Compares two statements. Symmetric and deterministic. */
export function compare(a: Shape, b: Shape): Relation {
  if (a.agent !== null && b.agent !== null && !sameWho(a.agent, a, b.agent, b))
    return { kind: 'different', score: 0 };

  // Statements about different people are different assumptions, whoever is the subject.
  const aPersons = persons(a);
  const bPersons = persons(b);
  if (
    aPersons.length > 0 &&
    bPersons.length > 0 &&
    !aPersons.some((x) => bPersons.some((y) => sameWho(x, a, y, b)))
  ) {
    return { kind: 'different', score: 0 };
  }

  // Whom it is about must overlap when both say: "ignores our advice" is not "doesn't listen to Mr Brennan".
  const aTargets = targets(a, b.agent);
  const bTargets = targets(b, a.agent);
  if (
    aTargets.length > 0 &&
    bTargets.length > 0 &&
    !aTargets.some((t) => bTargets.some((u) => sameWho(t, a, u, b)))
  ) {
    return { kind: 'different', score: 0 };
  }

  let shared = 0;
  let conflicting = 0;
  let samePreds = 0;
  for (const [key, sign] of a.preds) {
    const other = b.preds.get(key);
    if (other === undefined) continue;
    if (other === sign) {
      shared += W_PRED;
      samePreds++;
    } else conflicting += W_PRED;
  }
  for (const t of a.topics) if (b.topics.has(t)) shared += topicWeight(t);
  for (const e of a.others) if (b.others.some((f) => sameWho(e, a, f, b))) shared += entityWeight(e);
  if (a.agent !== null && b.agent !== null) shared += W_AGENT;

  const norm = Math.sqrt(totalWeight(a) * totalWeight(b));
  if (norm === 0) return { kind: 'different', score: 0 };
  // Paraphrases agree on whether it is good or bad news: "welcomes pushback" is not "will think I'm difficult".
  if (conflicting > 0 || a.valence * b.valence < 0)
    return { kind: 'opposite', score: Math.min(1, (shared + conflicting) / norm) };

  let score = shared / norm;
  if (samePreds === 0) {
    // Without a shared predicate only near-identical wording counts, and a lone "not" makes it an opposite.
    if (a.polarity !== b.polarity) return { kind: 'opposite', score };
    score *= 0.6;
  }
  return { kind: 'same', score: Math.min(1, score) };
}
