import { type Document, isAlias, isMap, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml';
import type { Day } from './cadence.js';
import {
  type AssignmentBlock,
  checkPromptSet,
  formatPath,
  LIMITS,
  type SchemaProblem,
} from './prompt-set.js';
import { cutByComments, syntaxErrors, yamlMessage } from './prompt-set-yaml-slips.js';
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

/**
 * A prompt-set file's bytes as text. UTF-8 (with or without a byte-order mark) is the only encoding: a file
 * saved as Latin-1 or UTF-16 would otherwise install with � in place of every accented letter, so it is
 * refused where its first foreign byte is.
 */
export function decodePromptSetFile(
  bytes: Uint8Array,
): { text: string; problem?: undefined } | { problem: FileProblem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { problem: error(1, 1, 'the file is UTF-16 text; save it as UTF-8') };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstForeignByte(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad)).replace(/^\uFEFF/, '');
    const lines = before.split('\n');
    const byte = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      problem: error(
        lines.length,
        lines[lines.length - 1]!.length + 1,
        `the file is not UTF-8 text (byte 0x${byte} here, perhaps saved as Latin-1 or Windows-1252); save it as UTF-8`,
      ),
    };
  }
}

/** The offset of the first byte that does not start a whole UTF-8 sequence. */
function firstForeignByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const size =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (size === 0) return i;
    for (let k = 1; k < size; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += size;
  }
  // Only the decoder's finer rules (an overlong or surrogate sequence) are left: the last byte is as close as it gets.
  return bytes.length - 1;
}

// The only tags a prompt set may use: those of YAML's core schema, which build plain strings, numbers,
// booleans, lists and mappings. Anything else (!!js/function, !!python/object, !custom) is refused.
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

/**
 * Parses prompt-set YAML safely: the core schema only, no custom tags, no anchors or aliases, at most 1 MiB —
 * and each problem located at a line and column of the file. Parsing never runs anything.
 * Given `today` (the person's local day), an assignment `due:` before it is a warning, not an error: a client
 * may open a coach's file days after it was sent, and the assignment then starts overdue.
 */
export function parsePromptSetYaml(text: string, options: { today?: Day } = {}): ParsedPromptSetFile {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > LIMITS.fileBytes) {
    const size = `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
    return refused([error(1, 1, `file is ${size}; a prompt set may be at most 1 MiB`)]);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => lineCounter.linePos(offset ?? 0);
  const problems: FileProblem[] = [];
  const syntaxLines = new Set<number>();
  for (const e of [...syntaxErrors(doc.errors), ...doc.warnings]) {
    // Unknown tags are reported below, once, with a clearer message.
    if (e.code === 'TAG_RESOLVE_FAILED') continue;
    const { message, offset } = yamlMessage(e.code, e.message, text, e.pos[0]);
    const pos = at(offset);
    problems.push(error(pos.line, pos.col, message));
    syntaxLines.add(pos.line);
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
  if (problems.length > 0) return refused(sortProblems(dropEchoes(problems, syntaxLines)));

  const data = doc.toJS({ maxAliasCount: 0 });
  const checked = checkPromptSet(data);
  const located = sortProblems([
    ...checked.problems.map((p) => locate(doc, lineCounter, p)),
    ...pastDue(checked.assignment, options.today).map((p) => locate(doc, lineCounter, p)),
    ...cutByComments(doc, text, lineCounter),
  ]);
  return { set: checked.set, assignment: checked.assignment, data, problems: located };
}

function pastDue(block: AssignmentBlock | undefined, today: Day | undefined): SchemaProblem[] {
  if (!block?.due || !today || block.due >= today) return [];
  return [
    {
      path: ['assignment', 'due'],
      message: `due ${block.due} has passed (today is ${today}); accepted, the assignment starts overdue`,
      severity: 'warning',
    },
  ];
}

/** A node's range starts at its value; its tag or anchor is written just before it, on the same line. */
function markBefore(text: string, offset: number, mark: string): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const found = text.lastIndexOf(mark, offset);
  return found >= lineStart ? found : offset;
}

/** An alias or tag the parser saw on a line that has a syntax error is that error seen again (`*Really*, …`). */
function dropEchoes(problems: FileProblem[], syntaxLines: ReadonlySet<number>): FileProblem[] {
  return problems.filter((p) => !/^YAML (alias|anchor|tag) /.test(p.message) || !syntaxLines.has(p.line));
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
