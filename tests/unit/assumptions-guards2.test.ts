import { describe, expect, it } from 'vitest';
import { groupStatements } from '../../src/domain/assumptions/group.js';
import { analyse } from '../../src/domain/assumptions/normalize.js';
import { PeopleIndex } from '../../src/domain/assumptions/people.js';
import { compare } from '../../src/domain/assumptions/similarity.js';
import { expectOfferedNotGrouped } from '../helpers/grouping-probes.js';

function relation(a: string, b: string, people: string[]) {
  const index = new PeopleIndex();
  index.addAll(people);
  return compare(analyse(a, people, index), analyse(b, people, index));
}

/** Groups the texts as one entry's statements; true when they all end up in one group. */
function oneGroup(texts: string[], people: string[]): boolean {
  const g = groupStatements(texts.map((text, i) => ({ id: i + 1, entryId: 1, text, people })));
  return g.groups.some((group) => group.length === texts.length);
}

// Reported speech ("X tells Y I'm Z") is X's view of the writer; "I complain about X" is the writer's of X.
describe('direction: reported speech and complaints', () => {
  it.each([
    [
      'Behind my back she tells the captains I am difficult.',
      'I complain about Gemma to the captains.',
      ['Gemma'],
    ],
    ['Tom tells everyone I am lazy.', 'I tell everyone Tom is lazy.', ['Tom']],
    [
      'Behind my back Priya tells the partners I am unreliable.',
      'I keep telling the partners Priya is unreliable.',
      ['Priya'],
    ],
    [
      'In the kitchen Marco tells the waiters I am slow.',
      'I complain to the waiters about Marco.',
      ['Marco'],
    ],
    [
      'Lena told the board that I cannot be trusted.',
      'I told the board that Lena cannot be trusted.',
      ['Lena'],
    ],
    ['Behind my back Aoife tells Mum I am selfish.', 'I moan to Mum about Aoife.', ['Aoife']],
    ['She tells the client I am hard to work with.', 'I tell the client she is hard to work with.', ['Hana']],
    ['At handover Obi tells the juniors I am careless.', 'I complain about Obi to the juniors.', ['Obi']],
    ['Behind my back he tells the team I am useless.', 'I tell the team Dev is useless.', ['Dev']],
  ])('"%s" is not "%s"', (a, b, people) => {
    expect(relation(a, b, people).kind).not.toBe('same');
  });

  it('a fronted phrase does not hide who tells', () => {
    const index = new PeopleIndex();
    index.addAll(['Gemma']);
    const s = analyse('Behind my back she tells the captains I am difficult.', ['Gemma'], index);
    expect(s.agent).toBe('p:gemma');
    expect(s.judged).toBe('self');
  });
});

// The same holder and judgement of two different things are two assumptions.
describe('different object: what is judged must agree', () => {
  it.each([
    [
      'Fergus thinks my income forecasts are unrealistic.',
      'Fergus thinks the gala budget is unrealistic.',
      ['Fergus'],
    ],
    ['Dana thinks my lesson plans are boring.', 'Dana thinks the new syllabus is boring.', ['Dana']],
    ['Raj thinks my code is sloppy.', 'Raj thinks the test suite is sloppy.', ['Raj']],
    ['Ingrid finds my reports too long.', 'Ingrid finds the weekly meeting too long.', ['Ingrid']],
    ['Luca thinks my sauces are bland.', 'Luca thinks the new menu is bland.', ['Luca']],
    ['Olu believes my timeline is unrealistic.', 'Olu believes the sales target is unrealistic.', ['Olu']],
    ['Kate thinks my designs are old-fashioned.', 'Kate thinks the office is old-fashioned.', ['Kate']],
    ['Sam considers my proposal too risky.', 'Sam considers the merger too risky.', ['Sam']],
    ['Marta thinks my essays are weak.', 'Marta thinks the funding bid is weak.', ['Marta']],
    ['Hugo thinks my prices are too high.', 'Hugo thinks the rent is too high.', ['Hugo']],
    [
      'My manager thinks my estimates are unrealistic.',
      'My manager thinks the launch date is unrealistic.',
      ['Ruth'],
    ],
  ])('"%s" is not "%s"', (a, b, people) => {
    expect(relation(a, b, people).kind).not.toBe('same');
  });
});

