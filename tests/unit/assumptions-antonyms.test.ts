import { describe, expect, it } from 'vitest';
import { expectOfferedNotGrouped, together } from '../helpers/grouping-probes.js';

// Opposites said in other words (branch `antonyms`): each class of language below has probes written from general
// knowledge in settings of their own (not the trap files' sentences): opposites that must stay apart, and
// paraphrases of the same class that must stay together.
describe('everyday antonyms WordNet does not pair (wordnet.ts, EVERYDAY_ANTONYMS)', () => {
  it.each([
    ['Henrik is warm with the new volunteers.', 'Henrik is cold with the new volunteers.', ['Henrik']],
    ['Priti is cautious with the charity budget.', 'Priti is reckless with the charity budget.', ['Priti']],
    [
      'Olu is cooperative about the site inspection.',
      'Olu is obstructive about the site inspection.',
      ['Olu'],
    ],
    ['Bettina thinks my filing is neat.', 'Bettina thinks my filing is messy.', ['Bettina']],
    [
      'Kwame rewards me for flagging problems early.',
      'Kwame punishes me for flagging problems early.',
      ['Kwame'],
    ],
    [
      'Ines protects the trainees from the complaints.',
      'Ines exposes the trainees to the complaints.',
      ['Ines'],
    ],
    ['Dmitri wants to keep the old bakery oven.', 'Dmitri wants to destroy the old bakery oven.', ['Dmitri']],
    [
      'Sunita will keep the stone wall by the lane.',
      'Sunita will demolish the stone wall by the lane.',
      ['Sunita'],
    ],
    ['My aunt Rosa is kind to my children.', 'My aunt Rosa is cruel to my children.', ['Rosa']],
    ['Mei thinks the spare room is cramped.', 'Mei thinks the spare room is spacious.', ['Mei']],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    // One pole in two words stays one assumption.
    ['Henrik is cold with the new volunteers.', 'Henrik is icy with the new volunteers.', ['Henrik']],
    ['Priti is reckless with the charity budget.', 'Priti is rash with the charity budget.', ['Priti']],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('manner adverbs read as their adjective (normalize.ts, mannerAdjective)', () => {
  it.each([
    ['Joss speaks to me coldly at the depot.', 'Joss speaks to me warmly at the depot.', ['Joss']],
    ['Nadia handles the accounts carefully.', 'Nadia handles the accounts carelessly.', ['Nadia']],
    ['Omar talks to the interns rudely.', 'Omar talks to the interns politely.', ['Omar']],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    ['Nadia handles the accounts carelessly.', 'Nadia is careless with the accounts.', ['Nadia']],
    // Degree adverbs and an adverb before an adjective are left alone.
    ['Omar is quietly confident about the audit.', 'Omar is confident about the audit.', ['Omar']],
    ['Omar completely ignores my emails.', 'Omar ignores my emails.', ['Omar']],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('someone else\'s side against the writer (normalize.ts, contrasts: "against me")', () => {
  it.each([
    [
      'Lorna will stand up for me at the parish council.',
      'Lorna will side with the vicar against me at the parish council.',
      ['Lorna'],
    ],
    [
      'Anouk will back me when the landlord raises the rent.',
      'Anouk will back the landlord against us.',
      ['Anouk'],
    ],
    // Not touched: the same support aimed at someone else is another assumption.
    [
      'Lorna will support me at the parish council.',
      'Lorna will support the vicar at the parish council.',
      ['Lorna'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    [
      "Lorna won't stand up for me at the parish council.",
      'Lorna will side with the vicar against me at the parish council.',
      ['Lorna'],
    ],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('frequency: "never missed" against "skips" (a noun of the lexicon is no verb in -ed; one pole in two words)', () => {
  it.each([
    ['Wen has never missed a choir rehearsal.', 'Wen skips choir rehearsal most weeks.', ['Wen']],
    ['Wen always attends the choir rehearsals.', 'Wen skips the choir rehearsals.', ['Wen']],
    ['Wen hides the breakages from the manager.', 'Wen reports the breakages to the manager.', ['Wen']],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    ['Wen hides the breakages from the manager.', 'Wen conceals the breakages from the manager.', ['Wen']],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('the other pole of acts said in other words (themes.ts, session 6)', () => {
  it.each([
    // Turning up against staying away.
    ['Tamsin never comes to watch my netball games.', 'Tamsin turns up to all my netball games.', ['Tamsin']],
    // Forgiving is no longer being angry.
    [
      'Piet will forgive us for selling the farm.',
      'Piet will stay angry with us for selling the farm.',
      ['Piet'],
    ],
    // Owning up denies never admitting a mistake.
    [
      'Piet has never owned up to a single mistake on the boat.',
      'Piet owns up to his mistakes on the boat.',
      ['Piet'],
    ],
    // Getting someone onto a team includes them.
    [
      'Rhys is trying to get me onto the county squad.',
      'Rhys wants to keep me out of the county squad.',
      ['Rhys'],
    ],
    // Room to spare against overcrowding.
    [
      'Jana thinks the classroom is overcrowded.',
      'Jana thinks there is plenty of room in the classroom.',
      ['Jana'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    ['Tamsin never comes to watch my netball games.', 'Tamsin stays away from my netball games.', ['Tamsin']],
    [
      'Tamsin turns up for every one of my netball games.',
      'Tamsin shows up for all my netball games.',
      ['Tamsin'],
    ],
    [
      "Piet won't admit his mistakes on the boat.",
      'Piet never owns up to his mistakes on the boat.',
      ['Piet'],
    ],
    ['Jana thinks the classroom is overcrowded.', 'Jana thinks the classroom is cramped.', ['Jana']],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('word senses behind opposites said with frequency words', () => {
  it.each([
    // "a call" is a judgement; "rarely calls me" is a verb, denied by "rarely".
    ['Bo rarely calls me.', 'Bo calls me every day.', ['Bo']],
    // "my late husband" has died: no lateness shared.
    [
      'Esme never mentions my late husband.',
      'Esme talks about my late husband every time she visits.',
      ['Esme'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    ['Bo never listens to my ideas.', 'Bo always ignores my ideas.', ['Bo']],
    ['Bo never tells me about the bookings.', 'Bo keeps the bookings from me.', ['Bo']],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('more everyday opposites (for / against, keep / sell, adverbs of manner)', () => {
  it.each([
    ['Carys will vote for me at the committee.', 'Carys will vote against me at the committee.', ['Carys']],
    ['Carys argued for the new rota.', 'Carys argued against the new rota.', ['Carys']],
    ['Carys will keep the allotment.', 'Carys will sell the allotment.', ['Carys']],
    ['Carys wants to save the old chapel.', 'Carys wants to knock down the old chapel.', ['Carys']],
    ['Carys speaks warmly of me.', 'Carys speaks coldly of me.', ['Carys']],
    ['Carys treats me kindly.', 'Carys treats me cruelly.', ['Carys']],
    ['Carys rewards loyalty in the team.', 'Carys punishes loyalty in the team.', ['Carys']],
    // Recklessness is the other pole of care and of caution (and bad news too).
    ['Idris is careful with the new van.', 'Idris drives the new van recklessly.', ['Idris']],
    [
      'Idris thinks I am too cautious with the float.',
      'Idris thinks I am too reckless with the float.',
      ['Idris'],
    ],
    // A word or two more against a common word's antonym ("keep" is too common to count as content).
    ['Mo will keep the family house.', 'Mo is planning to sell the family house.', ['Mo']],
    ['Mo protects me from the gossip at work.', 'Mo exposes me to the gossip at work.', ['Mo']],
    ['Uma spends a lot on the kids.', 'Uma saves a lot for the kids.', ['Uma']],
    ['Uma discloses the accidents to head office.', 'Uma conceals the accidents from head office.', ['Uma']],
    // On or off: "wants me on the committee" / "… off the committee".
    ['Gita wants me on the committee.', 'Gita wants me off the committee.', ['Gita']],
    // "never shows up to" is not being shown up (humiliated): that needs someone shown up.
    ['Gita always turns up to the Sunday lunches.', 'Gita never shows up to the Sunday lunches.', ['Gita']],
    // "always on time" is punctuality, not being always on.
    [
      'Idris is always on time for the early shift.',
      'Idris turns up late for the early shift every week.',
      ['Idris'],
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
    ['Omar talks to the interns rudely.', 'Omar is rude to the interns.', ['Omar']],
    [
      'Lorna will turn against me at the parish council.',
      'Lorna will side with the vicar against me at the parish council.',
      ['Lorna'],
    ],
    ['Wen skips choir rehearsals.', 'Wen misses choir rehearsals.', ['Wen']],
    [
      'Carys will vote for me at the committee.',
      'Carys will vote for me at the committee meeting.',
      ['Carys'],
    ],
    ['Carys speaks warmly of me.', 'Carys speaks kindly of me.', ['Carys']],
  ] as Array<[string, string, string[]]>)('%s / %s', (a, b, people) => {
    expectOfferedNotGrouped(a, b, people);
  });
});
