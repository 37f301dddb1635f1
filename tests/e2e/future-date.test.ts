import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempJournal } from '../helpers/cli.js';
import { hasTmux, Terminal } from '../helpers/tmux.js';

// REFLECT_NOW = Tue 2026-11-24 10:00 +01:00, TZ Europe/Amsterdam.
describe.skipIf(!hasTmux)('reflect new --date in the future, in a terminal', () => {
  let journal: ReturnType<typeof tempJournal>;
  let term: Terminal | undefined;
  beforeEach(() => {
    journal = tempJournal();
  });
  afterEach(() => {
    term?.close();
    journal.cleanup();
  });

  it('notes the date once, before the first question, and goes on asking', async () => {
    term = new Terminal(['new', '--set', 'ladder-of-inference', '--date', 'tomorrow'], {
      REFLECT_DB: journal.db,
    });
    await term.waitFor('Who was in the conversation?');
    const screen = term.screen();
    expect(screen).toContain('note: this entry is dated Wed 25 Nov 2026 12:00, in the future');
    expect(screen.split('in the future').length).toBe(2);
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
  });
});
