import { describe, expect, it } from 'vitest';
import { analyseAll } from '../../src/domain/assumptions/index.js';
import { compare, SAME_THRESHOLD } from '../../src/domain/assumptions/similarity.js';
import { expectOfferedNotGrouped, groupOf } from '../helpers/grouping-probes.js';

// Branch `gate9` (session 9): of the gates tested out of sample on heldout16 and trap set 5 (docs/precision-gates.md,
// "Session 9"), gate D joins gate I in `unlinked`: two statements that meet in no predicate, only one of them good
// or bad news. Probes in words of my own, none from the corpus or the trap files.
const shapes = (a: string, b: string, people: string[]) => {
  const [x, y] = analyseAll([
    { id: 1, entryId: 1, text: a, people },
    { id: 2, entryId: 2, text: b, people },
  ]);
  return [x!, y!] as const;
};

describe('no predicate in common, only one side good or bad news: never grouped (similarity.ts unlinked)', () => {
  it.each([
    // Each scored 0.41–0.46 before, and was grouped: a verdict in a word the engine cannot judge ("flimsy")
    // against one it can, and who coaches whom, said about one long shared topic.
    ['Dana says my budget is flimsy.', 'Dana finds my budget solid.', ['Dana']],
    [
      'Oskar wants me to coach him before the regional final.',
      'Oskar wants to coach me before the regional final.',
      ['Oskar'],
    ],
  ])('%s / %s', (a, b, people) => {
    const r = compare(...shapes(a, b, people));
    expect(r.kind).toBe('same');
    expect(r.score).toBeLessThan(SAME_THRESHOLD);
    // Still a weak match, above link-as-you-write's threshold: offered as the person writes.
    expect(r.score).toBeGreaterThan(0.3);
    const at = groupOf([a, b], people);
    expect(at.get(1)).not.toBe(at.get(2));
  });

  it.each([
    // Judged alike and linked by a WordNet synonym ("lovely" ~ "beautiful"). (Its other probes, judged alike or
    // neither judged but linked by no predicate, are offered and no longer grouped since gate A: see the end.)
    ['Kemi thinks my garden is lovely.', 'Kemi finds my garden beautiful.', ['Kemi']],
  ])('still grouped: %s / %s', (a, b, people) => {
    const at = groupOf([a, b], people);
    expect(at.get(1)).toBe(at.get(2));
  });
});

// Session 9 (branch gatea9, gate A of docs/precision-gates.md, adopted by the lead): these pairs were grouped before,
// but they share no predicate the engine knows (no lexicon concept with its sign, no kindred one, no WordNet
// synonym), only a topic, a frame and the people, so they are offered as the person writes and no longer grouped
// automatically: the recall gate A costs for precision. (Their other rules still read them as one assumption.)
describe('gate A: no predicate the engine knows in common: offered, not grouped (similarity.ts unlinked)', () => {
  it.each([
    ['Joel thinks my essays are too long.', 'Joel finds my essays too long.', ['Joel']],
    [
      'Lina feels the speech I gave at the wedding was too long.',
      'Lina thinks my wedding speech went on too long.',
      ['Lina'],
    ],
    ['Nadia says my scones are dry.', 'Nadia thinks my scones are too dry.', ['Nadia']],
    [
      'Rosa is fed up with the clutter in the shared garage.',
      'Rosa is fed up with the messy communal garage.',
      ['Rosa'],
    ],
    [
      'Cato is grateful for the lift I gave him to the station.',
      'Cato appreciates the lift I gave him to the station.',
      ['Cato'],
    ],
  ] as Array<[string, string, string[]]>)('%s / %s', (a, b, people) => {
    expectOfferedNotGrouped(a, b, people);
  });
});
