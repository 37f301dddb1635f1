import { describe, expect, it } from 'vitest';
import {
  forgetShapes,
  groupStatements,
  type PersonLink,
  StatementIndex,
  type StatementInput,
  scoreGrouping,
  suggestSimilar,
} from '../../src/domain/assumptions/index.js';

function statements(rows: Array<[string, string[]]>): StatementInput[] {
  return rows.map(([text, people], i) => ({ id: i + 1, entryId: i + 1, text, people }));
}

function together(texts: StatementInput[], a: number, b: number, links?: PersonLink[]): boolean {
  const { groups } = groupStatements(texts, links);
  return groups.some((g) => g.includes(a) && g.includes(b));
}

describe('groupStatements: paraphrases, opposites, direction', () => {
  it.each([
    ["She doesn't trust my judgement.", ['Priya', 'Marco'], 'Priya does not trust my judgment.', ['Priya']],
    ["Priya doesn't trust my judgement.", ['Priya'], 'She has no faith in my decisions.', ['Priya', 'Kevin']],
    ["Dr Okafor doesn't listen to nurses.", ['Dr Okafor'], 'Our observations are ignored by Dr Okafor.', []],
    [
      'Leila feels taken for granted.',
      ['Leila'],
      'She thinks nobody values her work.',
      ['Leila', 'Mr Grant'],
    ],
  ])('"%s" ~ "%s"', (a, pa, b, pb) => {
    expect(
      together(
        statements([
          [a, pa],
          [b, pb],
        ]),
        1,
        2,
      ),
    ).toBe(true);
  });

  it.each([
    ["Priya doesn't trust my judgement.", 'Priya trusts my judgement.'],
    ['Dr Okafor ignores the nurses.', 'Dr Okafor does listen to the nurses.'],
    ['My work goes unrecognised by Priya.', 'Priya recognises my work.'],
    ['Nobody listens to the night staff.', 'Everyone listens to the night staff.'],
    ['Priya distrusts my estimates.', 'Priya trusts my estimates.'],
    ['Kevin is afraid to ask questions.', "Kevin isn't afraid to ask questions."],
    ['Leila feels unappreciated.', 'Leila feels appreciated.'],
    // The same attitude aimed at a thing and at the writer.
    ["Priya doesn't trust the new rota system.", "Priya doesn't trust my judgement."],
    ['Kevin ignores the new booking software.', 'Kevin ignores my advice.'],
  ])('never merges "%s" with "%s"', (a, b) => {
    const input = statements([
      [a, ['Priya', 'Dr Okafor', 'Kevin', 'Leila']],
      [b, ['Priya', 'Dr Okafor', 'Kevin', 'Leila']],
    ]);
    expect(together(input, 1, 2)).toBe(false);
  });

  it('points out a contradiction between groups', () => {
    const input = statements([
      ["Priya doesn't trust my judgement.", ['Priya']],
      ['Priya has no faith in my decisions.', ['Priya']],
      ['Priya trusts my judgement.', ['Priya']],
    ]);
    const { groups, opposites } = groupStatements(input);
    const doubt = groups.findIndex((g) => g.includes(1));
    const trust = groups.findIndex((g) => g.includes(3));
    expect(groups[doubt]).toEqual([1, 2]);
    expect(opposites).toContainEqual([Math.min(doubt, trust), Math.max(doubt, trust)]);
  });

  it('groups the same after forgetting the shapes it worked out', () => {
    const input = statements([
      ["Priya doesn't trust my judgement.", ['Priya']],
      ['Priya has no faith in my decisions.', ['Priya']],
      ['Priya trusts my judgement.', ['Priya']],
    ]);
    const before = groupStatements(input);
    forgetShapes();
    expect(groupStatements(input)).toEqual(before);
  });

  it('judges copies of a wording like the first copy, each on its own (one comparison serves them all)', () => {
    const input = statements([
      ["Priya doesn't trust my judgement.", ['Priya']],
      ['Priya trusts my judgement.', ['Priya']],
      ["Priya doesn't trust my judgement.", ['Priya']],
      ["Priya doesn't trust my judgement.", ['Priya']],
      ['Priya has no faith in my decisions.', ['Priya']],
    ]);
    // The person set the second copy apart: it stays alone, and is still the opposite of the trusting one.
    const { groups, opposites } = groupStatements(input, [{ a: 1, b: 3, relation: 'different' }]);
    const of = (id: number) => groups.findIndex((g) => g.includes(id));
    expect(groups[of(1)]).toEqual([1, 4, 5]);
    expect(groups[of(3)]).toEqual([3]);
    const pair = (a: number, b: number) => [Math.min(of(a), of(b)), Math.max(of(a), of(b))];
    expect(opposites).toEqual(expect.arrayContaining([pair(1, 2), pair(3, 2)]));
    expect(opposites).toHaveLength(2);
  });

  it.each([
    ["I don't trust Marco's estimates.", "Marco doesn't trust my estimates."],
    ["Joanne covers for Sam's mistakes.", "Sam covers for Joanne's mistakes."],
    ["Mr Novak blames me for Ethan's grades.", "I blame Mr Novak for Ethan's grades."],
    ["Marco dismisses Kevin's ideas.", "Kevin dismisses Marco's ideas."],
  ])('keeps direction: "%s" ≠ "%s"', (a, b) => {
    const cast = ['Marco', 'Joanne', 'Sam', 'Mr Novak', 'Kevin'];
    expect(
      together(
        statements([
          [a, cast],
          [b, cast],
        ]),
        1,
        2,
      ),
    ).toBe(false);
  });

  it('puts every id in exactly one group', () => {
    const input = statements([
      ['Priya ignores me.', ['Priya']],
      ['The rota is wrong.', []],
      ['Priya never listens to me.', ['Priya']],
      ['', []],
    ]);
    const ids = groupStatements(input)
      .groups.flat()
      .sort((a, b) => a - b);
    expect(ids).toEqual([1, 2, 3, 4]);
  });
});

