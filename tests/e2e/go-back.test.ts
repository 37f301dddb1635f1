import { beforeEach, describe, expect, it } from 'vitest';
import { MSG } from '../../src/ui/messages.js';
import { reflectJson, saveRegisterEntries } from '../helpers/cli.js';
import type { GroupJson } from '../helpers/register-json.js';
import {
  answerUpToTheAssumption,
  hasTmux,
  RETRO,
  skipStepsAndSave,
  terminalJournal,
} from '../helpers/tmux.js';

/** The prompt waiting for keys: its line is the last one on the screen. */
const WAITING = /^\? .*$(?![\s\S]*\S)/m;

interface DraftJson {
  id: number;
  answers: Record<string, unknown>;
}

describe.skipIf(!hasTmux)('going back a step with Ctrl-P', () => {
  const journal = terminalJournal();

  it('fixes step 1 from step 2, keeps the fix through Ctrl-C and resuming, and saves it', async () => {
    let term = journal.terminal(RETRO);
    await term.waitFor('Step 1 of 9');
    await term.waitFor(WAITING);
    term.press('C-p');
    await term.waitFor(MSG.nothingBefore);
    await term.answer('Budget reveiw with Dana');

    await term.waitFor('Step 2 of 9');
    await term.waitFor(WAITING);
    term.press('C-p'); // on the dialogue's first line: back to step 1
    await term.waitFor(/Step 1 of 9[\s\S]*\? › Budget reveiw with Dana\s*$/);
    term.press('C-u'); // the earlier answer is in the line, to edit
    await term.answer('Budget review with Dana');
    await term.waitFor(/Step 2 of 9[\s\S]*Step 2 of 9/);
    await term.answer('Dana: Keep it short.');
    await term.answer('My item gets squeezed again.');
    await term.answer('');
    await term.waitFor('Step 3 of 9');
    // The key is explained once, in the hint line: from the step that has something before it.
    const rows = term.rows();
    const first = rows.findIndex((r) => r.includes('Step 1 of 9'));
    const second = rows.findIndex((r) => r.includes('Step 2 of 9'));
    expect(rows.slice(first, second).join('\n')).not.toContain(MSG.backKey);
    expect(rows.slice(second).join('\n')).toContain(MSG.backKey);
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    term.close();

    const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
    expect(draft?.answers.situation).toBe('Budget review with Dana');

    term = journal.terminal(['new', '--resume', String(draft!.id)]);
    await term.waitFor('Step 3 of 9');
    await term.waitFor(WAITING);
    // Back through the dialogue's lines (said, its unsaid, its said) to step 1, answered in the first session.
    for (const line of [
      /\? said\s*$/,
      /\? unsaid My item gets squeezed again\.\s*$/,
      /\? said\s+Dana: Keep it short\.\s*$/,
    ]) {
      term.press('C-p');
      await term.waitFor(line);
    }
    term.press('C-p');
    await term.waitFor(/Step 1 of 9[\s\S]*\? › Budget review with Dana\s*$/);
    // Enter keeps step 1's answer; the dialogue is shown as written, and Enter on the empty "said" after it keeps it.
    await term.answer('');
    await term.waitFor(/said: Dana: Keep it short\.\nunsaid: My item gets squeezed again\.\n\? said\s*$/);
    await term.answer('');
    await term.waitFor(/Step 3 of 9[\s\S]*Step 3 of 9/);
    await term.answer('');
    await term.waitFor('Step 4 of 9');
    await term.answer('');
    expect(await skipStepsAndSave(term)).toBe(0);
    const entry = reflectJson<{ answers: Record<string, { value: unknown }> }>(['show', '1'], {
      db: journal.db,
    });
    expect(entry.answers.situation?.value).toBe('Budget review with Dana');
    expect(entry.answers.dialogue?.value).toEqual([
      { said: 'Dana: Keep it short.', unsaid: 'My item gets squeezed again.' },
    ]);
  });
});

describe.skipIf(!hasTmux)('going back from step 1 to who was there', () => {
  const journal = terminalJournal();

  it('asks "Who was in the conversation?" again with the names given, then step 1 again with its answer', async () => {
    const term = journal.terminal(['new', '--set', 'left-hand-column', '--title', 'Retro', '--tag', 'retro']);
    await term.waitFor('Who was in the conversation?');
    await term.answer('Budget meeting with Dana'); // meant for step 1, typed a question too early
    await term.waitFor('Step 1 of 9');
    // Step 1 now has a question before it: the key is in its hint line.
    expect(term.rows().join('\n')).toContain(MSG.backKey);
    await term.answer('Budget review; I wanted the hire approved.');
    await term.waitFor('Step 2 of 9');
    await term.waitFor(WAITING);
    term.press('C-p'); // the dialogue's first line: back to step 1
    await term.waitFor(/\? › Budget review; I wanted the hire approved\.\s*$/);
    term.press('C-p'); // step 1: back to who was there, the names given in the line
    await term.waitFor(
      /\? Who was in the conversation\? \(names, comma-separated\) Budget meeting with\s+Dana\s*$/,
    );
    term.press('C-u');
    await term.answer('Dana');
    await term.waitFor(/Step 1 of 9[\s\S]*\? › Budget review; I wanted the hire approved\.\s*$/);
    await term.answer('');
    await term.waitFor(/Step 2 of 9[\s\S]*Step 2 of 9/);
    await term.answer('Dana: Not this quarter.');
    await term.answer('Then when?');
    await term.answer('');
    for (const step of [3, 4]) {
      await term.waitFor(`Step ${step} of 9`);
      await term.answer('');
    }
    expect(await skipStepsAndSave(term)).toBe(0);
    const entry = reflectJson<{ people: string[]; answers: Record<string, { value: unknown }> }>(
      ['show', '1'],
      {
        db: journal.db,
      },
    );
    expect(entry.people).toEqual(['Dana']);
    expect(entry.answers.situation?.value).toBe('Budget review; I wanted the hire approved.');
  });
});

