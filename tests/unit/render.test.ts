import { describe, expect, it } from 'vitest';
import { displayWidth, excerpt, hanging, joinParts, sideBySide, wrap } from '../../src/ui/render.js';

describe('displayWidth', () => {
  it.each([
    ['plain ASCII', 'Dana said no.', 13],
    ['empty', '', 0],
    ['control characters take no column', 'a\tb\u0007', 2],
    ['DEL is counted like the loop always did', 'a\u007f', 2],
    ['accented letters', 'café', 4],
    ['a combining accent takes no column', 'cafe\u0301', 4],
    ['wide East Asian characters take two', '日本', 4],
    ['emoji take two', 'ok 🙂', 5],
    ['mixed', 'ab日', 4],
    ['colour codes take no column', '\u001b[2mWhat was said\u001b[22m', 13],
    ['colour codes around wide text', '\u001b[1m日本\u001b[22m', 4],
    ['a lone escape is a control character, not a code', 'a\u001bbc', 3],
  ])('%s', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('wrap', () => {
  it('wraps ASCII and wide text by columns', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrap('日本語 日本語', 7)).toEqual(['日本語', '日本語']);
  });
});

describe('sideBySide', () => {
  // Found by hand in a terminal: the dim heading's colour codes were counted as columns, so its bar stood seven
  // columns left of the rows' bars.
  it('puts the bar in the same column for coloured and plain text', () => {
    const bar = (line: string) => line.replace(/\u001b\[[0-9;]*m/g, '').indexOf('│');
    const heading = sideBySide('\u001b[2mWhat was said\u001b[22m', '\u001b[2mWhat I thought\u001b[22m', 60);
    const row = sideBySide("We can't add headcount this quarter.", 'She never backs my team.', 60);
    expect(bar(heading[0]!)).toBe(bar(row[0]!));
  });
});

describe('hanging', () => {
  it.each([
    ['fits on the line', '  1 ', 'short text', 20, ['  1 short text']],
    ['goes on under the text', '  1 ', 'one two three four', 14, ['  1 one two', '    three four']],
    [
      'goes on under the first word when the text would have little room',
      '   1 Tue 24 Nov 2026 10:00  ',
      'Quick check-in: 9 of 10 steps answered',
      40,
      ['   1 Tue 24 Nov 2026 10:00  Quick', '     check-in: 9 of 10 steps answered'],
    ],
  ])('%s', (_name, head, text, width, lines) => {
    expect(hanging(head, text, width).split('\n')).toEqual(lines);
  });
});

describe('joinParts', () => {
  it('breaks between parts; a part longer than a line starts on a line of its own', () => {
    expect(joinParts(['Tue 10 Nov', 'Left-hand column', 'with Dana'], ' · ', 30)).toEqual([
      'Tue 10 Nov · Left-hand column',
      'with Dana',
    ]);
    expect(joinParts(['a', 'one two three four five'], ' · ', 12)).toEqual([
      'a',
      'one two',
      'three four',
      'five',
    ]);
    expect(joinParts(['aaaa bbbb cccc dd', 'e'], ' · ', 16)).toEqual(['aaaa bbbb cccc', 'dd · e']);
  });
});

describe('excerpt', () => {
  it('keeps a text that fits, with its whitespace collapsed', () => {
    expect(excerpt('Budget  review\nwith Dana', 40)).toBe('Budget review with Dana');
  });

  it('cuts to the room in characters when every character takes one column', () => {
    expect(excerpt('Budget review with Dana', 10)).toBe('Budget re…');
  });

  // Cut by characters, a title in Japanese took twice the room it was given and pushed the line past the edge.
  it('counts a wide character as two columns', () => {
    const cut = excerpt('会議で田中さんが私の数字を疑った', 10);
    expect(cut).toBe('会議で田…');
    expect(displayWidth(cut)).toBeLessThanOrEqual(10);
    expect(excerpt('田中 Dana', 7)).toBe('田中 D…');
    expect(displayWidth(excerpt('田中さんと佐藤さん', 9))).toBeLessThanOrEqual(9);
  });
});
