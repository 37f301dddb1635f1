import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, reflectJson, tempJournal } from '../helpers/cli.js';

/**
 * A coach's file whose `assignment: due:` has already passed (the clock: 2026-11-24, Amsterdam) is not an
 * error — the client may open it late — but it is said once: a warning among the file's problems in
 * `prompts validate`, one line on stderr in `prompts add`; the accepted assignment shows as overdue.
 */
const file = (due: string) => `schema: 1
id: weekly-pulse
version: 1
title: Weekly pulse
steps:
  - id: what
    kind: text
    role: context
    question: Which conversation stayed with you?
  - id: assumed
    kind: list
    role: assumption
    question: What did you take for granted?
assignment:
  from: Ana Ruiz
  every: day
  count: 3
  due: ${due}
`;
const WARNING = (path: string) =>
  `${path}:18:3: warning: due 2026-11-20 has passed (today is 2026-11-24); accepted, the assignment starts overdue (assignment.due)`;

describe('a coach file with a due day in the past', () => {
  let journal: ReturnType<typeof tempJournal>;
  let path: string;
  const write = (due: string) => writeFileSync(path, file(due));
  beforeEach(() => {
    journal = tempJournal('reflect-past-due-');
    path = join(journal.dir, 'pulse.yaml');
  });
  afterEach(() => journal.cleanup());

  it('validate: one warning line, exit 0', () => {
    write('2026-11-20');
    const result = reflect(['prompts', 'validate', path], { db: journal.db });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([WARNING(path)]);
    const [report] = reflectJson<{ ok: boolean; problems: { severity: string; path: string }[] }[]>(
      ['prompts', 'validate', path],
      { db: journal.db },
    );
    expect(report).toMatchObject({ ok: true, problems: [{ severity: 'warning', path: 'assignment.due' }] });
  });

  it('add --accept: installed and accepted, one warning line on stderr, the assignment overdue', () => {
    write('2026-11-20');
    const result = reflect(['prompts', 'add', path, '--accept'], { db: journal.db });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([WARNING(path)]);
    expect(reflectJson<unknown[]>(['due'], { db: journal.db })).toMatchObject([
      { set: 'weekly-pulse', firstDue: '2026-11-20', status: 'overdue', overdueDays: 4 },
    ]);
  });

  it('add --no-accept: no warning (the schedule is declined)', () => {
    write('2026-11-20');
    const result = reflect(['prompts', 'add', path, '--no-accept'], { db: journal.db });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('warning');
  });

  it.each([
    ['today', '2026-11-24'],
    ['tomorrow', '2026-11-25'],
  ])('no warning for a due day %s', (_name, due) => {
    write(due);
    const validated = reflect(['prompts', 'validate', path], { db: journal.db });
    expect(validated).toMatchObject({ code: 0, stdout: '' });
    const added = reflect(['prompts', 'add', path, '--accept'], { db: journal.db });
    expect(added.code, added.stderr).toBe(0);
    expect(added.stderr).toBe('');
  });
});
