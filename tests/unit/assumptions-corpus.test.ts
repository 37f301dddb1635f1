import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/eval-grouping.js';
import { groupStatements, recurringGroups, scoreGrouping } from '../../src/domain/assumptions/index.js';

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
    // heldout 0.76, heldout2 0.55, heldout3 0.69 (P 1.00 on all four; heldout3 was 0.47 / P 0.82 before),
    // heldout4 0.76 / P 0.88 after post-hoc fixes (its clean final score was 0.69 / P 0.75), the first four as
    // one journal 0.78 / P 0.98, everything as one journal 0.75 / P 0.88.
    ['dev', 0.95, 0.95],
    ['heldout', 0.72, 0.95],
    ['heldout2', 0.5, 0.95],
    ['heldout3', 0.65, 0.95],
    ['heldout4', 0.7, 0.85],
    ['dev,heldout,heldout2,heldout3', 0.75, 0.95],
    [undefined, 0.7, 0.85],
  ])('split %s: F1 ≥ %d, precision ≥ %d, no merged opposites', (split, f1, precision) => {
    const s = score(split);
    expect(s.f1).toBeGreaterThanOrEqual(f1);
    expect(s.precision).toBeGreaterThanOrEqual(precision);
    expect(s.oppositesMerged).toBe(0);
  });
});
