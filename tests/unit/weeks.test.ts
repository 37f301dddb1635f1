import { describe, expect, it } from 'vitest';
import {
  parseWeek,
  parseWeekLabel,
  shiftWeek,
  weekContaining,
  weekFromLabel,
  weekLabel,
  weeksApart,
  weeksBetween,
  weeksInIsoYear,
} from '../../src/domain/weeks.js';
import { UserError } from '../../src/errors.js';

// Tests run with TZ=Europe/Amsterdam (vitest.config.ts).
const NOW = new Date('2026-11-24T10:00:00+01:00'); // Tuesday of 2026-W48
const local = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

describe('weeksInIsoYear', () => {
  it.each([
    [2020, 53],
    [2021, 52],
    [2025, 52],
    [2026, 53],
    [2027, 52],
    [2032, 53],
  ])('%i has %i weeks', (year, weeks) => {
    expect(weeksInIsoYear(year)).toBe(weeks);
  });
});

describe('weekLabel', () => {
  it.each([
    ['Tuesday of W48', '2026-11-24T10:00:00', '2026-W48'],
    ['Monday midnight starts a week', '2026-11-23T00:00:00', '2026-W48'],
    ['Sunday night ends the week', '2026-11-22T23:59:59', '2026-W47'],
    ['1 Jan 2021 is in week 53 of 2020', '2021-01-01T12:00:00', '2020-W53'],
    ['3 Jan 2021 is still 2020-W53', '2021-01-03T23:00:00', '2020-W53'],
    ['4 Jan 2021 starts 2021-W01', '2021-01-04T00:00:00', '2021-W01'],
    ['31 Dec 2026 is in 2026-W53', '2026-12-31T12:00:00', '2026-W53'],
    ['3 Jan 2027 is still 2026-W53', '2027-01-03T12:00:00', '2026-W53'],
    ['29 Dec 2025 is already 2026-W01', '2025-12-29T08:00:00', '2026-W01'],
  ])('%s', (_name, local, label) => {
    expect(weekLabel(new Date(local))).toBe(label);
  });

  it.each([
    ['Sunday belongs to the following ISO week', '2026-11-22T10:00:00', '2026-W48'],
    ['Saturday stays in its ISO week', '2026-11-28T10:00:00', '2026-W48'],
    ['Sunday 3 Jan 2027 starts 2027-W01', '2027-01-03T10:00:00', '2027-W01'],
  ])('with a Sunday start: %s', (_name, local, label) => {
    expect(weekLabel(new Date(local), 'sunday')).toBe(label);
  });
});

describe('weekFromLabel', () => {
  it.each([
    [2026, 48, '2026-11-23 00:00', '2026-11-29 23:59'],
    [2026, 53, '2026-12-28 00:00', '2027-01-03 23:59'],
    [2020, 53, '2020-12-28 00:00', '2021-01-03 23:59'],
    [2026, 1, '2025-12-29 00:00', '2026-01-04 23:59'],
    // Contains the switch to summer time (29 March 2026): still seven whole local days.
    [2026, 13, '2026-03-23 00:00', '2026-03-29 23:59'],
  ])('%i-W%i runs %s – %s', (year, week, start, end) => {
    const w = weekFromLabel(year, week);
    expect(local(w.start)).toBe(start);
    expect(local(w.end)).toBe(end);
    expect(w.label).toBe(`${year}-W${String(week).padStart(2, '0')}`);
  });

  it('with a Sunday start runs Sunday to Saturday', () => {
    const w = weekFromLabel(2026, 48, 'sunday');
    expect(local(w.start)).toBe('2026-11-22 00:00');
    expect(local(w.end)).toBe('2026-11-28 23:59');
    expect(w.label).toBe('2026-W48');
  });
});

describe('parseWeekLabel', () => {
  it.each([
    ['2026-W47', { year: 2026, week: 47 }],
    ['2026W47', { year: 2026, week: 47 }],
    ['2026-w5', { year: 2026, week: 5 }],
    [' 2020-W53 ', { year: 2020, week: 53 }],
  ])('%s', (text, expected) => {
    expect(parseWeekLabel(text)).toEqual(expected);
  });

  it.each(['last', '2026-11-20', 'W47'])('%s is not a label', (text) => {
    expect(parseWeekLabel(text)).toBeNull();
  });

  it.each(['2025-W53', '2026-W54', '2026-W00'])('%s is refused', (text) => {
    expect(() => parseWeekLabel(text)).toThrow(UserError);
  });
});

describe('parseWeek', () => {
  it.each([
    ['this', '2026-W48'],
    ['this week', '2026-W48'],
    ['last', '2026-W47'],
    ['Last Week', '2026-W47'],
    ['next', '2026-W49'],
    ['2026-W53', '2026-W53'],
    ['2026-11-20', '2026-W47'],
    ['yesterday', '2026-W48'],
    ['3 weeks ago', '2026-W45'],
    ['2027-01-02', '2026-W53'],
  ])('%s → %s', async (text, label) => {
    expect((await parseWeek(text, NOW)).label).toBe(label);
  });

  it('"last" across a year with 53 weeks', async () => {
    const now = new Date('2027-01-05T09:00:00+01:00');
    expect((await parseWeek('last', now)).label).toBe('2026-W53');
  });

  it.each(['blursday', '2026-W60', '2026-13-01', ''])('refuses %j', async (text) => {
    await expect(parseWeek(text, NOW)).rejects.toThrow(UserError);
  });
});

describe('week arithmetic', () => {
  it('shiftWeek crosses year boundaries', () => {
    expect(shiftWeek(weekFromLabel(2026, 53), 1).label).toBe('2027-W01');
    expect(shiftWeek(weekFromLabel(2021, 1), -1).label).toBe('2020-W53');
  });

  it('weeksBetween lists every week once, oldest first', () => {
    const weeks = weeksBetween(new Date('2026-12-20T12:00:00'), new Date('2027-01-12T12:00:00'));
    expect(weeks.map((w) => w.label)).toEqual(['2026-W51', '2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(weeksBetween(new Date('2027-01-12'), new Date('2026-12-20'))).toEqual([]);
  });

  it('weeksApart counts whole weeks, also over DST', () => {
    expect(weeksApart(weekFromLabel(2026, 1), weekFromLabel(2026, 53))).toBe(52);
    expect(weeksApart(weekContaining(new Date('2026-03-25')), weekContaining(new Date('2026-04-01')))).toBe(
      1,
    );
  });
});
