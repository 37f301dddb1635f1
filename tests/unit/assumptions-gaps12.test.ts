import { describe, expect, it } from 'vitest';
import { relation, together } from '../helpers/grouping-probes.js';

// Session 12 (gaps12): known gaps closed by rules about constructions. Probes in words of my own, none from the
// corpus or the trap files.

/** Two statements that must stay apart (an opposite, a role swap or two different things). */
function expectApart(a: string, b: string, people: string[]): void {
  expect(relation(a, b, people), `${a} / ${b}`).not.toBe('same');
  expect(together(a, b, people), `${a} / ${b}`).toBe(false);
}

/** Two wordings of one assumption: grouped. */
function expectTogether(a: string, b: string, people: string[]): void {
  expect(together(a, b, people), `${a} / ${b}`).toBe(true);
}

describe('a frame of my own belief after a dash (own-frame.ts)', () => {
  const ROB = ['Rob'];
  it.each([
    ["Rob rates my cooking — I don't think.", 'Rob rates my cooking.', "Rob doesn't rate my cooking."],
    [
      "Rob will back me at the meeting - I don't believe.",
      'Rob will back me at the meeting.',
      "Rob won't back me at the meeting.",
    ],
    [
      "Rob listens to my ideas -- I don't suppose.",
      'Rob listens to my ideas.',
      "Rob doesn't listen to my ideas.",
    ],
    ["Rob respects my work—I don't think.", 'Rob respects my work.', "Rob doesn't respect my work."],
  ])('%s denies its clause', (framed, plain, denial) => {
    expectApart(framed, plain, ROB);
    expectTogether(framed, denial, ROB);
  });

  it.each([
    ["Rob rates my cooking — I'm sure.", 'Rob rates my cooking.', "Rob doesn't rate my cooking."],
    [
      'Rob will back me at the meeting - I reckon.',
      'Rob will back me at the meeting.',
      "Rob won't back me at the meeting.",
    ],
    ['Rob listens to my ideas – I think.', 'Rob listens to my ideas.', "Rob doesn't listen to my ideas."],
    ['Rob respects my work — I guess.', 'Rob respects my work.', "Rob doesn't respect my work."],
  ])('%s keeps its clause', (framed, plain, denial) => {
    expectTogether(framed, plain, ROB);
    expectApart(framed, denial, ROB);
  });

  it('after a denied clause the negated frame agrees with it (no double denial)', () => {
    expectTogether("Rob won't back me — I don't think.", "Rob won't back me.", ROB);
    expectApart("Rob won't back me — I don't think.", 'Rob will back me.', ROB);
  });

  it('a hyphen inside a word is no dash', () => {
    // "well-meaning" has no frame after it; nothing is dropped or denied.
    expectTogether('Rob is well-meaning with me.', 'Rob is well-meaning with me.', ROB);
  });
});
describe('a passive whose doer is a role or kin noun after "by" (normalize.ts doerAfterBy)', () => {
  // Entries name no one, so the role is nobody the journal knows; and an entry of two people, where it may be either.
  for (const people of [[], ['Ines', 'Olu']]) {
    it.each([
      ['I was let down by my deputy.', 'I let my deputy down.', 'My deputy let me down.'],
      ['I feel let down by my wife.', 'I let my wife down.', 'My wife let me down.'],
      ['I was left out by my new deputy.', 'I left my new deputy out.', 'My new deputy left me out.'],
      [
        "I'm being ignored by my best friend.",
        "I'm ignoring my best friend.",
        'My best friend is ignoring me.',
      ],
      [
        'I was blamed by my assistant for the mix-up.',
        'I blamed my assistant for the mix-up.',
        'My assistant blamed me for the mix-up.',
      ],
      [
        "I'm always let down by my flatmate.",
        'I always let my flatmate down.',
        'My flatmate always lets me down.',
      ],
      ['I was let down by our coach again.', 'I let our coach down again.', 'Our coach let me down again.'],
    ])(`%s: the role does it (people: ${people.join(', ') || 'none'})`, (passive, swapped, active) => {
      expectApart(passive, swapped, people);
      expectTogether(passive, active, people);
    });
  }

  it('a possessive before a thing is still the writer\'s own ("let down by my own planning")', () => {
    expectTogether('I was let down by my own planning.', 'My own planning let me down.', []);
  });
});

