import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, reflectJson, stripAnsi, tempJournal } from '../helpers/cli.js';
import { seed } from '../helpers/seed.js';

// REFLECT_NOW = Tue 2026-11-24 10:00 +01:00 (2026-W48), TZ Europe/Amsterdam.
interface SummaryJson {
  schema: 1;
  from: string;
  to: string;
  week: string | null;
  entries: number;
  statements: number;
  recurring: Array<{
    group: number;
    label: string;
    count: number;
    new: boolean;
    confirmed: boolean;
    tested: { result: string; note: string; date: string } | null;
    statements: Array<{ entryId: number; text: string; date: string }>;
    people: string[];
    tags: string[];
    history: Array<{ week: string; count: number }>;
  }>;
  quiet: Array<{ group: number; label: string; lastSeen: string; count: number }>;
  opposites: Array<{ a: number; b: number }>;
}

let journal: ReturnType<typeof tempJournal>;
beforeEach(() => {
  journal = tempJournal();
});
afterEach(() => journal.cleanup());

/** An entry of the left-hand column with these assumptions, at a local time. */
function entry(
  date: string,
  assumptions: string[],
  extra: { title?: string; people?: string[]; tags?: string[] } = {},
) {
  return {
    date,
    set: 'left-hand-column',
    title: extra.title ?? `Talk on ${date.slice(0, 10)}`,
    people: extra.people ?? ['Dana'],
    tags: extra.tags ?? [],
    answers: { situation: 'A talk.', dialogue: [{ said: 'Hi.', unsaid: 'Hm.' }], assumptions },
  };
}

const summary = (args: string[]) => reflectJson<SummaryJson>(['summary', ...args], { db: journal.db });

