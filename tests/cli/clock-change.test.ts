import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, reflect, reflectJson, stripAnsi, tempJournal } from '../helpers/cli.js';

// In Europe/London clocks go forward at 01:00 GMT on 2026-03-29 (01:00 → 02:00 BST) and back at 02:00 BST on
// 2026-10-25 (02:00 → 01:00 GMT): 01:30 on 29 March never happened, 01:30 on 25 October happened twice.
const LONDON = { TZ: 'Europe/London' };
let journal: ReturnType<typeof tempJournal>;
beforeEach(() => {
  journal = tempJournal();
});
afterEach(() => journal.cleanup());

const answers = (date?: string) =>
  JSON.stringify({ ...(date === undefined ? {} : { date }), answers: { situation: 'A talk.' } });
const write = (args: string[], input = answers()) =>
  reflect(['new', '--set', 'ladder-of-inference', '--answers', '-', ...args], {
    db: journal.db,
    input,
    env: LONDON,
  });
const dateOf = (id: string) =>
  reflectJson<{ date: string }>(['show', id], { db: journal.db, env: LONDON }).date;

describe('a time the clocks skipped or repeated', () => {
  it.each([
    ['--date 2026-03-29T01:30', ['--date', '2026-03-29T01:30'], answers()],
    ['--date "march 29 2026 1:30am" (words)', ['--date', 'march 29 2026 1:30am'], answers()],
    ['the answers file’s date', [], answers('2026-03-29 01:30')],
  ] as Array<[string, string[], string]>)(
    'is saved an hour later, with one calm note: %s',
    (_name, args, input) => {
      // It was saved as 02:30 BST without a word: the person never learned their 01:30 was not kept.
      const result = write(args, input);
      expect(result.code, result.stderr).toBe(0);
      expect(stripAnsi(result.stderr)).toBe(
        'note: 01:30 did not happen on 2026-03-29 (clocks went forward); saved as 02:30\n',
      );
      expect(dateOf(result.stdout.trim())).toBe('2026-03-29T01:30:00.000Z');
    },
  );

  it('an hour that happened twice is saved as the first, and the note says so', () => {
    const result = write(['--date', '2026-10-25T01:30']);
    expect(result.code, result.stderr).toBe(0);
    expect(stripAnsi(result.stderr)).toBe(
      'note: 01:30 happened twice on 2026-10-25 (clocks went back); saved as the first, 01:30+01:00\n',
    );
    expect(dateOf(result.stdout.trim())).toBe('2026-10-25T00:30:00.000Z');
  });

  it('an ordinary time, a written offset and a bare day say nothing', () => {
    for (const date of ['2026-03-29T03:30', '2026-03-29T01:30+00:00', '2026-03-29', '2026-10-25T03:00']) {
      const result = write(['--date', date]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr, date).toBe('');
    }
  });

  it('edit: a date typed in the editor gets the same note', () => {
    const saved = write(['--date', '2026-03-20T10:00']);
    const id = saved.stdout.trim();
    const rules = JSON.stringify([['date: 2026-03-20T10:00:00+00:00', 'date: 2026-03-29 01:30']]);
    const result = reflect(['edit', id], {
      db: journal.db,
      env: { ...LONDON, EDITOR: `node ${FIXTURES}/editors/rewrite.mjs`, VISUAL: '', EDIT_RULES: rules },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(stripAnsi(result.stderr)).toBe(
      'updated entry 1\nnote: 01:30 did not happen on 2026-03-29 (clocks went forward); saved as 02:30\n',
    );
    expect(dateOf(id)).toBe('2026-03-29T01:30:00.000Z');
  });
});
