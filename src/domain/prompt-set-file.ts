import { type Document, isAlias, isMap, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml';
import {
  type AssignmentBlock,
  checkPromptSet,
  formatPath,
  LIMITS,
  type SchemaProblem,
} from './prompt-set.js';
import type { PromptSet } from './types.js';

export interface FileProblem {
  line: number;
  col: number;
  message: string;
  /** e.g. steps[3].kind; empty for syntax errors. */
  path: string;
  severity: 'error' | 'warning';
}

export interface ParsedPromptSetFile {
  /** null when there is any error (warnings alone keep the set). */
  set: PromptSet | null;
  /** The coach's `assignment:` block, when the file has one. */
  assignment: AssignmentBlock | undefined;
  /** The whole document as plain data (null when the YAML itself is refused). */
  data: unknown;
  /** Errors and warnings, in file order. */
  problems: FileProblem[];
}

// The only tags a prompt set may use: those of YAML's core schema, which build plain strings, numbers,
// booleans, lists and mappings. Anything else (!!js/function, !!python/object, !custom) is refused.
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

/**
 * Parses prompt-set YAML safely: the core schema only, no custom tags, no anchors or aliases, at most 1 MiB —
 * and each problem located at a line and column of the file. Parsing never runs anything.
 */
export function parsePromptSetYaml(text: string): ParsedPromptSetFile {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > LIMITS.fileBytes) {
    const size = `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
    return refused([error(1, 1, `file is ${size}; a prompt set may be at most 1 MiB`)]);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => lineCounter.linePos(offset ?? 0);
  const problems: FileProblem[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    // Unknown tags are reported below, once, with a clearer message.
    if (e.code === 'TAG_RESOLVE_FAILED') continue;
    const { message, offset } = yamlMessage(e.code, e.message, text, e.pos[0]);
    const pos = at(offset);
    problems.push(error(pos.line, pos.col, message));
  }
  visit(doc, {
    Node(_key, node) {
      const pos = at(node.range?.[0]);
      if (isAlias(node)) {
        problems.push(
          error(
            pos.line,
            pos.col,
            `YAML alias *${node.source} is not allowed in a prompt set; write the value out`,
          ),
        );
        return;
      }
      if ('anchor' in node && node.anchor) {
        const mark = at(markBefore(text, node.range?.[0] ?? 0, `&${node.anchor}`));
        problems.push(
          error(
            mark.line,
            mark.col,
            `YAML anchor &${node.anchor} is not allowed in a prompt set; write values out in full`,
          ),
        );
      }
      if (node.tag && !CORE_TAGS.has(node.tag)) {
        const shown = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
        const mark = at(markBefore(text, node.range?.[0] ?? 0, '!'));
        problems.push(
          error(
            mark.line,
            mark.col,
            `YAML tag ${shown} is not allowed: a prompt set is plain data (text, numbers, lists)`,
          ),
        );
      }
    },
  });
  if (problems.length > 0) return refused(sortProblems(problems));

  const data = doc.toJS({ maxAliasCount: 0 });
  const checked = checkPromptSet(data);
  const located = sortProblems(checked.problems.map((p) => locate(doc, lineCounter, p)));
  return { set: checked.set, assignment: checked.assignment, data, problems: located };
}

/** A node's range starts at its value; its tag or anchor is written just before it, on the same line. */
function markBefore(text: string, offset: number, mark: string): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const found = text.lastIndexOf(mark, offset);
  return found >= lineStart ? found : offset;
}

function refused(problems: FileProblem[]): ParsedPromptSetFile {
  return { set: null, assignment: undefined, data: null, problems };
}

function error(line: number, col: number, message: string): FileProblem {
  return { line, col, message, path: '', severity: 'error' };
}

function sortProblems(problems: FileProblem[]): FileProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.col - b.col);
}

/** A person-sized message for a YAML error, placed where the mistake starts (not where the parser gave up). */
function yamlMessage(
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

/** The closest node that exists for a schema path: a missing key is reported where its parent is. */
function locate(doc: Document, lineCounter: LineCounter, p: SchemaProblem): FileProblem {
  let node: unknown = doc.contents;
  let found: Node | null = (doc.contents as Node | null) ?? null;
  for (const part of p.path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === part);
      node = pair?.value ?? null;
      // Point at the key for a bad value: that is where a person looks.
      if (pair) found = (pair.key as Node) ?? found;
      else break;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part] ?? null;
      if (node) found = node as Node;
      else break;
    } else break;
  }
  const at = lineCounter.linePos(found?.range?.[0] ?? 0);
  return { line: at.line, col: at.col, message: p.message, path: formatPath(p.path), severity: p.severity };
}

/** `file:line:col: message (steps[3].kind)`; warnings say so. */
export function formatFileProblem(file: string, p: FileProblem): string {
  const label = p.severity === 'warning' ? 'warning: ' : '';
  return `${file}:${p.line}:${p.col}: ${label}${p.message}${p.path ? ` (${p.path})` : ''}`;
}

export function hasErrors(problems: readonly FileProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
