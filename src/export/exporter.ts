import { once } from 'node:events';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { type EntryQuery, isFiltered } from '../domain/query.js';
import type { Entry, PromptSet } from '../domain/types.js';
import { UserError } from '../errors.js';
import { cannotWrite } from '../fs-errors.js';
import { setVersion } from '../prompt-catalog.js';
import {
  type AssignmentExport,
  assignmentsForExport,
  entryIdsForAssignment,
  getAssignment,
} from '../store/assignments.js';
import type { Db } from '../store/db.js';
import type { StoredSet } from '../store/prompt-sets.js';
import { readPersonRegister, syncDecidedStatements } from '../store/register-transfer.js';
import {
  assignmentIdsOfSelection,
  countSelected,
  iterateEntries,
  iterateEntryHeads,
  latestSetsOf,
  type Selection,
  selectionOf,
  setsOfSelection,
} from '../store/transfer.js';
import { entryFileName } from './file-names.js';
import { fileWriter, tempPath } from './file-writer.js';
import type { ExportFormat } from './formats.js';
import type { ExportPromptSet } from './journal-json.js';

/**
 * Writes an export to stdout, one file, or one file per entry in a folder. Entries stream from the
 * database straight into the output in chunks, so memory stays flat however large the journal is. Files
 * are written beside their final name and renamed into place; nothing that exists is replaced without
 * `force`, and nothing is written outside the target.
 */

export type ExportTarget =
  | { kind: 'stdout' }
  | { kind: 'file'; path: string }
  | { kind: 'dir'; path: string };

export interface ExportJob {
  format: ExportFormat;
  target: ExportTarget;
  selection: Selection;
  force: boolean;
  exportedAt: string;
  assignments: readonly AssignmentExport[];
}

export interface ExportIo {
  stdout: NodeJS.WritableStream;
  /** Progress: done of total entries. */
  progress?(done: number, total: number): void;
}

export interface ExportResult {
  entries: number;
  files: number;
}

const CHUNK_CHARS = 1 << 20;
const MAX_CONFLICTS_SHOWN = 5;

/**
 * `--assignment <id>` narrows the query to the entries that completed it. The JSON export carries the
 * assignments of what it exports: all of them for a whole-journal export, otherwise those the selected
 * entries completed (and the one asked for).
 */
export function narrowToAssignment(
  db: Db,
  query: EntryQuery,
  assignmentId: number | undefined,
): { query: EntryQuery; assignments: AssignmentExport[] } {
  if (assignmentId === undefined) {
    const filtered = isFiltered(query) || query.limit !== undefined;
    return {
      query,
      assignments: filtered
        ? assignmentsForExport(db, assignmentIdsOfSelection(db, selectionOf(query)))
        : assignmentsForExport(db),
    };
  }
  if (!getAssignment(db, assignmentId)) {
    throw new UserError(`no assignment with id ${assignmentId}`, {
      hint: 'see them with: reflect assignments',
    });
  }
  const completed = entryIdsForAssignment(db, assignmentId);
  const ids = query.ids ? completed.filter((id) => query.ids!.includes(id)) : completed;
  const narrowed = { ...query, ids };
  const linked = new Set([assignmentId, ...assignmentIdsOfSelection(db, selectionOf(narrowed))]);
  return { query: narrowed, assignments: assignmentsForExport(db, [...linked]) };
}

/**
 * `--out`: a trailing slash or an existing folder means one file per entry — and so does a name without an
 * extension, for formats that write one file per entry (`--out notes` is a folder, `--out notes.md` a file).
 */
export function resolveTarget(out: string | undefined, format: ExportFormat, cwd: string): ExportTarget {
  // `-` is stdout, as `import -` reads stdin; a file really named `-` is `./-`.
  if (out === undefined || out === '-') return { kind: 'stdout' };
  if (out.trim() === '') throw new UserError('--out needs a file or folder name');
  const path = resolve(cwd, out);
  const wantsDir =
    out.endsWith('/') ||
    out.endsWith(sep) ||
    isDirectory(path) ||
    (format.filePerEntry && extname(path) === '' && !exists(path));
  if (!wantsDir) return { kind: 'file', path };
  if (!format.filePerEntry) {
    throw new UserError(`the ${format.name} export is one document; --out needs a file name, not a folder`, {
      hint: `e.g. --out journal${format.extension}`,
    });
  }
  return { kind: 'dir', path };
}

export async function runExport(db: Db, job: ExportJob, io: ExportIo): Promise<ExportResult> {
  if (job.target.kind === 'stdout') return exportTo(db, job, io);
  const path = job.target.path;
  try {
    return await exportTo(db, job, io);
  } catch (error) {
    throw cannotWrite(error, path);
  }
}

async function exportTo(db: Db, job: ExportJob, io: ExportIo): Promise<ExportResult> {
  const total = countSelected(db, job.selection);
  if (job.target.kind === 'dir') return exportToDir(db, job, job.target.path, total, io);
  const header = {
    exportedAt: job.exportedAt,
    promptSets: exportedSets(db, job).map(
      (s): ExportPromptSet => ({
        source: s.source,
        addedAt: s.addedAt,
        ...(s.removedAt === null ? {} : { removedAt: s.removedAt }),
        yaml: s.yaml,
        set: s.set,
      }),
    ),
    assignments: job.assignments,
    register: job.format.carriesRegister ? personRegister(db, job.selection) : undefined,
  };
  if (job.target.kind === 'stdout') {
    const out = new ChunkedWriter((text) => writeStream(io.stdout, text));
    await writeDocument(db, job, header, out, total, io);
    return { entries: total, files: 0 };
  }
  const path = job.target.path;
  if (!job.force && exists(path)) {
    throw new UserError(`${path} already exists; nothing was written`, { hint: 'add --force to replace it' });
  }
  await atomicFile(path, async (write) => {
    const out = new ChunkedWriter(async (text) => write(text));
    await writeDocument(db, job, header, out, total, io);
  });
  return { entries: total, files: 1 };
}

