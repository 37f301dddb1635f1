import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reflect } from './cli.js';
import { contentHash } from './journal.js';

/**
 * One row of the bad-input table: a command line (plus stdin and files) the CLI must refuse with an exit code
 * and a one-line message, leaving the journal unchanged. `{dir}` in args is the case's scratch folder, where
 * `files` are written first.
 */
export interface BadInput {
  name: string;
  args: string[];
  stdin?: string;
  files?: Record<string, string>;
  env?: Record<string, string | undefined>;
  /** Default 2 (a UserError or commander's usage error). */
  code?: number;
  /** Must occur in the first line of stderr. */
  message: string | RegExp;
}

/** The table builder: `bad(name, args, message, extra)` keeps the table one line a case. */
export function bad(
  name: string,
  args: string[],
  message: string | RegExp,
  extra: Omit<BadInput, 'name' | 'args' | 'message'> = {},
): BadInput {
  return { name, args, message, ...extra };
}

/** A JSON answers file under `{dir}` (for `files`). */
export const json = (value: unknown) => JSON.stringify(value);

/**
 * Runs a table against one fixed journal: `makeJournal(path)` builds it once; each case runs on it and the
 * journal's content hash must be the same afterwards.
 */
export function runBadInputs(title: string, makeJournal: (path: string) => void, cases: BadInput[]): void {
  describe(title, () => {
    const dir = mkdtempSync(join(tmpdir(), 'reflect-bad-input-'));
    const pristine = join(dir, 'pristine.db');
    const db = join(dir, 'journal.db');
    let hash = '';
    beforeAll(() => {
      makeJournal(pristine);
      copyFileSync(pristine, db);
      hash = contentHash(db);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('has unique case names', () => {
      expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    });

    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const scratch = mkdtempSync(join(dir, 'case-'));
      for (const [name, content] of Object.entries(c.files ?? {}))
        writeFileSync(join(scratch, name), content);
      const args = c.args.map((a) => a.replaceAll('{dir}', scratch));
      const result = reflect(args, { db, input: c.stdin ?? '', env: c.env ?? {} });
      const lines = result.stderr.trim().split('\n');
      expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: c.code ?? 2 });
      if (typeof c.message === 'string') expect(lines[0]).toContain(c.message);
      else expect(lines[0]).toMatch(c.message);
      expect(lines[0]).toMatch(/^reflect: /);
      expect(lines.length).toBeLessThanOrEqual(2); // the message and at most one hint
      expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(contentHash(db)).toBe(hash);
    });
  });
}
