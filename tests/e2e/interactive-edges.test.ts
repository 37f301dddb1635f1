import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PromptSet } from '../../src/domain/types.js';
import { findSet } from '../../src/prompt-catalog.js';
import { openStore } from '../../src/store/db.js';
import { createDraft, saveDraft } from '../../src/store/drafts.js';
import { snapshotSet } from '../../src/store/prompt-sets.js';
import { FIXTURES, reflect, reflectJson, saveRegisterEntries } from '../helpers/cli.js';
import { installKindsSet, KINDS_SET } from '../helpers/kinds-set.js';
import { hasTmux, RETRO, type Terminal, terminalJournal } from '../helpers/tmux.js';

/** The prompt waiting for keys: its line is the last one on the screen. */
const WAITING = /^\? .*$(?![\s\S]*\S)/m;
const META = ['--with', 'Dana', '--title', 'Edges', '--tag', 'proof'];

interface DraftJson {
  answers: Record<string, unknown>;
}

/** A set whose long answer must be given, so an editor left empty cannot answer it. */
const REQUIRED_LONG: PromptSet = {
  schema: 1,
  id: 'required-long',
  version: 1,
  title: 'Required long answer',
  description: '',
  steps: [
    { id: 'story', kind: 'long', role: 'other', question: 'The story, please?', required: true },
    { id: 'after', kind: 'text', role: 'other', question: 'And after?', required: false },
  ],
};

function installSet(db: string, set: PromptSet): void {
  const store = openStore(db);
  try {
    snapshotSet(store.db, set, 'installed', null, '2026-11-01T00:00:00.000Z');
  } finally {
    store.close();
  }
}

/**
 * Whether `text` is on the screen broken only between words: its rows joined with spaces contain it. A line
 * the terminal broke at its edge splits a word ("fini" / "shes."), which joined that way is not the text.
 */
function shownBetweenWords(term: Terminal, text: string): boolean {
  const joined = term
    .rows()
    .map((row) => row.trim())
    .join(' ');
  return joined.includes(text);
}

function widest(term: Terminal, from: string): number {
  const rows = term.rows();
  const start = rows.findIndex((row) => row.includes(from));
  return Math.max(...rows.slice(start).map((row) => row.trimEnd().length));
}

