import { UserError } from '../errors.js';
import type { AnswerMap, AnswerValue, DialogueLine, PromptSet, Step } from './types.js';

/**
 * The text document `reflect edit` opens in the person's editor: front matter (title, date, people, tags), then one
 * section per step of the entry's prompt set:
 *
 *     ## <question>
 *     <!-- step: <id> (<kind>) -->
 *
 *     <answer>
 *
 * Only the `step:` comment identifies a section (the `## ` heading is for the reader), so questions may change
 * freely. Each value is written in the plainest form that reads back exactly: plain text, `- item` lines,
 * `said:` / `unsaid:` pairs; when plain text would be ambiguous (a leading blank line, a line that looks like a
 * step marker, a multi-line list item …) the value goes in a ```text block, or as JSON in a ```json block.
 */
export interface EntryDocument {
  title: string;
  /** As written in the front matter: ISO 8601 with offset when rendered; the command parses it. */
  date: string;
  people: string[];
  tags: string[];
  /** Raw answers keyed by step id: check them with `validateAnswers`. Empty sections are left out. */
  answers: Record<string, unknown>;
}

export interface RenderOptions {
  /** Shown in the header comment. */
  label?: string | undefined;
}

const FRONT_KEYS = ['title', 'date', 'people', 'tags'] as const;
type FrontKey = (typeof FRONT_KEYS)[number];
const DELIMITER = '---';
const MARKER = /^<!--\s*step:\s*([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s.*)?-->\s*$/;
const FENCE = /^(`{3,})(text|json)?\s*$/;
const HEADING = /^## /;
const BULLET = /^[ \t]*[-*•](?: |$)/;
const DIALOGUE_LABEL = /^(said|unsaid)\s*:/i;
const BLANK = /^\s*$/;

export function renderEntryDocument(
  doc: EntryDocument & { answers: AnswerMap },
  set: PromptSet,
  options: RenderOptions = {},
): string {
  const lines = [
    DELIMITER,
    `title: ${renderScalar(doc.title)}`,
    `date: ${renderScalar(doc.date)}`,
    `people: ${renderNames(doc.people)}`,
    `tags: ${renderNames(doc.tags)}`,
    DELIMITER,
    '<!--',
    `  ${options.label ?? `Editing an entry (${set.title})`}. Save and close the editor to apply the changes;`,
    '  close it without saving to keep the entry as it is, or empty the file to cancel.',
    '  Lists: one "- item" per line. Dialogue: a "said:" line, then an "unsaid:" line, for each pair.',
    '  Keep the "step:" comment lines: they say which question the text below them answers.',
    '-->',
  ];
  for (const step of set.steps) {
    lines.push('', `## ${oneLine(step.question)}`, marker(step), '');
    const value = doc.answers[step.id];
    if (value !== undefined) lines.push(...renderValue(step, value));
  }
  return `${lines.join('\n')}\n`;
}

function marker(step: Step): string {
  const notes = [step.kind, step.required ? 'required' : 'optional'];
  if (step.kind === 'choice') notes.push(`one of: ${(step.choices ?? []).join(' | ')}`);
  if (step.kind === 'scale') notes.push(`${step.min}–${step.max}`);
  if (step.kind === 'confirm') notes.push('yes or no');
  // A "--" inside would end the comment early in HTML-aware editors; our parser only reads the id.
  return `<!-- step: ${step.id} (${oneLine(notes.join(', ')).replace(/--+/g, '–')}) -->`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function renderScalar(text: string): string {
  const plain = text === text.trim() && !text.startsWith('"') && !/[\r\n]/.test(text);
  return plain && isWellFormed(text) ? text : JSON.stringify(text);
}

function renderNames(names: string[]): string {
  const plain = names.join(', ');
  const back = safely(() => parseNames(plain, 0));
  return back && sameJson(back, names) && names.every(isWellFormed) ? plain : JSON.stringify(names);
}

function renderValue(step: Step, value: AnswerValue): string[] {
  const candidates: string[][] = [];
  if (typeof value === 'string') {
    candidates.push(splitLines(value), fenced(value, 'text'));
  } else if (step.kind === 'list' && Array.isArray(value)) {
    candidates.push((value as string[]).map((item) => `- ${item}`));
  } else if (step.kind === 'dialogue' && Array.isArray(value)) {
    candidates.push(renderDialogue(value as DialogueLine[]));
  } else if (typeof value === 'number') {
    candidates.push([String(value)]);
  } else if (typeof value === 'boolean') {
    candidates.push([value ? 'yes' : 'no']);
  }
  // JSON escapes lone surrogates, which a UTF-8 file could not keep as they are.
  const wellFormed = stringsOf(value).every(isWellFormed);
  for (const lines of candidates) {
    if (wellFormed && readsBack(step, lines, value)) return lines;
  }
  return fenced(JSON.stringify(value, null, 2), 'json');
}

function stringsOf(value: AnswerValue): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  return (value as Array<string | DialogueLine>).flatMap((v) =>
    typeof v === 'string' ? [v] : [v.said, v.unsaid],
  );
}

