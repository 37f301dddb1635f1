import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, reflectJson, tempJournal } from '../helpers/cli.js';
import type { GroupJson, RegisterJson } from '../helpers/register-json.js';

// Roles read from the whole entry (branch context8), through the real binary: `new --answers`, then
// `assumptions --json`. A fictional journal: Philippa is the general manager, Corin a colleague.

let journal: ReturnType<typeof tempJournal>;
let written = 0;
beforeEach(() => {
  journal = tempJournal();
});
afterEach(() => journal.cleanup());

function write(entry: {
  date: string;
  people: string[];
  situation: string;
  said?: string;
  tags?: string[] | undefined;
  assumptions: string[];
}): void {
  const file = join(journal.dir, `entry-${++written}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      title: `Talk ${entry.date.slice(5, 10)}`,
      date: entry.date,
      people: entry.people,
      tags: entry.tags ?? [],
      answers: {
        situation: entry.situation,
        dialogue: [{ said: entry.said ?? 'Me: Shall we start?', unsaid: 'Here we go again.' }],
        assumptions: entry.assumptions,
      },
    }),
  );
  const result = reflect(['new', '--set', 'left-hand-column', '--answers', file], { db: journal.db });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
}

function textsTogether(): string[][] {
  return reflectJson<RegisterJson[]>(['assumptions', '--json'], { db: journal.db })
    .filter((g) => g.count > 1)
    .map((g) =>
      reflectJson<GroupJson>(['assumptions', 'show', String(g.group), '--json'], {
        db: journal.db,
      }).statements.map((s) => s.text),
    );
}

const VIA_ROLE = 'The general manager thinks I pad the numbers.';
const PHILIPPA = 'Philippa thinks I pad the numbers.';
const CORIN = 'Corin thinks I pad the numbers.';
const PEOPLE = ['Philippa', 'Corin'];

// A role the journal does not resolve may join the statement of either of its entry's people (the engine takes
// the first, Philippa's, here): each case below holds Corin in the role, so only a role read from the entry
// puts the role's statement with Corin's.
function writeThree(first: { situation: string; said?: string; tags?: string[] }, text = VIA_ROLE): void {
  write({ date: '2026-11-02T09:00', people: PEOPLE, ...first, assumptions: [text] });
  write({
    date: '2026-11-05T09:00',
    people: PEOPLE,
    situation: 'Budget follow-up.',
    assumptions: [PHILIPPA],
  });
  write({
    date: '2026-11-09T09:00',
    people: PEOPLE,
    situation: 'Budget follow-up.',
    tags: first.tags,
    assumptions: [CORIN],
  });
}

describe('reflect assumptions with roles from the whole entry', () => {
  it('groups a role introduced only in the situation with the statement naming its person', () => {
    writeThree({ situation: 'Annual budget meeting with Corin, the general manager.' });
    const together = textsTogether();
    expect(together).toContainEqual(expect.arrayContaining([VIA_ROLE, CORIN]));
    expect(together.flat()).not.toContain(PHILIPPA);
  });

  it('groups a role the entries are tagged with, where they all list one person', () => {
    write({
      date: '2026-11-01T09:00',
      people: ['Corin'],
      situation: 'Rota.',
      tags: ['general manager'],
      assumptions: ['The rota is fine.'],
    });
    writeThree({ situation: 'Annual budget meeting.', tags: ['general manager'] });
    const together = textsTogether();
    expect(together).toContainEqual(expect.arrayContaining([VIA_ROLE, CORIN]));
    expect(together.flat()).not.toContain(PHILIPPA);
  });

  it("does not take a role someone else introduces as their own relation for the writer's", () => {
    const mine = 'My manager thinks I pad the numbers.';
    writeThree(
      {
        situation: 'Annual budget meeting.',
        said: 'Philippa: Corin, my manager, wants the numbers by Friday.',
      },
      mine,
    );
    const together = textsTogether();
    expect(together.some((g) => g.includes(mine) && g.includes(CORIN))).toBe(false);
  });
});
