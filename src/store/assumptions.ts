import type { RoleLearner } from '../domain/assumptions/roles.js';
import {
  type GroupFacts,
  type GroupingEngine,
  type GroupingPlan,
  type GroupRef,
  type LinkedBy,
  planGrouping,
  refKey,
  type ScopeStatement,
  type StatementDecision,
  type StatementInput,
  scopeLinks,
  type Teaching,
  type TestRecord,
} from '../domain/register.js';
import { CONTEXT_ROLES, contextOf, statementsOf } from '../domain/statements.js';
import type { AnswerValue, StepKind } from '../domain/types.js';
import { type Db, othersWrote, sql, type WriteWatch } from './db.js';
import { newId } from './ids.js';
import { OlderWordings, type Placed } from './older-wordings.js';

export type { StatementDecision };
export type TestResult = TestRecord['result'];

// ---------------------------------------------------------------------------------------------------------
// Sync: statements follow the answers

/**
 * Re-derives the statements of one entry from its `assumption` answers. Unchanged statements keep their id
 * (and with it the person's links); gone ones are removed; new ones wait for grouping. Call inside the
 * transaction that wrote the answers (saveNewEntry does). Every other writer is covered as well: a trigger
 * queues the entry in `statement_backlog`, which `syncBacklog` works off before the register is read.
 */
export function syncStatements(db: Db, entryId: number): void {
  const answers = sql<{ step_id: string; kind: StepKind; position: number; value: string }>(
    db,
    `SELECT step_id, kind, position, value FROM answers WHERE entry_id = ? AND role = 'assumption'
     ORDER BY position`,
  ).all(entryId);
  const wanted = answers.flatMap((a) =>
    statementsOf({
      stepId: a.step_id,
      kind: a.kind,
      position: a.position,
      value: JSON.parse(a.value) as AnswerValue,
    }),
  );
  const existing = sql<{ id: number; step_id: string; text: string }>(
    db,
    'SELECT id, step_id, text FROM statements WHERE entry_id = ? ORDER BY step_pos, item, id',
  ).all(entryId);
  const unused = new Map<string, number[]>();
  for (const row of existing) {
    const key = `${row.step_id}\u0000${row.text}`;
    unused.set(key, [...(unused.get(key) ?? []), row.id]);
  }
  const move = sql(db, 'UPDATE statements SET step_pos = ?, item = ? WHERE id = ?');
  const insert = sql(
    db,
    `INSERT INTO statements (id, entry_id, step_id, step_pos, item, text, occurred_at)
     VALUES (${newId('statements')}, ?, ?, ?, ?, ?, (SELECT occurred_at FROM entries WHERE id = ?))`,
  );
  for (const s of wanted) {
    const id = unused.get(`${s.stepId}\u0000${s.text}`)?.shift();
    if (id !== undefined) move.run(s.stepPos, s.item, id);
    else insert.run(entryId, s.stepId, s.stepPos, s.item, s.text, entryId);
  }
  const remove = sql(db, 'DELETE FROM statements WHERE id = ?');
  for (const ids of unused.values()) for (const id of ids) remove.run(id);
  sql(db, 'DELETE FROM statement_backlog WHERE entry_id = ?').run(entryId);
}

/** An entry's statements with their groups and the person's "different" decisions, kept while it is in the trash. */
export interface StatementSnapshot {
  statements: Array<{
    id: number;
    stepId: string;
    stepPos: number;
    item: number;
    text: string;
    groupId: number | null;
    linkedBy: 'auto' | 'person' | null;
  }>;
  different: Array<[number, number]>;
}

export function snapshotStatements(db: Db, entryId: number): StatementSnapshot {
  syncStatements(db, entryId);
  const statements = sql<{
    id: number;
    step_id: string;
    step_pos: number;
    item: number;
    text: string;
    group_id: number | null;
    linked_by: 'auto' | 'person' | null;
  }>(db, 'SELECT * FROM statements WHERE entry_id = ? ORDER BY step_pos, item')
    .all(entryId)
    .map((r) => ({
      id: r.id,
      stepId: r.step_id,
      stepPos: r.step_pos,
      item: r.item,
      text: r.text,
      groupId: r.group_id,
      linkedBy: r.linked_by,
    }));
  const different = sql<{ a: number; b: number }>(
    db,
    `SELECT a, b FROM statement_links WHERE a IN (SELECT id FROM statements WHERE entry_id = @id)
       OR b IN (SELECT id FROM statements WHERE entry_id = @id)`,
  )
    .all({ id: entryId })
    .map((r): [number, number] => [r.a, r.b]);
  return { statements, different };
}

/**
 * Puts a restored entry's statements back under their own ids, in the groups they were in (when those still
 * exist), so the person's links survive a trip through the trash. Call after the entry's answers are back.
 */
export function restoreStatements(db: Db, entryId: number, snapshot: StatementSnapshot | undefined): void {
  if (!snapshot) return;
  const taken = sql(db, 'SELECT 1 FROM statements WHERE id = ?');
  const groupExists = sql(db, 'SELECT 1 FROM assumption_groups WHERE id = ?');
  const insert = sql(
    db,
    `INSERT INTO statements (id, entry_id, step_id, step_pos, item, text, group_id, linked_by)
     VALUES (@id, @entryId, @stepId, @stepPos, @item, @text, @groupId, @linkedBy)`,
  );
  sql(db, 'DELETE FROM statements WHERE entry_id = ?').run(entryId);
  for (const s of snapshot.statements) {
    if (taken.get(s.id)) continue;
    const grouped = s.groupId !== null && groupExists.get(s.groupId) !== undefined;
    insert.run({
      ...s,
      entryId,
      groupId: grouped ? s.groupId : null,
      linkedBy: grouped ? s.linkedBy : null,
    });
  }
  const link = sql(db, "INSERT OR IGNORE INTO statement_links (a, b, relation) VALUES (?, ?, 'different')");
  for (const [a, b] of snapshot.different) if (taken.get(a) && taken.get(b)) link.run(a, b);
  // Any statement the snapshot could not place is derived afresh from the answers.
  syncStatements(db, entryId);
}

/** Re-derives the statements of every entry whose answers changed since; returns how many entries. */
export function syncBacklog(db: Db): number {
  const queued = sql<{ entry_id: number }>(db, 'SELECT entry_id FROM statement_backlog').all();
  if (queued.length === 0) return 0;
  db.transaction(() => {
    for (const { entry_id } of queued) syncStatements(db, entry_id);
  }).immediate();
  return queued.length;
}

/** Waiting statements are grouped in runs of at most this many (the engine's cost grows faster than n). */
const RUN_SIZE = 2000;
/** Runs of one call share a transaction for about this long (other writers wait up to 10 s). */
const COMMIT_MS = 1000;
/** A run compares its statements with the groups seen this long before and after them. */
const CONTEXT_MS = 8 * 7 * 86_400_000;

export interface Range {
  /** ISO instants, inclusive. */
  from: string;
  to: string;
}

/**
 * Brings statements and groups up to date for the entries in `range` (all entries without one): re-derives
 * changed entries, then groups the statements that wait for a group. Loads the engine only when there is
 * work for it, so a command over a grouped journal never pays for it. `onStart` hears how many statements
 * wait before the work starts (a journal imported in bulk has all of them waiting once). Returns how many
 * were grouped.
 */
