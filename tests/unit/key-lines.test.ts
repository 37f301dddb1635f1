import { describe, expect, it } from 'vitest';
import { keyLines } from '../../src/ui/ask.js';

const LINK_KEYS = ['1–3 same as', 'o the opposite', 'n new', 'Enter skip'];

describe('keyLines: the keys of a one-key question, broken between keys', () => {
  it.each([
    ['all on one line when they fit', 79, ['1–3 same as · o the opposite · n new · Enter skip']],
    [
      'broken before the key that would cross the edge',
      39,
      ['1–3 same as · o the opposite · n new', 'Enter skip'],
    ],
    ['one key a line when only one fits', 14, ['1–3 same as', 'o the opposite', 'n new', 'Enter skip']],
    [
      'a key wider than the line stays whole on its own line',
      8,
      ['1–3 same as', 'o the opposite', 'n new', 'Enter skip'],
    ],
  ])('%s', (_name, width, lines) => {
    expect(keyLines(LINK_KEYS, ' · ', width).split('\n')).toEqual(lines);
  });

  it('counts a coloured key by the columns it shows', () => {
    const coloured = ['\u001b[36m1–3\u001b[39m same as', 'o the opposite', 'n new', 'Enter skip'];
    expect(keyLines(coloured, ' · ', 49).split('\n')).toHaveLength(1);
  });
});
