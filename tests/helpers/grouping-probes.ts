import { expect } from 'vitest';
import { groupStatements } from '../../src/domain/assumptions/index.js';

/** Groups statements written in entries of their own, all naming `people`: statement i + 1 → its group's index. */
export function groupOf(texts: string[], people: string[]): Map<number, number> {
  const { groups } = groupStatements(texts.map((text, i) => ({ id: i + 1, entryId: i + 1, text, people })));
  const at = new Map<number, number>();
  groups.forEach((g, k) => {
    for (const id of g) at.set(id, k);
  });
  return at;
}

/** A probe set: the people of its entries, phrasings of one assumption, and optionally its denial. */
export type ProbeSet = [people: string[], paraphrases: string[], opposite?: string];

/** Pairs of paraphrases grouped together, out of all; fails when a denial joins its paraphrases' group. */
export function paraphrasePairs(sets: ProbeSet[]): { together: number; pairs: number } {
  let together = 0;
  let pairs = 0;
  for (const [people, paras, opposite] of sets) {
    const texts = opposite === undefined ? paras : [...paras, opposite];
    const at = groupOf(texts, people);
    for (let i = 1; i <= paras.length; i++) {
      for (let j = i + 1; j <= paras.length; j++) {
        pairs++;
        if (at.get(i) === at.get(j)) together++;
      }
    }
    if (opposite !== undefined)
      for (let i = 1; i <= paras.length; i++)
        expect(at.get(i), `${paras[i - 1]} / ${opposite}`).not.toBe(at.get(texts.length));
  }
  return { together, pairs };
}
