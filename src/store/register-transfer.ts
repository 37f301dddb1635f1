import type { TestRecord } from '../domain/register.js';
import type { ExportRegister, ExportRegisterGroup, ExportStatementRef } from '../export/journal-json.js';
import { syncStatements } from './assumptions.js';
import { type Db, sql } from './db.js';
import { newId, nextId } from './ids.js';
import type { Selection } from './transfer.js';

/**
 * The assumption register in the JSON export and back: the person's decisions (the groups they touched, their
 * labels, tests, opposites, "not opposite" and "not the same" pairs) about the statements of the selected
 * entries. Statements are named by entry uuid, step and item, which every journal derives alike from the
 * answers; group ids are the exporting journal's.
 */

interface RefRow {
  entry: string;
  step: string;
  item: number;
  text: string;
}

/** The export order of statements: the entries' (time, then id), then the statement's place in its entry. */
interface Ordered {
  at: string;
  entryId: number;
  stepPos: number;
}

const REF_COLUMNS = `e.uuid AS entry, s.step_id AS step, s.item, s.text, e.occurred_at AS at, e.id AS entryId,
  s.step_pos AS stepPos`;

/**
 * Re-derives the statements of the entries edited since the register was last read (`statement_backlog`) that
 * hold a decision, so that every statement the export names matches the answers it exports. Only those: a
 * journal just imported in bulk has every entry waiting, and deriving them all is the first grouping's work.
 */
export function syncDecidedStatements(db: Db): void {
  const entries = sql(
    db,
    `SELECT b.entry_id FROM statement_backlog b WHERE EXISTS (
       SELECT 1 FROM statements s WHERE s.entry_id = b.entry_id
         AND (s.group_id IN (SELECT id FROM assumption_groups WHERE origin = 'person')
              OR EXISTS (SELECT 1 FROM statement_links l WHERE l.a = s.id OR l.b = s.id)))`,
  )
    .pluck()
    .all() as number[];
  if (entries.length === 0) return;
  db.transaction(() => {
    for (const id of entries) syncStatements(db, id);
  }).immediate();
}

/** The decisions about the selected entries' statements; undefined when there are none. */
export function readPersonRegister(db: Db, selection: Selection): ExportRegister | undefined {
  const selected = `SELECT e.id FROM entries e ${selection.where}`;
  const members = sql<RefRow & Ordered & { groupId: number; linkedBy: 'person' | 'auto' }>(
    db,
    `SELECT s.group_id AS groupId, s.linked_by AS linkedBy, ${REF_COLUMNS}
     FROM statements s JOIN entries e ON e.id = s.entry_id
     WHERE s.entry_id IN (${selected}) AND s.linked_by IS NOT NULL
       AND s.group_id IN (SELECT id FROM assumption_groups WHERE origin = 'person')
     ORDER BY s.group_id, e.occurred_at, e.id, s.step_pos, s.item`,
  ).all(selection.params);
  const groups = new Map<number, ExportRegisterGroup>();
  for (const m of members) {
    let group = groups.get(m.groupId);
    if (!group) {
      group = { id: m.groupId, label: null, statements: [], tests: [] };
      groups.set(m.groupId, group);
    }
    group.statements.push({ ...toRef(m), linkedBy: m.linkedBy });
  }
  const ids = JSON.stringify([...groups.keys()]);
  for (const row of sql<{ id: number; label: string | null }>(
    db,
    'SELECT id, label FROM assumption_groups WHERE id IN (SELECT value FROM json_each(?))',
  ).all(ids))
    groups.get(row.id)!.label = row.label;
  for (const row of sql<TestRecord & { groupId: number }>(
    db,
    `SELECT group_id AS groupId, result, note, tested_at AS date FROM assumption_tests
     WHERE group_id IN (SELECT value FROM json_each(?)) ORDER BY group_id, tested_at, id`,
  ).all(ids))
    groups.get(row.groupId)!.tests.push({ result: row.result, note: row.note, date: row.date });
  const pairsOf = (query: string): Array<[number, number]> =>
    sql<{ a: number; b: number }>(db, query)
      .all()
      .filter((p) => groups.has(p.a) && groups.has(p.b))
      .map((p): [number, number] => [p.a, p.b]);
  const register: ExportRegister = {
    groups: [...groups.values()],
    opposites: pairsOf("SELECT a, b FROM group_opposites WHERE origin = 'person' ORDER BY a, b"),
    notOpposites: pairsOf('SELECT a, b FROM group_not_opposites ORDER BY a, b'),
    different: differentPairs(db, selected, selection.params),
  };
  const empty = register.groups.length === 0 && register.different.length === 0;
  return empty ? undefined : register;
}

