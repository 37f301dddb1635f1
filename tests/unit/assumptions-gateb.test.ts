import { describe, expect, it } from 'vitest';
import { relation, together } from '../helpers/grouping-probes.js';

// Gate B4 (docs/gate-b12.md) capped a pair at 0.35, offered but never grouped automatically, when either statement
// had a contrast inside it, a passive with a "by" doer or a comparative. Adopted in session 12 on its pre-registered
// blind test, dropped in session 13 on the next one (heldout21 and trap set 10: no wrong pair removed, 3 right
// lost; docs/gate-b12.md section 10). These probes (words of my own: a theatre, a rowing club, a choir, a bakery,
// none from the corpus or the trap files) were the gate's; they now pin that it is gone: the paraphrases it capped
// are grouped again, and the opposites and directions with the same constructions stay apart.
const expectGrouped = (a: string, b: string, people: string[]) => {
  expect(relation(a, b, people), `${a} / ${b}`).toBe('same');
  expect(together(a, b, people), `${a} / ${b}`).toBe(true);
};

describe('a contrast inside one statement: the same assumption, grouped (no longer capped)', () => {
  it.each([
    [
      'Solvej only cares about the box office, not about the actors.',
      "Solvej doesn't care about the actors.",
      ['Solvej'],
    ],
    [
      'Solvej cares about the box office rather than the actors.',
      "Solvej doesn't care about the actors.",
      ['Solvej'],
    ],
    [
      'Solvej cares more about the box office than the actors.',
      "Solvej doesn't care about the actors.",
      ['Solvej'],
    ],
    [
      'Bertil listens to the sponsors instead of the rowers.',
      'Bertil never listens to the rowers.',
      ['Bertil'],
    ],
    ['Bertil listens to the sponsors, not the rowers.', "Bertil doesn't listen to the rowers.", ['Bertil']],
    ['Bertil backs the sponsors rather than me.', "Bertil won't back me.", ['Bertil']],
  ] as Array<[string, string, string[]]>)('%s / %s', (a, b, people) => {
    expectGrouped(a, b, people);
  });
});

describe('a passive with a "by" doer: the same assumption, grouped (no longer capped)', () => {
  it.each([
    ['I was snubbed by Halvard at the reunion.', 'Halvard snubbed me at the reunion.', ['Halvard']],
    [
      'My suggestions are always dismissed by the chairman.',
      'The chairman always dismisses my suggestions.',
      [],
    ],
    [
      'I got criticised by Ottoline in front of the choir.',
      'Ottoline criticised me in front of the choir.',
      ['Ottoline'],
    ],
    ['I keep getting ignored by Halvard at rehearsals.', 'Halvard ignores me at rehearsals.', ['Halvard']],
    ['My work is never praised by Ottoline.', 'Ottoline never praises my work.', ['Ottoline']],
  ] as Array<[string, string, string[]]>)('%s / %s', (a, b, people) => {
    expectGrouped(a, b, people);
  });
});

describe('a comparative: the same assumption, grouped (no longer capped)', () => {
  it.each([
    ['Tobiah thinks I am slower than the other bakers.', 'Tobiah thinks I am too slow.', ['Tobiah']],
    ['Ottoline thinks I am nothing more than a dogsbody.', 'Ottoline looks down on me.', ['Ottoline']],
    ['Ottoline sees me as little more than the driver.', "Ottoline doesn't respect me.", ['Ottoline']],
  ] as Array<[string, string, string[]]>)('%s / %s', (a, b, people) => {
    expectGrouped(a, b, people);
  });
});

describe('the same assumptions said without the constructions: grouped', () => {
  it.each([
    ["Solvej doesn't care about the actors.", "Solvej couldn't care less about the actors.", ['Solvej']],
    ['Bertil never listens to the rowers.', 'Bertil ignores the rowers.', ['Bertil']],
    ['The chairman always dismisses my suggestions.', 'The chairman never listens to my suggestions.', []],
    ["Ottoline doesn't respect me.", 'Ottoline has no respect for me.', ['Ottoline']],
  ] as Array<[string, string, string[]]>)('%s / %s', (a, b, people) => {
    expectGrouped(a, b, people);
  });
});

describe('read alike in everything: grouped, construction or not (the exception the gate had)', () => {
  it.each([
    [
      'Solvej cares about the box office, not the actors.',
      'Solvej cares about the box office, and not the actors.',
      ['Solvej'],
    ],
    ['I was snubbed by Halvard at the reunion.', 'I got snubbed by Halvard at the reunion.', ['Halvard']],
    [
      'My suggestions are always dismissed by the chairman.',
      'My suggestions always get dismissed by the chairman.',
      [],
    ],
    [
      'Brynja is harsher with me than with the others.',
      'Brynja is harsher with me than with the others!',
      ['Brynja'],
    ],
    // One side only has the construction, and it adds nothing the engine reads.
    ["Tobiah thinks my pastry is worse than anyone's.", 'Tobiah thinks my pastry is bad.', ['Tobiah']],
  ] as Array<[string, string, string[]]>)('%s / %s', (a, b, people) => {
    expectGrouped(a, b, people);
  });
});

describe('opposites with the constructions: still read as opposites, never grouped', () => {
  it.each([
    // A contrast against the demoted thing said on its own, and a contrast turned round.
    [
      'Solvej only cares about the box office, not about the actors.',
      'Solvej really cares about the actors.',
      ['Solvej'],
    ],
    ['Bertil listens to the sponsors, not the rowers.', 'Bertil listens to the rowers.', ['Bertil']],
    [
      'Solvej cares more about the box office than the actors.',
      'Solvej cares more about the actors than the box office.',
      ['Solvej'],
    ],
    [
      'Bertil listens to the sponsors instead of the rowers.',
      'Bertil listens to the rowers instead of the sponsors.',
      ['Bertil'],
    ],
    // A by-passive against its denial.
    ['My ideas are respected by the chairman.', "The chairman doesn't respect my ideas.", []],
    [
      'I was praised by Ottoline after the concert.',
      "Ottoline didn't praise me after the concert.",
      ['Ottoline'],
    ],
    // A comparative against its reversal.
    [
      'Brynja is harsher with me than with the others.',
      'Brynja is gentler with me than with the others.',
      ['Brynja'],
    ],
  ] as Array<[string, string, string[]]>)('%s / %s', (a, b, people) => {
    expect(relation(a, b, people)).toBe('opposite');
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    ['I was snubbed by Halvard at the reunion.', 'I snubbed Halvard at the reunion.', ['Halvard']],
    [
      'My suggestions are always dismissed by the chairman.',
      "I always dismiss the chairman's suggestions.",
      [],
    ],
  ] as Array<[string, string, string[]]>)('the other direction: %s / %s', (a, b, people) => {
    expect(relation(a, b, people)).not.toBe('same');
    expect(together(a, b, people)).toBe(false);
  });
});
