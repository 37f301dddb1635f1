import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, type CliResult, TEST_ENV } from './cli.js';
import { contentHash, fileHash } from './journal.js';

/**
 * One row of the bad-input table: a command line (plus stdin and files) the CLI must refuse with an exit code
 * and a one-line message, leaving the journal unchanged and writing no file. In args, `{dir}` is the row's
 * scratch folder (also the working directory), where `files` are written first, and `{db}` its journal.
 */
export interface BadInput {
  name: string;
  args: string[];
  stdin?: string;
  /** Relative paths (folders are created) → content. */
  files?: Record<string, string>;
  env?: Record<string, string | undefined>;
  /** Default 2 (a UserError or commander's usage error). */
  code?: number;
  /** Must occur in the first line of stderr; a string starting with "reflect: " must BE that line. */
  message: string | RegExp;
  /** The second line of stderr: a fragment of the hint, or false for none (the message is all there is). */
  hint?: string | false;
  /** Default: stdout stays empty. A command that lists problems on stdout (prompts validate) names them here. */
  stdout?: string | RegExp;
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

/** Every file under `dir` with its content hash, as "path hash" lines: "no file was written or changed". */
function folderState(dir: string): string[] {
  const lines: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) {
        lines.push(`${relative(dir, full)}/`);
        walk(full);
      } else lines.push(`${relative(dir, full)} ${fileHash(full)}`);
    }
  };
  walk(dir);
  return lines;
}

/** Spawns bin/reflect.js without blocking, so the rows of a table run side by side. */
function reflectAsync(
  args: string[],
  options: { cwd: string; input: string; env: Record<string, string | undefined> },
) {
  const env: Record<string, string | undefined> = { ...process.env, ...TEST_ENV, ...options.env };
  delete env.FORCE_COLOR;
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return new Promise<CliResult>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env: env as NodeJS.ProcessEnv,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
    child.stdin.on('error', () => {}); // a command that never reads stdin may exit before we finish writing
    child.stdin.end(options.input);
  });
}

/**
 * Runs a table against one journal: `makeJournal(path)` builds it once; each row gets its own byte copy in its
 * own folder (with its own config folder and home), so rows run concurrently and a row that wrongly writes is
 * the only one to fail. After each row: the journal file is byte-identical (when not, the failure says whether
 * rows changed too), and no file in the row's folder was added, removed or changed.
 */
export function runBadInputs(title: string, makeJournal: (path: string) => void, cases: BadInput[]): void {
  describe(title, () => {
    const dir = mkdtempSync(join(tmpdir(), 'reflect-bad-input-'));
    const pristine = join(dir, 'pristine.db');
    let rows = '';
    let bytes = '';
    beforeAll(() => {
      makeJournal(pristine);
      rows = contentHash(pristine);
      bytes = fileHash(pristine);
    }, 60_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('has unique case names', () => {
      expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    });

    it.concurrent.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      const scratch = mkdtempSync(join(dir, 'case-'));
      const db = join(scratch, 'journal.db');
      copyFileSync(pristine, db);
      for (const [name, content] of Object.entries(c.files ?? {})) {
        mkdirSync(dirname(join(scratch, name)), { recursive: true });
        writeFileSync(join(scratch, name), content);
      }
      const before = folderState(scratch);
      const fill = (text: string) => text.replaceAll('{dir}', scratch).replaceAll('{db}', db);
      const env = Object.fromEntries(
        Object.entries(c.env ?? {}).map(([key, value]) => [key, value === undefined ? value : fill(value)]),
      );
      const result = await reflectAsync(c.args.map(fill), {
        cwd: scratch,
        input: c.stdin ?? '',
        env: {
          HOME: join(scratch, 'home'),
          XDG_DATA_HOME: join(scratch, 'home', 'data'),
          XDG_CONFIG_HOME: join(scratch, 'config'),
          REFLECT_DB: db,
          EDITOR: 'false',
          VISUAL: undefined,
          REFLECT_EDITOR: undefined,
          ...env,
        },
      });
      const lines = result.stderr.trimEnd().split('\n');
      const seen = { code: result.code, stderr: result.stderr, stdout: result.stdout };
      expect(seen).toMatchObject({ code: c.code ?? 2 });
      if (typeof c.message === 'string' && c.message.startsWith('reflect: '))
        expect(lines[0], result.stderr).toBe(fill(c.message));
      else if (typeof c.message === 'string') expect(lines[0], result.stderr).toContain(fill(c.message));
      else expect(lines[0], result.stderr).toMatch(c.message);
      expect(lines[0]).toMatch(/^reflect: /);
      // The message and at most one hint (saying what to do next), never a second message or a stack.
      expect(lines.length, result.stderr).toBeLessThanOrEqual(2);
      if (lines[1] !== undefined) expect(lines[1]).not.toMatch(/^reflect: |^\s+at |^Error/);
      if (c.hint === false) expect(lines, 'no hint').toHaveLength(1);
      else if (c.hint !== undefined) expect(lines[1], 'hint').toContain(fill(c.hint));
      // No stack, and no raw SQLite (or FTS5) error standing in for a message.
      expect(result.stderr).not.toMatch(/internal error|\n\s+at .*:\d+|SQLITE_|fts5/i);
      if (c.stdout === undefined) expect(result.stdout, 'stdout').toBe('');
      else if (typeof c.stdout === 'string') expect(result.stdout).toContain(fill(c.stdout));
      else expect(result.stdout).toMatch(c.stdout);
      // Byte-identical implies every row is; the row-level hash only says more when the bytes differ.
      if (fileHash(db) !== bytes) expect(contentHash(db), 'journal rows').toBe(rows);
      expect(fileHash(db), 'journal bytes').toBe(bytes);
      expect(folderState(scratch), 'files in the folder').toEqual(before);
    });
  });
}
