/**
 * File-system failures a person can fix, in the same few words wherever reflect reads or writes a file. Each
 * caller puts the words in its own sentence and says what a code means in its place (a missing path is "no such
 * file" when reading, "a folder on the way is missing" when writing); a code no one names stays an error to
 * report.
 */

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
