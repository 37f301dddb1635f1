import { describe, expect, it } from 'vitest';
import { deniedToneOf } from '../../src/domain/assumptions/tone.js';
import { relation, together } from '../helpers/grouping-probes.js';

// Session 9 (posthoc16): general rules for the wrong pairs of heldout16, read after it was scored blind. Probes in
// words of my own (a bakery, a garage, a school, a surgery …), none from the corpus or the trap files.
describe('a word that denies something bad inside the word is good news (tone.ts deniedToneOf)', () => {
  it.each([
    ['harmless', 'harm', 1],
    ['painless', 'pain', 1],
    ['blameless', 'blame', 1],
    ['unharmed', 'harmed', 1],
    // Rated themselves, or their root an adjective: as before.
    ['careless', 'care', -1],
    ['unfriendly', 'friendly', -1],
    // Lacking the shame one ought to have is no good news.
    ['shameless', 'shame', 0],
  ])('%s (%s) → sign %i', (word, root, sign) => {
    expect(Math.sign(deniedToneOf(word, root))).toBe(sign);
  });

  it.each([
    [
      'If I question the new rota at the staff meeting, I will be branded a moaner.',
      'Questioning the new rota at the staff meeting would be harmless.',
      ['Bryony'],
    ],
    [
      'Asking the foreman for a day off will get me marked as lazy.',
      'Asking the foreman for a day off would have been painless.',
      ['Piotr'],
    ],
    [
      'Asking for a pay rise at my review will make me look greedy.',
      'Asking for a pay rise at my review is completely harmless.',
      ['Ruth'],
    ],
  ])('%s / %s: opposite, never grouped', (a, b, people) => {
    expect(relation(a, b, people)).toBe('opposite');
    expect(together(a, b, people)).toBe(false);
  });
});

describe("an attitude aimed at the writer is not one aimed at the holder's own people or things (similarity.ts aims)", () => {
  it.each([
    [
      'Hal blames me for the oven breaking down.',
      'Hal blames his nephew for the mess in the bakery last week.',
      ['Hal'],
    ],
    [
      'Mrs Dunn holds me responsible for the broken window.',
      'Mrs Dunn blames her son for the broken window.',
      ['Dunn'],
    ],
    [
      "Aunt Viv doesn't respect my opinions about the wedding.",
      "Aunt Viv has no respect for her sister's plans.",
      ['Viv'],
    ],
    [
      "Coach Ferris doesn't trust my judgement on the pitch.",
      "Coach Ferris doesn't trust his own assistant's calls.",
      ['Ferris'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    ['Hal blames me for the burnt loaves.', 'Hal holds me responsible for the burnt loaves.', ['Hal']],
    ['Hal blames me for the burnt loaves.', 'Hal thinks the burnt loaves are my fault.', ['Hal']],
    ["Mrs Dunn doesn't respect my opinion.", 'Mrs Dunn has no respect for my views.', ['Dunn']],
  ])('%s / %s: still together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('the one who does it in one statement has it done to them in the other (similarity.ts doneTo)', () => {
  it.each([
    ['Dev is about to hand in his notice.', 'The garage in town wants to poach Dev.', ['Dev']],
    ['Bashir has one foot out of the door.', 'The private clinic wants to headhunt Bashir.', ['Bashir']],
    ['Imogen will turn down the job.', 'The council is going to turn Imogen down for the job.', ['Imogen']],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    ['Dev is about to hand in his notice.', 'Dev is planning to resign.', ['Dev']],
    // An act put first brings it on: the one it befalls is the one who feels it.
    ['Lina is worn out from running the stall.', 'Running the stall has worn Lina out.', ['Lina']],
    // "There is" names no third party. (A passive names its doer after "by": assumptions-directions4.test.ts.)
    ['Omar has a hidden agenda.', 'There is more to Omar than meets the eye.', ['Omar']],
    ['Omar has something up his sleeve.', 'There is more to Omar than meets the eye.', ['Omar']],
  ])('%s / %s: still together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('a view of the writer doing something is not a view of something else doing it (similarity.ts thingSeen)', () => {
  it.each([
    [
      'Mrs Ito thinks the kennels overcharge the owners.',
      "Mrs Ito thinks we're fleecing the owners.",
      ['Ito'],
    ],
    [
      'Mr Greaves thinks the letting agent overcharges the tenants.',
      "He thinks we're overcharging the tenants.",
      ['Greaves'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    [
      "Mr Greaves thinks we're overcharging the tenants.",
      'Mr Greaves believes we rip the tenants off.',
      ['Greaves'],
    ],
  ])('%s / %s: still together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('a phrase that spells every word beats a wildcard phrase of the other sign (normalize.ts longestMatch)', () => {
  it.each([
    [
      'Nobody at the depot would think less of me for taking paternity leave.',
      'Nobody at the depot would look down on me for taking paternity leave.',
      [],
    ],
    [
      'Ana would think less of me if I asked for help.',
      'Ana would look down on me if I asked for help.',
      ['Ana'],
    ],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });

  it('"thinks less of me" is the opposite of "thinks highly of me"', () => {
    const a = 'Ana would think less of me if I asked for help.';
    const b = 'Ana would think highly of me if I asked for help.';
    expect(relation(a, b, ['Ana'])).toBe('opposite');
    expect(together(a, b, ['Ana'])).toBe(false);
  });
});

describe('stock idioms of making money out of others (lexicon.ts, session 9)', () => {
  it.each([
    ["Mr Osei thinks we're in it for the money.", "Mr Osei thinks we're ripping off our tenants.", ['Osei']],
    [
      "Mr Osei believes we profit from the tenants' hardship.",
      'Mr Osei thinks we exploit the tenants.',
      ['Osei'],
    ],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('stock idioms of being nobody to someone (lexicon.ts, session 9)', () => {
  it.each([
    ["Mr Pike doesn't even know my name.", "To Mr Pike I'm just another pair of hands.", ['Pike']],
    ["Mr Pike doesn't know I exist.", "Mr Pike doesn't value me at all.", ['Pike']],
    ["Mr Pike doesn't even know my name.", 'Mr Pike never notices the work I do.', ['Pike']],
    ["To Mr Pike I'm just another pair of hands.", 'Mr Pike takes me for granted.', ['Pike']],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });

  it('is the opposite of being valued', () => {
    const a = "Mr Pike doesn't even know my name.";
    const b = 'Mr Pike really values the work I do.';
    expect(relation(a, b, ['Pike'])).toBe('opposite');
    expect(together(a, b, ['Pike'])).toBe(false);
  });
});

describe('the second part of a hyphenated word is no particle of a verb (events.ts particleAt)', () => {
  it.each([
    ["Dana won't hold the cock-up against me.", "Dana won't be angry with me about the cock-up.", ['Dana']],
    ['Dana still holds the mix-up against me.', 'Dana resents me for the mix-up.', ['Dana']],
  ])('%s / %s: together (no "hold … up", a delay)', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });

  it('a particle on its own still is one', () => {
    expect(together('Dana will hold the order up.', 'Dana will delay the order.', ['Dana'])).toBe(true);
  });
});

describe('two statements the lexicon reads nothing in, only one saying who holds it, share a topic only (similarity.ts)', () => {
  it('is no group', () => {
    expect(
      together(
        'Head office assumes my lunch breaks are theirs to take.',
        'If I take my lunch break, the till will go wrong.',
        [],
      ),
    ).toBe(false);
  });
});
