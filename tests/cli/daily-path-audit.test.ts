import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CliResult, FIXTURES, reflect, tempJournal } from '../helpers/cli.js';

/**
 * Defects found by the session-10 audit of the journal keeper's daily path (write, read, find, change, the
 * weekly look back), used as a demanding user of git or ripgrep would. Each test is the reproduction of one.
 */
const LHC_ANSWERS = readFileSync(join(FIXTURES, 'answers', 'lhc-budget.json'), 'utf8');

let work: ReturnType<typeof tempJournal>;
beforeEach(() => {
  work = tempJournal('reflect-audit10-');
});
afterEach(() => work.cleanup());

function run(args: string[], input?: string): CliResult {
  return reflect(args, { db: work.db, ...(input === undefined ? {} : { input }) });
}

function write(set: string, answers: object, extra: string[] = []): number {
  const result = run(['new', '--set', set, '--answers', '-', ...extra], JSON.stringify(answers));
  expect(result.stderr).toBe('');
  return Number(result.stdout.trim());
}

describe('--version after a global option', () => {
  // `alias reflect='reflect --db ~/journal.db'` made `reflect --version` an unknown option.
  it.each([
    [['--db', 'x.db', '--version']],
    [['--no-color', '--version']],
    [['--json', '--version']],
    [['--debug', '--version']],
  ])('reflect %j prints the version', (args) => {
    const result = reflect(args, { cwd: work.dir });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(result.code).toBe(0);
  });

  it('after the command word it is still that command’s own option', () => {
    const result = run(['list', '--version']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^reflect: unknown option '--version'/);
  });
});

describe('help names the journal it would use', () => {
  it('reflect --db <path> --help says Data: <path>', () => {
    const result = reflect(['--db', join(work.dir, 'mine.db'), '--help']);
    expect(result.stdout).toContain(`Data: ${join(work.dir, 'mine.db')}`);
  });
});

describe('an entry without a title or a context step still has a readable line', () => {
  // freeform (and every entry imported from jrnl or Day One) has no `context` step: its list line was blank.
  it('list and search show the first words of its answer', () => {
    write('freeform', { answers: { entry: 'Lunch with Ana went sideways when the reorg came up.' } });
    const list = run(['list']);
    expect(list.stdout).toMatch(/freeform {2}Lunch with Ana went sideways/);
    const search = run(['search', 'reorg']);
    expect(search.stdout.split('\n')[0]).toMatch(/freeform {2}Lunch with Ana went sideways/);
  });

  it('list --json keeps context null for it (the contract is unchanged)', () => {
    write('freeform', { answers: { entry: 'Lunch with Ana.' } });
    const [item] = JSON.parse(run(['list', '--json']).stdout) as Array<{ context: unknown; title: string }>;
    expect(item).toMatchObject({ title: '', context: null });
  });
});

describe('untitled entries in the trash', () => {
  // `reflect trash` showed "(untitled left-hand-column)" for every entry written without a title.
  it('trash shows the situation’s first words, as list does', () => {
    const answers = JSON.parse(LHC_ANSWERS);
    delete answers.title;
    const id = write('left-hand-column', answers);
    expect(run(['delete', String(id), '--yes']).code).toBe(0);
    const trash = run(['trash']);
    expect(trash.stdout).toContain('Quarterly budget review');
    expect(trash.stdout).not.toContain('untitled');
  });

  it('a freeform entry shows its first words too', () => {
    const id = write('freeform', { answers: { entry: 'Lunch with Ana went sideways.' } });
    run(['delete', String(id), '--yes']);
    expect(run(['trash']).stdout).toContain('Lunch with Ana went sideways.');
  });
});

