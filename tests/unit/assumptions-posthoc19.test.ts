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

describe('trap set 8, odd half: the opposite of patient with me, and siding with others against me', () => {
  it.each([
    [
      'Gwen is patient with me when the till is slow.',
      'Gwen is short-tempered with me when the till is slow.',
      ['Gwen'],
    ],
    [
      'The sous chef is patient with me on busy nights.',
      'The sous chef is sharp with me on busy nights.',
      [],
    ],
    ['My tutor is gentle with me about deadlines.', 'My tutor is grumpy with me about deadlines.', []],
  ])('%s ≠ %s', (a, b, people) => {
    expect(relation(a, b, people)).toBe('opposite');
    expect(together(a, b, people)).toBe(false);
  });

  it('still groups with its own paraphrase', () => {
    expect(
      together('Gwen is short-tempered with me at the till.', 'Gwen is sharp with me at the till.', ['Gwen']),
    ).toBe(true);
  });

  it.each([
    [
      'Rhys backs me when the tenants complain about the repairs.',
      'Rhys sides with the tenants against me whenever they grumble about the repairs.',
      ['Rhys'],
    ],
    [
      'My line manager defends me when parents complain.',
      'My line manager sides with the parents against me when they complain.',
      [],
    ],
  ])('%s ≠ %s', (a, b, people) => {
    expect(relation(a, b, people)).not.toBe('same');
    expect(together(a, b, people)).toBe(false);
  });

  it('"against me" before a clause still groups with its paraphrase', () => {
    expect(
      together(
        'Rhys sides with the tenants against me whenever they grumble.',
        'Rhys takes the tenants’ side against me when they grumble.',
        ['Rhys'],
      ),
    ).toBe(true);
  });
});

describe('a feast or season of the calendar is no one’s name', () => {
  it.each([
    ['The vicar wants me to run the Advent fair.', 'The vicar wants me to run the Easter raffle.', []],
    [
      'Nadia wants me to organise the Lent lunches.',
      'Nadia wants me to organise the Christmas quiz.',
      ['Nadia'],
    ],
  ])('%s ≠ %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it('the same event named alike still groups', () => {
    expect(
      together(
        'The vicar wants me to run the Advent fair.',
        'The vicar wants me to take on the Advent fair this year.',
        [],
      ),
    ).toBe(true);
  });
});
