import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reflect } from '../helpers/cli.js';
import { seed } from '../helpers/seed.js';
import { hasTmux, terminalJournal } from '../helpers/tmux.js';

const PEOPLE = ['Dana Whitfield', 'Marco Rossi', 'Priya Raman', 'Jordan Lee', 'Sam Okafor'];
const TAGS = ['1:1', 'budget', 'quarterly-planning'];
const TAIL = `${PEOPLE.join(', ')} · ${TAGS.map((t) => `#${t}`).join(' ')}`;

/** A coach's set whose id is longer than a 40-column terminal's room for it. */
const LONG_SET = 'quarterly-stakeholder-conversation-review';
const LONG_SET_YAML = `schema: 1
id: ${LONG_SET}
version: 1
title: Stakeholder review
steps:
  - id: what
    kind: text
    role: context
    question: What happened?
`;

function seedJournal(db: string): void {
  seed(db, [
    {
      date: '2026-11-18T14:30',
      title: 'Budget review with Dana',
      set: 'left-hand-column',
      people: PEOPLE,
      tags: TAGS,
      starred: true,
      answers: { situation: 'Quarterly review; the migration estimate is too low.' },
    },
    {
      date: '2026-11-19T14:30',
      title: 'Budget check-in',
      set: 'check-in',
      people: ['Dana', 'Marco'],
      tags: ['1:1', 'budget'],
      answers: { what: 'The migration talk went sideways.' },
    },
    { date: '2026-11-20T09:00', title: 'Lighthouse', answers: { entry: 'A calm note about the migration.' } },
    {
      date: '2026-11-22T20:00',
      title: 'Retro',
      people: ['Zoë'],
      tags: ['team'],
      answers: { entry: 'Zoë said the migration went well.' },
    },
  ]);
}

