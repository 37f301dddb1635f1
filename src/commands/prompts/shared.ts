import { readFileSync, writeFileSync } from 'node:fs';
import type { Context } from '../../context.js';
import { UserError } from '../../errors.js';
import { cannotWrite, errnoCode, readReason } from '../../fs-errors.js';
import { parseCount, requireOutFolder } from '../options.js';

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
  return (
    readReason(error, 'is a folder, expected a YAML file') ??
    `cannot read (${errnoCode(error) ?? String(error)})`
  );
}

/** Writes to `out` (never replacing a file) or to stdout. */
export function writeOut(ctx: Context, text: string, out: string | undefined): void {
  // `-` is stdout, as for `export --out -`; a file named `-` is `./-`.
  if (!out || out === '-') {
    ctx.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  requireOutFolder(out);
  try {
    writeFileSync(out, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new UserError(`${out} already exists; nothing was written`, {
        hint: 'choose another --out file, or remove that one first',
      });
    throw cannotWrite(error, out);
  }
  ctx.note(`wrote ${out}`);
}

export function parseVersion(text: string | undefined): number | undefined {
  return text === undefined ? undefined : parseCount(text, '--version');
}
