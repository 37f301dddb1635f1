/** Judging a journal's health for `reflect doctor`: pure, from facts gathered by the store and the command. */

export type CheckStatus = 'ok' | 'info' | 'warn' | 'fail';

export interface Check {
  name: string;
  status: CheckStatus;
  message: string;
}

export interface FileFacts {
  path: string;
  exists: boolean;
  sizeBytes: number | null;
  walBytes: number | null;
  /** Permission bits, e.g. 0o600. */
  fileMode: number | null;
  dirMode: number | null;
  /** Why the journal could not be opened (damaged, not a journal, newer schema …). */
  openError: string | null;
  /** Read from an in-memory copy: its folder is read-only. */
  readOnlyFolder: boolean;
}

export interface HealthFacts {
  file: FileFacts;
  /** The config file, and why it cannot be used (every other command refuses to run then). */
  config?: { path: string; problem: string | null } | undefined;
  currentSchema: number;
  db: {
    schemaVersion: number;
    journalMode: string;
    integrity: string[];
    foreignKeyProblems: Array<{ table: string; rowid: number | null; parent: string }>;
    counts: Record<string, number>;
    drafts: { pending: number; oldestUpdatedAt: string | null };
    /** Assignments due today or overdue, one line each. */
    due?: string[] | undefined;
  } | null;
}

export const octal = (mode: number) => `0${(mode & 0o777).toString(8)}`;

/** Healthy means nothing to fix: no check warns or fails. */
export function isHealthy(checks: Check[]): boolean {
  return checks.every((c) => c.status === 'ok' || c.status === 'info');
}

export function judgeHealth(facts: HealthFacts): Check[] {
  const { file, db } = facts;
  const checks: Check[] = [];
  if (facts.config?.problem) {
    checks.push({ name: 'config', status: 'fail', message: `${facts.config.problem} (fix: reflect config)` });
  }
  if (!file.exists) {
    checks.push({
      name: 'journal',
      status: 'fail',
      message: `no journal at ${file.path} (the first \`reflect new\` creates it; or pass --db)`,
    });
    return checks;
  }
  if (file.openError || !db) {
    checks.push({ name: 'journal', status: 'fail', message: file.openError ?? 'cannot be opened' });
    return checks;
  }
  checks.push({
    name: 'journal',
    status: 'ok',
    message: `${file.path} (${formatBytes(file.sizeBytes ?? 0)})`,
  });
  if (db.schemaVersion < facts.currentSchema) {
    checks.push({
      name: 'schema',
      status: 'info',
      message: `version ${db.schemaVersion}; upgraded to ${facts.currentSchema} the next time reflect opens it`,
    });
  } else checks.push({ name: 'schema', status: 'ok', message: `version ${db.schemaVersion}` });
  checks.push(
    db.integrity.length === 1 && db.integrity[0] === 'ok'
      ? { name: 'integrity', status: 'ok', message: 'integrity_check ok' }
      : {
          name: 'integrity',
          status: 'fail',
          message: `integrity_check: ${db.integrity.slice(0, 3).join('; ')}`,
        },
  );
  checks.push(
    db.foreignKeyProblems.length === 0
      ? { name: 'foreign keys', status: 'ok', message: 'foreign_key_check ok' }
      : {
          name: 'foreign keys',
          status: 'fail',
          message: `${db.foreignKeyProblems.length} rows point at missing rows (first: ${db.foreignKeyProblems[0]!.table} ${db.foreignKeyProblems[0]!.rowid} → ${db.foreignKeyProblems[0]!.parent})`,
        },
  );
  const wal = file.readOnlyFolder
    ? 'read from a copy: the folder is read-only, so nothing can be saved there'
    : `journal_mode ${db.journalMode}, wal file ${formatBytes(file.walBytes ?? 0)}`;
  checks.push({
    name: 'wal',
    status: file.readOnlyFolder ? 'warn' : db.journalMode === 'wal' ? 'ok' : 'warn',
    message:
      db.journalMode === 'wal' || file.readOnlyFolder
        ? wal
        : `${wal} (expected wal: concurrent use is slower)`,
  });
  for (const [what, mode, fix] of [
    ['file', file.fileMode, 'chmod 600'],
    ['folder', file.dirMode, 'chmod 700'],
  ] as const) {
    if (mode === null) continue;
    const open = (mode & 0o077) !== 0;
    checks.push({
      name: `${what} permissions`,
      status: open ? 'warn' : 'ok',
      message: open
        ? `${octal(mode)}: other users can read your journal ${what} (${fix} ${what === 'file' ? 'the file' : 'its folder'})`
        : octal(mode),
    });
  }
  checks.push({
    name: 'counts',
    status: 'info',
    message: Object.entries(db.counts)
      .map(([label, n]) => `${n} ${n === 1 ? singular(label) : label}`)
      .join(', '),
  });
  if (db.drafts.pending > 0) {
    checks.push({
      name: 'drafts',
      status: 'info',
      message: `${db.drafts.pending} unfinished (continue with: reflect drafts)`,
    });
  }
  if (db.due && db.due.length > 0) {
    checks.push({ name: 'due', status: 'info', message: `${db.due.join('; ')} (see: reflect due)` });
  }
  return checks;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "1 entry", "1 person", "1 prompt set version": the count labels are plural nouns. */
function singular(label: string): string {
  if (label === 'people') return 'person';
  if (label.endsWith('entries')) return `${label.slice(0, -3)}y`;
  return label.endsWith('s') ? label.slice(0, -1) : label;
}
