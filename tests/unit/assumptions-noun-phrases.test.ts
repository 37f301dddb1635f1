import { describe, expect, it } from 'vitest';
import { analyseAll } from '../../src/domain/assumptions/index.js';
import { expectOfferedNotGrouped, together } from '../helpers/grouping-probes.js';

// The same frame about a different object or person is another assumption: statements that differ only in the
// words of their noun phrases ("the bilge pump" / "the stern light") are decided by those phrases (similarity.ts,
// `swapped`; the phrases are read per statement in normalize.ts, `nominalWords`). Probes written from general
// knowledge, in settings of their own (not the trap files' sentences).
describe('the same frame about another thing or person', () => {
  it.each([
    // The writer's thing against someone else's.
    ['Marta thinks my pastry is too dry.', 'Marta thinks the wedding cake is too dry.', ['Marta']],
    [
      'Jonas is unhappy with my paint job on the fence.',
      "Jonas is unhappy with the landlord's paint job on the fence.",
      ['Jonas'],
    ],
    ['Petra worries about my smoking.', "Petra worries about her brother's smoking.", ['Petra']],
    ['Greta is proud of my marathon time.', "Greta is proud of her nephew's marathon time.", ['Greta']],
    [
      'Ewa is fed up with my mess in the hallway.',
      'Ewa is fed up with the dog hair in the hallway.',
      ['Ewa'],
    ],
    [
      'Tariq complains about the smell from my bins.',
      'Tariq complains about the smell from the chip shop.',
      ['Tariq'],
    ],
    [
      "Hana says I'm too strict with the youth squad.",
      "Hana says I'm too strict with my own children.",
      ['Hana'],
    ],
    // Two things, in phrases of one or two words, most of them nouns and verbs alike to WordNet ("ticket", "fare").
    [
      'Oskar is annoyed that I booked the ferry tickets.',
      'Oskar is annoyed that I booked the hotel room.',
      ['Oskar'],
    ],
    ['Bram trusts me with the shop keys.', 'Bram trusts me with his dog.', ['Bram']],
    ['Sione thinks the boiler needs servicing.', 'Sione thinks the garden gate needs servicing.', ['Sione']],
    [
      'Ilona thinks my dad needs help with shopping.',
      'Ilona thinks my dad needs help with paying bills.',
      ['Ilona'],
    ],
    ['Kemal owes me money for the football tickets.', 'Kemal owes me money for the taxi fare.', ['Kemal']],
    // A group's word before a noun describes the noun: "the staff party" is a party, not the staff.
    [
      'Ruth thinks the staff party is too expensive.',
      'Ruth thinks my birthday party is too expensive.',
      ['Ruth'],
    ],
    ['Kai is worried about the team budget.', 'Kai is worried about my budget.', ['Kai']],
    // (also a noun WordNet does not know: "rota")
    ['Uma complains about the kitchen rota.', 'Uma complains about my rota.', ['Uma']],
    // Someone named (a name, a group, a role) against someone or something nobody names, the subject the same.
    ['Mirela wants me to thank Joaquin.', 'Mirela wants me to thank the plumber.', ['Mirela', 'Joaquin']],
    ['Henk thinks I should call Beatriz.', 'Henk thinks I should call the garage.', ['Henk', 'Beatriz']],
    [
      'Lotte wants me to apologise to the customer.',
      'Lotte wants me to apologise to the cleaner.',
      ['Lotte'],
    ],
    // Two things each with a word that judges it: the things decide, not the judging words.
    [
      'Dorota wants me to sort out the complaint about the noisy fridge.',
      'Dorota wants me to sort out the complaint about the broken lift.',
      ['Dorota'],
    ],
    ['Inge blames me for the lost keys.', 'Inge blames me for the burnt toast.', ['Inge']],
    // The writer's thing against the same thing of someone of the writer's.
    ['Mum is worried about my debts.', "Mum is worried about my brother's debts.", []],
    ['Joe is proud of my car.', "Joe is proud of my dad's car.", ['Joe']],
    ['Ama laughs at my accent.', "Ama laughs at my husband's accent.", ['Ama']],
    // Two acts: another verb the lexicon does not read, done to another thing.
    ['Sven laughed at how I parked the van.', 'Sven laughed at how I pitched the tent.', ['Sven']],
    ['Oona criticised the way I pruned the roses.', 'Oona criticised the way I painted the shed.', ['Oona']],
    // Two things in longer phrases (up to three words each).
    [
      'Femke is worried about the roof of the garden shed.',
      'Femke is worried about the gutters on the garage.',
      ['Femke'],
    ],
    [
      'Leon doubts my costing for the bathroom floor tiles.',
      'Leon doubts my costing for the patio paving.',
      ['Leon'],
    ],
  ])('keeps apart: %s / %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    // Other words for one thing.
    ["Bram doesn't trust my figures.", "Bram doesn't trust my numbers.", ['Bram']],
    ["Pia doesn't value my work on the accounts.", "Pia doesn't value my effort on the accounts.", ['Pia']],
    // A noun phrase after "is" says what the subject is, not a thing it is about.
    ['Gita is a pushover with clients.', 'Gita is a soft touch with clients.', ['Gita']],
    ['Ivo thinks I am a pushover.', 'Ivo thinks I am a doormat.', ['Ivo']],
    // Other words in the frame, the noun phrase the same.
    ['Rhea hates my cooking.', "Rhea can't stand my cooking.", ['Rhea']],
    ['Lars wants my job.', 'Lars is after my job.', ['Lars']],
    // Words added on one side only are a circumstance of the same assumption.
    ['The staff resent me.', 'The staff resent me for changing the rota.', []],
    // The group stays a group before a verb or a particle.
    ['The team let me down again.', 'The team let me down at the finals.', []],
    ['The board will reject my plan.', 'The board will turn down my plan.', []],
    // Someone and a pronoun or a role for them are for the people rules; a subject is no one told apart.
    ['Mirela wants me to thank Joaquin.', 'Mirela wants me to thank him.', ['Mirela', 'Joaquin']],
    [
      'Oliver thinks I should apologise to my manager.',
      'Oliver thinks I should apologise to the boss.',
      ['Oliver'],
    ],
    ['The panel will reject my application.', 'My application will be turned down.', []],
    // Words added to the same thing, a possessor without the writer's "my" among them.
    ['Kit is worried about my health.', 'Kit is worried about my health problems.', ['Kit']],
    [
      'Bea disagrees with the policy on overtime.',
      "Bea disagrees with the company's policy on overtime.",
      ['Bea'],
    ],
    // One act in other words (verbs and things that share a WordNet sense).
    ['Rhian hates the way I cook the rice.', 'Rhian hates the way I make the rice.', ['Rhian']],
    ['Sven criticised the way I handle complaints.', 'Sven criticised how I deal with complaints.', ['Sven']],
    ['Oona dislikes how I run the shop.', 'Oona dislikes the way I manage the store.', ['Oona']],
    // Judging words about the writer after "is" are no things. (Since gate A, session 9, a pair the lexicon links:
    // "a careful driver" / "a good driver" share no predicate it knows, and are offered, not grouped.)
    ["Tiago thinks I'm a hopeless driver.", "Tiago thinks I'm an incompetent driver.", ['Tiago']],
    // What is said of one thing in other words: the head of the phrase ("kitchen", "finances") is the same or
    // none differs.
    [
      'Moses is worried about the state of our finances.',
      'Moses is worried about the health of our bank balance.',
      ['Moses'],
    ],
  ])('leaves together: %s / %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('words of an object phrase', () => {
  const topicsOf = (text: string, people: string[]) =>
    analyseAll([{ id: 1, entryId: 1, text, people }])[0]!.topics;

  it.each([
    // An adjective that is also a noun tells what the object is, after the writer's possessive as after another's.
    ['Dario is disappointed with my second-half performance.', ['w:second', 'w:half']],
    ["Dario is disappointed with the referee's second-half performance.", ['w:second', 'w:half']],
    ['Noa is tired of my last-minute changes.', ['w:last', 'w:minut']],
  ])('keeps the nouns of "%s" as topics', (text, keys) => {
    const topics = topicsOf(text, ['Dario', 'Noa']);
    for (const k of keys) expect([...topics]).toContain(k);
  });

  it('leaves out a modifier that is only an adjective ("firm with demanding guests")', () => {
    expect([...topicsOf('Ben is firm with demanding guests.', ['Ben'])]).not.toContain('w:demand');
  });
});

// Session 9 (branch gatea9, gate A of docs/precision-gates.md, adopted by the lead): these pairs were grouped before,
// but they share no predicate the engine knows (no lexicon concept with its sign, no kindred one, no WordNet
// synonym), only a topic, a frame and the people, so they are offered as the person writes and no longer grouped
// automatically: the recall gate A costs for precision. (Their other rules still read them as one assumption.)
describe('gate A: no predicate the engine knows in common: offered, not grouped (similarity.ts unlinked)', () => {
  it.each([
    ['Sofia thinks my garden is a mess.', 'Sofia thinks my garden is untidy.', ['Sofia']],
    ['Marta thinks my pastry is too dry.', 'Marta finds my pastry too dry.', ['Marta']],
    ["Tiago thinks I'm a careful driver.", "Tiago thinks I'm a good driver.", ['Tiago']],
    [
      'Ben is fed up with the mess in the shared kitchen.',
      'Ben is fed up with the untidy communal kitchen.',
      ['Ben'],
    ],
  ] as Array<[string, string, string[]]>)('%s / %s', (a, b, people) => {
    expectOfferedNotGrouped(a, b, people);
  });
});
