import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/** A content hash of the journal and its WAL, to prove a failed command changed nothing. */
export function journalHash(db: string): string {
  const hash = createHash('sha256');
  for (const file of [db, `${db}-wal`]) if (existsSync(file)) hash.update(readFileSync(file));
  return hash.digest('hex');
}
