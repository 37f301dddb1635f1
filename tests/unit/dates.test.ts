import { describe, expect, it } from 'vitest';
import {
  entryDate,
  isFutureDate,
  parseWhen,
  rangeEnd,
  rangeStart,
  toOffsetIso,
} from '../../src/domain/dates.js';

// vitest.config.ts runs tests in Europe/Amsterdam.
const now = new Date('2026-11-24T10:00:00+01:00'); // a Tuesday

describe('parseWhen', () => {
  it.each([
    ['2026-11-20', '2026-11-19T23:00:00.000Z', false],
    ['2026-11-20T16:30', '2026-11-20T15:30:00.000Z', true],
    ['2026-11-20 16:30:15', '2026-11-20T15:30:15.000Z', true],
    ['2026-07-01T09:00', '2026-07-01T07:00:00.000Z', true], // summer time
    ['2026-11-20T16:30:00Z', '2026-11-20T16:30:00.000Z', true],
    ['2026-11-20T16:30:00-05:00', '2026-11-20T21:30:00.000Z', true],
    ['yesterday', '2026-11-22T23:00:00.000Z', false],
    ['yesterday 4pm', '2026-11-23T15:00:00.000Z', true],
    ['last friday', '2026-11-19T23:00:00.000Z', false],
    ['2 weeks ago', '2026-11-09T23:00:00.000Z', false],
  ])('%s', async (input, iso, hasTime) => {
    const parsed = await parseWhen(input, now);
    expect(parsed.date.toISOString()).toBe(iso);
    expect(parsed.hasTime).toBe(hasTime);
  });

  it.each([
    'someday',
    '2026-13-01',
    '2026-02-30',
    'next blursday at 5',
    'tuesday-ish maybe',
    '2026-11-20T25:00',
  ])('refuses %j', async (input) => {
    await expect(parseWhen(input, now, '--date')).rejects.toThrow(`cannot understand --date "${input}"`);
  });

  it('an empty flag needs a value; an empty date of a file cannot be understood', async () => {
    await expect(parseWhen(' ', now, '--date')).rejects.toThrow('--date needs a value');
    await expect(parseWhen('', now, 'the date')).rejects.toThrow('cannot understand the date ""');
  });
});

// A month or a year written without a day ("november", "2026-10", "2025", "last month") is a span: a range that
// starts there begins on its first day, and one that ends there runs to its last.
describe('rangeStart and rangeEnd', () => {
  it.each([
    ['november', '2026-10-31T23:00:00.000Z', '2026-11-30T22:59:59.999Z'],
    ['october 2025', '2025-09-30T22:00:00.000Z', '2025-10-31T22:59:59.999Z'],
    ['2026-10', '2026-09-30T22:00:00.000Z', '2026-10-31T22:59:59.999Z'],
    ['2024-02', '2024-01-31T23:00:00.000Z', '2024-02-29T22:59:59.999Z'],
    ['last month', '2026-09-30T22:00:00.000Z', '2026-10-31T22:59:59.999Z'],
    ['2025', '2024-12-31T23:00:00.000Z', '2025-12-31T22:59:59.999Z'],
    ['last year', '2024-12-31T23:00:00.000Z', '2025-12-31T22:59:59.999Z'],
    ['2026-11-20', '2026-11-19T23:00:00.000Z', '2026-11-20T22:59:59.999Z'],
    ['yesterday', '2026-11-22T23:00:00.000Z', '2026-11-23T22:59:59.999Z'],
    ['2026-11-20T16:30', '2026-11-20T15:30:00.000Z', '2026-11-20T15:30:00.000Z'],
  ])('%s runs from %s to %s', async (input, start, end) => {
    const parsed = await parseWhen(input, now);
    expect(rangeStart(parsed).toISOString()).toBe(start);
    expect(rangeEnd(parsed).toISOString()).toBe(end);
  });

  it.each(['2026-13', '2026-00', '0000'])('refuses %j', async (input) => {
    await expect(parseWhen(input, now, '--to')).rejects.toThrow(`cannot understand --to "${input}"`);
  });
});

describe('toOffsetIso', () => {
  it.each([
    ['2026-11-24T09:30:00.000Z', 60, '2026-11-24T10:30:00+01:00'],
    ['2026-07-01T07:00:00.000Z', 120, '2026-07-01T09:00:00+02:00'],
    ['2026-11-24T03:00:00.000Z', -300, '2026-11-23T22:00:00-05:00'],
    ['2026-11-24T09:30:00.000Z', 330, '2026-11-24T15:00:00+05:30'],
  ])('%s at %i', (instant, offset, expected) => {
    expect(toOffsetIso(instant, offset)).toBe(expected);
  });
});

// An entry's date is noted when it is in the future; a bare day is placed at noon and counts only after today.
describe('entryDate and isFutureDate', () => {
  it.each([
    ['tomorrow', '2026-11-25T11:00:00.000Z', true, true],
    ['today', '2026-11-24T11:00:00.000Z', true, false],
    ['2026-11-24 12:00', '2026-11-24T11:00:00.000Z', false, true],
    ['2026-11-24 18:00', '2026-11-24T17:00:00.000Z', false, true],
    ['2026-11-24 09:00', '2026-11-24T08:00:00.000Z', false, false],
    ['yesterday', '2026-11-23T11:00:00.000Z', true, false],
    ['2027-11-20T09:00:00Z', '2027-11-20T09:00:00.000Z', false, true],
  ])('%s is %s (bare day: %s), in the future: %s', async (input, iso, bareDay, future) => {
    const dated = await entryDate(input, now);
    expect(dated).toEqual({ date: new Date(iso), bareDay });
    expect(isFutureDate(dated.date, now, dated.bareDay)).toBe(future);
  });
});
