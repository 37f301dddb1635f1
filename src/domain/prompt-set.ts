import { z } from 'zod';
import { type PromptSet, ROLES, STEP_KINDS } from './types.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const LIMITS = { steps: 50, questionChars: 2000, fileBytes: 1024 * 1024 } as const;

const slug = (what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .regex(SLUG, `${what} must use only a-z, 0-9 and single dashes`);

const stepSchema = z
  .object({
    id: slug('step id'),
    kind: z.enum(STEP_KINDS, { error: `kind must be one of ${STEP_KINDS.join(', ')}` }),
    role: z.enum(ROLES, { error: `role must be one of ${ROLES.join(', ')}` }),
    question: z
      .string({ error: 'question must be text' })
      .trim()
      .min(1, 'question must not be empty')
      .max(LIMITS.questionChars, `question must be at most ${LIMITS.questionChars} characters`),
    hint: z.string({ error: 'hint must be text' }).optional(),
    required: z.boolean({ error: 'required must be true or false' }).default(false),
    choices: z
      .array(z.string().trim().min(1, 'a choice must not be empty'), { error: 'choices must be a list' })
      .min(2, 'choices needs at least 2 items')
      .optional(),
    min: z.number({ error: 'min must be a number' }).int('min must be a whole number').optional(),
    max: z.number({ error: 'max must be a number' }).int('max must be a whole number').optional(),
    labels: z
      .object(
        { min: z.string().optional(), max: z.string().optional() },
        { error: 'labels must be {min, max}' },
      )
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((step, ctx) => {
    if (step.kind === 'choice' && !step.choices) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: 'a choice step needs choices' });
    }
    if (step.kind !== 'choice' && step.choices) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: `choices only apply to choice steps` });
    }
    if (step.kind === 'scale') {
      if (step.min === undefined)
        ctx.addIssue({ code: 'custom', path: ['min'], message: 'a scale step needs min' });
      if (step.max === undefined)
        ctx.addIssue({ code: 'custom', path: ['max'], message: 'a scale step needs max' });
      if (step.min !== undefined && step.max !== undefined && step.min >= step.max) {
        ctx.addIssue({ code: 'custom', path: ['max'], message: 'max must be greater than min' });
      }
      if (step.min !== undefined && step.max !== undefined && step.max - step.min > 100) {
        ctx.addIssue({ code: 'custom', path: ['max'], message: 'a scale may have at most 101 points' });
      }
    } else if (step.min !== undefined || step.max !== undefined || step.labels) {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: 'min, max and labels only apply to scale steps',
      });
    }
  });

export const promptSetSchema = z
  .object({
    schema: z.literal(1, { error: 'schema must be 1 (the only prompt-set schema this reflect knows)' }),
    id: slug('id'),
    version: z
      .number({ error: 'version must be a whole number' })
      .int('version must be a whole number')
      .min(1),
    title: z.string({ error: 'title must be text' }).trim().min(1, 'title must not be empty'),
    description: z.string({ error: 'description must be text' }).default(''),
    author: z.string({ error: 'author must be text' }).optional(),
    steps: z
      .array(stepSchema, { error: 'steps must be a list' })
      .min(1, 'a prompt set needs at least one step')
      .max(LIMITS.steps, `a prompt set may have at most ${LIMITS.steps} steps`),
  })
  .superRefine((set, ctx) => {
    const seen = new Map<string, number>();
    set.steps.forEach((step, index) => {
      const first = seen.get(step.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'id'],
          message: `duplicate step id "${step.id}" (first used by steps[${first}])`,
        });
      } else seen.set(step.id, index);
    });
  });

/** Fields other issues add to the file (e.g. `assignment:`) are allowed at the top level and ignored here. */
export type PromptSetInput = z.input<typeof promptSetSchema>;

export interface SchemaProblem {
  /** Path into the document, e.g. ['steps', 3, 'kind']. */
  path: Array<string | number>;
  message: string;
}

export function formatPath(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
}

/** Validates an already-parsed document; returns the set or every problem found. */
export function checkPromptSet(
  data: unknown,
): { set: PromptSet; problems: [] } | { set: null; problems: SchemaProblem[] } {
  const result = promptSetSchema.safeParse(data);
  if (result.success) return { set: result.data as PromptSet, problems: [] };
  return {
    set: null,
    problems: result.error.issues.map((issue) => ({
      path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
      message: issue.message,
    })),
  };
}

export function stepById(set: PromptSet, stepId: string) {
  return set.steps.find((s) => s.id === stepId);
}
