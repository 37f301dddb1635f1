import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reflect, tempJournal } from '../helpers/cli.js';
import { seed } from '../helpers/seed.js';

// In a pipe `list` and `search` print one line per entry, whatever the width: scripts grep them. These lines
// are the ones printed before the terminal's two-line layout existed, to the byte.
const journal = tempJournal();

beforeAll(() => {
  seed(journal.db, [
    {
      date: '2026-11-18T14:30',
      title: 'Budget review with Dana',
      set: 'left-hand-column',
      people: ['Dana Whitfield', 'Marco Rossi', 'Priya Raman', 'Jordan Lee', 'Sam Okafor'],
      tags: ['1:1', 'budget', 'quarterly-planning'],
      starred: true,
      answers: { situation: 'Quarterly review; the migration estimate is too low.' },
    },
    {
      date: '2026-11-19T14:30',
      title: 'Budget review with Dana',
      set: 'check-in',
      people: ['Dana', 'Marco'],
      tags: ['1:1', 'budget'],
      answers: { what: 'migration talk' },
    },
    {
      date: '2026-11-22T20:00',
      title: 'Retro',
      people: ['Zoë'],
      tags: ['team'],
      answers: { entry: 'Zoë said the migration went well.' },
    },
  ]);
});
afterAll(() => journal.cleanup());

const LONG =
  'Dana Whitfield, Marco Rossi, Priya Raman, Jordan Lee, Sam Okafor · #1:1 #budget #quarterly-planning';

describe('reflect list and search in a pipe', () => {
  it.each([
    [
      'COLUMNS=60',
      '60',
      [
        '   3 Sun 22 Nov 2026 20:00  freeform  Retro · Zoë · #team',
        '   2 Thu 19 Nov 2026 14:30  check-in  Budget review with… · Dana, Marco · #1:1 #budget',
        `   1 Wed 18 Nov 2026 14:30  left-hand-column  ★ Budget review with… · ${LONG}`,
      ],
    ],
    [
      'no COLUMNS (100)',
      undefined,
      [
        '   3 Sun 22 Nov 2026 20:00  freeform  Retro · Zoë · #team',
        '   2 Thu 19 Nov 2026 14:30  check-in  Budget review with Dana · Dana, Marco · #1:1 #budget',
        `   1 Wed 18 Nov 2026 14:30  left-hand-column  ★ Budget review with Dana · ${LONG}`,
      ],
    ],
  ])('list with %s: one line per entry, as before', (_name, COLUMNS, expected) => {
    const result = reflect(['list'], { db: journal.db, env: { COLUMNS } });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${expected.join('\n')}\n`);
  });

  it('search at COLUMNS=60: each entry one line, its snippet under it', () => {
    const result = reflect(['search', 'quarterly'], { db: journal.db, env: { COLUMNS: '60' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `   1 Wed 18 Nov 2026 14:30  left-hand-column  ★ Budget review with… · ${LONG}\n` +
        '     Quarterly review; the migration estimate is too low.\n',
    );
  });
});