/** "Not the same" pairs of two selected statements, each pair and the list in export order. */
function differentPairs(
  db: Db,
  selected: string,
  params: Record<string, unknown>,
): Array<[ExportStatementRef, ExportStatementRef]> {
  type Side = RefRow & Ordered;
  const rows = sql<{ pair: number } & Side>(
    db,
    `SELECT l.pair, ${REF_COLUMNS}
     FROM (SELECT row_number() OVER () AS pair, a, b FROM statement_links WHERE relation = 'different') l
     JOIN statements s ON s.id IN (l.a, l.b) JOIN entries e ON e.id = s.entry_id
     WHERE l.a IN (SELECT id FROM statements WHERE entry_id IN (${selected}))
       AND l.b IN (SELECT id FROM statements WHERE entry_id IN (${selected}))`,
  ).all(params);
  const byPair = new Map<number, Side[]>();
  for (const row of rows) byPair.set(row.pair, [...(byPair.get(row.pair) ?? []), row]);
  return [...byPair.values()]
    .map((sides) => sides.sort(compareOrder) as [Side, Side])
    .sort((x, y) => compareOrder(x[0], y[0]) || compareOrder(x[1], y[1]))
    .map(([a, b]) => [toRef(a), toRef(b)]);
}

function compareOrder(a: Ordered & { item: number }, b: Ordered & { item: number }): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.entryId - b.entryId || a.stepPos - b.stepPos || a.item - b.item;
}

function toRef(row: RefRow): ExportStatementRef {
  return { entry: row.entry, step: row.step, item: row.item, text: row.text };
}

// ——— import ———

/**
 * Whether the journal has given out any group id yet, even one whose group is gone since (an import into one that
 * has not keeps the file's group ids: none of them can name an earlier group here).
 */
export function hasGroups(db: Db): boolean {
  return nextId(db, 'assumption_groups') > 1;
}

/** A statement of an entry, derived already, with the group it is placed in (null: none yet). */
export function statementHere(
  db: Db,
  entryId: number,
  step: string,
  item: number,
): { id: number; groupId: number | null } | undefined {
  return sql<{ id: number; groupId: number | null }>(
    db,
    `SELECT id, CASE WHEN linked_by IS NULL THEN NULL ELSE group_id END AS groupId FROM statements
     WHERE entry_id = ? AND step_id = ? AND item = ?`,
  ).get(entryId, step, item);
}

/**
 * A group here that a file's group continues: the person's from now on, with the file's label when it has none
 * of its own, and the file's tests it does not have yet (same result, note and date).
 */
export function continueGroup(
  db: Db,
  groupId: number,
  label: string | null,
  tests: readonly TestRecord[],
): void {
  sql(db, "UPDATE assumption_groups SET origin = 'person', label = coalesce(label, ?) WHERE id = ?").run(
    label,
    groupId,
  );
  const has = sql(
    db,
    'SELECT 1 FROM assumption_tests WHERE group_id = ? AND result = ? AND note = ? AND tested_at = ?',
  );
  for (const test of tests)
    if (has.get(groupId, test.result, test.note, test.date) === undefined) insertTest(db, groupId, test);
}

/** A group the person made, under the given id when there is one, else under a new id (never one used before). */
export function insertPersonGroup(db: Db, id: number | undefined, label: string | null, now: string): number {
  return Number(
    sql(
      db,
      `INSERT INTO assumption_groups (id, label, origin, created_at)
       VALUES (coalesce(?, ${newId('assumption_groups')}), ?, 'person', ?)`,
    ).run(id ?? null, label, now).lastInsertRowid,
  );
}

export function placeStatement(
  db: Db,
  statementId: number,
  groupId: number,
  linkedBy: 'person' | 'auto',
): void {
  sql(db, 'UPDATE statements SET group_id = ?, linked_by = ? WHERE id = ?').run(
    groupId,
    linkedBy,
    statementId,
  );
}

export function insertTest(db: Db, groupId: number, test: TestRecord): void {
  sql(db, 'INSERT INTO assumption_tests (group_id, result, note, tested_at) VALUES (?, ?, ?, ?)').run(
    groupId,
    test.result,
    test.note,
    test.date,
  );
}

/**
 * A pair of groups: opposite (by the person) or declared not opposite — unless this journal's person said the
 * other (a group an import continues may have decisions of its own here).
 */
export function insertGroupPair(db: Db, kind: 'opposite' | 'notOpposite', x: number, y: number): void {
  const [a, b] = x < y ? [x, y] : [y, x];
  if (kind === 'opposite') {
    sql(
      db,
      `INSERT INTO group_opposites (a, b, origin) SELECT @a, @b, 'person'
       WHERE NOT EXISTS (SELECT 1 FROM group_not_opposites WHERE a = @a AND b = @b)
       ON CONFLICT (a, b) DO UPDATE SET origin = 'person'`,
    ).run({ a, b });
  } else {
    sql(
      db,
      `INSERT OR IGNORE INTO group_not_opposites (a, b) SELECT @a, @b
       WHERE NOT EXISTS (SELECT 1 FROM group_opposites WHERE a = @a AND b = @b AND origin = 'person')`,
    ).run({ a, b });
  }
}

export function insertDifferent(db: Db, x: number, y: number): void {
  sql(db, "INSERT OR IGNORE INTO statement_links (a, b, relation) VALUES (?, ?, 'different')").run(
    Math.min(x, y),
    Math.max(x, y),
  );
}
