import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflectJson, tempJournal } from '../helpers/cli.js';
import type { GroupJson, RegisterJson } from '../helpers/register-json.js';
import { ladderEntry, seed } from '../helpers/seed.js';

// A role written instead of a name groups with the name where the journal says who holds the role
// (domain/assumptions/roles.ts), through the real binary and the batched grouping. A fictional journal: Ruairi is
// the writer's brother-in-law, Morag the writer's wife.

let journal: ReturnType<typeof tempJournal>;
afterEach(() => journal.cleanup());

const entry = (date: string, people: string[], assumptions: string[]) =>
  ladderEntry(date, assumptions, people, 'A day on site.');

const QUOTES = 'second-guesses my quotes in front of customers.';

function textsTogether(): string[][] {
  const register = reflectJson<RegisterJson[]>(['assumptions'], { db: journal.db });
  return register
    .filter((g) => g.count > 1)
    .map((g) =>
      reflectJson<GroupJson>(['assumptions', 'show', String(g.group)], { db: journal.db }).statements.map(
        (s) => s.text,
      ),
    );
}

describe('reflect assumptions with roles', () => {
  beforeEach(() => {
    journal = tempJournal();
  });

  it('groups a role with its person where the entries say who it is, and keeps it apart from the others', () => {
    seed(journal.db, [
      entry('2026-11-02T09:00', ['Ruairi'], ['My brother-in-law leaves the heavy lifting to me.']),
      entry('2026-11-05T09:00', ['Ruairi', 'Morag'], ['My brother-in-law turns up late to every job.']),
      entry('2026-11-09T09:00', ['Ruairi', 'Morag'], [`My brother-in-law ${QUOTES}`]),
      entry('2026-11-12T09:00', ['Ruairi', 'Morag'], [`Morag ${QUOTES}`]),
      entry('2026-11-16T09:00', ['Ruairi', 'Morag'], [`Ruairi ${QUOTES}`]),
    ]);
    const together = textsTogether();
    expect(together).toContainEqual(
      expect.arrayContaining([`My brother-in-law ${QUOTES}`, `Ruairi ${QUOTES}`]),
    );
    expect(together.flat().filter((t) => t === `Morag ${QUOTES}`)).toEqual([]);
  });

  it('does not guess a role from one entry of two people', () => {
    seed(journal.db, [
      entry('2026-11-09T09:00', ['Ruairi', 'Morag'], [`My brother-in-law ${QUOTES}`]),
      entry('2026-11-12T09:00', ['Ruairi', 'Morag'], [`Morag ${QUOTES}`]),
      entry('2026-11-16T09:00', ['Ruairi', 'Morag'], [`Ruairi ${QUOTES}`]),
    ]);
    // Unresolved, the role may be either: the engine groups as it did before roles (not as Ruairi for sure).
    const together = textsTogether();
    expect(together.some((g) => g.includes(`Morag ${QUOTES}`) && g.includes(`Ruairi ${QUOTES}`))).toBe(false);
  });

  // Found by a fuzz run at the end of session 7: a statement that ends on a role, with no full stop (list items
  // are often typed so), made the role reader look past the last word, and `assumptions` stopped with an internal error.
  it('reads a statement that ends on a role without a full stop', () => {
    seed(journal.db, [
      entry('2026-11-09T09:00', ['Kofi'], ['Kofi went over my head to the manager']),
      entry('2026-11-12T09:00', ['Kofi'], ['Kofi goes over my head to the manager']),
    ]);
    expect(textsTogether()).toEqual([
      ['Kofi went over my head to the manager', 'Kofi goes over my head to the manager'],
    ]);
  });
});
