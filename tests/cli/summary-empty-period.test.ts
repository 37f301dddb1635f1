import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, reflectJson, stripAnsi, tempJournal } from '../helpers/cli.js';

// REFLECT_NOW = Tue 2026-11-24 10:00 +01:00 (2026-W48), TZ Europe/Amsterdam.
let journal: ReturnType<typeof tempJournal>;
beforeEach(() => {
  journal = tempJournal();
});
afterEach(() => journal.cleanup());

const oneLine = (text: string) => stripAnsi(text).replace(/\s+/g, ' ');

describe('reflect summary of a period with nothing written', () => {
  it.each([
    ['the current week', [], 'Nothing written this week'],
    ['this week by its label', ['--week', '2026-W48'], 'Nothing written this week'],
    ['the week before', ['--week', '2026-W47'], 'Nothing written last week'],
    ['a week long ago', ['--week', '2020-W53'], 'Nothing written in 2020-W53'],
    ['a week ahead', ['--week', '2026-W50'], 'Nothing written in 2026-W50'],
    [
      'a range within a year',
      ['--from', '2026-10-01', '--to', '2026-11-30'],
      'Nothing written between 1 Oct and 30 Nov 2026',
    ],
    [
      'a range across years',
      ['--from', '2025-12-01', '--to', '2026-01-31'],
      'Nothing written between 1 Dec 2025 and 31 Jan 2026',
    ],
    ['a single day', ['--from', '2026-11-20', '--to', '2026-11-20'], 'Nothing written on 20 Nov 2026'],
  ] as Array<[string, string[], string]>)(
    'words %s for the period, in text and Markdown',
    (_name, args, words) => {
      const text = reflect(['summary', ...args], { db: journal.db });
      expect(text.code).toBe(0);
      expect(oneLine(text.stdout)).toContain(`${words} — a quiet stretch.`);
      const md = reflect(['summary', ...args, '--format', 'md'], { db: journal.db });
      expect(md.code).toBe(0);
      expect(oneLine(md.stdout)).toContain(`${words} — a quiet stretch.`);
      expect(reflectJson<{ entries: number }>(['summary', ...args], { db: journal.db }).entries).toBe(0);
    },
  );
});