describe("someone's view of my deed is not their own deed (parties.ts viewTurned)", () => {
  // The other side is what "I think Priya is …" says once the writer's own frame is dropped, or the plain clause.
  it.each([
    [
      ['Priya'],
      "Priya thinks I'm not ready to run the team.",
      'I think Priya is not ready to run the team.',
      "Priya doesn't think I'm ready to run the team.",
    ],
    [
      ['Dev'],
      "Dev doesn't think I can manage the team.",
      "I don't think Dev can manage the team.",
      "Dev doesn't believe I can manage the team.",
    ],
    [
      ['Tess'],
      "Tess thinks I was careful with her father's tablets.",
      "I think Tess was careful with my father's tablets.",
      "Tess believes I was careful with her father's tablets.",
    ],
    [
      ['Marco'],
      "Marco thinks I'm out to get him.",
      "I'm sure Marco is out to get me.",
      "Marco believes I'm out to get him.",
    ],
    [
      ['Marco'],
      "Marco thinks I'm out to get him.",
      'Marco is out to get me.',
      "Marco feels I'm out to get him.",
    ],
  ])('%j %s', (people, view, own, sameView) => {
    expectApart(view, own, people);
    expectTogether(view, sameView, people);
  });

  it("the holder's own deed still groups with itself framed or plain", () => {
    expectTogether('I think Priya is not ready to run the team.', "Priya isn't ready to run the team.", [
      'Priya',
    ]);
    expectTogether("I'm sure Marco is out to get me.", 'Marco is out to get me.', ['Marco']);
    expectTogether('Marco is trying to push me out.', 'I reckon Marco is trying to push me out.', ['Marco']);
  });
});

describe('a reaction to, or an expectation of, a deed of mine is about that deed (normalize.ts deedAfter)', () => {
  it.each([
    [['Tom'], 'Tom is annoyed that I parked in his space.', 'Tom is annoyed that I forgot his birthday.'],
    [['Tom'], 'Tom expects me to stay late every night.', 'Tom expects me to cover his weekend shifts.'],
    [['Zoe'], 'Zoe is hurt that I skipped her wedding.', 'Zoe is hurt that I sold the old car.'],
    [[], 'My mother expects me to cook Sunday lunch.', 'My mother expects me to drive her to the clinic.'],
  ])('%j %s ≠ %s', (people, a, b) => {
    expectApart(a, b, people);
  });

  it.each([
    [['Tom'], 'Tom is annoyed that I parked in his space.', 'Tom is angry that I parked in his space again.'],
    [['Tom'], 'Tom expects me to stay late every night.', 'Tom expects me to stay late most nights.'],
    [['Zoe'], 'Zoe is hurt that I skipped her wedding.', 'Zoe is upset that I missed her wedding.'],
    [[], 'My mother expects me to cook Sunday lunch.', 'My mother expects me to cook lunch every Sunday.'],
  ])('%j %s ~ %s', (people, a, b) => {
    expectTogether(a, b, people);
  });
});

describe('a comparison of now with an earlier time, either way round (normalize.ts trendOf)', () => {
  it.each([
    [
      ['Ruth'],
      'Ruth trusts me more now than she did last year.',
      'Ruth trusted me more last year than she does now.',
    ],
    [[], 'The team is busier now than last spring.', 'The team was busier last spring than now.'],
    [
      [],
      'My manager rates my reports higher now than in January.',
      'My manager rated my reports higher in January than now.',
    ],
    [
      ['Ruth'],
      'Ruth listens to me more carefully now than at the start.',
      'Ruth listened to me more carefully at the start than now.',
    ],
  ])('%j %s is the opposite of %s', (people, a, b) => {
    expect(relation(a, b, people), `${a} / ${b}`).toBe('opposite');
    expect(together(a, b, people), `${a} / ${b}`).toBe(false);
  });

  it.each([
    [
      ['Ruth'],
      'Ruth trusts me more now than she did last year.',
      'Ruth trusts me more nowadays than she used to.',
    ],
    [
      [],
      'My manager rates my reports higher now than in January.',
      'My manager rates my reports higher today than in January.',
    ],
    [[], 'The team was busier last spring than now.', 'The team was busier last spring than it is today.'],
  ])('%j %s ~ %s', (people, a, b) => {
    expectTogether(a, b, people);
  });
});

