import { describe, expect, it } from 'vitest';
import { reflect, reflectJson } from '../helpers/cli.js';
import { hasTmux, terminalJournal } from '../helpers/tmux.js';

interface DraftJson {
  id: number;
  answered: number;
}

/**
 * Ctrl-C at `reflect new` before anything is typed keeps no draft (nothing is lost) and says so kindly; once
 * something is typed (a name, an answer, a step begun) the draft is kept as before.
 */
describe.skipIf(!hasTmux)('Ctrl-C before anything is typed', () => {
  const journal = terminalJournal();
  const drafts = () => reflectJson<DraftJson[]>(['drafts'], { db: journal.db });

  it.each([
    ['the exercise chooser', ['new'], [], 'Which exercise?'],
    [
      '"Who was in the conversation?"',
      ['new', '--set', 'left-hand-column'],
      [],
      'Who was in the conversation?',
    ],
    ['step 1, no names given', ['new', '--set', 'ladder-of-inference'], [''], 'Step 1 of 11'],
  ])('at %s: no draft, "Stopped; nothing was saved."', async (_name, args, answers, question) => {
    const term = journal.terminal(args);
    for (const answer of answers) {
      await term.waitFor('Who was in the conversation?');
      await term.answer(answer);
    }
    await term.waitFor(question);
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    expect(term.screen()).toContain('Stopped; nothing was saved.');
    expect(term.screen()).not.toMatch(/draft \d+ saved|^interrupted$/m);
    term.close();
    expect(drafts()).toEqual([]);
  });

  // The draft goes on with what the flags gave it (--with, --title, --tag, --date), so it is kept.
  it('a draft given details by flags is kept', async () => {
    const term = journal.terminal(['new', '--set', 'ladder-of-inference', '--with', 'Sam']);
    await term.waitFor('Step 1 of 11');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    expect(term.screen()).toMatch(/draft \d+ saved/);
    term.close();
    expect(drafts()).toHaveLength(1);
    expect(reflect(['drafts', 'discard', String(drafts()[0]?.id)], { db: journal.db }).code).toBe(0);
  });

  it('names typed at "Who was in the conversation?" are kept in the draft', async () => {
    const term = journal.terminal(['new', '--set', 'left-hand-column']);
    await term.waitFor('Who was in the conversation?');
    await term.answer('Dana');
    await term.waitFor('Step 1 of 9');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    expect(term.screen()).toMatch(/draft \d+ saved/);
    term.close();
    expect(drafts()).toHaveLength(1);
  });
});
