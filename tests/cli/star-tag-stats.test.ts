import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { reflect, reflectJson, tempJournal } from '../helpers/cli.js';
import { journalHash } from '../helpers/hash.js';
import { seed } from '../helpers/seed.js';

// REFLECT_NOW = Tue 2026-11-24 10:00 +01:00 (2026-W48), TZ Europe/Amsterdam.
let journal = tempJournal();
let ids: number[] = [];
beforeEach(() => {
  journal.cleanup();
  journal = tempJournal();
  ids = seed(journal.db, [
    { date: '2026-11-02T10:00', title: 'One', people: ['Dana'], tags: ['budget'] },
    { date: '2026-11-10T10:00', title: 'Two', people: ['Dana', 'Marco'], tags: ['budget', '1:1'] },
    {
      date: '2026-11-18T10:00',
      title: 'Three',
      set: 'left-hand-column',
      people: ['Sam'],
      tags: ['demo'],
      answers: { situation: 'x', dialogue: [{ said: 'a', unsaid: 'b' }] },
    },
    { date: '2026-11-23T10:00', title: 'Four', people: ['dana'] },
  ]);
});
afterAll(() => journal.cleanup());

type Item = { id: number; title: string; starred: boolean; tags: string[] };
const list = (args: string[] = []) => reflectJson<Item[]>(['list', ...args], { db: journal.db });
const run = (args: string[]) => reflect(args, { db: journal.db });

function expectRefused(args: string[], message: string) {
  const before = journalHash(journal.db);
  const result = run(args);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n')[0]).toBe(message);
  expect(journalHash(journal.db)).toBe(before);
}

describe('reflect star / unstar', () => {
  it('stars and unstars, and list --starred finds them', () => {
    expect(run(['star', String(ids[0]), String(ids[2])])).toMatchObject({ code: 0, stdout: '' });
    expect(list(['--starred']).map((e) => e.title)).toEqual(['Three', 'One']);
    expect(run(['unstar', String(ids[0])]).stderr.trim()).toBe(`unstarred entry ${ids[0]}`);
    expect(list(['--starred']).map((e) => e.title)).toEqual(['Three']);
  });

  it('--json', () => {
    expect(reflectJson(['star', String(ids[1]), String(ids[1])], { db: journal.db })).toEqual({
      ids: [ids[1]],
      starred: true,
    });
  });
});

describe('reflect tag', () => {
  it.each([
    ['adds with + or bare', ['+retro', 'team'], ['budget', 'retro', 'team']],
    ['removes with - (not taken as an option)', ['-budget'], []],
    ['both at once', ['-budget', '+q4', '#review'], ['q4', 'review']],
    [
      "case-insensitive; the journal's spelling of a tag is kept",
      ['+BUDGET', '-Budget', '+Budget'],
      ['budget'],
    ],
    ['after --, a tag that looks like a flag', ['--', '+-h', '-budget'], ['-h']],
    ['after --, "--x" is a change (remove "-x"), not an option', ['--', '--x', '+--y'], ['budget', '--y']],
    [
      'names as new writes them: one line, spaces collapsed, no leading # or @',
      ['+ q4\n  plan ', '+@later', '+##x'],
      ['budget', 'q4 plan', 'later', 'x'],
    ],
  ])('%s', (_name, changes, expected) => {
    const result = run(['tag', String(ids[0]), ...changes]);
    expect(result.code).toBe(0);
    expect(list(['--ids', String(ids[0])])[0]!.tags).toEqual(expected);
  });

  it('removes a tag however its spaces are typed', () => {
    expect(run(['tag', String(ids[0]), '+a b'])).toMatchObject({ code: 0 });
    expect(run(['tag', String(ids[0]), '-  a \n  b  '])).toMatchObject({ code: 0 });
    expect(list(['--ids', String(ids[0])])[0]!.tags).toEqual(['budget']);
  });

  it('list --tag and --with read names as they are stored (spaces collapsed)', () => {
    run(['tag', String(ids[0]), '+q4 plan']);
    expect(list(['--tag', ' q4   plan ']).map((e) => e.title)).toEqual(['One']);
    expect(list(['--with', '#Dana']).map((e) => e.title)).toEqual(['Four', 'Two', 'One']);
  });

  it('--json returns the new tags; list --tag sees them', () => {
    expect(reflectJson(['tag', String(ids[3]), '+late'], { db: journal.db })).toEqual({
      id: ids[3],
      tags: ['late'],
    });
    expect(list(['--tag', 'late']).map((e) => e.title)).toEqual(['Four']);
  });
});

