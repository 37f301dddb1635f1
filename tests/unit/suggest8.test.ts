import { describe, expect, it } from 'vitest';
import { StatementIndex, type StatementInput } from '../../src/domain/assumptions/index.js';
import { analyse } from '../../src/domain/assumptions/normalize.js';
import { PeopleIndex } from '../../src/domain/assumptions/people.js';
import { compare } from '../../src/domain/assumptions/similarity.js';

// Branch suggest8: once context8 read roles from entry tags ("desk partner" is Kenji), link-as-you-write compared
// statements it never met before and crossed two of them on heldout16: a verb's WordNet antonym read between two
// things ("swap seats" / "share a stand": sit / stand) offered a paraphrase as the opposite, and "unfazed" (read
// as "not fazed", the same sign as "won't cope") offered an opposite as the same. Fictional settings: a choir, a
// ferry crew, a bakery.

function relation(x: string, y: string, people: string[]) {
  const index = new PeopleIndex();
  index.addAll(people);
  return compare(analyse(x, people, index), analyse(y, people, index)).kind;
}

let nextId = 1;
const entry = (entryId: number, people: string[], texts: string[], tags: string[] = []): StatementInput[] =>
  texts.map((text) => ({ id: nextId++, entryId, text, people, tags }));

describe('a verb antonym between two things', () => {
  it('is no opposite: seats and a stand, as nouns', () => {
    expect(
      relation(
        'Imogen would trade seats with anyone in the alto row.',
        'Imogen would rather share a music stand with anyone but me.',
        ['Imogen'],
      ),
    ).not.toBe('opposite');
  });

  it('link as you write does not offer it as the opposite through a tagged role', () => {
    const earlier = entry(
      1,
      ['Imogen'],
      ['Imogen would rather share a music stand with anyone but me.'],
      ['stand partner'],
    );
    const index = new StatementIndex(earlier);
    const shown = index.suggest('My stand partner would trade seats the first chance she got.', ['Imogen']);
    expect(shown.filter((s) => s.opposite)).toEqual([]);
  });

  it('still opposes two verbs, and two adjectives', () => {
    expect(
      relation('Odile will pass me at the assessment.', 'Odile will fail me at the assessment.', ['Odile']),
    ).toBe('opposite');
    expect(relation('Odile is careful with the ropes.', 'Odile is careless with the ropes.', ['Odile'])).toBe(
      'opposite',
    );
  });
});

describe('unfazed', () => {
  it('is the opposite of not coping, not the same', () => {
    expect(
      relation('Bartek is unfazed by the night crossings.', "Bartek won't cope with the night crossings.", [
        'Bartek',
      ]),
    ).toBe('opposite');
    expect(
      relation('Bartek is unfazed by the night crossings.', "Bartek isn't cut out for the ferry.", [
        'Bartek',
      ]),
    ).not.toBe('same');
  });

  it('meets coping as the same', () => {
    expect(
      relation('Greta is unfazed by the early bakes.', 'Greta copes with the early bakes.', ['Greta']),
    ).toBe('same');
  });

  it('link as you write offers a newcomer who is unfazed as the opposite of one who will not cope', () => {
    const earlier = entry(
      1,
      ['Greta'],
      ["The new baker won't cope with the four o'clock starts."],
      ['new baker'],
    );
    const index = new StatementIndex(earlier);
    const shown = index.suggest("Greta is unfazed by the four o'clock starts.", ['Greta']);
    expect(shown.filter((s) => !s.opposite)).toEqual([]);
    expect(shown.some((s) => s.opposite)).toBe(true);
  });
});
