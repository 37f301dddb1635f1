import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/eval-grouping.js';
import { analyseAll, candidatePairs, groupStatements } from '../../src/domain/assumptions/group.js';
import type { Shape } from '../../src/domain/assumptions/normalize.js';
import { compare, kinKeys } from '../../src/domain/assumptions/similarity.js';
import { syntheticStatements } from '../../src/domain/assumptions/synthetic.js';

const corpus = loadCorpus(join(__dirname, '..', 'fixtures', 'assumptions-corpus')).statements;

/** The blocking as it was before pairs were ruled out by who they are about: every pair that shares a block. */
function blockPairs(shapes: readonly Shape[]): Set<string> {
  const blocks = new Map<string, Map<string, number[]>>();
  shapes.forEach((s, i) => {
    const keys = new Set<string>([...s.preds.keys(), ...(s.preds.size === 0 ? s.topics : [])]);
    for (const w of s.words) for (const id of w.meaning.same) keys.add(`s:${id}`);
    for (const k of kinKeys(s.preds)) keys.add(k);
    // (A singular plain noun subject, "the depot engineer", may be its entry's one person: unknown too.)
    const agent =
      s.agent === null ||
      s.agent.startsWith('r:') ||
      s.agent.startsWith('p:?') ||
      s.agent === 'g:people' ||
      (s.agent.startsWith('n:') && !/[^s]s$/.test(s.agent))
        ? ''
        : s.agent;
    for (const k of keys) {
      const byAgent = blocks.get(k) ?? new Map<string, number[]>();
      byAgent.set(agent, [...(byAgent.get(agent) ?? []), i]);
      blocks.set(k, byAgent);
    }
  });
  const pairs = new Set<string>();
  const add = (i: number, j: number) => pairs.add(`${Math.min(i, j)},${Math.max(i, j)}`);
  for (const byAgent of blocks.values()) {
    const unknown = byAgent.get('') ?? [];
    for (const [agent, list] of byAgent)
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) add(list[x]!, list[y]!);
        if (agent !== '') for (const u of unknown) add(list[x]!, u);
      }
  }
  return pairs;
}

describe('candidatePairs', () => {
  it.each([
    ['the labelled corpus', corpus],
    ['a synthetic journal', syntheticStatements(600)],
  ])('on %s: each pair once, and only pairs the comparison would call different are left out', (_, input) => {
    const shapes = analyseAll([...input].sort((a, b) => a.id - b.id));
    const pairs = candidatePairs(shapes);
    const keys = pairs.map(([i, j]) => `${i},${j}`);
    expect(pairs.every(([i, j]) => i < j)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    const reference = blockPairs(shapes);
    const kept = new Set(keys);
    expect(keys.every((k) => reference.has(k))).toBe(true);
    const dropped = [...reference].filter((k) => !kept.has(k));
    expect(dropped.length).toBeGreaterThan(0);
    for (const k of dropped) {
      const [i, j] = k.split(',').map(Number) as [number, number];
      expect(compare(shapes[i]!, shapes[j]!).kind, k).toBe('different');
    }
  });

  it('does not pair two statements that are both already placed', () => {
    const shapes = analyseAll(syntheticStatements(200));
    const placed = shapes.map((_, i) => i % 2 === 0);
    const all = candidatePairs(shapes);
    const some = candidatePairs(shapes, placed);
    expect(some).toEqual(all.filter(([i, j]) => !(placed[i] && placed[j])));
  });
});

describe('groupStatements with placed statements', () => {
  const input = [
    { id: 1, entryId: 1, text: "Dana doesn't trust my judgement.", people: ['Dana'] },
    { id: 2, entryId: 2, text: 'Dana does not trust my judgment.', people: ['Dana'] },
    { id: 3, entryId: 3, text: "Dana doesn't trust my judgement at all.", people: ['Dana'] },
  ];

  it('gives the same groups as without when none is placed', () => {
    expect(groupStatements(input, [], { placed: new Set() })).toEqual(groupStatements(input));
    expect(groupStatements(input).groups).toEqual([[1, 2, 3]]);
  });

  it('lets a new statement join placed ones, without starting a cluster from two placed ones', () => {
    // 1 and 2 stand for two existing groups: they do not meet unless a new statement brings them together.
    expect(groupStatements(input.slice(0, 2), [], { placed: new Set([1, 2]) }).groups).toEqual([[1], [2]]);
    const joined = groupStatements(input, [], { placed: new Set([1, 2]) }).groups;
    expect(joined.find((g) => g.includes(3))!.length).toBeGreaterThan(1);
  });
});