// A sanction ("punish", "count against", "mark down", "black mark") is one assumption only for one cause.
describe('a shared sanction does not chain different causes', () => {
  it.each([
    [
      'Crewing is punishing me for refusing overtime.',
      'A fatigue report will count against me at my next review.',
    ],
    [
      'Crewing is punishing me for refusing overtime.',
      'The training captain will mark me down as below standard.',
    ],
    [
      'A fatigue report will count against me at my next review.',
      'The training captain will mark me down as below standard.',
    ],
    [
      'The office is punishing me for taking parental leave.',
      'A complaint from a parent will count against me at my appraisal.',
    ],
  ])('"%s" is not "%s"', (a, b) => {
    expect(relation(a, b, ['Varga']).kind).not.toBe('same');
  });

  it('the over-merged cluster of heldout9 splits into its assumptions', () => {
    const texts = [
      'Crewing is punishing me for refusing overtime.',
      'A fatigue report will count against me at my next review.',
      'The training captain will mark me down as below standard.',
      'Going sick with fatigue puts a black mark on your file here.',
    ];
    const g = groupStatements(texts.map((text, i) => ({ id: i + 1, entryId: 1, text, people: ['Varga'] })));
    expect(g.groups.find((x) => x.includes(1))).toEqual([1]);
    expect(g.groups.find((x) => x.includes(3))).toEqual([3]);
  });
});

describe('paraphrases still group', () => {
  it.each([
    [
      ['Behind my back she tells the captains I am difficult.', 'She tells the captains I am difficult.'],
      ['Gemma'],
    ],
    [['Tom tells everyone I am lazy.', 'Tom thinks I am lazy.'], ['Tom']],
    [['Fergus thinks my forecasts are unrealistic.', 'Fergus finds my forecasts unrealistic.'], ['Fergus']],
    [
      [
        'A fatigue report will count against me at my next review.',
        'Going sick with fatigue puts a black mark on your file here.',
      ],
      ['Varga'],
    ],
    [
      [
        'Crewing is punishing me for refusing overtime.',
        'Crewing is punishing me because I refused overtime.',
      ],
      ['Varga'],
    ],
    [['Lena told the board that I cannot be trusted.', 'Lena says I cannot be trusted.'], ['Lena']],
    [['Raj thinks my code is sloppy.', 'Raj says my code is sloppy.'], ['Raj']],
    [['Hugo thinks my prices are too high.', 'Hugo finds my prices too high.'], ['Hugo']],
  ])('%j group together', (texts, people) => {
    expect(oneGroup(texts, people)).toBe(true);
  });
});

describe('a deed read as a sign of the writer is a view of the writer', () => {
  it.each([
    ["Admitting the desk is short-handed will be taken as a sign I'm failing.", 'c:succeed'],
    ['Asking for a second pair of hands will be seen as an admission that I cannot cope.', 'c:competent'],
  ])('"%s"', (text, quality) => {
    const index = new PeopleIndex();
    const s = analyse(text, [], index);
    expect(s.judged).toBe('self');
    expect(s.agent).toBeNull();
    expect([...s.quality]).toContain(quality);
  });
});

// A lexicon word in -ed ("seasoned", "numbered") is matched only by a word in -ed: its stem is often a noun of
// another sense, and "last season" is not "seasoned" (heldout11 grouped "my last season at the Playhouse" with
// "the Playhouse wants me back next season" through it).
describe('words in -ed are not their stems', () => {
  it('keeps "season" apart from "seasoned"', () => {
    const texts = ['This is my last season at the Playhouse.', 'The Playhouse wants me back next season.'];
    const g = groupStatements(
      texts.map((text, i) => ({ id: i + 1, entryId: i + 1, text, people: ['Ottilie'] })),
    );
    expect(g.groups).toHaveLength(2);
  });
  it('still reads the -ed word itself', () => {
    expect(
      relation(
        'Dana thinks I am not seasoned enough to lead.',
        'Dana thinks I am too inexperienced to lead.',
        ['Dana'],
      ).kind,
    ).toBe('same');
  });
});

// Session 9 (branch gatea9, gate A of docs/precision-gates.md, adopted by the lead): these pairs were grouped before,
// but they share no predicate the engine knows (no lexicon concept with its sign, no kindred one, no WordNet
// synonym), only a topic, a frame and the people, so they are offered as the person writes and no longer grouped
// automatically: the recall gate A costs for precision. (Their other rules still read them as one assumption.)
describe('gate A: no predicate the engine knows in common: offered, not grouped (similarity.ts unlinked)', () => {
  it.each([
    ['Dana thinks my lesson plans are boring.', 'Dana finds my lesson plans boring.', ['Dana']],
  ] as Array<[string, string, string[]]>)('%s / %s', (a, b, people) => {
    expectOfferedNotGrouped(a, b, people);
  });
});
