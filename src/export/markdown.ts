import { toOffsetIso } from '../domain/dates.js';
import type { AnswerValue, DialogueLine, Entry, PromptSet, Step } from '../domain/types.js';

/**
 * Markdown export: one note per entry, Obsidian-style YAML front matter, a heading per answered step.
 *
 * Every piece of user text goes through `escapeText`, so no answer, title, person or tag can open a block
 * (heading, list, quote, fence, table, thematic break, HTML) or an inline construct (emphasis, code, link,
 * entity). A CommonMark parser gives back the text exactly, except that line endings become LF and a run
 * of empty lines becomes one paragraph break. The JSON export is the lossless one.
 */

export const DIALOGUE_HEADER = ['What was said', 'What I thought'] as const;

/** The front matter of one entry, in the documented key order. */
export function frontMatter(entry: Entry): Record<string, unknown> {
  return {
    id: entry.id,
    uuid: entry.uuid,
    date: toOffsetIso(entry.occurredAt, entry.utcOffset),
    set: entry.setId,
    set_version: entry.setVersion,
    title: entry.title,
    people: entry.people,
    tags: entry.tags,
    starred: entry.starred,
  };
}

/** One entry as a self-contained Markdown note (front matter first), ending with a newline. */
export function renderMarkdownEntry(entry: Entry, set: PromptSet): string {
  const out = [
    '---',
    renderYaml(frontMatter(entry)),
    '---',
    '',
    `# ${escapeHeading(entry.title || set.title)}`,
  ];
  const answers = new Map(entry.answers.map((a) => [a.stepId, a.value]));
  for (const step of set.steps) {
    const value = answers.get(step.id);
    if (value === undefined) continue;
    out.push('', `## ${escapeHeading(step.question)}`);
    const body = renderValue(step, value);
    if (body) out.push('', body);
  }
  return `${out.join('\n')}\n`;
}

/**
 * Several entries in one document: notes one after another, each with its own front matter block (the
 * way pandoc reads several YAML blocks). No user text can produce a bare `---` line, so the document
 * splits back into notes at the lines that open a front matter block.
 */
export function joinMarkdownNotes(notes: readonly string[]): string {
  return notes.join('\n');
}

function renderValue(step: Step, value: AnswerValue): string {
  if (step.kind === 'dialogue' && Array.isArray(value)) return renderDialogue(value as DialogueLine[]);
  if (Array.isArray(value)) return (value as string[]).map(renderListItem).join('\n');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    return step.min !== undefined && step.max !== undefined
      ? `${value} (on a scale from ${step.min} to ${step.max})`
      : String(value);
  }
  return renderParagraphs(value);
}

/** Paragraphs separated by one empty line; the lines inside a paragraph stay lines (soft breaks). */
export function renderParagraphs(text: string): string {
  return splitParagraphs(text)
    .map((lines) => lines.map(escapeLine).join('\n'))
    .join('\n\n');
}

function renderListItem(item: string): string {
  const paragraphs = splitParagraphs(item);
  if (paragraphs.length === 0) return '-';
  return paragraphs
    .map((lines, p) =>
      lines.map((line, i) => `${p === 0 && i === 0 ? '- ' : '  '}${escapeLine(line)}`).join('\n'),
    )
    .join('\n\n');
}

function renderDialogue(lines: DialogueLine[]): string {
  if (lines.length === 0) return '';
  const rows = lines.map((line) => `| ${escapeCell(line.said)} | ${escapeCell(line.unsaid)} |`);
  return [`| ${DIALOGUE_HEADER[0]} | ${DIALOGUE_HEADER[1]} |`, '| --- | --- |', ...rows].join('\n');
}

/** Text → paragraphs of lines. Line endings become LF; runs of empty lines separate paragraphs. */
export function splitParagraphs(text: string): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of normalizeNewlines(text).split('\n')) {
    if (line === '') {
      if (current.length) paragraphs.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) paragraphs.push(current);
  return paragraphs;
}

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** A table cell: one line, pipes escaped, line breaks as <br> (what GitHub and Obsidian render in cells). */
export function escapeCell(text: string): string {
  return normalizeNewlines(text)
    .split('\n')
    .map((line) => escapeInline(line, true))
    .join('<br>');
}

