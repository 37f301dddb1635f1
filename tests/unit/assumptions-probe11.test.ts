import { describe, expect, it } from 'vitest';
import { relation, together } from '../helpers/grouping-probes.js';

// Session 11 (probe11): blind spots found by scripts/perturb-probes.ts (general transformations of the read
// statements), each closed by a general rule, test first. Probes in words of my own (a bakery, a yard, a choir,
// a surgery), none from the corpus or the trap files.

describe('a negative quantifier as the object denies the predicate before it (normalize.ts)', () => {
  it.each([
    ['Oona ignores everything the bakers suggest', 'Oona ignores nothing the bakers suggest', ['Oona']],
    ['Bram trusts everyone on the night crew', 'Bram trusts nobody on the night crew', ['Bram']],
    ['Hale blames someone for the mess at the yard', 'Hale blames nobody for the mess at the yard', ['Hale']],
    ['Saoirse respects someone in the choir', 'Saoirse respects no one in the choir', ['Saoirse']],
  ])('%s / %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
    expect(relation(a, b, people)).not.toBe('same');
  });

  it('reads "trusts nobody" as "doesn\'t trust anyone", and leaves "nothing but" alone', () => {
    expect(
      relation('Bram trusts nobody on the night crew', "Bram doesn't trust anyone on the night crew", [
        'Bram',
      ]),
    ).toBe('same');
    expect(
      relation('Oona cares about nothing but the bread', 'Oona cares about the bread above all', ['Oona']),
    ).not.toBe('opposite');
  });
});

describe("a view of the writer is not the writer's view of its holder (similarity.ts)", () => {
  it.each([
    [
      'Idris thinks I am careless with the rota at the surgery',
      'I think Idris is careless with the rota at the surgery',
      ['Idris'],
    ],
    ['Maeve believes I am arrogant in the choir', 'I believe Maeve is arrogant in the choir', ['Maeve']],
    ['Tobin thinks my sermons are too harsh', "I think Tobin's sermons are too harsh", ['Tobin']],
    ['Wren reckons my bread is overpriced', "I reckon Wren's bread is overpriced", ['Wren']],
    [
      'Idris thinks I am not ready to run the surgery',
      'I think Idris is not ready to run the surgery',
      ['Idris'],
    ],
  ])('%s / %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it('still groups two wordings of the same view', () => {
    expect(
      together('Idris thinks I am careless with the rota', 'Idris believes I am careless with the rota', [
        'Idris',
      ]),
    ).toBe(true);
  });
});

describe('a verb denied in a phrase the lexicon reads is the denial of the same verb said plainly (similarity.ts)', () => {
  it.each([
    [
      'Cormac lied to the police about the accident on the farm',
      "Cormac didn't lie to the police about the accident on the farm",
      ['Cormac'],
    ],
    ['Nell will tell the team lead what I did', "Nell won't tell the team lead what I did", ['Nell']],
    [
      'Piet learned everything he knows about sailing from me',
      "Piet didn't learn everything he knows about sailing from me",
      ['Piet'],
    ],
  ])('%s / %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
});

describe('a verb stopped, failed or refused in a phrase the lexicon reads denies it said plainly (similarity.ts)', () => {
  it.each([
    [
      'Cormac lied to the police about the accident on the farm',
      'Cormac stopped lying to the police about the accident on the farm',
      ['Cormac'],
    ],
    ['Nell will tell the team lead what I did', 'Nell will never tell the team lead what I did', ['Nell']],
  ])('%s / %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
});

describe('the writer and the other person swapped under a frame (similarity.ts)', () => {
  it.each([
    [
      'Everyone at the depot knows Ruairi covered for me',
      'Everyone at the depot knows I covered for Ruairi',
      ['Ruairi'],
    ],
  ])('%s / %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
});

describe('"hardly" and "barely" are negations, not "hard" and "bare" (stem.ts)', () => {
  it.each([
    [
      'Ciaran is on track to finish the silage on time',
      'Ciaran is hardly on track to finish the silage on time',
      ['Ciaran'],
    ],
    ['Ciaran works hard in the dairy', 'Ciaran hardly works hard in the dairy', ['Ciaran']],
  ])('%s / %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
});
