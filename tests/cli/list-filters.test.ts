import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reflect, reflectJson, tempJournal } from '../helpers/cli.js';
import { seed } from '../helpers/seed.js';

// REFLECT_NOW = Tue 2026-11-24 10:00 +01:00 (2026-W48), TZ Europe/Amsterdam.
const journal = tempJournal();
let ids: Record<string, number> = {};

beforeAll(() => {
  const names = [
    'w53',
    'newYear',
    'lastMonday',
    'budget',
    'demo',
    'sundayNight',
    'yesterday',
    'today',
  ] as const;
  const made = seed(journal.db, [
    { date: '2026-12-30T10:00', title: 'Future retro in week 53', tags: ['retro'] },
    { date: '2027-01-02T23:30', title: 'New year note', tags: ['retro'] },
    { date: '2026-11-16T09:00', title: 'Monday standup', people: ['Dana'], tags: ['standup'] },
    {
      date: '2026-11-18T14:30',
      title: 'Budget review with Dana',
      set: 'freeform',
      people: ['Dana', 'Marco'],
      tags: ['1:1', 'budget'],
      starred: true,
    },
    { date: '2026-11-20T09:15', title: 'Demo that Sam skipped', people: ['Sam'], tags: ['demo'] },
    { date: '2026-11-22T23:59', title: 'Sunday night worry', tags: ['budget'] },
    { date: '2026-11-23T18:00', title: 'Yesterday evening', people: ['marco'], tags: ['Budget', 'demo'] },
    { date: '2026-11-24T08:00', title: 'This morning', starred: true },
  ]);
  ids = Object.fromEntries(names.map((name, i) => [name, made[i]!]));
});
afterAll(() => journal.cleanup());

type Item = { id: number; title: string };
const titles = (args: string[]) =>
  reflectJson<Item[]>(['list', ...args], { db: journal.db }).map((e) => e.title);

describe('reflect list filters', () => {
  it.each([
    [
      'no filter: newest first',
      [],
      [
        'New year note',
        'Future retro in week 53',
        'This morning',
        'Yesterday evening',
        'Sunday night worry',
        'Demo that Sam skipped',
        'Budget review with Dana',
        'Monday standup',
      ],
    ],
    ['-n 2', ['-n', '2'], ['New year note', 'Future retro in week 53']],
    ['--on yesterday', ['--on', 'yesterday'], ['Yesterday evening']],
    ['--on 2026-11-22 includes 23:59', ['--on', '2026-11-22'], ['Sunday night worry']],
    [
      '--week last (Mon–Sun)',
      ['--week', 'last'],
      ['Sunday night worry', 'Demo that Sam skipped', 'Budget review with Dana', 'Monday standup'],
    ],
    ['--week this', ['--week', 'this'], ['This morning', 'Yesterday evening']],
    [
      '--week 2026-W53 spans the new year',
      ['--week', '2026-W53'],
      ['New year note', 'Future retro in week 53'],
    ],
    ['--week with a date inside it', ['--week', '2027-01-01'], ['New year note', 'Future retro in week 53']],
    [
      '--from "last monday"',
      ['--from', 'last monday', '--to', 'today'],
      ['This morning', 'Yesterday evening'],
    ],
    [
      '--from "2 weeks ago" --to yesterday',
      ['--from', '2 weeks ago', '--to', 'yesterday'],
      [
        'Yesterday evening',
        'Sunday night worry',
        'Demo that Sam skipped',
        'Budget review with Dana',
        'Monday standup',
      ],
    ],
    [
      '--to a bare day includes all of it',
      ['--from', '2026-11-20', '--to', '2026-11-22'],
      ['Sunday night worry', 'Demo that Sam skipped'],
    ],
    ['--from with a time', ['--from', '2026-11-24T07:30', '--to', '2026-11-24T09:00'], ['This morning']],
    [
      '--to a month runs to its last day',
      ['--from', '2026-11-23', '--to', 'november'],
      ['This morning', 'Yesterday evening'],
    ],
    [
      '--from a month (ISO) --to a year',
      ['--from', '2026-12', '--to', '2027'],
      ['New year note', 'Future retro in week 53'],
    ],
    [
      '--tag any, case-insensitive',
      ['--tag', 'BUDGET', '--tag', 'demo'],
      ['Yesterday evening', 'Sunday night worry', 'Demo that Sam skipped', 'Budget review with Dana'],
    ],
    ['--tag with --all-tags', ['--tag', 'budget', '--tag', 'demo', '--all-tags'], ['Yesterday evening']],
    ['--tag #1:1', ['--tag', '#1:1'], ['Budget review with Dana']],
    [
      '--with any person',
      ['--with', 'Marco', '--with', 'sam'],
      ['Yesterday evening', 'Demo that Sam skipped', 'Budget review with Dana'],
    ],
    ['--set', ['--set', 'freeform', '--with', 'dana'], ['Budget review with Dana', 'Monday standup']],
    ['--set that matches nothing', ['--set', 'left-hand-column'], []],
    ['--starred', ['--starred'], ['This morning', 'Budget review with Dana']],
    ['combined', ['--week', 'last', '--tag', 'budget', '--starred'], ['Budget review with Dana']],
  ])('%s', (_name, args, expected) => {
    expect(titles(args)).toEqual(expected);
  });

  it('--ids keeps newest-first order', () => {
    expect(titles(['--ids', `${ids.demo},${ids.today}`])).toEqual(['This morning', 'Demo that Sam skipped']);
  });

  it('--json items keep their shape', () => {
    const [item] = reflectJson<Record<string, unknown>[]>(['list', '--ids', String(ids.budget)], {
      db: journal.db,
    });
    expect(Object.keys(item!)).toEqual([
      'id',
      'uuid',
      'date',
      'set',
      'title',
      'context',
      'starred',
      'people',
      'tags',
    ]);
    expect(item).toMatchObject({
      set: 'freeform',
      starred: true,
      people: ['Dana', 'Marco'],
      tags: ['1:1', 'budget'],
    });
  });

  it('plain output: one line per entry', () => {
    const result = reflect(['list', '--with', 'sam'], { db: journal.db });
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toContain('Demo that Sam skipped');
    expect(result.stdout).toContain('Demo that Sam skipped · Sam');
  });

  it('no match says so on stderr', () => {
    const result = reflect(['list', '--tag', 'nothing'], { db: journal.db });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe('no entries match these filters');
  });
});
