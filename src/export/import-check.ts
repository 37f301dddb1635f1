import { checkValue } from '../domain/answers.js';
import { cleanNames, cleanTags } from '../domain/names.js';
import type { AnswerMap, PromptSet } from '../domain/types.js';
import { UserError } from '../errors.js';
import { IMPORT_FORMATS, type ImportFormat, ImportProblem } from './import-formats.js';
import type { ExportEntry } from './journal-json.js';

/**
 * The checks of one element of a file's `entries` array, from its JSON text to an entry in the reflect export
 * shape whose answers fit its prompt set. Needs no database: the import runs it on the main thread for small
 * files and on a worker thread for large ones (src/export/import-worker.ts), with the same results.
 */

export interface EntryChecks {
  format: ImportFormat['name'];
  /** The built-in freeform set, which jrnl and Day One entries become. */
  freeform: PromptSet;
  /** Every set version an entry may use, by `setKey`: the file's own, else the journal's, else built-in. */
  sets: ReadonlyMap<string, PromptSet>;
}

export interface CheckedEntry {
  /** Names cleaned as the journal keeps them; answers in the set's step order, with the checked values. */
  entry: ExportEntry;
  index: number;
}

export function setKey(id: string, version: number): string {
  return `${id}@${version}`;
}

export function checkEntry(text: string, index: number, checks: EntryChecks): CheckedEntry {
  const format = IMPORT_FORMATS.find((f) => f.name === checks.format)!;
  const parsed = format.entry(parseElement(text, index), index, checks.freeform);
  const entry = { ...parsed, people: cleanNames(parsed.people), tags: cleanTags(parsed.tags) };
  const set = checks.sets.get(setKey(entry.set, entry.setVersion));
  if (!set) {
    throw new ImportProblem(
      `entries[${index}].set`,
      `prompt set ${entry.set} v${entry.setVersion} is neither in the file nor in this journal`,
    );
  }
  entry.answers = checkAnswers(entry, set, index);
  return { entry, index };
}

export function parseElement(text: string, index: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImportProblem(`entries[${index}]`, `not valid JSON (${(error as Error).message})`);
  }
}

function checkAnswers(entry: ExportEntry, set: PromptSet, index: number): ExportEntry['answers'] {
  const steps = new Map(set.steps.map((s) => [s.id, s]));
  const answers: AnswerMap = {};
  entry.answers.forEach((answer, a) => {
    const path = `entries[${index}].answers[${a}]`;
    const step = steps.get(answer.step);
    if (!step) {
      throw new ImportProblem(
        `${path}.step`,
        `prompt set ${set.id} v${set.version} has no step "${answer.step}"`,
      );
    }
    if (answer.step in answers) throw new ImportProblem(`${path}.step`, `"${answer.step}" is answered twice`);
    if (answer.kind !== step.kind) {
      throw new ImportProblem(`${path}.kind`, `step "${step.id}" is a ${step.kind} step, not ${answer.kind}`);
    }
    if (answer.role !== step.role) {
      throw new ImportProblem(`${path}.role`, `step "${step.id}" has role ${step.role}, not ${answer.role}`);
    }
    try {
      answers[step.id] = checkValue(step, answer.value);
    } catch (error) {
      if (error instanceof UserError) throw new ImportProblem(`${path}.value`, error.message);
      throw error;
    }
  });
  // In the set's step order, with the checked values, for an exact comparison with the journal's copy.
  return set.steps
    .filter((s) => s.id in answers)
    .map((s) => ({ step: s.id, kind: s.kind, role: s.role, value: answers[s.id]! }));
}
