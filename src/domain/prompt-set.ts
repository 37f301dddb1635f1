import { z } from 'zod';
import {
  CADENCE_FORMS,
  type Day,
  formatCadence,
  isDay,
  parseCadence,
  WEEKDAYS,
  weekdayOf,
} from './cadence.js';
import { LIMITS } from './limits.js';
import { closest } from './suggest.js';
import { type PromptSet, ROLES, type Role, STEP_KINDS, type StepKind } from './types.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export { LIMITS };

export const SET_FIELDS = [
  'schema',
  'id',
  'version',
  'title',
  'description',
  'author',
  'steps',
  'assignment',
];
export const STEP_FIELDS = [
  'id',
  'kind',
  'role',
  'question',
  'hint',
  'required',
  'choices',
  'min',
  'max',
  'labels',
];
export const ASSIGNMENT_FIELDS = ['from', 'note', 'every', 'count', 'due'];

/** What a value was, in words, for messages: `got the number 3`, `got a list`. */
function got(input: unknown): string {
  if (input === undefined) return 'it is missing';
  if (input === null) return 'got nothing (null)';
  if (Array.isArray(input)) return 'got a list';
  if (typeof input === 'object') return 'got a mapping';
  if (typeof input === 'string') return `got "${input.length > 40 ? `${input.slice(0, 39)}…` : input}"`;
  return `got ${typeof input === 'number' ? 'the number' : typeof input} ${String(input)}`;
}

/** A field of a given type: "title is missing" when absent, "title must be text, got the number 3" otherwise. */
function expect(field: string, what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `${field} is missing` : `${field} must be ${what}, ${got(issue.input)}`;
}

const text = (field: string, max: number) =>
  z.string({ error: expect(field, 'text') }).max(max, `${field} must be at most ${max} characters`);

const slug = (field: string) =>
  z
    .string({ error: expect(field, 'text') })
    .regex(SLUG, `${field} must use only lowercase a-z, 0-9 and single dashes (like "check-in")`);

function oneOf<T extends string>(field: string, values: readonly T[]) {
  return z.enum(values as [T, ...T[]], {
    error: (issue) => {
      if (typeof issue.input !== 'string') return expect(field, `one of ${values.join(', ')}`)(issue);
      const guess = closest(issue.input, values);
      const plural = field === 'kind' ? 'kinds' : `${field}s`;
      return `unknown ${field} "${issue.input}"${guess ? ` — did you mean "${guess}"?` : ''} (${plural}: ${values.join(', ')})`;
    },
  });
}

const wholeNumber = (field: string) =>
  z.number({ error: expect(field, 'a whole number') }).int(`${field} must be a whole number`);

