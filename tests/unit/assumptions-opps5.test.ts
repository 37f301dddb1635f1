import { describe, expect, it } from 'vitest';
import { together } from '../helpers/grouping-probes.js';

// Opposites and directions merged (branch `opps5`, session 8, post hoc on the odd half of trap set 5): each
// mechanism has probes in words and settings of my own: pairs that must stay apart, paraphrases that must stay
// together.
describe('"A rather than B" turned round, B a bare noun that may be a verb (contrast.ts, thingFrom)', () => {
  it.each([
    [
      'Ottilie wants the choir to aim for volume rather than harmony at the concert.',
      'Ottilie wants the choir to aim for harmony rather than volume at the concert.',
      ['Ottilie'],
    ],
    [
      'Priyam prefers we go for comfort instead of style for the office chairs.',
      'Priyam prefers we go for style instead of comfort for the office chairs.',
      ['Priyam'],
    ],
    [
      'Hamish cares about cost rather than quality in the kitchen refit.',
      'Hamish cares about quality rather than cost in the kitchen refit.',
      ['Hamish'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
  it.each([
    [
      'Hamish cares about cost rather than quality in the kitchen refit.',
      'Hamish cares about cost rather than quality in the kitchen refit, as usual.',
      ['Hamish'],
    ],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('a view of a deed, its parties swapped (parties.ts, readParties under a view verb)', () => {
  it.each([
    [
      'Rosalind thinks I betrayed her at the reunion.',
      'Rosalind thinks she betrayed me at the reunion.',
      ['Rosalind'],
    ],
    ['Tobias believes I owe him an apology.', 'Tobias believes he owes me an apology.', ['Tobias']],
    [
      'Annika feels I let her down during the move.',
      'Annika feels she let me down during the move.',
      ['Annika'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
  it.each([['Tobias believes I owe him an apology.', 'Tobias thinks I owe him an apology.', ['Tobias']]])(
    '%s / %s: together',
    (a, b, people) => {
      expect(together(a, b, people)).toBe(true);
    },
  );
});

describe('"in-/im-/ir-/dis-" on an adjective denies it (normalize.ts, negatedAdjective)', () => {
  it.each([
    [
      'Freya thinks my thank-you speech was sincere.',
      'Freya found my thank-you speech insincere.',
      ['Freya'],
    ],
    [
      'Gunnar says I was patient with the trainees.',
      'Gunnar says I was impatient with the trainees.',
      ['Gunnar'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
  it.each([
    [
      'Freya thinks my thank-you speech was insincere.',
      'Freya found my thank-you speech insincere.',
      ['Freya'],
    ],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('everyday poles: a fair share against a tilted one, giving way against digging in', () => {
  it.each([
    [
      'Ines thinks the chore chart I made is balanced.',
      'Ines thinks the chore chart I made is lopsided.',
      ['Ines'],
    ],
    [
      'If I complain about the noise, the neighbour will back down.',
      'If I complain about the noise, the neighbour will just dig in.',
      ['Wojciech'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
  it.each([
    [
      'If I complain about the noise, the neighbour will just dig in.',
      'If I complain about the noise, the neighbour will stand his ground.',
      ['Wojciech'],
    ],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('two acts, one of them an irregular past (similarity.ts, otherActs; stem.ts, irregularBase)', () => {
  it.each([
    [
      'Keziah is cross about the way I swept the yard.',
      'Keziah is cross about the way I painted the fence.',
      ['Keziah'],
    ],
    [
      'Ruben is unhappy with how I wrote the labels.',
      'Ruben is unhappy with how I sorted the recycling.',
      ['Ruben'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
  it.each([
    [
      'Keziah is cross about the way I swept the yard.',
      'Keziah is annoyed about the way I swept the yard.',
      ['Keziah'],
    ],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('"doesn\'t believe" before a clause of the writer\'s own is a view, not distrust (normalize.ts, believesClause)', () => {
  it.each([
    [
      'Halima doesn’t believe I’m ready to run the stall.',
      'Halima thinks I’m ready to run the stall.',
      ['Halima'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
  it.each([
    [
      'Halima doesn’t believe I’m ready to run the stall.',
      'Halima doesn’t think I’m ready to run the stall.',
      ['Halima'],
    ],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});
