import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Corpus, loadCorpus } from '../../scripts/eval-grouping.js';
import { scoreSuggestions } from '../../scripts/eval-suggest.js';

const corpusDir = fileURLToPath(new URL('../fixtures/assumptions-corpus', import.meta.url));

/** A one-keeper corpus: one statement per entry, in date order. */
function journal(
  rows: Array<[text: string, group: string]>,
  opposites: Array<[string, string]> = [],
): Corpus {
  return {
    labels: {
      range: { from: '2027-01-01', to: '2027-01-31' },
      statements: rows.map(([text, group], i) => ({ text, group, file: `${i + 1}.json` })),
      groups: {},
      opposites,
      directions: [],
    },
    statements: rows.map(([text], i) => ({
      id: i + 1,
      entryId: i + 1,
      text,
      people: ['Dana'],
      file: `${i + 1}.json`,
      keeper: 'k',
      date: `2027-01-0${i + 1}`,
    })),
  };
}

describe('scoring link-as-you-write', () => {
  it('counts a paraphrase offered as the same and an opposite offered as the opposite', () => {
    const s = scoreSuggestions(
      journal(
        [
          ["Dana doesn't trust my judgement.", 'a'],
          ['Dana does not trust my judgment.', 'a'],
          ['Dana trusts my judgement.', 'a-not'],
          ['The printer is broken again.', 'u'],
        ],
        [['a', 'a-not']],
      ),
    );
    expect(s).toMatchObject({ withEarlier: 1, sameHit: 1, withOpposite: 1, oppositeHit: 1, crossed: 0 });
    // The printer: nothing related earlier, and nothing shown.
    expect(s).toMatchObject({ unrelated: 2, quiet: 2 });
    expect(s.right).toBeLessThanOrEqual(s.shown);
    // The person's answers are links: the register holds the paraphrase pair, and the opposite apart.
    expect(s.answered).toMatchObject({ precision: 1, recall: 1, oppositesMerged: 0 });
  });

  it('looks only at earlier entries, never the entry being written', () => {
    const s = scoreSuggestions(journal([["Dana doesn't trust my judgement.", 'a']]));
    expect(s).toMatchObject({ withEarlier: 0, shown: 0 });
  });

  it('on the dev split, finds what the grouping finds and misleads nowhere', () => {
    const s = scoreSuggestions(loadCorpus(corpusDir, 'dev'));
    expect(s.sameHit / s.withEarlier).toBeGreaterThanOrEqual(0.9);
    expect(s.crossed).toBe(0);
    expect(s.answered.precision).toBe(1);
    expect(s.answered.oppositesMerged).toBe(0);
  });
});