export async function ensureGrouped(
  db: Db,
  loadEngine: () => Promise<GroupingEngine>,
  now: Date,
  range?: Range,
  onStart?: (waiting: number) => void,
): Promise<number> {
  syncBacklog(db);
  // Ids, and the dates of each run's first and last statement only: a journal imported in bulk has all of its
  // statements waiting, and an object with a date for each stayed alive through the whole grouping. The ids
  // come as one list (from the index alone) and those few dates are looked up after, in one read: stepping
  // through ids and dates row by row took twice as long.
  const { waiting, firstDates, lastDates } = db.transaction(() => {
    const ids = sql(
      db,
      `SELECT s.id FROM statements s
       WHERE (s.linked_by IS NULL OR s.group_id IS NULL) AND s.occurred_at >= @from AND s.occurred_at <= @to
       ORDER BY s.occurred_at, s.id`,
    )
      .pluck()
      .all({ from: range?.from ?? '', to: range?.to ?? '\uffff' }) as number[];
    const dateOf = sql(db, 'SELECT occurred_at FROM statements WHERE id = ?').pluck();
    const first: string[] = [];
    const last: string[] = [];
    for (let i = 0; i < ids.length; i += RUN_SIZE) {
      first.push(dateOf.get(ids[i]) as string);
      last.push(dateOf.get(ids[Math.min(i + RUN_SIZE, ids.length) - 1]) as string);
    }
    return { waiting: ids, firstDates: first, lastDates: last };
  })();
  if (waiting.length === 0) return 0;
  onStart?.(waiting.length);
  const engine = await loadEngine();
  const teaching = personTeaching(db);
  // The journal's roles, learned from the runs as they go (each also reads the placed statements around it).
  const roles: RolesRead | undefined =
    engine.RoleLearner !== undefined ? { read: new Set(), unread: new Map() } : undefined;
  // Wordings (with their people) whose copies the engine put together in an earlier run of this call.
  const settled: Settled = new Map();
  // The people of the entries read so far, by entry: the runs of one transaction read many of the same entries
  // (the groups around them). Forgotten between transactions, when another process may change them.
  const people = new Map<number, string[]>();
  // Each group's older wordings (see holdBackMisfits), read once: a bulk grouping checks the same groups in run
  // after run, and reading them again in every transaction of a bulk first grouping was 1,700 scans of 64 rows
  // where 170 do: kept from one transaction to the next unless another process wrote in between.
  const older = new OlderWordings(db);
  const watch: WriteWatch = {};
  const groupFrom = (i: number) => {
    const run = waiting.slice(i, i + RUN_SIZE);
    const around: Range = {
      from: new Date(new Date(firstDates[i / RUN_SIZE]!).getTime() - CONTEXT_MS).toISOString(),
      to: new Date(new Date(lastDates[i / RUN_SIZE]!).getTime() + CONTEXT_MS).toISOString(),
    };
    const left = groupRun(db, engine, run, around, now, teaching, { people, older }, roles, settled);
    if (left.length > 0) groupRun(db, engine, left, around, now, teaching, { people, older }, roles);
  };
  // Runs share a transaction for up to COMMIT_MS: a commit per run cost a tenth of a bulk first grouping.
  // Where the commits fall does not change any placement.
  let next = 0;
  while (next < waiting.length) {
    db.transaction(() => {
      people.clear();
      if (othersWrote(db, watch)) {
        older.clear();
        roles?.unread.clear();
      }
      const started = performance.now();
      do {
        groupFrom(next);
        next += RUN_SIZE;
      } while (next < waiting.length && performance.now() - started < COMMIT_MS);
    }).immediate();
  }
  // The command reads what it grouped next (the whole register after a bulk import): the engine's memory of
  // this call's shapes is of no more use and would only add to the peak.
  engine.forgetShapes?.();
  return waiting.length;
}

/** What the runs of one grouping have learned of the journal's roles: the learner made by the first run. */
interface RolesRead {
  learner?: RoleLearner;
  /** The statements read for it so far (the runs' statements, and those placed around them). */
  read: Set<number>;
  /**
   * Entry and text of statements a run read from the database but did not give it (copies that followed their
   * twins), by id: a later run reads them as placed around it, and after a bulk import most statements are such
   * copies, each read twice. Neither changes while only this connection writes (an edited text is a new
   * statement, but another process may delete the newest statements and reuse their ids).
   */
  unread: Map<number, [entryId: number, text: string]>;
  /** The journal's tags that may be roles, by id, read by the first run. */
  tags?: Map<number, string>;
}

interface ScopeRow {
  id: number;
  entryId: number;
  text: string;
  groupId: number | null;
  linkedBy: LinkedBy | null;
  occurredAt: string;
  people: string[];
  /** `people` as JSON, the same string for the same people. */
  peopleKey: string;
}

/**
 * One run of the automatic grouping: the waiting statements, with representatives of the groups around
 * them (each group's latest statement there, and one the person placed) so they can join those groups.
 * The person's decisions go in as fixed links. Call inside a transaction.
 */
