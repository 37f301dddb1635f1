import { describe, expect, it } from 'vitest';
import { hasTmux, terminalJournal } from '../helpers/tmux.js';

describe.skipIf(!hasTmux)('reflect import - on a terminal', () => {
  const journal = terminalJournal();

  it('refuses at once, rather than waiting for JSON typed by hand', async () => {
    const term = journal.terminal(['import', '-']);
    expect(await term.exitCode()).toBe(2);
    expect(term.screen()).toContain('reflect: import -: stdin is a terminal; pipe a JSON file into it');
    expect(term.screen()).toContain('jrnl --format json | reflect import -');
  });
});
