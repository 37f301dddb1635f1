import { describe, expect, it } from 'vitest';
import { reflectJson } from '../helpers/cli.js';
import { hasTmux, terminalJournal } from '../helpers/tmux.js';

/** Defects of `reflect new` in a terminal found by the session-10 audit of the daily path. */
describe.skipIf(!hasTmux)('reflect new in a terminal (session-10 audit)', () => {
  const journal = terminalJournal('reflect-audit10-e2e-');

  // The recap showed only the answers: a date given in words ("yesterday 4pm") was never read back, nor the
  // people, title and tags the entry would be saved with.
  it('the recap reads back the date, the set, the people, the title and the tags', async () => {
    const term = journal.terminal(
      ['new', '--set', 'freeform', '--date', 'yesterday 4pm', '--with', 'Dana', '--tag', 'budget'],
      { NO_COLOR: '1' },
      { width: 60 },
    );
    await term.waitFor('What is on your mind?');
    expect(term.screen()).toContain('Free-form entry — 1 step, saved as you go (draft 1)');
    await term.answer('The budget talk again.');
    await term.answer('');
    await term.waitFor('A title for this entry');
    await term.answer('Budget, round two');
    const screen = await term.waitFor('Save this entry?');
    expect(screen).toMatch(
      /Recap\nBudget, round two\nMon 23 Nov 2026 16:00 · Free-form entry · with Dana\n#budget\n\nWhat is on your mind\?/,
    );
    term.press('Enter');
    expect(await term.exitCode()).toBe(0);
  });

  it('without --date the recap shows the time the entry is saved with', async () => {
    const term = journal.terminal(['new', '--set', 'freeform'], { NO_COLOR: '1' });
    await term.waitFor('Who was in the conversation?');
    await term.answer('');
    await term.answer('Nothing much.');
    await term.answer('');
    await term.answer('');
    await term.answer('');
    const screen = await term.waitFor('Save this entry?');
    expect(screen).toMatch(/Recap\nTue 24 Nov 2026 10:00 · Free-form entry\n\n/);
    term.press('Enter');
    expect(await term.exitCode()).toBe(0);
    const [entry] = reflectJson<Array<{ date: string }>>(['list'], { db: journal.db });
    expect(entry?.date).toBe('2026-11-24T09:00:00.000Z');
  });

  // An empty "said" on the first line of the (required) dialogue asked "said" again without a word of why.
  it('an empty answer to a required step says the step needs one', async () => {
    const term = journal.terminal(['new', '--set', 'left-hand-column'], { NO_COLOR: '1' });
    await term.waitFor('Who was in the conversation?');
    await term.answer('Dana');
    await term.waitFor('Step 1 of 9');
    await term.answer('Budget review');
    await term.waitFor('Step 2 of 9');
    await term.answer('');
    await term.waitFor('This step needs at least one line: type what was said, then what you did not say.');
    await term.answer('Dana: keep it short');
    await term.answer('She never listens');
    await term.answer('');
    await term.waitFor('Step 3 of 9');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
  });
});

describe.skipIf(!hasTmux)('Ctrl-D at a question (session-10 audit)', () => {
  const journal = terminalJournal('reflect-audit10-eof-');

  // Ctrl-D on an empty line closed readline, which inquirer does not count as an answer: the question stayed on
  // screen, dead, with the terminal back in cooked mode, until Ctrl-C.
  it('on an empty line it ends the prompt as Ctrl-C does: the draft is kept', async () => {
    const term = journal.terminal(['new', '--set', 'left-hand-column'], { NO_COLOR: '1' });
    await term.waitFor('Who was in the conversation?');
    await term.answer('Dana');
    await term.waitFor('Step 1 of 9');
    await term.answer('Budget review');
    await term.waitFor('Step 2 of 9');
    term.press('C-d');
    expect(await term.exitCode()).toBe(130);
    expect(term.screen()).toContain('draft 1 saved — continue with: reflect new --resume 1');
    const [draft] = reflectJson<Array<{ answers: Record<string, unknown> }>>(['drafts'], { db: journal.db });
    expect(draft?.answers).toEqual({ situation: 'Budget review' });
  });

  it('with text on the line it changes nothing (readline deletes forward; there is nothing to delete)', async () => {
    const term = journal.terminal(['new', '--set', 'freeform'], { NO_COLOR: '1' });
    await term.waitFor('Who was in the conversation?');
    term.type('Da');
    await term.waitFor('? Who was in the conversation? (names, comma-separated) Da');
    term.press('C-d');
    await term.answer('na');
    await term.waitFor('What is on your mind?');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    const [draft] = reflectJson<Array<{ meta: { people?: string[] } }>>(['drafts'], { db: journal.db });
    expect(draft?.meta.people).toEqual(['Dana']);
  });
});
