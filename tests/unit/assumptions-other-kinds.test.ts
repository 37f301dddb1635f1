import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/domain/assumptions/normalize.js';
import { PeopleIndex } from '../../src/domain/assumptions/people.js';
import { compare } from '../../src/domain/assumptions/similarity.js';
import { expectOfferedNotGrouped, groupOf } from '../helpers/grouping-probes.js';

const relation = (people: string[], a: string, b: string) => {
  const index = new PeopleIndex();
  return compare(analyse(a, people, index), analyse(b, people, index)).kind;
};

// Probes written for the "other kinds" rule (not from the corpus or the trap sets): the same frame about another
// thing is another assumption when the words that differ name things only — another numbered one ("Year 7" /
// "Year 10"), a noun or an activity modifying the same head ("booking" / "invoicing software"), another head
// ("his driving test" / "the bar exam"), a lone noun against a phrase ("to dialysis" / "to the train station").
// Words that mean the same, or adjectives alone, leave the pair to the rest of the engine.

const split: Array<[string[], string, string]> = [
  [['Leila'], 'Leila wants me to run the Year 7 trip.', 'Leila wants me to run the Year 10 trip.'],
  [
    ['Marek'],
    'Marek is annoyed with the booking software.',
    'Marek is annoyed with the stock-taking software.',
  ],
  [['Nadia'], 'Nadia is nervous about her citizenship test.', 'Nadia is nervous about the swimming exam.'],
  [
    ['Pavel'],
    'Pavel expects me to staff the Friday stall.',
    'Pavel expects me to staff the Sunday flea market.',
  ],
  [['Bo'], 'Bo wants me to take over the Tuesday round.', 'Bo wants me to take over the Thursday round.'],
  [['Ines'], 'Ines is fed up with the rostering app.', 'Ines is fed up with the expenses app.'],
  [
    ['Rania'],
    'Rania will ask me to drive her to dialysis.',
    'Rania will ask me to drive her to the train station.',
  ],
];

// Whatever else differs, one head of another kind in each (a noun or an activity before it, not an adjective) names
// two people in one role or two things of one sort (similarity.ts `kindsDiffer`).
const kindsSplit: Array<[string[], string, string]> = [
  [
    [],
    'The licensing officer has already made up his mind to refuse the extension.',
    'The tenancy officer has already decided against the new lease.',
  ],
  [
    [],
    'The planning inspector has already made up her mind to reject the appeal.',
    'The fire inspector has already decided against the new staircase.',
  ],
];

const kindsTogether: Array<[string[], string, string]> = [
  [
    [],
    'The licensing officer has already made up his mind to refuse the extension.',
    'The licensing officer has already decided against the extension.',
  ],
  [
    [],
    'The housing officer has already made up his mind to turn us down.',
    'The housing officer has already decided against us.',
  ],
];

const together: Array<[string[], string, string]> = [
  [['Leila'], 'Leila wants me to run the Year 7 trip.', 'Leila wants me to lead the Year 7 trip.'],
  [['Marek'], 'Marek is annoyed with the booking software.', 'Marek is irritated by the booking software.'],
  [
    ['Tomas'],
    'Tomas complains about the mess in the shared kitchen.',
    'Tomas complains about the untidy communal kitchen.',
  ],
  [['Ivo'], 'Ivo is fed up with the parking rules.', 'Ivo is fed up with the parking regulations.'],
  [['Nadia'], 'Nadia is nervous about her driving test.', 'Nadia is anxious about the driving test.'],
];

describe('the same frame about another kind of thing', () => {
  it.each(split)('%j: "%s" / "%s" are two assumptions', (people, a, b) => {
    const at = groupOf([a, b], people);
    expect(at.get(1)).not.toBe(at.get(2));
    expect(relation(people, a, b)).toBe('different');
  });

  it.each(together)('%j: "%s" / "%s" stay one assumption', (people, a, b) => {
    const at = groupOf([a, b], people);
    expect(at.get(1)).toBe(at.get(2));
  });

  it.each(kindsSplit)('%j: "%s" / "%s" name two of one role', (people, a, b) => {
    const at = groupOf([a, b], people);
    expect(at.get(1)).not.toBe(at.get(2));
    expect(relation(people, a, b)).toBe('different');
  });

  it.each(kindsTogether)('%j: "%s" / "%s" name one', (people, a, b) => {
    const at = groupOf([a, b], people);
    expect(at.get(1)).toBe(at.get(2));
  });
});

// "Sooner or later" is a time hedge (normalize.ts drops it), not the "sooner" of a preference.
describe('"sooner or later"', () => {
  it('is not a preference: two assumptions', () => {
    const at = groupOf(
      [
        'Sooner or later everyone will realise I am faking it.',
        'Ola would sooner struggle on alone than come to me.',
      ],
      ['Ola'],
    );
    expect(at.get(1)).not.toBe(at.get(2));
  });

  it.each([
    ['Sooner or later my team will see I am out of my depth.', 'My team will see I am out of my depth.'],
    ['Sooner or later, the board will close the branch.', 'The board is going to close the branch.'],
  ])('leaves "%s" / "%s" one assumption', (a, b) => {
    const at = groupOf([a, b], ['Ola']);
    expect(at.get(1)).toBe(at.get(2));
  });
});

// A preference is about what it sets aside (normalize.ts `setAsideWords`, similarity.ts `otherSetAside`): the same
// preferred act against two different things set aside is two assumptions.
describe('"would rather … than" with another thing set aside', () => {
  it.each([
    [
      'Mum would rather stay in her own flat than move in with us.',
      'Mum would rather stay in her own flat than have a carer.',
    ],
    ['Rob would rather quit than work for Helen.', 'Rob would rather quit than move to the night shift.'],
    ['Gran would sooner walk than take the bus.', 'Gran would sooner walk than pay for a taxi.'],
  ])('"%s" / "%s" are two assumptions', (a, b) => {
    const at = groupOf([a, b], ['Mum', 'Rob', 'Gran', 'Helen']);
    expect(at.get(1)).not.toBe(at.get(2));
  });

  it.each([
    [
      'Gran would rather go hungry than ask us for money.',
      'Gran would rather go hungry than ask us for cash.',
    ],
  ])('leaves "%s" / "%s" one assumption', (a, b) => {
    const at = groupOf([a, b], ['Gran']);
    expect(at.get(1)).toBe(at.get(2));
  });
});

// Session 9 (branch gatea9, gate A of docs/precision-gates.md, adopted by the lead): these pairs were grouped before,
// but they share no predicate the engine knows (no lexicon concept with its sign, no kindred one, no WordNet
// synonym), only a topic, a frame and the people, so they are offered as the person writes and no longer grouped
// automatically: the recall gate A costs for precision. (Their other rules still read them as one assumption.)
describe('gate A: no predicate the engine knows in common: offered, not grouped (similarity.ts unlinked)', () => {
  it.each([
    ['Bo wants me to take over the Tuesday round.', 'Bo wants me to take on the Tuesday round.', ['Bo']],
    [
      'Gran would rather walk than take the bus.',
      'Gran would rather walk everywhere than take the bus.',
      ['Gran'],
    ],
    [
      'Gran would rather sleep in the car than stay at a hotel.',
      'Gran would rather sleep in the car than pay for a hotel.',
      ['Gran'],
    ],
  ] as Array<[string, string, string[]]>)('%s / %s', (a, b, people) => {
    expectOfferedNotGrouped(a, b, people);
  });
});
