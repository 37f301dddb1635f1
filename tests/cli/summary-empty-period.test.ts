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

describe('a period with nothing written still names the assumptions gone quiet', () => {
  // The JSON listed them under `quiet` while the text and Markdown stopped at the friendly line.
  it('in text, Markdown and JSON', () => {
    for (const date of ['2026-10-27T10:00', '2026-10-29T10:00']) {
      const answers = {
        answers: {
          situation: 'Standup.',
          dialogue: [{ said: 'Priya: is that padded?', unsaid: 'Here we go.' }],
          assumptions: ['Priya thinks my estimates are padded.'],
        },
      };
      const saved = reflect(['new', '--set', 'left-hand-column', '--date', date, '--answers', '-'], {
        db: journal.db,
        input: JSON.stringify(answers),
      });
      expect(saved.code, saved.stderr).toBe(0);
    }
    const json = reflectJson<{ entries: number; quiet: Array<{ label: string; lastSeen: string }> }>(
      ['summary'],
      { db: journal.db },
    );
    expect(json.entries).toBe(0);
    expect(json.quiet).toEqual([expect.objectContaining({ label: 'Priya thinks my estimates are padded.' })]);
    const text = oneLine(reflect(['summary'], { db: journal.db }).stdout);
    expect(text).toContain('Nothing written this week — a quiet stretch.');
    expect(text).toContain('Quiet for now #1 Priya thinks my estimates are padded. — last seen 2026-W44, 2×');
    const md = reflect(['summary', '--format', 'md'], { db: journal.db }).stdout;
    expect(md).toContain('## Quiet for now');
    expect(md).toContain('| Priya thinks my estimates are padded. (#1) | 2026-W44 | 2 |');
  });
});
