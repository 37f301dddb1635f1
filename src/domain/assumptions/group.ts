import { Learned } from './learned.js';
import { analyse, CORE_OF, oneNoun, type Shape, type ShapeCore, type TextAnalysis } from './normalize.js';
import { PeopleIndex } from './people.js';
import { learnRoles, type RoleBook, type RoleLearner } from './roles.js';
import {
  compare,
  compareTraced,
  kinKeys,
  type PeopleTest,
  passes,
  type Relation,
  SAME_THRESHOLD,
} from './similarity.js';
import type { Grouping, PersonLink, StatementInput } from './types.js';

/** Two clusters merge only if, on average, every member is close to every other (no chaining). */
const AVERAGE_THRESHOLD = 0.3;
/**
 * No member may join a cluster with a member it is not itself close to, however close it is to the rest: every
 * pair in a group passes the threshold a pair needs to start one. (It was 0.2. Replayed on the engines as they
 * were when heldout3 … heldout11 were first scored blind, 0.4 took blind precision from 0.80 to 0.84, helped three
 * splits and hurt none, at 9 of 300 correct pairs on the tuned splits: docs/blind-history.md.)
 */
const WEAKEST_LINK = SAME_THRESHOLD;
/** An opposite is pointed out only when the two statements are otherwise about the same thing. */
const OPPOSITE_THRESHOLD = 0.45;

/**
 * Shapes already worked out, by the signature of the people index they were analysed against, then by text and
 * people: a shape depends on nothing else, and nothing changes one once made. The grouping of a big backlog
 * runs the engine many times over the same wordings (the same journal's people every time), and analysing them
 * again was half of its cost. Bounded like the WordNet cache.
 */
const SHAPES = new Map<string, Map<string, Map<string, Shape>>>();
const SHAPES_MAX = 50_000;
let shapesHeld = 0;

/**
 * What analysing a wording learns from its marked tokens alone, by those tokens (see `analyse`): a wording comes
 * back with many different sets of an entry's people, which rarely change its tokens, and a shape's maps and
 * sets held once per wording and people cost more memory than everything else of a bulk grouping. The shapes
 * share these parts, and their entry's people (lists of keys) too. Cleared with SHAPES.
 */
const CORES = new Map<string, ShapeCore>();
/** Analyses by text (see TextAnalysis): cleared with SHAPES. */
const TEXTS = new Map<string, TextAnalysis[]>();
const ENTRY_PEOPLE = new Map<string, string[]>();

function shareEntryPeople(shape: Shape): Shape {
  const key = JSON.stringify(shape.entryPeople);
  const known = ENTRY_PEOPLE.get(key);
  if (known !== undefined) shape.entryPeople = known;
  else ENTRY_PEOPLE.set(key, shape.entryPeople);
  return shape;
}

/**
 * Relations of shapes by their wordings (see `wordingOf`), each with the tests of the entries' people its
 * comparison made (`compareTraced`): the relation holds for any two statements written that way whose people pass
 * the same tests. A bulk grouping compares the same few wordings with different people in every run: 1.2 million
 * comparisons of 3,400 pairs of texts on the 100k bench journal. Cleared with SHAPES; bounded.
 */
const ALIKE = new Map<number, Map<number, Array<{ tests: PeopleTest[]; relation: Relation }>>>();
const ALIKE_MAX = 200_000;
/** At most this many outcomes of the people tests are kept for a pair of wordings. */
const TRACES_MAX = 16;
let alikeHeld = 0;
/** An id for each pair of a core and names (what a shape holds apart from its entry's people). */
const WORDINGS = new Map<string, number>();
const CORE_IDS = new WeakMap<ShapeCore, number>();
const WORDING_OF = new WeakMap<Shape, number>();
let coresNumbered = 0;
/** Never reused (clearing WORDINGS starts no count again): a shape keeps its id for as long as it lives. */
let wordingsNumbered = 0;

/** The shape's wording id: equal for shapes that differ in `maybe` and `entryPeople` at most. */
function wordingOf(shape: Shape): number | undefined {
  let id = WORDING_OF.get(shape);
  if (id !== undefined) return id;
  const core = CORE_OF.get(shape);
  if (core === undefined) return undefined;
  let coreId = CORE_IDS.get(core);
  if (coreId === undefined) {
    coreId = coresNumbered++;
    CORE_IDS.set(core, coreId);
  }
  // (Gate B4's flag is read from the text, not the core: texts with one core may differ in it.)
  const key = `${coreId}\u0000${shape.unmodelled ? 1 : 0}\u0000${JSON.stringify([...shape.names])}`;
  id = WORDINGS.get(key);
  if (id === undefined) {
    id = wordingsNumbered++;
    WORDINGS.set(key, id);
  }
  WORDING_OF.set(shape, id);
  return id;
}

/**
 * `compare`, reusing what an earlier comparison of the same two wordings found for people who test alike. `wa`
 * and `wb` are the shapes' wording ids (`wordingOf`), worked out once for a run.
 */
function compareAlike(a: Shape, b: Shape, wa: number | undefined, wb: number | undefined): Relation {
  if (wa === undefined || wb === undefined) return compare(a, b);
  let byB = ALIKE.get(wa);
  const known = byB?.get(wb);
  if (known !== undefined) for (const k of known) if (passes(k.tests, a, b)) return k.relation;
  const { relation, tests } = compareTraced(a, b);
  if (tests !== undefined && (known?.length ?? 0) < TRACES_MAX) {
    if (alikeHeld >= ALIKE_MAX) {
      forgetRelations();
      byB = undefined;
    }
    if (byB === undefined) {
      byB = new Map();
      ALIKE.set(wa, byB);
    }
    const list = byB.get(wb);
    if (list === undefined) byB.set(wb, [{ tests, relation }]);
    else list.push({ tests, relation });
    alikeHeld++;
  }
  return relation;
}

function forgetRelations(): void {
  ALIKE.clear();
  WORDINGS.clear();
  alikeHeld = 0;
}

