import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, reflect } from './cli.js';

/** A content hash of the journal and its WAL, to prove a failed command changed nothing. */
export function journalHash(db: string): string {
  const hash = createHash('sha256');
  for (const file of [db, `${db}-wal`]) if (existsSync(file)) hash.update(readFileSync(file));
  return hash.digest('hex');
}

export const ANSWERS = join(FIXTURES, 'answers');

/** Saves a fixture answers file as a new entry and returns its id. */
export function addEntry(
  db: string,
  fixture: string,
  set = 'left-hand-column',
  extra: string[] = [],
): number {
  const result = reflect(['new', '--set', set, '--answers', join(ANSWERS, fixture), ...extra], { db });
  if (result.code !== 0) throw new Error(`new failed: ${result.stderr}`);
  return Number(result.stdout.trim());
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