describe('groupStatements: the person’s links are authoritative', () => {
  const input = statements([
    ["Priya doesn't trust my judgement.", ['Priya']],
    ['Priya has no faith in my decisions.', ['Priya']],
    ['Priya second-guesses my calls.', ['Priya']],
    ['The rota never has enough cover.', []],
  ]);

  it.each([
    ['same joins what the machine kept apart', [{ a: 1, b: 4, relation: 'same' }], 1, 4, true],
    ['different splits what the machine joined', [{ a: 1, b: 2, relation: 'different' }], 1, 2, false],
    ['opposite splits what the machine joined', [{ a: 1, b: 2, relation: 'opposite' }], 1, 2, false],
    [
      'same is transitive, and a later automatic merge cannot bridge a "different"',
      [
        { a: 1, b: 4, relation: 'same' },
        { a: 4, b: 2, relation: 'different' },
      ],
      1,
      2,
      false,
    ],
  ] as const)('%s', (_name, links, a, b, expected) => {
    expect(together(input, a, b, [...links])).toBe(expected);
  });

  it('reports a user opposite link between the two groups', () => {
    const { groups, opposites } = groupStatements(input, [{ a: 1, b: 4, relation: 'opposite' }]);
    const g1 = groups.findIndex((g) => g.includes(1));
    const g4 = groups.findIndex((g) => g.includes(4));
    expect(opposites).toContainEqual([Math.min(g1, g4), Math.max(g1, g4)]);
  });
});

