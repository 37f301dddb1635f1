import { toOffsetIso } from '../domain/dates.js';

/**
 * File names for `export --out dir/`: `YYYY-MM-DD-<slug>-<id>.md`. The slug is safe on every common file
 * system: letters and digits joined by single dashes (so no `..`, `/`, `\`, control characters or
 * characters Windows forbids), never a reserved Windows device name, at most 60 characters and 120 bytes.
 */

export const SLUG_MAX_CHARS = 60;
const SLUG_MAX_BYTES = 120;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

export function slugify(text: string, fallback = 'entry'): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if ([...next].length > SLUG_MAX_CHARS || Buffer.byteLength(next) > SLUG_MAX_BYTES) {
      if (!slug) slug = cut(word);
      break;
    }
    slug = next;
  }
  if (!slug) return fallback;
  return WINDOWS_RESERVED.test(slug) ? `${slug}-entry` : slug;
}

/** A single word longer than the limit: cut by characters, then by bytes. */
function cut(word: string): string {
  const chars = [...word].slice(0, SLUG_MAX_CHARS);
  while (Buffer.byteLength(chars.join('')) > SLUG_MAX_BYTES) chars.pop();
  return chars.join('');
}

export interface NamedEntry {
  id: number;
  title: string;
  setId: string;
  occurredAt: string;
  utcOffset: number;
}

/** The local day where the entry was written, then the slug of its title (or set), then its id. */
export function entryFileName(entry: NamedEntry, extension: string): string {
  const day = toOffsetIso(entry.occurredAt, entry.utcOffset).slice(0, 10);
  return `${day}-${slugify(entry.title, entry.setId ? slugify(entry.setId) : 'entry')}-${entry.id}${extension}`;
}
