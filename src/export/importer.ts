import { statementsOf } from '../domain/statements.js';
import type { AnswerMap, PromptSet } from '../domain/types.js';
import { UserError } from '../errors.js';
import { readReason } from '../fs-errors.js';
import { builtinSets } from '../prompt-catalog.js';
import { importAssignment, mergeAssignment } from '../store/assignments.js';
import type { Db } from '../store/db.js';
import { countEntries, getEntryByUuid, type NewEntry } from '../store/entries.js';
import { allStoredSets, getStoredSet, snapshotSet } from '../store/prompt-sets.js';
import { bulkWriter, entryIdByUuid, findSameAssignment, inTransaction } from '../store/transfer.js';
import { type EntryChecks, parseElement, setKey } from './import-check.js';
import { IMPORT_FORMATS, type ImportFormat, ImportProblem } from './import-formats.js';
import { forEachCheckedEntry } from './import-pipeline.js';
import { canonicalJson, type ExportEntry, type ExportPromptSet, toExportEntry } from './journal-json.js';
import { JsonScanError, scanJsonFile } from './json-scan.js';
import { entriesNamed } from './register-check.js';
import { type ImportedEntry, type RegisterSummary, restoreRegister } from './register-import.js';

/**
 * `reflect import`: two passes over the file, neither holding it in memory. The first reads everything but
 * the entries (and the first entry, to recognise the format) and counts them; the second checks each entry
 * and writes it, all in one transaction that is rolled back on the first problem — or at the end of a
 * dry run.
 */

export type ItemStatus = 'new' | 'unchanged' | 'conflict' | 'overwritten';

export interface ImportOptions {
  format?: ImportFormat['name'] | undefined;
  dryRun: boolean;
  overwrite: boolean;
  /** How messages name the file (default: its path), e.g. `stdin` for a copy of it. */
  name?: string | undefined;
  /** When set versions not in the file are first kept in the journal. */
  now: Date;
  /**
   * The file's assignments: `keep` adds new ones and updates those already here; `skip` leaves them all out.
   * Undefined: keep into a journal with no entries (a restore, a journal kept for one client), else add no new
   * one — someone else's schedule would show as due — but still update those already here.
   */
  assignments?: AssignmentMode | undefined;
}

export type AssignmentMode = 'keep' | 'skip';

export interface ImportHooks {
  /** Called before the second pass with the number of entries. */
  start?(total: number): void;
  /** Each entry as it is handled. */
  item?(status: ItemStatus, entry: ExportEntry, index: number): void;
}

export interface ImportSummary {
  format: ImportFormat['name'];
  total: number;
  imported: number;
  /** Already in the journal, identical. */
  unchanged: number;
  /** Same uuid, different content: skipped (or replaced with --overwrite). */
  conflicts: number;
  /** The first few of them, to name in the report. */
  firstConflicts: ExportEntry[];
  overwritten: number;
  /** Assignments the file brings (reflect exports): added, already here (updated), or left out; `mode`: for new ones. */
  assignments: { imported: number; unchanged: number; leftOut: number; mode: AssignmentMode };
  /** The file's assumption-register groups (undefined: the file carries no register). */
  register: RegisterSummary | undefined;
  dryRun: boolean;
}

const MAX_CONFLICTS_KEPT = 20;

/** From this many entries on, an import writes with a rollback journal when it can (see `inTransaction`). */
export const BULK_IMPORT_ENTRIES = 1000;

export function importFile(
  db: Db,
  path: string,
  options: ImportOptions,
  hooks: ImportHooks = {},
): ImportSummary {
  const name = options.name ?? path;
  try {
    return run(db, path, options, hooks);
  } catch (error) {
    if (error instanceof ImportProblem) {
      throw new UserError(`${name}: ${error.path}: ${error.message}`, error.hint ? { hint: error.hint } : {});
    }
    const reason = readReason(error, 'is a folder, expected a JSON file');
    if (reason) throw new UserError(`${name}: ${reason}`);
    if (error instanceof JsonScanError) {
      // A client given a coach's set file may try to import it.
      const promptSet = /\.ya?ml$/i.test(name);
      throw new UserError(`${name}: not valid JSON at line ${error.line}: ${error.message}`, {
        hint: promptSet
          ? `a prompt set is installed with: reflect prompts add ${name}`
          : 'reflect imports JSON: a reflect export, jrnl --format json, or a Day One JSON export',
      });
    }
    throw error;
  }
}

