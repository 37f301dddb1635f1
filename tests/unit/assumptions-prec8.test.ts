import { describe, expect, it } from 'vitest';
import { evidence } from '../../src/domain/assumptions/evidence.js';
import { analyseAll } from '../../src/domain/assumptions/index.js';
import { compare, SAME_THRESHOLD } from '../../src/domain/assumptions/similarity.js';
import { stem } from '../../src/domain/assumptions/stem.js';
import { expectOfferedNotGrouped, groupOf } from '../helpers/grouping-probes.js';

// Branch `prec8` (session 8): a gate from the blind wrong merges of heldout3–15 and trap sets 3–4
// (docs/precision-gates.md). Probes in words of my own, none from the corpus or the trap files.
const shapes = (a: string, b: string, people: string[]) => {
  const [x, y] = analyseAll([
    { id: 1, entryId: 1, text: a, people },
    { id: 2, entryId: 2, text: b, people },
  ]);
  return [x!, y!] as const;
};

describe('evidence (what a pair of statements shares, for analysis only)', () => {
  it('names the concepts, topics and judgements of a pair', () => {
    const e = evidence(
      ...shapes('Lotte wants to talk to me about the van.', 'Lotte blames me for the van.', ['Lotte']),
    );
    expect(e.concepts).toEqual([]);
    expect(e.kin).toBe(0);
    expect(e.topics).toEqual(['w:van']);
    expect(e.judgements).toEqual([0, -1]);
    expect(e.mains).toEqual(['c:want', 'c:blame']);
  });

  it('names a concept both say in the same word', () => {
    const e = evidence(
      ...shapes(
        'Kemal undermines me in front of the apprentices.',
        'Kemal undermines me in the staff room.',
        ['Kemal'],
      ),
    );
    expect(e.concepts).toEqual(['c:authority']);
    expect(e.words).toContain(stem('undermines'));
  });
});

describe('two predicates that meet nowhere, judged unalike, are never grouped (similarity.ts unlinked)', () => {
  it.each([
    // Each scored 0.41–0.42 before the gate, enough to be grouped: the longer the shared topic, the higher.
    [
      'Nell will take charge of the Thursday choir rehearsals after Easter.',
      'Nell blames me for the Thursday choir rehearsals after Easter.',
      ['Nell'],
    ],
    [
      'Tess is leading the Saturday farmers market stall.',
      'Tess is afraid of me at the Saturday farmers market stall.',
      ['Tess'],
    ],
    [
      'Marta runs the Friday bread delivery round.',
      'Marta complains about me on the Friday bread delivery round.',
      ['Marta'],
    ],
    // Below the threshold before the gate too; it keeps them there whatever else they come to share.
    [
      'Hamid keeps ignoring the tenants association.',
      'Hamid wants to chair the tenants association.',
      ['Hamid'],
    ],
    ['Ruben runs the night shift.', 'Ruben ignores me on the night shift.', ['Ruben']],
  ])('%s / %s', (a, b, people) => {
    const r = compare(...shapes(a, b, people));
    expect(r.kind).toBe('same');
    expect(r.score).toBeLessThan(SAME_THRESHOLD);
    const at = groupOf([a, b], people);
    expect(at.get(1)).not.toBe(at.get(2));
  });

  it('stays a weak match, so link-as-you-write may still offer it', () => {
    const r = compare(
      ...shapes('Tess leads the market stall.', 'Tess is afraid of me at the market stall.', ['Tess']),
    );
    expect(r.kind).toBe('same');
    expect(r.score).toBeGreaterThan(0.3);
  });

  it.each([
    // Both bad news, in other concepts: a paraphrase may say it so ("runs me down" ~ "undermines me").
    [
      'Kemal undermines me in front of the apprentices.',
      'Kemal has been running me down to the apprentices.',
      ['Kemal'],
    ],
    // A shared "wants" leaves the rest to the other rules. (Since gate A, session 9, a pair the lexicon links:
    // "keep the old boiler running" / "… going" shares no predicate it knows, and is offered, not grouped.)
    [
      'Hedda wants to quit the choir after Easter.',
      'Hedda wants to leave the choir after Easter.',
      ['Hedda'],
    ],
    // A concept shared is a link.
    [
      'Sunita has my back when the parents complain.',
      'Sunita always backs me up with the parents.',
      ['Sunita'],
    ],
  ])('still grouped: %s / %s', (a, b, people) => {
    const at = groupOf([a, b], people);
    expect(at.get(1)).toBe(at.get(2));
  });
});

describe('the gate comes after the opposites', () => {
  it('keeping a thing against ending it is still an opposite, with its score', () => {
    const r = compare(
      ...shapes('Odile wants to keep the allotment going.', 'Odile wants to give up the allotment.', [
        'Odile',
      ]),
    );
    expect(r.kind).toBe('opposite');
    expect(r.score).toBeGreaterThan(0);
  });
});

// Session 9 (branch gatea9, gate A of docs/precision-gates.md, adopted by the lead): these pairs were grouped before,
// but they share no predicate the engine knows (no lexicon concept with its sign, no kindred one, no WordNet
// synonym), only a topic, a frame and the people, so they are offered as the person writes and no longer grouped
// automatically: the recall gate A costs for precision. (Their other rules still read them as one assumption.)
describe('gate A: no predicate the engine knows in common: offered, not grouped (similarity.ts unlinked)', () => {
  it.each([
    [
      'Femi wants to leave the band after the tour.',
      'Femi is worried the band will fall apart after the tour.',
      ['Femi'],
    ],
    ['Hedda wants to keep the old boiler running.', 'Hedda wants to keep the old boiler going.', ['Hedda']],
  ] as Array<[string, string, string[]]>)('%s / %s', (a, b, people) => {
    expectOfferedNotGrouped(a, b, people);
  });
});
