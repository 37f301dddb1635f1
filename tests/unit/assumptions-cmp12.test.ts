import { describe, expect, it } from 'vitest';
import { relation, together } from '../helpers/grouping-probes.js';

// A comparison of two people with its sides swapped (branch `cmp12`): "trusts me more than the intern" / "trusts
// the intern more than me" reverse who is preferred. Persons, pronouns, role nouns the journal does not know and
// named people after "than" (and "over" after a verb of ranking) are read as a contrast with sides
// (contrast.ts `comparedAside`, normalize.ts `contrasts`).
const PEOPLE = ['Brynja', 'Tom', 'Ana', 'Ben'];

describe('a comparison of people with its sides swapped is never grouped', () => {
  it.each([
    // The brief's pairs.
    ['Brynja trusts me more than the intern', 'Brynja trusts the intern more than me'],
    ['Brynja trusts me more than she trusts the intern', 'Brynja trusts the intern more than she trusts me'],
    ['Tom likes Ana more than Ben', 'Tom likes Ben more than Ana'],
    ['Brynja trusts me less than the intern', 'Brynja trusts the intern less than me'],
    // Other wordings.
    ['Brynja trusts him more than me', 'Brynja trusts me more than him'],
    ['Ana listens to Ben more than to me', 'Ana listens to me more than to Ben'],
    ['Ana listens to Ben more than me', 'Ana listens to me more than Ben'],
    ['Tom respects the intern more than he respects me', 'Tom respects me more than he respects the intern'],
    ['Tom likes Ana more than he likes Ben', 'Tom likes Ben more than he likes Ana'],
    ['Brynja trusts us more than the interns', 'Brynja trusts the interns more than us'],
    ['Brynja values the intern more than me', 'Brynja values me more than the intern'],
    ['Tom values me over Ana', 'Tom values Ana over me'],
    ['Tom values Ana over Ben', 'Tom values Ben over Ana'],
    ['Ana puts the new hire above me', 'Ana puts me above the new hire'],
  ])('%s / %s', (a, b) => {
    expect(together(a, b, PEOPLE)).toBe(false);
    expect(relation(a, b, PEOPLE)).not.toBe('same');
  });

  it.each([
    ['Brynja trusts me more than the intern', 'Brynja trusts the intern more than me'],
    ['Brynja trusts me more than she trusts the intern', 'Brynja trusts the intern more than she trusts me'],
    ['Brynja trusts him more than me', 'Brynja trusts me more than him'],
    ['Tom values me over Ana', 'Tom values Ana over me'],
  ])('the writer preferred against the writer set aside is an opposite: %s / %s', (a, b) => {
    expect(relation(a, b, PEOPLE)).toBe('opposite');
  });
});

describe('a comparison of doers is another comparison', () => {
  // "… than the intern does": Brynja and the intern as trusters of me, not me and the intern as the trusted.
  it.each([
    ['Brynja trusts me more than the intern does', 'Brynja trusts me more than the intern'],
    ['Brynja trusts me more than the intern does', 'Brynja trusts the intern more than me'],
    ['Tom likes Ana more than Ben does', 'Tom likes Ana more than Ben'],
  ])('%s / %s', (a, b) => {
    expect(together(a, b, PEOPLE)).toBe(false);
  });
});

describe('one comparison said again in other words still groups', () => {
  it.each([
    ['Brynja trusts me more than the intern', 'Brynja trusts me more than she does the intern'],
    ['Brynja trusts me more than the intern', 'Brynja trusts me more than she trusts the intern'],
    ['Brynja trusts me more than the intern', 'Brynja has more faith in me than in the intern'],
    ['Brynja trusts me more than the intern', 'Brynja trusts me rather than the intern'],
    ['Brynja trusts the intern more than me', 'Brynja trusts the intern rather than me'],
    ['Brynja trusts the intern more than me', 'Brynja trusts the intern over me'],
    ['Brynja trusts the intern more than me', 'Brynja trusts the intern more than she trusts me'],
  ])('%s ~ %s', (a, b) => {
    expect(together(a, b, PEOPLE)).toBe(true);
  });
});
