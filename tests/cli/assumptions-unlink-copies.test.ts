import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempJournal } from '../helpers/cli.js';
import { assumptionsJson, writeLadder } from '../helpers/register-journal.js';
import type { GroupJson } from '../helpers/register-json.js';

let journal: ReturnType<typeof tempJournal>;
beforeEach(() => {
  journal = tempJournal();
});
afterEach(() => journal.cleanup());

const write = (date: string, assumption: string) =>
  writeLadder(journal.db, date, [assumption], {
    person: 'Ines',
    title: `Service ${date}`,
    situation: 'A service.',
  });

const json = <T>(args: string[]) => assumptionsJson<T>(journal.db, args);
/** Group id → the ids of its statements, for the whole register. */
const placements = () =>
  Object.fromEntries(
    json<GroupJson[]>([]).map((g) => [
      g.group,
      json<GroupJson>(['show', String(g.group)]).statements.map((s) => s.id),
    ]),
  );

const PALATE = 'Ines doesn’t trust my palate.';
const PASS = 'Ines doesn’t trust me to run the pass.';

describe('a word-for-word copy after the person moved a statement out of its group', () => {
  it('joins the group its earlier copies went to, not the group of the statement the person took out', () => {
    write('2026-11-02 09:00', PALATE);
    write('2026-11-04 09:00', PASS);
    write('2026-11-06 09:00', PALATE);
    // The grouping puts all three together; the person says the second is not that assumption.
    expect(Object.values(placements())).toEqual([[1, 2, 3]]);
    const alone = json<GroupJson>(['unlink', '2']);
    expect(alone.statements.map((s) => s.id)).toEqual([2]);

    write('2026-11-10 09:00', PALATE);
    expect(placements()).toEqual({ 1: [1, 3, 4], [alone.group]: [2] });
    // And the copy after it, whose group's latest statement came after the unlink, too.
    write('2026-11-12 09:00', PALATE);
    expect(placements()).toEqual({ 1: [1, 3, 4, 5], [alone.group]: [2] });
    // Not only copies: the person said statement 2 is not that assumption, so nothing joins group 1 through it.
    write('2026-11-14 09:00', 'Ines does not trust my palate.');
    expect(placements()).toEqual({ 1: [1, 3, 4, 5, 6], [alone.group]: [2] });
  });

  it('by linking it to another group: the copy still joins its earlier copies, not the person’s group', () => {
    write('2026-11-01 09:00', 'Ines thinks my sauces are bland.');
    write('2026-11-02 09:00', PALATE);
    write('2026-11-04 09:00', PASS);
    write('2026-11-06 09:00', PALATE);
    const before = placements();
    expect(Object.values(before)).toEqual([[1], [2, 3, 4]]);
    const sauces = Number(Object.keys(before).find((g) => before[g]!.includes(1)));
    const palate = Number(Object.keys(before).find((g) => before[g]!.includes(2)));
    json(['link', '3', String(sauces)]);

    write('2026-11-10 09:00', PALATE);
    expect(placements()).toEqual({ [sauces]: [1, 3], [palate]: [2, 4, 5] });
  });
});
