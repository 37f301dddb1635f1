import { type Db, sql } from './db.js';

/**
 * A statement joining a group is checked against this many of the group's wordings, the latest first, from any
 * time: an older member written otherwise may be the one it clashes with. Found among the group's latest
 * OLDER_SCANNED members only, so a group that has grown to thousands over years costs no more than a small one.
 */
export const OLDER_WORDINGS = 8;
export const OLDER_SCANNED = 64;

/** A group member as scanned: the latest first (by time, then id, as the index gives them). */
type Member = [id: number, text: string, occurredAt: string];

/** A statement just placed in a group, as the UPDATE placing it returns it. */
export type Placed = [groupId: number, id: number, text: string, occurredAt: string];

/**
 * The latest wordings of groups (each wording's latest statement), for the grouping's checks of one transaction.
 * Each group's latest members are read once and the transaction's placements added to them in memory: a bulk
 * grouping checks the same groups in run after run, and reading them again after every run that gave them
 * members (64 rows each) was an eighth of its time. Only the placements of this connection are added, so the
 * caller clears it whenever another process may have written (between transactions).
 */
export class OlderWordings {
  private readonly scanned = new Map<number, { members: Member[]; wordings?: number[] }>();

  constructor(private readonly db: Db) {}

  /** The ids of the group's latest OLDER_WORDINGS wordings, the latest first. */
  of(group: number): number[] {
    let scan = this.scanned.get(group);
    if (scan === undefined) {
      const members = sql(
        this.db,
        `SELECT id, text, occurred_at FROM statements WHERE group_id = ? AND linked_by IS NOT NULL
         ORDER BY occurred_at DESC, id DESC LIMIT ?`,
      )
        .raw()
        .all(group, OLDER_SCANNED) as Member[];
      scan = { members };
      this.scanned.set(group, scan);
    }
    scan.wordings ??= latestWordings(scan.members);
    return scan.wordings;
  }

  /** Whether the group's members were read (only theirs need the placements). */
  has(group: number): boolean {
    return this.scanned.has(group);
  }

  /** Adds statements placed in groups (any order) to those already read. */
  joined(placed: readonly Placed[]): void {
    const byGroup = new Map<number, Member[]>();
    for (const [group, id, text, occurredAt] of placed) {
      if (!this.scanned.has(group)) continue;
      const list = byGroup.get(group);
      if (list === undefined) byGroup.set(group, [[id, text, occurredAt]]);
      else list.push([id, text, occurredAt]);
    }
    for (const [group, added] of byGroup) {
      const scan = this.scanned.get(group)!;
      scan.members = mergeLatest(scan.members, latest(added));
      scan.wordings = undefined;
    }
  }

  clear(): void {
    this.scanned.clear();
  }
}

/** As `ORDER BY occurred_at DESC, id DESC` (times are ISO strings, never NULL: triggers copy the entry's). */
function latestFirst(a: Member, b: Member): number {
  if (a[2] !== b[2]) return a[2] < b[2] ? 1 : -1;
  return b[0] - a[0];
}

/** The OLDER_SCANNED latest of two lists each latest first, latest first (a merge: both are sorted). */
function mergeLatest(a: readonly Member[], b: readonly Member[]): Member[] {
  const out: Member[] = [];
  let i = 0;
  let j = 0;
  while (out.length < OLDER_SCANNED && (i < a.length || j < b.length))
    out.push(j === b.length || (i < a.length && latestFirst(a[i]!, b[j]!) <= 0) ? a[i++]! : b[j++]!);
  return out;
}

/**
 * The OLDER_SCANNED latest of `members` (distinct statements), latest first. A bulk run puts thousands of
 * statements in one group, and sorting them all with the group's members after every run (a sort for every
 * group the run placed statements in) was a fortieth of its time. Looked at from the end: runs place statements about in the order of time,
 * so once OLDER_SCANNED are kept most of the rest are older than all of them, which one comparison tells.
 */
function latest(members: readonly Member[]): Member[] {
  const kept: Member[] = [];
  for (let k = members.length - 1; k >= 0; k--) {
    const m = members[k]!;
    if (kept.length === OLDER_SCANNED && latestFirst(m, kept[OLDER_SCANNED - 1]!) > 0) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (latestFirst(kept[mid]!, m) < 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, m);
    if (kept.length > OLDER_SCANNED) kept.pop();
  }
  return kept;
}

/**
 * Each text's first member (its latest; among equal times the highest id, the one SQLite's `max()` kept when this
 * was a GROUP BY of the scan), in the scan's order, at most OLDER_WORDINGS.
 */
function latestWordings(members: readonly Member[]): number[] {
  const seen = new Set<string>();
  const ids: number[] = [];
  for (const [id, text] of members) {
    if (seen.has(text)) continue;
    seen.add(text);
    ids.push(id);
    if (ids.length === OLDER_WORDINGS) break;
  }
  return ids;
}
