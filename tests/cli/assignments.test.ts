import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssignmentJson } from '../../src/domain/assignment.js';
import { FIXTURES, reflect, reflectJson, tempJournal } from '../helpers/cli.js';
import { dbSnapshot } from '../helpers/db.js';

const set = (name: string) => join(FIXTURES, 'prompt-sets', name);
const CHECK_IN = JSON.stringify({
  answers: { what: 'Roadmap review', strength: 3, assumption: ['they had decided before the meeting'] },
});

describe('assignments', () => {
  let journal: ReturnType<typeof tempJournal>;
  let answers: string;
  const at = (now: string) => ({ REFLECT_NOW: now });
  const run = (args: string[], env: Record<string, string> = {}) => reflect(args, { db: journal.db, env });
  const json = <T>(args: string[], env: Record<string, string> = {}) =>
    reflectJson<T>(args, { db: journal.db, env });
  const write = (env: Record<string, string> = {}, setId = 'check-in') => {
    const result = run(['new', '--set', setId, '--answers', answers], env);
    expect(result.code, result.stderr).toBe(0);
  };
  const statusAt = (now: string, id = 1) =>
    json<AssignmentJson[]>(['assignments', '--all'], at(now)).find((a) => a.id === id)!;

  beforeEach(() => {
    journal = tempJournal();
    answers = join(journal.dir, 'check-in.json');
    writeFileSync(answers, CHECK_IN);
  });
  afterEach(() => journal.cleanup());

  it('assignments and due at 40 columns: every line fits, broken between words', () => {
    // "      self-assigned · every 2 weeks, until cancelled" and "due Wed 1 Mar 2028 (in 462 days) · done 2 of 3"
    // ran to 52 columns, the heading with a long set id further.
    const now = at('2026-11-24T10:00:00+01:00');
    expect(
      run(['assign', 'ladder-of-inference', '--every', '2 weeks', '--from', 'Ana Ruiz-Fernández'], now).code,
    ).toBe(0);
    expect(
      run(['assign', 'check-in', '--every', 'day', '--count', '3', '--due', '2027-03-01'], now).code,
    ).toBe(0);
    for (const command of ['assignments', 'due']) {
      const result = run([command], { ...now, COLUMNS: '40' });
      expect(result.code, result.stderr).toBe(0);
      const lines = result.stdout.trimEnd().split('\n');
      for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(40);
      for (const line of lines.filter((l) => l && !/^ +#\d/.test(l))) expect(line).toMatch(/^ {6}\S/);
    }
    const listed = run(['assignments'], { ...now, COLUMNS: '40' }).stdout;
    expect(listed).toContain('  #1  Ladder of inference\n      (ladder-of-inference)\n');
    expect(listed).toContain('due Mon 1 Mar 2027 (in 97 days) ·');
    // Wide enough, nothing changes.
    expect(run(['assignments'], now).stdout).toContain(
      '  #1  Ladder of inference (ladder-of-inference)\n      from Ana Ruiz-Fernández · every 2 weeks, until cancelled\n',
    );
  });

  function expectRefused(args: string[], message: string, env: Record<string, string> = {}) {
    run(['list']);
    const before = dbSnapshot(journal.db);
    const result = run(args, env);
    expect(result.code, result.stderr).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`reflect: ${message}`);
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(result.stdout).toBe('');
    expect(dbSnapshot(journal.db)).toBe(before);
  }

  describe('from a coach file', () => {
    const file = set('daily-checkin-assignment.yaml');

    it('without a terminal, needs --accept or --no-accept, and writes nothing', () => {
      expectRefused(
        ['prompts', 'add', file],
        'daily-pulse comes with an assignment; pass --accept or --no-accept (there is no terminal to ask)',
      );
    });

    it('--no-accept installs the set only; --accept later adds the assignment once', () => {
      const declined = run(['prompts', 'add', file, '--no-accept']);
      expect(declined.code).toBe(0);
      expect(declined.stderr).toContain(
        'assignment declined; assign it yourself any time with: reflect assign daily-pulse',
      );
      expect(json<unknown[]>(['assignments'])).toEqual([]);

      const accepted = run(['prompts', 'add', file, '--accept']);
      expect(accepted.stdout.trim().split('\n')).toEqual([
        'daily-pulse v1 is already installed; nothing changed',
        '✔ accepted assignment #1: every day, 7 times, first due Wed 25 Nov 2026 — see: reflect assignments',
      ]);
      const again = run(['prompts', 'add', file, '--accept']);
      expect(again.stderr).toContain('its assignment is already accepted (#1)');
      expect(json<unknown[]>(['assignments'])).toHaveLength(1);
    });

    it('--json reports what was installed and accepted', () => {
      const result = json<{ set: string; action: string; assignment: AssignmentJson }>([
        'prompts',
        'add',
        file,
        '--accept',
      ]);
      expect(result).toMatchObject({ set: 'daily-pulse', version: 1, action: 'install' });
      expect(result.assignment).toMatchObject({
        id: 1,
        set: 'daily-pulse',
        from: 'Ana Ruiz',
        note: 'Every evening for a week.',
        every: 'day',
        count: 7,
        firstDue: '2026-11-25',
        origin: 'file',
        status: 'upcoming',
        due: '2026-11-25',
        overdueDays: -1,
        done: 0,
      });
    });
  });

  describe('reflect assign, assignments, due', () => {
    it('assigns a built-in set every Friday, 3 times, and tracks it across the month end', () => {
      const assigned = run([
        'assign',
        'check-in',
        '--every',
        'weekday:friday',
        '--count',
        '3',
        '--from',
        'Ana Ruiz',
      ]);
      expect(assigned.code, assigned.stderr).toBe(0);
      // REFLECT_NOW is Tuesday 24 Nov 2026.
      expect(assigned.stdout.trim()).toBe(
        'assignment #1: Quick check-in, every Friday, 3 times — first due Fri 27 Nov 2026',
      );
      expect(statusAt('2026-11-24T10:00:00+01:00')).toMatchObject({
        status: 'upcoming',
        due: '2026-11-27',
        overdueDays: -3,
      });
      expect(statusAt('2026-11-27T08:00:00+01:00')).toMatchObject({
        status: 'due',
        due: '2026-11-27',
        overdueDays: 0,
      });
      expect(statusAt('2026-12-02T08:00:00+01:00')).toMatchObject({
        status: 'overdue',
        due: '2026-11-27',
        overdueDays: 5,
      });

      const listed = run(['assignments'], at('2026-12-02T08:00:00+01:00')).stdout;
      expect(listed).toContain('#1  Quick check-in (check-in)');
      expect(listed).toContain('from Ana Ruiz · every Friday, 3 times');
      expect(listed).toContain('overdue by 5 days (due Fri 27 Nov 2026) · done 0 of 3');

      // Written late on Wednesday 2 Dec: the next one is the first Friday after, not the missed one.
      write(at('2026-12-02T20:00:00+01:00'));
      expect(statusAt('2026-12-02T21:00:00+01:00')).toMatchObject({
        status: 'upcoming',
        due: '2026-12-04',
        done: 1,
        completions: [{ entry: 1, dueOn: '2026-11-27', completedOn: '2026-12-02' }],
      });
      write(at('2026-12-04T18:00:00+01:00'));
      expect(run(['assignments'], at('2026-12-05T09:00:00+01:00')).stdout).toContain(
        'due Fri 11 Dec 2026 (in 6 days) · done 2 of 3',
      );
      write(at('2026-12-10T18:00:00+01:00')); // a day early still counts
      expect(statusAt('2026-12-10T19:00:00+01:00')).toMatchObject({ status: 'done', due: null, done: 3 });
      write(at('2026-12-11T18:00:00+01:00')); // nothing left to complete
      expect(statusAt('2026-12-11T19:00:00+01:00').completions).toHaveLength(3);
    });

    it('a daily assignment across the October DST change in Europe/Amsterdam', () => {
      run(['assign', 'check-in', '--every', 'day', '--count', '4'], at('2026-10-24T20:00:00+02:00'));
      write(at('2026-10-24T22:30:00+02:00'));
      // 25 Oct has 25 hours; 00:30 summer time and 23:30 winter time are the same calendar day.
      expect(statusAt('2026-10-25T00:30:00+02:00')).toMatchObject({ status: 'due', due: '2026-10-25' });
      expect(statusAt('2026-10-25T23:30:00+01:00')).toMatchObject({ status: 'due', due: '2026-10-25' });
      expect(statusAt('2026-10-26T00:30:00+01:00')).toMatchObject({
        status: 'overdue',
        due: '2026-10-25',
        overdueDays: 1,
      });
      write(at('2026-10-25T23:30:00+01:00'));
      expect(statusAt('2026-10-26T00:30:00+01:00')).toMatchObject({
        status: 'due',
        due: '2026-10-26',
        done: 2,
      });
    });

    it('a daily assignment across the March DST change', () => {
      run(['assign', 'check-in', '--every', 'day'], at('2027-03-27T09:00:00+01:00'));
      write(at('2027-03-27T21:00:00+01:00'));
      expect(statusAt('2027-03-28T01:30:00+01:00')).toMatchObject({ status: 'due', due: '2027-03-28' });
      expect(statusAt('2027-03-28T23:30:00+02:00')).toMatchObject({ status: 'due', due: '2027-03-28' });
      expect(statusAt('2027-03-29T00:10:00+02:00')).toMatchObject({
        status: 'overdue',
        overdueDays: 1,
        count: null,
      });
      expect(run(['assignments'], at('2027-03-29T00:10:00+02:00')).stdout).toContain(
        'every day, until cancelled',
      );
    });

    it('entries with another set, or a second one the same day, do not complete it', () => {
      run(['assign', 'check-in', '--every', 'day', '--count', '2']);
      write({}, 'check-in');
      write({}, 'check-in');
      const freeform = join(journal.dir, 'freeform.json');
      writeFileSync(freeform, JSON.stringify({ answers: { entry: 'Just notes.' } }));
      expect(run(['new', '--set', 'freeform', '--answers', freeform]).code).toBe(0);
      expect(statusAt('2026-11-24T12:00:00+01:00')).toMatchObject({ done: 1, due: '2026-11-25' });
    });

    it('reflect due and the reminder under reflect list; never in --json output', () => {
      run(['assign', 'check-in', '--due', '2026-11-20'], at('2026-11-19T09:00:00+01:00'));
      run(['assign', 'advocacy-inquiry', '--due', 'tomorrow', '--note', 'before the budget talk']);
      const due = run(['due']);
      expect(due.stdout).toContain('#1  Quick check-in (check-in)');
      expect(due.stdout).toContain('overdue by 4 days (due Fri 20 Nov 2026) · done 0 of 1');
      expect(due.stdout).not.toContain('Advocacy');
      expect(due.stderr.trim()).toBe('start one with: reflect new --set check-in');
      expect(json<AssignmentJson[]>(['due']).map((a) => a.id)).toEqual([1]);

      const list = run(['list']);
      expect(list.stderr).toContain('Due: Quick check-in (overdue by 4 days) — reflect due');
      const listJson = run(['list', '--json']);
      expect(JSON.parse(listJson.stdout)).toEqual([]);
      expect(listJson.stderr).toBe('');

      write();
      const nothing = run(['due']);
      expect(nothing.stdout).toBe('');
      expect(nothing.stderr.trim()).toBe(
        'nothing due — next: Advocacy and inquiry, due tomorrow, Wed 25 Nov 2026',
      );
      expect(run(['list']).stderr).toBe('');
    });

    it('--due accepts words; a bare weekday means the coming one', () => {
      run(['assign', 'check-in', '--due', 'monday']);
      run(['assign', 'check-in', '--due', 'in 3 days']);
      expect(json<AssignmentJson[]>(['assignments']).map((a) => a.firstDue)).toEqual([
        '2026-11-30',
        '2026-11-27',
      ]);
    });

    it('the examples in the hint for a past --due mean what they say, on any weekday', () => {
      const hint = run(['assign', 'check-in', '--due', '2026-11-01']).stderr.split('\n')[1] ?? '';
      const examples = [...hint.matchAll(/--due ("[^"]+"|\S+)/g)].map((m) => m[1]!.replace(/"/g, ''));
      expect(examples).toEqual(['tomorrow', 'in 3 days']);
      // Tue 24 Nov, Fri 27 Nov, Sun 29 Nov 2026.
      for (const [now, due] of [
        ['2026-11-24T10:00:00+01:00', ['2026-11-25', '2026-11-27']],
        ['2026-11-27T10:00:00+01:00', ['2026-11-28', '2026-11-30']],
        ['2026-11-29T10:00:00+01:00', ['2026-11-30', '2026-12-02']],
      ] as const) {
        const days = examples.map(
          (example) => json<{ firstDue: string }>(['assign', 'check-in', '--due', example], at(now)).firstDue,
        );
        expect(days, now).toEqual(due);
      }
    });

    it('cancel stops an assignment; --all still shows it', () => {
      run(['assign', 'check-in', '--every', 'week']);
      const cancelled = run(['assignments', 'cancel', '1']);
      expect(cancelled.stdout.trim()).toBe('cancelled assignment #1 (Quick check-in)');
      expect(json<unknown[]>(['assignments'])).toEqual([]);
      expect(statusAt('2026-11-24T12:00:00+01:00')).toMatchObject({
        status: 'cancelled',
        cancelledAt: '2026-11-24T09:00:00.000Z',
      });
      write();
      expect(statusAt('2026-11-24T12:00:00+01:00').done).toBe(0);
      expectRefused(['assignments', 'cancel', '1'], 'assignment 1 is already cancelled');
    });

    it('removing a set cancels its assignments', () => {
      run(['prompts', 'add', set('daily-checkin-assignment.yaml'), '--accept']);
      expect(run(['prompts', 'remove', 'daily-pulse']).stdout.trim()).toBe(
        'removed daily-pulse (cancelled 1 assignment)',
      );
      expect(json<unknown[]>(['assignments'])).toEqual([]);
    });
  });
});
