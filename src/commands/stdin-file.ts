import { closeSync, createWriteStream, existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Interrupted, UserError } from '../errors.js';

/** stdin, copied whole to a private file. */
export interface StdinFile {
  /** Where to read it, as many times as needed. */
  path: string;
  /** How many bytes came in. */
  size: number;
  /** Closes and removes the copy; safe to call more than once. */
  remove(): void;
}

/**
 * Copies stdin to a file for readers that take a path and read it more than once (the importer makes two
 * passes): a fresh folder from mkdtemp (0700) in the temp folder, the file in it 0600. On Linux the names are
 * removed as soon as the copy is complete and it is read through /proc/self/fd, so nothing is left behind
 * whatever ends the process later — a Ctrl-C in the middle of the (synchronous) import included. Elsewhere
 * the file keeps its name until remove(). A Ctrl-C (or SIGTERM) while stdin is still coming in ends with
 * Interrupted, the copy removed.
 */
export async function spoolStdin(stdin: NodeJS.ReadableStream): Promise<StdinFile> {
  let dir: string;
  try {
    dir = mkdtempSync(join(tmpdir(), 'reflect-stdin-'));
  } catch (error) {
    throw new UserError(`cannot keep stdin in a temporary folder under ${tmpdir()} (${codeOf(error)})`, {
      hint: 'set TMPDIR to a folder you can write to',
    });
  }
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  const file = join(dir, 'stdin');
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let size = 0;
  try {
    const out = createWriteStream(file, { flags: 'wx', mode: 0o600 });
    await pipeline(stdin, out, { signal: stop.signal });
    size = out.bytesWritten;
  } catch (error) {
    removeDir();
    if (stop.signal.aborted) throw new Interrupted();
    throw new UserError(`cannot keep stdin in a temporary folder under ${tmpdir()} (${codeOf(error)})`);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const fd = openSync(file, 'r');
  const byFd = `/proc/self/fd/${fd}`;
  if (!existsSync(byFd)) {
    closeSync(fd);
    return { path: file, size, remove: removeDir };
  }
  removeDir();
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return { path: byFd, size, remove: close };
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
