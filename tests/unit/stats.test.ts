import { describe, expect, it } from 'vitest';
import { computeStats, currentStreak } from '../../src/domain/stats.js';

// TZ=Europe/Amsterdam (vitest.config.ts).
const NOW = new Date('2026-11-24T10:00:00+01:00'); // Tuesday, 2026-W48
const d = (text: string) => new Date(text);

describe('currentStreak', () => {
  it.each([
    ['nothing written', [], { weeks: 0, since: null }],
    ['this week only', ['2026-11-23T09:00'], { weeks: 1, since: '2026-W48' }],
    [
      'last week counts while this week is young',
      ['2026-11-20T09:00', '2026-11-12T09:00'],
      { weeks: 2, since: '2026-W46' },
    ],
    [
      'a gap ends it',
      ['2026-11-24T08:00', '2026-11-17T08:00', '2026-11-03T08:00'],
      { weeks: 2, since: '2026-W47' },
    ],
    ['two weeks ago is too late', ['2026-11-10T08:00'], { weeks: 0, since: null }],
    ['future entries do not count', ['2026-11-30T08:00'], { weeks: 0, since: null }],
    [
      'several entries in one week count once',
      ['2026-11-23T08:00', '2026-11-24T08:00'],
      { weeks: 1, since: '2026-W48' },
    ],
  ])('%s', (_name, dates, expected) => {
    expect(currentStreak(dates.map(d), NOW)).toEqual(expected);
  });

  it('runs across a 53-week year', () => {
    const now = d('2027-01-12T10:00');
    const dates = ['2027-01-11', '2027-01-05', '2026-12-31', '2026-12-22'].map((t) => d(`${t}T12:00`));
    expect(currentStreak(dates, now)).toEqual({ weeks: 4, since: '2026-W52' });
  });

  it('with a Sunday week start, Sunday opens the week', () => {
    const now = d('2026-11-22T10:00'); // Sunday
    expect(currentStreak([d('2026-11-22T09:00'), d('2026-11-21T09:00')], now, 'sunday')).toEqual({
      weeks: 2,
      since: '2026-W47',
    });
    expect(currentStreak([d('2026-11-22T09:00'), d('2026-11-21T09:00')], now, 'monday')).toEqual({
      weeks: 1,
      since: '2026-W47',
    });
  });
});

describe('computeStats', () => {
  it('counts per week over the last 12 weeks by default', () => {
    const stats = computeStats(
      {
        times: ['2026-11-23T09:00:00Z', '2026-11-24T08:00:00Z', '2025-01-01T08:00:00Z'],
        sets: [],
        people: [],
        tags: [],
      },
      { now: NOW, weekStart: 'monday' },
    );
    expect(stats.total).toBe(3);
    expect(stats.first).toBe('2025-01-01T08:00:00.000Z');
    expect(stats.weeks).toHaveLength(12);
    expect(stats.weeks.at(-1)).toEqual({ week: '2026-W48', start: '2026-11-23', count: 2 });
    expect(stats.weeks[0]!.week).toBe('2026-W37');
  });

  it('follows the selected range', () => {
    const stats = computeStats(
      { times: ['2026-12-30T09:00:00Z'], sets: [], people: [], tags: [] },
      {
        now: d('2027-02-01T10:00'),
        weekStart: 'monday',
        range: { from: d('2026-12-21T00:00'), to: d('2027-01-10T23:59') },
      },
    );
    expect(stats.weeks.map((w) => [w.week, w.count])).toEqual([
      ['2026-W52', 0],
      ['2026-W53', 1],
      ['2027-W01', 0],
    ]);
  });
});
