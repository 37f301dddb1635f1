import { describe, expect, it } from 'vitest';
import { groupStatements, type StatementInput } from '../../src/domain/assumptions/index.js';
import { groupOf, relation, together } from '../helpers/grouping-probes.js';

// Session 10 (gaps10): three known grouping gaps, each closed by a general rule, test first. Probes in words of my
// own (an accountant, a school, a board, a hotel), none from the corpus or the trap files.

/** Whether statements written in entries of their own (each with its people and context) end up in one group. */
function joined(...statements: Array<{ text: string; people: string[]; context?: string }>): boolean {
  const inputs: StatementInput[] = statements.map((s, i) => ({
    id: i + 1,
    entryId: i + 1,
    text: s.text,
    people: s.people,
    ...(s.context === undefined ? {} : { context: s.context }),
  }));
  const { groups } = groupStatements(inputs);
  return groups.some((g) => inputs.every((s) => g.includes(s.id)));
}

describe('gap 1: a named person against a role as the possessor (parties.ts ownersDiffer)', () => {
  it.each([
    [
      "Rafa only listens to Agnieszka's advice",
      "Rafa only listens to his accountant's advice",
      ['Rafa', 'Agnieszka'],
    ],
    ['Rafa only listens to Agnieszka', 'Rafa only listens to his accountant', ['Rafa', 'Agnieszka']],
    [
      "Nadia always copies Oskar's lesson plans",
      "Nadia always copies her mentor's lesson plans",
      ['Nadia', 'Oskar'],
    ],
    ["Rafa only listens to Agnieszka's advice", 'Rafa only listens to his own advice', ['Rafa', 'Agnieszka']],
  ])('%s / %s: two advisers, never grouped', (a, b, people) => {
    expect(relation(a, b, people)).not.toBe('same');
    expect(together(a, b, people)).toBe(false);
  });

  it("two advisers also when the accountant's entry does not list Agnieszka", () => {
    expect(
      joined(
        { text: "Rafa only listens to Agnieszka's advice", people: ['Rafa', 'Agnieszka'] },
        { text: "Rafa only listens to his accountant's advice", people: ['Rafa'] },
      ),
    ).toBe(false);
  });

  it('a role the journal says is the named person still groups (roles.ts: an introduction)', () => {
    const people = ['Rafa', 'Agnieszka'];
    const context = 'Agnieszka is the accountant.';
    expect(
      joined(
        { text: "Rafa only listens to Agnieszka's advice", people, context },
        { text: "Rafa only listens to the accountant's advice", people, context },
      ),
    ).toBe(true);
  });

  // roles.ts reads a role only after "my", "our" or "the": "his accountant" is someone's of his, whom no
  // introduction names, so it stays apart even where the journal says "Agnieszka is his accountant" (documented,
  // not changed: reading "his"/"her" roles would need whose they are).
  it.each([['Agnieszka is his accountant.'], ['Agnieszka, his accountant, came too.']])(
    '"his accountant" is no role the journal introduces (%s): apart',
    (context) => {
      const people = ['Rafa', 'Agnieszka'];
      expect(
        joined(
          { text: "Rafa only listens to Agnieszka's advice", people, context },
          { text: "Rafa only listens to his accountant's advice", people, context },
        ),
      ).toBe(false);
    },
  );

  it.each([
    ['Agnieszka (accountant) came too.', "Rafa only listens to the accountant's advice"],
    ['Agnieszka is my accountant.', "Rafa only listens to my accountant's advice"],
  ])('a role introduced with "my", "the" or in brackets is hers (%s): together', (context, b) => {
    const people = ['Rafa', 'Agnieszka'];
    expect(
      joined(
        { text: "Rafa only listens to Agnieszka's advice", people, context },
        { text: b, people, context },
      ),
    ).toBe(true);
  });

  it('a role of the lexicon may be any person of its entry ("the manager"), and no one outside it', () => {
    const a = "Rafa only listens to Agnieszka's advice";
    const b = "Rafa only listens to the manager's advice";
    expect(together(a, b, ['Rafa', 'Agnieszka'])).toBe(true);
    expect(joined({ text: a, people: ['Rafa', 'Agnieszka'] }, { text: b, people: ['Rafa', 'Dmitri'] })).toBe(
      false,
    );
  });

  it('a pronoun the entry resolves to the named person still groups', () => {
    expect(
      together("Omar only listens to Sofia's advice", 'Omar only listens to her advice', ['Omar', 'Sofia']),
    ).toBe(true);
    expect(together('Omar only listens to Sofia', 'Omar only listens to her', ['Omar', 'Sofia'])).toBe(true);
  });
});

