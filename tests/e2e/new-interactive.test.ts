import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, reflect, reflectJson } from '../helpers/cli.js';
import { hasTmux, terminalJournal } from '../helpers/tmux.js';

interface DraftJson {
  id: number;
  answered: number;
  answers: Record<string, unknown>;
  meta: { people?: string[] };
}

describe.skipIf(!hasTmux)('reflect new in a terminal', () => {
  const journal = terminalJournal();

  it('wraps the exercise descriptions between words on a narrow terminal', async () => {
    const term = journal.terminal(['new'], {}, { width: 60 });
    await term.waitFor('Which exercise?');
    await term.waitFor('what was actually said');
    const lines = term.screen().split('\n');
    // Every description line ends on a whole word: no word is cut at the right edge.
    const described = lines.filter((l) => /conversation|thought|silence/.test(l));
    expect(described.length).toBeGreaterThan(1);
    for (const line of described) expect(line.trimEnd().length).toBeLessThan(60);
    expect(term.screen()).toMatch(/on\s*\n?the left/);
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
  });

  it('writes a left-hand column with two pairs, survives Ctrl-C after three steps, and resumes to save', async () => {
    let term = journal.terminal(['new']);
    await term.waitFor('Which exercise?');
    term.press('Enter'); // Left-hand column is first
    await term.waitFor('Who was in the conversation?');
    await term.answer('Dana, Marco');

    await term.waitFor('Step 1 of 9');
    await term.answer('Budget review; I wanted to flag the migration estimate.');

    await term.waitFor('Step 2 of 9');
    await term.answer("Dana: Let's keep this short.");
    await term.answer('So my item gets squeezed again.');
    await term.answer('Me: The numbers look fine.');
    await term.answer('They are off by a month.');
    await term.answer(''); // an empty "said" ends the dialogue

    await term.waitFor('Step 3 of 9');
    await term.answer('Anxious, then annoyed with myself.');
    await term.answer(''); // an empty line ends a long answer
    await term.waitFor('Step 4 of 9');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    expect(term.screen()).toContain('draft 1 saved');
    term.close();

    const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
    expect(draft?.answered).toBe(3);
    expect(draft?.meta.people).toEqual(['Dana', 'Marco']);
    expect(draft?.answers.dialogue).toEqual([
      { said: "Dana: Let's keep this short.", unsaid: 'So my item gets squeezed again.' },
      { said: 'Me: The numbers look fine.', unsaid: 'They are off by a month.' },
    ]);

    term = journal.terminal(['new', '--resume', '1']);
    await term.waitFor('Step 4 of 9'); // continues at the first unanswered step
    expect(term.screen()).not.toContain('Step 3 of 9');
    await term.answer('Dana does not want to hear bad news.');
    await term.answer('');
    for (const step of [5, 6, 7, 8, 9]) {
      await term.waitFor(`Step ${step} of 9`);
      if (step === 5) await term.answer('Get the estimate corrected.');
      await term.answer('');
    }
    await term.waitFor('A title for this entry');
    await term.answer('Budget review');
    await term.waitFor('Tags');
    await term.answer('budget, 1:1');
    await term.waitFor('Save this entry?');
    expect(term.screen()).toContain('Recap');
    // One blank line between the recap's last answer and the question.
    expect(term.screen()).toMatch(/ {2}Get the estimate corrected\.\n\n\? Save this entry\?/);
    await term.answer('');
    expect(await term.exitCode()).toBe(0);
    expect(term.screen()).toContain('saved entry 1');

    const entry = reflectJson<{
      title: string;
      people: string[];
      tags: string[];
      answers: Record<string, { role: string; value: unknown }>;
    }>(['show', '1'], { db: journal.db });
    expect(entry.title).toBe('Budget review');
    expect(entry.people).toEqual(['Dana', 'Marco']);
    expect(entry.tags).toEqual(['budget', '1:1']);
    expect(entry.answers.assumptions).toEqual({
      role: 'assumption',
      kind: 'list',
      position: 3,
      question: expect.any(String),
      value: ['Dana does not want to hear bad news.'],
    });
    expect(entry.answers.feelings?.value).toBe('Anxious, then annoyed with myself.');
    expect(entry.answers.withheld).toBeUndefined(); // skipped steps are not stored
    expect(reflectJson<unknown[]>(['drafts'], { db: journal.db })).toEqual([]);
  });

  it('offers a waiting draft when starting a new entry', async () => {
    let term = journal.terminal(['new', '--set', 'ladder-of-inference', '--with', 'Sam']);
    await term.waitFor('Step 1 of 11');
    await term.answer('Sam skipped my demo.');
    await term.waitFor('Step 2 of 11');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    term.close();

    term = journal.terminal(['new']);
    await term.waitFor('You have unfinished drafts');
    expect(term.screen()).toMatch(/draft 1: Ladder of inference, 1 of 11 steps — Sam skipped my demo\./);
    term.press('Enter');
    await term.waitFor('Step 2 of 11');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    term.close();

    // On a narrow terminal a draft's line wraps between words, its further lines indented under the first.
    term = journal.terminal(['new'], {}, { width: 60 });
    await term.waitFor('You have unfinished drafts');
    const narrow = term.screen();
    for (const line of narrow.split('\n')) expect([...line].length).toBeLessThan(60);
    expect(narrow).toMatch(/❯ draft 1: Ladder of inference, 1 of 11 steps[^\n]*\n {4}\S[^\n]*demo\./);
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    term.close();

    // Details given for a new entry are not dropped for a draft's own: the draft is named, not offered.
    term = journal.terminal(['new', '--set', 'ladder-of-inference', '--with', 'Kim']);
    await term.waitFor('Step 1 of 11');
    const screen = term.screen();
    expect(screen).not.toContain('You have unfinished drafts');
    expect(screen).toContain('1 unfinished draft waits; continue it with: reflect new --resume 1');
    expect(screen).toContain('(draft 2)');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
  });

  it('writes a long answer in $EDITOR when the person types :e', async () => {
    const editor = join(FIXTURES, 'editors', 'write-feelings.sh');
    const term = journal.terminal(['new', '--set', 'left-hand-column', '--with', 'Dana'], {
      EDITOR: editor,
      VISUAL: editor,
    });
    await term.waitFor('Step 1 of 9');
    await term.answer('Retro');
    await term.answer('Dana: Any blockers?');
    await term.answer('Plenty, but not in front of everyone.');
    await term.answer('');
    await term.waitFor('Step 3 of 9');
    await term.answer(':e');
    await term.waitFor('Step 4 of 9');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
    expect(draft?.answers.feelings).toBe('Tense in my shoulders.\nRelieved when it ended.');
  });

  it('refuses to prompt without a terminal', () => {
    const result = reflect(['new'], { db: journal.db });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'reflect: reflect new needs a terminal; pass --answers FILE to write without prompts',
    );
  });
});