const stepSchema = z
  .object(
    {
      id: slug('step id'),
      kind: oneOf<StepKind>('kind', STEP_KINDS),
      role: oneOf<Role>('role', ROLES),
      question: text('question', LIMITS.questionChars).trim().min(1, 'question must not be empty'),
      hint: text('hint', LIMITS.hintChars).optional(),
      required: z.boolean({ error: expect('required', 'true or false') }).default(false),
      choices: z
        .array(text('a choice', LIMITS.choiceChars).trim().min(1, 'a choice must not be empty'), {
          error: expect('choices', 'a list'),
        })
        .min(2, 'choices needs at least 2 items')
        .max(LIMITS.choices, `choices may have at most ${LIMITS.choices} items`)
        .optional(),
      min: wholeNumber('min').optional(),
      max: wholeNumber('max').optional(),
      labels: z
        .object(
          {
            min: text('labels.min', LIMITS.choiceChars).optional(),
            max: text('labels.max', LIMITS.choiceChars).optional(),
          },
          { error: expect('labels', 'a mapping {min, max}') },
        )
        .strict()
        .optional(),
    },
    { error: expect('a step', 'a mapping (id, kind, role, question …)') },
  )
  .strict()
  .superRefine((step, ctx) => {
    if (step.kind === 'choice' && !step.choices) {
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: 'a choice step needs choices: a list of at least 2',
      });
    }
    if (step.kind !== 'choice' && step.choices) {
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: `choices only apply to choice steps (this one is ${step.kind})`,
      });
    }
    const duplicate = step.choices?.find((c, i) => step.choices!.indexOf(c) !== i);
    if (duplicate)
      ctx.addIssue({ code: 'custom', path: ['choices'], message: `choice "${duplicate}" is listed twice` });
    if (step.kind === 'scale') {
      if (step.min === undefined)
        ctx.addIssue({ code: 'custom', path: ['min'], message: 'a scale step needs min (e.g. min: 1)' });
      if (step.max === undefined)
        ctx.addIssue({ code: 'custom', path: ['max'], message: 'a scale step needs max (e.g. max: 5)' });
      if (step.min !== undefined && step.max !== undefined && step.min >= step.max) {
        ctx.addIssue({
          code: 'custom',
          path: ['max'],
          message: `max (${step.max}) must be greater than min (${step.min})`,
        });
      }
      if (step.min !== undefined && step.max !== undefined && step.max - step.min > 100) {
        ctx.addIssue({ code: 'custom', path: ['max'], message: 'a scale may have at most 101 points' });
      }
    } else {
      for (const field of ['min', 'max', 'labels'] as const) {
        if (step[field] !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `${field} only applies to scale steps (this one is ${step.kind})`,
          });
      }
    }
  });

const assignmentSchema = z
  .object(
    {
      from: text('from', LIMITS.fromChars).trim().min(1, 'from must not be empty').optional(),
      note: text('note', LIMITS.noteChars).optional(),
      every: z
        .string({ error: expect('every', CADENCE_FORMS) })
        .refine((v) => parseCadence(v) !== null, {
          error: (issue) => `every must be ${CADENCE_FORMS}, ${got(issue.input)}`,
        })
        .transform((v) => formatCadence(parseCadence(v)!))
        .optional(),
      count: wholeNumber('count')
        .min(1, 'count must be at least 1')
        .max(LIMITS.count, `count may be at most ${LIMITS.count}`)
        .optional(),
      due: z
        .string({ error: expect('due', 'a date like 2026-12-04') })
        .refine(isDay, { error: (issue) => `due must be a date like 2026-12-04, ${got(issue.input)}` })
        .optional(),
    },
    { error: expect('assignment', 'a mapping (from, note, every, count, due)') },
  )
  .strict()
  .superRefine((block, ctx) => {
    if (block.count !== undefined && block.count > 1 && block.every === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['count'],
        message: `count ${block.count} needs every: (how often), e.g. every: week`,
      });
    }
    const cadence = block.every === undefined ? null : parseCadence(block.every);
    if (cadence?.unit === 'weekday' && block.due !== undefined && weekdayOf(block.due) !== cadence.weekday) {
      ctx.addIssue({
        code: 'custom',
        path: ['due'],
        message: `due ${block.due} is not a ${WEEKDAYS[cadence.weekday]} (every: ${block.every}); give a ${WEEKDAYS[cadence.weekday]} or leave due out`,
      });
    }
  });

export const promptSetSchema = z.object(
  {
    schema: z.literal(1, {
      error: (issue) =>
        issue.input === undefined
          ? 'schema is missing — start the file with: schema: 1'
          : `schema must be 1 (the only prompt-set schema this reflect knows), ${got(issue.input)}`,
    }),
    id: slug('id'),
    version: wholeNumber('version').min(1, 'version must be 1 or more'),
    title: text('title', LIMITS.titleChars).trim().min(1, 'title must not be empty'),
    description: text('description', LIMITS.descriptionChars).default(''),
    author: text('author', LIMITS.fromChars).optional(),
    steps: z
      .array(stepSchema, { error: expect('steps', 'a list of steps') })
      .min(1, 'a prompt set needs at least one step')
      .max(LIMITS.steps, `a prompt set may have at most ${LIMITS.steps} steps`),
    assignment: assignmentSchema.optional(),
  },
  {
    error: (issue) =>
      issue.input == null
        ? 'the file is empty — a prompt set starts with: schema: 1'
        : 'a prompt set must be a YAML mapping (key: value lines), not a list or a single value',
  },
);