function groupRun(
  db: Db,
  engine: GroupingEngine,
  waitingIds: number[],
  around: Range,
  now: Date,
  teaching: Teaching,
  cache: { people: Map<number, string[]>; older: OlderWordings },
  roles: RolesRead | undefined,
  settled?: Settled,
): number[] {
  const known = cache.people;
  // Rows as arrays: a run of a bulk grouping reads thousands of them, and objects cost a tenth of its reading.
  const nearby = sql(
    db,
    // A statement's occurred_at is its entry's (kept so by triggers, migration 0006): read from the statements'
    // index by time, without the join through entries, which took twice as long.
    `SELECT s.id, s.group_id, s.linked_by FROM statements s
     WHERE s.occurred_at >= @from AND s.occurred_at <= @to AND s.group_id IS NOT NULL AND s.linked_by IS NOT NULL
     ORDER BY s.occurred_at DESC, s.id DESC`,
  )
    .raw()
    .all(around) as Array<[id: number, groupId: number, linkedBy: LinkedBy]>;
  const reps = new Set<number>();
  // Each group's latest members (the first its latest statement, its representative), for holdBackMisfits.
  const recent = new Map<number, number[]>();
  const placed = new Map<number, number>();
  for (const [id, groupId, linkedBy] of nearby) {
    const members = recent.get(groupId);
    if (members === undefined) {
      recent.set(groupId, [id]);
      reps.add(id);
    } else if (members.length < MEMBERS_CHECKED) members.push(id);
    // Several of the statements the person placed: a new statement close to any of them may join.
    const held = placed.get(groupId) ?? 0;
    if (linkedBy === 'person' && held < PERSON_REPS) {
      placed.set(groupId, held + 1);
      reps.add(id);
    }
  }
  // As arrays too, each made into a ScopeRow with all its fields at once.
  const read = sql(
    db,
    `SELECT s.id, s.entry_id, s.text, s.group_id, s.linked_by, s.occurred_at
     FROM statements s WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY s.id`,
  )
    .raw()
    .all(JSON.stringify([...waitingIds, ...reps])) as Array<
    [
      id: number,
      entryId: number,
      text: string,
      groupId: number | null,
      linkedBy: LinkedBy | null,
      occurredAt: string,
    ]
  >;
  // People once per entry, one list (and key) for entries with the same people: the engine and the twins
  // look statements up by their people.
  const people = peopleKnown(
    db,
    read.map((r) => r[1]),
    known,
  );
  const keys = new Map<string[], string>();
  const rows = read.map(([id, entryId, text, groupId, linkedBy, occurredAt]): ScopeRow => {
    const names = people.get(entryId)!;
    let key = keys.get(names);
    if (key === undefined) {
      key = JSON.stringify(names);
      keys.set(names, key);
    }
    return { id, entryId, text, groupId, linkedBy, occurredAt, people: names, peopleKey: key };
  });
  const waiting = new Set(waitingIds);
  const different = sql<{ a: number; b: number }>(
    db,
    `SELECT a, b FROM statement_links WHERE a IN (SELECT value FROM json_each(@ids)) OR b IN (SELECT value FROM json_each(@ids))`,
  )
    .all({ ids: JSON.stringify(waitingIds) })
    .map((o): [number, number] => [o.a, o.b]);
  const twins = settled ? twinFollowers(rows, waiting, different, settled) : undefined;
  const followers = twins?.followers ?? new Map<number, Twins>();
  const engineRows = rows.filter((r) => !followers.has(r.id));
  const scope: ScopeStatement[] = engineRows.map((r) => ({
    id: r.id,
    groupId: waiting.has(r.id) ? null : r.groupId,
    linkedBy: waiting.has(r.id) ? null : r.linkedBy,
  }));
  const inputs: StatementInput[] = engineRows.map((r) => ({
    id: r.id,
    entryId: r.entryId,
    text: r.text,
    people: r.people,
  }));
  if (roles !== undefined) {
    // Each run reads the statements placed around it that no earlier run read: a later run's weeks may hold
    // placed statements far from the earlier runs' (a backlog of old entries in a grouped journal).
    roles.learner ??= new engine.RoleLearner!();
    const unread = nearby.filter(([id]) => !roles.read.has(id));
    for (const s of inputs) roles.read.add(s.id);
    for (const [id] of unread) roles.read.add(id);
    const sources = [...placedAround(db, unread, known, roles.unread), ...inputs];
    if (roles.unread.size > UNREAD_KEPT) roles.unread.clear();
    for (const r of rows) if (!roles.read.has(r.id)) roles.unread.set(r.id, [r.entryId, r.text]);
    // Each statement that may use a role reads its entry's context too (only those: it kept the first grouping of
    // a big journal within its time).
    roles.learner.add(withRoleTags(db, sources, roles, roles.learner), (ids) => entryContexts(db, ids));
  }
  const learner = roles?.learner;
  const opposites = sql<{ a: number; b: number }>(
    db,
    "SELECT a, b FROM group_opposites WHERE origin = 'person'",
  )
    .all()
    .map((o): [number, number] => [o.a, o.b]);
  const representatives = new Set(scope.flatMap((s) => (s.groupId === null ? [] : [s.id])));
  const taught = teaching.groups.length > 0 ? teaching : undefined;
  const plan = planGrouping(
    scope,
    engine.groupStatements(inputs, scopeLinks(scope, opposites, different, groupsHeldApart(db)), {
      placed: representatives,
      teaching: taught,
      roles: learner,
    }),
  );
  holdBackMisfits(db, engine, plan, {
    scope,
    inputs,
    recent,
    different,
    teaching: taught,
    known,
    roles: learner,
    older: cache.older,
  });
  // A statement written again word for word follows its twins, when the engine put the two first copies together.
  const left: number[] = [];
  const planned = new Map(plan.assign.map((a) => [a.statementId, a.group]));
  const together = (t: Twins) => {
    if ('group' in t) return { id: t.group };
    const a = planned.get(t.first);
    const b = planned.get(t.second);
    return a && b && refKey(a) === refKey(b) ? a : undefined;
  };
  for (const [id, t] of followers) {
    const group = together(t);
    if (group) plan.assign.push({ statementId: id, group });
    else left.push(id);
  }

  const createdIds: number[] = [];
  for (let i = 0; i < plan.created; i++) createdIds.push(createGroup(db, 'auto', now));
  const idOf = (ref: GroupRef) => ('id' in ref ? ref.id : createdIds[ref.created]!);
  // One statement for the whole run: a bulk first grouping places every statement of the journal, and a
  // prepared UPDATE per statement cost twice as much (the call overhead, not the writing). In the order of the
  // statements' ids, not of their groups: the rows and index entries written one after another are then
  // near each other, which took a sixth off the writing.
  const placements = new Map<number, number>();
  for (const { statementId, group } of plan.assign) placements.set(statementId, idOf(group));
  sql(
    db,
    `UPDATE statements SET group_id = p.value ->> 1, linked_by = 'auto'
     FROM json_each(?) p WHERE statements.id = p.value ->> 0`,
  ).run(JSON.stringify([...placements].sort((x, y) => x[0] - y[0])));
  // A group given members has other latest wordings now: the next run of the transaction sees them, as a run
  // in a transaction of its own would (where the commits fall must not change a placement).
  // Every statement placed is one of the run's rows (and `joined` takes them in any order).
  const joined: Placed[] = [];
  for (const r of rows) {
    const group = placements.get(r.id);
    if (group !== undefined && cache.older.has(group)) joined.push([group, r.id, r.text, r.occurredAt]);
  }
  cache.older.joined(joined);
  for (const { people, text, twins: t } of twins?.firstCopies ?? []) {
    const group = together(t);
    if (!group) continue;
    let byText = settled!.get(people);
    if (byText === undefined) {
      byText = new Map();
      settled!.set(people, byText);
    }
    byText.set(text, idOf(group));
  }
  if (plan.opposites.length === 0) return left;
  // Never a pair the person said is not opposite (`unoppose`).
  const oppose = sql(
    db,
    `INSERT OR IGNORE INTO group_opposites (a, b, origin) SELECT @a, @b, 'auto'
     WHERE NOT EXISTS (SELECT 1 FROM group_not_opposites n WHERE n.a = @a AND n.b = @b)`,
  );
  for (const [ra, rb] of plan.opposites) {
    const a = idOf(ra);
    const b = idOf(rb);
    oppose.run({ a: Math.min(a, b), b: Math.max(a, b) });
  }
  return left;
}

/**
 * Pairs of groups the person held apart: a statement of one was set apart (`unlink`, "new" while writing) from a
 * statement of the other. Few rows: only the person makes them.
 */
function groupsHeldApart(db: Db): Array<[number, number]> {
  return sql(
    db,
    `SELECT DISTINCT min(sa.group_id, sb.group_id), max(sa.group_id, sb.group_id) FROM statement_links l
     JOIN statements sa ON sa.id = l.a JOIN statements sb ON sb.id = l.b
     WHERE l.relation = 'different' AND sa.group_id != sb.group_id`,
  )
    .raw()
    .all() as Array<[number, number]>;
}

/**
 * The statements placed around a run, for learning the journal's roles (domain/assumptions/roles.ts): a role the
 * entries of those weeks teach ("my brother-in-law" → Dean) is read alike whichever statements the run holds.
 */