/** The value reads back exactly, both inside a document and as its last section. */
function readsBack(step: Step, lines: string[], value: AnswerValue): boolean {
  const next: Step = {
    id: step.id === 'next' ? 'next-step' : 'next',
    kind: 'text',
    role: 'other',
    question: 'Next?',
    required: false,
  };
  const probe: PromptSet = {
    schema: 1,
    id: 'probe',
    version: 1,
    title: 'Probe',
    description: '',
    steps: [step, next],
  };
  const head = ['---', 'date: now', '---', `<!-- step: ${step.id} -->`, ...lines];
  return [[...head, '', '## Next?', `<!-- step: ${next.id} -->`], head].every((doc) => {
    const back = safely(() => parseEntryDocument(doc.join('\n'), probe));
    return back !== undefined && sameJson(back.answers[step.id], value);
  });
}

function renderDialogue(pairs: DialogueLine[]): string[] {
  const lines: string[] = [];
  const field = (label: string, text: string) =>
    splitLines(text).map((line, i) => (i === 0 ? (line ? `${label} ${line}` : label) : `  ${line}`));
  pairs.forEach((pair, i) => {
    if (i > 0) lines.push('');
    lines.push(...field('said:', pair.said), ...field('unsaid:', pair.unsaid));
  });
  return lines;
}

