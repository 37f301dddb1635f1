import { readFileSync, writeFileSync } from 'node:fs';
import type { Context } from '../../context.js';
import { UserError } from '../../errors.js';
import { parseCount } from '../options.js';

/** Reads a file's bytes, or stdin's for "-"; failures are one clear line. */
export function readBytes(source: string): Buffer {
  const label = source === '-' ? 'stdin' : source;
  try {
    return source === '-' ? readFileSync(0) : readFileSync(source);
  } catch (error) {
    throw new UserError(`${label}: ${readFailure(error)}`);
  }
}

export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, expected a YAML file';
  if (code === 'EACCES') return 'permission denied';
  return `cannot read (${code ?? String(error)})`;
}

/** Writes to `out` (never replacing a file) or to stdout. */
export function writeOut(ctx: Context, text: string, out: string | undefined): void {
  // `-` is stdout, as for `export --out -`; a file named `-` is `./-`.
  if (!out || out === '-') {
    ctx.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  try {
    writeFileSync(out, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new UserError(`${out} already exists; not overwritten`, {
        hint: 'choose another --out file, or remove that one first',
      });
    if (code === 'ENOENT') throw new UserError(`${out}: the folder does not exist`);
    throw new UserError(`cannot write ${out} (${code ?? String(error)})`);
  }
  ctx.note(`wrote ${out}`);
}

export function parseVersion(text: string | undefined): number | undefined {
  return text === undefined ? undefined : parseCount(text, '--version');
}