function run(db: Db, path: string, options: ImportOptions, hooks: ImportHooks): ImportSummary {
  // Pass 1: top-level values, the first entry, the count.
  const top = new Map<string, unknown>();
  let total = 0;
  let first: unknown;
  let arrays = 0;
  scanJsonFile(path, {
    stream: new Set(['entries']),
    onArray: () => {
      if (++arrays > 1) throw new ImportProblem('entries', 'appears twice in the file');
    },
    wantsText: (_key, index) => index === 0,
    onElement: (_key, index, text) => {
      total = index + 1;
      if (index === 0) first = parseElement(text, index);
    },
    onValue: (key, value) => {
      if (top.has(key) || (key === 'entries' && arrays > 0))
        throw new ImportProblem(key, 'appears twice in the file');
      top.set(key, value);
    },
  });
  if (top.has('entries')) throw new ImportProblem('entries', 'expected a list of entries');
  if (arrays === 0) throw new ImportProblem('entries', 'missing (expected a list of entries)');

  const format = chooseFormat(options.format, top, first, options.name ?? path);
  const header = format.header(top);
  const sets = new SetResolver(db, header.promptSets, options.now.toISOString());
  const checks: EntryChecks = { format: format.name, freeform: currentFreeform(), sets: sets.candidates() };

  hooks.start?.(total);
  return inTransaction(
    db,
    () => {
      const empty = countEntries(db) === 0;
      const mode = options.assignments ?? (empty ? 'keep' : 'skip');
      const summary: ImportSummary = {
        format: format.name,
        total,
        imported: 0,
        unchanged: 0,
        conflicts: 0,
        firstConflicts: [],
        overwritten: 0,
        assignments: { imported: 0, unchanged: 0, leftOut: 0, mode },
        register: undefined,
        dryRun: options.dryRun,
      };
      // The entries the register names: where they are in the file, their statements, and whether they came.
      const named = header.register ? entriesNamed(header.register) : new Set<string>();
      const namedEntries = new Map<string, ImportedEntry>();
      const bulk = bulkWriter(db);
      // The file's uuids, each with the first entry that has it and what became of that one. Into an empty
      // journal only the file's own entries can share a uuid: SQLite is asked about one only when it repeats.
      const seen = new Map<string, { index: number; status: ItemStatus }>();
      forEachCheckedEntry(path, checks, total, ({ entry, index }) => {
        const set = checks.sets.get(setKey(entry.set, entry.setVersion))!;
        const earlier = seen.get(entry.uuid);
        const existingId = empty && earlier === undefined ? undefined : entryIdByUuid(db, entry.uuid);
        const same =
          existingId !== undefined &&
          canonicalJson(toExportEntry(getEntryByUuid(db, entry.uuid)!)) === canonicalJson(entry);
        if (earlier && format.name !== 'jrnl' && differsFromEarlier(earlier.status, same)) {
          throw new ImportProblem(
            `entries[${index}].uuid`,
            `repeats the uuid of entries[${earlier.index}], with other content`,
          );
        }
        let status: ItemStatus;
        let addedId: number | undefined;
        if (existingId === undefined) {
          sets.snapshot(set);
          addedId = bulk.insert(toNewEntry(entry, set));
          summary.imported++;
          status = 'new';
        } else if (same) {
          summary.unchanged++;
          status = 'unchanged';
        } else {
          summary.conflicts++;
          if (summary.firstConflicts.length < MAX_CONFLICTS_KEPT) summary.firstConflicts.push(entry);
          if (options.overwrite) {
            sets.snapshot(set);
            bulk.overwrite(existingId, toNewEntry(entry, set));
            summary.overwritten++;
            status = 'overwritten';
          } else status = 'conflict';
        }
        if (!earlier) seen.set(entry.uuid, { index, status });
        if (!earlier && named.has(entry.uuid))
          namedEntries.set(entry.uuid, {
            index,
            statements: statementsOfEntry(entry, set),
            addedId,
            sameId: status === 'unchanged' ? existingId : undefined,
          });
        hooks.item?.(status, entry, index);
      });
      bulk.finish();
      // After the entries: completions name their entries by uuid.
      for (const assignment of header.assignments) {
        const same = options.assignments === 'skip' ? undefined : findSameAssignment(db, assignment);
        if (same !== undefined) {
          mergeAssignment(db, same, assignment);
          summary.assignments.unchanged++;
        } else if (mode === 'keep') {
          sets.forAssignment(assignment.set);
          importAssignment(db, assignment);
          summary.assignments.imported++;
        } else summary.assignments.leftOut++;
      }
      if (header.register) summary.register = restoreRegister(db, header.register, namedEntries, options.now);
      return { result: summary, commit: !options.dryRun };
    },
    // A dry run writes nothing that stays; a small import is not worth changing the journal's mode for.
    { bulk: !options.dryRun && total >= BULK_IMPORT_ENTRIES },
  );
}

/**
 * Whether an entry that repeats a uuid of the file differs from the file's earlier entry with it: two entries
 * of a reflect or Day One file under one uuid are a broken file (read as a conflict with the file's own earlier
 * entry, which --overwrite replaced), while the same entry twice is skipped as already here. jrnl's uuids are
 * made from the date and text, so there a repeat is an entry written twice. `same`: the repeat equals the
 * journal's copy, which is the earlier entry unless that one was a conflict the journal kept its own copy for.
 */