describe('"X first and Y second" ranks X over Y (contrast.ts)', () => {
  it.each([
    [
      ['Ana'],
      'The foreman listens to me first and the apprentices second.',
      'The foreman listens to the apprentices first and me second.',
    ],
    [
      ['Ana'],
      'Ana backs the drivers first and the planners second.',
      'Ana backs the planners first and the drivers second.',
    ],
    [
      ['Ana'],
      'Ana puts the customers first and the staff last.',
      'Ana puts the staff first and the customers last.',
    ],
  ])('%j %s is the opposite of %s', (people, a, b) => {
    expect(relation(a, b, people), `${a} / ${b}`).toBe('opposite');
    expect(together(a, b, people), `${a} / ${b}`).toBe(false);
  });

  it('the same ranking in other words still groups', () => {
    expectTogether(
      'The foreman listens to me first and the apprentices second.',
      'The foreman listens to me over the apprentices.',
      ['Ana'],
    );
    expectTogether(
      'The foreman listens to me first and the apprentices second.',
      'The foreman listens to me first, the apprentices second.',
      ['Ana'],
    );
  });
});

describe('an attitude aimed at its own doer ("blames herself") is not aimed at me (normalize.ts ownDoerAfter)', () => {
  it.each([
    [['Tove'], 'Tove blames herself for the spoiled batch.', 'Tove blames me for the spoiled batch.'],
    [['Tom'], "Tom doesn't trust himself with the accounts.", "Tom doesn't trust me with the accounts."],
    [
      ['Ines'],
      'Ines will take the blame herself if the launch slips.',
      'Ines will pin the blame on me if the launch slips.',
    ],
  ])('%j %s ≠ %s', (people, a, b) => {
    expectApart(a, b, people);
  });

  it.each([
    [
      ['Tove'],
      'Tove blames herself for the spoiled batch.',
      'Tove takes the blame herself for the spoiled batch.',
    ],
    [
      ['Ines'],
      'Ines will take the blame herself if the launch slips.',
      'Ines will blame herself if the launch slips.',
    ],
    [
      ['Tom'],
      "Tom doesn't trust himself with the accounts.",
      "Tom doesn't trust himself around the accounts.",
    ],
  ])('%j %s ~ %s', (people, a, b) => {
    expectTogether(a, b, people);
  });
});

describe("someone's view of my deed with no object, against their own (parties.ts readParties)", () => {
  it.each([
    [
      ['Nell'],
      'Nell thinks I would panic if she left.',
      'I think Nell would panic if I left.',
      'Nell reckons I would panic if she left.',
    ],
    [
      ['Ingrid'],
      'She believes I would struggle if she stepped back.',
      'I believe she would struggle if I stepped back.',
      'She thinks I would struggle if she stepped back.',
    ],
  ])('%j %s', (people, view, own, sameView) => {
    expectApart(view, own, people);
    expectTogether(view, sameView, people);
  });

  it('the deed without a view still groups with itself framed', () => {
    expectTogether('I think Nell would panic if I left.', 'Nell would panic if I left.', ['Nell']);
    expectTogether(
      'I believe she would struggle if I stepped back.',
      'She would struggle if I stepped back.',
      ['Ingrid'],
    );
  });
});

describe('"more about X than Y" where Y is a word WordNet does not know (contrast.ts thingFrom)', () => {
  it.each([
    [
      ['Sandra'],
      'Sandra cares more about customers than metrics.',
      'Sandra cares more about metrics than customers.',
    ],
    [['Sandra'], 'Sandra cares more about people than KPIs.', 'Sandra cares more about KPIs than people.'],
  ])('%j %s is the opposite of %s', (people, a, b) => {
    expect(relation(a, b, people), `${a} / ${b}`).toBe('opposite');
    expect(together(a, b, people), `${a} / ${b}`).toBe(false);
  });

  it('the same preference in other words still groups', () => {
    expectTogether(
      'Sandra cares more about people than KPIs.',
      'Sandra cares about people more than about KPIs.',
      ['Sandra'],
    );
  });
});