describe('an id that is in the trash', () => {
  // `reflect show 4` right after deleting 4 said only "see your entries with: reflect list".
  it.each([[['show']], [['edit']], [['star']], [['unstar']], [['tag', '+x']]])(
    'reflect %j <trashed id> says it is in the trash and how to restore it',
    (words) => {
      const id = write('left-hand-column', JSON.parse(LHC_ANSWERS));
      run(['delete', String(id), '--yes']);
      const before = readFileSync(work.db);
      const [command, ...rest] = words;
      const result = run([command!, String(id), ...rest]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `reflect: no entry with id ${id}\nentry ${id} is in the trash — bring it back with: reflect restore ${id}\n`,
      );
      expect(readFileSync(work.db).equals(before)).toBe(true);
    },
  );

  it('an id never used keeps the old hint', () => {
    const result = run(['show', '42']);
    expect(result.stderr).toBe('reflect: no entry with id 42\nsee your entries with: reflect list\n');
  });
});

describe('stats with nothing to count', () => {
  // An empty journal said "no entries match these filters" (no filter was given), and said it on stdout.
  it('an empty journal: "no entries yet" on stderr, nothing on stdout', () => {
    const result = run(['stats']);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toBe('no entries yet — start one with: reflect new\n');
  });

  it('filters that match nothing: "no entries match these filters" on stderr', () => {
    write('left-hand-column', JSON.parse(LHC_ANSWERS));
    const result = run(['stats', '--week', '2020-W01']);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toBe('no entries match these filters\n');
  });

  it('--json still prints the empty stats', () => {
    expect(JSON.parse(run(['stats', '--json']).stdout)).toMatchObject({ total: 0 });
  });
});

describe('reflect drafts says what each draft is about', () => {
  // Two drafts of one set read "Left-hand column: 1 of 9 steps answered" twice: which one to resume?
  it('each line ends with the draft’s title, else its first words', async () => {
    const { openStore } = await import('../../src/store/db.js');
    const { createDraft, saveDraft } = await import('../../src/store/drafts.js');
    // Entries of both sets store the set versions the drafts refer to.
    write('left-hand-column', JSON.parse(LHC_ANSWERS));
    write('ladder-of-inference', { answers: { situation: 'Planning' } });
    const store = openStore(work.db);
    try {
      const at = '2026-11-23T10:00:00.000Z';
      const a = createDraft(store.db, 'left-hand-column', 1, {}, at);
      saveDraft(store.db, a, { answers: { situation: 'The budget review with Dana' }, meta: {} }, at);
      const meta = { title: 'Hallway chat' };
      const b = createDraft(store.db, 'left-hand-column', 1, meta, at);
      saveDraft(store.db, b, { answers: { situation: 'Élodie stopped me' }, meta }, at);
      createDraft(store.db, 'ladder-of-inference', 1, {}, at);
    } finally {
      store.close();
    }
    const lines = run(['drafts']).stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^ {3}3 .*Ladder of inference: 0 of 11 steps answered$/),
      expect.stringMatching(/^ {3}2 .*Left-hand column: 1 of 9 steps answered — Hallway chat$/),
      expect.stringMatching(
        /^ {3}1 .*Left-hand column: 1 of 9 steps answered — The budget review with Dana$/,
      ),
    ]);
  });
});

describe('edit without a terminal, when the edited text cannot be read', () => {
  // The hint said "fix it and run reflect edit 3 again", but edit opens the entry afresh: the kept file is
  // never read back. It now says to copy the changes over.
  it('the hint says the kept file is to copy from', () => {
    const id = write('left-hand-column', JSON.parse(LHC_ANSWERS));
    const editor = join(work.dir, 'bad-date.sh');
    writeFileSync(editor, '#!/bin/sh\nsed -i "s/^date: .*/date: not a date/" "$1"\n', { mode: 0o755 });
    const result = reflect(['edit', String(id)], { db: work.db, env: { EDITOR: editor } });
    expect(result.code).toBe(2);
    const [message, hint] = result.stderr.trimEnd().split('\n');
    expect(message).toBe('reflect: cannot understand the date "not a date"');
    expect(hint).toMatch(
      new RegExp(
        `^entry ${id} is unchanged; your edited text is kept in \\S+\\.md — run reflect edit ${id} again and copy your changes over from it$`,
      ),
    );
  });
});

