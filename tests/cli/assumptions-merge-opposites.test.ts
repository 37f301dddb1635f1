import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempJournal } from '../helpers/cli.js';
import { assumptionsJson, groupWith, writeLadder } from '../helpers/register-journal.js';
import type { GroupJson } from '../helpers/register-json.js';

let journal: ReturnType<typeof tempJournal>;
beforeEach(() => {
  journal = tempJournal();
});
afterEach(() => journal.cleanup());

const write = (date: string, assumptions: string[]) => writeLadder(journal.db, date, assumptions);

const json = <T>(args: string[]) => assumptionsJson<T>(journal.db, args);
const groupOf = (text: string) => groupWith(journal.db, text);
const opposites = (group: number) => json<GroupJson>(['show', String(group)]).opposites;

/** The person's "not opposite" decisions, as stored (pairs a < b). */
function notOpposite(): Array<[number, number]> {
  const db = new Database(journal.db, { readonly: true });
  try {
    return db.prepare('SELECT a, b FROM group_not_opposites ORDER BY a, b').raw().all() as Array<
      [number, number]
    >;
  } finally {
    db.close();
  }
}

const DOUBT = 'Dana doesn’t trust my judgement.';
const TRUST = 'Dana trusts my judgement.';
const MARCO = 'Marco ignores my emails.';

/** Doubt, trust and Marco's statement written a week or so apart: their three groups. */
function writeThree(): { doubt: number; trust: number; marco: number } {
  write('2026-11-03 09:00', [DOUBT]);
  write('2026-11-10 09:00', [TRUST]);
  write('2026-11-12 09:00', [MARCO]);
  return { doubt: groupOf(DOUBT).group, trust: groupOf(TRUST).group, marco: groupOf(MARCO).group };
}

/** Doubt and trust, marked opposite by the grouping; Marco's group, which the person declared not opposite to trust. */
function setUp(): { doubt: number; trust: number; marco: number } {
  const { doubt, trust, marco } = writeThree();
  expect(opposites(doubt)).toEqual([trust]);
  json(['oppose', String(marco), String(trust)]);
  json(['unoppose', String(marco)]);
  expect(opposites(marco)).toEqual([]);
  return { doubt, trust, marco };
}

describe('reflect assumptions merge and opposite marks', () => {
  it.each([
    [
      'does not copy an automatic opposite onto a kept group the person declared not opposite',
      'marco',
      'doubt',
    ],
    [
      'drops the kept group’s automatic opposite when the removed group was declared not opposite',
      'doubt',
      'marco',
    ],
  ] as const)('%s', (_name, kept, removed) => {
    const groups = setUp();
    const merged = json<GroupJson>(['merge', String(groups[kept]), String(groups[removed])]);
    expect(merged.group).toBe(groups[kept]);
    expect(merged.opposites).toEqual([]);
    expect(opposites(groups.trust)).toEqual([]);
  });

  it('moves the removed group’s “not opposite” decisions to the kept group', () => {
    const { doubt, trust, marco } = writeThree();
    json(['unoppose', String(doubt)]);
    json(['merge', String(marco), String(doubt)]);
    expect(notOpposite()).toEqual([[Math.min(marco, trust), Math.max(marco, trust)]]);
    // New statements of both sides: the grouping does not mark the pair opposite again.
    write('2026-11-17 09:00', [DOUBT, TRUST]);
    expect(groupOf(DOUBT).group).toBe(marco);
    expect(opposites(marco)).toEqual([]);
    expect(opposites(trust)).toEqual([]);
  });

  it('carries the person’s own opposite marks over, and never marks a group opposite to itself', () => {
    const { doubt, trust, marco } = setUp();
    json(['unoppose', String(doubt)]);
    json(['oppose', String(doubt), String(trust)]);
    const merged = json<GroupJson>(['merge', String(marco), String(doubt)]);
    expect(merged.opposites).toEqual([trust]);
    expect(opposites(trust)).toEqual([marco]);
    // Merging the two sides of a "not opposite" decision leaves no mark of the group on itself.
    json(['unoppose', String(marco)]);
    const whole = json<GroupJson>(['merge', String(trust), String(marco)]);
    expect(whole.opposites).toEqual([]);
    expect(notOpposite()).toEqual([]);
  });
});
