import type { DerivedStatement } from '../domain/statements.js';
import { ImportProblem } from './import-problem.js';
import type { ExportRegister, ExportStatementRef } from './journal-json.js';

/**
 * The checks of a file's `register` beyond its shape: that it is consistent in itself (before anything is
 * written), and that every statement it names is one of the file's entries says (after the entries are read).
 * Pure: problems are thrown as ImportProblem, which the import turns into one line and exit code 2.
 */

export function checkRegisterShape(register: ExportRegister): void {
  const groups = new Map<number, number>();
  const placed = new Map<string, number>();
  register.groups.forEach((group, g) => {
    const path = `register.groups[${g}]`;
    const earlier = groups.get(group.id);
    if (earlier !== undefined) {
      throw new ImportProblem(
        `${path}.id`,
        `group ${group.id} appears twice (also register.groups[${earlier}])`,
      );
    }
    groups.set(group.id, g);
    group.statements.forEach((ref, s) => {
      const key = refKey(ref);
      const other = placed.get(key);
      if (other !== undefined)
        throw new ImportProblem(`${path}.statements[${s}]`, `already in register.groups[${other}]`);
      placed.set(key, g);
    });
  });
  for (const field of ['opposites', 'notOpposites'] as const) {
    register[field].forEach((pair, i) => {
      const path = `register.${field}[${i}]`;
      for (const id of pair)
        if (!groups.has(id)) throw new ImportProblem(path, `no group ${id} in register.groups`);
      if (pair[0] === pair[1]) throw new ImportProblem(path, 'names the same group twice');
    });
  }
}

/** The uuids of the entries the register names (the entries whose statements the import needs to know). */
export function entriesNamed(register: ExportRegister): Set<string> {
  const uuids = new Set<string>();
  for (const { ref } of refsOf(register)) uuids.add(ref.entry);
  return uuids;
}

/** What the import knows of an entry the register names: where it is in the file and its statements. */
export interface NamedEntry {
  index: number;
  statements: readonly DerivedStatement[];
}

/** Every statement the register names must be one of its entry's, with the same words. */
export function checkRegisterRefs(register: ExportRegister, entries: ReadonlyMap<string, NamedEntry>): void {
  for (const { ref, path } of refsOf(register)) {
    const entry = entries.get(ref.entry);
    if (!entry) throw new ImportProblem(`${path}.entry`, `no entry with uuid ${ref.entry} in the file`);
    const statement = entry.statements.find((s) => s.stepId === ref.step && s.item === ref.item);
    if (!statement) {
      throw new ImportProblem(
        path,
        `entries[${entry.index}] has no statement ${ref.item} in step ${JSON.stringify(ref.step)}`,
      );
    }
    if (statement.text !== ref.text) {
      throw new ImportProblem(
        `${path}.text`,
        `entries[${entry.index}] says ${JSON.stringify(statement.text)} there`,
      );
    }
  }
}

export function refKey(ref: ExportStatementRef): string {
  return `${ref.entry}\u0000${ref.step}\u0000${ref.item}`;
}

function* refsOf(register: ExportRegister): Generator<{ ref: ExportStatementRef; path: string }> {
  for (const [g, group] of register.groups.entries()) {
    for (const [s, ref] of group.statements.entries())
      yield { ref, path: `register.groups[${g}].statements[${s}]` };
  }
  for (const [i, pair] of register.different.entries()) {
    for (const [side, ref] of pair.entries()) yield { ref, path: `register.different[${i}][${side}]` };
  }
}
