import { describe, expect, it } from 'vitest';
import {
  analyseAll,
  groupStatements,
  StatementIndex,
  type StatementInput,
} from '../../src/domain/assumptions/index.js';
import { PeopleIndex } from '../../src/domain/assumptions/people.js';
import { learnRoles, RoleLearner } from '../../src/domain/assumptions/roles.js';

// A role written instead of a name ("my brother-in-law", "the senior partner") is one of the journal's people
// only where the journal says so (roles.ts). Fictional journals written for this test: Ruairi is the writer's
// brother-in-law and business partner, Morag the writer's wife, Fenella a senior partner.

let nextId = 1;
const entry = (entryId: number, people: string[], texts: string[], context?: string): StatementInput[] =>
  texts.map((text) => ({
    id: nextId++,
    entryId,
    text,
    people,
    ...(context === undefined ? {} : { context }),
  }));

function bookOf(statements: StatementInput[]): Array<[string, string]> {
  const people = new PeopleIndex();
  for (const s of statements) people.addAll(s.people);
  return learnRoles(statements, people).entries();
}

const agents = (statements: StatementInput[]) => analyseAll(statements).map((s) => s.agent);

function together(statements: StatementInput[], a: number, b: number): boolean {
  return groupStatements(statements).groups.some((g) => g.includes(a) && g.includes(b));
}

describe('roles introduced in an entry', () => {
  it.each([
    ['Ruairi, my brother-in-law, came round after tea.', 'brother in law'],
    ['Fenella (senior partner) chaired the meeting.', 'senior partner'],
    ['I rang my wife Morag from the van.', 'wife'],
    ['Ruairi is the site manager.', 'site manager'],
  ])('%s', (context, role) => {
    const statements = entry(1, ['Ruairi', 'Morag', 'Fenella'], ['I carry the jobs on my own.'], context);
    expect(bookOf(statements).map(([r]) => r)).toEqual([role]);
  });

  it('makes the role its person in every entry that lists them', () => {
    const statements = [
      ...entry(
        1,
        ['Ruairi', 'Morag'],
        ['My brother-in-law second-guesses my quotes in front of customers.'],
        'Ruairi, my brother-in-law, priced the job.',
      ),
      ...entry(2, ['Morag', 'Ruairi'], ['My brother-in-law leaves the heavy lifting to me.']),
    ];
    expect(agents(statements)).toEqual(['p:ruairi', 'p:ruairi']);
  });

  it.each([
    'I met Ruairi, the site manager, and Morag at the gate.',
    'I met the site manager, Ruairi, and Morag at the gate.',
  ])('is no introduction in a list of people: %s', (context) => {
    const statements = entry(1, ['Ruairi', 'Morag'], ['I carry the jobs on my own.'], context);
    expect(bookOf(statements)).toEqual([]);
  });

  it('keeps two people introduced in one role apart from either', () => {
    const statements = [
      ...entry(1, ['Ruairi'], ['Ruairi, the site manager, shouts at me.']),
      ...entry(2, ['Fenella'], ['Fenella, the site manager, shouts at me.']),
    ];
    expect(bookOf(statements)).toEqual([]);
  });
});

describe('roles learned from the entries that use them', () => {
  it('is the one person every such entry lists', () => {
    const statements = [
      ...entry(1, ['Ruairi'], ['My brother-in-law leaves the heavy lifting to me.']),
      ...entry(2, ['Ruairi', 'Morag'], ['My brother-in-law turns up late to every job.']),
    ];
    expect(bookOf(statements)).toEqual([['brother in law', 'ruairi']]);
  });

  it('is never guessed from one entry of two people', () => {
    const statements = entry(1, ['Ruairi', 'Morag'], ['My brother-in-law leaves the heavy lifting to me.']);
    expect(bookOf(statements)).toEqual([]);
    expect(agents(statements)).not.toEqual(['p:ruairi']);
  });

  it('is no one when the entries share no person, or share two', () => {
    expect(
      bookOf([
        ...entry(1, ['Ruairi'], ['My brother-in-law leaves the heavy lifting to me.']),
        ...entry(2, ['Morag'], ['My brother-in-law turns up late to every job.']),
      ]),
    ).toEqual([]);
    expect(
      bookOf([
        ...entry(1, ['Ruairi', 'Morag'], ['My brother-in-law leaves the heavy lifting to me.']),
        ...entry(2, ['Morag', 'Ruairi'], ['My brother-in-law turns up late to every job.']),
      ]),
    ).toEqual([]);
  });

  it('is not the person a statement names beside it', () => {
    const statements = [
      ...entry(1, ['Ruairi'], ['The site manager blames Ruairi for the delays.']),
      ...entry(2, ['Ruairi'], ['The site manager wants us off the job by Friday.']),
    ];
    expect(bookOf(statements)).toEqual([]);
  });

  it.each([
    ['The partners second-guess my quotes.', 'The partners leave the heavy lifting to me.'],
    ['The doctors ignore my rota.', 'The doctors think I am obstructive.'],
    ['Head office ignores my reports.', 'Head office thinks I am obstructive.'],
    ['The council ignores my letters.', 'The council thinks I am a nuisance.'],
  ])('never makes a group one person: %s', (a, b) => {
    const statements = [...entry(1, ['Fenella'], [a]), ...entry(2, ['Fenella'], [b])];
    expect(bookOf(statements)).toEqual([]);
    expect(agents(statements)).not.toContain('p:fenella');
  });

  it('is learned per journal: another journal does not inherit it', () => {
    const taught = [
      ...entry(1, ['Ruairi'], ['My brother-in-law leaves the heavy lifting to me.']),
      ...entry(2, ['Ruairi'], ['My brother-in-law turns up late to every job.']),
    ];
    expect(agents(taught)).toEqual(['p:ruairi', 'p:ruairi']);
    const other = entry(3, ['Ruairi', 'Morag'], ['My brother-in-law leaves the heavy lifting to me.']);
    expect(agents(other)).not.toEqual(['p:ruairi']);
  });
});

