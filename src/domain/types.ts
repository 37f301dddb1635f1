import type { StatementDecision } from './register.js';

export const STEP_KINDS = ['text', 'long', 'list', 'dialogue', 'choice', 'scale', 'confirm'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const ROLES = [
  'context',
  'said',
  'unsaid',
  'feeling',
  'data',
  'selected-data',
  'meaning',
  'assumption',
  'conclusion',
  'belief',
  'action',
  'alternative',
  'test',
  'intention',
  'cost',
  'learning',
  'other',
] as const;
export type Role = (typeof ROLES)[number];

export interface Step {
  id: string;
  kind: StepKind;
  role: Role;
  question: string;
  hint?: string | undefined;
  required: boolean;
  /** `choice` only. */
  choices?: string[] | undefined;
  /** `scale` only. */
  min?: number | undefined;
  max?: number | undefined;
  /** `scale` only: words for the ends of the scale. */
  labels?: { min?: string | undefined; max?: string | undefined } | undefined;
}

export interface PromptSet {
  schema: 1;
  id: string;
  version: number;
  title: string;
  description: string;
  author?: string | undefined;
  steps: Step[];
}

export interface DialogueLine {
  said: string;
  unsaid: string;
}

export type AnswerValue = string | string[] | DialogueLine[] | number | boolean;

/** Answers keyed by step id, in the order of the set's steps. */
export type AnswerMap = Record<string, AnswerValue>;

export interface Answer {
  stepId: string;
  kind: StepKind;
  role: Role;
  position: number;
  value: AnswerValue;
}

export interface Entry {
  id: number;
  uuid: string;
  setId: string;
  setVersion: number;
  title: string;
  /** ISO 8601 UTC instant, e.g. 2026-11-24T09:30:00.000Z */
  occurredAt: string;
  /** Minutes east of UTC where the entry was written, so exports can show local time with its offset. */
  utcOffset: number;
  createdAt: string;
  updatedAt: string;
  starred: boolean;
  people: string[];
  tags: string[];
  answers: Answer[];
}

/** The metadata that travels with an entry besides its answers. */
export interface EntryMeta {
  /** Link-as-you-write: what the person said about each assumption while writing; applied on save. */
  decisions?: StatementDecision[] | undefined;
  title?: string | undefined;
  /** ISO instant */
  occurredAt?: string | undefined;
  /** `occurredAt` was given as a day without a time (placed at noon): it is in the future only after today. */
  bareDay?: boolean | undefined;
  people?: string[] | undefined;
  tags?: string[] | undefined;
}

export interface Draft {
  id: number;
  setId: string;
  setVersion: number;
  meta: EntryMeta;
  answers: AnswerMap;
  /** A list or dialogue step in progress: the items given so far. */
  partial?: { stepId: string; value: AnswerValue } | undefined;
  createdAt: string;
  updatedAt: string;
}
