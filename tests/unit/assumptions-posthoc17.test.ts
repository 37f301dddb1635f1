import { describe, expect, it } from 'vitest';
import { expectOfferedNotGrouped, relation, together } from '../helpers/grouping-probes.js';

// Session 9 (posthoc17): general rules for the wrong pairs of heldout17 and trap set 6's odd half, read after they
// were scored blind. Probes in words of my own (a bakery, a ward, a library, a boatyard …), none from the corpus or
// the trap files.
describe('a view of someone as "too <word> to" do a thing denies them the thing (normalize.ts tooToDo)', () => {
  it.each([
    [
      "The senior nurses think I'm too young to know what I'm doing.",
      'The senior nurses see me as a capable nurse.',
      ['Odile'],
    ],
    [
      "The head baker assumes I'm too young to know what I'm doing.",
      'The head baker regards me as a competent baker.',
      ['Matteo'],
    ],
  ])('%s / %s: never grouped', (a, b, people) => {
    expect(relation(a, b, people)).not.toBe('same');
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    [
      "The senior nurses think I'm too young to know what I'm doing.",
      "The senior nurses think I'm incompetent.",
      ['Odile'],
    ],
  ])('%s / %s: still one assumption', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('what someone "used to" do is said no longer to be so (normalize.ts usedTo)', () => {
  it.each([
    ['Bettina used to ignore my emails but now replies to them.', 'Bettina ignores my emails.', ['Bettina']],
    [
      'Ruairi used to trust me with the boatyard keys.',
      'Ruairi trusts me with the boatyard keys.',
      ['Ruairi'],
    ],
  ])('%s / %s: never grouped', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    [
      'Ruairi used to trust me with the boatyard keys.',
      "Ruairi doesn't trust me with the boatyard keys any more.",
      ['Ruairi'],
    ],
    // "is used to", "got used to" say something is familiar, not gone.
    ['The librarian is used to ignoring my requests.', 'The librarian ignores my requests.', ['Wanjiru']],
  ])('%s / %s: still one assumption', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe("a demoted thing that is the kept thing's possessor's own is theirs, not set aside (contrast.ts withPossessor)", () => {
  it.each([
    [
      "Greta cares about the players' fitness, not their match results.",
      "Greta cares about the players' match results more than their fitness.",
      ['Greta'],
    ],
    [
      "The warden cares about the tenants' comfort, not their rent arrears.",
      "The warden cares more about the tenants' rent arrears than their comfort.",
      ['Solveig'],
    ],
  ])('%s / %s: opposite, never grouped', (a, b, people) => {
    expect(relation(a, b, people)).toBe('opposite');
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    [
      "Greta cares about the players' fitness, not their match results.",
      "Greta cares more about the players' fitness than their match results.",
      ['Greta'],
    ],
    [
      "The warden cares about the tenants' comfort, not their rent arrears.",
      "The warden cares about the tenants' comfort.",
      ['Solveig'],
    ],
  ])('%s / %s: still one assumption', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('two comparisons of doers with another one outdone are two assumptions (similarity.ts otherOutdone)', () => {
  it.each([
    ['My cousin looks after Grandad more than I do.', 'I look after Grandad more than my cousin does.', []],
    ['My brother visits our mum more than I do.', 'I visit our mum more than my brother does.', []],
  ])('%s / %s: never grouped', (a, b, people) => {
    expect(relation(a, b, people)).toBe('different');
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    [
      'My cousin looks after Grandad more than I do.',
      'My cousin looks after Grandad far more than I ever do.',
      [],
    ],
  ])('%s / %s: still one assumption', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe("a kindred concept only in the reason of a statement whose main clause the lexicon doesn't read is no link (similarity.ts unlinked)", () => {
  it.each([
    [
      "Mr Okafor keeps the big accounts away from me because he doesn't rate my skills.",
      'Mr Okafor takes my weekend shifts for granted.',
      ['Mr Okafor'],
    ],
    [
      "The head chef gives the pastry work to others because she doesn't rate my skills.",
      'The head chef takes my late nights for granted.',
      ['Bea'],
    ],
  ])('%s / %s: offered, not grouped', (a, b, people) => {
    expectOfferedNotGrouped(a, b, people);
  });

  it.each([
    [
      "Mr Okafor keeps the big accounts away from me because he doesn't rate my skills.",
      "Mr Okafor doesn't think much of my skills.",
      ['Mr Okafor'],
    ],
    [
      'Mr Okafor takes my weekend shifts for granted.',
      'Mr Okafor never appreciates the weekend shifts I cover.',
      ['Mr Okafor'],
    ],
  ])('%s / %s: still one assumption', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('one frame said of two things after "from" is two assumptions (similarity.ts ABOUT_WORDS)', () => {
  it.each([
    [
      'Soren is keeping the email from the landlord from me.',
      'Soren is keeping the email from the school from me.',
      ['Soren'],
    ],
  ])('%s / %s: never grouped', (a, b, people) => {
    expect(relation(a, b, people)).toBe('different');
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    [
      'Soren is hiding the email from the landlord from me.',
      'Soren is keeping the email from the landlord secret from me.',
      ['Soren'],
    ],
  ])('%s / %s: still one assumption', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('staying and leaving are opposite acts (similarity.ts VERB_ANTONYMS)', () => {
  it.each([
    [
      'Ines will stay on at the bakery once it is sold.',
      'Ines will leave the bakery once it is sold.',
      ['Ines'],
    ],
  ])('%s / %s: opposite, never grouped', (a, b, people) => {
    expect(relation(a, b, people)).toBe('opposite');
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    [
      'Ines will stay on at the bakery once it is sold.',
      'Ines will remain at the bakery once it is sold.',
      ['Ines'],
    ],
    [
      'Ines will stay on at the bakery once it is sold.',
      'Ines plans to stay at the bakery once it is sold.',
      ['Ines'],
    ],
  ])('%s / %s: still one assumption', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});
