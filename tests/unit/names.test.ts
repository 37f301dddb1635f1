import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../src/domain/names.js';

describe('compareNames', () => {
  it.each([
    ['Dana', 'Marco'],
    ['Chen', 'Chen Wei'],
    ['my manager', 'Marco'],
    ['the CFO', 'Tomás'],
    ['Zoë', 'Zora'],
    ['1:1', 'budget'],
    ['Émile', 'Emma'],
  ])('orders %s and %s as localeCompare does', (a, b) => {
    expect(Math.sign(compareNames(a, b))).toBe(Math.sign(a.localeCompare(b)));
    expect(Math.sign(compareNames(b, a))).toBe(Math.sign(b.localeCompare(a)));
  });

  it('agrees with localeCompare on arbitrary names', () => {
    const letter = fc.constantFrom(..."abzAZ 09éëEóøß-':._æ".split(''));
    const name = fc.array(letter, { maxLength: 6 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(name, name, (a, b) => Math.sign(compareNames(a, b)) === Math.sign(a.localeCompare(b))),
      { numRuns: 5000 },
    );
  });
});
