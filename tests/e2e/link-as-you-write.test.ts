import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { MSG } from '../../src/ui/messages.js';
import { FIXTURES, reflect, reflectJson, saveRegisterEntries } from '../helpers/cli.js';
import type { GroupJson } from '../helpers/register-json.js';
import {
  answerUpToTheAssumption,
  hasTmux,
  RETRO,
  skipStepsAndSave,
  terminalJournal,
} from '../helpers/tmux.js';

describe.skipIf(!hasTmux)('link as you write', () => {
  const journal = terminalJournal();
  beforeEach(() => {
    saveRegisterEntries(journal.db);
  });

  it('shows earlier statements right after an assumption and links the one picked with one key', async () => {
    const [trust] = reflectJson<Array<{ group: number; count: number }>>(['assumptions'], { db: journal.db });
    expect(trust?.count).toBe(2);

    const term = journal.terminal(RETRO);
    const screen = await answerUpToTheAssumption(term);
    expect(screen).toMatch(/1 Dana (doesn't|does not) trust my (judgement|judgment)\. \(1[07] Nov 2026/);
    term.press('1'); // one key, no Enter
    await term.waitFor('same as 1');
    await term.answer('');
    expect(await skipStepsAndSave(term)).toBe(0);

    const group = reflectJson<GroupJson>(['assumptions', 'show', String(trust!.group)], { db: journal.db });
    const added = group.statements.find((s) => s.text === 'She has no faith in my decisions.');
    expect(added).toMatchObject({ entryId: 3, linkedBy: 'person' });
    expect(group.statements.filter((s) => s.linkedBy === 'person')).toHaveLength(2);
  });

  it('keeps an assumption typed and linked before Ctrl-C, and its link, for the resumed draft', async () => {
    const [trust] = reflectJson<Array<{ group: number; count: number }>>(['assumptions'], { db: journal.db });
    let term = journal.terminal(RETRO);
    await answerUpToTheAssumption(term);
    term.press('1');
    await term.waitFor('same as 1');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    term.close();

    term = journal.terminal(['new', '--resume', '1']);
    const resumed = await term.waitFor('Step 4 of 9');
    expect(resumed).toContain('1. She has no faith in my decisions.');
    await term.answer('');
    expect(await skipStepsAndSave(term)).toBe(0);
    const group = reflectJson<GroupJson>(['assumptions', 'show', String(trust!.group)], { db: journal.db });
    expect(group.statements.find((s) => s.text === 'She has no faith in my decisions.')).toMatchObject({
      entryId: 3,
      linkedBy: 'person',
    });
  });

  it('ignores a paste into the one-key question, saying so, and takes the key pressed after it', async () => {
    const term = journal.terminal(RETRO);
    await answerUpToTheAssumption(term);
    term.paste('1\nn\n');
    const hinted = await term.waitFor(MSG.pasteIgnored);
    expect(hinted).not.toContain('✔ The same assumption?');
    term.press('n');
    await term.waitFor('✔ The same assumption? new');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
  });

  it('offers the same links for assumptions added in reflect edit', async () => {
    const [trust] = reflectJson<Array<{ group: number; count: number }>>(['assumptions'], { db: journal.db });
    const third = reflect(['new', '--set', 'left-hand-column', '--answers', '-'], {
      db: journal.db,
      input: JSON.stringify({
        people: ['Dana'],
        answers: {
          situation: 'Sprint review with Dana.',
          dialogue: [{ said: 'Dana: Ship it Friday.', unsaid: 'Not again.' }],
          assumptions: ['Deadlines are never negotiable here.'],
        },
      }),
    });
    expect(third.code).toBe(0);
    const term = journal.terminal(['edit', '3'], {
      EDITOR: join(FIXTURES, 'editors', 'rewrite.mjs'),
      VISUAL: '',
      EDIT_RULES: JSON.stringify([
        [
          '- Deadlines are never negotiable here.',
          '- Deadlines are never negotiable here.\n- She has no faith in my decisions.',
        ],
      ]),
    });
    const screen = await term.waitFor('The same assumption?');
    expect(screen).toContain('updated entry 3');
    expect(screen).toMatch(/1 Dana (doesn't|does not) trust my (judgement|judgment)\./);
    term.press('1');
    expect(await term.exitCode()).toBe(0);
    const group = reflectJson<GroupJson>(['assumptions', 'show', String(trust!.group)], { db: journal.db });
    expect(group.statements.find((s) => s.text === 'She has no faith in my decisions.')).toMatchObject({
      entryId: 3,
      linkedBy: 'person',
    });
  });
});
