/**
 * Pure planning for the assumption register: how the automatic grouping's clusters become persisted groups
 * without disturbing the person's decisions or earlier groups, so group ids stay put from one run to the next.
 */

import type { RoleLearner } from './assumptions/roles.js';
import type { Grouping, PersonLink, StatementInput } from './assumptions/types.js';

export type { Grouping, PersonLink, StatementInput };

/** What the register needs of the grouping engine (src/domain/assumptions, loaded lazily). */
export interface GroupingEngine {
  /** `placed`, `teaching`, `roles`: see GroupOptions in assumptions/group.ts. */
  groupStatements(
    statements: StatementInput[],
    links?: PersonLink[],
    options?: { placed?: ReadonlySet<number>; teaching?: Teaching; roles?: RoleLearner },
  ): Grouping;
  /**
   * Whether each statement may join the group of its members by the rule the grouping merges by (see checkJoins
   * in assumptions/group.ts): `statements` holds every statement named, and the run's others.
   */
  checkJoins(
    statements: readonly StatementInput[],
    checks: ReadonlyArray<{ statement: number; members: number[] }>,
    links?: readonly PersonLink[],
    options?: { teaching?: Teaching; roles?: RoleLearner },
  ): boolean[];
  /** A learner of the journal's roles for one grouping of many runs (assumptions/roles.ts). */
  RoleLearner?: new () => RoleLearner;
  /**
   * For each of `ids`, the groups of `representatives` (statement id → group id) it is closest to, best first, at
   * most `limit` (see nearestGroups in assumptions/group.ts). Without it, a statement a group refuses starts a
   * new group straight away.
   */
  nearestGroups?(
    statements: readonly StatementInput[],
    ids: readonly number[],
    representatives: ReadonlyMap<number, number>,
    limit: number,
    links?: readonly PersonLink[],
    options?: { teaching?: Teaching; roles?: RoleLearner },
  ): number[][];
  /** Frees what the engine keeps between calls (it only saves work, never changes a result). */
  forgetShapes?(): void;
  suggestSimilar(
    text: string,
    people: string[],
    candidates: StatementInput[],
    limit?: number,
  ): Array<{ id: number; score: number; opposite: boolean }>;
}

export type LinkedBy = 'auto' | 'person';

/** The person's own groups (their statements) and pairs of them marked opposite: what the engine learns from. */
export interface Teaching {
  groups: StatementInput[][];
  opposites: Array<[number, number]>;
}

/**
 * A statement in one run of the automatic grouping: either waiting for a group (`groupId` null), or a
 * representative of an existing group, whose place is fixed.
 */
export interface ScopeStatement {
  id: number;
  groupId: number | null;
  linkedBy: LinkedBy | null;
}

/** A group in a plan: an existing id, or the n-th group to create. */
export type GroupRef = { id: number } | { created: number };

export interface GroupingPlan {
  /** Placements of the waiting statements only: existing placements never move. */
  assign: Array<{ statementId: number; group: GroupRef }>;
  created: number;
  opposites: Array<[GroupRef, GroupRef]>;
}

/**
 * The engine links for one run: representatives of one group are the same; representatives of groups the
 * person marked opposite are opposite; the person's "different" pairs pass through; and representatives of
 * groups the person held apart (`apart`: a statement of one was set apart from a statement of the other) are
 * different. A group is one assumption, so a statement the person took out of it is apart from all of it,
 * members placed since included: without this, a run put a new copy of the group's wording in one cluster
 * with the statement taken out and the group's latest member, and the cluster went to the person's group.
 */
