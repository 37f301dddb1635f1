import { describe, expect, it } from 'vitest';
import { together } from '../helpers/grouping-probes.js';

// Two statements that say the same words but one each are decided by those words (similarity.ts, `swapped`):
// everything else they say agrees, so a shared subject and topic must not carry the pair. Written from general
// knowledge, in settings of their own (not the trap file's sentences).
describe('statements that differ by one word each', () => {
  it.each([
    // An adjective and its antonym, no word shared.
    ['Ingrid is patient with the new starters.', 'Ingrid is impatient with the new starters.', ['Ingrid']],
    [
      'Tomasz is honest about the delivery dates.',
      'Tomasz is dishonest about the delivery dates.',
      ['Tomasz'],
    ],
    ['Bea is careful with the stock counts.', 'Bea is careless with the stock counts.', ['Bea']],
    ['Luis is grateful for the cover I give him.', 'Luis is ungrateful for the cover I give him.', ['Luis']],
    // Two things in the same frame.
    ['Yuki does not rate my cooking at the café.', 'Yuki does not rate my baking at the café.', ['Yuki']],
    ['Farid is worried about the roof repairs.', 'Farid is worried about the van repairs.', ['Farid']],
    ['Greta blames me for the flooded cellar.', 'Greta blames me for the dirty kitchen.', ['Greta']],
    // The writer against someone else.
    [
      'Odile is cross with me about the rota.',
      'Odile is cross with the caretaker about the rota.',
      ['Odile'],
    ],
    // A word inside a proper name is not that name: "art" in "the Hartley Trust".
    ['The Hartley Trust will cut the art budget.', 'The Hartley Trust will cut the music budget.', []],
    // The writer's thing against someone else's, in a few words.
    ['Arjun is unhappy with my seating plan.', 'Arjun is unhappy with the caterer seating plan.', ['Arjun']],
    ['Liv keeps criticising my tomato beds.', 'Liv keeps criticising the vicar compost heap.', ['Liv']],
    // The same words with the two people in each other's places, and no subject: possessives, passives.
    ['My envy of Kasia is spoiling the kitchen.', "Kasia's envy of me is spoiling the kitchen.", ['Kasia']],
    ["Rui's mistakes get pinned on me.", 'My mistakes get pinned on Rui.', ['Rui']],
    [
      "Noor's distrust of Ebo worries the whole ward.",
      "Ebo's distrust of Noor worries the whole ward.",
      ['Noor', 'Ebo'],
    ],
    // Opposite degrees.
    [
      'Oona thinks I am the most careful driver on the rota.',
      'Oona thinks I am the least careful driver on the rota.',
      ['Oona'],
    ],
    ['Seb wants more say in the menu.', 'Seb wants less say in the menu.', ['Seb']],
    // A verb that undoes the rest.
    [
      'Rosa wants to meet me before the review.',
      'Rosa wants to avoid meeting me before the review.',
      ['Rosa'],
    ],
  ])('keeps apart: %s / %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    // Spelling, synonyms WordNet knows, judgements of one kind, the lexicon's own paraphrases.
    ["Jon doesn't trust my judgement.", "Jon doesn't trust my judgment.", ['Jon']],
    ['Priya thinks I am lazy.', 'Priya thinks I am idle.', ['Priya']],
    ['Kim wants my job.', 'Kim is gunning for my job.', ['Kim']],
    // Told from the other side with its subject named, it is the same.
    ['Dana ignores me.', 'I am ignored by Dana.', ['Dana']],
    // Names and the writer's own pronouns are for the people rules.
    ['Hartley will not renew our grant.', 'The Hartley Trust will not renew our grant.', []],
  ])('still groups: %s / %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});