/** The person's decisions about the selected entries' statements, those of entries edited since included. */
function personRegister(db: Db, selection: Selection) {
  syncDecidedStatements(db);
  return readPersonRegister(db, selection);
}

/**
 * The set versions the entries were written with, and the current version of each exported assignment's set:
 * an assignment not yet started has no entry to bring its set along, and would come back without it.
 */
function exportedSets(db: Db, job: ExportJob): StoredSet[] {
  const sets = new Map<string, StoredSet>();
  const assignmentSets = [...new Set(job.assignments.map((a) => a.set))];
  for (const s of [...setsOfSelection(db, job.selection), ...latestSetsOf(db, assignmentSets)])
    sets.set(`${s.set.id}@${s.set.version}`, s);
  return [...sets.values()].sort((a, b) =>
    a.set.id < b.set.id ? -1 : a.set.id > b.set.id ? 1 : a.set.version - b.set.version,
  );
}

async function writeDocument(
  db: Db,
  job: ExportJob,
  header: Parameters<ExportFormat['head']>[0],
  out: ChunkedWriter,
  total: number,
  io: ExportIo,
): Promise<void> {
  const sets = setCache(db);
  await out.write(job.format.head(header));
  let index = 0;
  for (const entry of iterateEntries(db, job.selection)) {
    await out.write(job.format.entry(entry, sets(entry), index));
    index++;
    io.progress?.(index, total);
  }
  await out.write(job.format.tail(index));
  await out.flush();
}

async function exportToDir(
  db: Db,
  job: ExportJob,
  dir: string,
  total: number,
  io: ExportIo,
): Promise<ExportResult> {
  if (exists(dir) && !isDirectory(dir)) {
    throw new UserError(`${dir} is a file, not a folder`, { hint: 'give --out a folder name ending in /' });
  }
  const existing = new Set(listDir(dir));
  if (!job.force && existing.size > 0) {
    const conflicts: string[] = [];
    let count = 0;
    for (const head of iterateEntryHeads(db, job.selection)) {
      const name = entryFileName(head, job.format.extension);
      if (!existing.has(name)) continue;
      count++;
      if (conflicts.length < MAX_CONFLICTS_SHOWN) conflicts.push(name);
    }
    if (count > 0) {
      throw new UserError(
        `${count} file${count === 1 ? '' : 's'} already exist${count === 1 ? 's' : ''} in ${dir}: ${conflicts.join(', ')}${count > conflicts.length ? ', …' : ''}; nothing was written`,
        { hint: 'add --force to replace them, or choose another folder' },
      );
    }
  }
  // The folder --out names; the command has checked that the one above it exists.
  mkdirSync(dir, { recursive: true });
  const sets = setCache(db);
  const files = fileWriter(total);
  let index = 0;
  try {
    for (const entry of iterateEntries(db, job.selection)) {
      const name = entryFileName(entry, job.format.extension);
      const path = join(dir, name);
      // The name is built from letters, digits and dashes; this is the last line of defence all the same.
      if (dirname(path) !== dir || basename(path) !== name)
        throw new Error(`unsafe export file name: ${name}`);
      await files.write(path, job.format.entry(entry, sets(entry), 0));
      index++;
      io.progress?.(index, total);
    }
    await files.finish();
  } catch (error) {
    await files.abort();
    throw error;
  }
  return { entries: index, files: index };
}

/** The set version each entry was written with, looked up once per version. */
function setCache(db: Db): (entry: Entry) => PromptSet {
  const cache = new Map<string, PromptSet>();
  return (entry) => {
    const key = `${entry.setId}@${entry.setVersion}`;
    let set = cache.get(key);
    if (!set) {
      set = setVersion(db, entry.setId, entry.setVersion);
      cache.set(key, set);
    }
    return set;
  };
}

/** Collects small strings into ~1 MB chunks before handing them to the sink. */
class ChunkedWriter {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly sink: (text: string) => Promise<void>) {}

  async write(text: string): Promise<void> {
    if (!text) return;
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await this.sink(text);
  }
}

/** Waits for the stream to drain when its buffer is full, so a slow reader never makes us buffer it all. */
async function writeStream(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Writes through a temporary file in the same folder and renames it into place when complete. */
async function atomicFile(
  path: string,
  fill: (write: (text: string) => void) => Promise<void>,
  durable = true,
): Promise<void> {
  const temp = tempPath(path);
  const fd = openSync(temp, 'w', 0o600);
  let open = true;
  try {
    await fill((text) => {
      writeSync(fd, text);
    });
    if (durable) fsyncSync(fd);
    open = false;
    closeSync(fd);
    renameSync(temp, path);
  } catch (error) {
    if (open) closeSync(fd);
    rmQuietly(temp);
    throw error;
  }
}

function rmQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {}
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
