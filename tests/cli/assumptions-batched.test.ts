import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, reflectJson, tempJournal } from '../helpers/cli.js';
import type { GroupJson, RegisterJson } from '../helpers/register-json.js';

let journal: ReturnType<typeof tempJournal>;
beforeEach(() => {
  journal = tempJournal();
});
afterEach(() => journal.cleanup());

function write(date: string, assumptions: readonly string[], db = journal.db): void {
  const answers = JSON.stringify({
    title: `Talk ${date}`,
    date,
    people: ['Dana', 'Kevin'],
    answers: { situation: 'A talk.', assumptions },
  });
  const result = reflect(['new', '--set', 'ladder-of-inference', '--answers', '-'], { db, input: answers });
  expect(result.code).toBe(0);
}

const json = <T>(args: string[]) => reflectJson<T>(['assumptions', ...args], { db: journal.db });
/** Every group as the texts of its statements, oldest first. */
const groups = () =>
  json<RegisterJson[]>([])
    .map((g) => json<GroupJson>(['show', String(g.group)]).statements.map((s) => s.text))
    .sort((a, b) => a[0]!.localeCompare(b[0]!));

const WEAK = "If I push back on the deadline, Dana will think I'm being difficult.";
const LATEST = 'Dana will see me as obstructive if I question the dates.';
const OLDER = 'Dana tunes out whenever we raise technical debt.';
const PLAN = 'Dana will think I am difficult if I push back on the plan.';

describe('an entry written after the journal was grouped', () => {
  it('joins the group it fits when the closest one keeps it out, as grouping all at once would', () => {
    write('2026-11-02 09:00', [WEAK, LATEST, OLDER]);
    // WEAK and LATEST are one assumption; OLDER is too far from WEAK to join them.
    expect(groups()).toEqual([[OLDER], [WEAK, LATEST]]);
    // PLAN is closest to LATEST but about something else than WEAK: it goes with OLDER, the next closest.
    write('2026-11-09 09:00', [PLAN]);
    expect(groups()).toEqual([
      [OLDER, PLAN],
      [WEAK, LATEST],
    ]);
    // The same journal grouped only once, at the end, ends the same.
    const once = tempJournal();
    try {
      write('2026-11-02 09:00', [WEAK, LATEST, OLDER], once.db);
      write('2026-11-09 09:00', [PLAN], once.db);
      const register = reflectJson<RegisterJson[]>(['assumptions'], { db: once.db });
      expect(register.map((g) => g.count).sort()).toEqual([2, 2]);
    } finally {
      once.cleanup();
    }
  });
});
