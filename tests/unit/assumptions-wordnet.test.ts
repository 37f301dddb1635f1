import { describe, expect, it } from 'vitest';
import { groupStatements, type StatementInput } from '../../src/domain/assumptions/index.js';
import { lemmasOf, meaningOf, relate } from '../../src/domain/assumptions/wordnet.js';

function relation(a: string, b: string) {
  const ma = meaningOf(a);
  const mb = meaningOf(b);
  if (ma === null || mb === null) return 'unknown';
  return relate(ma, mb);
}

describe('WordNet slice', () => {
  it.each([
    ['ignores', 'ignore', 'v'],
    ['stopped', 'stop', 'v'],
    ['judgements', 'judgment', 'n'],
    ['recognised', 'recognize', 'v'],
    ['brushes_off', 'brush_off', 'v'],
    ['worries', 'worry', 'v'],
  ])('finds the base form of "%s"', (word, lemma, pos) => {
    expect(lemmasOf(word)).toContainEqual({ lemma, pos });
  });

  it.each([
    ['ignore', 'disregard', 'same'],
    ['appreciate', 'value', 'same'],
    ['faith', 'trust', 'same'],
    ['lazy', 'idle', 'same'],
    ['brushes_off', 'dismiss', 'same'],
    ['trust', 'distrust', 'anti'],
    ['trust', 'mistrust', 'anti'],
    ['careful', 'careless', 'anti'],
    ['afraid', 'unafraid', 'anti'],
    ['scared', 'unafraid', 'anti'],
    ['honest', 'dishonest', 'anti'],
  ])('"%s" and "%s": %s', (a, b, expected) => {
    expect(relation(a, b)).toBe(expected);
  });

  it('knows nothing of made-up words', () => {
    expect(meaningOf('blorptastic')).toBeNull();
  });
});

function together(a: string, b: string, people: string[]): boolean {
  const input: StatementInput[] = [
    { id: 1, entryId: 1, text: a, people },
    { id: 2, entryId: 2, text: b, people },
  ];
  return groupStatements(input).groups.some((g) => g.includes(1) && g.includes(2));
}

describe('grouping with WordNet antonyms and synonyms', () => {
  it.each([
    ['Gary is careless about site safety.', 'Gary is careful about site safety.'],
    ['Sophie is scared to tell me when I am wrong.', 'Sophie is unafraid to tell me when I am wrong.'],
    ['Tom is dishonest about the figures.', 'Tom is honest about the figures.'],
    ['Ravi is generous with praise.', 'Ravi is stingy with praise.'],
    ['Ravi is patient with the juniors.', 'Ravi is impatient with the juniors.'],
    ['Ravi is willing to delegate.', 'Ravi is unwilling to delegate.'],
  ])('never merges "%s" with "%s"', (a, b) => {
    expect(together(a, b, ['Gary', 'Sophie', 'Tom', 'Ravi'])).toBe(false);
  });

  it.each([
    ['Gary skips the safety checks.', 'Gary omits the safety checks.'],
    ['Ravi is reluctant to delegate.', 'Ravi is unwilling to delegate.'],
    ['Ravi hides the errors.', 'Ravi conceals the errors.'],
  ])('merges "%s" with "%s"', (a, b) => {
    expect(together(a, b, ['Gary', 'Ravi'])).toBe(true);
  });

  it('keeps direction with synonyms', () => {
    expect(
      together('Gary skips the safety checks for Tom.', 'Tom omits the safety checks for Gary.', [
        'Gary',
        'Tom',
      ]),
    ).toBe(false);
  });
});
