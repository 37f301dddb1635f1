import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, reflectJson, tempJournal } from '../helpers/cli.js';

/**
 * `import` and the assignments a reflect export carries. Into a journal with no entries (restoring one's own
 * journal, or a file a coach keeps for one client) they come along, still due. Into a journal that already has
 * entries (a coach's own) the entries come but new assignments are left out, with one line on stderr:
 * someone else's schedule must not show as due there. `--assignments keep|skip` decides either way.
 */
interface Assignment {
  set: string;
  status: string;
  done: number;
}

describe('import: whose assignments come along', () => {
  let client: ReturnType<typeof tempJournal>;
  let other: ReturnType<typeof tempJournal>;
  let file: string;
  const run = (args: string[], db: string, input?: string) => {
    const result = reflect(args, { db, input });
    expect(result.code, result.stderr).toBe(0);
    return result;
  };
  const assignments = (db: string) => reflectJson<Assignment[]>(['assignments', '--all'], { db });
  const due = (db: string) => reflectJson<Assignment[]>(['due'], { db });
  const entries = (db: string) => reflectJson<unknown[]>(['list'], { db });

  beforeEach(() => {
    client = tempJournal('reflect-client-');
    other = tempJournal('reflect-other-');
    run(['assign', 'check-in', '--every', 'day', '--count', '3', '--from', 'Ana'], client.db);
    run(
      ['new', '--set', 'check-in', '--answers', '-'],
      client.db,
      JSON.stringify({ answers: { what: 'Standup' } }),
    );
    file = join(client.dir, 'journal.json');
    run(['export', '--format', 'json', '--out', file], client.db);
  });
  afterEach(() => {
    client.cleanup();
    other.cleanup();
  });

  /** A journal with an entry of its own: a coach's. */
  function ownJournal(): void {
    const answers = join(other.dir, 'a.json');
    writeFileSync(answers, JSON.stringify({ answers: { entry: 'My own notes.' } }));
    run(['new', '--set', 'freeform', '--answers', answers], other.db);
  }

  it('into a journal with no entries (a restore): the assignments come along and stay due', () => {
    const result = run(['import', file], other.db);
    expect(result.stdout.trim()).toBe(
      'imported 1 · skipped 0 already here · conflicts 0 · assignments 1 added, 0 already here',
    );
    expect(result.stderr).toBe('');
    expect(assignments(other.db)).toMatchObject([{ set: 'check-in', done: 1 }]);
    expect(due(other.db)).toEqual(due(client.db));
  });

  it('into a journal with entries of its own: the entries come, new assignments do not, and stderr says so', () => {
    ownJournal();
    const result = run(['import', file], other.db);
    expect(result.stdout.trim()).toBe(
      'imported 1 · skipped 0 already here · conflicts 0 · assignments 0 added, 0 already here, 1 left out',
    );
    expect(result.stderr.trim().split('\n')).toEqual([
      'left out 1 assignment of the file: this journal has entries of its own, so someone else’s schedule would show as due here (--assignments keep adds it)',
    ]);
    expect(entries(other.db)).toHaveLength(2);
    expect(assignments(other.db)).toEqual([]);
    expect(due(other.db)).toEqual([]);
  });

  it('--assignments keep adds them into a journal with entries', () => {
    ownJournal();
    const result = run(['import', file, '--assignments', 'keep'], other.db);
    expect(result.stdout).toContain('assignments 1 added, 0 already here');
    expect(result.stderr).toBe('');
    expect(assignments(other.db)).toMatchObject([{ set: 'check-in', done: 1 }]);
  });

  it('--assignments skip leaves them out even of an empty journal, without a note', () => {
    const result = run(['import', file, '--assignments', 'skip'], other.db);
    expect(result.stdout.trim()).toBe(
      'imported 1 · skipped 0 already here · conflicts 0 · assignments 0 added, 0 already here, 1 left out',
    );
    expect(result.stderr).toBe('');
    expect(assignments(other.db)).toEqual([]);
  });

  it('an assignment already here still gains the completions a later export brings (a journal kept for a client)', () => {
    run(['import', file], other.db);
    // The next day (two entries on one day complete one daily occurrence).
    const nextDay = reflect(['new', '--set', 'check-in', '--answers', '-'], {
      db: client.db,
      input: JSON.stringify({ answers: { what: 'Retro' } }),
      env: { REFLECT_NOW: '2026-11-25T10:00:00+01:00' },
    });
    expect(nextDay.code, nextDay.stderr).toBe(0);
    run(['export', '--format', 'json', '--out', file, '--force'], client.db);
    const result = run(['import', file], other.db);
    expect(result.stdout).toContain('assignments 0 added, 1 already here');
    expect(result.stderr).toBe('');
    expect(assignments(other.db)).toMatchObject([{ done: 2 }]);
  });

  it('--dry-run says what would be left out; --json gives the counts and the mode used', () => {
    ownJournal();
    const dry = run(['import', file, '--dry-run'], other.db);
    expect(dry.stdout.trim().split('\n').at(-1)).toBe(
      'would import 1 · skipped 0 already here · conflicts 0 · assignments 0 to add, 0 already here, 1 left out — dry run, nothing changed',
    );
    const summary = reflectJson<{ assignments: unknown }>(['import', file], { db: other.db });
    expect(summary.assignments).toEqual({ imported: 0, skipped: 0, leftOut: 1, mode: 'skip' });
  });
});