export function scopeLinks(
  statements: readonly ScopeStatement[],
  opposites: ReadonlyArray<[number, number]>,
  different: ReadonlyArray<[number, number]>,
  apart: ReadonlyArray<[number, number]> = [],
): PersonLink[] {
  const links: PersonLink[] = [];
  const first = new Map<number, number>();
  for (const s of [...statements].sort((x, y) => x.id - y.id)) {
    if (s.groupId === null) continue;
    const rep = first.get(s.groupId);
    if (rep === undefined) first.set(s.groupId, s.id);
    else links.push({ a: rep, b: s.id, relation: 'same' });
  }
  for (const [ga, gb] of opposites) {
    const a = first.get(ga);
    const b = first.get(gb);
    if (a !== undefined && b !== undefined) links.push({ a, b, relation: 'opposite' });
  }
  for (const [ga, gb] of apart) {
    const a = first.get(ga);
    const b = first.get(gb);
    if (a !== undefined && b !== undefined && ga !== gb) links.push({ a, b, relation: 'different' });
  }
  const present = new Set(statements.map((s) => s.id));
  for (const [a, b] of different) {
    if (present.has(a) && present.has(b)) links.push({ a, b, relation: 'different' });
  }
  return links;
}

/**
 * Places the waiting statements from the engine's clusters. A cluster holding representatives of existing
 * groups sends its waiting statements to one of them (a group the person placed statements in first, then
 * the one with most representatives, then the oldest); any other cluster becomes a new group. Existing
 * groups are never split or merged here, so group ids stay put from one command to the next.
 */
export function planGrouping(statements: readonly ScopeStatement[], grouping: Grouping): GroupingPlan {
  const byId = new Map(statements.map((s) => [s.id, s]));
  const clusters = grouping.groups.map((ids) => ids.filter((id) => byId.has(id)));
  const covered = new Set(clusters.flat());
  for (const s of statements) if (!covered.has(s.id)) clusters.push([s.id]);

  let created = 0;
  const targets: Array<GroupRef | undefined> = clusters.map((ids) => {
    const waiting = ids.filter((id) => byId.get(id)!.groupId === null);
    const votes = new Map<number, { n: number; person: boolean }>();
    for (const id of ids) {
      const s = byId.get(id)!;
      if (s.groupId === null) continue;
      const v = votes.get(s.groupId) ?? { n: 0, person: false };
      v.n++;
      v.person ||= s.linkedBy === 'person';
      votes.set(s.groupId, v);
    }
    let best: number | undefined;
    for (const [group, v] of votes) {
      const b = best === undefined ? undefined : votes.get(best)!;
      if (
        !b ||
        Number(v.person) - Number(b.person) > 0 ||
        (v.person === b.person && (v.n > b.n || (v.n === b.n && group < best!)))
      )
        best = group;
    }
    if (best !== undefined) return { id: best };
    return waiting.length > 0 ? { created: created++ } : undefined;
  });

  const assign: GroupingPlan['assign'] = [];
  clusters.forEach((ids, index) => {
    for (const id of ids)
      if (byId.get(id)!.groupId === null) assign.push({ statementId: id, group: targets[index]! });
  });
  const opposites: GroupingPlan['opposites'] = [];
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

/** One group in full (`reflect assumptions show`); also its JSON. */
export interface GroupDetail extends RegisterGroup {
  statements: Array<{
    id: number;
    entryId: number;
    date: string;
    title: string;
    text: string;
    linkedBy: string | null;
  }>;
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
  // What each group already lists, for look-ups: a group of a journal kept for years has thousands of entries.
  const listed = new Map<number, { entries: Set<number>; people: Set<string> }>();
  for (const s of statements) {
    if (s.groupId === null) continue;
    const f = facts.get(s.groupId);
    let g = groups.get(s.groupId);
    let seen = listed.get(s.groupId)!;
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
      seen = { entries: new Set(), people: new Set() };
      listed.set(s.groupId, seen);
    }
    g.count++;
    if (!seen.entries.has(s.entryId)) {
      seen.entries.add(s.entryId);
      g.entries.push(s.entryId);
    }
    if (s.date < g.firstSeen) g.firstSeen = s.date;
    if (s.date > g.lastSeen) g.lastSeen = s.date;
    for (const p of s.people) {
      const key = p.toLowerCase();
      if (!seen.people.has(key)) {
        seen.people.add(key);
        g.people.push(p);
      }
    }
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
