import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempJournal } from '../helpers/cli.js';
import { hasTmux, Terminal } from '../helpers/tmux.js';

describe.skipIf(!hasTmux)('reflect import - on a terminal', () => {
  let journal: ReturnType<typeof tempJournal>;
  let term: Terminal | undefined;
  beforeEach(() => {
    journal = tempJournal();
  });
  afterEach(() => {
    term?.close();
    journal.cleanup();
  });

  it('refuses at once, rather than waiting for JSON typed by hand', async () => {
    term = new Terminal(['import', '-'], { REFLECT_DB: journal.db });
    expect(await term.exitCode()).toBe(2);
    expect(term.screen()).toContain('reflect: import -: stdin is a terminal; pipe a JSON file into it');
    expect(term.screen()).toContain('jrnl --format json | reflect import -');
  });
});
