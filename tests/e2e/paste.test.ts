import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reflectJson } from '../helpers/cli.js';
import { hasTmux, terminalJournal } from '../helpers/tmux.js';

interface DraftJson {
  answers: Record<string, unknown>;
}

describe.skipIf(!hasTmux)('pasting several lines into reflect new', () => {
  const journal = terminalJournal();

  it('keeps a pasted two-line answer in its one-line step, joined by a space', async () => {
    const term = journal.terminal(['new', '--set', 'check-in', '--with', 'Sam']);
    await term.waitFor('Step 1 of');
    await term.waitFor(/^\? .*$(?![\s\S]*\S)/m);
    term.paste('Sam cut me off.\nThen he left early.');
    await term.waitFor('Then he left early.');
    expect(term.screen()).not.toContain('Step 2 of');
    await term.answer('');
    await term.waitFor('Step 2 of');
    await term.answer('tired');
    await term.waitFor('Step 3 of');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    term.close();

    const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
    expect(draft?.answers).toEqual({ what: 'Sam cut me off. Then he left early.', feeling: 'tired' });
  });

  it('keeps the lines of a paste into a long step, blank lines included, and the next step untouched', async () => {
    const term = journal.terminal(['new', '--set', 'ladder-of-inference', '--with', 'Sam']);
    await term.waitFor('Step 1 of');
    await term.answer('Sam skipped my demo.');
    await term.waitFor('Step 2 of');
    await term.waitFor(/^\? .*$(?![\s\S]*\S)/m);
    term.paste('He said he was busy.\n\nHe did not come.\n');
    await term.waitFor('He did not come.');
    expect(term.screen()).toContain('He said he was busy.↵↵He did not come.');
    await term.answer(''); // the paste did not press Enter: this ends its line
    await term.answer(''); // and an empty line ends the step
    await term.waitFor('Step 3 of');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    term.close();

    const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
    expect(draft?.answers.data).toBe('He said he was busy.\n\nHe did not come.');
    expect(draft?.answers.selected).toBeUndefined();
  });

  it('makes each line of a paste into a list step an item of its own', async () => {
    const term = journal.terminal(['new', '--set', 'check-in', '--with', 'Sam']);
    await term.waitFor('Step 1 of');
    await term.answer('Sam cut me off.');
    for (const step of [2, 3, 4, 5]) {
      await term.waitFor(`Step ${step} of`);
      if (step === 3) term.press('Enter');
      else await term.answer('');
    }
    await term.waitFor('Step 6 of');
    await term.waitFor(/^\? .*$(?![\s\S]*\S)/m);
    term.paste('Sam thinks I am slow.\n\nSam wants the project.\n');
    await term.waitFor('Sam wants the project.');
    await term.answer(''); // the paste did not press Enter: this takes its lines
    await term.waitFor(/^\? 3\./m);
    await term.answer(''); // an empty item ends the list
    await term.waitFor('Step 7 of');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    term.close();

    const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
    expect(draft?.answers.assumption).toEqual(['Sam thinks I am slow.', 'Sam wants the project.']);
    expect(draft?.answers.unsaid).toBeUndefined();
  });

  it('turns bracketed paste mode off again when Ctrl-C ends the entry', async () => {
    const term = journal.terminal(['new', '--set', 'check-in', '--with', 'Sam']);
    const written = join(journal.dir, 'terminal.out');
    term.record(written);
    await term.waitFor('Step 1 of');
    await term.answer('Sam cut me off.');
    await term.waitFor('Step 2 of');
    await term.waitFor(/^\? .*$(?![\s\S]*\S)/m);
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    const modes = readFileSync(written, 'utf8').match(/\u001b\[\?2004[hl]/g) ?? [];
    expect(modes).toContain('\u001b[?2004h');
    expect(modes.at(-1)).toBe('\u001b[?2004l');
  });
});
