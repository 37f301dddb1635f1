import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, reflect, reflectJson } from '../helpers/cli.js';
import { hasTmux, terminalJournal } from '../helpers/tmux.js';

interface DraftJson {
  answers: Record<string, unknown>;
}

/** The last row that starts with `start`. */
function lastRow(screen: string, start: string): string | undefined {
  return screen
    .split('\n')
    .filter((row) => row.startsWith(start))
    .at(-1);
}

describe.skipIf(!hasTmux)('pasting into choices, numbers and yes/no questions', () => {
  const journal = terminalJournal();
  beforeEach(() => {
    const added = reflect(['prompts', 'add', join(FIXTURES, 'prompt-sets', 'workload-dial.yaml')], {
      db: journal.db,
    });
    expect(added.code).toBe(0);
  });

  it('ignores a paste into the set chooser: it neither moves the cursor nor picks', async () => {
    const term = journal.terminal(['new', '--with', 'Sam']);
    const screen = await term.waitFor('Which exercise?');
    const first = /^❯ (.+)$/m.exec(screen)![1]!.trim();
    expect(first).not.toBe('Ladder of inference');
    term.paste('Ladder of inference\n');
    term.press('Enter');
    const answered = await term.waitFor('✔ Which exercise?');
    expect(lastRow(answered, '✔ Which exercise?')).toBe(`✔ Which exercise? ${first}`);
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
  });

  it('ignores a paste into a choice step and takes the keys after it', async () => {
    const term = journal.terminal(['new', '--set', 'workload-dial', '--with', 'Sam']);
    await term.waitFor('How did the week end?');
    await term.waitFor('❯ Calm');
    term.paste('Swamped\n');
    term.press('Down');
    term.press('Enter');
    await term.waitFor('Step 2 of');
    expect(lastRow(term.screen(), '✔ ›')).toBe('✔ › Rushed');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    term.close();
    const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
    expect(draft?.answers.week).toBe('Rushed');
  });

  it('takes a pasted whole number into a number question, ignores pasted words, and never presses Enter', async () => {
    const term = journal.terminal(['new', '--set', 'workload-dial', '--with', 'Sam']);
    await term.waitFor('How did the week end?');
    term.press('Enter');
    await term.waitFor('Step 2 of');
    await term.waitFor('A whole number from 0 to 100.');
    await term.waitFor(/^\? ›/m);
    term.paste('about forty\n');
    term.paste(' 40\n');
    await term.waitFor(/^\? › 40$/m);
    expect(term.screen()).not.toContain('Step 3 of');
    expect(term.screen()).not.toContain('forty');
    term.press('Enter');
    await term.waitFor('Step 3 of');
    expect(lastRow(term.screen(), '✔ ›')).toBe('✔ › 40');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    term.close();
    const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
    expect(draft?.answers.load).toBe(40);
  });

  it('keeps a paste into a yes/no question as typed text: it does not answer until Enter', async () => {
    const term = journal.terminal(['new', '--set', 'workload-dial', '--with', 'Sam']);
    await term.waitFor('How did the week end?');
    term.press('Enter');
    await term.answer('55');
    await term.waitFor('Step 3 of');
    await term.waitFor('(Y/n)');
    term.paste('no\n');
    await term.waitFor(/\(Y\/n\) no$/m);
    expect(term.screen()).not.toContain('Step 4 of');
    term.press('Enter');
    await term.waitFor('Step 4 of');
    expect(lastRow(term.screen(), '✔ ›')).toBe('✔ › No');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
  });
});
