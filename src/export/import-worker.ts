import { workerData } from 'node:worker_threads';
import type { PromptSet } from '../domain/types.js';
import { type CheckedEntry, checkEntry, type EntryChecks } from './import-check.js';
import {
  AHEAD,
  BATCH_ENTRIES,
  encodeError,
  SENT,
  STOPPED,
  TAKEN,
  type WorkerInput,
  type WorkerMessage,
} from './import-pipeline.js';
import { scanJsonFile } from './json-scan.js';

/**
 * The import's worker thread (see `forEachCheckedEntry`): reads the file, checks each entry and posts them
 * in batches, never more than `AHEAD` batches ahead of the importer. Built as its own bundle,
 * dist/chunks/import-worker.js.
 */

const { path, checks: input, signal, port } = workerData as WorkerInput;
const checks: EntryChecks = {
  format: input.format,
  freeform: input.freeform,
  sets: new Map(input.sets as [string, PromptSet][]),
};

let sent = 0;
function post(message: WorkerMessage): void {
  port.postMessage(message);
  Atomics.store(signal, SENT, ++sent);
  Atomics.notify(signal, SENT);
}

let batch: CheckedEntry[] = [];
function flush(): void {
  if (batch.length === 0) return;
  post({ entries: batch });
  batch = [];
  for (let taken = Atomics.load(signal, TAKEN); sent - taken > AHEAD; taken = Atomics.load(signal, TAKEN)) {
    Atomics.wait(signal, TAKEN, taken, 1000);
  }
}

try {
  scanJsonFile(path, {
    stream: new Set(['entries']),
    onValue: () => {},
    onElement: (_key, index, text) => {
      batch.push(checkEntry(text, index, checks));
      if (batch.length === BATCH_ENTRIES) flush();
    },
  });
  flush();
  post({ done: true });
} catch (error) {
  // The entries before the problem first, as the in-line check would have handed them over.
  post({ entries: batch });
  post({ error: encodeError(error) });
} finally {
  Atomics.store(signal, STOPPED, 1);
  Atomics.notify(signal, SENT);
  port.close();
}
