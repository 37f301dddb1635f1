import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, tempJournal } from '../helpers/cli.js';
import { seed } from '../helpers/seed.js';
import { hasTmux, Terminal } from '../helpers/tmux.js';

// Found in the session 8 audit: run from a terminal, `summary --out` wrote chalk's colour codes into the file.
describe.skipIf(!hasTmux)('summary --out from a terminal', () => {
  let journal: ReturnType<typeof tempJournal>;
  let term: Terminal | undefined;
  beforeEach(() => {
    journal = tempJournal();
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
  afterEach(() => {
    term?.close();
    journal.cleanup();
  });

  it('writes plain text to the file, without colour codes, though the terminal has colours', async () => {
    const out = join(journal.dir, 'week.txt');
    // NO_COLOR empty: colours on, as in a person's terminal.
    term = new Terminal(['summary', '--week', '2026-W47', '--out', out], {
      REFLECT_DB: journal.db,
      NO_COLOR: '',
    });
    expect(await term.exitCode()).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('Your assumptions, week 2026-W47');
    expect(text).toContain('Ines doesn’t trust my palate.');
    expect(text).not.toContain('\u001b[');
  });
});
