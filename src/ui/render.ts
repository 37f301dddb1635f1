import chalk from 'chalk';

// Written out rather than date-fns `format`: that pulls ~40 modules into the start-up path of `list`
// (measured ≈ 7 ms, a tenth of the whole budget; see bench/RESULTS.md).
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number) => String(n).padStart(2, '0');

/** "Tue 24 Nov 2026 10:30" in the local zone. */
export function formatWhen(instant: string): string {
  const date = new Date(instant);
  return `${WEEKDAYS[date.getDay()]} ${formatDay(instant)} ${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

/** "24 Nov 2026" in the local zone. */
export function formatDay(instant: string): string {
  const date = new Date(instant);
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/** "Tue 24 Nov" in the local zone. */
export function formatWeekday(instant: string): string {
  const date = new Date(instant);
  return `${WEEKDAYS[date.getDay()]} ${date.getDate()} ${MONTHS[date.getMonth()]}`;
}

/**
 * Collapses whitespace and cuts to `max` terminal columns with an ellipsis: a wide character (CJK, emoji) takes two,
 * so a cut title or name never runs past the room it was given.
 */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (displayWidth(flat) <= max) return flat;
  let cut = '';
  let width = 0;
  for (const char of flat) {
    const columns = displayWidth(char);
    if (width + columns > max - 1) break;
    cut += char;
    width += columns;
  }
  return `${cut.trimEnd()}…`;
}

/**
 * What names an entry in one line: its title, else the first words it answered (`lead`), else — an entry without
 * a word in it, such as a photo-only Day One import — its set: "(untitled freeform)".
 */
export function entryName(title: string, lead: string | null | undefined, setId: string): string {
  return title || excerpt((lead ?? '').replace(MARKDOWN_IMAGE, ' '), 60) || `(untitled ${setId})`;
}

/** `![caption](url)`: a Day One photo (`dayone-moment://…`) or any pasted image, which is markup, not words. */
const MARKDOWN_IMAGE = /!\[[^\]]*\]\([^)]*\)/g;

/** A control character a terminal would obey (cursor moves, clear screen, window title …): all but \n and \t. */
const CONTROL_CHAR = /[\u0000-\u0008\u000b-\u001f]/;
const CONTROL_OR_COLOUR = /\u001b\[[0-9;]*m|\r\n|[\u0000-\u0008\u000b-\u001f]/g;

/**
 * Text for the terminal with every control character shown as its symbol (ESC as ␛, BEL as ␇): an imported
 * entry's `ESC[2J` must not clear the screen. Colour codes are kept while colour is on (ours come from chalk, and
 * a journal's own then only colours); "\r\n" is a line break. `--json` output has none of these to change.
 */
export function showControls(text: string, keepColour: boolean): string {
  if (!CONTROL_CHAR.test(text)) return text;
  return text.replace(CONTROL_OR_COLOUR, (match) => {
    if (match === '\r\n') return '\n';
    if (match.length > 1 && keepColour) return match;
    return match.replace(/[\u0000-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)));
  });
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Terminal columns a string takes: wide East Asian characters and emoji count as two. */
export function displayWidth(text: string): number {
  // One column a character: answered without the loop below, which `show` would run cold for every word.
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  // A colour code (ESC [ digits; … m) takes no column: where one is, and how far into it.
  let inCode: 'no' | 'esc' | 'csi' = 'no';
  for (const char of text) {
    if (inCode === 'esc' && char === '[') {
      inCode = 'csi';
      continue;
    }
    if (inCode === 'csi') {
      if (char === 'm' || !/[0-9;]/.test(char)) inCode = 'no';
      if (char === 'm' || /[0-9;]/.test(char)) continue;
    }
    inCode = 'no';
    if (char === '\u001b') {
      inCode = 'esc';
      continue;
    }
    const code = char.codePointAt(0)!;
    if (
      code < 32 ||
      (code >= 0x300 && code <= 0x36f) ||
      code === 0x200d ||
      (code >= 0xfe00 && code <= 0xfe0f)
    )
      continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Word-wraps plain text to `width` columns, keeping the author's line breaks; over-long words are cut. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    // Widths are added up as the line grows: measuring the whole line per word made `show` quadratic.
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      for (const piece of splitLong(word, width)) {
        const pieceWidth = displayWidth(piece);
        if (line && lineWidth + 1 + pieceWidth <= width) {
          line = `${line} ${piece}`;
          lineWidth += 1 + pieceWidth;
        } else {
          if (line) out.push(line);
          line = piece;
          lineWidth = pieceWidth;
        }
      }
    }
    out.push(line);
  }
  return out;
}

function splitLong(word: string, width: number): string[] {
  if (displayWidth(word) <= width) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (displayWidth(piece + char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Two texts side by side, each wrapped to its column, joined by a dim bar. */
export function sideBySide(left: string, right: string, width: number): string[] {
  const column = Math.max(12, Math.floor((width - 3) / 2));
  const a = wrap(left, column);
  const b = wrap(right, column);
  const rows = Math.max(a.length, b.length);
  const lines: string[] = [];
  for (let i = 0; i < rows; i++)
    lines.push(`${padEnd(a[i] ?? '', column)} ${chalk.dim('│')} ${b[i] ?? ''}`.trimEnd());
  return lines;
}

/**
 * `head` followed by `text` wrapped to `width`, its further lines under the text — or, when that would leave
 * less than 24 columns, under the head's first word (an id, a mark).
 */
export function hanging(head: string, text: string, width: number): string {
  const at = displayWidth(head);
  if (at + displayWidth(text) <= width) return head + text;
  const under = width - at >= 24 ? at : (/^\s*\S+\s/.exec(head)?.[0].length ?? 2);
  const [first = '', ...rest] = wrap(text, width - at);
  const more = rest.length ? wrap(rest.join(' '), width - under) : [];
  return [head + first, ...indent(more, ' '.repeat(under))].join('\n');
}

/** Parts joined by `separator` into lines of `width`, broken between parts; a part longer than a line starts one. */
export function joinParts(parts: string[], separator: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    if (line && displayWidth(line + separator + part) <= width) {
      line += separator + part;
      continue;
    }
    if (line) lines.push(line);
    const pieces = wrap(part, width);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  if (line) lines.push(line);
  return lines;
}

export function indent(lines: string[], by = '  '): string[] {
  return lines.map((line) => (line ? by + line : line));
}

const BARS = '▁▂▃▄▅▆▇█';

/** Counts as a one-line bar chart: `·` for nothing, then eight heights scaled to the largest count. */
export function sparkline(counts: readonly number[]): string {
  const max = Math.max(0, ...counts);
  return counts
    .map((n) => (n <= 0 ? '·' : BARS[Math.min(BARS.length - 1, Math.ceil((n / max) * BARS.length) - 1)]))
    .join('');
}
