import { describe, expect, it } from 'vitest';
import { evidence } from '../../src/domain/assumptions/evidence.js';
import { analyseAll } from '../../src/domain/assumptions/index.js';
import { stem } from '../../src/domain/assumptions/stem.js';

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