/**
 * Lets go of the shapes worked out so far. A caller that is done grouping calls it before it goes on to read
 * the whole register: the shapes of a bulk grouping were a third of the memory that reading then added to.
 */
export function forgetShapes(): void {
  SHAPES.clear();
  CORES.clear();
  TEXTS.clear();
  ENTRY_PEOPLE.clear();
  PEOPLE_KEYS.clear();
  forgetRelations();
  shapesHeld = 0;
}

/**
 * People lists as JSON, by list: callers share one list among the statements of entries with the same people, and
 * hand the same lists to every run of a bulk grouping (and to its checks after each), which wrote them out again
 * for every call. Bounded.
 */
const PEOPLE_KEYS = new Map<readonly string[], string>();

function peopleKey(people: readonly string[]): string {
  let key = PEOPLE_KEYS.get(people);
  if (key === undefined) {
    key = JSON.stringify(people);
    if (PEOPLE_KEYS.size >= 20_000) PEOPLE_KEYS.clear();
    PEOPLE_KEYS.set(people, key);
  }
  return key;
}

/**
 * Analyses statements against one shared index of people, so names resolve the same way everywhere: the people
 * of `among` (by default the statements themselves), and `roles` (roles.ts; by default those `among` teach).
 */
export function analyseAll(
  statements: readonly StatementInput[],
  among: readonly StatementInput[] = statements,
  roles: RoleBook = rolesOf(among),
): Shape[] {
  const people = new PeopleIndex();
  // Each list once: adding names again changes nothing, and callers share one list among the statements of
  // entries with the same people (a run of a bulk grouping added the same few lists a thousand times).
  const added = new Set<readonly string[]>();
  for (const s of among) {
    if (added.has(s.people)) continue;
    added.add(s.people);
    people.addAll(s.people);
  }
  people.setRoles(roles);
  const signature = people.signature();
  let known = SHAPES.get(signature);
  if (known === undefined) {
    known = new Map();
    SHAPES.set(signature, known);
  }
  // Callers hand the statements of one entry (or of entries with the same people) one list: its shapes by text
  // looked up once. Keyed by people, then text, not by the two joined: a joined key was a new string to copy
  // and hash for every statement of every run, a fifth of the engine's time on a bulk grouping.
  const byPeople = new Map<readonly string[], Map<string, Shape>>();
  return statements.map((s) => {
    let byText = byPeople.get(s.people);
    if (byText === undefined) {
      const named = peopleKey(s.people);
      byText = known.get(named);
      if (byText === undefined) {
        byText = new Map();
        known.set(named, byText);
      }
      byPeople.set(s.people, byText);
    }
    let shape = byText.get(s.text);
    if (shape === undefined) {
      const fresh = analyse(s.text, s.people, people, CORES, TEXTS);
      if (shapesHeld >= SHAPES_MAX) {
        SHAPES.clear();
        CORES.clear();
        TEXTS.clear();
        ENTRY_PEOPLE.clear();
        forgetRelations();
        SHAPES.set(signature, known);
        // Emptied in place: the lists of this call's people stay the ones `byPeople` holds.
        for (const list of known.values()) list.clear();
        shapesHeld = 0;
      }
      shape = shareEntryPeople(fresh);
      byText.set(s.text, shape);
      shapesHeld++;
    }
    return shape;
  });
}

/** The roles `sources` teach (roles.ts). */
function rolesOf(sources: readonly StatementInput[]): RoleBook {
  const people = new PeopleIndex();
  for (const s of sources) people.addAll(s.people);
  return learnRoles(sources, people);
}

/** The roles a grouping reads statements with: those its caller learned, else those the statements teach. */
function rolesFor(options: Pick<GroupOptions, 'roles'>, statements: readonly StatementInput[]): RoleBook {
  return options.roles?.book() ?? rolesOf(statements);
}

/**
 * A role ("the client") may be any person, so it is blocked like an unknown subject (''); so is a singular plain
 * noun subject ("the depot engineer"), which may be its entry's one person.
 */
function blockAgent(s: Shape): string {
  const a = s.agent;
  return a === null || a.startsWith('r:') || a.startsWith('p:?') || a === 'g:people' || oneNoun(a) ? '' : a;
}

/**
 * Who a statement can be about, for ruling out pairs before comparing them. `compare` calls two statements
 * different when both name people and no two of those can be the same person, or when one names no one and
 * the other names people outside its entry; `tokens` over-approximates "can be the same person" (a name, the
 * names a pronoun may stand for, a role with its entry's people), so ruling out by it never drops a pair
 * `compare` could call anything but different.
 */
interface Who {
  /** Tokens of the people the statement names; null when it names none. */
  tokens: Set<string> | null;
  /** People it names outright (not a pronoun or a role). */
  named: string[];
  entryPeople: readonly string[];
}

function whoOf(s: Shape): Who {
  const persons = (s.agent === null ? s.others : [s.agent, ...s.others]).filter(
    (e) => e.startsWith('p:') || e.startsWith('r:'),
  );
  if (persons.length === 0) return { tokens: null, named: [], entryPeople: s.entryPeople };
  const tokens = new Set<string>();
  const named: string[] = [];
  for (const e of persons) {
    if (e.startsWith('p:?')) for (const m of s.maybe.get(e) ?? []) tokens.add(m);
    else if (e.startsWith('p:')) {
      tokens.add(e.slice(2));
      named.push(e.slice(2));
    } else {
      tokens.add(e);
      for (const m of s.entryPeople) tokens.add(m);
    }
  }
  return { tokens, named, entryPeople: s.entryPeople };
}

function mayBeAlike(a: Who, b: Who): boolean {
  if (a.tokens !== null && b.tokens !== null) {
    for (const t of a.tokens) if (b.tokens.has(t)) return true;
    return false;
  }
  const clash = (x: Who, y: Who) =>
    x.tokens === null &&
    x.entryPeople.length > 0 &&
    y.named.length > 0 &&
    !y.named.some((n) => x.entryPeople.includes(n));
  return !clash(a, b) && !clash(b, a);
}

