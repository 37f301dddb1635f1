import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, reflectJson } from '../helpers/cli.js';
import { addEntry } from '../helpers/curate.js';
import { hasTmux, type Terminal, terminalJournal } from '../helpers/tmux.js';

const NARROW = { width: 60 };

const LONG_ANSWER =
  'Sam interrupted me three times during the planning meeting and then summarised my proposal as if ' +
  'it were his own idea, which honestly left me furious for the rest of the afternoon and well into the ' +
  'evening, long after everyone else had gone home and forgotten about it entirely.';

/**
 * The rows of the question that starts with `start`: its first row and the indented ones under it. Joined by
 * spaces they read as the one line inquirer wrote only if no row ends in the middle of a word.
 */
function echoed(term: Terminal, start: string): string[] {
  const rows = term.rows();
  const first = rows.findIndex((row) => row.startsWith(start));
  expect(first, `no row starts with "${start}":\n${rows.join('\n')}`).toBeGreaterThanOrEqual(0);
  const end = rows.findIndex((row, i) => i > first && !/^ +\S/.test(row));
  return rows.slice(first, end).map((row) => row.trimEnd());
}

const joined = (rows: string[]) => rows.map((row) => row.trim()).join(' ');

describe.skipIf(!hasTmux)('questions and answers in a 60-column terminal', () => {
  const journal = terminalJournal();

  it('breaks an answered long question and its answer between words', async () => {
    const term = journal.terminal(['new', '--set', 'check-in'], {}, NARROW);
    await term.answer('Sam Okafor, Priya Raman, Jordan Lee');
    await term.waitFor('Step 1 of');
    const rows = echoed(term, '✔ Who was in the conversation?');
    expect(rows.length).toBeGreaterThan(1);
    expect(joined(rows)).toBe(
      '✔ Who was in the conversation? (names, comma-separated) Sam Okafor, Priya Raman, Jordan Lee',
    );
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
  });

  it('breaks a long one-line answer between words, shortens it to four rows, and keeps all of it', async () => {
    const term = journal.terminal(['new', '--set', 'check-in', '--with', 'Sam'], {}, NARROW);
    await term.waitFor('Step 1 of');
    await term.answer(LONG_ANSWER);
    await term.waitFor('Step 2 of');
    const rows = echoed(term, '✔ › Sam interrupted');
    expect(rows).toHaveLength(4);
    // Each row after the first hangs under the answer.
    for (const row of rows.slice(1)) expect(row).toMatch(/^ {4}\S/);
    const shown = joined(rows);
    expect(shown.endsWith('…')).toBe(true);
    expect(`✔ › ${LONG_ANSWER}`.startsWith(shown.slice(0, -1).trimEnd())).toBe(true);
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    const [draft] = reflectJson<Array<{ answers: Record<string, unknown> }>>(['drafts'], { db: journal.db });
    expect(draft?.answers.what).toBe(LONG_ANSWER);
  });

  it('breaks a long question between words while it is asked and once it is answered', async () => {
    addEntry(journal.db);
    const mistake = [['<!-- step: cost ', '<!-- step: costs ']];
    const term = journal.terminal(
      ['edit', '1'],
      {
        VISUAL: '',
        EDITOR: `node ${join(FIXTURES, 'editors', 'rewrite.mjs')}`,
        EDIT_LOG: join(journal.dir, 'editor.log'),
        EDIT_SEQUENCE: JSON.stringify([mistake]),
        REFLECT_NOW: '2026-11-26T08:00:00+01:00',
      },
      NARROW,
    );
    await term.waitFor('Re-open the editor to fix it?');
    const asked = echoed(term, '? Re-open the editor');
    expect(asked.length).toBeGreaterThan(1);
    expect(joined(asked)).toBe('? Re-open the editor to fix it? (no: entry 1 stays as it was) (Y/n)');
    term.type('n');
    term.press('Enter');
    expect(await term.exitCode()).toBe(2);
    const answered = echoed(term, '✔ Re-open the editor');
    expect(joined(answered)).toBe('✔ Re-open the editor to fix it? (no: entry 1 stays as it was) No');
  });

  it('breaks a note between words', async () => {
    let term = journal.terminal(['new', '--set', 'check-in', '--with', 'Sam'], {}, NARROW);
    await term.answer('Sam cut me off.');
    await term.waitFor('Step 2 of');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    term.close();

    term = journal.terminal(['new', '--set', 'check-in', '--with', 'Sam'], {}, NARROW);
    await term.waitFor('Step 1 of');
    const rows = term.rows();
    const at = rows.findIndex((row) => row.startsWith('1 unfinished draft waits;'));
    expect(rows.slice(at, at + 2).map((row) => row.trimEnd())).toEqual([
      '1 unfinished draft waits; continue it with: reflect new',
      '--resume 1',
    ]);
  });

  it('draws the prompts without colours under --no-color, as the rest of the output', async () => {
    const term = journal.terminal(['--no-color', 'new', '--set', 'check-in', '--with', 'Sam'], {
      NO_COLOR: undefined,
    });
    const written = join(journal.dir, 'terminal.out');
    term.record(written);
    await term.answer('Sam cut me off.');
    await term.answer('annoyed');
    await term.waitFor('↑↓ navigate');
    term.press('Enter');
    await term.waitFor('Step 4 of');
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    const output = readFileSync(written, 'utf8');
    expect(output).toContain('✔');
    expect(output).not.toMatch(/\u001b\[[0-9;]*m/);
  });
});
