import { describe, expect, it } from 'vitest';
import { type LinkCandidate, renderCandidates } from '../../src/ui/link-prompt.js';

// vitest.config.ts runs tests in Europe/Amsterdam, without colour.
const candidate = (statementId: number, text: string, date: string, title: string): LinkCandidate => ({
  statementId,
  text,
  date,
  title,
});
const JUDGMENT = candidate(4, 'Dana does not trust my judgment.', '2026-11-17T12:00:00Z', 'Sprint planning');
const SLIP = candidate(
  7,
  'The estimate will slip whatever I say.',
  '2026-11-24T09:00:00Z',
  'Budget review, round two',
);
const PALATE = candidate(
  9,
  'Ines does not trust my palate, not for sauces, not for specials, and not for anything that goes out on the pass on a Friday night.',
  '2026-11-16T08:00:00Z',
  'The tasting of the whole winter menu with Ines, Bram and the two new line cooks',
);

// Link-as-you-write shows earlier statements to compare with the one just written: the statement is what the
// person reads, so it is never cut to make room for its date and title.
describe('renderCandidates', () => {
  it.each([
    [
      'statements that fit whole, with their date and title: one line each',
      [JUDGMENT],
      80,
      ['  1 Dana does not trust my judgment. (17 Nov 2026 · Sprint planning)'],
    ],
    [
      'one that does not fit beside its title: every statement above its date and title',
      [JUDGMENT, SLIP],
      80,
      [
        '  1 Dana does not trust my judgment.',
        '    (17 Nov 2026 · Sprint planning)',
        '  2 The estimate will slip whatever I say.',
        '    (24 Nov 2026 · Budget review, round two)',
      ],
    ],
    [
      'a narrow terminal',
      [JUDGMENT],
      60,
      ['  1 Dana does not trust my judgment.', '    (17 Nov 2026 · Sprint planning)'],
    ],
    [
      'a long statement: wrapped, two lines at most; a long title cut to the line',
      [PALATE],
      80,
      [
        '  1 Ines does not trust my palate, not for sauces, not for specials, and not for',
        '    anything that goes out on the pass on a Friday night.',
        '    (16 Nov 2026 · The tasting of the whole winter menu with Ines, Bram and th…)',
      ],
    ],
    [
      'a long statement on a narrow terminal: the second line ends in …',
      [PALATE],
      60,
      [
        '  1 Ines does not trust my palate, not for sauces, not for',
        '    specials, and not for anything that goes out on the pas…',
        '    (16 Nov 2026 · The tasting of the whole winter menu wi…)',
      ],
    ],
  ] as Array<[string, LinkCandidate[], number, string[]]>)('%s', (_name, candidates, columns, expected) => {
    const lines = renderCandidates(candidates, columns);
    expect(lines).toEqual(expected);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(columns);
  });
});
