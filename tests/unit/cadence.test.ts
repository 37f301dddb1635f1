import { describe, expect, it } from 'vitest';
import {
  addDays,
  type Day,
  daysBetween,
  firstDueOn,
  formatCadence,
  isOpen,
  localDay,
  type Plan,
  parseCadence,
  scheduleOf,
  stateOn,
} from '../../src/domain/cadence.js';

const weekly: Plan = { firstDue: '2026-11-27', cadence: { unit: 'weekday', weekday: 5 }, count: 4 };
const daily: Plan = { firstDue: '2026-10-24', cadence: { unit: 'days', every: 1 }, count: null };

describe('parseCadence', () => {
  it.each([
    ['day', 'day'],
    ['daily', 'day'],
    ['week', 'week'],
    ['Weekly', 'week'],
    ['3 days', '3 days'],
    ['1 day', 'day'],
    ['2 weeks', '2 weeks'],
    ['14 days', '2 weeks'],
    ['weekday:friday', 'weekday:friday'],
    ['weekday: Fri', 'weekday:friday'],
    ['weekday:sun', 'weekday:sunday'],
  ])('%s → %s', (text, canonical) => {
    expect(formatCadence(parseCadence(text)!)).toBe(canonical);
  });

  it.each(['fortnight', '0 days', 'weekday:fr', 'weekday:someday', '3', 'every week', '400 days', ''])(
    'refuses %j',
    (text) => {
      expect(parseCadence(text)).toBeNull();
    },
  );
});

describe('calendar days', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-10-24', 1, '2026-10-25'], // the night the clocks go back in Europe
    ['2026-10-25', 1, '2026-10-26'],
    ['2027-03-27', 2, '2027-03-29'], // across the night the clocks go forward
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-11-27', 35, '2027-01-01'],
  ])('%s + %i days = %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
    expect(daysBetween(day, expected)).toBe(n);
  });

  // TZ=Europe/Amsterdam (vitest.config.ts): a 25-hour and a 23-hour day.
  it.each([
    ['2026-10-25T00:30:00+02:00', '2026-10-25'],
    ['2026-10-25T02:30:00+02:00', '2026-10-25'],
    ['2026-10-25T02:30:00+01:00', '2026-10-25'],
    ['2026-10-25T23:59:00+01:00', '2026-10-25'],
    ['2026-10-24T23:59:00+02:00', '2026-10-24'],
    ['2027-03-28T01:59:00+01:00', '2027-03-28'],
    ['2027-03-28T03:00:00+02:00', '2027-03-28'],
    ['2027-03-28T23:59:00+02:00', '2027-03-28'],
    ['2027-03-29T00:00:00+02:00', '2027-03-29'],
    ['2026-11-30T23:30:00+01:00', '2026-11-30'],
    ['2026-11-30T23:30:00Z', '2026-12-01'],
  ])('the local day of %s is %s', (instant, day) => {
    expect(localDay(new Date(instant))).toBe(day);
  });

  it.each([
    [null, '2026-11-24', '2026-11-24'],
    [{ unit: 'days', every: 7 } as const, '2026-11-24', '2026-11-24'],
    [{ unit: 'weekday', weekday: 5 } as const, '2026-11-24', '2026-11-27'], // Tue → Fri
    [{ unit: 'weekday', weekday: 2 } as const, '2026-11-24', '2026-11-24'], // Tue → today
    [{ unit: 'weekday', weekday: 1 } as const, '2026-11-24', '2026-11-30'], // Tue → next Mon
    [{ unit: 'weekday', weekday: 5 } as const, '2026-12-29', '2027-01-01'], // across the year end
  ])('first due of %j from %s is %s', (cadence, start, expected) => {
    expect(firstDueOn(cadence, start)).toBe(expected);
  });
});