describe('grouping through a role', () => {
  const teach = () => [
    ...entry(1, ['Ruairi'], ['My brother-in-law leaves the heavy lifting to me.']),
    ...entry(2, ['Ruairi', 'Morag'], ['My brother-in-law turns up late to every job.']),
  ];

  it('keeps a role apart from another person of its entry', () => {
    const statements = [
      ...teach(),
      ...entry(3, ['Ruairi', 'Morag'], ['My brother-in-law second-guesses my quotes in front of customers.']),
      ...entry(4, ['Ruairi', 'Morag'], ['Morag second-guesses my quotes in front of customers.']),
      ...entry(5, ['Ruairi', 'Morag'], ['Ruairi second-guesses my quotes in front of customers.']),
    ];
    const [, , role, morag, ruairi] = statements.map((s) => s.id) as [number, number, number, number, number];
    expect(together(statements, role, ruairi)).toBe(true);
    expect(together(statements, role, morag)).toBe(false);
  });

  it('does not merge an opposite said through the role', () => {
    const statements = [
      ...entry(1, ['Morag'], ['My wife Morag trusts me with the accounts.']),
      ...entry(2, ['Morag', 'Ruairi'], ["My wife doesn't trust me with the accounts."]),
      ...entry(3, ['Morag', 'Ruairi'], ['Morag trusts me with the accounts.']),
    ];
    const [intro, denial, named] = statements.map((s) => s.id) as [number, number, number];
    expect(agents(statements)).toEqual(['p:morag', 'p:morag', 'p:morag']);
    expect(together(statements, intro, named)).toBe(true);
    expect(together(statements, denial, named)).toBe(false);
  });

  it('suggests as it groups', () => {
    const earlier = [
      ...teach(),
      ...entry(3, ['Ruairi', 'Morag'], ['Morag second-guesses my quotes in front of customers.']),
      ...entry(4, ['Ruairi', 'Morag'], ['Ruairi second-guesses my quotes in front of customers.']),
    ];
    const ruairi = earlier.at(-1)!.id;
    const morag = earlier.at(-2)!.id;
    const ids = new StatementIndex(earlier)
      .suggest('My brother-in-law second-guesses my quotes in front of customers.', ['Ruairi', 'Morag'])
      .map((s) => s.id);
    expect(ids).toContain(ruairi);
    expect(ids).not.toContain(morag);
  });
});

describe('roles written together', () => {
  it('are two people: neither is kept when both came out as the same one', () => {
    const statements = [
      ...entry(1, ['Ruairi', 'Morag'], ['The director takes his complaints to the producer.']),
      ...entry(2, ['Ruairi', 'Fenella'], ['The producer will make me carry the can.']),
      ...entry(3, ['Ruairi'], ['The director sees me as the help.']),
    ];
    expect(bookOf(statements)).toEqual([]);
  });
});

describe('a role learner fed run by run', () => {
  it('learns what the statements teach at once, each statement counted once', () => {
    const first = entry(1, ['Ruairi'], ['My brother-in-law leaves the heavy lifting to me.']);
    const second = entry(2, ['Ruairi', 'Morag'], ['My brother-in-law turns up late to every job.']);
    const learner = new RoleLearner();
    expect(learner.add(first).book().entries()).toEqual([]);
    expect(learner.add(first).book().entries()).toEqual([]);
    expect(learner.add(second).book().entries()).toEqual(bookOf([...first, ...second]));
  });

  it('gives a grouping the roles of statements it does not hold', () => {
    const learner = new RoleLearner().add([
      ...entry(1, ['Ruairi'], ['My brother-in-law leaves the heavy lifting to me.']),
      ...entry(2, ['Ruairi', 'Morag'], ['My brother-in-law turns up late to every job.']),
    ]);
    const run = [
      ...entry(3, ['Ruairi', 'Morag'], ['My brother-in-law second-guesses my quotes in front of customers.']),
      // (Morag first: a role read as no one would join her statement.)
      ...entry(4, ['Ruairi', 'Morag'], ['Morag second-guesses my quotes in front of customers.']),
      ...entry(5, ['Ruairi', 'Morag'], ['Ruairi second-guesses my quotes in front of customers.']),
    ];
    const [role, morag, ruairi] = run.map((s) => s.id) as [number, number, number];
    expect(groupStatements(run).groups).toContainEqual([role, morag]);
    const { groups } = groupStatements(run, [], { roles: learner });
    expect(groups.some((g) => g.includes(role) && g.includes(ruairi))).toBe(true);
    expect(groups.some((g) => g.includes(role) && g.includes(morag))).toBe(false);
  });
});