describe.skipIf(!hasTmux)('reflect list and search in a narrow terminal', () => {
  const journal = terminalJournal();

  it.each([60, 80])(
    'list at %i columns: no row wider than the terminal, people and tags on rows of their own, no name broken',
    async (width) => {
      seedJournal(journal.db);
      const term = journal.terminal(['list'], {}, { width });
      expect(await term.exitCode()).toBe(0);
      const rows = term.rows().map((row) => row.trimEnd());
      const first = rows.findIndex((row) => row.includes('  ★ Budget'));
      const end = rows.findIndex((row, i) => i > first && !/^ {5,}\S/.test(row));
      const block = rows.slice(first, end);
      for (const row of rows) expect(row.length, row).toBeLessThanOrEqual(width);
      expect(block.length).toBeGreaterThan(1);
      // Too many for one row under the title: under the date, at both widths.
      for (const row of block.slice(1)) expect(row).toMatch(/^ {5}\S/);
      // Joined by spaces, the rows under the title read as the one line: no row ends inside a name.
      expect(
        block
          .slice(1)
          .map((row) => row.trim())
          .join(' '),
      ).toBe(TAIL);
      // Few enough for one row under the title: there at 80 columns, under the date at 60.
      const checkIn = rows.findIndex((row) => row.includes('check-in  Budget'));
      const under = width === 80 ? rows[checkIn]!.indexOf('Budget') : 5;
      expect(rows[checkIn + 1]).toBe(`${' '.repeat(under)}Dana, Marco · #1:1 #budget`);
      // A short entry that fits stays on one line.
      expect(rows.find((row) => row.includes('Retro'))).toMatch(/Retro · Zoë · #team$/);
    },
  );

  it('list at the 40-column minimum with a long custom set id: every row fits, id and date whole', async () => {
    const file = join(journal.dir, 'set.yaml');
    writeFileSync(file, LONG_SET_YAML);
    const added = reflect(['prompts', 'add', file], { db: journal.db });
    expect(added.code, added.stderr).toBe(0);
    seedJournal(journal.db);
    seed(journal.db, [
      {
        date: '2026-11-23T08:15',
        set: LONG_SET,
        title: 'Stakeholder review with the whole board',
        people: ['Dana', 'Marco'],
        tags: ['budget'],
        starred: true,
        answers: { what: 'The board asked for a new estimate.' },
      },
    ]);
    const term = journal.terminal(['list'], {}, { width: 40 });
    expect(await term.exitCode()).toBe(0);
    const rows = term
      .rows()
      .map((row) => row.trimEnd())
      .filter((row) => row && !row.startsWith('[exit'));
    // A row the terminal wrapped would start mid-line: every row is an entry's first line or a row folded
    // under the date.
    for (const row of rows)
      expect(row, rows.join('\n')).toMatch(/^( {0,3}\d+ \w{3} \d{1,2} \w{3} \d{4} \d\d:\d\d {2}\S| {5}\S)/);
    const head = rows.find((row) => row.includes('23 Nov 2026 08:15'));
    expect(head).toMatch(/^ {3}5 Mon 23 Nov 2026 08:15 {2}qua… {2}★ Sta…$/);
    expect(rows[rows.indexOf(head!) + 1]).toBe('     Dana, Marco · #budget');
  });

  it('search at 60 columns: the snippet stays on its own line under the entry', async () => {
    seedJournal(journal.db);
    const term = journal.terminal(['search', 'migration'], {}, { width: 60 });
    expect(await term.exitCode()).toBe(0);
    const rows = term.rows().map((row) => row.trimEnd());
    for (const row of rows) expect(row.length, row).toBeLessThanOrEqual(60);
    const first = rows.findIndex((row) => row.includes('  ★ Budget'));
    expect(rows[first + 1]).toMatch(/^ {5}Dana Whitfield,/);
    const snippet = rows.findIndex((row, i) => i > first && row.includes('Quarterly review'));
    expect(snippet).toBeGreaterThan(first + 1);
    expect(rows.slice(first + 1, snippet).every((row) => /^ {5}\S/.test(row))).toBe(true);
  });

  it('search at 40 columns: each snippet cut to its one row, the match shown and highlighted', async () => {
    seedJournal(journal.db);
    seed(journal.db, [
      {
        date: '2026-11-23T08:15',
        title: 'Planning',
        answers: {
          entry: 'We spent the whole afternoon arguing about estimates before anyone named the migration.',
        },
      },
    ]);
    const plain = journal.terminal(['search', 'migration'], {}, { width: 40 });
    const coloured = journal.terminal(
      ['search', 'migration'],
      { NO_COLOR: undefined, FORCE_COLOR: '1' },
      { width: 40 },
    );
    expect(await plain.exitCode()).toBe(0);
    expect(await coloured.exitCode()).toBe(0);
    const rows = plain
      .rows()
      .map((row) => row.trimEnd())
      .filter((row) => row && !row.startsWith('[exit'));
    // A row the terminal wrapped would start mid-line: every row is an entry's first line or one under the date.
    for (const row of rows)
      expect(row, rows.join('\n')).toMatch(/^( {0,3}\d+ \w{3} \d{1,2} \w{3} \d{4} | {5}\S)/);
    const snippets = rows.filter((row) => row.includes('migration'));
    expect(snippets).toHaveLength(5);
    expect(snippets).toContain('     Quarterly review; the migration es…');
    // A match beyond the row's end: the words before it give way.
    expect(snippets.find((row) => row.includes('named'))).toMatch(/^ {5}….* named the migration\.$/);
    expect(coloured.rows().map((row) => row.trimEnd())).toEqual(plain.rows().map((row) => row.trimEnd()));
    // Every highlight ends on its row: the bold text on screen is the matches and nothing else.
    expect(boldRuns(coloured.rows({ colours: true }).join('\n'))).toEqual(Array(5).fill('migration'));
  });

  it('search in a pipe: snippets whole however narrow COLUMNS is', () => {
    seedJournal(journal.db);
    const result = reflect(['search', 'migration'], { db: journal.db, env: { COLUMNS: '40' } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('\n     Quarterly review; the migration estimate is too low.\n');
  });

  it('lays out the same with colours on: colour codes take no column', async () => {
    seedJournal(journal.db);
    const plain = journal.terminal(['list'], {}, { width: 60 });
    const coloured = journal.terminal(['list'], { NO_COLOR: undefined, FORCE_COLOR: '1' }, { width: 60 });
    expect(await plain.exitCode()).toBe(0);
    expect(await coloured.exitCode()).toBe(0);
    expect(coloured.rows()).toEqual(plain.rows());
  });
});

/** The runs of text a screen capture (capture-pane -e) shows in bold, in order. */
function boldRuns(screen: string): string[] {
  const runs: string[] = [];
  let bold = false;
  let run = '';
  for (const part of screen.split(/(\u001b\[[0-9;]*m)/)) {
    const codes = /^\u001b\[([0-9;]*)m$/.exec(part)?.[1]?.split(';');
    if (!codes) {
      if (bold) run += part;
      continue;
    }
    for (const code of codes) {
      if (code === '1') bold = true;
      if (code === '' || code === '0' || code === '22') bold = false;
    }
    if (!bold && run) runs.push(run);
    if (!bold) run = '';
  }
  return runs;
}
