import type { Shape } from './normalize.js';
import { compare, type Relation } from './similarity.js';

// What a person's own links teach the grouping of their journal. Derived afresh from the current links on
// every run (nothing is stored), so unlinking, merging or opposing changes what is known at once.
//
// - Two statements the person put in one group, with the same subject, differ in a few terms (predicates and
//   topics): those two sets of terms say the same thing in this journal. Each becomes a learned predicate
//   (`l:<id>`), so "finds my plans flimsy" meets "thinks my proposals are half-baked" once the person has linked
//   "finds my plans flimsy" with "thinks my plans are half-baked". A term set seen again with the opposite sign
//   ("aren't flimsy") carries the learned predicate denied, which makes an opposite, never a merge.
// - Two statements the person marked opposite that the engine saw as alike teach poles: a pair of statements
//   with one pole each (and the same sign) is an opposite from then on.
// - A learned equivalence never joins two poles (the person said those contradict each other).

/** A side of a lesson with more terms than this is a whole sentence, not a wording: nothing to learn. */
const MAX_SIDE = 3;
/** Pairs learned from per group: the first members by id (a group of hundreds says nothing more). */
const MAX_MEMBERS = 8;

const WRITER = new Set(['self', 'g:we']);

/** Terms of a statement: predicates (`P|c:trust`) and topics (`T|w:plan`) with their signs. */
function termsOf(s: Shape): Map<string, 1 | -1> {
  const out = new Map<string, 1 | -1>();
  for (const [k, sign] of s.preds) if (!k.startsWith('l:')) out.set(`P|${k}`, sign);
  for (const t of s.topics) out.set(`T|${t}`, s.negated.has(t) ? -1 : 1);
  return out;
}

/** A set of terms, by its sorted keys, and the product of their signs as written. */
interface Side {
  id: string;
  keys: string[];
  sign: 1 | -1;
}

function sideOf(keys: string[], terms: ReadonlyMap<string, 1 | -1>): Side {
  const sorted = [...keys].sort();
  let sign: 1 | -1 = 1;
  for (const k of sorted) sign = (sign * terms.get(k)!) as 1 | -1;
  return { id: sorted.join(' '), keys: sorted, sign };
}

/** The terms and the subject (`A|p:dana`) a statement is about: what a learned wording needs around it. */
function contextOf(s: Shape, terms: ReadonlyMap<string, 1 | -1>): string[] {
  return s.agent === null ? [...terms.keys()] : [...terms.keys(), `A|${s.agent}`];
}

/**
 * What one statement has that the other lacks, both ways, and what they share (terms, and the subject when
 * both name the same one); undefined when a shared term has the other sign.
 */
function residual(a: Shape, b: Shape): { x: Side; y: Side; shared: string[] } | undefined {
  const ta = termsOf(a);
  const tb = termsOf(b);
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  const shared: string[] = [];
  for (const [k, sign] of ta) {
    const other = tb.get(k);
    if (other === undefined) onlyA.push(k);
    else if (other !== sign) return undefined;
    else shared.push(k);
  }
  for (const k of tb.keys()) if (!ta.has(k)) onlyB.push(k);
  // The writer is the subject of most statements in a journal: as context it would carry a wording learned of
  // "burning out on this project" / "running on empty with the maintenance work" to "plenty of energy for the
  // project".
  if (a.agent !== null && a.agent === b.agent && !WRITER.has(a.agent)) shared.push(`A|${a.agent}`);
  return { x: sideOf(onlyA, ta), y: sideOf(onlyB, tb), shared };
}

/** Named people who cannot be one person: then the pair is about two subjects, and teaches no wording. */
function otherSubjects(a: Shape, b: Shape): boolean {
  const named = (e: string | null) => e?.startsWith('p:') === true && !e.startsWith('p:?');
  return named(a.agent) && named(b.agent) && a.agent !== b.agent;
}

/** One statement holds a learned wording that the other denies. */
function deniesLearned(a: Shape, b: Shape): boolean {
  for (const [k, sign] of a.preds) if (k.startsWith('l:') && b.preds.get(k) === -sign) return true;
  return false;
}

function pairs<T>(items: readonly T[]): Array<[T, T]> {
  const out: Array<[T, T]> = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) out.push([items[i]!, items[j]!]);
  return out;
}

/** Groups of statements the person put together, and pairs of those groups the person marked opposite. */
export interface Teaching {
  groups: Shape[][];
  opposites: Array<[number, number]>;
}

/** A pole pair: statements holding `a` and `b` (signs agreeing as learned) contradict each other. */
interface Pole {
  a: Side;
  b: Side;
}

