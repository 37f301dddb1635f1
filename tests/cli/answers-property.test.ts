import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reflect, reflectJson, tempJournal } from '../helpers/cli.js';
import { contentHash, seedJournal } from '../helpers/journal.js';

/**
 * Through the real binary: arbitrary Unicode survives `new --answers` → `show --json` unchanged, and a
 * wrong-typed value is always refused naming its step. Few runs: each is a process (the many-run properties
 * are in tests/unit/answers-property.test.ts).
 */
interface ShownEntry {
  id: number;
  title: string;
  answers: Record<string, { value: unknown }>;
}

const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');

describe('answers through the CLI (property-based)', () => {
  const journal = tempJournal('reflect-prop-');
  beforeAll(() => seedJournal(journal.db, 1));
  afterAll(() => journal.cleanup());

  it('arbitrary Unicode answers come back from show --json unchanged', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        text,
        fc.array(text, { minLength: 1, maxLength: 3 }),
        text,
        text,
        (situation, items, said, unsaid) => {
          const answers = {
            situation,
            dialogue: [{ said, unsaid }],
            assumptions: items,
            feelings: `${said}\n\n${unsaid}`,
          };
          const created = reflect(['new', '--set', 'left-hand-column', '--answers', '-'], {
            db: journal.db,
            input: JSON.stringify({ answers }),
          });
          expect(created.stderr).toBe('');
          const shown = reflectJson<ShownEntry>(['show', created.stdout.trim()], { db: journal.db });
          expect(shown.answers.situation?.value).toBe(situation);
          expect(shown.answers.dialogue?.value).toEqual([{ said, unsaid }]);
          expect(shown.answers.assumptions?.value).toEqual(items);
          expect(shown.answers.feelings?.value).toBe(`${said}\n\n${unsaid}`);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('a wrong-typed value is refused naming the step, and nothing is saved', { timeout: 120_000 }, () => {
    const wrong = fc.oneof(
      fc.record({
        step: fc.constantFrom('situation', 'feelings'),
        value: fc.oneof(fc.integer(), fc.boolean(), fc.array(text)),
      }),
      fc.record({
        step: fc.constant('assumptions'),
        value: fc.oneof(text, fc.integer(), fc.array(fc.integer(), { minLength: 1 })),
      }),
      fc.record({
        step: fc.constant('dialogue'),
        value: fc.oneof(text, fc.array(text, { minLength: 1 }), fc.constant([{ unsaid: 'x' }])),
      }),
    );
    const before = contentHash(journal.db);
    fc.assert(
      fc.property(wrong, ({ step, value }) => {
        const answers = { situation: 'ok', dialogue: [{ said: 'a', unsaid: 'b' }], [step]: value };
        const result = reflect(['new', '--set', 'left-hand-column', '--answers', '-'], {
          db: journal.db,
          input: JSON.stringify({ answers }),
        });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(`step "${step}"`);
      }),
      { numRuns: 10 },
    );
    expect(contentHash(journal.db)).toBe(before);
  });
});
