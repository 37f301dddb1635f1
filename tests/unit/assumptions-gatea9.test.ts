import { describe, expect, it } from 'vitest';
import { analyseAll } from '../../src/domain/assumptions/index.js';
import { compare } from '../../src/domain/assumptions/similarity.js';
import { expectOfferedNotGrouped, groupOf } from '../helpers/grouping-probes.js';

// Branch `gatea9` (session 9): gate A of docs/precision-gates.md, adopted by the lead. Two statements linked by no
// predicate (no lexicon concept with its sign, no kindred concept, no WordNet synonym) share only a topic, a frame or
// the people: offered as the person writes, never grouped automatically. Probes in words of my own, none from the
// corpus or the trap files.
const relation = (a: string, b: string, people: string[]) => {
  const [x, y] = analyseAll([
    { id: 1, entryId: 1, text: a, people },
    { id: 2, entryId: 2, text: b, people },
  ]);
  return compare(x!, y!);
};

describe('linked by a topic or the people only: offered, not grouped (similarity.ts unlinked)', () => {
  it.each([
    // Opposites whose polarity words the lexicon lacks ("moving in" / "moving out"): each was grouped before.
    ['Tess is moving in with me after the wedding.', 'Tess is moving out after the wedding.', ['Tess']],
    // Who does it, with me or instead of me: two assumptions on one long shared topic, grouped before.
    [
      'Fenna will coach the under-twelves with me this season.',
      'Fenna will coach the under-twelves instead of me this season.',
      ['Fenna'],
    ],
    [
      'Joost will drive me to the hospital on Thursday.',
      'Joost will let me take the bus to the hospital on Thursday.',
      ['Joost'],
    ],
    // The cost: a paraphrase whose predicate the lexicon does not know ("come to") is offered, no longer grouped.
    [
      'Bas will come to my exhibition at the library.',
      'Bas will come to my exhibition at the library on the first night.',
      ['Bas'],
    ],
  ])('%s / %s', (a, b, people) => {
    expectOfferedNotGrouped(a, b, people);
  });
});

describe('linked by a predicate: still grouped', () => {
  it.each([
    // The same sentence written again, or said alike in every word the engine reads, whatever the lexicon knows of
    // its verb (similarity.ts saidAlike).
    [
      'The trustees will not fund the new roof anyway.',
      'The trustees will not fund the new roof anyway.',
      [],
    ],
    [
      'Marit will sign the lease on the studio.',
      'Marit is going to sign the lease on the studio.',
      ['Marit'],
    ],
    // One concept of the lexicon in other words.
    [
      "Ines doesn't trust me with the keys to the hall.",
      "Ines won't let me near the keys to the hall.",
      ['Ines'],
    ],
    ["Tiago thinks I'm a hopeless driver.", "Tiago thinks I'm an incompetent driver.", ['Tiago']],
    // A WordNet synonym ("promise" ~ "word").
    ['Sien keeps her promises to the kids.', 'Sien keeps her word to the kids.', ['Sien']],
    // Kindred concepts, authority − ~ gossip +: going behind my back or over my head ~ talking behind it, turning
    // the others against me (lexicon.ts KINDRED).
    ['Priya goes behind my back to the parents.', 'Priya is turning the parents against me.', ['Priya']],
    ['Hugo keeps going behind my back to the board.', 'Hugo gossips about me to the board.', ['Hugo']],
    ['Mirela undermines me in front of the crew.', 'Mirela slags me off to the crew.', ['Mirela']],
  ])('%s / %s', (a, b, people) => {
    const at = groupOf([a, b], people);
    expect(at.get(1)).toBe(at.get(2));
  });

  it('a kindred link never turns one pole into the other: backing my decisions against gossip is no merge', () => {
    const a = 'Ivo respects my decisions at choir practice.';
    const b = 'Ivo gossips about me at choir practice.';
    expect(relation(a, b, ['Ivo']).kind).not.toBe('same');
    const at = groupOf([a, b], ['Ivo']);
    expect(at.get(1)).not.toBe(at.get(2));
  });
});