export type PromptSetInput = z.input<typeof promptSetSchema>;

/** The `assignment:` block of a set file: a coach's suggestion the client accepts or declines. */
export interface AssignmentBlock {
  from?: string | undefined;
  note?: string | undefined;
  /** Canonical cadence text (see cadence.ts). */
  every?: string | undefined;
  count?: number | undefined;
  due?: Day | undefined;
}

export interface SchemaProblem {
  /** Path into the document, e.g. ['steps', 3, 'kind']. */
  path: Array<string | number>;
  message: string;
  severity: 'error' | 'warning';
}

export function formatPath(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
}

export type CheckedSet =
  | { set: PromptSet; assignment: AssignmentBlock | undefined; problems: SchemaProblem[] }
  | { set: null; assignment: undefined; problems: SchemaProblem[] };

/**
 * Validates an already-parsed document; returns the set (without its assignment block) and every problem.
 * Warnings (a set without an assumption step, an unknown top-level field) never make `set` null.
 */
export function checkPromptSet(data: unknown): CheckedSet {
  const warnings = unknownTopLevel(data);
  const duplicates = duplicateStepIds(data);
  const result = promptSetSchema.safeParse(data);
  if (!result.success || duplicates.length > 0) {
    const issues = result.success ? [] : result.error.issues;
    const errors = issues.flatMap((issue): SchemaProblem[] => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        const fields =
          path.length === 0 ? SET_FIELDS : path[0] === 'assignment' ? ASSIGNMENT_FIELDS : STEP_FIELDS;
        return issue.keys.map((key) => ({
          path: [...path, key],
          message: unknownField(key, fields),
          severity: 'error',
        }));
      }
      return [{ path, message: issue.message, severity: 'error' }];
    });
    return { set: null, assignment: undefined, problems: [...errors, ...duplicates, ...warnings] };
  }
  const { assignment, ...set } = result.data;
  if (!set.steps.some((step) => step.role === 'assumption')) {
    warnings.push({
      path: ['steps'],
      message:
        'no step has role: assumption — weekly summaries and the assumption register will not see entries made with this set',
      severity: 'warning',
    });
  }
  return { set: set as PromptSet, assignment, problems: warnings };
}

// Checked on the raw document, so a duplicate is reported even when other steps have errors too.
function duplicateStepIds(data: unknown): SchemaProblem[] {
  const steps = (data as { steps?: unknown } | null)?.steps;
  if (!Array.isArray(steps)) return [];
  const seen = new Map<string, number>();
  const problems: SchemaProblem[] = [];
  steps.forEach((step, index) => {
    const id = (step as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else
      problems.push({
        path: ['steps', index, 'id'],
        message: `duplicate step id "${id}" (already used by steps[${first}]); step ids must be unique`,
        severity: 'error',
      });
  });
  return problems;
}

// zod strips unknown top-level keys; we name them, so a typo such as "desciption:" is not silently lost.
function unknownTopLevel(data: unknown): SchemaProblem[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  return Object.keys(data)
    .filter((key) => !SET_FIELDS.includes(key))
    .map((key) => ({
      path: [key],
      message: `${unknownField(key, SET_FIELDS)}; it is ignored`,
      severity: 'warning',
    }));
}

function unknownField(key: string, fields: readonly string[]): string {
  const guess = closest(key, fields);
  return `unknown field "${key}"${guess ? ` — did you mean "${guess}"?` : ''} (fields: ${fields.join(', ')})`;
}

export function stepById(set: PromptSet, stepId: string) {
  return set.steps.find((s) => s.id === stepId);
}
