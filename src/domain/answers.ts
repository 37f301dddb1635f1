import { UserError } from '../errors.js';
import type { AnswerMap, AnswerValue, DialogueLine, Draft, PromptSet, Step } from './types.js';

/** The `--answers` file: the format scripts, tests and the evaluation corpus use. */
export interface AnswersFile {
  title?: string | undefined;
  date?: string | undefined;
  people?: string[] | undefined;
  tags?: string[] | undefined;
  answers: Record<string, unknown>;
}

const FILE_KEYS = new Set(['title', 'date', 'people', 'tags', 'answers']);

/** Checks the shape of a parsed answers file; `source` names it in messages. */
export function parseAnswersFile(data: unknown, source: string): AnswersFile {
  return checkAnswersFile(data, source, true) as AnswersFile;
}

/**
 * The answers file of `edit --answers`: every field the file leaves out is kept, `answers` too (a file of
 * `{"title": "…"}` only retitles the entry).
 */
export function parseEditFile(data: unknown, source: string): Partial<AnswersFile> {
  return checkAnswersFile(data, source, false);
}

function checkAnswersFile(data: unknown, source: string, needsAnswers: boolean): Partial<AnswersFile> {
  const fail = (message: string) => new UserError(`${source}: ${message}`);
  if (!isRecord(data)) throw fail('expected a JSON object with an "answers" object');
  for (const key of Object.keys(data)) {
    if (!FILE_KEYS.has(key))
      throw fail(`unknown field "${key}" (expected title, date, people, tags, answers)`);
  }
  if ((needsAnswers || data.answers !== undefined) && !isRecord(data.answers))
    throw fail('"answers" must be an object keyed by step id');
  for (const key of ['title', 'date'] as const) {
    if (data[key] !== undefined && typeof data[key] !== 'string') throw fail(`"${key}" must be a string`);
  }
  for (const key of ['people', 'tags'] as const) {
    const value = data[key];
    if (value !== undefined && !(Array.isArray(value) && value.every((v) => typeof v === 'string'))) {
      throw fail(`"${key}" must be a list of strings`);
    }
  }
  return data as Partial<AnswersFile>;
}

/**
 * Validates raw answers against a set: unknown step ids, values of the wrong kind and missing required steps
 * are refused, naming the step. Empty optional answers are dropped. Strings are kept exactly as written.
 */
export function validateAnswers(set: PromptSet, raw: Record<string, unknown>): AnswerMap {
  const known = new Set(set.steps.map((s) => s.id));
  for (const stepId of Object.keys(raw)) {
    if (!known.has(stepId)) {
      throw new UserError(`unknown step "${stepId}" for prompt set ${set.id}`, {
        hint: `its steps are: ${set.steps.map((s) => s.id).join(', ')}`,
      });
    }
  }
  const answers: AnswerMap = {};
  for (const step of set.steps) {
    const value =
      raw[step.id] === undefined || raw[step.id] === null ? undefined : checkValue(step, raw[step.id]);
    if (value === undefined || isEmptyAnswer(value)) {
      if (step.required) throw new UserError(`step "${step.id}" is required: ${step.question}`);
      continue;
    }
    answers[step.id] = value;
  }
  return answers;
}

/** Returns the value in its canonical form, or throws a UserError naming the step and what it expects. */
export function checkValue(step: Step, value: unknown): AnswerValue {
  const wrong = (expected: string) =>
    new UserError(`step "${step.id}" (${step.kind}) expects ${expected}, got ${describe(value)}`);
  switch (step.kind) {
    case 'text':
    case 'long':
      if (typeof value !== 'string') throw wrong('a string');
      return value;
    case 'list':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
        throw wrong('a list of strings');
      return value.filter((item) => item.trim() !== '');
    case 'dialogue': {
      if (!Array.isArray(value)) throw wrong('a list of {"said", "unsaid"} pairs');
      const lines: DialogueLine[] = [];
      for (const line of value) {
        if (
          !isRecord(line) ||
          typeof line.said !== 'string' ||
          (line.unsaid !== undefined && typeof line.unsaid !== 'string')
        ) {
          throw wrong('a list of {"said", "unsaid"} pairs');
        }
        const extra = Object.keys(line).find((k) => k !== 'said' && k !== 'unsaid');
        if (extra) throw wrong(`pairs with only "said" and "unsaid" (found "${extra}")`);
        const unsaid = typeof line.unsaid === 'string' ? line.unsaid : '';
        if (line.said.trim() === '' && unsaid.trim() === '') continue;
        lines.push({ said: line.said, unsaid });
      }
      return lines;
    }
    case 'choice':
      if (typeof value !== 'string' || !step.choices?.includes(value)) {
        throw wrong(`one of ${(step.choices ?? []).map((c) => JSON.stringify(c)).join(', ')}`);
      }
      return value;
    case 'scale':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < step.min! || value > step.max!) {
        throw wrong(`a whole number from ${step.min} to ${step.max}`);
      }
      return value;
    case 'confirm':
      if (typeof value !== 'boolean') throw wrong('true or false');
      return value;
  }
}

export function isEmptyAnswer(value: AnswerValue): boolean {
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Index of the first step with no answer yet: where a resumed draft continues. */
export function firstUnanswered(set: PromptSet, answers: AnswerMap): number {
  const index = set.steps.findIndex((step) => !(step.id in answers));
  return index === -1 ? set.steps.length : index;
}

/**
 * What a draft is known by in the lists that offer it: the number (from 1) of the step it was left in the middle
 * of, if any, and its title, else the first words written (its situation, in the built-in sets), that step's
 * included: a draft left in its first step is known by what was written there.
 */
export function draftSubject(draft: Draft, set: PromptSet): { begun: number | undefined; words: string } {
  const index = draft.partial ? set.steps.findIndex((step) => step.id === draft.partial?.stepId) : -1;
  const begun = index === -1 ? undefined : index + 1;
  if (draft.meta.title?.trim()) return { begun, words: draft.meta.title };
  const written = draft.partial
    ? { ...draft.answers, [draft.partial.stepId]: draft.partial.value }
    : draft.answers;
  for (const step of set.steps) {
    const value = written[step.id];
    const text = Array.isArray(value) ? value.find((item) => typeof item === 'string') : value;
    if (typeof text === 'string' && text.trim()) return { begun, words: text };
  }
  return { begun, words: '' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}