describe('groupStatements is deterministic', () => {
  const base = statements([
    ["Priya doesn't trust my judgement.", ['Priya']],
    ['She has no faith in my decisions.', ['Priya', 'Kevin']],
    ['Priya trusts me to make the call.', ['Priya']],
    ['Marco brushes aside anything Kevin suggests.', ['Marco', 'Kevin']],
    ["He never takes Kevin's ideas seriously.", ['Marco', 'Dana']],
    ["Kevin dismisses Marco's suggestions.", ['Marco', 'Kevin']],
    ["The team can't take on any more work.", []],
    ["We're already stretched too thin.", []],
  ]);
  const expected = groupStatements(base);

  it.each([1, 2, 3, 4, 5])('gives the same grouping for shuffled input (seed %i)', (seed) => {
    let s = seed;
    const shuffled = [...base].sort(() => {
      s = (s * 16807) % 2147483647;
      return (s % 3) - 1;
    });
    expect(groupStatements(shuffled)).toEqual(expected);
  });
});

describe('suggestions while writing', () => {
  const earlier = statements([
    ["Priya doesn't trust my judgement.", ['Priya']],
    ['Priya trusts my judgement.', ['Priya']],
    ['The night shift leaves their jobs for us to finish.', []],
    ['Marco wants my job.', ['Marco']],
  ]);

  it('offers the paraphrase first and flags the opposite', () => {
    const out = suggestSimilar('She has no faith in my decisions.', ['Priya', 'Kevin'], earlier, 3);
    expect(out[0]).toMatchObject({ id: 1, opposite: false });
    expect(out.find((s) => s.id === 2)?.opposite).toBe(true);
    for (const s of out) expect(s.score).toBeGreaterThan(0);
    for (const s of out) expect(s.score).toBeLessThanOrEqual(1);
  });

  it('suggests nothing for an unrelated statement, and respects the limit', () => {
    const index = new StatementIndex(earlier);
    expect(index.suggest('The printer is broken again.', [], 3)).toEqual([]);
    expect(index.suggest("Priya doesn't trust me.", ['Priya'], 1)).toHaveLength(1);
  });

  it('offers an opposite in other words about the same person, found by the person alone', () => {
    // No predicate or concept in common: "a safe pair of hands" against "doesn't trust me with".
    const about = statements([
      ["Marta doesn't trust me with the big clients.", ['Marta']],
      ['Marta is on holiday next week.', ['Marta']],
      ['Tomasz thinks I am a safe pair of hands.', ['Tomasz']],
    ]);
    const out = new StatementIndex(about).suggest("She thinks I'm a safe pair of hands.", ['Marta'], 3);
    expect(out).toEqual([expect.objectContaining({ id: 1, opposite: true })]);
  });
});

describe('scoreGrouping', () => {
  const labels = {
    range: { from: '2027-01-01', to: '2027-01-31' },
    statements: [
      { text: 'a1', group: 'a', file: '1.json' },
      { text: 'a2', group: 'a', file: '2.json' },
      { text: 'a3', group: 'a', file: '3.json' },
      { text: 'n1', group: 'a-not', file: '4.json' },
      { text: 'u1', group: 'u', file: '5.json' },
      { text: 'b1', group: 'b', file: '6.json' },
      { text: 'b2', group: 'b', file: '6.json' },
    ],
    groups: {},
    opposites: [['a', 'a-not']] as Array<[string, string]>,
    directions: [] as Array<[string, string]>,
  };

  it.each([
    ['perfect', [['a1', 'a2', 'a3']], { precision: 1, recall: 1, oppositesMerged: 0, truePairs: 3 }],
    ['half', [['a1', 'a2']], { precision: 1, recall: 1 / 3, oppositesMerged: 0 }],
    ['opposite merged', [['a1', 'a2', 'a3', 'n1']], { precision: 0.5, recall: 1, oppositesMerged: 1 }],
    ['nothing', [], { precision: 0, recall: 0, f1: 0 }],
    ['same-entry group is not a true pair', [['b1', 'b2']], { precision: 0, truePairs: 3 }],
  ])('%s', (_name, predicted, expected) => {
    expect(scoreGrouping(predicted, labels)).toMatchObject(expected);
  });
});
