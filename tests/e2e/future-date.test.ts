import { describe, expect, it } from 'vitest';
import { hasTmux, type Terminal, terminalJournal } from '../helpers/tmux.js';

// REFLECT_NOW = Tue 2026-11-24 10:00 +01:00, TZ Europe/Amsterdam.
describe.skipIf(!hasTmux)('reflect new --date in the future, in a terminal', () => {
  const journal = terminalJournal();

  /** The note for tomorrow is on the screen once when `question` is asked; Ctrl-C then leaves. */
  async function expectTheNoteOnceBefore(term: Terminal, question: string): Promise<void> {
    await term.waitFor(question);
    const screen = term.screen();
    expect(screen).toContain('note: this entry is dated Wed 25 Nov 2026 12:00, in the future');
    expect(screen.split('in the future').length).toBe(2);
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
  }

  it('notes the date once, before the first question, and goes on asking', async () => {
    const term = journal.terminal(['new', '--set', 'ladder-of-inference', '--date', 'tomorrow']);
    await expectTheNoteOnceBefore(term, 'Who was in the conversation?');
  });

  /** Starts an entry with these flags and leaves it as a draft at its first step. */
  async function leaveADraft(args: string[]): Promise<void> {
    const term = journal.terminal(['new', '--set', 'ladder-of-inference', '--with', 'Sam', ...args]);
    await term.waitFor('Step 1 of 11');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    term.close();
  }

  it('notes a resumed draft’s date once, whether resumed by id or picked from the drafts offered', async () => {
    await leaveADraft(['--date', 'tomorrow']);
    for (const args of [['new', '--resume', '1'], ['new']]) {
      const term = journal.terminal(args);
      if (args.length === 1) {
        await term.waitFor('You have unfinished drafts');
        term.press('Enter');
      }
      await expectTheNoteOnceBefore(term, 'Step 1 of 11');
      term.close();
    }
  });

  it('says nothing when a resumed draft is dated today (a bare day is today all day)', async () => {
    await leaveADraft(['--date', 'today']);
    const term = journal.terminal(['new', '--resume', '1']);
    await term.waitFor('Step 1 of 11');
    expect(term.screen()).not.toContain('in the future');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
  });
});