describe('gap 2: active and passive with "by" of one event meet (events.ts passiveConverse)', () => {
  it.each([
    ['The board will sack Kofi', 'Kofi will be sacked by the board', ['Kofi']],
    ['Marco will fire Jess', 'Jess will be fired by Marco', ['Marco', 'Jess']],
    ['Head office will lay Tunde off', 'Tunde will be laid off by head office', ['Tunde']],
    ['The partners are going to promote Leila', 'Leila will be promoted by the partners', ['Leila']],
    ['Management will hire Sam', 'Sam will be hired by management', ['Sam']],
    ['The board will appoint Sam', 'Sam will be appointed by the board', ['Sam']],
    ['Marco will fire Jess', 'Jess will be let go by Marco', ['Marco', 'Jess']],
    ['Marco will fire Jess', 'Jess will get fired by Marco', ['Marco', 'Jess']],
    ['Marco will fire Jess', 'Jess is going to be dismissed by Marco', ['Marco', 'Jess']],
    ['The client will blame Priya', 'Priya will be blamed by the client', ['Priya']],
  ])('%s / %s: one event', (a, b, people) => {
    expect(relation(a, b, people)).toBe('same');
    expect(together(a, b, people)).toBe(true);
  });

  it('the passive still meets the event told without its doer', () => {
    expect(together('Kofi will be sacked by the board', 'Kofi is going to lose his job', ['Kofi'])).toBe(
      true,
    );
  });

  it.each([
    ['The board will sack Kofi', 'Kofi will sack the board', ['Kofi']],
    ['Kofi will be sacked by the board', 'Kofi will sack the board', ['Kofi']],
    ['Marco will fire Jess', 'Marco will be fired by Jess', ['Marco', 'Jess']],
    ['Jess will be fired by Marco', 'Jess will fire Marco', ['Marco', 'Jess']],
    ['Leila will be promoted by the partners', 'Leila will promote the partners', ['Leila']],
    ['Priya will be blamed by the client', 'Priya will blame the client', ['Priya']],
  ])('%s / %s: the other direction, never grouped', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it('a participle in another sense is no event: "fired up by"', () => {
    expect(together('Marco will fire Jess', "Jess was fired up by Marco's speech", ['Marco', 'Jess'])).toBe(
      false,
    );
  });

  it.each([
    ['Marco will fire Jess', "Jess won't be fired by Marco", ['Marco', 'Jess']],
    ['The board will sack Kofi', 'The board will keep Kofi on', ['Kofi']],
    ['Kofi will be sacked by the board', 'The board will keep Kofi on', ['Kofi']],
  ])('%s / %s: opposites, never grouped', (a, b, people) => {
    expect(relation(a, b, people)).toBe('opposite');
    expect(together(a, b, people)).toBe(false);
  });
});

describe('gap 3: a noun phrase for people that the lexicon claims still acts as the subject (normalize.ts)', () => {
  const people = ['Bronwen'];

  it('the same doer and deed in other words stays one assumption', () => {
    expect(
      together('The new owners will cut my hours', 'The new owners are going to reduce my hours', people),
    ).toBe(true);
  });

  it.each([
    ['The new owners will cut my hours', 'My manager will cut my hours'],
    ['The new owners will cut my hours', "We'll have new owners by Christmas"],
    ['The new owners will cut my hours', 'The new owners will give me more hours'],
    ['The new owners will cut my hours', "I will cut the new owners' hours"],
    ['The new owners will cut my hours', "The new owners will cut the chef's hours"],
  ])('%s / %s: never grouped', (a, b) => {
    expect(together(a, b, people)).toBe(false);
  });

  it('the new owners are no one of the entry: not "my manager", who may be', () => {
    expect(relation('The new owners will cut my hours', 'My manager will cut my hours', people)).toBe(
      'different',
    );
  });

  it('one new owner too: the same doer and deed', () => {
    expect(
      together('The new owner will cut my hours', 'The new owner is going to reduce my hours', people),
    ).toBe(true);
    expect(together('The new owner will cut my hours', 'We will have a new owner soon', people)).toBe(false);
  });

  it('a sale told of the business is still a sale', () => {
    expect(
      together("We'll have new owners by Christmas", 'The owners are going to sell the hotel', people),
    ).toBe(true);
  });

  it('groups as one set: the two wordings together, the others each apart', () => {
    const at = groupOf(
      [
        'The new owners will cut my hours',
        'The new owners are going to reduce my hours',
        'My manager will cut my hours',
        "We'll have new owners by Christmas",
      ],
      people,
    );
    expect(at.get(1)).toBe(at.get(2));
    expect(at.get(3)).not.toBe(at.get(1));
    expect(at.get(4)).not.toBe(at.get(1));
  });
});
