import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { type CheckedEntry, checkEntry, type EntryChecks } from './import-check.js';
import { ImportProblem } from './import-formats.js';
import { JsonScanError, scanJsonFile } from './json-scan.js';

/**
 * The second pass of an import: every entry of the file, checked (`checkEntry`), handed to `onEntry` in file
 * order; the first problem is thrown after the entries before it were handed over, as if checked in line.
 *
 * A large file is read and checked on a worker thread while the caller writes the previous entries into
 * the database: reading, parsing and checking are a quarter of a 100k-entry import, and SQLite's work
 * cannot be split. The caller's transaction is synchronous, so it takes the worker's batches with
 * `receiveMessageOnPort`, waiting on a shared counter (`Atomics.wait`) when none is ready; the worker stays
 * at most `AHEAD` batches ahead, so memory stays flat whatever the file's size.
 */

/** From this many entries on, checking moves to a worker (starting one costs some 30 ms). */
export const WORKER_FROM_ENTRIES = 1000;
export const BATCH_ENTRIES = 256;
export const AHEAD = 8;

/** Shared counters: batches the worker has posted, batches the caller has taken, the worker has stopped. */
export const SENT = 0;
export const TAKEN = 1;
export const STOPPED = 2;

export interface WorkerInput {
  path: string;
  checks: { format: EntryChecks['format']; freeform: EntryChecks['freeform']; sets: [string, unknown][] };
  signal: Int32Array;
  port: MessagePort;
}

export type WorkerMessage = { entries: CheckedEntry[] } | { done: true } | { error: EncodedError };

export type EncodedError =
  | { kind: 'problem'; path: string; message: string; hint?: string | undefined }
  | { kind: 'json'; message: string; line: number }
  | { kind: 'system'; message: string; code: string | undefined };

export function encodeError(error: unknown): EncodedError {
  if (error instanceof ImportProblem)
    return { kind: 'problem', path: error.path, message: error.message, hint: error.hint };
  if (error instanceof JsonScanError) return { kind: 'json', message: error.message, line: error.line };
  const e = error as NodeJS.ErrnoException;
  return { kind: 'system', message: e?.stack ?? String(error), code: e?.code };
}

function decodeError(encoded: EncodedError): Error {
  if (encoded.kind === 'problem') return new ImportProblem(encoded.path, encoded.message, encoded.hint);
  if (encoded.kind === 'json') return new JsonScanError(encoded.message, encoded.line);
  const error: NodeJS.ErrnoException = new Error(`import worker: ${encoded.message}`);
  if (encoded.code) error.code = encoded.code;
  return error;
}

export function forEachCheckedEntry(
  path: string,
  checks: EntryChecks,
  total: number,
  onEntry: (checked: CheckedEntry) => void,
): void {
  const worker = total >= WORKER_FROM_ENTRIES ? workerScript() : undefined;
  if (worker) checkOnWorker(worker, path, checks, onEntry);
  else checkInLine(path, checks, onEntry);
}

function checkInLine(path: string, checks: EntryChecks, onEntry: (checked: CheckedEntry) => void): void {
  scanJsonFile(path, {
    stream: new Set(['entries']),
    onValue: () => {},
    onElement: (_key, index, text) => onEntry(checkEntry(text, index, checks)),
  });
}

/** The bundled worker, next to the bundled importer; absent when running from the TypeScript sources. */
function workerScript(): URL | undefined {
  const url = new URL('./import-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

function checkOnWorker(
  script: URL,
  path: string,
  checks: EntryChecks,
  onEntry: (checked: CheckedEntry) => void,
): void {
  const signal = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  const { port1, port2 } = new MessageChannel();
  const input: WorkerInput = {
    path,
    checks: { format: checks.format, freeform: checks.freeform, sets: [...checks.sets] },
    signal,
    port: port2,
  };
  const worker = new Worker(script, { workerData: input, transferList: [port2] });
  worker.unref();
  try {
    let taken = 0;
    for (;;) {
      const message = receiveMessageOnPort(port1)?.message as WorkerMessage | undefined;
      if (!message) {
        if (Atomics.load(signal, STOPPED) === 1 && Atomics.load(signal, SENT) === taken) {
          throw new Error('import worker: stopped without finishing');
        }
        // Sleeps until the worker posts (or briefly, when a posted batch is still on its way).
        Atomics.wait(signal, SENT, taken, 50);
        continue;
      }
      Atomics.store(signal, TAKEN, ++taken);
      Atomics.notify(signal, TAKEN);
      if ('error' in message) throw decodeError(message.error);
      if ('done' in message) return;
      for (const checked of message.entries) onEntry(checked);
    }
  } finally {
    port1.close();
    void worker.terminate();
  }
}
