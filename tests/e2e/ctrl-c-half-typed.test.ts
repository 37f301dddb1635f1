import { describe, expect, it } from 'vitest';
import { reflectJson } from '../helpers/cli.js';
import { hasTmux, terminalJournal } from '../helpers/tmux.js';

interface DraftJson {
  id: number;
  answers: Record<string, unknown>;
  partial: { step: string; value: unknown } | null;
}

/**
 * Ctrl-C in the middle of a line, before Enter: the draft holds what is on screen, the words typed so far
 * included, and `--resume` puts them back in the line to go on with (Enter keeps them).
 */
describe.skipIf(!hasTmux)('Ctrl-C with a line half typed', () => {
  const journal = terminalJournal();
  const drafts = () => reflectJson<DraftJson[]>(['drafts'], { db: journal.db });

  it('keeps a one-line answer typed without Enter as the step begun, back in its line on --resume', async () => {
    let term = journal.terminal(['new', '--set', 'left-hand-column']);
    await term.answer('Dana');
    await term.waitFor('Step 1 of 9');
    await term.waitFor(/^\? .*$(?![\s\S]*\S)/m);
    term.type('Budget review, the migration');
    await term.waitFor('Budget review, the migration');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    expect(term.screen()).toMatch(/draft \d+ saved/);
    term.close();
    const [draft] = drafts();
    expect(draft?.partial).toEqual({ step: 'situation', value: 'Budget review, the migration' });

    term = journal.terminal(['new', '--resume', String(draft!.id)]);
    await term.waitFor('Step 1 of 9');
    await term.waitFor(/^\? › Budget review, the migration$/m);
    term.type(' estimate');
    await term.answer('');
    await term.waitFor('Step 2 of 9');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    term.close();
    expect(drafts()[0]?.answers.situation).toBe('Budget review, the migration estimate');
  });

  // The line being typed in a step of many lines goes with the lines entered before it, as Enter would add it.
  it('keeps the line being typed in a dialogue and in a long answer with the lines entered before it', async () => {
    let term = journal.terminal(['new', '--set', 'left-hand-column']);
    await term.answer('Dana');
    await term.waitFor('Step 1 of 9');
    await term.answer('Budget review');
    await term.waitFor('Step 2 of 9');
    await term.answer("Dana: Let's keep this short.");
    await term.waitFor(/^\? unsaid.*$(?![\s\S]*\S)/m);
    term.type('So my item gets');
    await term.waitFor('So my item gets');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    term.close();
    expect(drafts()[0]?.partial).toEqual({
      step: 'dialogue',
      value: [{ said: "Dana: Let's keep this short.", unsaid: 'So my item gets' }],
    });

    term = journal.terminal(['new', '--resume', '1']);
    await term.waitFor('unsaid: So my item gets');
    await term.answer('');
    await term.waitFor('Step 3 of 9');
    await term.answer('Tense.');
    term.type('Tired, then');
    await term.waitFor('Tired, then');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    term.close();
    expect(drafts()[0]?.partial).toEqual({ step: 'feelings', value: 'Tense.\nTired, then' });
  });
});
