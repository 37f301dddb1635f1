import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { reflect } from '../helpers/cli.js';
import { seed } from '../helpers/seed.js';
import { hasTmux, terminalJournal } from '../helpers/tmux.js';

// Session 8 audit of the register and the summary, in a real terminal.
describe.skipIf(!hasTmux)('summary --out from a terminal', () => {
  const journal = terminalJournal();
  beforeEach(() => {
    const said = { situation: 'Friday service.', assumptions: ['Ines doesn’t trust my palate.'] };
    seed(journal.db, [
      {
        date: '2026-11-16T09:00',
        set: 'ladder-of-inference',
        title: 'Pass',
        people: ['Ines'],
        answers: said,
      },
      {
        date: '2026-11-18T09:00',
        set: 'ladder-of-inference',
        title: 'Menu',
        people: ['Ines'],
        answers: said,
      },
    ]);
    // Group once without a terminal, so the terminal run below only renders and writes.
    expect(reflect(['summary', '--week', '2026-W47'], { db: journal.db }).code).toBe(0);
  });

  // Found in the audit: run from a terminal, `summary --out` wrote chalk's colour codes into the file.
  it('writes plain text to the file, without colour codes, though the terminal has colours', async () => {
    const out = join(journal.dir, 'week.txt');
    // NO_COLOR empty: colours on, as in a person's terminal.
    const term = journal.terminal(['summary', '--week', '2026-W47', '--out', out], { NO_COLOR: '' });
    expect(await term.exitCode()).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('Your assumptions, week 2026-W47');
    expect(text).toContain('Ines doesn’t trust my palate.');
    expect(text).not.toContain('\u001b[');
  });
});

describe.skipIf(!hasTmux)('link as you write in an 80-column terminal', () => {
  const journal = terminalJournal();
  beforeEach(() => {
    const long =
      'Ines does not trust my palate, not for sauces, not for specials, and not for anything that goes out on the pass on a Friday night.';
    seed(journal.db, [
      {
        date: '2026-11-16T09:00',
        set: 'ladder-of-inference',
        title: 'The tasting of the whole winter menu with Ines, Bram and the two new line cooks',
        people: ['Ines'],
        answers: { situation: 'Tasting.', assumptions: [long] },
      },
    ]);
  });

  it('shows long earlier statements within 80 columns, answered or skipped with one key', async () => {
    const term = journal.terminal(
      ['new', '--set', 'left-hand-column', '--with', 'Ines', '--title', 'Winter menu', '--tag', 'menu'],
      { REFLECT_DB: journal.db },
      { width: 80 },
    );
    await term.waitFor('Step 1 of 9');
    await term.answer('Drafting the winter menu with Ines.');
    await term.waitFor('Step 2 of 9');
    await term.answer('Ines: Show me by Friday.');
    await term.answer('She will rewrite it anyway.');
    await term.answer('');
    await term.waitFor('Step 3 of 9');
    await term.answer('');
    await term.waitFor('Step 4 of 9');
    await term.answer('Ines does not trust my palate.');
    const screen = await term.waitFor('Enter skip');
    const shown = screen.slice(screen.indexOf('Seen before:'));
    // capture-pane -J joins wrapped lines: a line longer than 80 here would have wrapped on screen.
    for (const line of shown.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    // The statement whole (it is what the person compares), its date and title below it.
    expect(shown).toContain(
      [
        '  1 Ines does not trust my palate, not for sauces, not for specials, and not for',
        '    anything that goes out on the pass on a Friday night.',
        '    (16 Nov 2026 · The tasting of the whole winter menu with Ines, Bram and th…)',
      ].join('\n'),
    );
    term.press('Enter'); // skip: nothing is linked
    await term.waitFor('? 2.');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
  });
});
