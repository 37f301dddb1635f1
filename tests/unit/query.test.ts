import { describe, expect, it } from 'vitest';
import { type FilterOptions, parseFilters, parseIds } from '../../src/domain/query.js';
import { UserError } from '../../src/errors.js';

// Tests run with TZ=Europe/Amsterdam (vitest.config.ts).
const NOW = new Date('2026-11-24T10:00:00+01:00');
const SETTINGS = { weekStart: 'monday' as const, count: 20 };
const parse = (options: FilterOptions) => parseFilters(options, NOW, SETTINGS);

describe('parseFilters', () => {
  it('no flags: everything, newest 20', async () => {
    expect(await parse({})).toEqual({
      from: undefined,
      to: undefined,
      tags: [],
      allTags: false,
      people: [],
      setId: undefined,
      starred: false,
      ids: undefined,
      limit: 20,
    });
  });

  it.each([
    [
      'bare days are whole days',
      { from: '2026-11-01', to: '2026-11-20' },
      '2026-10-31T23:00:00.000Z',
      '2026-11-20T22:59:59.999Z',
    ],
    [
      'times are exact',
      { from: '2026-11-01T08:30', to: '2026-11-20T17:00' },
      '2026-11-01T07:30:00.000Z',
      '2026-11-20T16:00:00.000Z',
    ],
    ['--on yesterday', { on: 'yesterday' }, '2026-11-22T23:00:00.000Z', '2026-11-23T22:59:59.999Z'],
    ['--from "2 weeks ago"', { from: '2 weeks ago' }, '2026-11-09T23:00:00.000Z', undefined],
    ['--from "last monday"', { from: 'last monday' }, '2026-11-22T23:00:00.000Z', undefined],
    ['--to yesterday', { to: 'yesterday' }, undefined, '2026-11-23T22:59:59.999Z'],
    ['--week last', { week: 'last' }, '2026-11-15T23:00:00.000Z', '2026-11-22T22:59:59.999Z'],
    ['--week 2026-W53', { week: '2026-W53' }, '2026-12-27T23:00:00.000Z', '2027-01-03T22:59:59.999Z'],
    ['--on in summer time', { on: '2026-07-01' }, '2026-06-30T22:00:00.000Z', '2026-07-01T21:59:59.999Z'],
  ])('%s', async (_name, options, from, to) => {
    const query = await parse(options);
    expect(query.from?.toISOString()).toBe(from);
    expect(query.to?.toISOString()).toBe(to);
  });

  it('--week honours a Sunday week start', async () => {
    const query = await parseFilters({ week: '2026-W48' }, NOW, { weekStart: 'sunday' });
    expect(query.from?.toISOString()).toBe('2026-11-21T23:00:00.000Z');
    expect(query.to?.toISOString()).toBe('2026-11-28T22:59:59.999Z');
    expect(query.limit).toBeUndefined();
  });

  it('names: trimmed, # and @ dropped, each once case-insensitively', async () => {
    const query = await parse({
      tag: ['#Budget', 'budget', ' 1:1 '],
      with: ['@Dana', 'dana', 'Marco'],
      allTags: true,
    });
    expect(query.tags).toEqual(['Budget', '1:1']);
    expect(query.people).toEqual(['Dana', 'Marco']);
    expect(query.allTags).toBe(true);
  });

  it('set, starred, ids, count', async () => {
    expect(await parse({ set: 'freeform', starred: true, ids: '3, 7,3', count: '5' })).toMatchObject({
      setId: 'freeform',
      starred: true,
      ids: [3, 7],
      limit: 5,
    });
  });

  it.each([
    ['unparseable --from', { from: 'blursday' }, 'cannot understand --from "blursday"'],
    ['impossible date', { to: '2026-02-30' }, 'cannot understand --to "2026-02-30"'],
    [
      'from after to',
      { from: '2026-11-20', to: '2026-11-01' },
      '--from (2026-11-20) is later than --to (2026-11-01)',
    ],
    ['--on with --from', { on: 'today', from: 'yesterday' }, '--on cannot be combined with --from'],
    ['--on with --week', { on: 'today', week: 'this' }, '--on cannot be combined with --week'],
    ['--week with --to', { week: 'this', to: 'today' }, '--week cannot be combined with --to'],
    ['bad week', { week: '2026-W54' }, '2026 has no week 54 (ISO weeks run 1–53 that year)'],
    ['bad week words', { week: 'someday' }, 'cannot understand --week "someday"'],
    ['bad count', { count: '0' }, '-n must be a positive whole number, got "0"'],
    ['bad count text', { count: 'ten' }, '-n must be a positive whole number, got "ten"'],
    ['empty tag', { tag: ['#'] }, '--tag needs a value'],
    ['bad ids', { ids: '3,x' }, '--ids: "x" is not an entry id'],
  ])('%s → UserError', async (_name, options, message) => {
    const error = await parse(options as FilterOptions).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(message);
  });

  it('parseIds refuses an empty list', () => {
    expect(() => parseIds('')).toThrow(UserError);
  });
});