describe('reflect people / tags', () => {
  it('names with counts, most used first, case-insensitive', () => {
    expect(reflectJson(['people'], { db: journal.db })).toEqual([
      { name: 'Dana', count: 3 },
      { name: 'Marco', count: 1 },
      { name: 'Sam', count: 1 },
    ]);
    expect(reflectJson(['tags'], { db: journal.db })).toEqual([
      { name: 'budget', count: 2 },
      { name: '1:1', count: 1 },
      { name: 'demo', count: 1 },
    ]);
  });

  it('filters and -n', () => {
    expect(reflectJson(['people', '--from', '2026-11-10', '-n', '1'], { db: journal.db })).toEqual([
      { name: 'Dana', count: 2 },
    ]);
    expect(reflectJson(['tags', '--with', 'Sam'], { db: journal.db })).toEqual([{ name: 'demo', count: 1 }]);
  });

  it('plain output', () => {
    expect(run(['tags']).stdout).toBe('2  #budget\n1  #1:1\n1  #demo\n');
    expect(run(['people', '--week', 'this']).stdout).toBe('1  Dana\n');
  });

  it('bad filters are refused', () => {
    expectRefused(['people', '--from', 'whenever'], 'reflect: cannot understand --from "whenever"');
  });
});

describe('reflect stats', () => {
  type Stats = {
    total: number;
    sets: { name: string; count: number }[];
    weeks: { week: string; start: string; count: number }[];
    people: { name: string; count: number }[];
    tags: { name: string; count: number }[];
    streak: { weeks: number; since: string | null };
  };
  const stats = (args: string[] = []) => reflectJson<Stats>(['stats', ...args], { db: journal.db });

  it('per set, per week, people, tags and the streak', () => {
    const s = stats();
    expect(s.total).toBe(4);
    expect(s.sets).toEqual([
      { name: 'freeform', count: 3 },
      { name: 'left-hand-column', count: 1 },
    ]);
    expect(s.weeks).toHaveLength(12);
    expect(s.weeks.slice(-4)).toEqual([
      { week: '2026-W45', start: '2026-11-02', count: 1 },
      { week: '2026-W46', start: '2026-11-09', count: 1 },
      { week: '2026-W47', start: '2026-11-16', count: 1 },
      { week: '2026-W48', start: '2026-11-23', count: 1 },
    ]);
    expect(s.people[0]).toEqual({ name: 'Dana', count: 3 });
    expect(s.tags[0]).toEqual({ name: 'budget', count: 2 });
    expect(s.streak).toEqual({ weeks: 4, since: '2026-W45' });
  });

  it('with filters', () => {
    const s = stats(['--with', 'marco']);
    expect(s.total).toBe(1);
    expect(s.streak).toEqual({ weeks: 0, since: null });
    expect(stats(['--from', '2026-11-09', '--to', '2026-11-22']).weeks.map((w) => w.week)).toEqual([
      '2026-W46',
      '2026-W47',
    ]);
  });

  it('charts every week of a --from range longer than 12 weeks (its entries had no bar), up to two years', () => {
    const weeks = stats(['--from', '2026-08-03']).weeks;
    expect(weeks).toHaveLength(17);
    expect(weeks[0]!.week).toBe('2026-W32');
    expect(weeks.at(-1)!.week).toBe('2026-W48');
    const long = stats(['--from', '2020-01-01', '--to', '2026-11-22']).weeks;
    expect(long).toHaveLength(104);
    expect(long.at(-1)!.week).toBe('2026-W47');
  });

  it('-n counts the newest n entries everywhere: sets, people and tags too, not only the total', () => {
    const s = stats(['-n', '2']);
    expect(s.total).toBe(2);
    expect(s.sets).toEqual([
      { name: 'freeform', count: 1 },
      { name: 'left-hand-column', count: 1 },
    ]);
    expect(s.people).toEqual([
      { name: 'Dana', count: 1 },
      { name: 'Sam', count: 1 },
    ]);
    expect(s.tags).toEqual([{ name: 'demo', count: 1 }]);
    expect(stats(['--with', 'dana', '-n', '1']).sets).toEqual([{ name: 'freeform', count: 1 }]);
  });

  it('plain output has a bar per week', () => {
    const result = run(['stats']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('4 entries (2 Nov 2026 – 23 Nov 2026)');
    expect(result.stdout).toContain('streak: 4 weeks in a row (since 2026-W45)');
    expect(result.stdout).toMatch(/2026-W48 {2}1 █+/);
  });

  it('bad filters are refused', () => {
    expectRefused(
      ['stats', '--week', '2026-W54'],
      'reflect: 2026 has no week 54 (ISO weeks run 1–53 that year)',
    );
  });
});