function fenced(text: string, info: 'text' | 'json'): string[] {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${info}`, ...splitLines(text), fence];
}

function splitLines(text: string): string[] {
  return text.split('\n');
}

interface Line {
  text: string;
  /** 1-based line number in the document, for messages. */
  number: number;
}

/** Reads an edited document back; throws a UserError naming the line for anything it cannot understand. */
export function parseEntryDocument(text: string, set: PromptSet): EntryDocument {
  const lines: Line[] = text.split('\n').map((line, i) => ({ text: line, number: i + 1 }));
  let index = 0;
  while (index < lines.length && BLANK.test(lines[index]!.text)) index++;
  if (lines[index]?.text.trimEnd() !== DELIMITER) {
    throw lineError(
      lines[index]?.number ?? 1,
      'the document must start with the front matter between "---" lines (title, date, people, tags)',
    );
  }
  const start = index;
  index++;
  const front = new Map<FrontKey, Line & { value: string }>();
  for (; ; index++) {
    const line = lines[index];
    if (!line) throw lineError(lines[start]!.number, 'the front matter is not closed with a "---" line');
    if (line.text.trimEnd() === DELIMITER) break;
    if (BLANK.test(line.text) || line.text.trimStart().startsWith('#')) continue;
    const colon = line.text.indexOf(':');
    if (colon < 0)
      throw lineError(line.number, `expected "key: value" in the front matter, got "${line.text.trim()}"`);
    const key = line.text.slice(0, colon).trim().toLowerCase();
    if (!(FRONT_KEYS as readonly string[]).includes(key)) {
      throw lineError(
        line.number,
        `unknown field "${key}" in the front matter (expected title, date, people, tags)`,
      );
    }
    if (front.has(key as FrontKey))
      throw lineError(line.number, `"${key}" appears twice in the front matter`);
    front.set(key as FrontKey, { ...line, value: line.text.slice(colon + 1).trim() });
  }
  index++;

  const date = front.get('date');
  if (!date || date.value === '') {
    throw lineError(
      date?.number ?? lines[start]!.number,
      'the front matter needs a date, e.g. "date: 2026-11-24T10:30:00+01:00"',
    );
  }
  const doc: EntryDocument = {
    title: front.has('title') ? parseScalar(front.get('title')!.value) : '',
    date: parseScalar(date.value),
    people: front.has('people') ? parseNames(front.get('people')!.value, front.get('people')!.number) : [],
    tags: front.has('tags') ? parseNames(front.get('tags')!.value, front.get('tags')!.number) : [],
    answers: {},
  };

  const steps = new Map(set.steps.map((step) => [step.id, step]));
  const sections: Array<{ step: Step; at: Line; body: Line[] }> = [];
  let current: (typeof sections)[number] | undefined;
  let inComment = false;
  let fence: string | undefined;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (current) {
      // Inside a fenced block nothing is structure, not even a line that looks like a step marker.
      if (fence !== undefined) {
        if (line.text.trimEnd() === fence) fence = undefined;
        current.body.push(line);
        continue;
      }
      const match = MARKER.exec(line.text);
      if (!match) {
        const open = FENCE.exec(line.text);
        if (open && current.body.every((l) => BLANK.test(l.text))) fence = open[1];
        current.body.push(line);
        continue;
      }
    }
    const match = MARKER.exec(line.text);
    if (match) {
      const step = steps.get(match[1]!);
      if (!step) {
        throw lineError(
          line.number,
          `unknown step "${match[1]}" (this entry's steps are: ${set.steps.map((s) => s.id).join(', ')})`,
        );
      }
      if (sections.some((s) => s.step.id === step.id))
        throw lineError(line.number, `step "${step.id}" appears twice`);
      current = { step, at: line, body: [] };
      sections.push(current);
      continue;
    }
    // Before the first step: blank lines, headings and comments only.
    if (inComment) {
      if (line.text.includes('-->')) inComment = false;
      continue;
    }
    if (line.text.trimStart().startsWith('<!--')) {
      inComment = !line.text.includes('-->');
      continue;
    }
    if (BLANK.test(line.text) || HEADING.test(line.text)) continue;
    throw lineError(
      line.number,
      'text before the first question; answers go below a "<!-- step: … -->" line',
    );
  }
  if (fence !== undefined && current) {
    const open = current.body.find((l) => FENCE.test(l.text))!;
    throw lineError(open.number, `the ${fence} block of step "${current.step.id}" is not closed`);
  }

  sections.forEach((section, i) => {
    const value = parseBody(section.step, section.body, i < sections.length - 1);
    if (value !== undefined) doc.answers[section.step.id] = value;
  });
  return doc;
}

