import { describe, expect, it } from 'vitest';
import { groupOf, relation, together } from '../helpers/grouping-probes.js';

// Session 11 (gaps11): more frames of the writer's own belief (own-frame.ts). A trailing frame ("…, I suppose")
// is dropped as a leading one is; a trailing negated one ("…, I don't think") denies a plain clause; a doubting
// state ("I'm not convinced …", "I have my doubts that …") denies as "I doubt …" does. Probes in words of my own,
// none from the corpus or the trap files.

const DANA = ['Dana'];

/** Read as the clause itself: framed and plain group, and the framed one never joins the denial. */
function expectReadAsClause(framed: string, plain: string, denial: string, people: string[]): void {
  expect(relation(framed, plain, people), `${framed} / ${plain}`).toBe('same');
  expect(together(framed, plain, people), `${framed} / ${plain}`).toBe(true);
  expect(together(framed, denial, people), `${framed} / ${denial}`).toBe(false);
}

/** Read as the clause denied: groups with the denial, never with the plain clause. */
function expectReadAsDenial(framed: string, plain: string, denial: string, people: string[]): void {
  expect(relation(framed, plain, people), `${framed} / ${plain}`).not.toBe('same');
  expect(together(framed, plain, people), `${framed} / ${plain}`).toBe(false);
  expect(together(framed, denial, people), `${framed} / ${denial}`).toBe(true);
}

describe('a trailing frame of my own belief is dropped', () => {
  it.each([
    'Dana trusts my numbers, I think.',
    "Dana trusts my numbers, I'm sure.",
    "Dana trusts my numbers, I'm pretty sure.",
    'Dana trusts my numbers, I suppose.',
    'Dana trusts my numbers, I reckon.',
    'Dana trusts my numbers, I guess.',
    'Dana trusts my numbers, I bet.',
    "Dana trusts my numbers, I'd say.",
    'Dana trusts my numbers, if you ask me.',
    'Dana trusts my numbers, it seems.',
    // "or so I tell myself": the writer holds the belief and owns that it may be a comfort; what the register
    // keeps is the belief held, so it is read as the clause (never as its denial).
    'Dana trusts my numbers — or so I tell myself.',
    'Dana trusts my numbers, or so I tell myself.',
  ])('%s ~ Dana trusts my numbers', (framed) => {
    expectReadAsClause(framed, 'Dana trusts my numbers.', "Dana doesn't trust my numbers.", DANA);
  });

  it('a trailing frame after a denied clause keeps the denial', () => {
    expectReadAsClause(
      "Dana doesn't trust my numbers, I'm sure.",
      "Dana doesn't trust my numbers.",
      'Dana trusts my numbers.',
      DANA,
    );
  });
});

describe('a trailing negated frame denies a plain clause', () => {
  it.each([
    "Dana trusts my numbers, I don't think.",
    "Dana trusts my numbers, I don't believe.",
    "Dana trusts my numbers, I don't suppose.",
  ])('%s ~ Dana does not trust my numbers', (framed) => {
    expectReadAsDenial(framed, 'Dana trusts my numbers.', "Dana doesn't trust my numbers.", DANA);
  });

  it('a frame on each side: the clause inside both, denied by either', () => {
    expectReadAsDenial(
      "I don't think Dana trusts me, I guess.",
      'Dana trusts me',
      "Dana doesn't trust me",
      DANA,
    );
    expectReadAsClause(
      'I think Dana trusts me, to be honest.',
      'Dana trusts me',
      "Dana doesn't trust me",
      DANA,
    );
  });

  it('after a denied clause it agrees with the clause ("she won\'t, I don\'t think"), no double denial', () => {
    expectReadAsClause("Tom won't stay, I don't think.", "Tom won't stay.", 'Tom will stay.', ['Tom']);
  });
});

describe('a doubting state denies its clause as "I doubt …" does', () => {
  it.each([
    "I'm not convinced Dana trusts me",
    "I'm not convinced that Dana trusts me",
    "I'm really not convinced Dana trusts me",
    "I'm unconvinced that Dana trusts me",
    "I'm far from sure Dana trusts me",
    "I'm far from convinced Dana trusts me",
    'I have my doubts that Dana trusts me',
    'I have serious doubts that Dana trusts me',
  ])('%s ~ Dana does not trust me', (framed) => {
    expectReadAsDenial(framed, 'Dana trusts me', "Dana doesn't trust me", DANA);
    expect(together(framed, 'I doubt Dana trusts me', DANA)).toBe(true);
  });

  it('merely unsure frames still meet neither side', () => {
    for (const unsure of ["I'm not sure Dana trusts me", 'I have my doubts whether Dana trusts me'])
      for (const side of ['Dana trusts me', "Dana doesn't trust me"])
        expect(together(unsure, side, DANA), `${unsure} / ${side}`).toBe(false);
  });

  it('no doubt is certainty: "I have no doubt …", "I don\'t doubt …" read as the clause', () => {
    for (const framed of ['I have no doubt that Dana trusts me', "I don't doubt Dana trusts me"])
      expectReadAsClause(framed, 'Dana trusts me', "Dana doesn't trust me", DANA);
  });
});

