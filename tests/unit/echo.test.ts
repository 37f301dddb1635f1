import { describe, expect, it } from 'vitest';
import { answerLines, ECHO_LINES, fill, questionLines } from '../../src/ui/echo.js';

describe('fill', () => {
  it.each([
    ['words on one line', 'a bb ccc', 10, 10, ['a bb ccc']],
    ['a shorter first line', 'aaa bbb ccc ddd', 7, 11, ['aaa bbb', 'ccc ddd']],
    ['a first word that does not fit starts on the next line', 'aaaaaa bb', 4, 10, ['', 'aaaaaa bb']],
    ['a word longer than a line is cut', 'abcdefghij k', 4, 4, ['', 'abcd', 'efgh', 'ij k']],
  ])('%s', (_name, text, first, rest, lines) => {
    expect(fill(text, first, rest)).toEqual(lines);
  });
});

describe('questionLines', () => {
  it('leaves a question that fits as it is', () => {
    expect(questionLines('Save this entry?', 20)).toEqual(['Save this entry?']);
  });
  it('breaks a long question between words, leaving room for the mark', () => {
    expect(questionLines('Who was in the conversation?', 20)).toEqual(['Who was in the', 'conversation?']);
  });
});

describe('answerLines', () => {
  it('keeps an answer that fits on the line', () => {
    expect(answerLines('tired', 4, 20)).toEqual({ lines: ['tired'], indent: 4 });
  });
  it('hangs the lines under an answer that starts near the left', () => {
    expect(answerLines('one two three four five', 4, 16)).toEqual({
      lines: ['one two', 'three four', 'five'],
      indent: 4,
    });
  });
  it('puts the lines under the question when the answer starts far right', () => {
    expect(answerLines('one two three four', 12, 16)).toEqual({
      lines: ['one', 'two three four'],
      indent: 2,
    });
  });
  it(`shows ${ECHO_LINES} lines at most, the last ending with an ellipsis`, () => {
    const { lines } = answerLines('word '.repeat(40).trim(), 4, 16);
    expect(lines).toHaveLength(ECHO_LINES);
    expect(lines.at(-1)).toBe('word word…');
    expect(lines.every((line) => 4 + line.length <= 16)).toBe(true);
  });
});
