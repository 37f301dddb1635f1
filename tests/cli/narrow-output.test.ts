import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/db.js';
import { createDraft, saveDraft } from '../../src/store/drafts.js';
import { displayWidth } from '../../src/ui/render.js';
import { FIXTURES, reflect, saveRegisterEntries, tempJournal } from '../helpers/cli.js';

/** Output for a 60-column terminal, without colours (TEST_ENV has NO_COLOR). */
const NARROW = { COLUMNS: '60' };
/** `new` with the register fixture's budget entry (its title, people and tags are added per test). */
const NEW_BUDGET_ENTRY = [
  'new',
  '--set',
  'left-hand-column',
  '--answers',
  join(FIXTURES, 'register', 'budget-1.json'),
];

function narrow(db: string, args: string[]): string[] {
  const result = reflect(args, { db, env: NARROW });
  expect(result.code, result.stderr).toBe(0);
  const lines = result.stdout.replace(/\n$/, '').split('\n');
  for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(60);
  return lines;
}

describe('output at 60 columns', () => {
  let journal: ReturnType<typeof tempJournal>;
  beforeEach(() => {
    journal = tempJournal();
    saveRegisterEntries(journal.db);
  });
  afterEach(() => journal.cleanup());

  it('drafts: the line goes on under the set title', () => {
    const store = openStore(journal.db);
    try {
      const meta = { people: ['Dana'] };
      const id = createDraft(store.db, 'left-hand-column', 1, meta, '2026-11-23T10:00:00.000Z');
      saveDraft(store.db, id, { answers: { situation: 'A draft' }, meta }, '2026-11-23T10:00:00.000Z');
    } finally {
      store.close();
    }
    expect(narrow(journal.db, ['drafts'])).toEqual([
      '   1 Mon 23 Nov 2026 11:00  Left-hand column: 1 of 9 steps',
      '                            answered — A draft',
    ]);
  });

  it('assumptions show: the test command and a long title fit', () => {
    const long = ['--title', 'Quarterly budget review with Dana, Marco and the finance team'];
    expect(reflect([...NEW_BUDGET_ENTRY, ...long], { db: journal.db }).code).toBe(0);
    reflect(['assumptions'], { db: journal.db }); // groups are formed on first use
    const lines = narrow(journal.db, ['assumptions', 'show', '1']);
    expect(lines).toContain('Not tested yet — reflect assumptions test 1 --result');
    expect(lines).toContain('held|failed|mixed --note …');
    expect(lines).toContainEqual(
      expect.stringMatching(/^ +\d+ {2}10 Nov 2026 · Quarterly budget[^·]*… · entry 3 · /),
    );
  });

  it('show: the details line breaks between its parts', () => {
    const more = ['--with', 'Marco', '--with', 'Priya', '--tag', 'release-planning', '--tag', 'team'];
    expect(reflect([...NEW_BUDGET_ENTRY, ...more], { db: journal.db }).code).toBe(0);
    const [heading, ...details] = narrow(journal.db, ['show', '3']);
    expect(heading).toBe('Budget review #3');
    expect(details.slice(0, 2)).toEqual([
      'Tue 10 Nov 2026 09:30 · Left-hand column · with Marco, Priya',
      '#release-planning #team',
    ]);
  });

  it('summary: a name and its count stay on one line', () => {
    const lines = narrow(journal.db, ['summary', '--week', '2026-W47']);
    expect(lines.slice(-2)).toEqual(['  Most present where you noted assumptions: Dana (1),', '  Marco (1)']);
  });
});

describe('summary at 40 columns', () => {
  let journal: ReturnType<typeof tempJournal>;
  beforeEach(() => {
    journal = tempJournal();
    saveRegisterEntries(journal.db);
  });
  afterEach(() => journal.cleanup());

  it('the heading breaks before its days instead of running to 59 columns', () => {
    // "Your assumptions, week 2026-W47 (16 Nov 2026 – 22 Nov 2026)" was one line of 59 columns at COLUMNS=40.
    for (const args of [
      ['--week', '2026-W47'],
      ['--week', 'this'],
      ['--week', '2020-W53'],
    ]) {
      const result = reflect(['summary', ...args], { db: journal.db, env: { COLUMNS: '40' } });
      expect(result.code, result.stderr).toBe(0);
      for (const line of result.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(40);
    }
    const lines = reflect(['summary', '--week', '2026-W47'], {
      db: journal.db,
      env: { COLUMNS: '40' },
    }).stdout;
    expect(lines.split('\n').slice(0, 2)).toEqual([
      'Your assumptions, week 2026-W47',
      '(16 Nov 2026 – 22 Nov 2026)',
    ]);
    // Wide enough, it stays one line.
    expect(reflect(['summary', '--week', '2026-W47'], { db: journal.db }).stdout.split('\n')[0]).toBe(
      'Your assumptions, week 2026-W47 (16 Nov 2026 – 22 Nov 2026)',
    );
  });
});

describe('stats at 40 columns', () => {
  let journal: ReturnType<typeof tempJournal>;
  beforeEach(() => {
    journal = tempJournal();
    saveRegisterEntries(journal.db);
  });
  afterEach(() => journal.cleanup());

  it('the bars, the streak and a long name fit', () => {
    // The week bars took 44 columns, the streak line 41 and a long name ran on past the edge.
    const long = ['--with', 'Zoë Ñandú-Østergaard the Third of Many Long Names'];
    for (const now of [
      '2026-11-10T12:00:00+01:00',
      '2026-11-17T12:00:00+01:00',
      '2026-11-24T12:00:00+01:00',
    ]) {
      const saved = reflect([...NEW_BUDGET_ENTRY, '--date', now, ...long], { db: journal.db });
      expect(saved.code, saved.stderr).toBe(0);
    }
    const result = reflect(['stats'], { db: journal.db, env: { COLUMNS: '40' } });
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(40);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}2026-W47 {2}2 █+$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}3 {2}Zoë Ñandú-Østergaard the Third of…$/));
    // A wide terminal keeps the bars 30 long.
    const wide = reflect(['stats'], { db: journal.db, env: { COLUMNS: '80' } }).stdout;
    expect(wide).toMatch(/^ {2}2026-W47 {2}2 █{30}$/m);
    expect(wide).toContain('  3  Zoë Ñandú-Østergaard the Third of Many Long Names\n');
  });
});