describe.skipIf(!hasTmux)('going back inside a list of assumptions', () => {
  const journal = terminalJournal();
  beforeEach(() => {
    saveRegisterEntries(journal.db);
  });

  it('edits an assumption linked a moment ago: neither the changed one nor the same words written again keep the stale link', async () => {
    const [trust] = reflectJson<Array<{ group: number; count: number }>>(['assumptions'], { db: journal.db });
    const term = journal.terminal(RETRO);
    await answerUpToTheAssumption(term);
    term.press('C-p'); // from the one-key question: the item is back in its line, not linked
    await term.waitFor(/\? 1\. She has no faith in my decisions\.\s*$/);
    term.press('Enter');
    await term.waitFor(/(✔ 1\. She has no faith in my decisions\.[\s\S]*){2}The same assumption\?/);
    term.press('1');
    await term.waitFor(/same as 1[\s\S]*\? 2\.\s*$/);
    term.press('C-p'); // up a line: the item is back in it
    await term.waitFor(/\? 1\. She has no faith in my decisions\.\s*$/);
    term.press('C-u');
    await term.answer('The rollout date was never agreed.');
    // A changed item is a new assumption: it may be offered links again (skipped here).
    const asked = await term.waitFor(/\? 2\.\s*$|^\? The same assumption\?/m);
    if (/^\? The same assumption\?/m.test(asked)) term.press('s');
    await term.waitFor(/\? 2\.\s*$/);
    // The first wording again, as a new item: this time the person says it is a new assumption.
    await term.answer('She has no faith in my decisions.');
    await term.waitFor(/^\? The same assumption\?/m);
    term.press('n');
    await term.waitFor(/\? 3\.\s*$/);
    await term.answer('');
    expect(await skipStepsAndSave(term)).toBe(0);

    const entry = reflectJson<{ answers: Record<string, { value: unknown }> }>(['show', '3'], {
      db: journal.db,
    });
    expect(entry.answers.assumptions?.value).toEqual([
      'The rollout date was never agreed.',
      'She has no faith in my decisions.',
    ]);
    const group = reflectJson<GroupJson>(['assumptions', 'show', String(trust!.group)], { db: journal.db });
    expect(group.statements.filter((s) => s.entryId === 3)).toEqual([]);
    expect(group.statements).toHaveLength(trust!.count);
  });
});

describe.skipIf(!hasTmux)(
  'going back from "Save this entry?" through tags and title into the last step',
  () => {
    const journal = terminalJournal();

    it('Ctrl-P at save goes to tags, then the title, then step 9; the fixed title is saved', async () => {
      const term = journal.terminal(['new', '--set', 'left-hand-column', '--with', 'Dana']);
      await term.waitFor('Step 1 of 9');
      await term.answer('Budget review with Dana');
      await term.waitFor('Step 2 of 9');
      await term.answer('Dana: Keep it short.');
      await term.answer('My item gets squeezed again.');
      await term.answer('');
      for (const step of [3, 4, 5, 6, 7, 8]) {
        await term.waitFor(`Step ${step} of 9`);
        await term.answer('');
      }
      await term.waitFor('Step 9 of 9');
      await term.answer('Ask Dana first.');
      await term.answer(''); // an empty line ends a long answer
      await term.waitFor('A title for this entry');
      await term.answer('Budget reveiw');
      await term.waitFor('Tags (comma-separated');
      await term.answer('work, budget');
      await term.waitFor(/^\? Save this entry\?.*$(?![\s\S]*\S)/m);

      term.press('C-p'); // save → tags, the tags given in the line
      await term.waitFor(/^\? Tags \(comma-separated, Enter to skip\) work, budget\s*$/m);
      term.press('C-p'); // tags → title, the title given in the line
      await term.waitFor(/^\? A title for this entry \(Enter to skip\) Budget reveiw\s*$/m);
      term.press('C-p'); // title → the last step, its answer in the line
      // The step again, its answer shown as written; Enter on the empty line after it keeps it.
      await term.waitFor(/Step 9 of 9[\s\S]*Step 9 of 9[\s\S]*\nAsk Dana first\.\n\? ›\s*$/);

      await term.answer('');
      await term.waitFor(/^\? A title for this entry \(Enter to skip\) Budget reveiw\s*$/m);
      term.press('C-u');
      await term.answer('Budget review');
      await term.waitFor(/^\? Tags \(comma-separated, Enter to skip\) work, budget\s*$/m);
      await term.answer('');
      await term.waitFor(/^\? Save this entry\?.*$(?![\s\S]*\S)/m);
      await term.answer('');
      expect(await term.exitCode()).toBe(0);

      const entry = reflectJson<{
        title: string;
        tags: string[];
        answers: Record<string, { value: unknown }>;
      }>(['show', '1'], { db: journal.db });
      expect(entry.title).toBe('Budget review');
      expect(entry.tags).toEqual(['work', 'budget']);
      expect(entry.answers['next-time']?.value).toBe('Ask Dana first.');
      expect(entry.answers.situation?.value).toBe('Budget review with Dana');
    });
  },
);
