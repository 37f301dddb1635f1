import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/eval-grouping.js';
import { analyseAll, forgetShapes, groupStatements } from '../../src/domain/assumptions/group.js';
import { analyse, CORE_OF } from '../../src/domain/assumptions/normalize.js';
import { PeopleIndex } from '../../src/domain/assumptions/people.js';
import { compare, compareTraced, passes } from '../../src/domain/assumptions/similarity.js';
import type { StatementInput } from '../../src/domain/assumptions/types.js';

// Only the splits that have been read.
const SEEN = 'dev,heldout,heldout2,heldout3,heldout4,heldout5,heldout6,heldout7,heldout8';
const corpus = loadCorpus(join(__dirname, '..', 'fixtures', 'assumptions-corpus'), SEEN).statements;

/** The corpus's wordings again, each in an entry with another entry's people (as a bulk grouping meets them). */
const pool = [...new Set(corpus.map((s) => JSON.stringify(s.people)))].map((k) => JSON.parse(k) as string[]);
const moved: StatementInput[] = corpus.map((s, i) => ({
  ...s,
  id: 1_000_000 + i,
  entryId: 1_000_000 + i,
  people: pool[(i * 7 + 3) % pool.length]!,
}));

describe('what the engine reuses between statements written alike', () => {
  it('a text analysed again with other people is what a fresh analysis makes of it', () => {
    forgetShapes();
    const statements = [...corpus, ...moved];
    const shapes = analyseAll(statements);
    const index = new PeopleIndex();
    for (const s of statements) index.addAll(s.people);
    statements.forEach((s, i) => {
      expect(shapes[i], s.text).toEqual(analyse(s.text, s.people, index));
    });
    forgetShapes();
  });

  it('a comparison holds for other statements written alike whose people pass its tests', () => {
    forgetShapes();
    const shapes = analyseAll([...corpus, ...moved]);
    const n = corpus.length;
    const alike = (x: number) =>
      CORE_OF.get(shapes[x]!) === CORE_OF.get(shapes[x + n]!) &&
      JSON.stringify([...shapes[x]!.names]) === JSON.stringify([...shapes[x + n]!.names]);
    let reused = 0;
    let retested = 0;
    for (let i = 0; i < Math.min(n, 400); i++) {
      if (!alike(i)) continue;
      for (let j = i + 1; j < Math.min(n, 400); j++) {
        if (!alike(j)) continue;
        const { relation, tests } = compareTraced(shapes[i]!, shapes[j]!);
        expect(relation).toEqual(compare(shapes[i]!, shapes[j]!));
        if (tests === undefined) continue;
        expect(passes(tests, shapes[i]!, shapes[j]!)).toBe(true);
        if (passes(tests, shapes[i + n]!, shapes[j + n]!)) {
          expect(compare(shapes[i + n]!, shapes[j + n]!), `${i} ${j}`).toEqual(relation);
          reused++;
        } else retested++;
      }
    }
    expect(reused).toBeGreaterThan(1000);
    expect(retested).toBeGreaterThan(0);
    forgetShapes();
  }, 60_000); // reads the whole corpus twice: ~5 s alone, past the default 20 s on a loaded machine

  it('groups alike whether or not the engine remembers earlier runs', () => {
    forgetShapes();
    const cold = groupStatements(moved);
    forgetShapes();
    groupStatements(corpus);
    const warm = groupStatements(moved);
    expect(warm).toEqual(cold);
    forgetShapes();
  });
});
