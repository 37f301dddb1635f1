import { describe, expect, it } from 'vitest';
import {
  analyseAll,
  groupStatements,
  StatementIndex,
  type StatementInput,
} from '../../src/domain/assumptions/index.js';
import { PeopleIndex } from '../../src/domain/assumptions/people.js';
import { learnRoles } from '../../src/domain/assumptions/roles.js';
import { contextOf } from '../../src/domain/statements.js';

// Roles read from the whole entry (branch context8): the entry's other answers (situation, dialogue, ladder data)
// and its tags. Fictional journal: Philippa is the general manager, Anselm the union rep, Wilf the writer's
// brother; Corin and Tamsin are colleagues.

let nextId = 1;
interface EntryExtras {
  context?: string;
  tags?: string[];
}
const entry = (
  entryId: number,
  people: string[],
  texts: string[],
  extras: EntryExtras = {},
): StatementInput[] => texts.map((text) => ({ id: nextId++, entryId, text, people, ...extras }));

function bookOf(statements: StatementInput[]): Array<[string, string]> {
  const people = new PeopleIndex();
  for (const s of statements) people.addAll(s.people);
  return learnRoles(statements, people).entries();
}

const agents = (statements: StatementInput[]) => analyseAll(statements).map((s) => s.agent);

function together(statements: StatementInput[], a: number, b: number): boolean {
  return groupStatements(statements).groups.some((g) => g.includes(a) && g.includes(b));
}

describe('the context of an entry', () => {
  it('is its situation, dialogue (said and unsaid) and ladder data, a line each', () => {
    expect(
      contextOf([
        { role: 'context', value: 'Budget meeting with Philippa, the general manager.' },
        {
          role: 'said',
          value: [
            { said: 'Philippa: Cut it by ten percent.', unsaid: 'She never reads the figures.' },
            { said: '', unsaid: 'Again.' },
          ],
        },
        { role: 'data', value: 'She looked at her phone twice.' },
        { role: 'selected-data', value: ['The phone.', 'The sigh.'] },
        { role: 'feeling', value: 'angry' },
        { role: 'assumption', value: ['The general manager thinks I pad the numbers.'] },
        { role: 'meaning', value: 'She has decided.' },
      ]),
    ).toBe(
      [
        'Budget meeting with Philippa, the general manager.',
        'Philippa: Cut it by ten percent.',
        'She never reads the figures.',
        'Again.',
        'She looked at her phone twice.',
        'The phone.',
        'The sigh.',
      ].join('\n'),
    );
  });

  it('is empty without such answers', () => {
    expect(contextOf([{ role: 'assumption', value: ['x'] }])).toBe('');
  });
});

describe('roles introduced in the situation or the dialogue', () => {
  it.each([
    ['Annual budget meeting with Philippa, the general manager.', 'general manager', 'philippa'],
    ['Me: Philippa, the general manager, asked for it.', 'general manager', 'philippa'],
    ['Anselm (union rep) sat in on the meeting.', 'union rep', 'anselm'],
    ['Philippa: Anselm, the union rep, will be there.', 'union rep', 'anselm'],
  ])('%s', (context, role, key) => {
    const statements = entry(1, ['Philippa', 'Anselm'], ['I carry the budget on my own.'], { context });
    expect(bookOf(statements)).toEqual([[role, key]]);
  });

  it.each(['Philippa: Anselm, my brother, will be there.', 'Corin: I asked my manager Philippa.'])(
    "is not the writer's when someone else says it: %s",
    (context) => {
      const statements = entry(1, ['Philippa', 'Anselm', 'Corin'], ['I carry the budget on my own.'], {
        context,
      });
      expect(bookOf(statements)).toEqual([]);
    },
  );

  it("is the writer's own in the unsaid column and in the writer's lines", () => {
    const statements = entry(1, ['Wilf', 'Corin'], ['I carry the budget on my own.'], {
      context: 'Corin: Shall we start?\nMe: Wilf, my brother, is joining.',
    });
    expect(bookOf(statements)).toEqual([['brother', 'wilf']]);
  });

  it("joins a statement through the role to one naming its person, and keeps another person's apart", () => {
    const statements = [
      ...entry(1, ['Philippa'], ['The general manager thinks I pad the numbers.'], {
        context: 'Annual budget meeting with Philippa, the general manager.',
      }),
      ...entry(2, ['Philippa', 'Corin'], ['Philippa thinks I pad the numbers.']),
      ...entry(3, ['Corin', 'Philippa'], ['Corin thinks I pad the numbers.']),
    ];
    const [viaRole, named, other] = statements.map((s) => s.id) as [number, number, number];
    expect(agents(statements)).toEqual(['p:philippa', 'p:philippa', 'p:corin']);
    expect(together(statements, viaRole, named)).toBe(true);
    expect(together(statements, viaRole, other)).toBe(false);
  });

  it('never makes a plural or a group one person', () => {
    const statements = entry(1, ['Philippa'], ['The managers think I pad the numbers.'], {
      context: 'Philippa, the managers and head office met about the budget.',
    });
    expect(bookOf(statements)).toEqual([]);
  });
});

