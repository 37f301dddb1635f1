import { syncStatements } from '../store/assumptions.js';
import type { Db } from '../store/db.js';
import {
  hasGroups,
  insertDifferent,
  insertGroupPair,
  insertPersonGroup,
  insertTest,
  placeStatement,
  statementIdAt,
} from '../store/register-transfer.js';
import type { ExportRegister, ExportStatementRef } from './journal-json.js';
import { checkRegisterRefs, type NamedEntry } from './register-check.js';

/** An entry the register names, as the import left it: `id` is its id in this journal when the import added it. */
export interface ImportedEntry extends NamedEntry {
  addedId: number | undefined;
}

export interface RegisterSummary {
  /** Groups of the file restored here. */
  imported: number;
  /** Groups none of whose statements the import added (their entries were here already): left as they are. */
  skipped: number;
}

/**
 * Restores the file's register decisions, inside the import's transaction, for the statements of the entries
 * this import adds: each group with such statements becomes a group of the person's here (under the file's id
 * when this journal has no group yet), with its label and tests; opposite, "not opposite" and "not the same"
 * pairs follow when both of their sides came. Statements of entries already here keep this journal's decisions.
 * A statement the file's entries do not have is an ImportProblem (the import is rolled back).
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
  const statementOf = (ref: ExportStatementRef): number | undefined => {
    const entryId = entries.get(ref.entry)!.addedId;
    if (entryId === undefined) return undefined;
    // Statements are derived lazily (statement_backlog); these are needed now.
    if (!derived.has(entryId)) {
      syncStatements(db, entryId);
      derived.add(entryId);
    }
    return statementIdAt(db, entryId, ref.step, ref.item);
  };
  const summary: RegisterSummary = { imported: 0, skipped: 0 };
  const groupIds = new Map<number, number>();
  for (const group of register.groups) {
    const placed = group.statements.flatMap((ref) => {
      const id = statementOf(ref);
      return id === undefined ? [] : [{ id, linkedBy: ref.linkedBy }];
    });
    if (placed.length === 0) {
      summary.skipped++;
      continue;
    }
    const id = insertPersonGroup(db, keepIds ? group.id : undefined, group.label, now.toISOString());
    groupIds.set(group.id, id);
    for (const statement of placed) placeStatement(db, statement.id, id, statement.linkedBy);
    for (const test of group.tests) insertTest(db, id, test);
    summary.imported++;
  }
  for (const kind of ['opposite', 'notOpposite'] as const) {
    for (const [a, b] of kind === 'opposite' ? register.opposites : register.notOpposites) {
      const [x, y] = [groupIds.get(a), groupIds.get(b)];
      if (x !== undefined && y !== undefined) insertGroupPair(db, kind, x, y);
    }
  }
  for (const [a, b] of register.different) {
    const [x, y] = [statementOf(a), statementOf(b)];
    if (x !== undefined && y !== undefined) insertDifferent(db, x, y);
  }
  return summary;
}
