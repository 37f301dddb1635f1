/**
 * Pasted text in prompts. Without help, a paste reaches a prompt as keys: in a line, each line break is an
 * Enter (the first line answers the question and the rest spills into, or is swallowed by, the next ones); in
 * a choice, each letter moves the cursor or picks a choice and a line break takes it. While any prompt is
 * shown, bracketed paste mode is on (the terminal wraps a paste in ESC[200~ … ESC[201~) and the keys go through
 * a paste filter, so a paste never presses Enter and never picks anything:
 * - a line (text, yes/no) takes the pasted text, its line breaks turned into spaces or into `PASTED_BREAK`;
 * - a number takes the paste only when it is a whole number (blanks and line breaks around it dropped), since
 *   anything else could only be refused on Enter;
 * - a choice (select, one-key prompts) ignores the paste: choices are picked with keys the prompt names.
 *   The filter emits `ignored` so a prompt can say so.
 */

import { Transform, type TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

export const PASTE_START = '\u001b[200~';
export const PASTE_END = '\u001b[201~';
export const PASTE_MODE_ON = '\u001b[?2004h';
export const PASTE_MODE_OFF = '\u001b[?2004l';

/** Stands for a pasted line break inside the prompt's line (readline's line cannot hold "\n"). */
export const PASTED_BREAK = '\u2028';

/**
 * `join`: a pasted line break becomes a space; `lines`: it becomes `PASTED_BREAK`; `number`: a paste is kept
 * only when it is a whole number; `ignore`: a paste is dropped.
 */
export type PasteHandling = 'join' | 'lines' | 'number' | 'ignore';

/** The event a paste filter emits when it drops a paste. */
export const PASTE_IGNORED = 'ignored';

/**
 * Ctrl-P ("previous", as in shells and Emacs): go back a step. Every prompt reads its keys through this filter,
 * so the key is taken here, the same for every kind of prompt, and never reaches the prompt. Not Ctrl-B
 * (tmux's prefix, and readline's cursor-left) nor Esc alone (terminals send it as the start of other keys).
 */
export const BACK_KEY = '\u0010';

/**
 * The event a paste filter emits when the back key is typed (outside a paste); the rest of that read is dropped
 * (prompts get their keys one at a time, type-ahead.ts, so keys typed after it wait for the step gone back to).
 */
export const BACK_PRESSED = 'back';

/**
 * Rewrites (or drops) bracketed pastes as `handling` says; the markers themselves are dropped. With `back`, the
 * back key typed is taken out and announced (`BACK_PRESSED`); without, it passes like any key.
 */
export function createPasteFilter(handling: PasteHandling, options: { back?: boolean } = {}): Transform {
  const whole = handling === 'number' || handling === 'ignore';
  const decoder = new StringDecoder('utf8');
  let pasting = false;
  let held = '';
  let breaksPending = 0;
  let pastedAny = false;
  let endedWithCR = false;
  /** The text of a paste that is judged whole, at its end (`number`, `ignore`). */
  let pasted = '';
  let ignored = false;
  let back = false;

  const separator = (): string => {
    if (breaksPending === 0) return '';
    const count = breaksPending;
    breaksPending = 0;
    if (!pastedAny) return '';
    return handling === 'join' ? ' ' : PASTED_BREAK.repeat(count);
  };

  const rewrite = (text: string): string => {
    let out = '';
    let rest = held + text;
    held = '';
    while (rest.length > 0) {
      if (!pasting) {
        const at = rest.indexOf(PASTE_START);
        const typed = at === -1 ? rest : rest.slice(0, at);
        const backAt = options.back ? typed.indexOf(BACK_KEY) : -1;
        if (backAt !== -1) {
          back = true;
          return out + typed.slice(0, backAt);
        }
        if (at === -1) return out + rest;
        out += rest.slice(0, at);
        rest = rest.slice(at + PASTE_START.length);
        pasting = true;
        pastedAny = false;
        breaksPending = 0;
        pasted = '';
        continue;
      }
      const at = rest.indexOf(PASTE_END);
      let inside = at === -1 ? rest : rest.slice(0, at);
      if (at === -1) {
        // The end marker may be split over two reads: keep a tail that could be its start.
        const tail = partialMarkerTail(inside);
        held = tail;
        inside = inside.slice(0, inside.length - tail.length);
      }
      if (whole) {
        pasted += inside;
        if (at === -1) return out;
        out += settle(pasted);
        rest = rest.slice(at + PASTE_END.length);
        pasting = false;
        continue;
      }
      // A "\r\n" split over two reads is one break.
      if (endedWithCR && inside.startsWith('\n')) inside = inside.slice(1);
      if (inside !== '') endedWithCR = inside.endsWith('\r');
      for (const line of inside.split(/(\r\n|\r|\n)/)) {
        if (/^(\r\n|\r|\n)$/.test(line)) breaksPending += 1;
        else if (line !== '') {
          out += separator() + line;
          pastedAny = true;
        }
      }
      if (at === -1) return out;
      rest = rest.slice(at + PASTE_END.length);
      pasting = false;
      breaksPending = 0; // breaks at the end of a paste are dropped: a paste never answers the question
    }
    return out;
  };

  const settle = (text: string): string => {
    const number = text.trim();
    if (handling === 'number' && /^-?\d+$/.test(number)) return number;
    if (text.trim() !== '') ignored = true;
    return '';
  };

  return new Transform({
    transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback) {
      const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
      const out = rewrite(text);
      callback(null, out === '' ? undefined : out);
      if (ignored) {
        ignored = false;
        this.emit(PASTE_IGNORED);
      }
      if (back) {
        back = false;
        this.emit(BACK_PRESSED);
      }
    },
  });
}

function partialMarkerTail(text: string): string {
  for (let n = Math.min(PASTE_END.length - 1, text.length); n > 0; n--) {
    if (PASTE_END.startsWith(text.slice(-n))) return text.slice(-n);
  }
  return '';
}