describe('untitled entries in the register and the summary', () => {
  // A title is optional (and asked last); `assumptions show` and the summary named an untitled entry only
  // "entry 3" (Markdown: "#3"), where `list` shows the first words of its situation.
  function threeUntitled() {
    for (const day of ['2026-11-17', '2026-11-19', '2026-11-23']) {
      write(
        'left-hand-column',
        {
          people: ['Dana'],
          answers: {
            situation: `Budget talk of ${day} with Dana`,
            dialogue: [{ said: 'Can we cut it?', unsaid: 'Not again.' }],
            assumptions: ['Dana does not want to hear bad news.'],
          },
        },
        ['--date', day],
      );
    }
  }

  it('assumptions show names them by their situation; its JSON keeps the empty title', () => {
    threeUntitled();
    run(['assumptions']); // groups are formed when the register is first read
    const text = run(['assumptions', 'show', '1']).stdout;
    expect(text).toMatch(/17 Nov 2026 · Budget talk of 2026-11-17 with Dana · entry 1 · possible/);
    const json = JSON.parse(run(['assumptions', 'show', '1', '--json']).stdout) as {
      statements: Array<{ title: string }>;
    };
    expect(json.statements.map((s) => s.title)).toEqual(['', '', '']);
  });

  it('the summary (text and Markdown) names them too; its JSON is unchanged', () => {
    threeUntitled();
    const period = ['--from', '2026-11-16', '--to', '2026-11-24'];
    expect(run(['summary', ...period]).stdout).toContain(
      'Tue 17 Nov · Budget talk of 2026-11-17 with Dana · entry 1',
    );
    expect(run(['summary', ...period, '--format', 'md']).stdout).toContain(
      '| Tue 17 Nov 2026 | Budget talk of 2026-11-17 with Dana | Dana does not want to hear bad news. |',
    );
    const json = JSON.parse(run(['summary', ...period, '--json']).stdout) as {
      recurring: Array<{ statements: object[] }>;
    };
    expect(json.recurring[0]!.statements[0]).toEqual({
      entryId: 1,
      text: 'Dana does not want to hear bad news.',
      date: '2026-11-17T11:00:00.000Z',
    });
  });
});

// Every command's --help examples (the daily path's and all others) run in help-readme.test.ts.

describe('a weekday named alone', () => {
  // On Tuesday 24 November, `--date friday` dated the entry Friday 27 November ("in the future").
  it('new --date friday is last Friday, with no note about the future; list --on friday finds it', () => {
    const result = run(
      ['new', '--set', 'left-hand-column', '--answers', '-', '--date', 'friday', '--json'],
      LHC_ANSWERS.replace(/"date": "[^"]*",/, ''),
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).date).toBe('2026-11-20T11:00:00.000Z');
    expect(run(['list', '--on', 'friday', '--json']).stdout).toContain('"date": "2026-11-20T11:00:00.000Z"');
  });
});

describe('a set of one step', () => {
  // "Free-form entry — 1 steps, saved as you go", and in reflect drafts "0 of 1 steps answered".
  it('reflect drafts says "1 step"', async () => {
    const { openStore } = await import('../../src/store/db.js');
    const { createDraft } = await import('../../src/store/drafts.js');
    write('freeform', { answers: { entry: 'An entry, so the set version is stored.' } });
    const store = openStore(work.db);
    try {
      createDraft(store.db, 'freeform', 1, {}, '2026-11-23T10:00:00.000Z');
    } finally {
      store.close();
    }
    expect(run(['drafts']).stdout).toMatch(/Free-form entry: 0 of 1 step answered\n$/);
  });
});