function differsFromEarlier(earlier: ItemStatus, same: boolean): boolean {
  return earlier === 'conflict' ? same : !same;
}

function chooseFormat(
  name: ImportFormat['name'] | undefined,
  top: ReadonlyMap<string, unknown>,
  first: unknown,
  fileName: string,
): ImportFormat {
  if (name) return IMPORT_FORMATS.find((f) => f.name === name)!;
  const found = IMPORT_FORMATS.find((f) => f.detect(top, first));
  if (found) return found;
  throw new UserError(
    `${fileName}: cannot tell the format of this file: it is not a reflect export, nor a jrnl or Day One JSON export`,
    { hint: 'name it with --format reflect|jrnl|dayone' },
  );
}

function currentFreeform(): PromptSet {
  const found = builtinSets().find((c) => c.set.id === 'freeform');
  if (!found) throw new Error('the built-in freeform prompt set is missing');
  return found.set;
}

/** An entry's assumption statements as any journal derives them from its answers (syncStatements). */
function statementsOfEntry(entry: ExportEntry, set: PromptSet) {
  return entry.answers.flatMap((answer) =>
    answer.role === 'assumption'
      ? statementsOf({
          stepId: answer.step,
          kind: answer.kind,
          position: set.steps.findIndex((s) => s.id === answer.step),
          value: answer.value,
        })
      : [],
  );
}

function toNewEntry(entry: ExportEntry, set: PromptSet): NewEntry {
  const answers: AnswerMap = {};
  for (const answer of entry.answers) answers[answer.step] = answer.value;
  return {
    uuid: entry.uuid,
    set,
    title: entry.title,
    occurredAt: entry.occurredAt,
    utcOffset: entry.utcOffset,
    starred: entry.starred,
    people: entry.people,
    tags: entry.tags,
    answers,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
  };
}

/**
 * Finds the set version an entry was written with: in the file, in the journal, or among the built-in
 * sets. A file's set that differs from the journal's copy of the same id and version is refused — the
 * entries would otherwise be read with the wrong questions.
 */
class SetResolver {
  private readonly fromFile = new Map<string, ExportPromptSet>();
  private readonly snapshotted = new Set<string>();

  constructor(
    private readonly db: Db,
    fileSets: readonly ExportPromptSet[],
    private readonly now: string,
  ) {
    fileSets.forEach((item, i) => {
      const key = setKey(item.set.id, item.set.version);
      const seen = this.fromFile.get(key);
      if (seen && canonicalJson(seen.set) !== canonicalJson(item.set)) {
        throw new ImportProblem(
          `promptSets[${i}]`,
          `${item.set.id} v${item.set.version} appears twice, differently`,
        );
      }
      const stored = getStoredSet(db, item.set.id, item.set.version);
      if (stored && canonicalJson(stored.set) !== canonicalJson(item.set)) {
        throw new ImportProblem(
          `promptSets[${i}].set`,
          `prompt set ${item.set.id} v${item.set.version} differs from the one in this journal`,
          'give the changed set a new version number, then export again',
        );
      }
      this.fromFile.set(key, item);
    });
  }

  /** Every set version an entry of the file may use: the file's own, else the journal's, else built-in. */
  candidates(): Map<string, PromptSet> {
    const sets = new Map<string, PromptSet>();
    for (const { set } of builtinSets()) sets.set(setKey(set.id, set.version), set);
    for (const { set } of allStoredSets(this.db)) sets.set(setKey(set.id, set.version), set);
    for (const [key, item] of this.fromFile) sets.set(key, item.set);
    return sets;
  }

  /** An assignment needs its set even when no entry of the file uses it: the file's versions of it are kept. */
  forAssignment(setId: string): void {
    for (const item of this.fromFile.values()) if (item.set.id === setId) this.snapshot(item.set);
  }

  /** Keeps the set version in the journal (once per import), with the file's own record of it when given. */
  snapshot(set: PromptSet): void {
    const key = setKey(set.id, set.version);
    if (this.snapshotted.has(key)) return;
    this.snapshotted.add(key);
    const inFile = this.fromFile.get(key);
    if (inFile) {
      // A set removed where the file comes from stays removed here (when this journal had no copy of it).
      const removedAt = inFile.source === 'installed' ? (inFile.removedAt ?? null) : null;
      snapshotSet(this.db, inFile.set, inFile.source, inFile.yaml, inFile.addedAt, removedAt);
      return;
    }
    const builtin = builtinSets().find((c) => c.set.id === set.id && c.set.version === set.version);
    snapshotSet(this.db, set, builtin ? 'builtin' : 'installed', builtin?.yaml ?? null, this.now);
  }
}
