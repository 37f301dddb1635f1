/**
 * The layout of a question and its answer in a narrow terminal. Inquirer writes "? question" while asking and
 * "✔ question answer" once answered, each as one logical line that the terminal breaks at its edge, mid-word.
 * Laid out here first, between words, the terminal has nothing left to break.
 */
import { displayWidth, wrap } from './render.js';

/** Columns of the mark inquirer puts before a question: "? " while asking, "✔ " once answered. */
export const MARK = 2;

/** An answered question shows this many lines of its answer at most; the answer itself is kept whole. */
export const ECHO_LINES = 4;

/** The question's lines, the ones after the first indented by `MARK` (under the question, past the mark). */
export function questionLines(question: string, width: number): string[] {
  if (MARK + displayWidth(question) <= width) return [question];
  return fill(question, width - MARK, width - MARK);
}

/**
 * An answer that starts at column `start` of its line: its lines and the indent of the ones after the first.
 * Those hang under the answer when it starts near the left (a short question), else under the question. An
 * answer too long for `ECHO_LINES` lines ends with "…". Where the first word does not fit beside the question,
 * the first line is empty: the answer starts on the next one.
 */
export function answerLines(
  answer: string,
  start: number,
  width: number,
): { lines: string[]; indent: number } {
  if (start + displayWidth(answer) <= width) return { lines: [answer], indent: start };
  const indent = start <= width / 3 ? start : MARK;
  const lines = fill(answer, width - start, width - indent);
  if (lines.length <= ECHO_LINES) return { lines, indent };
  const room = width - indent;
  const last = [...lines[ECHO_LINES - 1]!];
  while (last.length > 0 && displayWidth(last.join('')) + 1 > room) last.pop();
  return { lines: [...lines.slice(0, ECHO_LINES - 1), `${last.join('').trimEnd()}…`], indent };
}

/**
 * Fills words into lines of `first` columns for the first line and `rest` for the others; a word longer than a
 * line is cut (there is no better place to break it).
 */
export function fill(text: string, first: number, rest: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const room = () => (lines.length === 0 ? first : rest);
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const width = displayWidth(word);
    if (line && used + 1 + width <= room()) {
      line = `${line} ${word}`;
      used += 1 + width;
      continue;
    }
    if (line || width > room()) {
      lines.push(line);
      line = '';
    }
    const pieces = width <= room() ? [word] : wrap(word, room());
    for (const [i, piece] of pieces.entries()) {
      if (i > 0) lines.push(line);
      line = piece;
      used = displayWidth(piece);
    }
  }
  lines.push(line);
  return lines;
}