/**
 * Pairs worth comparing (blocking keeps this far from n²): statements that share a predicate (or, without one,
 * a topic) and could have the same subject: the same one, or one of them unknown; and that could be about the
 * same people; not both already placed (`placed`). Each pair once, lower index first. Linear in the pairs it looks at: no set of pairs is kept
 * (a block of a common predicate holds thousands of statements in a big run, and hashing every pair cost more
 * than comparing them).
 */
export function candidatePairs(
  shapes: readonly Shape[],
  placed: ArrayLike<boolean> = [],
): Array<[number, number]> {
  const flat = pairsOf(shapes, placed);
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < flat.length; k += 2) pairs.push([flat[k]!, flat[k + 1]!]);
  return pairs;
}

/**
 * A shape's blocking keys and `whoOf`, by shape: both follow from the shape alone, and the runs of a bulk
 * grouping block the same shapes again and again (a shape is held in SHAPES for as long as it is used).
 */
const BLOCK_KEYS = new WeakMap<object, readonly string[]>();
const WHO = new WeakMap<Shape, Who>();
/** Lists of blocking keys by their text (see `blockKeys`). Bounded. */
const KEY_LISTS = new Map<string, readonly string[]>();

/** The keys a shape is blocked under: its predicates (or, without any, its topics), synonyms and kin. */
function blockKeys(s: Shape): readonly string[] {
  // They follow from the core (see ShapeCore): shapes sharing one share one list.
  const holder = CORE_OF.get(s) ?? s;
  let known = BLOCK_KEYS.get(holder);
  if (known === undefined) {
    const keys = new Set<string>([...s.preds.keys(), ...(s.preds.size === 0 ? s.topics : [])]);
    for (const w of s.words) for (const id of w.meaning.same) keys.add(`s:${id}`);
    for (const k of kinKeys(s.preds)) keys.add(k);
    known = [...keys];
    // One list for the same keys: `pairsOf` classes statements by the list, and statements written alike but
    // for a number or a name (each a core of its own) then make one class, not one each with a reach each.
    const text = known.join('\u0000');
    const same = KEY_LISTS.get(text);
    if (same !== undefined) known = same;
    else {
      if (KEY_LISTS.size >= 50_000) KEY_LISTS.clear();
      KEY_LISTS.set(text, known);
    }
    BLOCK_KEYS.set(holder, known);
  }
  return known;
}

function whoOfShape(s: Shape): Who {
  let known = WHO.get(s);
  if (known === undefined) {
    known = whoOf(s);
    WHO.set(s, known);
  }
  return known;
}

/**
 * A crowd: a statement whose blocks hold more than this many ways of writing (wordings, numbered per run; see
 * `wordingOf`), each of which may be compared with it. Every pair of a run is compared, so a crowd of statements
 * alike but for a number, a name or a date ("… my judgement number 17", 2,000 of them in one entry) cost n²
 * comparisons: 46 s for 2,000. No journal or corpus split the grouping is measured on comes near it (the bench
 * journals are written in a few hundred ways; a corpus split holds a few hundred statements), and a run beyond
 * it is grouped by an approximation: each crowded statement is compared with the statements after it written as
 * it is or in its CROWD_NEAREST nearest other ways (by id), and a merge of two big clusters judges CROWD_SAMPLE
 * members of each (see `mergeVerdict`). README, Limits.
 */
const CROWD = 1200;
const CROWD_NEAREST = 48;
const CROWD_SAMPLE = 32;

/** For each class of `pairsOf`, 1 if its blocks reach more than CROWD wordings (`wordings`: dense, per statement). */
function crowdedClasses(
  classes: ReadonlyArray<{ members: number[] }>,
  reachOf: (ci: number) => number[],
  wordings: readonly number[],
): Uint8Array {
  const out = new Uint8Array(classes.length);
  // Few statements: nothing to count.
  if (wordings.length <= CROWD) return out;
  const seen = new Int32Array(wordings.length).fill(-1);
  for (let ci = 0; ci < classes.length; ci++) {
    let count = 0;
    outer: for (const cj of reachOf(ci)) {
      for (const m of classes[cj]!.members) {
        const w = wordings[m]!;
        if (seen[w] === ci) continue;
        seen[w] = ci;
        if (++count > CROWD) {
          out[ci] = 1;
          break outer;
        }
      }
    }
  }
  return out;
}

