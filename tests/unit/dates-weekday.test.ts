import { describe, expect, it } from 'vitest';
import { entryDate, parseWhen } from '../../src/domain/dates.js';

// vitest.config.ts runs tests in Europe/Amsterdam.
const now = new Date('2026-11-24T10:00:00+01:00'); // a Tuesday

/**
 * A weekday named alone in a journal means the latest such day: `reflect new --date friday` on a Tuesday was
 * Friday 27 November, three days ahead (chrono takes the nearest Friday), and so was `list --on friday`.
 */
describe('a weekday named alone looks back (session-10 audit)', () => {
  it.each([
    ['friday', '2026-11-20T11:00:00.000Z', false],
    ['fri', '2026-11-20T11:00:00.000Z', false],
    ['friday 4pm', '2026-11-20T15:00:00.000Z', true],
    ['wednesday', '2026-11-18T11:00:00.000Z', false],
    ['monday', '2026-11-23T11:00:00.000Z', false],
    ['tuesday', '2026-11-24T11:00:00.000Z', false], // today
    ['last friday', '2026-11-20T11:00:00.000Z', false],
    ['next friday', '2026-12-04T11:00:00.000Z', false], // said so: kept
    ['this friday', '2026-11-27T11:00:00.000Z', false],
  ])('entryDate(%j) is %s', async (text, iso, timed) => {
    const { date, bareDay } = await entryDate(text, now);
    expect(date.toISOString()).toBe(iso);
    expect(bareDay).toBe(!timed);
  });

  it('filters look back too; without the option parseWhen is as before (assignments are due ahead)', async () => {
    expect((await parseWhen('friday', now, 'day', { pastWeekdays: true })).date.toISOString()).toBe(
      '2026-11-19T23:00:00.000Z',
    );
    expect((await parseWhen('friday', now)).date.toISOString()).toBe('2026-11-26T23:00:00.000Z');
  });
});

/** "this morning" dated the entry at noon: only a bare day is placed there. */
describe('a part of the day is a time (session-10 audit)', () => {
  it.each([
    ['this morning', '2026-11-24T05:00:00.000Z'],
    ['this afternoon', '2026-11-24T14:00:00.000Z'],
    ['yesterday evening', '2026-11-23T19:00:00.000Z'],
    ['tonight', '2026-11-24T21:00:00.000Z'],
    ['last night', '2026-11-23T21:00:00.000Z'],
    ['friday afternoon', '2026-11-20T14:00:00.000Z'],
  ])('entryDate(%j) is %s, not a bare day', async (text, iso) => {
    const { date, bareDay } = await entryDate(text, now);
    expect(date.toISOString()).toBe(iso);
    expect(bareDay).toBe(false);
  });

  it('parseWhen reports it as a time too (a filter from "this morning" starts at its hour)', async () => {
    const parsed = await parseWhen('this morning', now);
    expect(parsed.hasTime).toBe(true);
  });
});