async function waitUntilGone(term: Terminal, text: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (term.screen().includes(text)) {
    if (Date.now() > deadline) throw new Error(`"${text}" stayed on the screen:\n${term.screen()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What reflect says on stderr for `args` outside a terminal, on one line: the words a terminal should show. */
function reflectOutput(args: string[], db: string): string {
  return reflect(args, { db }).stderr.replace(/\s+/g, ' ').trim();
}

/** The left-hand column's steps 1 and 2, answered: step 3 (feelings, a long answer) is waiting. */
async function upToFeelings(term: Terminal): Promise<void> {
  await term.waitFor('Step 1 of 9');
  await term.answer('Retro');
  await term.answer('Dana: Any blockers?');
  await term.answer('Plenty, but not in front of everyone.');
  await term.answer('');
  await term.waitFor('Step 3 of 9');
  await term.waitFor(WAITING);
}

describe.skipIf(!hasTmux)('reflect new at its edges, in a terminal', () => {
  const journal = terminalJournal('reflect-edges-');

  describe('keys typed ahead of the editor (:e)', () => {
    const editor = join(FIXTURES, 'editors', 'write-feelings.sh');

    it('keys typed after :e, before the editor opened, wait for the question after it', async () => {
      const term = journal.terminal(RETRO, { EDITOR: editor, VISUAL: editor });
      await upToFeelings(term);
      term.type(':e\rNobody listens.\r\r');
      await term.waitFor('Step 5 of 9');
      term.press('C-c');
      expect(await term.exitCode()).toBe(130);
      const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
      expect(draft?.answers.feelings).toBe('Tense in my shoulders.\nRelieved when it ended.');
      expect(draft?.answers.assumptions).toEqual(['Nobody listens.']);
    });

    it('keys typed while an editor that does not read the terminal is open wait for the question after it', async () => {
      const started = join(journal.dir, 'editor-started');
      const go = join(journal.dir, 'editor-go');
      const slow = join(journal.dir, 'slow-editor.sh');
      writeFileSync(
        slow,
        `#!/bin/sh\necho > '${started}'\nwhile [ ! -e '${go}' ]; do sleep 0.05; done\nprintf 'From the editor.\\n' > "$1"\n`,
      );
      chmodSync(slow, 0o755);
      const term = journal.terminal(RETRO, { EDITOR: slow, VISUAL: slow });
      await upToFeelings(term);
      term.type(':e\r');
      const deadline = Date.now() + 10_000;
      while (!existsSync(started)) {
        if (Date.now() > deadline) throw new Error(`the editor did not start; screen:\n${term.screen()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      term.type('Typed while it was open.\r\r');
      writeFileSync(go, '');
      await term.waitFor('Step 5 of 9');
      term.press('C-c');
      expect(await term.exitCode()).toBe(130);
      const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
      expect(draft?.answers.feelings).toBe('From the editor.');
      expect(draft?.answers.assumptions).toEqual(['Typed while it was open.']);
    });

    it('Ctrl-C typed ahead after :e ends reflect after the editor, the edited answer kept', async () => {
      const term = journal.terminal(RETRO, { EDITOR: editor, VISUAL: editor });
      await upToFeelings(term);
      term.type(':e\r\u0003');
      expect(await term.exitCode()).toBe(130);
      const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
      expect(draft?.answers.feelings).toBe('Tense in my shoulders.\nRelieved when it ended.');
    });

    it('shows the answer written in the editor under its question', async () => {
      const term = journal.terminal(RETRO, { EDITOR: editor, VISUAL: editor });
      await upToFeelings(term);
      await term.answer(':e');
      const screen = await term.waitFor('Step 4 of 9');
      expect(screen).toMatch(/Tense in my shoulders\.\s+Relieved when it ended\.[\s\S]*Step 4 of 9/);
    });
  });

  describe('the editor :e opens', () => {
    it('is the one reflect edit opens: REFLECT_EDITOR before VISUAL and EDITOR', async () => {
      const editor = join(FIXTURES, 'editors', 'write-feelings.sh');
      const term = journal.terminal(RETRO, {
        REFLECT_EDITOR: editor,
        VISUAL: '/nonexistent/visual',
        EDITOR: '/nonexistent/editor',
      });
      await upToFeelings(term);
      await term.answer(':e');
      await term.waitFor('Step 4 of 9');
      term.press('C-c');
      expect(await term.exitCode()).toBe(130);
      const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
      expect(draft?.answers.feelings).toBe('Tense in my shoulders.\nRelieved when it ended.');
    });

    it('not found: says so with what to do, and the answer goes on line by line with its lines kept', async () => {
      const term = journal.terminal(RETRO, { VISUAL: undefined, EDITOR: '/nonexistent/editor' });
      await upToFeelings(term);
      await term.answer('Tense.');
      await term.answer(':e');
      await term.waitFor('editor "/nonexistent/editor" was not found');
      await term.waitFor(WAITING);
      const screen = term.screen();
      expect(screen).toContain('set $EDITOR, or: reflect config set editor "nano"');
      expect(screen).not.toMatch(/LaunchEditorError|ENOENT|Press <enter>/);
      await term.answer('Tired.');
      await term.answer('');
      await term.waitFor('Step 4 of 9');
      term.press('C-c');
      expect(await term.exitCode()).toBe(130);
      const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
      expect(draft?.answers.feelings).toBe('Tense.\nTired.');
    });
  });

  it('the draft picker names a draft left in its first step by what was written there, and says the step is begun', async () => {
    const store = openStore(journal.db);
    try {
      const freeform = findSet(store.db, 'freeform');
      snapshotSet(store.db, freeform.set, 'builtin', freeform.yaml, '2026-11-24T09:00:00.000Z');
      const id = createDraft(store.db, 'freeform', freeform.set.version, {}, '2026-11-24T09:00:00.000Z');
      saveDraft(
        store.db,
        id,
        { answers: {}, partial: { stepId: 'entry', value: 'Budget talk\nwith Dana' }, meta: {} },
        '2026-11-24T09:05:00.000Z',
      );
    } finally {
      store.close();
    }
    const term = journal.terminal(['new']);
    await term.waitFor('Continue one?');
    expect(term.screen()).toMatch(
      /draft 1: Free-form entry, 0 of 1 step, step 1 begun — Budget talk with\s+Dana/,
    );
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
  });

  it('an editor left empty on a required long answer says so once and asks again line by line', async () => {
    installSet(journal.db, REQUIRED_LONG);
    const log = join(journal.dir, 'editor.log');
    const emptying = join(journal.dir, 'emptying-editor.sh');
    writeFileSync(emptying, `#!/bin/sh\necho opened >> '${log}'\n: > "$1"\n`);
    chmodSync(emptying, 0o755);
    const term = journal.terminal(['new', '--set', REQUIRED_LONG.id, ...META], {
      EDITOR: emptying,
      VISUAL: emptying,
    });
    await term.waitFor('Step 1 of 2');
    await term.answer(':e');
    await term.waitFor('This step needs an answer: write at least a line.');
    await term.waitFor(WAITING);
    expect(readFileSync(log, 'utf8')).toBe('opened\n');
    await term.answer('Written line by line after all.');
    await term.answer('');
    await term.waitFor('Step 2 of 2');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
    expect(draft?.answers.story).toBe('Written line by line after all.');
  });

  it('a required line left blank (or only spaces) is asked again in reflect’s words, not saved', async () => {
    installKindsSet(journal.db);
    const term = journal.terminal(['new', '--set', KINDS_SET.id, ...META]);
    await term.waitFor('Step 1 of 8');
    await term.waitFor(WAITING);
    term.type('   \r');
    await term.waitFor('This step needs an answer.');
    await term.answer('');
    await term.waitFor(WAITING);
    expect(term.screen()).not.toContain('You must provide a value');
    expect(term.screen()).not.toContain('Step 2 of 8');
    await term.answer('Standup');
    await term.waitFor('Step 2 of 8');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
    expect(draft?.answers).toEqual({ text: 'Standup' });
  });

  it('after the terminal is resized mid-entry, the next questions are broken at the new width', async () => {
    installKindsSet(journal.db);
    const term = journal.terminal(['new', '--set', KINDS_SET.id, ...META], {}, { width: 100 });
    await term.waitFor('Step 1 of 8');
    await term.waitFor(WAITING);
    term.resize(50);
    // A key sent after the resize, and seen on screen, was read after the resize's signal had arrived.
    await term.answer('Standup');
    await term.waitFor('Step 2 of 8');
    await term.waitFor(WAITING);
    expect(widest(term, 'Step 2 of 8')).toBeLessThanOrEqual(50);
    expect(
      shownBetweenWords(
        term,
        'Write as many lines as you like; an empty line finishes. Type :e to use your editor. Leave empty to skip. Ctrl-P goes back.',
      ),
    ).toBe(true);
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
  });

  it('a coach’s number and yes/no questions say what they take in reflect’s words, whatever was typed wrong', async () => {
    expect(
      reflect(['prompts', 'add', join(FIXTURES, 'prompt-sets', 'workload-dial.yaml'), '--no-accept'], {
        db: journal.db,
      }).code,
    ).toBe(0);
    const term = journal.terminal(['new', '--set', 'workload-dial', ...META]);
    await term.waitFor('How did the week end?');
    term.press('Enter');
    await term.waitFor('Step 2 of 4');
    await term.waitFor(WAITING);
    for (const typed of ['2.5', '150', 'lots', '']) {
      term.type(`${typed}\r`);
      await term.waitFor('> Type a whole number from 0 to 100.');
      expect(term.screen()).not.toMatch(/multiple of|Value must be|valid numeric/);
      // Ctrl-U empties the line (the prompt puts what was typed back in it), and a key clears the message.
      term.press('C-u');
      await waitUntilGone(term, '> Type a whole number');
    }
    await term.answer('40');
    await term.waitFor('Step 3 of 4');
    await term.waitFor(WAITING);
    term.type('maybe\r');
    await term.waitFor('> Type y or n.');
    expect(term.screen()).not.toContain('You must answer');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
    expect(draft?.answers).toEqual({ week: 'Calm', load: 40 });
  });

  it('an answer typed before the terminal was narrowed is shown at the new width once given', async () => {
    const term = journal.terminal(RETRO, {}, { width: 80 });
    await term.waitFor('Step 1 of 9');
    await term.waitFor(WAITING);
    const answer = 'The budget review went badly when Dana cut my item from the agenda once more';
    term.type(answer);
    await term.waitFor('agenda once more');
    term.resize(40);
    // A key sent after the resize, and seen on screen, was read after the resize's signal had arrived.
    term.type('!');
    await term.waitFor(/!$(?![\s\S]*\S)/m);
    term.press('BSpace');
    await term.waitFor(/once more$(?![\s\S]*\S)/m);
    term.press('Enter');
    await term.waitFor('Step 2 of 9');
    expect(shownBetweenWords(term, `✔ › ${answer}`)).toBe(true);
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
  });

  describe('at 40 columns', () => {
    it('breaks the set’s heading and the note of a required dialogue between words', async () => {
      const term = journal.terminal(RETRO, {}, { width: 40 });
      await term.waitFor('Step 1 of 9');
      expect(shownBetweenWords(term, 'Left-hand column — 9 steps, saved as you go (draft 1)')).toBe(true);
      await term.answer('Retro');
      await term.waitFor('Step 2 of 9');
      await term.answer('');
      await term.waitFor('did not say.');
      expect(
        shownBetweenWords(
          term,
          'This step needs at least one line: type what was said, then what you did not say.',
        ),
      ).toBe(true);
      term.press('C-c');
      expect(await term.exitCode()).toBe(130);
    });

    it('breaks a long choice between words, says how to skip a choice, and saves the choice whole', async () => {
      const term = journal.terminal(['new', '--set', 'advocacy-inquiry', ...META], {}, { width: 40 });
      await term.waitFor('Step 1 of 11');
      await term.answer('Sit');
      for (const step of [2, 3, 4, 5, 6]) {
        await term.waitFor(`Step ${step} of 11`);
        await term.answer('');
      }
      await term.waitFor('Step 7 of 11');
      await term.waitFor('(skip)');
      expect(shownBetweenWords(term, 'Mostly inquiring — I need to understand them')).toBe(true);
      expect(term.screen()).toContain('Choose (skip) to leave it out.');
      expect(term.screen()).not.toContain('Leave empty to skip.\n? ›\n❯');
      term.press('Down');
      term.press('Enter');
      await term.waitFor('Step 8 of 11');
      term.press('C-c');
      expect(await term.exitCode()).toBe(130);
      const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
      expect(draft?.answers.stance).toBe('Mostly inquiring — I need to understand them');
    });

    it('breaks the line saying where the draft is, after Ctrl-C, between words', async () => {
      const term = journal.terminal(RETRO, {}, { width: 40 });
      await term.waitFor('Step 1 of 9');
      await term.answer('Retro');
      await term.waitFor('Step 2 of 9');
      await term.waitFor(WAITING);
      term.press('C-c');
      expect(await term.exitCode()).toBe(130);
      expect(shownBetweenWords(term, 'draft 1 saved — continue with: reflect new --resume 1')).toBe(true);
    });

    it('breaks a refusal and its hint between words', async () => {
      const term = journal.terminal(['new', '--set', 'left-hand-colum'], {}, { width: 40 });
      expect(await term.exitCode()).toBe(2);
      const said = reflectOutput(['new', '--set', 'left-hand-colum'], journal.db);
      expect(said.length).toBeGreaterThan(40);
      expect(shownBetweenWords(term, said)).toBe(true);
    });

    it('breaks the keys of the link question between its choices', async () => {
      saveRegisterEntries(journal.db);
      const term = journal.terminal(RETRO, {}, { width: 40 });
      await term.waitFor('Step 1 of 9');
      // Short answers: each fits the line beside its prompt.
      for (const text of ['Retro', 'Dana: My way.', 'Not again.', '', '']) await term.answer(text);
      await term.waitFor('Step 4 of 9');
      await term.answer('She has no faith in me.');
      await term.waitFor('The same assumption?');
      await term.waitFor('skip');
      expect(widest(term, 'The same assumption?')).toBeLessThanOrEqual(40);
      expect(shownBetweenWords(term, 'Enter skip')).toBe(true);
      expect(shownBetweenWords(term, 'o the opposite')).toBe(true);
      term.press('Enter');
      await term.waitFor('? 2.');
      term.press('C-c');
      expect(await term.exitCode()).toBe(130);
    });
  });
});
