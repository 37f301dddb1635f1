import { syncStatements } from '../store/assumptions.js';
import type { Db } from '../store/db.js';
import {
  continueGroup,
  hasGroups,
  insertDifferent,
  insertGroupPair,
  insertPersonGroup,
  insertTest,
  placeStatement,
  statementHere,
} from '../store/register-transfer.js';
import type { ExportRegister, ExportStatementRef } from './journal-json.js';
import { checkRegisterRefs, type NamedEntry } from './register-check.js';

/** An entry the register names, as the import left it: its id here when the import added it, or found it the same. */
export interface ImportedEntry extends NamedEntry {
  addedId: number | undefined;
  sameId: number | undefined;
}

export interface RegisterSummary {
  /** Groups of the file restored here. */
  imported: number;
  /**
   * Groups already here: none of their statements came (their entries were here already), or those that came
   * joined the group here that holds the rest.
   */
  skipped: number;
}

/**
 * Restores the file's register decisions, inside the import's transaction, for the statements of the entries
 * this import adds. A group of the file whose other statements (of entries here already, unchanged) are all in
 * one group here continues that group: the new ones join it, with the file's tests it lacks (and the file's
 * label when it has none), so a later export of the same journal brings the groups up to date. Any other group
 * with new statements becomes a group of the person's here (under the file's id when this journal has no group
 * yet), with its label and tests. An opposite, "not opposite" or "not the same" pair follows when one of its
 * sides came and the other is here (a pair this journal's person said otherwise about keeps what they said).
 * Nothing else here changes. A statement the file's entries do not have is an ImportProblem (rolled back).
 */
export function restoreRegister(
  db: Db,
  register: ExportRegister,
  entries: ReadonlyMap<string, ImportedEntry>,
  now: Date,
): RegisterSummary {
  checkRegisterRefs(register, entries);
  const keepIds = !hasGroups(db);
  const derived = new Set<number>();
  const added = (ref: ExportStatementRef): number | undefined => {
    const entryId = entries.get(ref.entry)!.addedId;
    if (entryId === undefined) return undefined;
    // Statements are derived lazily (statement_backlog); these are needed now.
    if (!derived.has(entryId)) {
      syncStatements(db, entryId);
      derived.add(entryId);
    }
    return statementHere(db, entryId, ref.step, ref.item)?.id;
  };
  // A statement of an entry here already, unchanged (so derived alike), and the group it is placed in here.
  const same = (ref: ExportStatementRef) => {
    const entryId = entries.get(ref.entry)!.sameId;
    return entryId === undefined ? undefined : statementHere(db, entryId, ref.step, ref.item);
  };
  const summary: RegisterSummary = { imported: 0, skipped: 0 };
  // The file's groups: where each is here, and whether statements came to it.
  const groupIds = new Map<number, number>();
  const received = new Set<number>();
  for (const group of register.groups) {
    const placed = group.statements.flatMap((ref) => {
      const id = added(ref);
      return id === undefined ? [] : [{ id, linkedBy: ref.linkedBy }];
    });
    const here = new Set(group.statements.flatMap((ref) => same(ref)?.groupId ?? []));
    const continued = here.size === 1 ? [...here][0]! : undefined;
    if (continued !== undefined) groupIds.set(group.id, continued);
    if (placed.length === 0 || continued !== undefined) summary.skipped++;
    if (placed.length === 0) continue;
    const id =
      continued ?? insertPersonGroup(db, keepIds ? group.id : undefined, group.label, now.toISOString());
    groupIds.set(group.id, id);
    received.add(group.id);
    for (const statement of placed) placeStatement(db, statement.id, id, statement.linkedBy);
    if (continued === undefined) {
      for (const test of group.tests) insertTest(db, id, test);
      summary.imported++;
    } else continueGroup(db, id, group.label, group.tests);
  }
  for (const kind of ['opposite', 'notOpposite'] as const) {
    for (const [a, b] of kind === 'opposite' ? register.opposites : register.notOpposites) {
      const [x, y] = [groupIds.get(a), groupIds.get(b)];
      if (x !== undefined && y !== undefined && (received.has(a) || received.has(b)))
        insertGroupPair(db, kind, x, y);
    }
  }
  for (const pair of register.different) {
    const came = pair.map(added);
    const [x, y] = pair.map((ref, i) => came[i] ?? same(ref)?.id);
    if (x !== undefined && y !== undefined && came.some((id) => id !== undefined)) insertDifferent(db, x, y);
  }
  return summary;
}
