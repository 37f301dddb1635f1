import { describe, expect, it } from 'vitest';
import { analyseAll, groupStatements } from '../../src/domain/assumptions/index.js';

// A plain noun (phrase) that opens a statement and is followed by its main verb is who acts (normalize.ts
// `nounSubject`): "X blames Y" and "Y blames X" have two subjects whatever X is. A singular one may be its
// entry's only person (similarity.ts `sameWhoInEntries`). Sentences written for this test, in settings of
// their own.

type Side = [text: string, people: string[]];

/** Whether the two statements, each in an entry of its own, end up in one group. */
function together([a, pa]: Side, [b, pb]: Side): boolean {
  const { groups } = groupStatements([
    { id: 1, entryId: 1, text: a, people: pa },
    { id: 2, entryId: 2, text: b, people: pb },
  ]);
  return groups.some((g) => g.includes(1) && g.includes(2));
}

const agentOf = (text: string, people: string[]) =>
  analyseAll([{ id: 1, entryId: 1, text, people }])[0]!.agent;

describe('a plain noun subject', () => {
  it('is read as who acts when its verb follows', () => {
    expect(agentOf('Dispatch will blame Kofi for the missed orders.', ['Kofi'])).toBe('n:dispatch');
    expect(agentOf('The night porters always blame Ana for the noise.', ['Ana'])).toBe('n:porters');
    expect(agentOf('The Hendersons will blame Tariq for the broken gate.', ['Tariq'])).toBe('n:hendersons');
    expect(agentOf('The electrician will pin the overrun on the architect.', ['Kofi'])).toBe('n:electrician');
  });

  it('is left alone for a copula, a passive, a title, or a verb aimed at a thing', () => {
    expect(agentOf('The rota is unfair on the weekend staff.', ['Ana'])).toBeNull();
    expect(agentOf('The canteen will fall apart without me.', ['Ana'])).toBeNull();
    // (A title is left to the names: "the captain" may be Captain Ruiz, as before.)
    expect(agentOf('The captain blames me for the late departure.', ['Captain Ruiz', 'Ana'])).toBeNull();
  });

  it.each<[Side, Side]>([
    // Role reversals: the subject of one is the object of the other.
    [
      ['Marta blames the warehouse for every late delivery.', ['Marta', 'Jon']],
      ['The warehouse blames Marta whenever a delivery is late.', ['Marta', 'Jon']],
    ],
    [
      ['The suppliers blame Kofi for the missed orders.', ['Kofi']],
      ['Kofi blames the suppliers for the missed orders.', ['Kofi']],
    ],
    [
      ['Dispatch will blame Kofi for the missed orders.', ['Kofi', 'Jon']],
      ['Kofi will blame dispatch for the missed orders.', ['Kofi', 'Jon']],
    ],
    // A noun for a person against the writer.
    [
      ['The electrician will pin the overrun on the architect.', ['Kofi', 'Jon']],
      ['I blame Kofi for the overrun on site.', ['Kofi', 'Jon']],
    ],
    // A family no one in the journal is called, against the writer.
    [
      ['The Hendersons will blame Tariq for the broken gate.', ['Tariq', 'Jon']],
      ['I blame Tariq for the broken gate.', ['Tariq', 'Jon']],
    ],
    // A singular noun is not one of several people of its entry.
    [
      ['The site foreman blames the apprentices whenever a job runs over.', ['Gareth', 'Jon']],
      ['Gareth blames the apprentices for every job that runs over.', ['Gareth']],
    ],
  ])('keeps %j apart from %j', (a, b) => {
    expect(together(a, b)).toBe(false);
  });

  it.each<[Side, Side]>([
    // The same noun subject, in other words.
    [
      ['The warehouse blames Marta for the late deliveries.', ['Marta']],
      ['The warehouse always blames Marta when deliveries are late.', ['Marta', 'Jon']],
    ],
    // A singular noun in an entry that lists one person is that person.
    [
      ['The site foreman blames the apprentices whenever a job runs over.', ['Gareth']],
      ['Gareth blames the apprentices for every job that runs over.', ['Gareth']],
    ],
  ])('keeps %j with %j', (a, b) => {
    expect(together(a, b)).toBe(true);
  });
});
