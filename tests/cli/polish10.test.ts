import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CliResult, FIXTURES, reflect, tempJournal } from '../helpers/cli.js';
import { fileHash } from '../helpers/journal.js';

/** Defects the session-10 daily-path audit left open, each reproduced as the person met it. */
const LHC_ANSWERS = JSON.parse(readFileSync(join(FIXTURES, 'answers', 'lhc-budget.json'), 'utf8')) as {
  answers: Record<string, unknown>;
};

let work: ReturnType<typeof tempJournal>;
beforeEach(() => {
  work = tempJournal('reflect-polish10-');
});
afterEach(() => work.cleanup());

function run(args: string[], options: { db?: string; input?: string } = {}): CliResult {
  return reflect(args, {
    db: options.db ?? work.db,
    ...(options.input === undefined ? {} : { input: options.input }),
  });
}

/** An entry of the left-hand-column set with these assumptions, written by `new --answers` as a script would. */
function write(assumptions: string[], db = work.db): void {
  const answers = { ...LHC_ANSWERS, answers: { ...LHC_ANSWERS.answers, assumptions } };
  const result = run(['new', '--set', 'left-hand-column', '--answers', '-'], {
    db,
    input: JSON.stringify(answers),
  });
  expect(result).toMatchObject({ code: 0, stderr: '' });
}

describe('new without a terminal names a bad flag before the terminal', () => {
  it.each([
    [['--date', 'blah'], 'reflect: cannot understand the date "blah"'],
    [['--set', 'nope'], 'reflect: no prompt set "nope"'],
  ])('reflect new %j', (flags, message) => {
    const result = run(['new', ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(result.stdout).toBe('');
    // Checked without creating the journal the command would have written to.
    expect(existsSync(work.db)).toBe(false);
  });

  it('with good flags it still says it needs a terminal', () => {
    const result = run(['new', '--set', 'left-hand-column', '--date', 'yesterday']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'reflect: reflect new needs a terminal; pass --answers FILE to write without prompts',
    );
  });

  it('an existing journal is only read for the check', () => {
    write(['Dana does not want to hear bad news.']);
    const before = fileHash(work.db);
    const result = run(['new', '--set', 'nope']);
    expect(result.stderr.split('\n')[1]).toContain('available: left-hand-column');
    expect(fileHash(work.db)).toBe(before);
  });
});
