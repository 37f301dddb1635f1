/**
 * Snippets for entries too long for FTS5's own `snippet()`, whose cost grows with the square of the matches in
 * a document: a pasted transcript with tens of thousands of matches took minutes. This finds the first match
 * in one pass and shows the words around it, marked as `snippet()` marks them.
 */

export interface SearchTerm {
  /** The words of a word or "quoted phrase", folded (lower case, no accents). */
  words: string[];
  /** The last word is a prefix (`negotiat*`). */
  prefix: boolean;
}

/** The words and phrases of an FTS5 query as `toFtsQuery` writes it (every word or phrase quoted). */
export function queryTerms(ftsQuery: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const match of ftsQuery.matchAll(/"((?:[^"]|"")*)"(\*)?/g)) {
    const words = tokens(match[1]!.replace(/""/g, '"')).map((t) => t.folded);
    if (words.length > 0) terms.push({ words, prefix: match[2] === '*' });
  }
  return terms;
}

/**
 * `size` words of `text` around the first place a term matches, the matching words between `start` and `end`,
 * `…` where text is left out; null when no term matches.
 */
export function snippetAround(
  text: string,
  terms: readonly SearchTerm[],
  marks: { start: string; end: string },
  size = 16,
): string | null {
  const words = tokens(text);
  for (let i = 0; i < words.length; i++) {
    const term = terms.find((t) => matchesAt(words, i, t));
    if (!term) continue;
    const length = Math.min(term.words.length, size);
    const first = Math.max(0, Math.min(i - Math.floor((size - length) / 2), words.length - size));
    const last = Math.min(words.length, first + size) - 1;
    // The match is one marked span (a phrase too, as FTS5 marks it); the text between words is kept as written.
    const from = first > 0 ? words[first]!.start : 0;
    const to = last < words.length - 1 ? words[last]!.end : text.length;
    const markFrom = words[i]!.start;
    const markTo = words[i + length - 1]!.end;
    return [
      first > 0 ? '…' : '',
      text.slice(from, markFrom),
      marks.start,
      text.slice(markFrom, markTo),
      marks.end,
      text.slice(markTo, to),
      last < words.length - 1 ? '…' : '',
    ].join('');
  }
  return null;
}

interface Token {
  start: number;
  end: number;
  folded: string;
}

/** Letters and digits in runs, as FTS5's unicode61 tokenizer splits them, folded as it folds them. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const folded = match[0].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (folded) out.push({ start: match.index, end: match.index + match[0].length, folded });
  }
  return out;
}

function matchesAt(words: readonly Token[], i: number, term: SearchTerm): boolean {
  if (i + term.words.length > words.length) return false;
  return term.words.every((want, k) => {
    const have = words[i + k]!.folded;
    return term.prefix && k === term.words.length - 1 ? have.startsWith(want) : have === want;
  });
}
