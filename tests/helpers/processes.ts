import { spawn } from 'node:child_process';
import { BIN, type CliResult, ROOT, TEST_ENV } from './cli.js';

/** Like `reflect()` but asynchronous, so several can run at the same moment. */
export function reflectAsync(
  args: string[],
  options: { db?: string; input?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliResult> {
  return runAsync(process.execPath, [BIN, ...args], options);
}

export function runAsync(
  command: string,
  args: string[],
  options: { db?: string; input?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliResult> {
  const env: Record<string, string | undefined> = { ...process.env, ...TEST_ENV, ...options.env };
  delete env.FORCE_COLOR;
  if (options.db) env.REFLECT_DB = options.db;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: env as NodeJS.ProcessEnv, cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
