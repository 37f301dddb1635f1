import { analyse, type Shape } from './normalize.js';
import { PeopleIndex } from './people.js';
import { compare, kinKeys, type Relation, SAME_THRESHOLD } from './similarity.js';
import type { Grouping, PersonLink, StatementInput } from './types.js';

/** Two clusters merge only if, on average, every member is close to every other (no chaining). */
const AVERAGE_THRESHOLD = 0.3;
/** An opposite is pointed out only when the two statements are otherwise about the same thing. */
const OPPOSITE_THRESHOLD = 0.45;

/** Analyses statements against one shared index of people, so names resolve the same way everywhere. */
export function analyseAll(statements: readonly StatementInput[]): Shape[] {
  const people = new PeopleIndex();
  for (const s of statements) people.addAll(s.people);
  return statements.map((s) => analyse(s.text, s.people, people));
}

/**
 * Pairs worth comparing (blocking keeps this far from n²): statements that share a predicate (or, without one,
 * a topic) and could have the same subject: the same one, or one of them unknown.
 */
function candidatePairs(shapes: readonly Shape[]): Array<[number, number]> {
  const blocks = new Map<string, Map<string, number[]>>();
  shapes.forEach((s, i) => {
    const keys = new Set<string>([...s.preds.keys(), ...(s.preds.size === 0 ? s.topics : [])]);
    for (const w of s.words) for (const id of w.meaning.same) keys.add(`s:${id}`);
    for (const k of kinKeys(s.preds)) keys.add(k);
    // A role ("the client") may be any person, so it is compared like an unknown subject.
    const agent =
      s.agent === null || s.agent.startsWith('r:') || s.agent.startsWith('p:?') || s.agent === 'g:people'
        ? ''
        : s.agent;
    for (const k of keys) {
      const byAgent = blocks.get(k) ?? new Map<string, number[]>();
      const list = byAgent.get(agent) ?? [];
      list.push(i);
      byAgent.set(agent, list);
      blocks.set(k, byAgent);
    }
  });
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const n = shapes.length;
  const add = (i: number, j: number) => {
    const x = Math.min(i, j);
    const y = Math.max(i, j);
    const code = x * n + y;
    if (seen.has(code)) return;
    seen.add(code);
    pairs.push([x, y]);
  };
  for (const byAgent of blocks.values()) {
    const unknown = byAgent.get('') ?? [];
    for (const [agent, list] of byAgent) {
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) add(list[x]!, list[y]!);
        if (agent !== '') for (const u of unknown) add(list[x]!, u);
      }
    }
  }
  return pairs;
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

class Clusters {
  private readonly parent: number[];
  readonly members: Map<number, number[]>;

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.members = new Map(this.parent.map((i) => [i, [i]]));
  }

  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    let k = i;
    while (this.parent[k] !== r) {
      const next = this.parent[k]!;
      this.parent[k] = r;
      k = next;
    }
    return r;
  }

  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[drop] = keep;
    this.members.set(keep, mergeSorted(this.members.get(keep)!, this.members.get(drop)!));
    this.members.delete(drop);
    return keep;
  }
}

/**
 * Groups statements into assumptions. Deterministic (input order does not matter), never merges a statement
 * with its opposite, and the person's links win: `same` always together, `opposite`/`different` never.
 */
export function groupStatements(statements: StatementInput[], links: PersonLink[] = []): Grouping {
  const sorted = [...statements].sort((a, b) => a.id - b.id);
  const shapes = analyseAll(sorted);
  const n = sorted.length;
  const indexOf = new Map(sorted.map((s, i) => [s.id, i]));

  const memo = new Map<number, Relation>();
  const relation = (i: number, j: number): Relation => {
    const x = Math.min(i, j);
    const y = Math.max(i, j);
    const code = x * n + y;
    let r = memo.get(code);
    if (r === undefined) {
      r = compare(shapes[x]!, shapes[y]!);
      memo.set(code, r);
    }
    return r;
  };

  const clusters = new Clusters(n);
  const apart = new Set<number>();
  const userOpposite: Array<[number, number]> = [];
  const sameLinks = [...links].filter((l) => l.relation === 'same').sort((p, q) => p.a - q.a || p.b - q.b);
  for (const l of sameLinks) {
    const i = indexOf.get(l.a);
    const j = indexOf.get(l.b);
    if (i !== undefined && j !== undefined) clusters.union(i, j);
  }
  for (const l of links) {
    if (l.relation === 'same') continue;
    const i = indexOf.get(l.a);
    const j = indexOf.get(l.b);
    if (i === undefined || j === undefined || i === j) continue;
    apart.add(Math.min(i, j) * n + Math.max(i, j));
    if (l.relation === 'opposite') userOpposite.push([i, j]);
  }
  const heldApart = (i: number, j: number) => apart.has(Math.min(i, j) * n + Math.max(i, j));

  const edges: Array<{ i: number; j: number; r: Relation }> = [];
  for (const [i, j] of candidatePairs(shapes)) {
    const r = relation(i, j);
    if (r.kind === 'same' && r.score >= SAME_THRESHOLD) edges.push({ i, j, r });
  }
  edges.sort((p, q) => q.r.score - p.r.score || p.i - q.i || p.j - q.j);

  // A refused merge stays refused until one side grows; a veto stays forever (clusters only grow).
  const refused = new Set<string>();
  const vetoed = new Set<string>();
  for (const { i, j } of edges) {
    const ca = clusters.find(i);
    const cb = clusters.find(j);
    if (ca === cb) continue;
    const ma = clusters.members.get(ca)!;
    const mb = clusters.members.get(cb)!;
    const pairKey = ca < cb ? `${ca},${cb}` : `${cb},${ca}`;
    const attempt = `${pairKey},${ma.length},${mb.length}`;
    if (vetoed.has(pairKey) || refused.has(attempt)) continue;
    let ok = true;
    let sum = 0;
    for (const x of ma) {
      for (const y of mb) {
        const r = relation(x, y);
        if (heldApart(x, y) || r.kind !== 'same') {
          ok = false;
          break;
        }
        sum += r.score;
      }
      if (!ok) break;
    }
    if (!ok) vetoed.add(pairKey);
    else if (sum / (ma.length * mb.length) >= AVERAGE_THRESHOLD) clusters.union(ca, cb);
    else refused.add(attempt);
  }

  const roots = [...clusters.members.keys()].sort((a, b) => a - b);
  const groupOf = new Map<number, number>();
  roots.forEach((root, g) => {
    for (const m of clusters.members.get(root)!) groupOf.set(m, g);
  });
  const groups = roots.map((root) => clusters.members.get(root)!.map((i) => sorted[i]!.id));

  const opposite = new Set<string>();
  const addOpposite = (i: number, j: number) => {
    const gi = groupOf.get(i)!;
    const gj = groupOf.get(j)!;
    if (gi !== gj) opposite.add(gi < gj ? `${gi},${gj}` : `${gj},${gi}`);
  };
  for (const [i, j] of userOpposite) addOpposite(i, j);
  for (const [code, r] of memo) {
    if (r.kind !== 'opposite' || r.score < OPPOSITE_THRESHOLD) continue;
    const i = Math.floor(code / n);
    const j = code % n;
    if (shapes[i]!.agent !== null && shapes[i]!.agent === shapes[j]!.agent) addOpposite(i, j);
  }
  const opposites = [...opposite]
    .map((s) => s.split(',').map(Number) as [number, number])
    .sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  return { groups, opposites };
}