/** `candidatePairs` as one flat list (i, j, i, j, …): a big run has tens of thousands of pairs. */
function pairsOf(
  shapes: readonly Shape[],
  placed: ArrayLike<boolean>,
  learnedKeys?: ReadonlyArray<readonly string[]>,
  crowd?: { wordings: readonly number[]; written: readonly number[][]; crowded: boolean },
): number[] {
  // Statements with the same keys and subject meet the same others, so blocks are worked out for each such class
  // of statements: a big run holds many statements written alike, and visiting every list of every key of each
  // statement visited each pair eleven times over (28 million visits for 2.6 million pairs on the bench journal).
  const n = shapes.length;
  const classOf = new Int32Array(n);
  const classes: Array<{ keys: readonly string[]; agent: string; members: number[] }> = [];
  // By their list of keys (one for all shapes of a core) and subject; with learned keys, by the keys as text.
  const byList = new Map<readonly string[], Map<string, number>>();
  const byText = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const s = shapes[i]!;
    const learned = learnedKeys?.[i] ?? [];
    const keys = learned.length === 0 ? blockKeys(s) : [...new Set([...blockKeys(s), ...learned])];
    const agent = blockAgent(s);
    let ids = byText;
    let id = agent;
    if (learned.length > 0) id = JSON.stringify([agent, keys]);
    else {
      ids = byList.get(keys) ?? new Map<string, number>();
      byList.set(keys, ids);
    }
    let c = ids.get(id);
    if (c === undefined) {
      c = classes.length;
      ids.set(id, c);
      classes.push({ keys, agent, members: [] });
    }
    classes[c]!.members.push(i);
    classOf[i] = c;
  }
  const blocks = new Map<string, Map<string, number[]>>();
  classes.forEach((c, ci) => {
    for (const k of c.keys) {
      let byAgent = blocks.get(k);
      if (!byAgent) {
        byAgent = new Map();
        blocks.set(k, byAgent);
      }
      const list = byAgent.get(c.agent);
      if (list) list.push(ci);
      else byAgent.set(c.agent, [ci]);
    }
  });
  // The classes a class shares a block with (itself too), each once: with the same subject, or one unknown.
  const reach: Array<number[] | undefined> = [];
  const seenBy = new Int32Array(classes.length).fill(-1);
  const reachOf = (ci: number): number[] => {
    let out = reach[ci];
    if (out !== undefined) return out;
    out = [];
    const take = (list: readonly number[] | undefined) => {
      for (const cj of list ?? []) {
        if (seenBy[cj] === ci) continue;
        seenBy[cj] = ci;
        out!.push(cj);
      }
    };
    const { keys, agent } = classes[ci]!;
    for (const k of keys) {
      const byAgent = blocks.get(k)!;
      if (agent === '') for (const list of byAgent.values()) take(list);
      else {
        take(byAgent.get(agent));
        take(byAgent.get(''));
      }
    }
    reach[ci] = out;
    return out;
  };
  const who = shapes.map(whoOfShape);
  const pairs: number[] = [];
  const crowded = crowd === undefined ? undefined : crowdedClasses(classes, reachOf, crowd.wordings);
  const inReach = new Int32Array(classes.length).fill(-1);
  const keptWording = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const ci = classOf[i]!;
    if (crowded?.[ci] === 1) {
      crowd!.crowded = true;
      if (inReach[ci] !== ci) for (const cj of reachOf(ci)) inReach[cj] = ci;
      const take = (j: number) => {
        if (inReach[classOf[j]!] === ci && !(placed[i] && placed[j]) && mayBeAlike(who[i]!, who[j]!))
          pairs.push(i, j);
      };
      // In a crowd, the statements after i written as it is or in its CROWD_NEAREST nearest other ways (see
      // CROWD): its own way always, so copies of a statement are compared however far apart.
      const { wordings, written } = crowd!;
      const near = [wordings[i]!];
      keptWording[wordings[i]!] = i;
      let j = i + 1;
      for (; j < n && near.length <= CROWD_NEAREST; j++) {
        if (inReach[classOf[j]!] !== ci) continue;
        const w = wordings[j]!;
        if (keptWording[w] !== i) {
          keptWording[w] = i;
          near.push(w);
        }
        take(j);
      }
      for (const w of near) {
        const list = written[w]!;
        for (let x = firstAbove(list, j - 1); x < list.length; x++) take(list[x]!);
      }
      continue;
    }
    for (const cj of reachOf(ci)) {
      // Members are in increasing order: start past i.
      const list = classes[cj]!.members;
      for (let x = firstAbove(list, i); x < list.length; x++) {
        const j = list[x]!;
        if (!(placed[i] && placed[j]) && mayBeAlike(who[i]!, who[j]!)) pairs.push(i, j);
      }
    }
  }
  return pairs;
}

