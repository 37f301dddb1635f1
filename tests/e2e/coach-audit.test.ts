import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AssignmentJson } from '../../src/domain/assignment.js';
import { reflect, reflectJson } from '../helpers/cli.js';
import { hasTmux, terminalJournal } from '../helpers/tmux.js';

/** A coach's set with every step kind, answered by the client on a 60-column terminal (session 9 audit). */
const COACH_SET = `schema: 1
id: every-kind
version: 1
title: Every kind, from Ana
author: Ana Ruiz
steps:
  - id: situation
    kind: text
    role: context
    question: Which conversation?
    required: true
  - id: story
    kind: long
    role: data
    question: What happened, as a camera would have seen it?
  - id: assumptions
    kind: list
    role: assumption
    question: What did you take for granted?
  - id: stance
    kind: choice
    role: other
    question: Where was your balance?
    choices: [Mostly telling, Mostly asking, Both]
  - id: heat
    kind: scale
    role: feeling
    question: How hot was it, from 0 to 20?
    min: 0
    max: 20
  - id: replay
    kind: dialogue
    role: said
    question: Replay the key moment.
  - id: next-session
    kind: confirm
    role: other
    question: Shall we talk about it in our next session?
`;

const LONG_ITEM =
  'Dana does not trust my estimates because the last migration ran three weeks late and I never explained why it slipped, so she assumes I pad or guess';

interface ShowJson {
  set: string;
  answers: Record<string, { kind: string; value: unknown }>;
}

describe.skipIf(!hasTmux)('a client answers a coach set in a terminal', () => {
  const journal = terminalJournal();
  beforeEach(() => {
    const file = join(journal.dir, 'every-kind.yaml');
    writeFileSync(file, COACH_SET);
    expect(reflect(['prompts', 'add', file], { db: journal.db }).code).toBe(0);
    expect(
      reflect(['assign', 'every-kind', '--every', 'week', '--from', 'Ana'], { db: journal.db }).code,
    ).toBe(0);
  });

  it('every kind at 60 columns, Ctrl-C in the middle, resume; an optional yes/no can be skipped with Enter', async () => {
    let term = journal.terminal(['new'], {}, { width: 60 });
    await term.waitFor(/❯ Every kind, from Ana — due today/);
    term.press('Enter');
    await term.waitFor('Who was in the conversation?');
    await term.answer('Dana');
    await term.waitFor('Step 1 of 7');
    await term.answer('The budget review.');
    await term.waitFor('Step 2 of 7');
    await term.answer('Dana said the estimate was too high.');
    await term.answer('I nodded.');
    await term.answer('');
    await term.waitFor('Step 3 of 7');
    await term.answer(LONG_ITEM);
    await term.answer('She has already decided.');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    expect(term.screen()).toContain('draft 1 saved');
    term.close();

    term = journal.terminal(['new', '--resume', '1'], {}, { width: 60 });
    await term.waitFor('Step 3 of 7');
    await term.answer('');
    await term.waitFor('Step 4 of 7');
    await term.waitFor('❯ Mostly telling');
    term.press('Down');
    await term.waitFor('❯ Mostly asking');
    term.press('Enter');
    await term.waitFor('Step 5 of 7');
    await term.answer('17');
    await term.waitFor('Step 6 of 7');
    await term.answer('Dana: this is too much.');
    await term.answer('She always says that.');
    await term.answer('');

    await term.waitFor('Step 7 of 7');
    // The step says it may be left empty: Enter must skip it, not answer "yes" for the person.
    expect(term.screen()).toContain('Leave empty to skip.');
    await term.answer('');

    await term.waitFor('A title for this entry');
    await term.answer('');
    await term.waitFor('Tags');
    await term.answer('');
    await term.waitFor('Save this entry?');
    const recap = term.screen();
    expect(recap).not.toMatch(/Shall we talk about it in our next session\?\s*\n\s*yes/);
    await term.answer('');
    expect(await term.exitCode()).toBe(0);

    const entry = reflectJson<ShowJson>(['show', '1'], { db: journal.db });
    expect(entry.set).toBe('every-kind');
    expect(entry.answers.assumptions?.value).toEqual([LONG_ITEM, 'She has already decided.']);
    expect(entry.answers.stance?.value).toBe('Mostly asking');
    expect(entry.answers.heat?.value).toBe(17);
    expect(entry.answers.replay?.value).toEqual([
      { said: 'Dana: this is too much.', unsaid: 'She always says that.' },
    ]);
    expect(entry.answers['next-session']).toBeUndefined();
    const [assignment] = reflectJson<AssignmentJson[]>(['assignments'], { db: journal.db });
    expect(assignment).toMatchObject({ done: 1, status: 'upcoming' });
  });

  it('an optional yes/no still takes y and n; an optional number scale and choice can be skipped', async () => {
    const term = journal.terminal(['new', '--set', 'every-kind'], {}, { width: 60 });
    await term.waitFor('Who was in the conversation?');
    await term.answer('');
    await term.waitFor('Step 1 of 7');
    await term.answer('A short one.');
    for (const step of [2, 3]) {
      await term.waitFor(`Step ${step} of 7`);
      await term.answer('');
    }
    await term.waitFor('Step 4 of 7');
    await term.waitFor('(skip)');
    term.press('Up');
    await term.waitFor(/❯ .*\(skip\)/);
    term.press('Enter');
    await term.waitFor('Step 5 of 7');
    // A scale of more than 11 points is typed as a number; left empty, this optional one is skipped too.
    expect(term.screen()).toContain('Leave empty to skip.');
    await term.answer('');
    await term.waitFor('Step 6 of 7');
    await term.answer('');
    await term.waitFor('Step 7 of 7');
    await term.answer('n');
    await term.waitFor('A title for this entry');
    await term.answer('');
    await term.waitFor('Tags');
    await term.answer('');
    await term.waitFor('Save this entry?');
    await term.answer('');
    expect(await term.exitCode()).toBe(0);
    const entry = reflectJson<ShowJson>(['show', '1'], { db: journal.db });
    expect(entry.answers['next-session']).toMatchObject({ kind: 'confirm', value: false });
    expect(entry.answers.stance).toBeUndefined();
    expect(entry.answers.heat).toBeUndefined();
  });
});
