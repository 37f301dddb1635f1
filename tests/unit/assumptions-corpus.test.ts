import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus, scorePerKeeper } from '../../scripts/eval-grouping.js';
import {
  groupStatements,
  microAverage,
  recurringGroups,
  scoreGrouping,
} from '../../src/domain/assumptions/index.js';

const corpus = fileURLToPath(new URL('../fixtures/assumptions-corpus/', import.meta.url));

function score(split?: string) {
  const { labels, statements } = loadCorpus(corpus, split);
  const byId = new Map(statements.map((s) => [s.id, s]));
  const groups = recurringGroups(groupStatements(statements).groups.map((g) => g.map((id) => byId.get(id)!)));
  return scoreGrouping(
    groups.map((g) => g.map((s) => s.text)),
    labels,
  );
}

// Floors, not goals: the dev half was used to design the method, the held-out halves were not (see
// scripts/assumptions-corpus/). A drop below these is a regression; merged opposites must stay at zero.
describe('grouping quality on the labelled corpus', () => {
  it.each([
    // Measured after the theme-table round (see tests/fixtures/assumptions-corpus/README.md): dev F1 1.00,
    // heldout 0.76, heldout2 0.55, heldout3 0.69, heldout4 0.85 (P 1.00 on all five; heldout4 after post-hoc fixes,
    // its clean final score was 0.69 / P 0.75), the first four as one journal 0.79, everything as one journal
    // 0.80 / P 0.99.
    ['dev', 0.95, 0.95],
    ['heldout', 0.72, 0.95],
    ['heldout2', 0.5, 0.95],
    ['heldout3', 0.65, 0.95],
    ['heldout4', 0.8, 0.95],
    ['dev,heldout,heldout2,heldout3', 0.75, 0.95],
    // Round five (who and what; 17 more themes): dev 0.98, heldout 0.76, heldout2 0.55, heldout3 0.69, heldout4 0.83,
    // the first five as one journal 0.79 / P 0.99. heldout5 (written at the start of round five, clean final
    // P 0.85 R 0.42 F1 0.56 with one opposite merged) has no floor: it is the next round's honest estimate.
    ['dev,heldout,heldout2,heldout3,heldout4', 0.75, 0.95],
    // Round six (judgements, pronouns that refer back, names in any script, kindred themes): dev 1.00, heldout 0.78,
    // heldout2 0.67, heldout3 0.69, heldout4 0.85, heldout5 0.74 (P 0.94; its failures were read this round, so it
    // is no longer clean), the first five as one journal 0.82 / P 1.00, the first six 0.77 / P 0.90 (pooling two
    // journals with an "Owen" each merges their Owen statements). heldout6 (written at the start of round six,
    // scored once at its end) has no floor: it is the next round's honest estimate.
    ['dev', 0.97, 0.95],
    ['heldout', 0.75, 0.95],
    ['heldout2', 0.62, 0.95],
    ['heldout3', 0.65, 0.95],
    ['heldout4', 0.82, 0.95],
    ['heldout5', 0.7, 0.9],
    ['dev,heldout,heldout2,heldout3,heldout4', 0.78, 0.95],
    // Round seven (WordNet bridging, negation scope between statements, judgement of a shared topic): heldout 0.79,
    // heldout5 0.77, heldout6 0.44 (P 0.95; read since its one-time score), the first five 0.82 / P 1.00. heldout7
    // (written at the start of round seven, scored once at its end: P 0.88 R 0.33 F1 0.48, one opposite merged) has
    // no floor.
    ['heldout5', 0.75, 0.9],
    ['heldout6', 0.42, 0.9],
    // Round eight ("…, not me" sets the writer against the one a predicate is aimed at): heldout7 pooled P 0.88 → 0.93, F1 0.52 → 0.56 (per journal P 0.96 → 1.00),
    // no opposite merged (it merged "Sophie has my back" with "Sophie will side with him, not me"); read since.
    ['heldout7', 0.5, 0.85],
    // Session 9 (posthoc16): heldout16, scored once at the end of session 8 (pooled P 0.53, F1 0.17, 1 opposite
    // merged), its wrong pairs read and guarded by general rules: pooled P 1.00, F1 0.31; read since.
    ['heldout16', 0.29, 0.95],
  ])('split %s: F1 ≥ %d, precision ≥ %d, no merged opposites', (split, f1, precision) => {
    const s = score(split);
    expect(s.f1).toBeGreaterThanOrEqual(f1);
    expect(s.precision).toBeGreaterThanOrEqual(precision);
    expect(s.oppositesMerged).toBe(0);
  });
});

describe('per-journal scores (one keeper per journal)', () => {
  it('micro-averages pairs over journals', () => {
    const base = { oppositesMerged: 0, directionsMerged: 1, precision: 0, recall: 0, f1: 0 };
    const s = microAverage([
      { ...base, predictedPairs: 4, truePairs: 10, correctPairs: 4 },
      { ...base, predictedPairs: 6, truePairs: 10, correctPairs: 3 },
    ]);
    expect(s.precision).toBeCloseTo(0.7);
    expect(s.recall).toBeCloseTo(0.35);
    expect(s.directionsMerged).toBe(2);
  });

  it.each(['dev', 'heldout5', 'heldout7', 'heldout16'])(
    'scores %s keeper by keeper, with no merged opposites',
    (split) => {
      const per = scorePerKeeper(loadCorpus(corpus, split));
      expect(per?.keepers).toBe(2);
      expect(per?.score.oppositesMerged).toBe(0);
      expect(per?.score.precision).toBeGreaterThanOrEqual(score(split).precision);
    },
  );
});
