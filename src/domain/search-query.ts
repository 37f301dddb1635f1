import { UserError } from '../errors.js';

const OPERATORS = new Set(['AND', 'OR', 'NOT']);

/**
 * Turns what a person types into an FTS5 query: words (all must match), "quoted phrases", prefix* (a word or
 * phrase ending in *), AND / OR / NOT in capitals, and parentheses. Every word is quoted, so punctuation
 * ("don't", "1:1", "e-mail") never reaches FTS5 as syntax.
 */
export function toFtsQuery(input: string): string {
  const parts: string[] = [];
  let words = 0;
  let i = 0;
  const text = input.trim();
  while (i < text.length) {
    const char = text[i]!;
    if (/\s/.test(char)) {
      i++;
    } else if (char === '(' || char === ')') {
      parts.push(char);
      i++;
    } else if (char === '"') {
      const end = text.indexOf('"', i + 1);
      if (end === -1) throw badQuery(input, 'a quote is not closed');
      const phrase = text.slice(i + 1, end);
      i = end + 1;
      const prefix = text[i] === '*';
      if (prefix) i++;
      if (!hasWordCharacter(phrase)) continue;
      parts.push(`${quote(phrase)}${prefix ? '*' : ''}`);
      words++;
    } else {
      let end = i;
      while (end < text.length && !/[\s"()]/.test(text[end]!)) end++;
      const word = text.slice(i, end);
      i = end;
      if (OPERATORS.has(word)) {
        parts.push(word);
        continue;
      }
      const prefix = word.endsWith('*');
      const stem = word.replace(/\*+$/, '');
      if (!hasWordCharacter(stem)) {
        if (prefix) throw badQuery(input, 'a * must end a word, as in negotiat*');
        continue;
      }
      parts.push(`${quote(stem)}${prefix ? '*' : ''}`);
      words++;
    }
  }
  if (words === 0) throw badQuery(input, 'it has no words to look for');
  return parts.join(' ');
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function hasWordCharacter(text: string): boolean {
  // ASCII first: the first use of a Unicode property class costs ≈ 1.5 ms (of a search's start-up budget).
  return /[a-zA-Z0-9]/.test(text) || /[\p{L}\p{N}]/u.test(text);
}

/**
 * A query as messages quote it, as typed: a phrase search `"off by a month"` in single quotes (as the shell took
 * it), anything else in double quotes; control characters as escapes, and a pasted page named by its first 60
 * characters, not echoed whole.
 */
export function quotedQuery(query: string): string {
  const chars = [...query];
  const shown = (chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : query).replace(
    /[\u0000-\u001f\u007f]/g,
    (c) => (c === '\u007f' ? '\\u007f' : JSON.stringify(c).slice(1, -1)),
  );
  return shown.includes('"') && !shown.includes("'") ? `'${shown}'` : `"${shown}"`;
}

function badQuery(input: string, why: string): UserError {
  return new UserError(`cannot search for ${quotedQuery(input)}: ${why}`, {
    hint: 'search for words, "a quoted phrase" or a prefix*; OR, NOT and AND (in capitals) combine them',
  });
}
