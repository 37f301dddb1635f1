import { describe, expect, it } from 'vitest';
import { expectOfferedNotGrouped, together } from '../helpers/grouping-probes.js';

// Opposites merged (branch `opps`, session 6, post hoc on heldout14 and trap set 3): each class of language has
// probes of my own, in settings of their own: opposites that must stay apart and paraphrases that must stay together.
describe('a "never"/"not" before a verb whose topic the lexicon knows denies that act (normalize.ts, ACT_OPENERS)', () => {
  it.each([
    [
      'Mrs Osei will never pay the full deposit.',
      'Mrs Osei will pay the full deposit once the survey is back.',
      ['Mrs Osei'],
    ],
    ['Pavel never meant to pay the whole fee.', 'Pavel is going to pay the whole fee next week.', ['Pavel']],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
  it.each([
    [
      'Mrs Osei will never pay the full deposit.',
      'Mrs Osei is not going to pay the full deposit.',
      ['Mrs Osei'],
    ],
    ['Pavel will pay the whole fee next week.', 'Pavel is going to pay the whole fee next week.', ['Pavel']],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('outcomes of a venture or a living thing: profit/loss, recover/ruin (wordnet.ts, EVERYDAY_ANTONYMS)', () => {
  it.each([
    ["Lena's bakery will make a profit this year.", "Lena's bakery will make a loss this year.", ['Lena']],
    [
      "Kenji's apple trees will recover after the frost.",
      "Kenji's apple trees will be ruined after the frost.",
      ['Kenji'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
  it.each([
    ["Lena's bakery will make a profit this year.", "Lena's bakery will turn a profit this year.", ['Lena']],
    [
      "Kenji's apple trees will recover after the frost.",
      "Kenji's apple trees will recuperate after the frost.",
      ['Kenji'],
    ],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('"nobody"/"no one" and its phrase deny the verb after it, even after "the …" (normalize.ts, negated)', () => {
  it.each([
    [
      'Someone at the depot warned Ruth about the audit.',
      'No one at the depot warned Ruth about the audit.',
      ['Ruth'],
    ],
    [
      'Somebody in the choir told Aled about my solo.',
      'Nobody in the choir told Aled about my solo.',
      ['Aled'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
  it.each([
    [
      'No one at the depot warned Ruth about the audit.',
      'Nobody at the depot warned Ruth about the audit.',
      ['Ruth'],
    ],
    [
      'Nobody in the choir told Aled about my solo.',
      'No one in the choir told Aled about my solo.',
      ['Aled'],
    ],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('main clauses on opposite poles, sharing only the condition (similarity.ts, mainsClash)', () => {
  it.each([
    [
      'Odette is setting me up to take the blame if the trustees cut the funding.',
      'Odette will stand by me if the trustees cut the funding.',
      ['Odette'],
    ],
    [
      'Bram will undermine me if the parents complain about the trip.',
      'Bram will back me if the parents complain about the trip.',
      ['Bram'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
  it.each([
    [
      'Odette will stand by me if the trustees cut the funding.',
      'Odette will stand up for me if the trustees cut the funding.',
      ['Odette'],
    ],
    [
      'Bram will back me if the parents complain about the trip.',
      'Bram will support me if the parents complain about the trip.',
      ['Bram'],
    ],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('"up" against "down", the rest alike (similarity.ts, upAgainstDown)', () => {
  it.each([
    [
      "Yusuf's blood pressure will come down with the new pills.",
      "The new pills are going to push Yusuf's blood pressure up.",
      ['Yusuf'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
  it.each([
    [
      "Yusuf's blood pressure will come down with the new pills.",
      "Yusuf's blood pressure will drop with the new pills.",
      ['Yusuf'],
    ],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('keeping something going against ending it (similarity.ts, keepAgainstStop)', () => {
  it.each([
    ['Femi wants to keep the old kiln running.', 'Femi wants to shut down the old kiln.', ['Femi']],
    ['Femi wants to keep the old kiln going.', 'Femi wants to close the old kiln.', ['Femi']],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
});

describe('"anyone but X" denies X what it grants everyone else (normalize.ts, anyoneBut)', () => {
  it.each([
    [
      "The school will hire Marguerite's catering company for the gala.",
      "The gala catering will go to anyone but Marguerite's company.",
      ['Marguerite'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
});

// Session 9 (branch gatea9, gate A of docs/precision-gates.md, adopted by the lead): these pairs were grouped before,
// but they share no predicate the engine knows (no lexicon concept with its sign, no kindred one, no WordNet
// synonym), only a topic, a frame and the people, so they are offered as the person writes and no longer grouped
// automatically: the recall gate A costs for precision. (Their other rules still read them as one assumption.)
describe('gate A: no predicate the engine knows in common: offered, not grouped (similarity.ts unlinked)', () => {
  it.each([
    [
      "Bogdan's rent will go up after the renovation.",
      "Bogdan's rent will rise after the renovation.",
      ['Bogdan'],
    ],
    [
      "The gala catering will go to anyone but Marguerite's company.",
      "The gala catering contract will go to anyone but Marguerite's company.",
      ['Marguerite'],
    ],
    ['Femi wants to keep the old kiln running.', 'Femi wants to keep the old kiln going.', ['Femi']],
  ] as Array<[string, string, string[]]>)('%s / %s', (a, b, people) => {
    expectOfferedNotGrouped(a, b, people);
  });
});
