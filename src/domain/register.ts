/**
 * Pure planning for the assumption register: how the automatic grouping's clusters become persisted groups
 * without disturbing the person's decisions, and with group ids that stay put from one run to the next.
 */

import type { Grouping, PersonLink, StatementInput } from './assumptions/types.js';

export type { Grouping, PersonLink, StatementInput };

/** What the register needs of the grouping engine (src/domain/assumptions, loaded lazily). */
export interface GroupingEngine {
  groupStatements(statements: StatementInput[], links?: PersonLink[]): Grouping;
  suggestSimilar(
    text: string,
    people: string[],
    candidates: StatementInput[],
    limit?: number,
  ): Array<{ id: number; score: number; opposite: boolean }>;
}

export type LinkedBy = 'auto' | 'person';

/** A statement as the register holds it now. */
export interface PlacedStatement {
  id: number;
  groupId: number | null;
  linkedBy: LinkedBy | null;
}

/** A group in a plan: an existing id, or the n-th group to create. */
export type GroupRef = { id: number } | { created: number };

export interface RegroupPlan {
  /** Automatic placements only: statements the person placed never appear here. */
  assign: Array<{ statementId: number; group: GroupRef }>;
  created: number;
  opposites: Array<[GroupRef, GroupRef]>;
}

/**
 * The person's decisions as engine links: the statements they placed in one group are the same; opposite
 * groups are opposite (through their smallest statements); "different" pairs are passed through.
 */
export function personLinks(
  statements: readonly PlacedStatement[],
  opposites: ReadonlyArray<[number, number]>,
  different: ReadonlyArray<[number, number]>,
): PersonLink[] {
  const links: PersonLink[] = [];
  const firstPlaced = new Map<number, number>();
  const firstAny = new Map<number, number>();
  for (const s of [...statements].sort((x, y) => x.id - y.id)) {
    if (s.groupId === null) continue;
    if (!firstAny.has(s.groupId)) firstAny.set(s.groupId, s.id);
    if (s.linkedBy !== 'person') continue;
    const first = firstPlaced.get(s.groupId);
    if (first === undefined) firstPlaced.set(s.groupId, s.id);
    else links.push({ a: first, b: s.id, relation: 'same' });
  }
  for (const [ga, gb] of opposites) {
    const a = firstPlaced.get(ga) ?? firstAny.get(ga);
    const b = firstPlaced.get(gb) ?? firstAny.get(gb);
    if (a !== undefined && b !== undefined) links.push({ a, b, relation: 'opposite' });
  }
  const present = new Set(statements.map((s) => s.id));
  for (const [a, b] of different) {
    if (present.has(a) && present.has(b)) links.push({ a, b, relation: 'different' });
  }
  return links;
}

/**
 * Turns the engine's clusters into placements. A cluster holding statements the person placed goes to their
 * (smallest) group; every other cluster keeps the existing group it overlaps most, biggest clusters first,
 * so ids survive re-runs; the rest become new groups. The person's own placements are never changed.
 */
