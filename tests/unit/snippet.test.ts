import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../src/domain/search-query.js';
import { queryTerms, snippetAround } from '../../src/domain/snippet.js';

const marks = { start: '[', end: ']' };
const around = (text: string, query: string, size = 16) =>
  snippetAround(text, queryTerms(toFtsQuery(query)), marks, size);

describe('snippetAround (long entries)', () => {
  it.each([
    [
      'a word in the middle',
      'one two three four five six seven eight nine',
      'five',
      5,
      '…three four [five] six seven…',
    ],
    ['at the start', 'budget review with Dana today', 'budget', 3, '[budget] review with…'],
    ['at the end', 'we talked about the budget', 'budget', 3, '…about the [budget]'],
    ['case and accents fold as FTS5 folds them', 'Then Zoë said no.', 'zoe', 16, 'Then [Zoë] said no.'],
    ['a prefix', 'we negotiated hard', 'negotiat*', 16, 'we [negotiated] hard'],
    ['a phrase', 'off by a month, again off by a week', '"off by a week"', 4, '…[off by a week]'],
    ['the first of several words', 'alpha beta gamma', 'gamma beta', 16, 'alpha [beta] gamma'],
    ['punctuation between words is kept', "Dana: don't — again?", "don't", 16, "Dana: [don't] — again?"],
  ])('%s', (_name, text, query, size, expected) => {
    expect(around(text, query, size)).toBe(expected);
  });

  it('no match is null', () => {
    expect(around('nothing here', 'budget')).toBeNull();
  });

  it('is quick on a huge entry with a match in every other word', () => {
    const text = 'the word '.repeat(200_000);
    expect(around(text, 'word', 4)).toBe('the [word] the word…');
  });
});
