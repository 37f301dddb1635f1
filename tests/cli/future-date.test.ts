import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, reflectJson, stripAnsi, tempJournal } from '../helpers/cli.js';

// REFLECT_NOW = Tue 2026-11-24 10:00 +01:00, TZ Europe/Amsterdam.
let journal: ReturnType<typeof tempJournal>;
beforeEach(() => {
  journal = tempJournal();
});
afterEach(() => journal.cleanup());

const answers = (date?: string) =>
  JSON.stringify({
    title: 'Budget talk',
    ...(date === undefined ? {} : { date }),
    people: ['Dana'],
    answers: { situation: 'A talk.', assumptions: ['Dana doesn’t trust my judgement.'] },
  });
const write = (input: string, args: string[] = []) =>
  reflect(['new', '--set', 'ladder-of-inference', '--answers', '-', ...args], { db: journal.db, input });
const dateOf = (id: string) => reflectJson<{ date: string }>(['show', id], { db: journal.db }).date;

describe('an entry dated in the future', () => {
  it.each([
    [
      '--date tomorrow (a bare day, placed at noon)',
      answers(),
      ['--date', 'tomorrow'],
      'Wed 25 Nov 2026 12:00',
    ],
    ['--date with a time later today', answers(), ['--date', '2026-11-24 18:00'], 'Tue 24 Nov 2026 18:00'],
    ['the answers file’s date', answers('2027-11-20 09:00'), [], 'Sat 20 Nov 2027 09:00'],
  ] as Array<[string, string, string[], string]>)(
    'is saved, with one note on stderr: %s',
    (_name, input, args, when) => {
      const result = write(input, args);
      expect(result.code).toBe(0);
      expect(result.stdout.trim()).toMatch(/^\d+$/);
      expect(stripAnsi(result.stderr)).toBe(`note: this entry is dated ${when}, in the future\n`);
      expect(dateOf(result.stdout.trim())).toBe(new Date(`${when.slice(4)} GMT+0100`).toISOString());
    },
  );

  it.each([
    ['no date (now)', answers(), []],
    ['--date today (a bare day is today all day)', answers(), ['--date', 'today']],
    ['--date yesterday', answers(), ['--date', 'yesterday 16:00']],
    ['an answers file dated last week', answers('2026-11-17 09:00'), []],
  ] as Array<[string, string, string[]]>)('says nothing for %s', (_name, input, args) => {
    const result = write(input, args);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('keeps --json stdout pure JSON; the note goes to stderr', () => {
    const result = reflect(
      ['new', '--set', 'ladder-of-inference', '--answers', '-', '--date', '2026-11-27', '--json'],
      { db: journal.db, input: answers() },
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).date).toBe('2026-11-27T11:00:00.000Z');
    expect(stripAnsi(result.stderr)).toBe('note: this entry is dated Fri 27 Nov 2026 12:00, in the future\n');
  });

  it('notes an edit that moves the date to the future, and not one that leaves it', () => {
    const id = write(answers('2026-11-20 09:00')).stdout.trim();
    const moved = reflect(['edit', id, '--answers', '-'], {
      db: journal.db,
      input: answers('2026-12-01 09:00'),
    });
    expect(moved.code).toBe(0);
    expect(stripAnsi(moved.stderr)).toBe(
      `updated entry ${id}\nnote: this entry is dated Tue 1 Dec 2026 09:00, in the future\n`,
    );
    const title = JSON.stringify({ ...JSON.parse(answers('2026-12-01 09:00')), title: 'Budget, again' });
    const kept = reflect(['edit', id, '--answers', '-'], { db: journal.db, input: title });
    expect(kept.code).toBe(0);
    expect(stripAnsi(kept.stderr)).toBe(`updated entry ${id}\n`);
  });
});
