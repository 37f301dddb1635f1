import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT, reflectJson, saveRegisterEntries } from '../helpers/cli.js';
import type { GroupJson } from '../helpers/register-json.js';
import { answerUpToTheAssumption, hasTmux, RETRO, type Terminal, terminalJournal } from '../helpers/tmux.js';

/** The prompt waiting for keys: its line is the last one on the screen. */
const WAITING = /^\? .*$(?![\s\S]*\S)/m;
const ENTER = '\r';
const LEFT = '\u001b[D';
const CTRL_P = '\u0010';
const CTRL_U = '\u0015';
const CTRL_C = '\u0003';

interface EntryJson {
  title: string;
  people: string[];
  tags: string[];
  answers: Record<string, { value: unknown }>;
}

interface DraftJson {
  answers: Record<string, unknown>;
}

/** Each answer followed by Enter: what a person types ahead, or a script sends, in one go. */
const lines = (...answers: string[]) => answers.map((a) => a + ENTER).join('');

/**
 * A whole left-hand-column entry, from "who was there" to "Save this entry?": every kind of prompt (line, dialogue,
 * long answer, list, yes/no), a fix made with the arrow keys, and each step ended by an empty line.
 */
const WHOLE_ENTRY = lines(
  'Dana, Sam',
  `Planning with Dna and Sam${LEFT.repeat(10)}a`,
  'Dana: We ship Friday.',
  'That leaves no time for tests.',
  'Sam: Fine by me.',
  'Of course it is.',
  '',
  'Cornered.',
  'Tired.',
  '',
  'Nobody wants to hear about risk.',
  'Sam always sides with Dana.',
  '',
  'Get a test day.',
  '',
  '',
  '',
  '',
  'Ask for one day of tests, out loud.',
  '',
  'Friday planning',
  'planning, team',
  '',
);

function expectTheWholeEntry(entry: EntryJson): void {
  expect(entry.title).toBe('Friday planning');
  expect(entry.people).toEqual(['Dana', 'Sam']);
  expect(entry.tags).toEqual(['planning', 'team']);
  expect(Object.fromEntries(Object.entries(entry.answers).map(([id, a]) => [id, a.value]))).toEqual({
    situation: 'Planning with Dana and Sam',
    dialogue: [
      { said: 'Dana: We ship Friday.', unsaid: 'That leaves no time for tests.' },
      { said: 'Sam: Fine by me.', unsaid: 'Of course it is.' },
    ],
    feelings: 'Cornered.\nTired.',
    assumptions: ['Nobody wants to hear about risk.', 'Sam always sides with Dana.'],
    intention: 'Get a test day.',
    'next-time': 'Ask for one day of tests, out loud.',
  });
}

async function savedEntry(term: Terminal, db: string): Promise<EntryJson> {
  expect(await term.exitCode(30_000)).toBe(0);
  return reflectJson<EntryJson>(['show', '1'], { db });
}

describe.skipIf(!hasTmux)('keys typed ahead of the prompts', () => {
  const journal = terminalJournal();

  it('keeps every answer of a whole entry typed in one burst, faster than the prompts come', async () => {
    const term = journal.terminal(['new', '--set', 'left-hand-column']);
    await term.waitFor('Who was in the conversation?');
    await term.waitFor(WAITING);
    term.type(WHOLE_ENTRY);
    expectTheWholeEntry(await savedEntry(term, journal.db));
  });

  it('keeps keys typed before the first prompt, while the prompts are still loading', async () => {
    const term = journal.terminal(['new', '--set', 'left-hand-column'], {
      NODE_OPTIONS: `--import=${join(ROOT, 'tests', 'helpers', 'slow-prompts.mjs')}`,
      REFLECT_SLOW_PROMPTS_MS: '3000',
    });
    term.type(WHOLE_ENTRY);
    expect(term.screen()).not.toContain('Who was in the conversation?');
    expectTheWholeEntry(await savedEntry(term, journal.db));
  });

  it('keeps a bracketed paste sent between typed keys, and the keys after it', async () => {
    const term = journal.terminal(RETRO);
    await term.waitFor('Step 1 of 9');
    await term.waitFor(WAITING);
    term.type(lines('Retro with Dana', 'Dana: Next.', 'Not again.', ''));
    term.paste('First line of a paste.\nSecond line.');
    term.type(lines('', '', 'Typed after the paste.', '', '', '', '', '', '', ''));
    const entry = await savedEntry(term, journal.db);
    expect(entry.answers.situation?.value).toBe('Retro with Dana');
    expect(entry.answers.dialogue?.value).toEqual([{ said: 'Dana: Next.', unsaid: 'Not again.' }]);
    // The paste waited in the feelings step's first line (it never presses Enter) for the Enter typed after it.
    expect(entry.answers.feelings?.value).toBe('First line of a paste.\nSecond line.');
    expect(entry.answers.assumptions?.value).toEqual(['Typed after the paste.']);
  });

  it('goes back with Ctrl-P typed ahead, edits the answer put back, and leaves a draft on Ctrl-C typed ahead', async () => {
    const term = journal.terminal(RETRO);
    await term.waitFor('Step 1 of 9');
    await term.waitFor(WAITING);
    // Ctrl-P on the dialogue's first line puts step 1's answer back in its line; Ctrl-U empties that line.
    term.type(
      `${lines('Budget reveiw')}${CTRL_P}${CTRL_U}${lines('Budget review', 'Dana: Short, please.', 'Again.', '')}${CTRL_C}${lines('never read')}`,
    );
    expect(await term.exitCode(30_000)).toBe(130);
    const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
    expect(draft?.answers).toEqual({
      situation: 'Budget review',
      dialogue: [{ said: 'Dana: Short, please.', unsaid: 'Again.' }],
    });
  });

  describe('with earlier entries to link to', () => {
    beforeEach(() => {
      saveRegisterEntries(journal.db);
    });

    it('takes a one-key link typed ahead, and the steps typed after it', async () => {
      const [trust] = reflectJson<Array<{ group: number }>>(['assumptions'], { db: journal.db });
      const term = journal.terminal(RETRO);
      await answerUpToTheAssumption(term);
      term.type(`1${lines('', 'Be heard.', '', '', '', '', '', '')}`);
      expect(await term.exitCode(30_000)).toBe(0);
      const entry = reflectJson<EntryJson>(['show', '3'], { db: journal.db });
      expect(entry.answers.assumptions?.value).toEqual(['She has no faith in my decisions.']);
      expect(entry.answers.intention?.value).toBe('Be heard.');
      const group = reflectJson<GroupJson>(['assumptions', 'show', String(trust!.group)], { db: journal.db });
      expect(group.statements.find((s) => s.text === 'She has no faith in my decisions.')).toMatchObject({
        entryId: 3,
        linkedBy: 'person',
      });
    });
  });
});