export function planRegroup(statements: readonly PlacedStatement[], grouping: Grouping): RegroupPlan {
  const byId = new Map(statements.map((s) => [s.id, s]));
  const clusters = grouping.groups.map((ids) => ids.filter((id) => byId.has(id)));
  const covered = new Set(clusters.flat());
  // Anything the engine left out stands alone.
  for (const s of statements) if (!covered.has(s.id)) clusters.push([s.id]);

  const targets: Array<GroupRef | undefined> = new Array(clusters.length);
  const claimed = new Set<number>();
  clusters.forEach((ids, index) => {
    const placed = ids
      .map((id) => byId.get(id)!)
      .filter((s) => s.linkedBy === 'person' && s.groupId !== null)
      .map((s) => s.groupId!);
    if (placed.length === 0) return;
    const id = Math.min(...placed);
    targets[index] = { id };
    for (const g of placed) claimed.add(g);
  });
  const order = clusters
    .map((ids, index) => ({ ids, index, first: Math.min(...ids) }))
    .filter(({ index }) => targets[index] === undefined)
    .sort((x, y) => y.ids.length - x.ids.length || x.first - y.first);
  let created = 0;
  for (const { ids, index } of order) {
    const overlap = new Map<number, number>();
    for (const id of ids) {
      const group = byId.get(id)!.groupId;
      if (group !== null && !claimed.has(group)) overlap.set(group, (overlap.get(group) ?? 0) + 1);
    }
    let best: number | undefined;
    for (const [group, count] of overlap) {
      if (best === undefined || count > overlap.get(best)! || (count === overlap.get(best)! && group < best))
        best = group;
    }
    if (best === undefined) targets[index] = { created: created++ };
    else {
      claimed.add(best);
      targets[index] = { id: best };
    }
  }

  const assign: RegroupPlan['assign'] = [];
  clusters.forEach((ids, index) => {
    for (const id of ids) {
      if (byId.get(id)!.linkedBy !== 'person') assign.push({ statementId: id, group: targets[index]! });
    }
  });
  const opposites: RegroupPlan['opposites'] = [];
  for (const [a, b] of grouping.opposites) {
    const ta = targets[a];
    const tb = targets[b];
    if (ta && tb && refKey(ta) !== refKey(tb)) opposites.push([ta, tb]);
  }
  return { assign, created, opposites };
}

export function refKey(ref: GroupRef): string {
  return 'id' in ref ? `g${ref.id}` : `n${ref.created}`;
}

export interface TestRecord {
  result: 'held' | 'failed' | 'mixed';
  note: string;
  /** ISO instant */
  date: string;
}

/** What is known about a group across the whole journal. */
export interface GroupFacts {
  id: number;
  /** The person's label, or the earliest statement's text. */
  label: string;
  /** True when the person named the group. */
  named: boolean;
  /** ISO instant of its earliest entry. */
  firstSeen: string;
  /** Every statement was placed by the person; otherwise the group is a "possible" one. */
  confirmed: boolean;
  opposites: Array<{ id: number; origin: LinkedBy }>;
  tested: TestRecord | null;
}

/** One line of the register (`reflect assumptions`); also its JSON. */
export interface RegisterGroup {
  group: number;
  label: string;
  /** The person named it; otherwise the label is the earliest statement. */
  named: boolean;
  count: number;
  entries: number[];
  firstSeen: string;
  lastSeen: string;
  people: string[];
  opposites: number[];
  tested: TestRecord | null;
  /** The person placed every statement; otherwise the grouping is "possible". */
  confirmed: boolean;
}

/**
 * The register over the given statements (already narrowed by the filters, oldest first): most frequent
 * first, then most recently seen.
 */
export function buildRegister(
  statements: ReadonlyArray<{ groupId: number | null; entryId: number; date: string; people: string[] }>,
  facts: ReadonlyMap<number, GroupFacts>,
): RegisterGroup[] {
  const groups = new Map<number, RegisterGroup>();
  for (const s of statements) {
    if (s.groupId === null) continue;
    const f = facts.get(s.groupId);
    let g = groups.get(s.groupId);
    if (!g) {
      g = {
        group: s.groupId,
        label: f?.label ?? '',
        named: f?.named ?? false,
        count: 0,
        entries: [],
        firstSeen: s.date,
        lastSeen: s.date,
        people: [],
        opposites: (f?.opposites ?? []).map((o) => o.id),
        tested: f?.tested ?? null,
        confirmed: f?.confirmed ?? false,
      };
      groups.set(s.groupId, g);
    }
    g.count++;
    if (!g.entries.includes(s.entryId)) g.entries.push(s.entryId);
    if (s.date < g.firstSeen) g.firstSeen = s.date;
    if (s.date > g.lastSeen) g.lastSeen = s.date;
    for (const p of s.people)
      if (!g.people.some((q) => q.toLowerCase() === p.toLowerCase())) g.people.push(p);
  }
  return [...groups.values()].sort(
    (a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen) || a.group - b.group,
  );
}

/** What the person decided about a statement while writing it (link-as-you-write); applied on save. */
export interface StatementDecision {
  stepId: string;
  text: string;
  decision: 'same' | 'opposite' | 'new';
  /** The earlier statement it was compared with ('same', 'opposite'), or the ones shown ('new'). */
  statementIds: number[];
}
