import chalk from 'chalk';
import { MATCH_END, MATCH_START } from '../store/search.js';
import { displayWidth } from './render.js';

const MARKED = new RegExp(`${MATCH_START}([^${MATCH_END}]*)${MATCH_END}`, 'g');

/**
 * One line of context with the matches highlighted (bold yellow; plain text when colours are off). With `max`
 * (a terminal's room for it), cut to that many columns so the terminal does not wrap it mid-word.
 */
export function renderSnippet(snippet: string, max?: number): string {
  const line = max === undefined ? flat(snippet) : fitSnippet(flat(snippet), max);
  return line.replace(MARKED, (_all, match: string) => chalk.bold.yellow(match));
}

/** The snippet as plain text, for --json. */
export function plainSnippet(snippet: string): string {
  return flat(snippet).replace(MARKED, '$1');
}

function flat(snippet: string): string {
  return snippet.replace(/\s+/g, ' ').trim();
}

/**
 * Cuts a marked snippet to `max` terminal columns with an ellipsis (as `excerpt` does), keeping the first match
 * in view — the words before it give way, behind a leading ellipsis, when it would fall past the end. The cut
 * is made before colouring and the marks are put back around what is left of each match, so a match cut in two
 * is still closed and no colour runs on into the next line.
 */
function fitSnippet(marked: string, max: number): string {
  const chars: Array<{ char: string; width: number; match: boolean }> = [];
  let inMatch = false;
  for (const char of marked) {
    if (char === MATCH_START || char === MATCH_END) inMatch = char === MATCH_START;
    else chars.push({ char, width: displayWidth(char), match: inMatch });
  }
  const widthOf = (from: number, to: number) => chars.slice(from, to).reduce((sum, c) => sum + c.width, 0);
  if (widthOf(0, chars.length) <= max) return marked;
  const matchStart = chars.findIndex((c) => c.match);
  let matchEnd = matchStart;
  while (matchEnd >= 0 && chars[matchEnd]?.match) matchEnd++;
  // Start at the first word from which the match and an ellipsis on either side fit; at the match at the latest.
  let from = 0;
  if (matchStart > 0 && widthOf(0, matchEnd) + 1 > max) {
    from = matchStart;
    for (let i = 1; i < matchStart; i++) {
      if (chars[i - 1]!.char !== ' ' || chars[i]!.char === ' ') continue;
      if (1 + widthOf(i, matchEnd) + 1 <= max) {
        from = i;
        break;
      }
    }
  }
  const lead = from > 0 ? [{ char: '…', width: 1, match: false }] : [];
  const rest = [...lead, ...chars.slice(from)];
  let kept = rest;
  if (rest.reduce((sum, c) => sum + c.width, 0) > max) {
    kept = [];
    let width = 0;
    for (const c of rest) {
      if (width + c.width > max - 1) break;
      kept.push(c);
      width += c.width;
    }
    while (kept.at(-1)?.char === ' ') kept.pop();
    kept.push({ char: '…', width: 1, match: false });
  }
  let out = '';
  let open = false;
  for (const c of kept) {
    if (c.match !== open) out += c.match ? MATCH_START : MATCH_END;
    open = c.match;
    out += c.char;
  }
  return open ? out + MATCH_END : out;
}
