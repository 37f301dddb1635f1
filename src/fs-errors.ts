/**
 * File-system failures a person can fix, in the same few words wherever reflect reads or writes a file. Each
 * caller puts the words in its own sentence and says what a code means in its place (a missing path is "no such
 * file" when reading, "a folder on the way is missing" when writing); a code no one names stays an error to
 * report.
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from './errors.js';

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
};

/** The errno code of a failed file-system call ("EACCES"), or undefined for any other error. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Why `error` happened, in a few words: `words` (this place's meaning of a code) first, then the common ones. */
export function fsReason(error: unknown, words: Readonly<Record<string, string>> = {}): string | undefined {
  const code = errnoCode(error);
  return code === undefined ? undefined : (words[code] ?? REASONS[code]);
}

/** Why a file could not be read: a missing file, `folder` when it is a folder, or a common reason. */
export function readReason(error: unknown, folder: string): string | undefined {
  return fsReason(error, { ENOENT: 'no such file', EISDIR: folder });
}

/** Whether `error` says the disk is full, where advice about the path would not help. */
export function isDiskFull(error: unknown): boolean {
  const code = errnoCode(error);
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/**
 * A failed write of `path` (an `--out` file or folder) as one line, `cannot write PATH: reason`, the same for
 * every writer; an error with no words here (a bug, an odd code) is returned as it is, to be reported.
 */
export function cannotWrite(error: unknown, path: string): unknown {
  const code = errnoCode(error);
  if (error instanceof UserError || !code) return error;
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    const file = fileOnTheWay(path);
    if (file) return new UserError(`cannot write ${path}: ${file} is not a folder`);
  }
  // ENOENT with the folder there: a file system that takes no new files (as root, /proc).
  const missing = isFolder(dirname(path))
    ? `the folder ${dirname(path)} does not take new files`
    : 'a folder on the way is missing';
  const reason = fsReason(error, { EISDIR: 'it is a folder', ENOENT: missing });
  return reason ? new UserError(`cannot write ${path}: ${reason}`) : error;
}

/** The first existing path above `path` that is a file rather than a folder. */
export function fileOnTheWay(path: string): string | undefined {
  const parts: string[] = [];
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) parts.unshift(dir);
  return parts.find((dir) => isFolder(dir) === false);
}

/** Whether `path` is a folder; undefined when nothing is there (or it cannot be looked at). */
function isFolder(path: string): boolean | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory();
  } catch {
    return undefined;
  }
}
