import { describe, expect, it } from 'vitest';
import { relation, together } from '../helpers/grouping-probes.js';

// Session 12 (posthoc19): post hoc rules for heldout19's wrong pairs and trap set 8's odd half, each probed in
// words of my own (other verbs, other people, other settings), none from the corpus or the trap files.

describe('a contrast reversed ("A, not B" against "B more than A") is its opposite', () => {
  it.each([
    [
      'The coach cares about winning trophies, not about the care of the players.',
      'The coach cares about the care of the players more than about winning trophies.',
      [],
    ],
    [
      'Ines worries about the turnover, not about the worries of her staff.',
      'Ines worries about the worries of her staff more than about the turnover.',
      ['Ines'],
    ],
    ['The landlord cares about rent, not repair.', 'The landlord cares about repair, not rent.', []],
    [
      'Bruno thinks about profit, not the welfare of the horses.',
      'Bruno thinks about the horses, not profit.',
      ['Bruno'],
    ],
  ])('%s ≠ %s', (a, b, people) => {
    expect(relation(a, b, people)).toBe('opposite');
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    [
      'The coach cares about winning trophies, not about the care of the players.',
      'The coach cares about winning trophies more than about the care of the players.',
      [],
    ],
    ['The landlord cares about rent, not repair.', 'The landlord cares more about rent than repair.', []],
  ])('the same contrast in other words still groups: %s ~ %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });

  it('"…, not one of …" is no contrast: a denial of the whole', () => {
    expect(
      relation(
        'Imke thinks the other drivers all trust me.',
        'According to Imke, not one of the other drivers trusts me.',
        ['Imke'],
      ),
    ).not.toBe('same');
  });
});

describe('a phrasal verb in the passive, its doer after "by", is done to the subject', () => {
  it.each([
    ['I let Priya down at the launch.', 'I was let down by the designer at the launch.', ['Priya']],
    ['Priya was let down by me at the launch.', 'I was let down by the designer at the launch.', ['Priya']],
    [
      'I let the apprentice down on his first week.',
      'I was badly let down by the apprentice on my first week.',
      [],
    ],
    ['I let Omar down over the audit.', 'I feel let down by my trainer over the audit.', ['Omar']],
  ])('%s ≠ %s', (a, b, people) => {
    expect(relation(a, b, people)).not.toBe('same');
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    ['I was let down by the designer at the launch.', 'The designer let me down at the launch.', []],
    ['I let Priya down at the launch.', 'Priya was badly let down by me at the launch.', ['Priya']],
    ['I was let down by Omar over the audit.', 'Omar let me down over the audit.', ['Omar']],
  ])('the same direction still groups: %s ~ %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });

  it('"hurt by my remark" is still my doing, not done to me', () => {
    expect(together('Lena was hurt by my remark.', "I was hurt by Lena's remark.", ['Lena'])).toBe(false);
  });
});