describe('reflect summary', () => {
  it('says something friendly, and gives valid JSON, for an empty week', () => {
    expect(summary([])).toEqual({
      schema: 1,
      from: '2026-11-23',
      to: '2026-11-29',
      week: '2026-W48',
      entries: 0,
      statements: 0,
      recurring: [],
      quiet: [],
      opposites: [],
    });
    const text = reflect(['summary'], { db: journal.db });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Nothing written this week');
  });

  it('finds the assumption that came back, with entries, people, tags, history and the JSON contract', () => {
    seed(journal.db, [
      entry('2026-11-03T09:00', ['Dana doesn’t trust my judgement.', 'Ops never gets heard.'], {
        tags: ['1:1'],
      }),
      entry('2026-11-04T09:00', ['Ops never gets heard!']),
      entry('2026-11-17T09:30', ['Dana doesn’t trust my judgement.', 'Marco wants the lead.'], {
        tags: ['1:1'],
      }),
      entry('2026-11-19T16:00', ['Dana does not trust my judgment'], {
        people: ['Dana', 'Marco'],
        tags: ['planning'],
      }),
      entry('2026-11-20T08:00', ['Dana trusts my judgement.']),
    ]);
    const json = summary(['--week', '2026-W47']);
    expect(json).toMatchObject({
      schema: 1,
      from: '2026-11-16',
      to: '2026-11-22',
      week: '2026-W47',
      entries: 3,
      statements: 4,
    });
    expect(json.recurring).toHaveLength(1);
    const [trust] = json.recurring;
    expect(Object.keys(trust!)).toEqual([
      'group',
      'label',
      'count',
      'new',
      'confirmed',
      'tested',
      'statements',
      'people',
      'tags',
      'history',
    ]);
    expect(trust).toMatchObject({
      label: 'Dana doesn’t trust my judgement.',
      count: 2,
      new: false,
      confirmed: false,
      tested: null,
      statements: [
        { entryId: 3, text: 'Dana doesn’t trust my judgement.', date: '2026-11-17T08:30:00.000Z' },
        { entryId: 4, text: 'Dana does not trust my judgment', date: '2026-11-19T15:00:00.000Z' },
      ],
      people: ['Dana', 'Marco'],
      tags: ['1:1', 'planning'],
    });
    expect(trust!.history).toEqual([
      { week: '2026-W40', count: 0 },
      { week: '2026-W41', count: 0 },
      { week: '2026-W42', count: 0 },
      { week: '2026-W43', count: 0 },
      { week: '2026-W44', count: 0 },
      { week: '2026-W45', count: 1 },
      { week: '2026-W46', count: 0 },
      { week: '2026-W47', count: 2 },
    ]);
    const ops = json.quiet.find((q) => q.label === 'Ops never gets heard.');
    expect(ops).toMatchObject({ lastSeen: '2026-W45', count: 2 });
    const opposite = json.opposites[0]!;
    expect([opposite.a, opposite.b]).toContain(trust!.group);

    const text = stripAnsi(reflect(['summary', '--week', '2026-W47'], { db: journal.db }).stdout);
    expect(text).toContain('Dana does not trust my judgment');
    // The grouping (not the person) marked them opposite: said as possible.
    expect(text.replace(/\n\s+/g, ' ')).toContain('which may be opposites (found automatically)');
    expect(text).toContain('Quiet for now');
    expect(text).toMatch(/[▁▂▃▄▅▆▇█·]{8} the last 8 weeks/);
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);

    const md = reflect(['summary', '--week', '2026-W47', '--format', 'md'], { db: journal.db }).stdout;
    expect(md).toMatch(/^# Assumptions, week 2026-W47/);
    expect(md).toContain('| Date | Entry | As written |');
    expect(md).toContain('> ');

    const out = join(journal.dir, 'week.md');
    const written = reflect(['summary', '--week', 'last', '--format', 'md', '--out', out], {
      db: journal.db,
    });
    expect(written.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(md);
  });

  it('never replaces an existing --out file without --force; with it, replaces it atomically', () => {
    seed(journal.db, [entry('2026-11-17T09:00', ['The plan is late.'])]);
    const out = join(journal.dir, 'week.md');
    writeFileSync(out, 'precious');
    const refused = reflect(['summary', '--format', 'md', '--out', out], { db: journal.db });
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr.trimEnd().split('\n')).toEqual([
      `reflect: ${out} already exists; nothing was written`,
      'add --force to replace it',
    ]);
    expect(readFileSync(out, 'utf8')).toBe('precious');

    const md = reflect(['summary', '--format', 'md'], { db: journal.db }).stdout;
    const forced = reflect(['summary', '--format', 'md', '--out', out, '--force'], { db: journal.db });
    expect(forced).toMatchObject({ code: 0, stdout: '' });
    expect(forced.stderr).toContain(`summary written to ${out}`);
    expect(readFileSync(out, 'utf8')).toBe(md);
    expect(readdirSync(journal.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  // As root, creating a file in /proc fails with ENOENT though /proc is a folder: once a bare "(ENOENT)".
  it.runIf(process.platform === 'linux' && process.getuid?.() === 0)(
    'a folder that takes no new files (/proc) is worded as export words a write error',
    () => {
      const result = reflect(['summary', '--out', '/proc/x.md'], { db: journal.db });
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr.trimEnd()).toBe(
        'reflect: cannot write /proc/x.md: the folder /proc does not take new files',
      );
    },
  );

  it('covers a --from/--to range with week null and --history weeks', () => {
    seed(journal.db, [
      entry('2026-10-05T09:00', ['The plan is late.']),
      entry('2026-11-10T09:00', ['The plan is late.']),
    ]);
    const json = summary(['--from', '2026-10-01', '--to', '2026-11-30', '--history', '3']);
    expect(json).toMatchObject({ from: '2026-10-01', to: '2026-11-30', week: null, entries: 2 });
    expect(json.recurring[0]!.history.map((h) => h.week)).toEqual(['2026-W47', '2026-W48', '2026-W49']);
    expect(json.recurring[0]!.new).toBe(true);
  });

  it('reads a month named alone as the whole month (--from october --to november)', () => {
    seed(journal.db, [
      entry('2026-10-05T09:00', ['The plan is late.']),
      entry('2026-11-29T21:00', ['The plan is late.']),
    ]);
    const json = summary(['--from', 'october', '--to', 'november']);
    expect(json).toMatchObject({ from: '2026-10-01', to: '2026-11-30', week: null, entries: 2 });
  });

  it.each([
    ['2026-W53', '2026-12-28', '2027-01-03', ['2026-12-30T10:00', '2027-01-02T23:30']],
    ['2020-W53', '2020-12-28', '2021-01-03', ['2020-12-28T00:30', '2021-01-03T23:00']],
    ['2025-W01', '2024-12-30', '2025-01-05', ['2024-12-31T12:00', '2025-01-01T12:00']],
  ])('puts week %s (across a month and year boundary) from %s to %s', (week, from, to, dates) => {
    seed(journal.db, [
      entry('2020-12-27T23:30', ['Marco wants the lead.']),
      ...dates.map((d) => entry(d, ['Marco wants the lead.'])),
      entry('2027-01-04T00:30', ['Marco wants the lead.']),
      entry('2021-01-04T00:30', ['Marco wants the lead.']),
    ]);
    const json = summary(['--week', week]);
    expect(json).toMatchObject({ from, to, week, entries: 2, statements: 2 });
    expect(json.recurring[0]!.history.at(-1)).toEqual({ week, count: 2 });
  });

  it.each([
    // Summer time ends Sun 25 Oct 2026 (week 43 has 169 hours); it starts Sun 29 Mar 2026 (167 hours).
    ['2026-W43', '2026-10-19', '2026-10-25', '2026-10-19T00:15', '2026-10-25T23:45', '2026-10-26T00:15'],
    ['2026-W13', '2026-03-23', '2026-03-29', '2026-03-23T00:15', '2026-03-29T23:45', '2026-03-30T00:15'],
  ])(
    'keeps whole local days across the daylight-saving change in %s',
    (week, from, to, first, last, after) => {
      seed(journal.db, [
        entry(first, ['Bev will see it as complaining.']),
        entry(last, ['Bev will see it as complaining.']),
        entry(after, ['Bev will see it as complaining.']),
      ]);
      const json = summary(['--week', week]);
      expect(json).toMatchObject({ from, to, week, entries: 2 });
      const history = json.recurring[0]!.history;
      expect(history.slice(-1)).toEqual([{ week, count: 2 }]);
      // The entry just after midnight on Monday belongs to the next week, on its own.
      const next = summary(['--week', after.slice(0, 10)]);
      expect(next).toMatchObject({ entries: 1, statements: 1, recurring: [] });
      expect(next.week).not.toBe(week);
    },
  );
});

describe('the days of a text summary, and their years', () => {
  // A week across New Year read in January listed "Tue 30 Dec" and "Fri 2 Jan" under a heading of
  // "29 Dec 2025 – 4 Jan 2026", while the Markdown gave each day its year.
  const SAME = ['Dana thinks the estimate is padded'];
  const text = (args: string[], now?: string) => {
    const result = reflect(['summary', ...args], { db: journal.db, env: now ? { REFLECT_NOW: now } : {} });
    expect(result.code, result.stderr).toBe(0);
    return result.stdout;
  };
  const days = (output: string) =>
    [...output.matchAll(/^ +(\w{3} \d+ \w{3}(?: \d{4})?) · /gm)].map((m) => m[1]);
  const markdownDays = (output: string) =>
    [...output.matchAll(/^\| (\w{3} \d+ \w{3} \d{4}) \|/gm)].map((m) => m[1]);

  it('a week across New Year: each day with its year, as in the Markdown', () => {
    seed(journal.db, [entry('2025-12-30T10:00', SAME), entry('2026-01-02T15:00', SAME)]);
    const now = '2026-01-05T10:00:00+01:00';
    const plain = text(['--week', 'last'], now);
    expect(plain).toContain('week 2026-W01 (29 Dec 2025 – 4 Jan 2026)');
    expect(days(plain)).toEqual(['Tue 30 Dec 2025', 'Fri 2 Jan 2026']);
    expect(days(plain)).toEqual(markdownDays(text(['--week', 'last', '--format', 'md'], now)));
    // The longer day still leaves a long title's line within the width.
    seed(journal.db, [
      entry('2026-01-03T10:00', SAME, { title: 'Quarterly budget review with the whole board' }),
    ]);
    const narrow = reflect(['summary', '--week', 'last'], {
      db: journal.db,
      env: { REFLECT_NOW: now, COLUMNS: '40' },
    });
    const line = narrow.stdout.split('\n').find((l) => l.includes('Sat 3 Jan 2026 · '));
    expect(line).toMatch(/^ {3}Sat 3 Jan 2026 · Q\S*… · entry 3$/);
    expect([...line!].length).toBeLessThanOrEqual(40);
  });

  it('a period of an earlier year: the days have their year', () => {
    seed(journal.db, [entry('2025-05-13T10:00', SAME), entry('2025-05-15T10:00', SAME)]);
    expect(days(text(['--week', '2025-05-13']))).toEqual(['Tue 13 May 2025', 'Thu 15 May 2025']);
    expect(days(text(['--from', '2025-05-01', '--to', '2025-05-31']))).toEqual([
      'Tue 13 May 2025',
      'Thu 15 May 2025',
    ]);
  });

  it('a period of this year: the day alone, as before', () => {
    seed(journal.db, [entry('2026-11-18T10:00', SAME), entry('2026-11-19T10:00', SAME)]);
    expect(days(text(['--week', 'last']))).toEqual(['Wed 18 Nov', 'Thu 19 Nov']);
  });
});
