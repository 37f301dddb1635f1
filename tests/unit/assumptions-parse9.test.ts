import { describe, expect, it } from 'vitest';
import { expectOfferedNotGrouped, relation, together } from '../helpers/grouping-probes.js';

// Session 9 (parse9): three general parsing faults noted by posthoc16. Probes in words of my own (a bakery, a
// depot, a garage, a salon …), none from the corpus or the trap files.
describe('"up" or "down" inside a hyphenated word is no movement (similarity.ts upAgainstDown, hyphenParts)', () => {
  it.each([
    [
      "After the mix-up, the bakery's takings will go down.",
      "After the mix-up, the bakery's takings will go up.",
      ['Ines'],
    ],
    ['The mix-up will push my stress levels up.', 'The mix-up will bring my stress levels down.', ['Ines']],
  ])('%s / %s: still opposites, never grouped', (a, b, people) => {
    expect(relation(a, b, people)).toBe('opposite');
    expect(together(a, b, people)).toBe(false);
  });

  it('Rosa will be furious … about the mix-up / will come down hard on me: the same, offered (gate A: no shared predicate)', () => {
    expectOfferedNotGrouped(
      'Rosa will be furious with me about the mix-up at the till.',
      'Rosa will come down hard on me about the till.',
      ['Rosa'],
    );
  });

  it.each([
    [
      'Kwame thinks the mix-up with the van was my fault.',
      'Kwame will put the van breakdown down to me.',
      ['Kwame'],
    ],
  ])('%s / %s: grouped (no up against down)', (a, b, people) => {
    expect(relation(a, b, people)).toBe('same');
    expect(together(a, b, people)).toBe(true);
  });
});

describe('blame aimed at the writer is not the writer blaming someone (normalize.ts objectAfter, similarity.ts)', () => {
  // The false up/down opposite above used to keep these apart by chance ("the mix-up" / "deep down").
  it.each([
    [
      'As far as Mrs Adeyemi is concerned, the delay was my fault.',
      'Deep down I blame Mrs Adeyemi for the delay.',
      ['Adeyemi'],
    ],
    [
      "As far as she's concerned, the mix-up at the depot was my fault.",
      'I blame Mrs Adeyemi for the mix-up at the depot.',
      ['Adeyemi'],
    ],
  ])('%s / %s: two directions, never grouped', (a, b, people) => {
    expect(relation(a, b, people)).toBe('different');
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    [
      "As far as she's concerned, the mix-up at the depot was my fault.",
      'Mrs Adeyemi blames me for the mix-up at the depot.',
      ['Adeyemi'],
    ],
  ])('%s / %s: one direction, grouped', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('a purpose clause says why, not whether it is good or bad news (normalize.ts purposeWords)', () => {
  it.each([
    [
      "My aunt corrects me at the till so the regulars know she's still the boss.",
      'My aunt undermines me in front of the regulars.',
      ['Halina'],
    ],
    [
      'The chef tastes every sauce I make in order to be sure it is perfect.',
      "The chef doesn't trust my sauces.",
      ['Anton'],
    ],
    [
      "Dad sits in on my meetings with suppliers so they know he's still the owner.",
      'Dad interferes in my meetings with suppliers.',
      ['Gerald'],
    ],
  ])('%s / %s: no longer opposites', (a, b, people) => {
    expect(relation(a, b, people)).not.toBe('opposite');
  });

  it.each([
    [
      "My aunt backs me at the till so the regulars know she's still the boss.",
      'My aunt undermines me in front of the regulars.',
      ['Halina'],
    ],
    [
      'Tomasz praises my reports so that the director thinks he is generous.',
      'Tomasz belittles my reports in front of the director.',
      ['Tomasz'],
    ],
    [
      'The foreman trusts my welds so the inspector stays happy.',
      "The foreman doesn't trust my welds.",
      ['Tomasz'],
    ],
    // A consequence after a comma is asserted: "…, so the regulars are happy" still counts.
    [
      'My aunt corrects me at the till, so the regulars are happy.',
      'My aunt undermines me in front of the regulars.',
      ['Halina'],
    ],
  ])('%s / %s: the main clauses still opposites, never grouped', (a, b, people) => {
    expect(relation(a, b, people)).toBe('opposite');
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    [
      "My aunt corrects me in front of the regulars so they know she's still the boss.",
      'My aunt corrects me in front of the regulars to put me in my place.',
      ['Halina'],
    ],
    [
      'Tomasz redoes my spreadsheets so that the director is pleased with him.',
      'Tomasz redoes my spreadsheets behind my back.',
      ['Tomasz'],
    ],
  ])('%s / %s: still grouped', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('a firing retold from the side of the one fired: they undergo it (normalize.ts patient, similarity.ts undergoes)', () => {
  // "The board will sack Kofi" is retold "Kofi will get fired board" (events.ts); the board, a group, counts as
  // no one in particular, so Kofi was read as the one who sacks.
  it.each([
    ['The board will sack Kofi.', 'Kofi will sack me.', ['Kofi']],
    ['The management will fire Kofi.', 'Kofi will fire me.', ['Kofi']],
    ["They'll sack Kofi.", 'Kofi will sack me.', ['Kofi']],
    ['The board will let Kofi go.', 'Kofi will let me go.', ['Kofi']],
    ['The board will sack Kofi.', 'Kofi will sack the new drivers.', ['Kofi']],
    ['My manager is going to fire Priya.', 'Priya is going to fire me.', ['Priya']],
  ])('%s / %s: two directions, never grouped', (a, b, people) => {
    expect(relation(a, b, people)).toBe('different');
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    ['The board will sack Kofi.', 'Kofi will get the sack.', ['Kofi']],
    ['The board will sack Kofi.', 'The directors are going to fire Kofi.', ['Kofi']],
    ['The management will fire Kofi.', 'Kofi is about to lose his job.', ['Kofi']],
    ["They'll sack Kofi.", 'Kofi will be out of a job.', ['Kofi']],
    ['The board will sack me.', 'The directors will fire me.', ['Kofi']],
    // A role that may name the entry's person, as before.
    ['The GM will sack me.', 'Kofi will sack me.', ['Kofi']],
    ['Marco will fire Jess.', 'Jess will get fired.', ['Marco', 'Jess']],
    // Undergoing is not only a firing's: as before.
    ["I'll be left out of the planning.", 'Ana leaves me out of the planning.', ['Ana']],
  ])('%s / %s: grouped', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});
