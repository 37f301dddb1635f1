import { describe, expect, it } from 'vitest';
import { displayWidth, wrap } from '../../src/ui/render.js';

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
