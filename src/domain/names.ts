import { UserError } from '../errors.js';

/**
 * Names, tags and titles are one line: list rows, the editor's front matter and Markdown headings show them on
 * one. Runs of whitespace (line breaks included) become one space.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * What two names of people or tags are compared by: the case of every letter folded (SQLite's NOCASE, on the
 * columns, folds only A–Z) and accents composed the one way, so "élodie", "Élodie" and "E\u0301lodie" are one.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** Trims names, drops empty ones and keeps the first spelling of case-insensitive duplicates. */
export function cleanNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = oneLine(raw);
    const key = nameKey(name);
    if (!name || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** Tags are written without a leading # or @ (as jrnl and Obsidian users tend to type them). */
export function cleanTags(tags: readonly string[]): string[] {
  return cleanNames(tags.map(tagName));
}

/** One tag as stored: one line, without a leading # or @ ("" when nothing is left). */
export function tagName(text: string): string {
  return oneLine(text)
    .replace(/^[#@]+/, '')
    .trim();
}

/**
 * The names given with a repeatable flag (`--with`, `--tag`): an empty one is refused, as `list` refuses it,
 * rather than dropped without a word.
 */
export function flagNames(values: readonly string[], flag: string, clean = cleanNames): string[] {
  for (const value of values) if (clean([value]).length === 0) throw new UserError(`${flag} needs a value`);
  return clean(values);
}

/** "Dana, Sam,  Priya" → ["Dana", "Sam", "Priya"] */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Letters, digits and spaces: their code-unit order is the collation's primary order. */
const PLAIN = /[a-z0-9 ]/;

/** The letters a name sorts by: lower case, accents taken off ("Zoë" → "zoe"). */
function sortKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * Alphabetical order of names, as `localeCompare` gives it, without paying for ICU when it is not needed: the
 * first `localeCompare` in a process loads the collator (5–13 ms, a tenth of `summary --week`'s budget). The
 * collation's first criterion is the letters, case and accents aside; where the first letters that differ are
 * both plain (or one name is a prefix of the other), they decide. Anything else (other scripts, punctuation,
 * names equal but for case or accents) goes to `localeCompare`.
 */
export function compareNames(a: string, b: string): number {
  const x = sortKey(a);
  const y = sortKey(b);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x !== y) {
    if (i === x.length) return -1;
    if (i === y.length) return 1;
    if (PLAIN.test(x[i]!) && PLAIN.test(y[i]!)) return x[i]! < y[i]! ? -1 : 1;
  }
  return a.localeCompare(b);
}
