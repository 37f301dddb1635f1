import { expect } from 'vitest';
import { analyseAll, groupStatements } from '../../src/domain/assumptions/index.js';
import { compare, SAME_THRESHOLD } from '../../src/domain/assumptions/similarity.js';

/** Groups statements written in entries of their own, all naming `people`: statement i + 1 → its group's index. */
export function groupOf(texts: string[], people: string[]): Map<number, number> {
  const { groups } = groupStatements(texts.map((text, i) => ({ id: i + 1, entryId: i + 1, text, people })));
  const at = new Map<number, number>();
  groups.forEach((g, k) => {
    for (const id of g) at.set(id, k);
  });
  return at;
}

/** Whether two statements, each in an entry of its own naming `people`, end up in one group. */
export function together(a: string, b: string, people: string[]): boolean {
  const at = groupOf([a, b], people);
  return at.get(1) === at.get(2);
}

/** How `compare` relates two statements of entries naming `people`: same, opposite or different. */
export function relation(a: string, b: string, people: string[]): string {
  const [x, y] = analyseAll([
    { id: 1, entryId: 1, text: a, people },
    { id: 2, entryId: 2, text: b, people },
  ]);
  return compare(x!, y!).kind;
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

/**
 * Gate A (docs/precision-gates.md, session 9): two statements that share no predicate the engine knows (no lexicon
 * concept with its sign, no kindred one, no WordNet synonym) are read as one assumption at most weakly: offered as
 * the person writes (above suggest.ts's 0.3), never grouped automatically (below SAME_THRESHOLD).
 */
export function expectOfferedNotGrouped(a: string, b: string, people: string[]): void {
  const [x, y] = analyseAll([
    { id: 1, entryId: 1, text: a, people },
    { id: 2, entryId: 2, text: b, people },
  ]);
  const r = compare(x!, y!);
  expect(r.kind, `${a} / ${b}`).toBe('same');
  expect(r.score, `${a} / ${b}`).toBeGreaterThan(0.3);
  expect(r.score, `${a} / ${b}`).toBeLessThan(SAME_THRESHOLD);
  const at = groupOf([a, b], people);
  expect(at.get(1), `${a} / ${b}`).not.toBe(at.get(2));
}
