import type { TestRecord } from '../domain/register.js';
import type { AnswerValue, Entry, PromptSet, Role, StepKind } from '../domain/types.js';

/**
 * The reflect JSON export (a public contract, documented in README.md, "Export, import and backup"). Version 1:
 *
 *   {"format": "reflect-journal", "version": 1, "exportedAt": "…",
 *    "promptSets": [ExportPromptSet…], "assignments": [], "register": ExportRegister, "entries": [ExportEntry…]}
 *
 * Entries carry everything but the local row id (ids are per journal; `uuid` names an entry everywhere).
 * Prompt sets are the exact versions the entries were written with, built-in ones included, so that an
 * import into an empty journal is lossless.
 */
export const JOURNAL_FORMAT = 'reflect-journal';
export const JOURNAL_VERSION = 1;

export interface ExportAnswer {
  step: string;
  kind: StepKind;
  role: Role;
  value: AnswerValue;
}

/** An entry as exported: the stored entry without its local id, its set named by id, answers with their steps. */
export interface ExportEntry extends Omit<Entry, 'id' | 'setId' | 'answers'> {
  set: string;
  /** In the order of the set's steps; unanswered steps are absent. */
  answers: ExportAnswer[];
}

export interface ExportPromptSet {
  source: 'builtin' | 'installed';
  addedAt: string;
  /**
   * When `prompts remove` removed the set (its versions kept for their entries). Absent while the set is
   * installed, and in files written before it existed; version 1 readers that do not know it ignore it.
   */
  removedAt?: string;
  /** The file as its author wrote it, when the journal kept it. */
  yaml: string | null;
  set: PromptSet;
}

/**
 * A statement of the assumption register, named so that it survives an import (statement ids are per journal):
 * the entry's uuid, the step, the item's index among the statements of that answer (`statementsOf`), and its
 * words (checked on import).
 */
export interface ExportStatementRef {
  entry: string;
  step: string;
  item: number;
  text: string;
}

/** A group the person touched, with the statements it holds and who placed each. */
export interface ExportRegisterGroup {
  /** The group's id in the journal it comes from; kept by an import into a journal with no groups. */
  id: number;
  /** The person's label; null: named after its earliest statement. */
  label: string | null;
  statements: Array<ExportStatementRef & { linkedBy: 'person' | 'auto' }>;
  /** Oldest first. */
  tests: TestRecord[];
}

/**
 * The person's decisions in the assumption register (`register`, optional within version 1: absent when there
 * are none, and in files written before it existed; readers that do not know it ignore it). The automatic
 * grouping of the statements no group here holds is not carried: an import groups them afresh.
 */
export interface ExportRegister {
  groups: ExportRegisterGroup[];
  /** Pairs of `groups[].id` the person marked opposite. */
  opposites: Array<[number, number]>;
  /** Pairs of `groups[].id` the person said are not opposites (`unoppose`). */
  notOpposites: Array<[number, number]>;
  /** Statements the person said are not the same assumption (`unlink`, "new" while writing). */
  different: Array<[ExportStatementRef, ExportStatementRef]>;
}

export function toExportEntry(entry: Entry): ExportEntry {
  return {
    uuid: entry.uuid,
    set: entry.setId,
    setVersion: entry.setVersion,
    title: entry.title,
    occurredAt: entry.occurredAt,
    utcOffset: entry.utcOffset,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    starred: entry.starred,
    people: entry.people,
    tags: entry.tags,
    answers: entry.answers.map((a) => ({ step: a.stepId, kind: a.kind, role: a.role, value: a.value })),
  };
}

/** Opening of the document up to the entries array; entries follow one per line, then `journalTail`. */
export function journalHead(
  exportedAt: string,
  promptSets: readonly ExportPromptSet[],
  assignments: readonly unknown[],
  register?: ExportRegister,
): string {
  return [
    '{',
    `  "format": ${JSON.stringify(JOURNAL_FORMAT)},`,
    `  "version": ${JOURNAL_VERSION},`,
    `  "exportedAt": ${JSON.stringify(exportedAt)},`,
    `  "promptSets": ${list(promptSets, '  ')},`,
    `  "assignments": ${list(assignments, '  ')},`,
    ...(register ? [`  "register": ${registerJson(register)},`] : []),
    '  "entries": [',
  ].join('\n');
}

/** One item a line, as the entries are. */
function list(items: readonly unknown[], indent: string): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((item) => `${indent}  ${JSON.stringify(item)}`).join(',\n')}\n${indent}]`;
}

function registerJson(register: ExportRegister): string {
  return [
    '{',
    `    "groups": ${list(register.groups, '    ')},`,
    `    "opposites": ${JSON.stringify(register.opposites)},`,
    `    "notOpposites": ${JSON.stringify(register.notOpposites)},`,
    `    "different": ${list(register.different, '    ')}`,
    '  }',
  ].join('\n');
}

/** One entry line; `first` decides the separating comma. */
export function journalEntryLine(entry: ExportEntry, first: boolean): string {
  return `${first ? '\n' : ',\n'}    ${JSON.stringify(entry)}`;
}

export function journalTail(count: number): string {
  return count === 0 ? ']\n}\n' : '\n  ]\n}\n';
}

/** Key-order independent JSON, for comparing an imported entry with the one already in the journal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
