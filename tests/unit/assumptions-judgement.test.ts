import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/domain/assumptions/normalize.js';
import { PeopleIndex } from '../../src/domain/assumptions/people.js';
import { compare } from '../../src/domain/assumptions/similarity.js';
import { toneOf } from '../../src/domain/assumptions/tone.js';

function relation(a: string, b: string, people: string[]) {
  const index = new PeopleIndex();
  index.addAll(people);
  return compare(analyse(a, people, index), analyse(b, people, index)).kind;
}

describe('evaluative adjectives (AFINN-165, adjectives only)', () => {
  it.each([
    ['awful', -1],
    ['sloppy', -1],
    ['pleased', 1],
    ['delighted', 1],
    ['careless', -1],
    ['hostile', -1],
  ])('%s is rated %i', (word, sign) => {
    expect(Math.sign(toneOf(word))).toBe(sign);
  });

  it.each(['support', 'problems', 'like', 'hard', 'the', 'rota'])('%s is not an evaluation', (word) => {
    expect(toneOf(word)).toBe(0);
  });

  it('turns a negated adjective and reads an in-word negation', () => {
    const index = new PeopleIndex();
    expect(analyse('Tom is not pleased with my reports.', ['Tom'], index).tone).toBeLessThan(0);
    expect(analyse('Tom finds me unfriendly.', ['Tom'], index).tone).toBeLessThan(0);
    expect(analyse('Tom finds me friendly.', ['Tom'], index).tone).toBeGreaterThan(0);
  });
});

describe('judgements decide between paraphrase and opposite', () => {
  it.each([
    ['Nadia thinks my reports are shoddy.', 'Nadia is delighted with my reports.'],
    ['Tom finds me unfriendly.', 'Tom finds me friendly.'],
    ['Tom thinks the rota I wrote is hopeless.', 'Tom is impressed by the rota I wrote.'],
  ])('"%s" is never the same as "%s"', (a, b) => {
    expect(relation(a, b, ['Nadia', 'Tom'])).not.toBe('same');
  });

  it('a "no" does not make an opposite when both judge alike', () => {
    // Without a shared predicate a lone "no" used to make these opposites.
    expect(
      relation('Nadia has no faith in my reports.', 'Nadia thinks my reports are shoddy.', ['Nadia']),
    ).toBe('same');
  });
});

describe('one word names a group only as a noun', () => {
  it('"manage" is a verb, "management" the group', () => {
    const index = new PeopleIndex();
    expect(analyse('Carl dislikes the way I manage the store.', ['Carl'], index).others).not.toContain(
      'g:leadership',
    );
    expect(analyse('Management ignores the shop floor.', [], index).agent).toBe('g:leadership');
  });
});

describe('too much of a good thing', () => {
  it('"too polite" is a criticism, "polite" praise', () => {
    const index = new PeopleIndex();
    expect(analyse('Kai thinks I am too polite with the juniors.', ['Kai'], index).tone).toBeLessThan(0);
    expect(analyse('Kai thinks I am polite with the juniors.', ['Kai'], index).tone).toBeGreaterThan(0);
  });
});
