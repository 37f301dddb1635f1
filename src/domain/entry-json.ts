import type { AnswerValue, Entry, PromptSet, Role, StepKind } from './types.js';

/** The `show --json` / `new --json` shape: a public contract, documented in README. */
export interface EntryJson {
  id: number;
  uuid: string;
  set: string;
  setVersion: number;
  title: string;
  date: string;
  createdAt: string;
  updatedAt: string;
  starred: boolean;
  people: string[];
  tags: string[];
  answers: Record<
    string,
    { role: Role; kind: StepKind; position: number; question: string; value: AnswerValue }
  >;
}

export function entryToJson(entry: Entry, set: PromptSet): EntryJson {
  const questions = new Map(set.steps.map((s) => [s.id, s.question]));
  return {
    id: entry.id,
    uuid: entry.uuid,
    set: entry.setId,
    setVersion: entry.setVersion,
    title: entry.title,
    date: entry.occurredAt,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    starred: entry.starred,
    people: entry.people,
    tags: entry.tags,
    answers: Object.fromEntries(
      entry.answers.map((a) => [
        a.stepId,
        {
          role: a.role,
          kind: a.kind,
          position: a.position,
          question: questions.get(a.stepId) ?? '',
          value: a.value,
        },
      ]),
    ),
  };
}
