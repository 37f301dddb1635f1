import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, reflectJson } from '../helpers/cli.js';
import { addEntry, dumpJournal } from '../helpers/curate.js';
import { hasTmux, terminalJournal } from '../helpers/tmux.js';

const MARK = '\n=== end of opening ===\n';

describe.skipIf(!hasTmux)('reflect edit in a terminal', () => {
  const journal = terminalJournal();
  let env: Record<string, string>;
  beforeEach(() => {
    addEntry(journal.db);
    env = {
      VISUAL: '',
      EDITOR: `node ${join(FIXTURES, 'editors', 'rewrite.mjs')}`,
      EDIT_LOG: join(journal.dir, 'editor.log'),
      REFLECT_NOW: '2026-11-26T08:00:00+01:00',
    };
  });

  const mistake: Array<[string, string]> = [
    ['title: Budget review with Dana', 'title: Fixed later'],
    ['<!-- step: cost ', '<!-- step: costs '],
  ];

  it('shows what is wrong and re-opens the editor with the text as the person left it', async () => {
    const fix = [['<!-- step: costs ', '<!-- step: cost ']];
    const term = journal.terminal(['edit', '1'], { ...env, EDIT_SEQUENCE: JSON.stringify([mistake, fix]) });
    await term.waitFor('Re-open the editor to fix it?');
    expect(term.screen()).toMatch(/✖ line \d+: unknown step "costs"/);
    term.press('Enter'); // yes is the default
    expect(await term.exitCode()).toBe(0);
    expect(term.screen()).toContain('updated entry 1');
    const openings = readFileSync(env.EDIT_LOG!, 'utf8').split(MARK);
    expect(openings[1]).toContain('title: Fixed later\n');
    expect(openings[1]).toContain('<!-- step: costs ');
    expect(reflectJson<{ title: string }>(['show', '1'], { db: journal.db }).title).toBe('Fixed later');
  });

  it('leaves the entry unchanged when the person aborts', async () => {
    const before = dumpJournal(journal.db);
    const term = journal.terminal(['edit', '1'], { ...env, EDIT_SEQUENCE: JSON.stringify([mistake]) });
    await term.waitFor('Re-open the editor to fix it?');
    term.type('n');
    term.press('Enter');
    expect(await term.exitCode()).toBe(2);
    const screen = term.screen();
    expect(screen).toContain('reflect: edit aborted; entry 1 is unchanged');
    expect(screen).toMatch(/your edited text is kept in \/\S+reflect-entry-1\.md/);
    expect(dumpJournal(journal.db)).toBe(before);
  });

  it('reflect delete asks on a terminal, showing the title and date of each entry', async () => {
    let term = journal.terminal(['delete', '1'], env);
    await term.waitFor('Move this entry to the trash?');
    expect(term.screen()).toContain('   1  Wed 18 Nov 2026 14:30  Budget review with Dana');
    term.press('Enter'); // No is the default
    expect(await term.exitCode()).toBe(0);
    expect(term.screen()).toContain('nothing deleted');
    term.close();
    term = journal.terminal(['delete', '1'], env);
    await term.waitFor('Move this entry to the trash?');
    term.type('y');
    term.press('Enter');
    expect(await term.exitCode()).toBe(0);
    expect(term.screen()).toContain('moved entry 1 to the trash');
    expect(reflectJson<Array<{ id: number }>>(['trash'], { db: journal.db }).map((t) => t.id)).toEqual([1]);
  });
});