function placedAround(
  db: Db,
  nearby: ReadonlyArray<[id: number, groupId: number, linkedBy: LinkedBy]>,
  known: Map<number, string[]>,
  unread: Map<number, [entryId: number, text: string]>,
): StatementInput[] {
  if (nearby.length === 0) return [];
  // Those an earlier run read are taken from there (each once), the others read; all in the order of their ids.
  // Every one exists: `nearby` was read in this transaction.
  const rows: Array<{ id: number; entryId: number; text: string }> = [];
  const missing: number[] = [];
  for (const [id] of nearby) {
    const row = unread.get(id);
    if (row === undefined) missing.push(id);
    else {
      unread.delete(id);
      rows.push({ id, entryId: row[0], text: row[1] });
    }
  }
  if (missing.length > 0) {
    rows.push(
      ...sql<{ id: number; entryId: number; text: string }>(
        db,
        `SELECT s.id, s.entry_id AS entryId, s.text FROM statements s
         WHERE s.id IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify(missing)),
    );
  }
  rows.sort((a, b) => a.id - b.id);
  const people = peopleKnown(
    db,
    rows.map((r) => r.entryId),
    known,
  );
  return rows.map((r) => ({ ...r, people: people.get(r.entryId)! }));
}

/** At most this many statements wait in `RolesRead.unread` (a backlog spread over years may leave many there). */
const UNREAD_KEPT = 50_000;

const CONTEXT_ROLE_LIST = JSON.stringify([...CONTEXT_ROLES]);

/**
 * `sources` with their entries' tags that are roles (roles.ts, evidence (c)): none read when the journal has no
 * such tag, as most have not.
 */
function withRoleTags(
  db: Db,
  sources: StatementInput[],
  roles: RolesRead,
  learner: RoleLearner,
): StatementInput[] {
  if (roles.tags === undefined) {
    const all = sql(db, 'SELECT id, name FROM tags').raw().all() as Array<[id: number, name: string]>;
    roles.tags = new Map(all.filter(([, name]) => learner.isRoleTag(name)));
  }
  if (sources.length === 0 || roles.tags.size === 0) return sources;
  const rows = sql(
    db,
    `SELECT entry_id, tag_id FROM entry_tags
     WHERE tag_id IN (SELECT value FROM json_each(@tags)) AND entry_id IN (SELECT value FROM json_each(@entries))`,
  )
    .raw()
    .all({
      tags: JSON.stringify([...roles.tags.keys()]),
      entries: JSON.stringify([...new Set(sources.map((s) => s.entryId))]),
    }) as Array<[entryId: number, tagId: number]>;
  const tags = new Map<number, string[]>();
  for (const [entryId, tagId] of rows)
    tags.set(entryId, [...(tags.get(entryId) ?? []), roles.tags.get(tagId)!]);
  return tags.size === 0
    ? sources
    : sources.map((s) => (tags.has(s.entryId) ? { ...s, tags: tags.get(s.entryId)! } : s));
}

/** The context (`contextOf`: situation, dialogue, data) of each of the entries `ids` that has one, in one read. */
export function entryContexts(db: Db, ids: readonly number[]): Map<number, string> {
  const contexts = new Map<number, string>();
  if (ids.length === 0) return contexts;
  const answers = new Map<number, Array<{ role: string; value: AnswerValue }>>();
  const rows = sql(
    db,
    `SELECT entry_id, role, value FROM answers
     WHERE entry_id IN (SELECT value FROM json_each(@entries)) AND role IN (SELECT value FROM json_each(@roles))
     ORDER BY entry_id, position`,
  )
    .raw()
    .all({ entries: JSON.stringify(ids), roles: CONTEXT_ROLE_LIST }) as Array<
    [entryId: number, role: string, value: string]
  >;
  for (const [entryId, role, value] of rows) {
    const list = answers.get(entryId) ?? [];
    list.push({ role, value: JSON.parse(value) as AnswerValue });
    answers.set(entryId, list);
  }
  for (const [entryId, list] of answers) contexts.set(entryId, contextOf(list));
  return contexts;
}

/** How many statements the person placed in a group stand for it in a run (the most recent ones). */
const PERSON_REPS = 8;
/**
 * A waiting statement the engine put with an existing group is checked against this many of the group's latest
 * members around the run (and the representatives the engine saw) before it joins, and against its latest
 * wordings from any time (older-wordings.ts).
 */
const MEMBERS_CHECKED = 8;
/** A statement a group keeps out tries this many other groups, the closest first, before it starts a new one. */
const OTHER_GROUPS_TRIED = 3;

/**
 * Keeps out of an existing group the waiting statements a member of it would have vetoed: the engine saw one
 * representative or a few of each group, and grouping all at once lets no member join a group with a member it
 * is opposite to, held apart from, or not close to. Each is checked (the engine's `checkJoins`) against the
 * group's latest MEMBERS_CHECKED members around the run, its representatives and its latest OLDER_WORDINGS
 * wordings. One kept out tries the next closest groups (the engine's `nearestGroups`, by their representatives),
 * as grouping all at once would have tried its next best merge, each checked the same way and against the
 * waiting statements that joined it in this run; those no group takes, refused from one group, were one
 * cluster with the rest of the engine's (every pair of which passed), so together they make a new group.
 * Changes `plan` in place.
 */
function holdBackMisfits(
  db: Db,
  engine: GroupingEngine,
  plan: GroupingPlan,
  run: {
    scope: readonly ScopeStatement[];
    inputs: readonly StatementInput[];
    recent: ReadonlyMap<number, readonly number[]>;
    different: ReadonlyArray<[number, number]>;
    teaching: Teaching | undefined;
    known: Map<number, string[]>;
    roles: RoleLearner | undefined;
    /** Older wordings by group, read once in the same transaction. */
    older: OlderWordings;
  },
): void {
  const joining = plan.assign.filter((a) => 'id' in a.group);
  if (joining.length === 0) return;
  const groupOf = (a: GroupingPlan['assign'][number]) => (a.group as { id: number }).id;
  // The representatives the engine saw, by group (the person placed them; the latest is among `recent`).
  const repsOf = new Map<number, number[]>();
  for (const s of run.scope)
    if (s.groupId !== null) {
      const list = repsOf.get(s.groupId);
      if (list === undefined) repsOf.set(s.groupId, [s.id]);
      else list.push(s.id);
    }
  const statements: StatementInput[] = [...run.inputs];
  const sent = new Set(run.inputs.map((s) => s.id));
  const members = new Map<number, number[]>();
  /** Reads the members each of `groups` is checked against, and the statements among them the run lacks. */
  const load = (groups: Iterable<number>) => {
    const extra: number[] = [];
    for (const group of groups) {
      if (members.has(group)) continue;
      const list = [...(run.recent.get(group) ?? [])];
      for (const id of repsOf.get(group) ?? []) if (!list.includes(id)) list.push(id);
      for (const id of run.older.of(group)) if (!list.includes(id)) list.push(id);
      members.set(group, list);
      for (const id of list) {
        if (sent.has(id)) continue;
        sent.add(id);
        extra.push(id);
      }
    }
    if (extra.length === 0) return;
    const rows = sql(
      db,
      `SELECT s.id, s.entry_id, s.text FROM statements s
       WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY s.id`,
    )
      .raw()
      .all(JSON.stringify(extra)) as Array<[id: number, entryId: number, text: string]>;
    const people = peopleKnown(
      db,
      rows.map((r) => r[1]),
      run.known,
    );
    for (const [id, entryId, text] of rows)
      statements.push({ id, entryId, text, people: people.get(entryId)! });
  };
  const links = run.different.map(([a, b]) => ({ a, b, relation: 'different' as const }));
  const options = { teaching: run.teaching, roles: run.roles };
  load(joining.map(groupOf));
  const fits = engine.checkJoins(
    statements,
    joining.map((a) => ({ statement: a.statementId, members: members.get(groupOf(a))! })),
    links,
    options,
  );
  const refused = joining.filter((_, k) => !fits[k]);
  if (refused.length === 0) return;
  // The waiting statements each group has taken in this run: one trying it next is checked against them too.
  // One of each wording (text and people) is enough: statements written alike decide alike, and a bulk run puts
  // thousands of copies of a few wordings with one group.
  const joined = new Map<number, Map<string, number>>();
  const wordingOf = new Map(run.inputs.map((s) => [s.id, `${s.text}\u0000${s.people.join('\u0000')}`]));
  const join = (group: number, id: number) => {
    let list = joined.get(group);
    if (list === undefined) {
      list = new Map();
      joined.set(group, list);
    }
    const key = wordingOf.get(id) ?? String(id);
    if (!list.has(key)) list.set(key, id);
  };
  joining.forEach((a, k) => {
    if (fits[k]) join(groupOf(a), a.statementId);
  });
  const moved = new Map<number, number>();
  if (engine.nearestGroups !== undefined) {
    const reps = new Map<number, number>();
    for (const [group, ids] of repsOf) for (const id of ids) reps.set(id, group);
    const ranked = engine.nearestGroups(
      statements,
      refused.map((a) => a.statementId),
      reps,
      OTHER_GROUPS_TRIED + 1,
      links,
      options,
    );
    const tries = refused.map((a, k) =>
      ranked[k]!.filter((g) => g !== groupOf(a)).slice(0, OTHER_GROUPS_TRIED),
    );
    load(tries.flat());
    const next = refused.map(() => 0);
    let pending = refused.map((_, k) => k).filter((k) => tries[k]!.length > 0);
    // Those trying one group together are checked against each other too, and join only if all of them fit;
    // otherwise they try it again one at a time (in order), each checked against those that joined before it.
    const oneAtATime = new Set<number>();
    while (pending.length > 0) {
      const trying = new Map<number, number[]>();
      for (const k of pending) {
        const group = tries[k]![next[k]!]!;
        const list = trying.get(group);
        if (list === undefined) trying.set(group, [k]);
        else if (!oneAtATime.has(group)) list.push(k);
      }
      const batch = [...trying].flatMap(([group, ks]) => ks.map((k) => ({ group, k, ks })));
      const verdicts = engine.checkJoins(
        statements,
        batch.map(({ group, k, ks }) => ({
          statement: refused[k]!.statementId,
          members: [
            ...members.get(group)!,
            ...(joined.get(group)?.values() ?? []),
            ...ks.filter((o) => o !== k).map((o) => refused[o]!.statementId),
          ],
        })),
        links,
        options,
      );
      let at = 0;
      for (const [group, ks] of trying) {
        const fit = ks.map(() => verdicts[at++]!);
        if (fit.every(Boolean)) {
          for (const k of ks) {
            moved.set(refused[k]!.statementId, group);
            join(group, refused[k]!.statementId);
          }
        } else if (ks.length === 1) next[ks[0]!]!++;
        else oneAtATime.add(group);
      }
      pending = pending.filter((k) => !moved.has(refused[k]!.statementId) && next[k]! < tries[k]!.length);
    }
  }
  const fresh = new Map<number, GroupRef>();
  for (const a of refused) {
    const to = moved.get(a.statementId);
    if (to !== undefined) {
      a.group = { id: to };
      continue;
    }
    const group = groupOf(a);
    let ref = fresh.get(group);
    if (ref === undefined) {
      ref = { created: plan.created++ };
      fresh.set(group, ref);
    }
    a.group = ref;
  }
}

/** The person's groups the engine learns from: the statements of the most recent ones, at most this many. */
const TEACHING_MAX = 4000;

/**
 * What the person decided, for the engine to learn from (see domain/assumptions/learned.ts): the statements
 * the person placed, by group (with each group's earliest statement, whose words name the group the person
 * linked to), and the groups the person marked opposite. Read afresh for every grouping, so
 * an unlink or merge is taken into account at once. Every group the person placed a statement in is a
 * person group (`touch`), so this reads those few groups, not the journal.
 */
export function personTeaching(db: Db): Teaching {
  const rows = sql<Omit<ScopeRow, 'occurredAt' | 'people' | 'peopleKey'>>(
    db,
    `SELECT s.id, s.entry_id AS entryId, s.text, s.group_id AS groupId, s.linked_by AS linkedBy
     FROM assumption_groups g JOIN statements s ON s.group_id = g.id
     WHERE g.origin = 'person' AND (s.linked_by = 'person' OR s.id = (SELECT f.id FROM statements f
       WHERE f.group_id = g.id ORDER BY f.occurred_at, f.id LIMIT 1))
     ORDER BY g.id DESC, s.occurred_at, s.id LIMIT ?`,
  ).all(TEACHING_MAX);
  const people = peopleByEntry(db, JSON.stringify([...new Set(rows.map((r) => r.entryId))]));
  const at = new Map<number, number>();
  const groups: StatementInput[][] = [];
  for (const r of [...rows].reverse()) {
    let g = at.get(r.groupId!);
    if (g === undefined) {
      g = groups.length;
      at.set(r.groupId!, g);
      groups.push([]);
    }
    groups[g]!.push({
      id: r.id,
      entryId: r.entryId,
      text: r.text,
      people: people.get(r.entryId) ?? NO_NAMES,
    });
  }
  for (const list of groups) list.sort((x, y) => x.id - y.id);
  const opposites: Array<[number, number]> = [];
  for (const o of sql<{ a: number; b: number }>(
    db,
    "SELECT a, b FROM group_opposites WHERE origin = 'person' ORDER BY a, b",
  ).all()) {
    const a = at.get(o.a);
    const b = at.get(o.b);
    if (a !== undefined && b !== undefined) opposites.push([a, b]);
  }
  return { groups, opposites };
}

/** Groups by the people (`peopleKey`) and text of the wordings whose copies were put in them. */
type Settled = Map<string, Map<string, number>>;

/** The two first copies of a wording, or the group an earlier run put its copies in. */
type Twins = { first: number; second: number } | { group: number };

/**
 * Statements written word for word again (same text, same people: the engine sees them alike) are analysed and
 * compared once: the first two copies go to the engine, later copies follow them when the engine put those two
 * together (statements without content stay apart even from their twins; their copies are then grouped on
 * their own). Once that happened in one run, copies in the later runs of the same call follow that group
 * straight away (`settled`): after a bulk import most of a big journal's statements are such copies, and
 * without this every run compared them all again. A copy of a statement placed in a group that stands for it in
 * the run (its latest member, or one the person placed) follows that group as well, when no other group's
 * statement there is written the same: sent to the engine, it made one cluster with that statement and a
 * statement of another group close to it, and the run put it with the other group when that was the person's
 * (or the older one). Copies the person has set apart from something are never shortcut.
 */
function twinFollowers(
  rows: readonly ScopeRow[],
  waiting: ReadonlySet<number>,
  different: ReadonlyArray<[number, number]>,
  settled: Settled,
): { followers: Map<number, Twins>; firstCopies: Array<{ people: string; text: string; twins: Twins }> } {
  const linked = new Set(different.flat());
  // The groups of the placed statements by wording (-1: written the same in two groups, left to the engine).
  const placed: Settled = new Map();
  for (const r of rows) {
    if (waiting.has(r.id) || r.groupId === null) continue;
    let byText = placed.get(r.peopleKey);
    if (byText === undefined) {
      byText = new Map();
      placed.set(r.peopleKey, byText);
    }
    const group = byText.get(r.text);
    byText.set(r.text, group === undefined || group === r.groupId ? r.groupId : -1);
  }
  // By people, then text (as `settled`): a key joining the two was a new string to build and hash per row.
  const copies = new Map<string, Map<string, number[]>>();
  const followers = new Map<number, Twins>();
  for (const r of rows) {
    if (!waiting.has(r.id) || linked.has(r.id)) continue;
    const group = settled.get(r.peopleKey)?.get(r.text) ?? placed.get(r.peopleKey)?.get(r.text);
    if (group !== undefined && group !== -1) {
      followers.set(r.id, { group });
      continue;
    }
    let byText = copies.get(r.peopleKey);
    if (byText === undefined) {
      byText = new Map();
      copies.set(r.peopleKey, byText);
    }
    const ids = byText.get(r.text);
    if (ids) ids.push(r.id);
    else byText.set(r.text, [r.id]);
  }
  const firstCopies: Array<{ people: string; text: string; twins: Twins }> = [];
  for (const [people, byText] of copies) {
    for (const [text, ids] of byText) {
      if (ids.length < 2) continue;
      const twins = { first: ids[0]!, second: ids[1]! };
      firstCopies.push({ people, text, twins });
      for (const id of ids.slice(2)) followers.set(id, twins);
    }
  }
  return { followers, firstCopies };
}

function createGroup(db: Db, origin: 'auto' | 'person', now: Date): number {
  return Number(
    sql(
      db,
      `INSERT INTO assumption_groups (id, origin, created_at) VALUES (${newId('assumption_groups')}, ?, ?)`,
    ).run(origin, now.toISOString()).lastInsertRowid,
  );
}

function removeEmptyAutoGroups(db: Db): void {
  sql(
    db,
    `DELETE FROM assumption_groups WHERE origin = 'auto'
       AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.group_id = assumption_groups.id)`,
  ).run();
}

// ---------------------------------------------------------------------------------------------------------
// Reading

/** A statement with the entry it comes from. */
export interface StatementRow {
  id: number;
  groupId: number | null;
  linkedBy: LinkedBy | null;
  text: string;
  entryId: number;
  date: string;
  title: string;
  setId: string;
  setVersion: number;
  people: string[];
  tags: string[];
}

const STATEMENT_COLUMNS = `s.id, s.group_id AS groupId, s.linked_by AS linkedBy, s.text, s.entry_id AS entryId,
  e.occurred_at AS date, e.title, e.set_id AS setId, e.set_version AS setVersion`;

type RawStatementRow = Omit<StatementRow, 'people' | 'tags'> & { people?: string[]; tags?: string[] };

/**
 * Gives rows their entry's people and tags, read once per entry rather than once per statement (the whole
 * register reads every statement of the journal, and a subquery per row was half of that reading). Entries
 * with the same people (or tags) share one list, which nothing changes.
 */
function withPeopleAndTags(db: Db, rows: RawStatementRow[]): StatementRow[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify([...new Set(rows.map((r) => r.entryId))]);
  const people = peopleByEntry(db, ids);
  const tags = namesByEntry(
    sql(
      db,
      `SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id
       WHERE et.entry_id IN (SELECT value FROM json_each(?)) ORDER BY et.entry_id, et.position`,
    ),
    ids,
  );
  for (const row of rows) {
    row.people = people.get(row.entryId) ?? NO_NAMES;
    row.tags = tags.get(row.entryId) ?? NO_NAMES;
  }
  return rows as StatementRow[];
}

const NO_NAMES: string[] = [];

/** The people of the entries `entryIds`: those in `known` from there, the others read and added to it. */
function peopleKnown(
  db: Db,
  entryIds: readonly number[],
  known: Map<number, string[]>,
): Map<number, string[]> {
  const missing = [...new Set(entryIds)].filter((id) => !known.has(id));
  if (missing.length > 0) {
    const read = peopleByEntry(db, JSON.stringify(missing));
    for (const id of missing) known.set(id, read.get(id) ?? NO_NAMES);
  }
  return known;
}

/** The people of the entries in `ids` (a JSON list), entries with the same people sharing one list. */
function peopleByEntry(db: Db, ids: string): Map<number, string[]> {
  return namesByEntry(
    sql(
      db,
      `${PEOPLE_OF_ENTRIES} WHERE ep.entry_id IN (SELECT value FROM json_each(?)) ORDER BY ep.entry_id, ep.position`,
    ),
    ids,
  );
}

const PEOPLE_OF_ENTRIES =
  'SELECT ep.entry_id, p.name FROM entry_people ep JOIN people p ON p.id = ep.person_id';

/** Names by entry from rows (entry id, name) in entry order, equal lists shared. */
function namesByEntry(query: ReturnType<typeof sql>, ids?: string): Map<number, string[]> {
  const byEntry = new Map<number, string[]>();
  const shared = new Map<string, string[]>();
  let entry = -1;
  let names: string[] = [];
  const close = () => {
    if (entry === -1) return;
    const key = names.join('\u0000');
    let list = shared.get(key);
    if (list === undefined) {
      list = names;
      shared.set(key, list);
    }
    byEntry.set(entry, list);
  };
  for (const [id, name] of query.raw().iterate(...(ids === undefined ? [] : [ids])) as Iterable<
    [number, string]
  >) {
    if (id !== entry) {
      close();
      entry = id;
      names = [];
    }
    names.push(name);
  }
  close();
  return byEntry;
}

/**
 * Statements of the entries matching `where` (a clause over `entries e`, e.g. from entryFilter), oldest
 * first.
 */
export function statementsWhere(db: Db, where: string, params: Record<string, unknown> = {}): StatementRow[] {
  return withPeopleAndTags(
    db,
    sql<RawStatementRow>(
      db,
      `SELECT ${STATEMENT_COLUMNS} FROM entries e JOIN statements s ON s.entry_id = e.id ${where}
     ORDER BY e.occurred_at, e.id, s.step_pos, s.item`,
    ).all(params),
  );
}

/** What the register reads of a statement (see buildRegister). */
export interface RegisterRow {
  groupId: number | null;
  entryId: number;
  date: string;
  people: string[];
}

/**
 * `statementsWhere` with just what the register reads: the register of a whole journal reads every statement,
 * and their texts, titles and tags were two thirds of that reading.
 */
export function registerRowsWhere(
  db: Db,
  where: string,
  params: Record<string, unknown> = {},
): RegisterRow[] {
  const whole = where === '';
  const rows = sql<Omit<RegisterRow, 'people'> & { people?: string[] }>(
    db,
    // The whole journal from the statements' index by time alone, in the same order (a statement's occurred_at is
    // its entry's, kept so by triggers, migration 0006): the join through every entry was a sixth of the
    // register's reading. Filters are clauses over the entries.
    whole
      ? `SELECT s.group_id AS groupId, s.entry_id AS entryId, s.occurred_at AS date FROM statements s
         ORDER BY s.occurred_at, s.entry_id, s.step_pos, s.item`
      : `SELECT s.group_id AS groupId, s.entry_id AS entryId, e.occurred_at AS date
         FROM entries e JOIN statements s ON s.entry_id = e.id ${where}
         ORDER BY e.occurred_at, e.id, s.step_pos, s.item`,
  ).all(params);
  if (rows.length === 0) return [];
  // The whole journal's people in one pass, not looked up by a list of all of its entries.
  const people = whole
    ? namesByEntry(sql(db, `${PEOPLE_OF_ENTRIES} ORDER BY ep.entry_id, ep.position`))
    : peopleByEntry(db, JSON.stringify([...new Set(rows.map((r) => r.entryId))]));
  for (const row of rows) row.people = people.get(row.entryId) ?? NO_NAMES;
  return rows as RegisterRow[];
}

/** Statements of entries that occurred from `from` to `to` inclusive (ISO instants), oldest first. */
export function statementsBetween(db: Db, from: string, to: string): StatementRow[] {
  return statementsWhere(db, 'WHERE e.occurred_at >= @from AND e.occurred_at <= @to', { from, to });
}

/** Just the group, entry and date of statements from `from` to `to` inclusive (ISO instants), oldest first. */
export function placementsBetween(
  db: Db,
  from: string,
  to: string,
): Array<{ groupId: number | null; entryId: number; date: string }> {
  return sql<{ groupId: number | null; entryId: number; date: string }>(
    db,
    `SELECT s.group_id AS groupId, s.entry_id AS entryId, s.occurred_at AS date FROM statements s
     WHERE s.occurred_at >= @from AND s.occurred_at <= @to ORDER BY s.occurred_at, s.entry_id, s.step_pos, s.item`,
  ).all({ from, to });
}

/** Entries that occurred from `from` to `to` inclusive, with their set and people. */
export function entriesBetween(
  db: Db,
  from: string,
  to: string,
): Array<{ id: number; setId: string; setVersion: number; people: string[] }> {
  return sql<{ id: number; setId: string; setVersion: number; people: string }>(
    db,
    `SELECT e.id, e.set_id AS setId, e.set_version AS setVersion,
       (SELECT json_group_array(name) FROM (SELECT p.name FROM entry_people ep JOIN people p ON p.id = ep.person_id
          WHERE ep.entry_id = e.id ORDER BY ep.position)) AS people
     FROM entries e WHERE e.occurred_at >= @from AND e.occurred_at <= @to ORDER BY e.occurred_at, e.id`,
  )
    .all({ from, to })
    .map((row) => ({ ...row, people: JSON.parse(row.people) as string[] }));
}

export function statementsOfGroup(db: Db, groupId: number): StatementRow[] {
  return statementsWhere(db, 'WHERE s.group_id = @groupId', { groupId });
}

export function getStatement(db: Db, id: number): StatementRow | undefined {
  const rows = statementsWhere(db, 'WHERE s.id = @id', { id });
  return rows[0];
}

export function groupExists(db: Db, id: number): boolean {
  return sql(db, 'SELECT 1 FROM assumption_groups WHERE id = ?').get(id) !== undefined;
}

/** Labels, first sightings, opposites and latest tests of the given groups (unknown ids are left out). */
export function groupFacts(db: Db, ids: Iterable<number>): Map<number, GroupFacts> {
  const list = JSON.stringify([...new Set(ids)]);
  const facts = new Map<number, GroupFacts>();
  // Each an index look-up (statements by group and time, by group and link): never a pass over a group,
  // which in a journal kept for years can hold thousands of statements.
  for (const row of sql<{
    id: number;
    label: string | null;
    first: string | null;
    text: string | null;
    unconfirmed: number;
  }>(
    db,
    `SELECT g.id, g.label,
       (SELECT min(s.occurred_at) FROM statements s WHERE s.group_id = g.id) AS first,
       (SELECT s.text FROM statements s WHERE s.group_id = g.id ORDER BY s.occurred_at, s.id LIMIT 1) AS text,
       EXISTS (SELECT 1 FROM statements s WHERE s.group_id = g.id AND s.linked_by = 'auto')
         OR EXISTS (SELECT 1 FROM statements s WHERE s.group_id = g.id AND s.linked_by IS NULL) AS unconfirmed
     FROM assumption_groups g WHERE g.id IN (SELECT value FROM json_each(?))`,
  ).all(list)) {
    if (row.first === null || row.text === null) continue; // a group without statements
    facts.set(row.id, {
      id: row.id,
      label: row.label ?? row.text.trim(),
      named: row.label !== null,
      firstSeen: row.first,
      confirmed: row.unconfirmed === 0,
      opposites: [],
      tested: null,
    });
  }
  for (const row of sql<{ a: number; b: number; origin: LinkedBy }>(
    db,
    `SELECT a, b, origin FROM group_opposites
     WHERE a IN (SELECT value FROM json_each(@list)) OR b IN (SELECT value FROM json_each(@list))
     ORDER BY a, b`,
  ).all({ list })) {
    facts.get(row.a)?.opposites.push({ id: row.b, origin: row.origin });
    facts.get(row.b)?.opposites.push({ id: row.a, origin: row.origin });
  }
  for (const row of sql<{ group_id: number; result: TestResult; note: string; tested_at: string }>(
    db,
    `SELECT group_id, result, note, tested_at FROM assumption_tests
     WHERE group_id IN (SELECT value FROM json_each(?)) ORDER BY tested_at, id`,
  ).all(list)) {
    const f = facts.get(row.group_id);
    if (f) f.tested = { result: row.result, note: row.note, date: row.tested_at };
  }
  return facts;
}

/** The latest `limit` statements (newest entries first): what link-as-you-write compares with. */
export function recentStatements(db: Db, limit: number): StatementRow[] {
  return withPeopleAndTags(
    db,
    sql<RawStatementRow>(
      db,
      `SELECT ${STATEMENT_COLUMNS} FROM entries e JOIN statements s ON s.entry_id = e.id
     ORDER BY e.occurred_at DESC, e.id DESC, s.step_pos, s.item LIMIT ?`,
    ).all(limit),
  );
}

// ---------------------------------------------------------------------------------------------------------
// The person's decisions. Each is one call; run them inside a transaction with their checks.

function touch(db: Db, groupId: number): void {
  sql(db, "UPDATE assumption_groups SET origin = 'person' WHERE id = ?").run(groupId);
}

function setPlacement(db: Db, statementId: number, groupId: number): void {
  sql(db, "UPDATE statements SET group_id = ?, linked_by = 'person' WHERE id = ?").run(groupId, statementId);
}

function forgetDifferences(db: Db, statementId: number, groupId: number): void {
  sql(
    db,
    `DELETE FROM statement_links WHERE (a = @s AND b IN (SELECT id FROM statements WHERE group_id = @g))
       OR (b = @s AND a IN (SELECT id FROM statements WHERE group_id = @g))`,
  ).run({ s: statementId, g: groupId });
}

/** `assumptions link`: the statement is this assumption. */
export function linkStatement(db: Db, statementId: number, groupId: number): void {
  forgetDifferences(db, statementId, groupId);
  setPlacement(db, statementId, groupId);
  touch(db, groupId);
  removeEmptyAutoGroups(db);
}

/** The group a statement is in, giving it a group of its own first if it has none yet. */
function groupOf(db: Db, statementId: number, now: Date): number {
  const row = sql<{ group_id: number | null }>(db, 'SELECT group_id FROM statements WHERE id = ?').get(
    statementId,
  );
  if (row?.group_id != null) return row.group_id;
  const id = createGroup(db, 'auto', now);
  sql(db, "UPDATE statements SET group_id = ?, linked_by = 'auto' WHERE id = ?").run(id, statementId);
  return id;
}

/** `assumptions unlink`: the statement is not the assumption of its group; it stands alone from now on. */
export function unlinkStatement(db: Db, statementId: number, now: Date): number {
  const from = groupOf(db, statementId, now);
  const others = sql<{ id: number }>(db, 'SELECT id FROM statements WHERE group_id = ? AND id != ?').all(
    from,
    statementId,
  );
  const differ = sql(db, "INSERT OR IGNORE INTO statement_links (a, b, relation) VALUES (?, ?, 'different')");
  for (const { id } of others) differ.run(Math.min(id, statementId), Math.max(id, statementId));
  const alone = createGroup(db, 'person', now);
  setPlacement(db, statementId, alone);
  removeEmptyAutoGroups(db);
  return alone;
}

/** `assumptions merge`: `other` joins `keep`; the person has now placed every statement of both. */
export function mergeGroups(db: Db, keep: number, other: number): void {
  sql(
    db,
    "UPDATE statements SET group_id = @keep, linked_by = 'person' WHERE group_id IN (@keep, @other)",
  ).run({
    keep,
    other,
  });
  sql(
    db,
    `UPDATE assumption_groups SET label = (SELECT label FROM assumption_groups WHERE id = @other)
     WHERE id = @keep AND label IS NULL`,
  ).run({ keep, other });
  sql(db, 'UPDATE assumption_tests SET group_id = @keep WHERE group_id = @other').run({ keep, other });
  // The person's decisions about opposites hold for the merged group: their own opposite marks carry over
  // (and win over a "not opposite" of the other side, as `oppose` takes back `unoppose`); the removed
  // group's "not opposite" pairs move to the kept group; an automatic mark never lands on a pair either
  // group was declared not opposite to. The pair of the two merged groups itself is dropped (no self pair).
  const pair = (peer: number) => [Math.min(peer, keep), Math.max(peer, keep)] as const;
  const peersOf = (table: string, g: number) =>
    sql(db, `SELECT CASE WHEN a = @g THEN b ELSE a END FROM ${table} WHERE a = @g OR b = @g`)
      .pluck()
      .all({ g }) as number[];
  const notOpposite = new Set([
    ...peersOf('group_not_opposites', keep),
    ...peersOf('group_not_opposites', other),
  ]);
  const opposites = sql<{ a: number; b: number; origin: string }>(
    db,
    'SELECT a, b, origin FROM group_opposites WHERE a = @other OR b = @other',
  ).all({ other });
  const oppose = sql(
    db,
    `INSERT INTO group_opposites (a, b, origin) VALUES (?, ?, ?)
     ON CONFLICT (a, b) DO UPDATE SET origin = 'person' WHERE excluded.origin = 'person'`,
  );
  const forget = sql(db, 'DELETE FROM group_not_opposites WHERE a = ? AND b = ?');
  const unmark = sql(db, "DELETE FROM group_opposites WHERE a = ? AND b = ? AND origin = 'auto'");
  for (const o of opposites) {
    const peer = o.a === other ? o.b : o.a;
    if (peer === keep) continue;
    if (o.origin === 'person') {
      oppose.run(...pair(peer), 'person');
      forget.run(...pair(peer));
      notOpposite.delete(peer);
    } else if (!notOpposite.has(peer)) oppose.run(...pair(peer), o.origin);
  }
  const remember = sql(db, 'INSERT OR IGNORE INTO group_not_opposites (a, b) VALUES (?, ?)');
  for (const peer of notOpposite) {
    if (peer === keep || peer === other || personOpposite(db, keep, peer)) continue;
    unmark.run(...pair(peer));
    remember.run(...pair(peer));
  }
  sql(db, 'DELETE FROM group_opposites WHERE (a = @keep AND b = @other) OR (a = @other AND b = @keep)').run({
    keep,
    other,
  });
  sql(db, 'DELETE FROM assumption_groups WHERE id = ?').run(other);
  touch(db, keep);
}

export function renameGroup(db: Db, groupId: number, label: string): void {
  sql(db, "UPDATE assumption_groups SET label = ?, origin = 'person' WHERE id = ?").run(label, groupId);
}

/** `assumptions oppose`: the two groups contradict each other. */
export function opposeGroups(db: Db, a: number, b: number): void {
  const [x, y] = a < b ? [a, b] : [b, a];
  sql(
    db,
    "INSERT INTO group_opposites (a, b, origin) VALUES (?, ?, 'person') ON CONFLICT (a, b) DO UPDATE SET origin = 'person'",
  ).run(x, y);
  sql(db, 'DELETE FROM group_not_opposites WHERE a = ? AND b = ?').run(x, y);
  touch(db, a);
  touch(db, b);
}

/** The groups a group is marked opposite to, by the person or the automatic grouping. */
export function oppositesOf(db: Db, groupId: number): number[] {
  return sql(
    db,
    'SELECT CASE WHEN a = @g THEN b ELSE a END FROM group_opposites WHERE a = @g OR b = @g ORDER BY 1',
  )
    .pluck()
    .all({ g: groupId }) as number[];
}

/**
 * `assumptions unoppose`: the group is the opposite of none of the groups it was marked opposite to (on both
 * sides), and the automatic grouping never marks those pairs again. Returns those groups.
 */
export function unopposeGroup(db: Db, groupId: number): number[] {
  const peers = oppositesOf(db, groupId);
  sql(db, 'DELETE FROM group_opposites WHERE a = @g OR b = @g').run({ g: groupId });
  const remember = sql(db, 'INSERT OR IGNORE INTO group_not_opposites (a, b) VALUES (?, ?)');
  for (const peer of peers) {
    remember.run(Math.min(peer, groupId), Math.max(peer, groupId));
    touch(db, peer);
  }
  touch(db, groupId);
  return peers;
}

export function personOpposite(db: Db, a: number, b: number): boolean {
  const [x, y] = a < b ? [a, b] : [b, a];
  return (
    sql(db, "SELECT 1 FROM group_opposites WHERE a = ? AND b = ? AND origin = 'person'").get(x, y) !==
    undefined
  );
}

export function recordTest(db: Db, groupId: number, test: TestRecord): void {
  sql(db, 'INSERT INTO assumption_tests (group_id, result, note, tested_at) VALUES (?, ?, ?, ?)').run(
    groupId,
    test.result,
    test.note,
    test.date,
  );
  touch(db, groupId);
}

/** How many statements a group has (0 for an unknown group). */
export function groupSize(db: Db, groupId: number): number {
  return sql<{ n: number }>(db, 'SELECT count(*) AS n FROM statements WHERE group_id = ?').get(groupId)!.n;
}

/**
 * Applies what the person decided while writing (link-as-you-write) to the statements of a just-saved entry.
 * A decision whose earlier statement has been deleted meanwhile is dropped.
 */
export function applyDecisions(db: Db, entryId: number, decisions: readonly StatementDecision[], now: Date) {
  const rows = sql<{ id: number; step_id: string; text: string }>(
    db,
    'SELECT id, step_id, text FROM statements WHERE entry_id = ? ORDER BY step_pos, item',
  ).all(entryId);
  const used = new Set<number>();
  const exists = sql(db, 'SELECT 1 FROM statements WHERE id = ?');
  for (const decision of decisions) {
    const row = rows.find(
      (r) => !used.has(r.id) && r.step_id === decision.stepId && r.text === decision.text,
    );
    if (!row) continue;
    used.add(row.id);
    const targets = decision.statementIds.filter((id) => exists.get(id) !== undefined);
    if (decision.decision === 'new') {
      const differ = sql(
        db,
        "INSERT OR IGNORE INTO statement_links (a, b, relation) VALUES (?, ?, 'different')",
      );
      for (const id of targets) differ.run(Math.min(id, row.id), Math.max(id, row.id));
      setPlacement(db, row.id, createGroup(db, 'person', now));
      continue;
    }
    const target = targets[0];
    if (target === undefined) continue;
    const group = groupOf(db, target, now);
    if (decision.decision === 'same') {
      // Saying "the same as that one" confirms the earlier statement's place too.
      setPlacement(db, target, group);
      linkStatement(db, row.id, group);
      continue;
    }
    const opposite = sql<{ peer: number }>(
      db,
      `SELECT CASE WHEN a = @g THEN b ELSE a END AS peer FROM group_opposites
       WHERE (a = @g OR b = @g) AND origin = 'person' ORDER BY peer LIMIT 1`,
    ).get({ g: group });
    const home = opposite?.peer ?? createGroup(db, 'person', now);
    setPlacement(db, row.id, home);
    opposeGroups(db, group, home);
  }
  removeEmptyAutoGroups(db);
}
