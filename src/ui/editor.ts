import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Config } from '../config.js';
import { UserError } from '../errors.js';

/** The editor the person chose: REFLECT_EDITOR > VISUAL > EDITOR > the config's `editor`; none → undefined. */
export function chosenEditor(
  env: Readonly<Record<string, string | undefined>>,
  config: Readonly<Config>,
): string | undefined {
  for (const candidate of [env.REFLECT_EDITOR, env.VISUAL, env.EDITOR, config.editor]) {
    if (candidate && candidate.trim() !== '') return candidate.trim();
  }
  return undefined;
}

export const DEFAULT_EDITOR = 'vi';

/** A private file for the person's text; it stays on disk until `remove()`, so nothing typed is lost. */
export interface EditFile {
  path: string;
  read(): string;
  write(text: string): void;
  remove(): void;
}

export function createEditFile(name: string, text: string): EditFile {
  const dir = mkdtempSync(join(tmpdir(), 'reflect-edit-'));
  const path = join(dir, name);
  const file: EditFile = {
    path,
    read: () => readFileSync(path, 'utf8'),
    write: (content) => writeFileSync(path, content, { mode: 0o600 }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  file.write(text);
  return file;
}

/**
 * Opens `path` in the editor and waits for it to close. The command goes through `sh -c '<editor> "$@"'` (as git
 * does), so editors with arguments ("code --wait", "emacs -nw") and quoted paths work.
 */
export async function openInEditor(command: string, path: string): Promise<void> {
  // The shell would print its own "not found" line before ours: look the program up first.
  if (!programExists(command)) throw editorNotFound(command);
  // While the editor owns the terminal, Ctrl-C belongs to it; reflect waits instead of dying mid-edit.
  const ignore = () => {};
  process.on('SIGINT', ignore);
  try {
    const status = await new Promise<number | null>((resolve, reject) => {
      const child = spawn('/bin/sh', ['-c', `${command} "$@"`, command, path], { stdio: 'inherit' });
      child.on('error', reject);
      child.on('exit', (code, signal) => resolve(signal ? null : code));
    });
    if (status === 127) throw editorNotFound(command);
    if (status !== 0) {
      throw new UserError(
        `editor "${command}" ${status === null ? 'was stopped' : `exited with status ${status}`}`,
      );
    }
  } finally {
    process.off('SIGINT', ignore);
  }
}

function editorNotFound(command: string): UserError {
  return new UserError(`editor "${command}" was not found`, {
    hint: 'set $EDITOR, or: reflect config set editor "nano"',
  });
}

/**
 * Whether the command's program can be found. Only a plain first word is checked; anything the shell must
 * interpret first (quotes, variables, assignments) is left to the shell.
 */
function programExists(command: string): boolean {
  const program = command.trim().split(/\s+/)[0] ?? '';
  if (!program || /["'`$=\\]/.test(program)) return true;
  const candidates = program.includes('/')
    ? [program]
    : (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir || '.', program));
  return candidates.some((candidate) => {
    try {
      accessSync(candidate, constants.X_OK);
      return !statSync(candidate).isDirectory();
    } catch {
      return false;
    }
  });
}