/** A heading is one line: line breaks become spaces, and `#` is escaped so no closing sequence appears. */
export function escapeHeading(text: string): string {
  return escapeInline(normalizeNewlines(text).replace(/\n+/g, ' ').trim(), true);
}

/** One line of a paragraph or list item. */
export function escapeLine(line: string): string {
  return escapeInline(line, false);
}

// Punctuation that opens inline constructs anywhere in a line: backslash escapes, code spans, emphasis,
// links and images, raw HTML and autolinks, table cells, strikethrough; `&amp;`-like text would be decoded
// as an entity; `%%` starts an Obsidian comment.
const INLINE_SPECIAL = /[\\`*_[\]<>|~]|&(?=#?[A-Za-z0-9]+;)|%(?=%)/g;
const NEEDS_WORK = /[\\`*_[\]<>|~&%#]/;
// A line that starts with one of these would open a block: heading, quote, list, thematic break, setext
// underline, table delimiter row. (Ordered list markers are handled below.)
const BLOCK_START = /^[#>+\-=:]/;
const ORDERED_MARKER = /^(\d{1,9})([.)])/;

function escapeInline(text: string, everyHash: boolean): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  let body = start === 0 && end === text.length ? text : text.slice(start, end);
  if (NEEDS_WORK.test(body)) {
    body = body.replace(INLINE_SPECIAL, '\\$&');
    if (everyHash) body = body.replace(/#/g, '\\#');
  }
  if (!everyHash && BLOCK_START.test(body)) body = `\\${body}`;
  const c = body.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) body = body.replace(ORDERED_MARKER, '$1\\$2');
  if (start === 0 && end === text.length) return body;
  return encodeSpaces(text.slice(0, start)) + body + encodeSpaces(text.slice(end));
}

/** What JavaScript's `\s` matches: the characters a Markdown parser may trim at the edges of a line. */
function isSpace(code: number): boolean {
  return code <= 0x20
    ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
    : code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff;
}

/**
 * Whitespace at the edges of a line would be trimmed (or read as indentation or a hard break), so it is
 * written as numeric character references, which CommonMark decodes back to the same characters.
 */
function encodeSpaces(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    // Vertical tab cannot be written as a reference (CommonMark turns it into U+FFFD); keep it raw.
    out += code === 0x0b ? char : `&#${code};`;
  }
  return out;
}

// ——— front matter ———

/**
 * The front matter as YAML, written by hand because it is always the same flat shape (and a YAML library
 * is slow for 100,000 notes): plain scalars only where they cannot be read as anything else, otherwise
 * double-quoted strings with every character YAML might treat specially escaped.
 */
export function renderYaml(fields: Record<string, unknown>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${key}: []`);
      else lines.push(`${key}:`, ...value.map((item) => `  - ${yamlScalar(item)}`));
    } else lines.push(`${key}: ${yamlScalar(value)}`);
  }
  return lines.join('\n');
}

// Letters, digits and a few inner punctuation marks; no leading indicator, no `: ` or ` #`, no edge spaces.
const PLAIN_SAFE = /^[\p{L}\p{N}][\p{L}\p{N} _.,'()/+-]*$/u;
const PLAIN_AMBIGUOUS =
  /^(?:\d{4}-\d\d-\d\d.*|true|false|yes|no|on|off|y|n|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|\.inf|\.nan)|0x[0-9a-f]+|0o[0-7]+)$/i;
// Outside what YAML may hold raw in a double-quoted scalar (C0/C1 controls, BOM, non-characters), plus the
// line separators some parsers break lines at.
const YAML_ESCAPE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function yamlScalar(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  // Obsidian reads an unquoted ISO date-time as a date; YAML 1.2 parsers keep it a string.
  if (ISO_DATE_TIME.test(text)) return text;
  if (PLAIN_SAFE.test(text) && !text.endsWith(' ') && !PLAIN_AMBIGUOUS.test(text)) return text;
  return JSON.stringify(text).replace(
    YAML_ESCAPE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
