import { type Document, isAlias, isMap, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml';
import { checkPromptSet, formatPath, LIMITS, type SchemaProblem } from './prompt-set.js';
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
  set: PromptSet | null;
  /** The whole document as plain data (for blocks other features read, such as `assignment:`). */
  data: unknown;
  problems: FileProblem[];
}

/**
 * Parses prompt-set YAML safely: the core schema only (no custom tags that build objects), aliases refused,
 * and each problem located at a line and column of the file.
 */
export function parsePromptSetYaml(text: string): ParsedPromptSetFile {
  if (Buffer.byteLength(text, 'utf8') > LIMITS.fileBytes) {
    return {
      set: null,
      data: null,
      problems: [problem(1, 1, `file is larger than ${LIMITS.fileBytes / 1024 / 1024} MiB`)],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
  const problems: FileProblem[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    const at = lineCounter.linePos(error.pos[0]);
    problems.push(problem(at.line, at.col, yamlMessage(error.code, error.message)));
  }
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        const at = lineCounter.linePos(node.range?.[0] ?? 0);
        problems.push(problem(at.line, at.col, 'YAML aliases are not allowed in prompt sets'));
      }
      if (node.tag && !node.tag.startsWith('tag:yaml.org,2002:')) {
        const at = lineCounter.linePos(node.range?.[0] ?? 0);
        problems.push(problem(at.line, at.col, `YAML tag ${node.tag} is not allowed in prompt sets`));
      }
    },
  });
  if (problems.length > 0) return { set: null, data: null, problems };

  const data = doc.toJS({ maxAliasCount: 0 });
  const checked = checkPromptSet(data);
  if (checked.set) return { set: checked.set, data, problems: [] };
  return {
    set: null,
    data,
    problems: checked.problems.map((p) => locate(doc, lineCounter, p)),
  };
}

function problem(line: number, col: number, message: string): FileProblem {
  return { line, col, message, path: '', severity: 'error' };
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  if (code === 'DUPLICATE_KEY') return 'duplicate key';
  return `YAML syntax: ${first.replace(/ at line \d+, column \d+.*$/, '')}`;
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
  return { line: at.line, col: at.col, message: p.message, path: formatPath(p.path), severity: 'error' };
}

export function formatFileProblem(file: string, p: FileProblem): string {
  return `${file}:${p.line}:${p.col}: ${p.message}${p.path ? ` (${p.path})` : ''}`;
}
