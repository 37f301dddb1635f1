import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin', 'reflect.js');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A temp folder with a journal path in it; `cleanup()` removes it. */
export function tempJournal(prefix = 'reflect-test-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, db: join(dir, 'journal.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Fixed clock and zone so output is reproducible; colour off. */
export const TEST_ENV = {
  NO_COLOR: '1',
  TZ: 'Europe/Amsterdam',
  REFLECT_NOW: '2026-11-24T10:00:00+01:00',
  LANG: 'C.UTF-8',
} as const;

/** Where a test that leaves the journal path to reflect's defaults writes: never the real home. */
export const SANDBOX = mkdtempSync(join(tmpdir(), 'reflect-home-'));
process.on('exit', () => rmSync(SANDBOX, { recursive: true, force: true }));

/** Spawns the real bin/reflect.js (no TTY: stdin is a pipe). */
export function reflect(
  args: string[],
  options: { db?: string; input?: string; env?: Record<string, string | undefined>; cwd?: string } = {},
): CliResult {
  const env: Record<string, string | undefined> = {
    ...process.env,
    HOME: SANDBOX,
    XDG_DATA_HOME: join(SANDBOX, 'data'),
    XDG_CONFIG_HOME: join(SANDBOX, 'config'),
    ...TEST_ENV,
    ...options.env,
  };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  delete env.FORCE_COLOR;
  if (options.db) env.REFLECT_DB = options.db;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: env as NodeJS.ProcessEnv,
    input: options.input ?? '',
    encoding: 'utf8',
    cwd: options.cwd ?? ROOT,
    timeout: 30_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Parses stdout as JSON, failing the test with stderr when the command failed. */
export function reflectJson<T = unknown>(args: string[], options: Parameters<typeof reflect>[1] = {}): T {
  const result = reflect([...args, '--json'], options);
  if (result.code !== 0) throw new Error(`reflect ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

export function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
}

/**
 * Saves the two register fixtures (a budget talk and a planning talk with Dana, whose assumptions recur) through
 * `reflect new --answers`: the earlier entries that link-as-you-write and the register tests start from.
 */
export function saveRegisterEntries(db: string): void {
  for (const file of ['budget-1.json', 'planning-2.json']) {
    const saved = reflect(
      ['new', '--set', 'left-hand-column', '--answers', join(FIXTURES, 'register', file)],
      { db },
    );
    if (saved.code !== 0) throw new Error(`saving ${file} failed: ${saved.stderr}`);
  }
}
