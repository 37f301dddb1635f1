import { type Document, isPair, isSeq, type LineCounter, type Scalar, visit, type YAMLError } from 'yaml';
import { formatPath } from './prompt-set.js';
import type { FileProblem } from './prompt-set-file.js';

/**
 * The slips of hand-written YAML, put in a coach's words at the place they start: a wrong indent, `-id:`, a
 * colon or a leading indicator inside a question, text after a closing quote, and a `#` that YAML takes for
 * a comment. Pure: text in, messages and offsets out.
 */

/**
 * The parser's first error is where the file went wrong; the ones after it mostly follow from it (a tab or a
 * wrong indent confuses every line below), so they are left out — except duplicate keys, each a mistake of
 * its own. Tabs are all reported, and alone: they explain the rest.
 */
export function syntaxErrors(errors: readonly YAMLError[]): YAMLError[] {
  const tabs = errors.filter((e) => e.code === 'TAB_AS_INDENT');
  if (tabs.length > 0) return tabs;
  const first = [...errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
  return errors.filter((e) => e === first || e.code === 'DUPLICATE_KEY');
}

// Fields whose values are a coach's own words, where a `#` is likely meant as text.
const TEXT_FIELDS = new Set(['title', 'description', 'author', 'question', 'hint', 'from', 'note']);

/**
 * `question: What was your #1 worry?` is valid YAML that ends the question at "What was your": the rest is a
 * comment. A `#` straight before a word (not `# a note`) in a coach's text is almost always meant as text, so
 * it is pointed out — as a warning, since the file is valid.
 */
export function cutByComments(doc: Document, text: string, lineCounter: LineCounter): FileProblem[] {
  const problems: FileProblem[] = [];
  visit(doc, {
    Scalar(_key, node, ancestors) {
      if (node.type !== 'PLAIN' || !node.comment || !node.range) return;
      const path = pathOf(ancestors, node);
      const field = textField(path);
      if (!field) return;
      const lineEnd = endOfLine(text, node.range[1]);
      const hash = text.indexOf('#', node.range[1]);
      if (hash < 0 || hash >= lineEnd || !/^#\S/.test(text.slice(hash))) return;
      const cut = text.slice(hash, lineEnd).trimEnd();
      const whole = text.slice(node.range[0], lineEnd).trimEnd();
      const written = field === 'choice' ? `- ${quoteValue(whole)}` : `${field}: ${quoteValue(whole)}`;
      const at = lineCounter.linePos(hash);
      problems.push({
        line: at.line,
        col: at.col,
        message: `"${cut}" is read as a comment, so the ${field} ends at "${String(node.value)}"; to keep it, put the whole ${field} in quotes: ${written}`,
        path: formatPath(path),
        severity: 'warning',
      });
    },
  });
  return problems;
}

function pathOf(ancestors: readonly unknown[], node: Scalar): Array<string | number> {
  const path: Array<string | number> = [];
  const chain = [...ancestors, node];
  chain.forEach((item, i) => {
    if (isPair(item)) path.push(String((item.key as { value?: unknown } | null)?.value));
    else if (isSeq(item)) path.push(item.items.indexOf(chain[i + 1] as never));
  });
  return path;
}

/** The name of a free-text field at `path` (a choice, a scale label), or undefined for ids, kinds and roles. */
function textField(path: ReadonlyArray<string | number>): string | undefined {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (typeof last === 'number') return parent === 'choices' ? 'choice' : undefined;
  if (parent === 'labels' && (last === 'min' || last === 'max')) return last;
  return typeof last === 'string' && TEXT_FIELDS.has(last) ? last : undefined;
}

/** A value written out in quotes that keep it exactly: double quotes unless it holds one (or a backslash). */
function quoteValue(value: string): string {
  return /["\\]/.test(value) ? `'${value.replaceAll("'", "''")}'` : `"${value}"`;
}

function startOfLine(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function endOfLine(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

/** Where a line's key starts: after its indentation and a list dash. */
function keyColumn(line: string): number {
  return /^[ \t]*(?:-[ \t]+)?/.exec(line)![0].length;
}

/** The line before `lineStart` that holds something (not blank, not only a comment), or undefined. */
function lineAbove(text: string, lineStart: number): string | undefined {
  const lines = text.slice(0, Math.max(0, lineStart - 1)).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() !== '' && !line.trim().startsWith('#')) return line;
  }
  return undefined;
}

/** The next line after `offset`'s line that holds something, as its start offset, or undefined. */
function lineBelow(text: string, offset: number): number | undefined {
  let start = endOfLine(text, offset) + 1;
  while (start < text.length) {
    const line = text.slice(start, endOfLine(text, start));
    if (line.trim() !== '' && !line.trim().startsWith('#')) return start;
    start = endOfLine(text, start) + 1;
  }
  return undefined;
}

const LINE_UP = 'keys of one step (and of the file) must start at the same column';

/** The line starting at `lineStart` does not line up with the one above it: says which way, at its first key. */
function misaligned(text: string, lineStart: number): { message: string; offset: number } {
  const line = text.slice(lineStart, endOfLine(text, lineStart));
  const offset = lineStart + /^[ \t]*/.exec(line)![0].length;
  const above = lineAbove(text, lineStart);
  const here = keyColumn(line);
  const there = above === undefined ? here : keyColumn(above);
  const how =
    here > there
      ? 'is indented more than the line above it'
      : here < there
        ? 'is indented less than the line above it'
        : 'does not line up with the lines above it';
  return { message: `YAML syntax: this line ${how}; ${LINE_UP}`, offset };
}

/** `question: What happened: the meeting?`, `-id: a` or a key indented too far, told apart. */
function nestedValue(text: string, offset: number): { message: string; offset: number } | undefined {
  const lineStart = startOfLine(text, offset);
  const line = text.slice(lineStart, endOfLine(text, offset)).replace(/\r$/, '');
  const dash = /^([ \t]*)-[^\s-]/.exec(line);
  if (dash) {
    return {
      message: `YAML syntax: a list item needs a space after the dash: - ${line.trim().slice(1)}`,
      offset: lineStart + dash[1]!.length,
    };
  }
  const rest = text.slice(offset, lineStart + line.length);
  const colon = /:(?=\s|$)/.exec(rest);
  const key = /^[ \t]*(?:-[ \t]+)?([^:#]+?)[ \t]*:/.exec(line)?.[1];
  if (colon && key) {
    return {
      message: `YAML syntax: a colon followed by a space inside a value starts a new key; put the whole value in quotes: ${key}: ${quoteValue(rest.trimEnd())}`,
      offset: offset + colon.index,
    };
  }
  const below = lineBelow(text, offset);
  return below === undefined ? undefined : misaligned(text, below);
}

/**
 * `question: *Really*, what happened?`, `[Draft] …`, `@Dana …`: a plain value cannot start with a YAML
 * indicator, which is often the first character of a coach's question.
 */
function startsWithIndicator(text: string, offset: number): { message: string; offset: number } | undefined {
  const lineStart = startOfLine(text, offset);
  const line = text.slice(lineStart, endOfLine(text, offset)).replace(/\r$/, '');
  const value = /^([ \t]*(?:-[ \t]+)?)([^:#"'\s][^:#]*?)[ \t]*:[ \t]+([*&@`%|>[{-].*)$/.exec(line);
  if (!value) return undefined;
  const start = lineStart + line.length - value[3]!.length;
  const whole = value[3]!.trimEnd();
  // A flow list or mapping that is whole (`choices: [A, B]`) is not this mistake.
  if (offset < start || (/^[[{]/.test(whole) && /[\]}]$/.test(whole))) return undefined;
  return {
    message: `YAML syntax: a value that starts with ${whole[0]} must be in quotes: ${value[2]}: ${quoteValue(whole)}`,
    offset: start,
  };
}

/** `question: "Fine," she said.`: text after a quoted value. */
function afterQuote(text: string, offset: number): { message: string; offset: number } | undefined {
  const lineStart = startOfLine(text, offset);
  const line = text.slice(lineStart, endOfLine(text, offset)).replace(/\r$/, '');
  const value = /^[ \t]*(?:-[ \t]+)?([^:#"']+?)[ \t]*:[ \t]+(["'].*)$/.exec(line);
  if (!value || !/["'][ \t]*$/.test(text.slice(lineStart, offset))) return undefined;
  const whole = value[2]!.trimEnd();
  return {
    message: `YAML syntax: text after the closing quote; quote the whole value: ${value[1]}: ${quoteValue(whole)}`,
    offset,
  };
}

/** A person-sized message for a YAML error, placed where the mistake starts (not where the parser gave up). */
export function yamlMessage(
  code: string,
  message: string,
  text: string,
  offset: number,
): { message: string; offset: number } {
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+.*$/, '');
  const quote = /closing (["'])quote/.exec(first)?.[1];
  if (code === 'MISSING_CHAR' && quote) {
    const opened = text.lastIndexOf(quote, offset - 1);
    if (opened >= 0)
      return { message: `YAML syntax: the text quoted with ${quote} here is never closed`, offset: opened };
  }
  const bracket = /end with a ([\]}])/.exec(first)?.[1];
  if (bracket) {
    const open = bracket === ']' ? '[' : '{';
    const opened = text.lastIndexOf(open, offset - 1);
    if (opened >= 0)
      return {
        message: `YAML syntax: the ${open} opened here is never closed with ${bracket}`,
        offset: opened,
      };
  }
  const located =
    (code !== 'TAB_AS_INDENT' && code !== 'DUPLICATE_KEY' && startsWithIndicator(text, offset)) ||
    (code === 'BLOCK_AS_IMPLICIT_KEY'
      ? nestedValue(text, offset)
      : code === 'BAD_INDENT' || (code === 'MISSING_CHAR' && /without - indicator/.test(first))
        ? misaligned(text, startOfLine(text, offset + 1))
        : code === 'UNEXPECTED_TOKEN' && /scalar at node end/.test(first)
          ? afterQuote(text, offset)
          : undefined);
  if (located) return located;
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = /^\s*-?\s*([^:#\n]+?)\s*:/.exec(text.slice(offset))?.[1];
      return {
        message: `duplicate key${key ? ` "${key}"` : ''}: each key may appear once in a mapping`,
        offset,
      };
    }
    case 'TAB_AS_INDENT':
      return { message: 'YAML syntax: a tab is used for indentation; indent with spaces', offset };
    case 'MULTIPLE_DOCS':
      return {
        message:
          'YAML syntax: the file holds more than one document (a second ---); a prompt set is one document',
        offset,
      };
    default:
      return { message: `YAML syntax: ${first.charAt(0).toLowerCase()}${first.slice(1)}`, offset };
  }
}