/** The answer in the lines between a step marker and the next one; undefined when the section is empty. */
function parseBody(step: Step, raw: Line[], hasNext: boolean): unknown {
  let body = trimBlank(raw);
  // The next section's heading belongs to it, not to this answer.
  if (hasNext && body.length > 0 && HEADING.test(body[body.length - 1]!.text))
    body = trimBlank(body.slice(0, -1));
  if (body.length === 0) return undefined;

  const open = FENCE.exec(body[0]!.text);
  if (open) {
    const close = body.findIndex((l, i) => i > 0 && l.text.trimEnd() === open[1]);
    if (close < 0)
      throw lineError(body[0]!.number, `the ${open[1]} block of step "${step.id}" is not closed`);
    const after = body[close + 1];
    if (after) throw lineError(after.number, `text after the closing ${open[1]} of step "${step.id}"`);
    const content = body
      .slice(1, close)
      .map((l) => l.text)
      .join('\n');
    if (open[2] === 'json') {
      try {
        return JSON.parse(content);
      } catch (error) {
        throw lineError(
          body[0]!.number,
          `the json block of step "${step.id}" is not valid JSON (${(error as Error).message})`,
        );
      }
    }
    if (step.kind === 'text' || step.kind === 'long' || step.kind === 'choice') return content;
    throw lineError(
      body[0]!.number,
      `step "${step.id}" (${step.kind}) takes plain lines or a \`\`\`json block`,
    );
  }

  switch (step.kind) {
    case 'text':
    case 'long':
      return joinLines(body);
    case 'choice': {
      const text = joinLines(body);
      const wanted = text.trim().toLowerCase();
      return step.choices?.includes(text)
        ? text
        : (step.choices?.find((c) => c.toLowerCase() === wanted) ?? text);
    }
    case 'list':
      return body
        .filter((l) => !BLANK.test(l.text))
        .map((l) => (BULLET.test(l.text) ? l.text.replace(/^[ \t]*[-*•] ?/, '') : l.text));
    case 'dialogue':
      return parseDialogue(step, body);
    case 'scale': {
      const text = joinLines(body).trim();
      if (!/^[+-]?\d+$/.test(text)) {
        throw lineError(
          body[0]!.number,
          `step "${step.id}" expects a whole number from ${step.min} to ${step.max}, got "${text}"`,
        );
      }
      return Number(text);
    }
    case 'confirm': {
      const text = joinLines(body).trim().toLowerCase();
      if (['yes', 'y', 'true'].includes(text)) return true;
      if (['no', 'n', 'false'].includes(text)) return false;
      throw lineError(
        body[0]!.number,
        `step "${step.id}" expects yes or no, got "${joinLines(body).trim()}"`,
      );
    }
  }
}

function parseDialogue(step: Step, body: Line[]): DialogueLine[] {
  const pairs: Array<DialogueLine & { hasUnsaid: boolean }> = [];
  let field: 'said' | 'unsaid' | undefined;
  for (const line of body) {
    if (BLANK.test(line.text)) continue;
    const label = DIALOGUE_LABEL.exec(line.text);
    if (label) {
      const rest = line.text.slice(label[0].length).replace(/^ /, '');
      field = label[1]!.toLowerCase() as 'said' | 'unsaid';
      const last = pairs[pairs.length - 1];
      if (field === 'said') pairs.push({ said: rest, unsaid: '', hasUnsaid: false });
      else if (last && !last.hasUnsaid) Object.assign(last, { unsaid: rest, hasUnsaid: true });
      else pairs.push({ said: '', unsaid: rest, hasUnsaid: true });
      continue;
    }
    const last = pairs[pairs.length - 1];
    if (!last || !field) {
      throw lineError(line.number, `dialogue lines of step "${step.id}" start with "said:" or "unsaid:"`);
    }
    last[field] += `\n${line.text.replace(/^ {1,2}/, '')}`;
  }
  return pairs.map(({ said, unsaid }) => ({ said, unsaid }));
}

function trimBlank(lines: Line[]): Line[] {
  let start = 0;
  let end = lines.length;
  while (start < end && BLANK.test(lines[start]!.text)) start++;
  while (end > start && BLANK.test(lines[end - 1]!.text)) end--;
  return lines.slice(start, end);
}

function joinLines(lines: Line[]): string {
  return lines.map((l) => l.text).join('\n');
}

function parseScalar(value: string): string {
  if (value.startsWith('"')) {
    const parsed = safely(() => JSON.parse(value) as unknown);
    if (typeof parsed === 'string') return parsed;
  }
  return value;
}

function parseNames(value: string, lineNumber: number): string[] {
  if (value.startsWith('[')) {
    const parsed = safely(() => JSON.parse(value) as unknown);
    if (Array.isArray(parsed) && parsed.every((v) => typeof v === 'string')) return parsed;
    if (value.endsWith(']'))
      throw lineError(lineNumber, `cannot read the list ${value}; write names separated by commas`);
  }
  return value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

function lineError(line: number, message: string): UserError {
  return new UserError(`line ${line}: ${message}`);
}

function safely<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A string with a lone surrogate cannot be written to a UTF-8 file and read back unchanged. */
function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}
