import { describe, expect, it } from 'vitest';
import { sortEdges } from '../../src/domain/assumptions/group.js';

type Edge = [i: number, j: number, score: number];

/** The order the clustering took edges in before sortEdges: a comparator over edge indices. */
function byComparator(edges: readonly Edge[]): Array<[number, number]> {
  return [...edges].sort((p, q) => q[2] - p[2] || p[0] - q[0] || p[1] - q[1]).map(([i, j]) => [i, j]);
}

function sorted(edges: readonly Edge[], n: number, room = edges.length): Array<[number, number]> {
  // Lists longer than the edges, as groupStatements has them (one place per candidate pair).
  const edgeI = new Int32Array(room);
  const edgeJ = new Int32Array(room);
  const edgeScore = new Float64Array(room);
  edges.forEach(([i, j, score], e) => {
    edgeI[e] = i;
    edgeJ[e] = j;
    edgeScore[e] = score;
  });
  sortEdges(edgeI, edgeJ, edgeScore, edges.length, n);
  return edges.map((_, e) => [edgeI[e]!, edgeJ[e]!]);
}

/**
 * Pairs i < j of n statements, each once, with scores drawn from `scores`: shuffled, or in the order of i with each
 * i's pairs in a mixed order of j (as the candidate pairs come).
 */
function randomEdges(n: number, scores: readonly number[], seed: number, shuffled = true): Edge[] {
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const edges: Edge[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      if (random() < 0.6) edges.push([i, j, scores[Math.floor(random() * scores.length)]!]);
  const mix = (from: number, to: number) => {
    for (let k = to - 1; k > from; k--) {
      const m = from + Math.floor(random() * (k - from + 1));
      [edges[k], edges[m]] = [edges[m]!, edges[k]!];
    }
  };
  if (shuffled) mix(0, edges.length);
  else
    for (let from = 0, k = 1; k <= edges.length; k++)
      if (k === edges.length || edges[k]![0] !== edges[from]![0]) {
        mix(from, k);
        from = k;
      }
  return edges;
}

describe('sortEdges', () => {
  it.each<[string, Edge[], number]>([
    ['no edges', [], 3],
    ['one edge', [[0, 2, 0.5]], 3],
    [
      'the closest first',
      [
        [0, 1, 0.4],
        [1, 2, 0.9],
        [0, 2, 0.6],
      ],
      3,
    ],
    [
      'equal scores by i, then j',
      [
        [2, 3, 0.5],
        [0, 3, 0.5],
        [0, 1, 0.5],
        [1, 2, 0.7],
        [0, 2, 0.5],
      ],
      4,
    ],
    [
      'scores a rounding apart stay apart',
      [
        [0, 1, 0.1 + 0.2],
        [0, 2, 0.3],
        [1, 2, 0.30000000000000004],
      ],
      3,
    ],
    ['many pairs, few scores', randomEdges(60, [0.35, 0.5, 0.5, 0.72, 1], 7), 60],
    ['many pairs in the order of i', randomEdges(70, [0.35, 0.5, 0.6, 0.72, 1], 5, false), 70],
    [
      'many pairs, many scores',
      randomEdges(
        80,
        Array.from({ length: 500 }, (_, k) => 0.35 + k / 1000),
        11,
      ),
      80,
    ],
  ])('%s: as the comparator ordered them', (_, edges, n) => {
    expect(sorted(edges, n)).toEqual(byComparator(edges));
    expect(sorted(edges, n, edges.length + 5)).toEqual(byComparator(edges));
  });
});
