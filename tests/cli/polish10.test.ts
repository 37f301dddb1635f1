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

describe('assumptions subcommands group what waits first, as the register does', () => {
  interface Group {
    group: number;
    count: number;
    statements?: Array<{ id: number }>;
  }

  /**
   * A journal written by `new --answers` and never grouped, and the ids `assumptions --json` gives for it (read
   * on a copy, so the journal itself stays ungrouped): two groups, the first of two statements.
   */
  function ungrouped() {
    write(["Dana doesn't want to hear bad news.", 'The estimate is already fixed.']);
    write(["Dana doesn't want to hear bad news."]);
    const copy = join(work.dir, 'copy.db');
    copyFileSync(work.db, copy);
    const register = JSON.parse(run(['assumptions', '--json'], { db: copy }).stdout) as Group[];
    const [two, one] = [...register].sort((a, b) => b.count - a.count);
    expect([two?.count, one?.count]).toEqual([2, 1]);
    const shown = JSON.parse(
      run(['assumptions', 'show', String(two!.group), '--json'], { db: copy }).stdout,
    ) as Group;
    return { two: two!.group, one: one!.group, statement: shown.statements![0]!.id };
  }

  /** Each on its own fresh copy of the ungrouped journal. */
  function onFresh(args: string[]): CliResult {
    const db = join(work.dir, `fresh-${Math.random().toString(36).slice(2)}.db`);
    copyFileSync(work.db, db);
    return run(args, { db });
  }

  it.each([
    ['show', (g: ReturnType<typeof ungrouped>) => ['show', String(g.two)]],
    ['show --json', (g: ReturnType<typeof ungrouped>) => ['show', String(g.two), '--json']],
    ['link', (g: ReturnType<typeof ungrouped>) => ['link', String(g.statement), String(g.one)]],
    ['unlink', (g: ReturnType<typeof ungrouped>) => ['unlink', String(g.statement)]],
    ['merge', (g: ReturnType<typeof ungrouped>) => ['merge', String(g.two), String(g.one)]],
    ['rename', (g: ReturnType<typeof ungrouped>) => ['rename', String(g.two), 'Dana and bad news']],
    ['oppose', (g: ReturnType<typeof ungrouped>) => ['oppose', String(g.two), String(g.one)]],
    ['test', (g: ReturnType<typeof ungrouped>) => ['test', String(g.two), '--result', 'failed']],
  ])('assumptions %s with an id from assumptions --json', (_name, args) => {
    const ids = ungrouped();
    const result = onFresh(['assumptions', ...args(ids)]);
    expect(result.stderr).not.toContain('no assumption group');
    expect(result.code, result.stderr).toBe(0);
  });

  it('unoppose says the group has no opposite, not that there is no such group', () => {
    const ids = ungrouped();
    const result = onFresh(['assumptions', 'unoppose', String(ids.two)]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      `reflect: group ${ids.two} is not marked as the opposite of any group (see: reflect assumptions show ${ids.two})`,
    );
  });

  it.each([[['show', '999']], [['test', '999', '--result', 'held']], [['merge', '1', '999']]])(
    'an unknown group is still one clear line: assumptions %j',
    (args) => {
      ungrouped();
      const result = onFresh(['assumptions', ...args]);
      expect(result.code).toBe(2);
      expect(result.stderr.trimEnd()).toBe('reflect: no assumption group 999 (see: reflect assumptions)');
    },
  );
});

describe('tag: the tags that look like options, as help and README show them', () => {
  /** Entry 1 with these tags; returns its tags after `reflect tag 1 …changes`. */
  function tagsAfter(
    changes: string[],
    tags = ['h', '-wip', 'draft'],
  ): { result: CliResult; tags: string[] } {
    const freeform = { answers: { entry: 'The retro ran long.' }, tags };
    expect(
      run(['new', '--set', 'freeform', '--answers', '-'], { input: JSON.stringify(freeform) }).code,
    ).toBe(0);
    const result = run(['tag', '1', ...changes]);
    const shown = JSON.parse(run(['show', '1', '--json']).stdout) as { tags: string[] };
    return { result, tags: shown.tags };
  }

  it('+-wip adds the tag "-wip" (no -- needed: a + is never an option)', () => {
    const { result, tags } = tagsAfter(['+-wip'], ['draft']);
    expect(result).toMatchObject({ code: 0, stderr: 'entry 1 tags: #draft #-wip\n' });
    expect(tags).toEqual(['draft', '-wip']);
  });

  it('-- -h removes the tag "h" (-h alone is the help)', () => {
    const { result, tags } = tagsAfter(['--', '-h']);
    expect(result.code).toBe(0);
    expect(tags).toEqual(['-wip', 'draft']);
    expect(tagsAfter(['-h']).result.stdout).toContain('Usage: reflect tag');
  });

  it('-- --wip removes the tag "-wip"; without -- it is refused with the way to remove or add it', () => {
    const { tags } = tagsAfter(['--', '--wip']);
    expect(tags).toEqual(['h', 'draft']);
    work.cleanup();
    work = tempJournal('reflect-polish10-');
    const { result } = tagsAfter(['--wip']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'reflect: unknown option \'--wip\'\nto remove the tag "-wip": reflect tag 1 -- --wip (to add it: reflect tag 1 +-wip)\n',
    );
  });

  it('the help shows both, each saying what it does', () => {
    const help = run(['tag', '--help']).stdout;
    expect(help).toMatch(/\$ reflect tag 12 \+-wip +add the tag "-wip"/);
    expect(help).toMatch(/\$ reflect tag 12 -- -h +remove the tag "h"/);
    expect(help).toMatch(/\$ reflect tag 12 -- --wip +remove the tag "-wip"/);
  });
});
