import { describe, expect, it } from 'vitest';
import { expectOfferedNotGrouped, together } from '../helpers/grouping-probes.js';

// Everyday idioms of the lexicon's session-7 table (lexicon.ts, IDIOMS): an idiom and a plainer wording of the same
// assumption must group; the idiom and its denial must not. Written for this test, in settings of their own.
describe('idioms group with plain wordings of the same assumption', () => {
  it.each([
    [
      'Marcus will make me take the fall for the outage.',
      'Marcus is going to pin the outage on me.',
      ['Marcus'],
    ],
    ['Priya is going to hand in her notice.', 'Priya will quit before the summer.', ['Priya']],
    ['The bakery is going to go bust this winter.', 'The bakery will go under this winter.', []],
    ['Tom hasn’t got what it takes to run the depot.', 'Tom is out of his depth running the depot.', ['Tom']],
    [
      'My brother still owes me money and will never pay me back.',
      'My brother won’t repay what he borrowed from me.',
      [],
    ],
    ['Kofi will never apologise for what he said.', 'Kofi will never say sorry for what he said.', ['Kofi']],
    [
      'Ruth thinks I’m making a mountain out of a molehill.',
      'Ruth thinks I’m blowing this out of proportion.',
      ['Ruth'],
    ],
    ['Wes is a real grafter on the night shift.', 'Wes works his socks off on the night shift.', ['Wes']],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('idioms stay apart from their denials', () => {
  it.each([
    ['Lena isn’t pulling her weight on the rota.', 'Lena does her fair share on the rota.', ['Lena']],
    ['The bakery is going to go bust this winter.', 'The bakery will stay afloat this winter.', []],
    ['Priya is going to hand in her notice.', 'Priya plans to stay with the company.', ['Priya']],
    ['Tom hasn’t got what it takes to run the depot.', 'Tom has what it takes to run the depot.', ['Tom']],
    ['My brother still owes me money.', 'My brother always pays me back on time.', []],
    ['Kofi will never apologise for what he said.', 'Kofi will apologise for what he said.', ['Kofi']],
    ['Wes is a real grafter on the night shift.', 'Wes sits on his backside all night shift.', ['Wes']],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
});

describe('idioms that stay out of other concepts’ phrases', () => {
  it.each([
    // "takes the credit for everything": credit, not being taken for a mug.
    [
      'Callie takes the credit for everything my team builds.',
      'Callie passes our work off as her own.',
      ['Callie'],
    ],
    // "more than my fair share": an unfair load, not doing one's share.
    [
      'I do more than my fair share of the school runs.',
      'I always end up picking up the slack on the school runs.',
      [],
    ],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

// Session 9 (branch gatea9, gate A of docs/precision-gates.md, adopted by the lead): these pairs were grouped before,
// but they share no predicate the engine knows (no lexicon concept with its sign, no kindred one, no WordNet
// synonym), only a topic, a frame and the people, so they are offered as the person writes and no longer grouped
// automatically: the recall gate A costs for precision. (Their other rules still read them as one assumption.)
describe('gate A: no predicate the engine knows in common: offered, not grouped (similarity.ts unlinked)', () => {
  it.each([
    [
      'Gary is going to go straight to my boss about the mix-up.',
      'Gary will complain to my manager about the mix-up.',
      ['Gary'],
    ],
  ] as Array<[string, string, string[]]>)('%s / %s', (a, b, people) => {
    expectOfferedNotGrouped(a, b, people);
  });
});