export class Learned {
  /** Side id → its class (the learned predicate) and the sign of the side within it. */
  private readonly classOf = new Map<string, { root: string; parity: 1 | -1 }>();
  /** Sides by their first key, longest first, for matching a statement. */
  private readonly sidesByKey = new Map<string, Side[]>();
  private readonly poles: Pole[] = [];
  /**
   * What the statements a class was learned from were about (shared terms, subjects): a learned wording counts
   * only in a statement about one of those too, as "flimsy" ~ "half-baked" was learned of plans.
   */
  private readonly context = new Map<string, Set<string>>();
  private readonly polesByKey = new Map<string, Pole[]>();
  private readonly rewritten = new WeakMap<Shape, Shape>();

  constructor(teaching: Teaching) {
    const { groups, opposites } = teaching;
    for (const [ga, gb] of opposites) {
      for (const a of (groups[ga] ?? []).slice(0, MAX_MEMBERS))
        for (const b of (groups[gb] ?? []).slice(0, MAX_MEMBERS)) this.learnPole(a, b);
    }
    const parent = new Map<string, { up: string; parity: 1 | -1 }>();
    const sides = new Map<string, Side>();
    const find = (id: string): { root: string; parity: 1 | -1 } => {
      let parity: 1 | -1 = 1;
      let at = id;
      for (let p = parent.get(at); p !== undefined && p.up !== at; p = parent.get(at)) {
        parity = (parity * p.parity) as 1 | -1;
        at = p.up;
      }
      return { root: at, parity };
    };
    const broken = new Set<string>();
    const lessons: Array<{ side: string; shared: string[] }> = [];
    for (const group of groups) {
      for (const [a, b] of pairs(group.slice(0, MAX_MEMBERS))) {
        if (otherSubjects(a, b)) continue;
        const r = residual(a, b);
        // Without anything in common the pair is two ways of saying a whole sentence: no wording to learn.
        if (r === undefined || r.shared.length === 0) continue;
        const { x, y } = r;
        lessons.push({ side: x.id, shared: r.shared });
        if (x.keys.length === 0 || y.keys.length === 0) continue;
        if (x.keys.length > MAX_SIDE || y.keys.length > MAX_SIDE) continue;
        if (this.arePoles(x, y)) continue;
        for (const s of [x, y]) {
          if (sides.has(s.id)) continue;
          sides.set(s.id, s);
          parent.set(s.id, { up: s.id, parity: 1 });
        }
        // A statement holding a side with sign h holds its class's predicate with h · (the side's first sign) ·
        // (its parity in the class): x as written here and y as written here must come out alike.
        const fx = find(x.id);
        const fy = find(y.id);
        const wx = x.sign * sides.get(x.id)!.sign;
        const wy = y.sign * sides.get(y.id)!.sign;
        const parity = (wx * wy * fx.parity * fy.parity) as 1 | -1;
        if (fx.root === fy.root) {
          if (parity !== 1) broken.add(fx.root);
          continue;
        }
        const [keep, drop] = fx.root < fy.root ? [fx.root, fy.root] : [fy.root, fx.root];
        parent.set(drop, { up: keep, parity });
        if (broken.has(drop)) broken.add(keep);
      }
    }
    const members = new Map<string, Array<{ side: Side; parity: 1 | -1 }>>();
    for (const [id, side] of sides) {
      const { root, parity } = find(id);
      if (broken.has(root)) continue;
      members.set(root, [...(members.get(root) ?? []), { side, parity }]);
    }
    // A class holding two poles (with agreeing signs) would join what the person said contradicts: dropped.
    for (const [root, list] of members) {
      const bridges = list.some((m) => list.some((n) => m !== n && this.arePoles(m.side, n.side)));
      if (bridges || list.length < 2) continue;
      this.context.set(root, new Set());
      for (const { side, parity } of list) {
        this.classOf.set(side.id, { root, parity });
        const first = side.keys[0]!;
        this.sidesByKey.set(first, [...(this.sidesByKey.get(first) ?? []), side]);
      }
    }
    for (const { side, shared } of lessons) {
      const c = this.classOf.get(side);
      if (c !== undefined) for (const k of shared) this.context.get(c.root)!.add(k);
    }
    for (const list of this.sidesByKey.values())
      list.sort((p, q) => q.keys.length - p.keys.length || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
    this.ids = new Map(
      [...new Set([...this.classOf.values()].map((c) => c.root))].sort().map((r, i) => [r, i]),
    );
  }

  private readonly ids: Map<string, number>;

  /** Nothing learned: the engine runs exactly as without links. */
  get empty(): boolean {
    return this.classOf.size === 0 && this.poles.length === 0;
  }

  private learnPole(a: Shape, b: Shape): void {
    if (otherSubjects(a, b) || compare(a, b).kind === 'opposite') return;
    const r = residual(a, b);
    if (r === undefined) return;
    const { x, y } = r;
    if (x.keys.length === 0 || y.keys.length === 0 || x.keys.length > MAX_SIDE || y.keys.length > MAX_SIDE)
      return;
    const pole = { a: x, b: y };
    this.poles.push(pole);
    for (const k of new Set([...x.keys, ...y.keys]))
      this.polesByKey.set(k, [...(this.polesByKey.get(k) ?? []), pole]);
  }

  private arePoles(x: Side, y: Side): boolean {
    const within = (small: Side, big: Side) => small.keys.every((k) => big.keys.includes(k));
    return this.poles.some((p) => (within(p.a, x) && within(p.b, y)) || (within(p.a, y) && within(p.b, x)));
  }

  /** The sign with which a statement holds a side (the product of its terms' signs), or undefined. */
  private static holds(terms: ReadonlyMap<string, 1 | -1>, side: Side): 1 | -1 | undefined {
    let sign: 1 | -1 = 1;
    for (const k of side.keys) {
      const s = terms.get(k);
      if (s === undefined) return undefined;
      sign = (sign * s) as 1 | -1;
    }
    return sign;
  }

  /**
   * The statement with the learned wordings it holds replaced by their learned predicates (the same object when
   * it holds none).
   */
  rewrite(shape: Shape): Shape {
    if (this.classOf.size === 0) return shape;
    const known = this.rewritten.get(shape);
    if (known !== undefined) return known;
    const terms = termsOf(shape);
    const used = new Set<string>();
    const learned = new Map<string, 1 | -1 | 0>();
    const keys = [...terms.keys()].sort();
    const around = contextOf(shape, terms);
    for (const k of keys) {
      for (const side of this.sidesByKey.get(k) ?? []) {
        if (side.keys.some((x) => used.has(x))) continue;
        const held = Learned.holds(terms, side);
        if (held === undefined) continue;
        const { root, parity } = this.classOf.get(side.id)!;
        const context = this.context.get(root)!;
        if (!around.some((c) => context.has(c) && !side.keys.includes(c))) continue;
        const key = `l:${this.ids.get(root)}`;
        const sign = (held * side.sign * parity) as 1 | -1;
        const had = learned.get(key);
        learned.set(key, had === undefined || had === sign ? sign : 0);
        for (const x of side.keys) used.add(x);
      }
    }
    let out = shape;
    if (learned.size > 0) {
      const preds = new Map<string, 1 | -1>();
      for (const [k, sign] of shape.preds) if (!used.has(`P|${k}`)) preds.set(k, sign);
      for (const [k, sign] of learned) if (sign !== 0) preds.set(k, sign);
      const topics = new Set([...shape.topics].filter((t) => !used.has(`T|${t}`)));
      out = { ...shape, preds, topics, words: shape.words.filter((w) => !used.has(`T|${w.key}`)) };
    }
    this.rewritten.set(shape, out);
    return out;
  }

  /** Whether a learned pole sets the two statements against each other. */
  private separates(a: Shape, b: Shape): boolean {
    if (this.poles.length === 0) return false;
    const ta = termsOf(a);
    const tb = termsOf(b);
    const seen = new Set<Pole>();
    for (const k of [...ta.keys(), ...tb.keys()]) {
      for (const pole of this.polesByKey.get(k) ?? []) {
        if (seen.has(pole)) continue;
        seen.add(pole);
        for (const [x, y, tx, ty] of [
          [pole.a, pole.b, ta, tb],
          [pole.a, pole.b, tb, ta],
        ] as const) {
          const hx = Learned.holds(tx, x);
          const hy = Learned.holds(ty, y);
          // Each holds its own pole and not the other's ("careful" against "slapdash", not against both).
          if (hx === undefined || hy === undefined) continue;
          if (Learned.holds(tx, y) !== undefined || Learned.holds(ty, x) !== undefined) continue;
          if (hx * x.sign === hy * y.sign) return true;
        }
      }
    }
    return false;
  }

  /**
   * `compare` with what the person taught: learned wordings count as shared predicates, a learned pole makes an
   * opposite, and a pair the engine itself calls opposite stays one whatever was learned.
   */
  compare(a: Shape, b: Shape): Relation {
    const plain = compare(a, b);
    let r = plain;
    const ra = this.rewrite(a);
    const rb = this.rewrite(b);
    if ((ra !== a || rb !== b) && plain.kind !== 'opposite') {
      // Learning only adds: the better of the two readings, unless a learned wording is held both ways.
      const taught = compare(ra, rb);
      if (taught.kind === 'opposite' && deniesLearned(ra, rb)) r = taught;
      else if (taught.kind === 'same' && (plain.kind !== 'same' || taught.score > plain.score)) r = taught;
    }
    if (r.kind === 'same' && this.separates(a, b)) return { kind: 'opposite', score: r.score };
    return r;
  }
}