describe('show on a narrow terminal', () => {
  it('the line under the title is broken between its parts to the width', () => {
    const answers = {
      ...JSON.parse(LHC_ANSWERS),
      people: ['Dana', 'Marco'],
      tags: ['1:1', 'budget', 'quarterly'],
    };
    const id = write('left-hand-column', answers);
    const result = reflect(['show', String(id)], { db: work.db, env: { COLUMNS: '50' } });
    const [, ...details] = result.stdout.split('\n\n')[0]!.split('\n');
    expect(details.join(' · ')).toBe(
      'Wed 18 Nov 2026 14:30 · Left-hand column · with Dana, Marco · #1:1 #budget #quarterly',
    );
    for (const line of details) expect(line.length).toBeLessThanOrEqual(50);
  });
});

describe('edit --answers with a file that leaves the answers out', () => {
  // README: "fields the file leaves out are kept". A file of {"title": …} was refused:
  // '"answers" must be an object keyed by step id'.
  it('only retitles the entry; its answers and assumption links stay', () => {
    const id = write('left-hand-column', JSON.parse(LHC_ANSWERS));
    run(['assumptions']); // groups are formed when the register is first read
    expect(run(['assumptions', 'link', '2', '1']).code).toBe(0);
    const before = JSON.parse(run(['show', String(id), '--json']).stdout);
    const group = () => JSON.parse(run(['assumptions', 'show', '1', '--json']).stdout);
    const groupBefore = group();
    expect(groupBefore.statements).toHaveLength(2);
    const result = run(['edit', String(id), '--answers', '-'], '{"title": "Budget review, retitled"}');
    expect(result).toMatchObject({ code: 0, stderr: `updated entry ${id}\n` });
    const after = JSON.parse(run(['show', String(id), '--json']).stdout);
    expect(after.title).toBe('Budget review, retitled');
    expect(after.answers).toEqual(before.answers);
    expect(
      group().statements.map(({ id, linkedBy }: { id: number; linkedBy: string }) => [id, linkedBy]),
    ).toEqual(
      groupBefore.statements.map(({ id, linkedBy }: { id: number; linkedBy: string }) => [id, linkedBy]),
    );
  });

  it('a wrong field is named (it was reported as a missing "answers")', () => {
    const id = write('left-hand-column', JSON.parse(LHC_ANSWERS));
    const before = readFileSync(work.db);
    const result = run(['edit', String(id), '--answers', '-'], '{"people": "Dana"}');
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'reflect: stdin: "people" must be a list of strings\n',
    });
    expect(readFileSync(work.db).equals(before)).toBe(true);
  });

  it('new --answers still needs its answers', () => {
    const result = run(['new', '--set', 'left-hand-column', '--answers', '-'], '{"title": "No answers"}');
    expect(result.stderr).toBe('reflect: stdin: "answers" must be an object keyed by step id\n');
    expect(result.code).toBe(2);
  });
});

describe('hints that say what to do next', () => {
  // `list --set ladder` said only "see the sets with: reflect prompts list".
  it.each([
    ['ladder', 'ladder-of-inference'],
    ['LEFT-HAND-COLUMN', 'left-hand-column'],
    ['left-hand-colum', 'left-hand-column'],
  ])('list --set %s suggests --set %s', (typed, meant) => {
    const result = run(['list', '--set', typed]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(`reflect: no prompt set "${typed}"\ndid you mean --set ${meant}?\n`);
  });

  it('a set id like none keeps the old hint', () => {
    expect(run(['list', '--set', 'xyz']).stderr).toBe(
      'reflect: no prompt set "xyz"\nsee the sets with: reflect prompts list\n',
    );
  });

  // `restore 12` of an entry restored already sent the person to `reflect trash`, where it is not.
  it('restore of an entry that is not deleted says where it is', () => {
    const id = write('left-hand-column', JSON.parse(LHC_ANSWERS));
    const result = run(['restore', String(id)]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      `reflect: entry ${id} is not in the trash; nothing was restored\nentry ${id} is in your journal: reflect show ${id}\n`,
    );
  });
});