describe('tags as evidence of a role', () => {
  it('is the one person every entry tagged with the role lists, in two entries at least', () => {
    const statements = [
      ...entry(1, ['Philippa'], ['I carry the budget on my own.'], { tags: ['general manager', 'budget'] }),
      ...entry(2, ['Philippa', 'Corin'], ['Corin never reads the figures.'], { tags: ['General Manager'] }),
    ];
    expect(bookOf(statements)).toEqual([['general manager', 'philippa']]);
  });

  it('names no one from one entry', () => {
    const statements = entry(1, ['Philippa'], ['I carry the budget on my own.'], {
      tags: ['general manager'],
    });
    expect(bookOf(statements)).toEqual([]);
  });

  it('names no one when the tagged entries list different people, or two people each time', () => {
    expect(
      bookOf([
        ...entry(1, ['Philippa'], ['I carry the budget on my own.'], { tags: ['manager'] }),
        ...entry(2, ['Corin'], ['Corin never reads the figures.'], { tags: ['manager'] }),
      ]),
    ).toEqual([]);
    expect(
      bookOf([
        ...entry(1, ['Philippa', 'Corin'], ['I carry the budget on my own.'], { tags: ['manager'] }),
        ...entry(2, ['Corin', 'Philippa'], ['Corin never reads the figures.'], { tags: ['manager'] }),
      ]),
    ).toEqual([]);
  });

  it.each([['managers'], ['union'], ['head office'], ['budget'], ['the partners']])(
    'is no role for a plural, a group or a topic: %s',
    (tag) => {
      const statements = [
        ...entry(1, ['Philippa'], ['I carry the budget on my own.'], { tags: [tag] }),
        ...entry(2, ['Philippa'], ['Nobody reads the figures.'], { tags: [tag] }),
      ];
      expect(bookOf(statements)).toEqual([]);
    },
  );

  it('is overruled when the journal introduces someone else in the role', () => {
    const statements = [
      ...entry(1, ['Philippa'], ['I carry the budget on my own.'], { tags: ['general manager'] }),
      ...entry(2, ['Philippa', 'Corin'], ['Nobody reads the figures.'], { tags: ['general manager'] }),
      ...entry(3, ['Tamsin'], ['Tamsin, the general manager, cut my budget.']),
    ];
    expect(bookOf(statements)).toEqual([]);
  });

  it('is overruled when a statement names the person beside the role', () => {
    const statements = [
      ...entry(1, ['Philippa'], ['The general manager blames Philippa for the overspend.'], {
        tags: ['general manager'],
      }),
      ...entry(2, ['Philippa'], ['Nobody reads the figures.'], { tags: ['general manager'] }),
    ];
    expect(bookOf(statements)).toEqual([]);
  });

  it('is overruled when the entries using the role share another person', () => {
    const statements = [
      ...entry(1, ['Philippa', 'Tamsin'], ['I carry the budget on my own.'], { tags: ['general manager'] }),
      ...entry(2, ['Philippa'], ['Nobody reads the figures.'], { tags: ['general manager'] }),
      ...entry(3, ['Tamsin'], ['The general manager cut my budget.']),
      ...entry(4, ['Tamsin', 'Corin'], ['The general manager never reads the figures.']),
    ];
    expect(bookOf(statements)).toEqual([]);
  });

  it('joins a statement through the role to one naming its person', () => {
    const statements = [
      ...entry(1, ['Philippa'], ['The general manager thinks I pad the numbers.'], {
        tags: ['general manager'],
      }),
      ...entry(2, ['Philippa', 'Corin'], ['Philippa thinks I pad the numbers.'], {
        tags: ['general manager'],
      }),
    ];
    const [viaRole, named] = statements.map((s) => s.id) as [number, number];
    expect(together(statements, viaRole, named)).toBe(true);
  });
});

describe('link as you write, with the entry being written', () => {
  const people = ['Philippa', 'Corin'];
  const text = 'The general manager thinks I pad the numbers.';
  const earlier = () => [
    ...entry(1, people, ['Philippa thinks I pad the numbers.']),
    ...entry(2, people, ['Corin thinks I pad the numbers.']),
  ];

  it("suggests only the named person's statement for a role its situation introduces", () => {
    const statements = earlier();
    const index = new StatementIndex(statements);
    // Unresolved, the role may be either of the entry's people.
    expect(index.suggest(text, people).map((s) => s.id)).toHaveLength(2);
    index.teachEntry({ entryId: 3, people, context: 'Budget meeting with Philippa, the general manager.' });
    expect(index.suggest(text, people).map((s) => s.id)).toEqual([statements[0]!.id]);
  });

  it('reads a context the entry being written gains later', () => {
    const statements = earlier();
    const index = new StatementIndex(statements);
    index.teachEntry({ entryId: 3, people, context: 'Budget meeting.' });
    expect(index.suggest(text, people)).toHaveLength(2);
    index.teachEntry({
      entryId: 3,
      people,
      context: 'Budget meeting.\nMe: Philippa, the general manager, is late.',
    });
    expect(index.suggest(text, people).map((s) => s.id)).toEqual([statements[0]!.id]);
  });
});
