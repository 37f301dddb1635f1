import { describe, expect, it } from 'vitest';
import { together } from '../helpers/grouping-probes.js';

// Opposites and different things merged (branch `opps4`, session 7, on the odd half of trap set 4 and heldout15):
// each mechanism has probes in words of my own: pairs that must stay apart and paraphrases that must stay together.
describe('everyday antonym families (wordnet.ts, EVERYDAY_ANTONYMS), phrasal opposites and "not once" (normalize.ts)', () => {
  it.each([
    [
      'The stockroom at Yara’s shop is well organised.',
      'The stockroom at Yara’s shop is a total mess.',
      ['Yara'],
    ],
    ['Ilse will stay calm during the audit.', 'Ilse will get panicky during the audit.', ['Ilse']],
    [
      'Tomasz dealt with the neighbours tactfully.',
      'The neighbours were dealt with clumsily by Tomasz.',
      ['Tomasz'],
    ],
    [
      'The café will survive once the new road opens.',
      'Once the new road opens, the café will go under.',
      ['Dana'],
    ],
    ['The landlord will extend Femi’s tenancy.', 'The landlord will end Femi’s tenancy early.', ['Femi']],
    ['The tribunal will rule in Anouk’s favour.', 'The tribunal is going to rule against Anouk.', ['Anouk']],
    ['Grete has covered my shifts many times.', 'Grete has not once covered my shifts.', ['Grete']],
    [
      'Wendell is encouraging my nephew to join the choir.',
      'Wendell is trying to put my nephew off joining the choir.',
      ['Wendell'],
    ],
    [
      'Saoirse is helping the new receptionist find her feet.',
      'Saoirse is making it hard for the new receptionist to find her feet.',
      ['Saoirse'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
  it.each([
    ['Ilse will stay calm during the audit.', 'Ilse will keep calm during the audit.', ['Ilse']],
    ['The landlord will extend Femi’s tenancy.', 'The landlord is going to extend Femi’s tenancy.', ['Femi']],
    ['Grete has never covered my shifts.', 'Grete has not once covered my shifts.', ['Grete']],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('one frame about two things (similarity.ts: oneForOne, unpaired; normalize.ts: shiftOf)', () => {
  it.each([
    ['Oskar trusts the morning supervisor.', 'Oskar trusts the night supervisor.', ['Oskar']],
    ['Bettina wants more say over the budgeting.', 'Bettina wants more say over the rota.', ['Bettina']],
    ['Cosmin lied to me about the mileage.', 'Cosmin lied to me about the sick leave.', ['Cosmin']],
    ['Linh is behind on the rent for the studio.', 'Linh is behind on the payments for the car.', ['Linh']],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
  it.each([
    ['Oskar trusts the night supervisor.', 'Oskar has faith in the night supervisor.', ['Oskar']],
    ['Cosmin lied to me about the mileage.', 'Cosmin was dishonest with me about the mileage.', ['Cosmin']],
    ['Linh is behind on the rent.', 'Linh is in arrears with the rent.', ['Linh']],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('two contrasts, what one keeps the other demotes (similarity.ts, contrasted)', () => {
  it.each([
    [
      'Ruaridh only cares about the ticket sales, not the animals.',
      'Ruaridh cares more about the animals than the paperwork.',
      ['Ruaridh'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
  it.each([
    [
      'Ruaridh only cares about the ticket sales, not the animals.',
      'Ruaridh cares more about the ticket sales than the animals.',
      ['Ruaridh'],
    ],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('post hoc (trap set 4, even half): kindred attitudes aimed at two things, composure, kinds of one role', () => {
  it.each([
    [
      'Hollis values the volunteers more than the trustees.',
      'Hollis looks down on the volunteers and only values the trustees.',
      ['Hollis'],
    ],
    [
      'If the lorry is late again, Mirela will stay calm.',
      'Mirela will get flustered if the lorry is late again.',
      ['Mirela'],
    ],
    ['Tadeusz is jealous of the new line cook.', 'Tadeusz is jealous of the sommelier.', ['Tadeusz']],
    ['Tadeusz resents the new sous chef.', 'Tadeusz resents the pastry chef.', ['Tadeusz']],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
  it.each([
    [
      'Hollis values the volunteers more than the trustees.',
      'Hollis respects the volunteers and looks down on the trustees.',
      ['Hollis'],
    ],
    ['Tadeusz resents the new sous chef.', 'Tadeusz resents the sous chef.', ['Tadeusz']],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});
