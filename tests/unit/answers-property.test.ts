import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../src/domain/answers.js';
import type { PromptSet, Step } from '../../src/domain/types.js';
import { UserError } from '../../src/errors.js';
import { KINDS_SET } from '../helpers/kinds-set.js';

/** Properties of answers validation (the `--answers` contract), over many generated values. */
const set: PromptSet = KINDS_SET;
const base = { text: 't', choice: 'alpha' };

/** A JSON value that is not a valid answer for `step`. */
function wrongValue(step: Step): fc.Arbitrary<unknown> {
  const anyJson = fc.jsonValue();
  switch (step.kind) {
    case 'text':
    case 'long':
      return anyJson.filter((v) => typeof v !== 'string' && v !== null);
    case 'list':
      return fc.oneof(
        anyJson.filter((v) => !Array.isArray(v) && v !== null),
        fc.array(anyJson).filter((a) => a.some((v) => typeof v !== 'string')),
      );
    case 'dialogue':
      return fc.oneof(
        anyJson.filter((v) => !Array.isArray(v) && v !== null),
        fc
          .array(anyJson, { minLength: 1 })
          .filter((a) =>
            a.some(
              (v) =>
                typeof v !== 'object' ||
                v === null ||
                Array.isArray(v) ||
                typeof (v as { said?: unknown }).said !== 'string',
            ),
          ),
      );
    case 'choice':
      return anyJson.filter((v) => v !== null && !(step.choices ?? []).includes(v as string));
    case 'scale':
      return anyJson.filter(
        (v) =>
          v !== null && !(Number.isInteger(v) && (v as number) >= step.min! && (v as number) <= step.max!),
      );
    case 'confirm':
      return anyJson.filter((v) => typeof v !== 'boolean' && v !== null);
  }
}

describe('answers validation properties', () => {
  it('keeps any Unicode string exactly as written (text, long, list, dialogue)', () => {
    const text = fc.string({ unit: 'binary', minLength: 1 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(
        text,
        text,
        fc.array(text, { maxLength: 4 }),
        text,
        text,
        (t, long, items, said, unsaid) => {
          const answers = validateAnswers(set, {
            ...base,
            text: t,
            long,
            list: items,
            dialogue: [{ said, unsaid }],
          });
          expect(answers.text).toBe(t);
          expect(answers.long).toBe(long);
          if (items.length) expect(answers.list).toEqual(items);
          expect(answers.dialogue).toEqual([{ said, unsaid }]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects a wrong-typed value for every step kind, naming the step', () => {
    const cases = fc
      .constantFrom(...set.steps)
      .chain((step) => fc.tuple(fc.constant(step), wrongValue(step)));
    fc.assert(
      fc.property(cases, ([step, value]) => {
        let error: unknown;
        try {
          validateAnswers(set, { ...base, [step.id]: value });
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(UserError);
        expect((error as Error).message).toContain(`step "${step.id}"`);
      }),
      { numRuns: 500 },
    );
  });
});