describe('scheduleOf and stateOn', () => {
  const state = (plan: Plan, completed: Day[], today: Day) =>
    stateOn(scheduleOf(plan, completed), today, false);

  it.each([
    [
      'nothing done, before the first Friday',
      [],
      '2026-11-24',
      { state: 'upcoming', due: '2026-11-27', days: 3, open: true },
    ],
    ['nothing done, on the Friday', [], '2026-11-27', { state: 'due', due: '2026-11-27' }],
    [
      'nothing done, across the month end',
      [],
      '2026-12-02',
      { state: 'overdue', due: '2026-11-27', days: 5 },
    ],
    [
      'done on time',
      ['2026-11-27'],
      '2026-11-30',
      { state: 'upcoming', due: '2026-12-04', days: 4, open: true },
    ],
    [
      'done early: next Friday, window opens after this one',
      ['2026-11-25'],
      '2026-11-26',
      { state: 'upcoming', due: '2026-12-04', days: 8, open: false },
    ],
    [
      'done late: skips to the first Friday after',
      ['2026-12-08'],
      '2026-12-09',
      { state: 'upcoming', due: '2026-12-11', days: 2, open: true },
    ],
    [
      'two done, third overdue across the year end',
      ['2026-11-27', '2026-12-04'],
      '2027-01-02',
      { state: 'overdue', due: '2026-12-11', days: 22 },
    ],
    [
      'all four done',
      ['2026-11-27', '2026-12-04', '2026-12-11', '2026-12-18'],
      '2027-01-02',
      { state: 'done' },
    ],
  ])('weekly on Fridays, 4 times: %s', (_name, completed, today, expected) => {
    expect(state(weekly, completed as Day[], today)).toEqual(expected);
  });

  it('counts done k of n', () => {
    expect(scheduleOf(weekly, ['2026-11-27', '2026-12-04']).done).toBe(2);
    expect(scheduleOf(weekly, ['2026-11-27', '2026-12-04']).current?.number).toBe(3);
  });

  it('a daily assignment across the October DST change (fixed clock, Europe/Amsterdam)', () => {
    const todayAt = (iso: string) => localDay(new Date(iso));
    // 25 Oct 2026 has 25 hours; "tomorrow" is still one calendar day away.
    expect(state(daily, [], todayAt('2026-10-24T23:30:00+02:00'))).toEqual({
      state: 'due',
      due: '2026-10-24',
    });
    expect(state(daily, [], todayAt('2026-10-25T00:30:00+02:00'))).toEqual({
      state: 'overdue',
      due: '2026-10-24',
      days: 1,
    });
    expect(state(daily, ['2026-10-24'], todayAt('2026-10-25T23:30:00+01:00'))).toEqual({
      state: 'due',
      due: '2026-10-25',
    });
    expect(state(daily, ['2026-10-24', '2026-10-25'], todayAt('2026-10-26T00:05:00+01:00'))).toEqual({
      state: 'due',
      due: '2026-10-26',
    });
  });

  it('a daily assignment across the March DST change', () => {
    const plan: Plan = { ...daily, firstDue: '2027-03-27' };
    const todayAt = (iso: string) => localDay(new Date(iso));
    expect(state(plan, ['2027-03-27'], todayAt('2027-03-28T01:30:00+01:00'))).toEqual({
      state: 'due',
      due: '2027-03-28',
    });
    expect(state(plan, ['2027-03-27'], todayAt('2027-03-28T23:30:00+02:00'))).toEqual({
      state: 'due',
      due: '2027-03-28',
    });
    expect(state(plan, ['2027-03-27'], todayAt('2027-03-29T00:30:00+02:00'))).toEqual({
      state: 'overdue',
      due: '2027-03-28',
      days: 1,
    });
  });

  it('every 3 days across February', () => {
    const plan: Plan = { firstDue: '2027-02-26', cadence: { unit: 'days', every: 3 }, count: 3 };
    expect(scheduleOf(plan, ['2027-02-26']).current?.due).toBe('2027-03-01');
    expect(scheduleOf(plan, ['2027-02-26', '2027-03-01']).current?.due).toBe('2027-03-04');
    expect(scheduleOf(plan, ['2027-02-26', '2027-03-01', '2027-03-04']).current).toBeNull();
  });

  it('a one-off is done after one entry, whatever its count says', () => {
    const once: Plan = { firstDue: '2026-11-24', cadence: null, count: 1 };
    expect(state(once, [], '2026-11-30')).toEqual({ state: 'overdue', due: '2026-11-24', days: 6 });
    expect(state(once, ['2026-11-30'], '2026-11-30')).toEqual({ state: 'done' });
  });

  it('a daily entry written twice in one day counts once: the next window opens tomorrow', () => {
    const schedule = scheduleOf(daily, ['2026-10-24']);
    expect(isOpen(schedule, '2026-10-24')).toBe(false);
    expect(isOpen(schedule, '2026-10-25')).toBe(true);
  });

  it('a cancelled assignment says so; a finished one stays done', () => {
    expect(stateOn(scheduleOf(weekly, []), '2026-11-24', true)).toEqual({ state: 'cancelled' });
    expect(
      stateOn(
        scheduleOf(weekly, ['2026-11-27', '2026-12-04', '2026-12-11', '2026-12-18']),
        '2026-12-20',
        true,
      ),
    ).toEqual({
      state: 'done',
    });
  });
});