describe('the assumption register at 40 columns', () => {
  let journal: ReturnType<typeof tempJournal>;
  beforeEach(() => {
    journal = tempJournal();
    saveRegisterEntries(journal.db);
  });
  afterEach(() => journal.cleanup());

  it('a group that recurs fits: its count goes on the line under the label', () => {
    // "#1    Dana doesn't trust my judgement.  2× in 2 entries · possible" took 66 columns at COLUMNS=40.
    const result = reflect(['assumptions'], { db: journal.db, env: { COLUMNS: '40' } });
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(40);
    expect(lines.slice(0, 3)).toEqual([
      "#1    Dana doesn't trust my judgement.",
      '      2× in 2 entries · possible',
      '      10 Nov 2026 – 17 Nov 2026 · with…',
    ]);
    // `assumptions show` too: "2× in 2 entries · possible — grouped automatically" was 50 columns.
    const shown = reflect(['assumptions', 'show', '1'], { db: journal.db, env: { COLUMNS: '40' } });
    expect(shown.code, shown.stderr).toBe(0);
    for (const line of shown.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(40);
    expect(shown.stdout).toContain('2× in 2 entries · possible — grouped\nautomatically\n');
    // Wide enough, the count stays on the label's line.
    expect(reflect(['assumptions'], { db: journal.db }).stdout.split('\n')[0]).toBe(
      "#1    Dana doesn't trust my judgement.  2× in 2 entries · possible",
    );
  });
});

describe('people and tags at 40 columns', () => {
  let journal: ReturnType<typeof tempJournal>;
  beforeEach(() => {
    journal = tempJournal();
    saveRegisterEntries(journal.db);
  });
  afterEach(() => journal.cleanup());

  it('a long name is cut with …, the counts stay aligned; a pipe without COLUMNS and --json keep it whole', () => {
    // A 49-column name and a CJK tag of 40 columns (20 characters) ran past the edge of a 40-column terminal.
    const person = 'Zoë Ñandú-Østergaard the Third of Many Long Names';
    const tag = '予算会議の振り返りと来年度の計画についての長い話';
    for (const date of ['2026-11-10T12:00', '2026-11-17T12:00']) {
      const saved = reflect([...NEW_BUDGET_ENTRY, '--date', date, '--with', person, '--tag', tag], {
        db: journal.db,
      });
      expect(saved.code, saved.stderr).toBe(0);
    }
    for (const kind of ['people', 'tags']) {
      const result = reflect([kind], { db: journal.db, env: { COLUMNS: '40' } });
      expect(result.code, result.stderr).toBe(0);
      const lines = result.stdout.trimEnd().split('\n');
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(40);
      const long = lines.find((line) => line.endsWith('…'));
      expect(long, result.stdout).toMatch(/^\d {2}\S/);
      // Every count in the same column, the names after it.
      for (const line of lines) expect(line, result.stdout).toMatch(/^\s*\d+ {2}\S/);
      expect(new Set(lines.map((line) => /^\s*\d+ {2}/.exec(line)![0].length)).size).toBe(1);
    }
    expect(reflect(['people'], { db: journal.db, env: { COLUMNS: '40' } }).stdout).toContain(
      '2  Zoë Ñandú-Østergaard the Third of Ma…\n',
    );
    expect(reflect(['people'], { db: journal.db }).stdout).toContain(`2  ${person}\n`);
    expect(reflect(['tags'], { db: journal.db }).stdout).toContain(`2  #${tag}\n`);
    expect(reflect(['--json', 'people'], { db: journal.db, env: { COLUMNS: '40' } }).stdout).toContain(
      `"name": "${person}"`,
    );
  });
});