/** The position of the first number above `i` in an increasing list. */
function firstAbove(list: readonly number[], i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

/**
 * Slots by pair code, in open addressing over typed arrays: a big run looks up and records tens of thousands of
 * pairs, and a Map of them cost a tenth of the engine's time (its hashing and its garbage).
 */
class PairSlots {
  private codes: Float64Array;
  private slots: Int32Array;
  private mask: number;
  private size = 0;

  constructor(expected: number) {
    let capacity = 64;
    while (capacity < expected * 2) capacity *= 2;
    this.codes = new Float64Array(capacity).fill(-1);
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private at(code: number): number {
    // Codes are below 2^53: mix both halves.
    let h = Math.imul(code >>> 0, 0x9e3779b1) ^ Math.imul(Math.floor(code / 4294967296), 0x85ebca6b);
    h ^= h >>> 15;
    let k = h & this.mask;
    while (this.codes[k] !== -1 && this.codes[k] !== code) k = (k + 1) & this.mask;
    return k;
  }

  /**
   * The slot of `code`; when it has none, `fresh` becomes its slot and is returned. One probe where a lookup and
   * then a write took two: most pairs a run looks up are new.
   */
  slotOf(code: number, fresh: number): number {
    if ((this.size + 1) * 2 > this.codes.length) this.grow();
    const k = this.at(code);
    if (this.codes[k] === code) return this.slots[k]!;
    this.size++;
    this.codes[k] = code;
    this.slots[k] = fresh;
    return fresh;
  }

  private grow(): void {
    const codes = this.codes;
    const slots = this.slots;
    this.codes = new Float64Array(codes.length * 2).fill(-1);
    this.slots = new Int32Array(codes.length * 2);
    this.mask = this.codes.length - 1;
    for (let k = 0; k < codes.length; k++) {
      if (codes[k] === -1) continue;
      const at = this.at(codes[k]!);
      this.codes[at] = codes[k]!;
      this.slots[at] = slots[k]!;
    }
  }
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

export interface GroupOptions {
  /**
   * Statements already placed in groups the caller keeps (representatives of existing groups, which are never
   * merged): two of them are not compared to start a cluster, only when clusters holding them meet. Without
   * this, a run of new statements among a thousand representatives spends most of its time comparing the
   * representatives with each other.
   */
  placed?: ReadonlySet<number>;
  /**
   * What the person decided, to learn from (see learned.ts): the statements of each group the person made
   * (they need not be among the statements grouped), and pairs of those groups the person marked opposite. A
   * new statement close to any member of such a group may join it (it must still not be opposite to or held
   * apart from any member). Read with the same roles as the statements grouped (see `roles`).
   */
  teaching?: { groups: StatementInput[][]; opposites: Array<[number, number]> };
  /**
   * What the journal's statements read so far teach about its roles (roles.ts), when more than those grouped: a
   * bulk grouping reads the journal run by run, and hands the same learner to `checkJoins`. The caller adds the
   * statements grouped to it.
   */
  roles?: RoleLearner;
}

/**
 * What was learned from a teaching, by the teaching, for the signature of the role book it was read with: a
 * caller hands the same one to every run of a bulk grouping (and to `checkJoins` after each), and nothing
 * changes one once made; the book changes only when a run teaches a role.
 */
const TAUGHT = new WeakMap<
  object,
  { roles: string; taught: { learned: Learned; unit: Map<number, number> } }
>();

/**
 * The person's groups analysed, and which of them each statement id belongs to. Read with `roles`, the book the
 * grouping reads its statements with: a link through a role ("my brother-in-law …" with "Ruairi …") teaches as
 * the same link by name does wherever the journal says who the role is.
 */
function learnFrom(
  teaching: NonNullable<GroupOptions['teaching']>,
  roles: RoleBook,
): {
  learned: Learned;
  unit: Map<number, number>;
} {
  const signature = roles.signature();
  let known = TAUGHT.get(teaching);
  if (known === undefined || known.roles !== signature) {
    known = { roles: signature, taught: learnAfresh(teaching, roles) };
    TAUGHT.set(teaching, known);
  }
  return known.taught;
}

function learnAfresh(
  teaching: NonNullable<GroupOptions['teaching']>,
  roles: RoleBook,
): {
  learned: Learned;
  unit: Map<number, number>;
} {
  const flat = teaching.groups.flat();
  const shapes = analyseAll(flat, flat, roles);
  const unit = new Map<number, number>();
  let at = 0;
  const groups = teaching.groups.map((g, gi) =>
    g.map((s) => {
      if (!unit.has(s.id)) unit.set(s.id, gi);
      return shapes[at++]!;
    }),
  );
  return { learned: new Learned({ groups, opposites: teaching.opposites }), unit };
}

/**
 * What the merge of two clusters is judged by (indices into one run's statements): the relation of a pair (its
 * slot in `kinds` and `scores`), the person's pairs held apart, and the person's groups as units (`units`, with
 * `n` the number of statements: a unit at or past `n` is a group the person made; undefined when no such group
 * holds two of the statements).
 */
interface MergeRule {
  relation: (i: number, j: number) => number;
  kinds: readonly Relation['kind'][];
  scores: readonly number[];
  heldApart: (i: number, j: number) => boolean;
  units: readonly number[] | undefined;
  unitSize: ReadonlyMap<number, number>;
  who: readonly Who[];
  n: number;
  /** A crowded run (see CROWD): a merge of two big clusters judges a sample of each. */
  crowded?: boolean;
}

/** CROWD_SAMPLE members of a sorted cluster, spread evenly from its first to its latest (all when it has fewer). */
function sampleOf(members: readonly number[]): readonly number[] {
  if (members.length <= CROWD_SAMPLE) return members;
  const out: number[] = [];
  const step = (members.length - 1) / (CROWD_SAMPLE - 1);
  for (let k = 0; k < CROWD_SAMPLE; k++) out.push(members[Math.round(k * step)]!);
  return out;
}

/**
 * Whether two clusters may become one: 'veto' (never: a pair opposite, held apart or not alike enough), 'wait'
 * (not now: on average not close enough) or 'join'. The one rule of the clustering, and of `checkJoins`.
 */
function mergeVerdict(
  ma: readonly number[],
  mb: readonly number[],
  rule: MergeRule,
): 'join' | 'wait' | 'veto' {
  const { relation, kinds, scores, heldApart, units, unitSize, who, n } = rule;
  if (rule.crowded === true && ma.length * mb.length > CROWD_SAMPLE * CROWD_SAMPLE) {
    ma = sampleOf(ma);
    mb = sampleOf(mb);
  }
  let sum = 0;
  let count = ma.length * mb.length;
  if (units === undefined) {
    for (const x of ma) {
      for (const y of mb) {
        const slot = relation(x, y);
        if (heldApart(x, y) || kinds[slot] !== 'same' || scores[slot]! < WEAKEST_LINK) return 'veto';
        sum += scores[slot]!;
      }
    }
  } else {
    // A group the person made counts as one statement, as close as its closest member: the person vouched
    // that its members are one assumption. Opposite to, or held apart from, any member still vetoes, and so
    // does one the pair cannot share people with.
    const best = new Map<number, number>();
    for (const x of ma) {
      for (const y of mb) {
        const slot = relation(x, y);
        const kind = kinds[slot]!;
        const alone = unitSize.get(units[x]!) === 1 && unitSize.get(units[y]!) === 1;
        // Two groups the person made stay two until the person merges them.
        const twoGroups = units[x]! >= n && units[y]! >= n && units[x] !== units[y];
        if (
          twoGroups ||
          heldApart(x, y) ||
          kind === 'opposite' ||
          (kind === 'different' && (alone || !mayBeAlike(who[x]!, who[y]!)))
        )
          return 'veto';
        const key = units[x]! * 2 * n + units[y]!;
        const score = kind === 'same' ? scores[slot]! : -1;
        best.set(key, Math.max(best.get(key) ?? -1, score));
      }
    }
    count = best.size;
    for (const score of best.values()) {
      if (score < 0) return 'veto';
      sum += score;
    }
  }
  return sum / count >= AVERAGE_THRESHOLD ? 'join' : 'wait';
}

/** A statement a batched grouping would put in an existing group, and members of that group (ids). */
export interface JoinCheck {
  statement: number;
  members: number[];
}

/**
 * Whether each statement may join the group of its members, by the rule the clustering merges two clusters by
 * (see `mergeVerdict`): the statement is one cluster, the members the other. A grouping in batches compares a
 * waiting statement with a few representatives of each group only, so a member's veto never reached it; this
 * checks it against more of them. `statements` holds every statement the checks name, and any others whose
 * people names should resolve against (the run's, so shapes are the ones its grouping used); `links` the
 * person's pairs held apart; `teaching` as for `groupStatements`. Deterministic and independent of order.
 */
export function checkJoins(
  statements: readonly StatementInput[],
  checks: readonly JoinCheck[],
  links: readonly PersonLink[] = [],
  options: Pick<GroupOptions, 'teaching' | 'roles'> = {},
): boolean[] {
  // One run of every statement the checks name, in the order of their ids as the clustering has them. Members
  // of one group come back in every check of it, and often written alike: each pair is compared once.
  const named = new Set<number>();
  for (const c of checks) {
    named.add(c.statement);
    for (const m of c.members) named.add(m);
  }
  const sorted = statements.filter((s) => named.has(s.id)).sort((a, b) => a.id - b.id);
  const ids = sorted.map((s) => s.id);
  const roles = rolesFor(options, statements);
  const shapes = analyseAll(sorted, statements, roles);
  const n = ids.length;
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const taught = options.teaching === undefined ? undefined : learnFrom(options.teaching, roles);
  const learned = taught?.learned.empty === false ? taught.learned : undefined;
  const wordings = learned === undefined ? shapes.map(wordingOf) : [];
  const standIn = standInsOf(shapes);
  const byShapes = new PairSlots(n);
  const kinds: Relation['kind'][] = [];
  const scores: number[] = [];
  const relation = (i: number, j: number): number => {
    const x = Math.min(i, j);
    const y = Math.max(i, j);
    const slot = byShapes.slotOf(standIn[x]! * n + standIn[y]!, kinds.length);
    if (slot === kinds.length) {
      const r = comparePair(shapes, wordings, learned, x, y);
      kinds.push(r.kind);
      scores.push(r.score);
    }
    return slot;
  };
  const apart = new Set<number>();
  for (const l of links) {
    const i = indexOf.get(l.a);
    const j = indexOf.get(l.b);
    if (l.relation !== 'same' && i !== undefined && j !== undefined)
      apart.add(Math.min(i, j) * n + Math.max(i, j));
  }
  const heldApart = (i: number, j: number) => apart.has(Math.min(i, j) * n + Math.max(i, j));
  // The person's groups among these statements: a unit each (any other statement is a unit of its own).
  const unitSize = new Map<number, number>();
  let units: number[] | undefined;
  if (taught !== undefined && ids.some((id) => taught.unit.has(id))) {
    const unitOf = ids.map((id, i) => {
      const g = taught.unit.get(id);
      return g === undefined ? i : n + g;
    });
    for (const u of unitOf) unitSize.set(u, (unitSize.get(u) ?? 0) + 1);
    if ([...unitSize.values()].some((k) => k > 1)) units = unitOf;
  }
  const who = units === undefined ? [] : shapes.map(whoOf);
  const rule: MergeRule = { relation, kinds, scores, heldApart, units, unitSize, who, n };
  // Without the person's groups or pairs, a member written as another (the same shape) decides as that one.
  const alike = units === undefined && apart.size === 0 ? standIn : undefined;
  return checks.map((c) => {
    const at = indexOf.get(c.statement)!;
    // A few members each: a list is cheaper to look through than a set to build.
    const members: number[] = [];
    const keys: number[] = [];
    for (const id of c.members) {
      const m = indexOf.get(id)!;
      const key = alike?.[m] ?? m;
      if (m === at || keys.includes(key)) continue;
      keys.push(key);
      members.push(m);
    }
    return members.length === 0 || mergeVerdict([at], members, rule) === 'join';
  });
}

/**
 * For each of `ids`, the groups it is closest to, best first, at most `limit`: a group counts when one of its
 * `representatives` (statement id → group id) is the same assumption as the statement and passes the weakest
 * link a member must (so no group left out could have taken it: `checkJoins` would veto it), ranked by the best
 * such score, then by group id. A statement kept out of the group the grouping put it with tries these next.
 * Representatives are looked up by the statement's blocking keys, as `candidatePairs` does, never all compared.
 * `statements` holds every statement named and the run's others (for names to resolve as the grouping's did).
 */
export function nearestGroups(
  statements: readonly StatementInput[],
  ids: readonly number[],
  representatives: ReadonlyMap<number, number>,
  limit: number,
  links: readonly PersonLink[] = [],
  options: Pick<GroupOptions, 'teaching' | 'roles'> = {},
): number[][] {
  const wanted = new Set<number>([...ids, ...representatives.keys()]);
  const sorted = statements.filter((s) => wanted.has(s.id)).sort((a, b) => a.id - b.id);
  const roles = rolesFor(options, statements);
  const shapes = analyseAll(sorted, statements, roles);
  const indexOf = new Map(sorted.map((s, i) => [s.id, i]));
  const taught = options.teaching === undefined ? undefined : learnFrom(options.teaching, roles);
  const learned = taught?.learned.empty === false ? taught.learned : undefined;
  const wordings = learned === undefined ? shapes.map(wordingOf) : [];
  const keysOf = (i: number): readonly string[] => {
    if (learned === undefined) return blockKeys(shapes[i]!);
    const extra = [...learned.rewrite(shapes[i]!).preds.keys()].filter((k) => k.startsWith('l:'));
    return [...new Set([...blockKeys(shapes[i]!), ...extra])];
  };
  // Representatives by key, then subject ('' for one that may be anyone).
  const blocks = new Map<string, Map<string, number[]>>();
  for (const id of representatives.keys()) {
    const i = indexOf.get(id);
    if (i === undefined) continue;
    const agent = blockAgent(shapes[i]!);
    for (const k of keysOf(i)) {
      let byAgent = blocks.get(k);
      if (byAgent === undefined) {
        byAgent = new Map();
        blocks.set(k, byAgent);
      }
      const list = byAgent.get(agent);
      if (list === undefined) byAgent.set(agent, [i]);
      else list.push(i);
    }
  }
  const apart = new Set(
    links.filter((l) => l.relation !== 'same').map((l) => `${Math.min(l.a, l.b)},${Math.max(l.a, l.b)}`),
  );
  return ids.map((id) => {
    const at = indexOf.get(id);
    if (at === undefined) return [];
    const agent = blockAgent(shapes[at]!);
    const who = whoOfShape(shapes[at]!);
    const reps = new Set<number>();
    for (const k of keysOf(at)) {
      const byAgent = blocks.get(k);
      if (byAgent === undefined) continue;
      const lists = agent === '' ? [...byAgent.values()] : [byAgent.get(agent), byAgent.get('')];
      for (const list of lists) for (const r of list ?? []) reps.add(r);
    }
    const best = new Map<number, number>();
    for (const r of reps) {
      const rid = sorted[r]!.id;
      if (r === at || apart.has(`${Math.min(id, rid)},${Math.max(id, rid)}`)) continue;
      if (!mayBeAlike(who, whoOfShape(shapes[r]!))) continue;
      const rel = comparePair(shapes, wordings, learned, Math.min(at, r), Math.max(at, r));
      if (rel.kind !== 'same' || rel.score < WEAKEST_LINK) continue;
      const group = representatives.get(rid)!;
      best.set(group, Math.max(best.get(group) ?? 0, rel.score));
    }
    return [...best]
      .sort((p, q) => q[1] - p[1] || p[0] - q[0])
      .slice(0, limit)
      .map(([group]) => group);
  });
}

/**
 * For each statement, the first statement with its shape: statements written alike share one shape (see SHAPES),
 * and `compare` depends on the shapes alone, so the first stands for all of them.
 */
function standInsOf(shapes: readonly Shape[]): number[] {
  const firstWith = new Map<Shape, number>();
  return shapes.map((s, i) => {
    const first = firstWith.get(s);
    if (first !== undefined) return first;
    firstWith.set(s, i);
    return i;
  });
}

/** Each statement's way of writing (its wording, else its shape) as a number from 0 up, for this run. */
function denseWordings(wordings: readonly (number | undefined)[], standIn: readonly number[]): number[] {
  const ids = new Map<number, number>();
  return standIn.map((first, i) => {
    const key = wordings[i] ?? -1 - first;
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  });
}

/** The relation of statements x and y: as the person's groups taught, when they taught anything. */
function comparePair(
  shapes: readonly Shape[],
  wordings: readonly (number | undefined)[],
  learned: Learned | undefined,
  x: number,
  y: number,
): Relation {
  return learned === undefined
    ? compareAlike(shapes[x]!, shapes[y]!, wordings[x], wordings[y])
    : learned.compare(shapes[x]!, shapes[y]!);
}

/**
 * Puts the first `count` edges (statements i < j of `n`, and their scores) in the order the clustering takes them:
 * the closest first, then by i, then by j. A run's edges hold few distinct scores (about ten on the bench journal)
 * and come about in the order of i (see `pairsOf`): they are put in buckets by score (a counting sort, which keeps
 * their order), and each bucket in order of i and j (as one number, i * n + j) by insertion, which has little to
 * move. A sort of edge indices by a comparator took three times as long. Only i and j are put in order (the scores
 * are not read after).
 */
export function sortEdges(
  edgeI: Int32Array,
  edgeJ: Int32Array,
  edgeScore: Float64Array,
  count: number,
  n: number,
): void {
  // Each edge's score as a number from 0 up (in the order first met), then the buckets, the highest score first.
  const rankOf = new Int32Array(count);
  const ranks = new Map<number, number>();
  const distinct: number[] = [];
  let last = Number.NaN;
  let lastRank = -1;
  for (let e = 0; e < count; e++) {
    const score = edgeScore[e]!;
    if (score !== last) {
      let rank = ranks.get(score);
      if (rank === undefined) {
        rank = distinct.length;
        ranks.set(score, rank);
        distinct.push(score);
      }
      last = score;
      lastRank = rank;
    }
    rankOf[e] = lastRank;
  }
  const bucketOf = new Int32Array(distinct.length);
  distinct
    .map((_, rank) => rank)
    .sort((a, b) => distinct[b]! - distinct[a]!)
    .forEach((rank, bucket) => {
      bucketOf[rank] = bucket;
    });
  const start = new Int32Array(distinct.length + 1);
  for (let e = 0; e < count; e++) start[bucketOf[rankOf[e]!]! + 1]!++;
  for (let b = 0; b < distinct.length; b++) start[b + 1]! += start[b]!;
  const pairs = new Float64Array(count);
  const next = start.slice(0, distinct.length);
  for (let e = 0; e < count; e++) pairs[next[bucketOf[rankOf[e]!]!]!++] = edgeI[e]! * n + edgeJ[e]!;
  for (let b = 0; b < distinct.length; b++) {
    const first = start[b]!;
    const end = start[b + 1]!;
    // Edges far from the order of i (no caller of the engine hands such) would make insertion quadratic.
    let budget = 8 * (end - first) + 64;
    for (let x = first + 1; x < end && budget >= 0; x++) {
      const pair = pairs[x]!;
      let y = x - 1;
      for (; y >= first && pairs[y]! > pair; y--) pairs[y + 1] = pairs[y]!;
      pairs[y + 1] = pair;
      budget -= x - 1 - y;
    }
    if (budget < 0) pairs.subarray(first, end).sort();
  }
  for (let e = 0; e < count; e++) {
    const i = Math.floor(pairs[e]! / n);
    edgeI[e] = i;
    edgeJ[e] = pairs[e]! - i * n;
  }
}

/**
 * Groups statements into assumptions. Deterministic (input order does not matter), never merges a statement
 * with its opposite, and the person's links win: `same` always together, `opposite`/`different` never.
 */
export function groupStatements(
  statements: StatementInput[],
  links: PersonLink[] = [],
  options: GroupOptions = {},
): Grouping {
  const sorted = [...statements].sort((a, b) => a.id - b.id);
  const roles = rolesFor(options, statements);
  const shapes = analyseAll(sorted, sorted, roles);
  const n = sorted.length;
  const indexOf = new Map(sorted.map((s, i) => [s.id, i]));
  const placed = sorted.map((s) => options.placed?.has(s.id) === true);
  const taught = options.teaching === undefined ? undefined : learnFrom(options.teaching, roles);
  const learned = taught?.learned.empty === false ? taught.learned : undefined;
  const seen = learned === undefined ? shapes : shapes.map((s) => learned.rewrite(s));
  const learnedKeys =
    learned === undefined
      ? undefined
      : seen.map((s) => [...s.preds.keys()].filter((k) => k.startsWith('l:')));
  // The person's groups among these statements: a unit each (any other statement is a unit of its own).
  // Without a teaching every statement is a unit of its own: nothing to count.
  const unitSize = new Map<number, number>();
  let units: number[] | undefined;
  if (taught !== undefined) {
    const unitOf = sorted.map((s, i) => {
      const g = taught.unit.get(s.id);
      return g === undefined ? i : n + g;
    });
    for (const u of unitOf) unitSize.set(u, (unitSize.get(u) ?? 0) + 1);
    if ([...unitSize.values()].some((k) => k > 1)) units = unitOf;
  }
  const who = units === undefined ? [] : shapes.map(whoOf);

  // Relations worked out, by pair of shapes: their kinds and scores in flat lists (a big run works out tens of
  // thousands, and an object kept for each outlived the young generation). Statements written alike share one
  // shape (see SHAPES), and `compare` depends on the shapes alone: the first statement with a shape stands for
  // all of them, so each pair of shapes (in the order compared) is compared once, and looked up by that pair.
  // (A slot for each pair of statements as well cost more to keep than all of the comparing: a big run looks
  // at tens of thousands of pairs of statements written in a few hundred ways.)
  const standIn = standInsOf(shapes);
  const wordings = learned === undefined ? shapes.map(wordingOf) : [];
  const dense = denseWordings(wordings, standIn);
  // The statements written in each way, in order.
  const written: number[][] = [];
  dense.forEach((w, i) => {
    if (w === written.length) written.push([i]);
    else written[w]!.push(i);
  });
  const crowd = { wordings: dense, written, crowded: false };
  const pairs = pairsOf(shapes, placed, learnedKeys, crowd);
  const kinds: Relation['kind'][] = [];
  const scores: number[] = [];
  const byShapes = new PairSlots(pairs.length >> 1);
  /** Pairs (x * n + y, x < y) found opposite enough to point out, as they were worked out (some more than once). */
  const opposed: number[] = [];
  /** The slot of the relation of statements i and j in `kinds` and `scores`. */
  const relation = (i: number, j: number): number => {
    const x = Math.min(i, j);
    const y = Math.max(i, j);
    const slot = byShapes.slotOf(standIn[x]! * n + standIn[y]!, kinds.length);
    if (slot === kinds.length) {
      const r = comparePair(shapes, wordings, learned, x, y);
      kinds.push(r.kind);
      scores.push(r.score);
    }
    if (kinds[slot] === 'opposite' && scores[slot]! >= OPPOSITE_THRESHOLD) opposed.push(x * n + y);
    return slot;
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

  // Edges as three flat lists.
  const edgeI = new Int32Array(pairs.length >> 1);
  const edgeJ = new Int32Array(pairs.length >> 1);
  const edgeScore = new Float64Array(pairs.length >> 1);
  let edges = 0;
  for (let k = 0; k < pairs.length; k += 2) {
    const i = pairs[k]!;
    const j = pairs[k + 1]!;
    const slot = relation(i, j);
    if (kinds[slot] === 'same' && scores[slot]! >= SAME_THRESHOLD) {
      edgeI[edges] = i;
      edgeJ[edges] = j;
      edgeScore[edges] = scores[slot]!;
      edges++;
    }
  }
  sortEdges(edgeI, edgeJ, edgeScore, edges, n);

  const rule: MergeRule = {
    relation,
    kinds,
    scores,
    heldApart,
    units,
    unitSize,
    who,
    n,
    crowded: crowd.crowded,
  };
  // A refused merge stays refused until one side grows; a veto stays forever (clusters only grow). By pair of
  // roots: a root only grows while it is one, so the sizes of its latest refusal are the only ones that recur.
  const refused = new Map<number, number>();
  const vetoed = new Set<number>();
  for (let e = 0; e < edges; e++) {
    const i = edgeI[e]!;
    const j = edgeJ[e]!;
    const ca = clusters.find(i);
    const cb = clusters.find(j);
    if (ca === cb) continue;
    const ma = clusters.members.get(ca)!;
    const mb = clusters.members.get(cb)!;
    const pairKey = ca < cb ? ca * n + cb : cb * n + ca;
    const sizes = ma.length * (n + 1) + mb.length;
    if (vetoed.has(pairKey) || refused.get(pairKey) === sizes) continue;
    const verdict = mergeVerdict(ma, mb, rule);
    if (verdict === 'veto') vetoed.add(pairKey);
    else if (verdict === 'join') clusters.union(ca, cb);
    else refused.set(pairKey, sizes);
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
  // Every pair of statements whose relation was worked out (a candidate, or one a merge looked at), as a slot
  // for each such pair did.
  for (const code of opposed) {
    const i = Math.floor(code / n);
    const j = code % n;
    if (shapes[i]!.agent !== null && shapes[i]!.agent === shapes[j]!.agent) addOpposite(i, j);
  }
  const opposites = [...opposite]
    .map((s) => s.split(',').map(Number) as [number, number])
    .sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  return { groups, opposites };
}