describe('more frames of my own belief, as people write them', () => {
  it.each([
    "I can't help thinking Dana trusts me",
    "I can't help feeling that Dana trusts me",
    "I can't help but think Dana trusts me",
    "I can't shake the feeling that Dana trusts me",
    "I'm starting to think Dana trusts me",
    "I'm beginning to suspect that Dana trusts me",
    "I've come to believe Dana trusts me",
    'I keep thinking Dana trusts me',
    'Part of me thinks Dana trusts me',
    'A part of me believes that Dana trusts me',
    'My gut says Dana trusts me',
    'My gut tells me that Dana trusts me',
    'Something tells me Dana trusts me',
    "I've got a feeling Dana trusts me",
    "I'm under the impression that Dana trusts me",
    "I'm guessing Dana trusts me",
    "I'd say Dana trusts me",
    'It feels like Dana trusts me',
    'It seems Dana trusts me',
    'In my opinion, Dana trusts me',
    'If you ask me, Dana trusts me',
    'As far as I can tell, Dana trusts me',
    'I honestly think Dana trusts me',
    'I kind of feel like Dana trusts me',
    'I get the vibe that Dana trusts me',
    'My read is that Dana trusts me',
    'Chances are Dana trusts me',
    "I'm 100% sure Dana trusts me",
    'I know for a fact that Dana trusts me',
    // As "…, or so I tell myself": the belief held.
    'I keep telling myself that Dana trusts me',
    // Asides of candour are no part of the assumption.
    'To be honest, Dana trusts me',
    "Let's face it, Dana trusts me",
    'In all honesty, I think Dana trusts me',
    'Dana trusts me, to be honest.',
    // Adverbs and openers around a frame.
    'I personally think Dana trusts me',
    'I firmly believe Dana trusts me',
    'Lately I feel like Dana trusts me',
    "I'm almost certain Dana trusts me",
    "I'm confident that Dana trusts me",
    'The way I see it, Dana trusts me',
    "It's clear that Dana trusts me",
    // "if" here states the clause: "I wouldn't be surprised if …" leans to it.
    "I wouldn't be surprised if Dana trusts me",
    "It wouldn't surprise me if Dana trusts me",
  ])('%s ~ Dana trusts me', (framed) => {
    expectReadAsClause(framed, 'Dana trusts me', "Dana doesn't trust me", DANA);
  });

  it.each([
    "I really don't think Dana trusts me",
    "I honestly don't believe Dana trusts me",
    "I don't feel like Dana trusts me",
    "I don't get the sense that Dana trusts me",
    'I seriously doubt Dana trusts me',
    "I'd be surprised if Dana trusts me",
  ])('negated: %s ~ Dana does not trust me', (framed) => {
    expectReadAsDenial(framed, 'Dana trusts me', "Dana doesn't trust me", DANA);
  });

  it('"I can\'t believe …" is no denial: exclamatory, it takes the clause as true ("I can\'t believe she lied"), yet it can also doubt ("I can\'t believe she\'d ever trust me"), so it meets neither side', () => {
    for (const side of ['Dana trusts me', "Dana doesn't trust me"])
      expect(together("I can't believe Dana trusts me", side, DANA), side).toBe(false);
    expect(together("I can't believe Tom lied to me", "Tom didn't lie to me", ['Tom'])).toBe(false);
  });

  it.each([
    'Dana trusted me, or so I thought.',
    "Dana trusted me — or so I'd thought.",
    'Dana trusted me, or so I believed.',
  ])('a belief once held ("%s") reads as "I thought …": it meets neither side', (held) => {
    for (const side of ['Dana trusted me', "Dana didn't trust me"])
      expect(together(held, side, DANA), side).toBe(false);
    expect(together(held, 'I thought Dana trusted me', DANA)).toBe(true);
  });

  it('"I find it hard to believe …" is left as "I can\'t believe …" is: surprise or doubt, it meets neither side', () => {
    for (const side of ['Dana trusts me', "Dana doesn't trust me"])
      expect(together('I find it hard to believe Dana trusts me', side, DANA), side).toBe(false);
  });

  it('"I\'m not so sure …" is unsure, as "I\'m not sure …": it meets neither side', () => {
    for (const side of ['Dana trusts me', "Dana doesn't trust me"])
      expect(together("I'm not so sure Dana trusts me", side, DANA), side).toBe(false);
  });

  it('what is not my belief stays: a wish, a frame with no clause', () => {
    expect(together("I'd love it if Dana trusted me", 'Dana trusts me', DANA)).toBe(false);
    expect(together("I'd like to think Dana trusts me", 'Dana trusts me', DANA)).toBe(false);
    expect(together('My gut says no', 'My gut says Dana trusts me', DANA)).toBe(false);
  });

  it('a framed denial and a framed assertion of one clause are never one group', () => {
    const at = groupOf(
      [
        'Dana trusts my numbers, I think.',
        "Dana trusts my numbers, I don't think.",
        "I'm not convinced Dana trusts my numbers",
        'My gut says Dana trusts my numbers',
      ],
      DANA,
    );
    expect(at.get(1)).toBe(at.get(4));
    expect(at.get(2)).toBe(at.get(3));
    expect(at.get(1)).not.toBe(at.get(2));
  });
});
