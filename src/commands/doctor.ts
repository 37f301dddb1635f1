import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import chalk from 'chalk';
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { type Context, configHome } from '../context.js';
import { dueNow, statusOf } from '../domain/assignment.js';
import { localDay } from '../domain/cadence.js';
import { type Check, type HealthFacts, isHealthy, judgeHealth, octal } from '../domain/health.js';
import { UserError } from '../errors.js';
import { listAssignments } from '../store/assignments.js';
import type { Db } from '../store/db.js';
import { describeSqliteError, inspectStore } from '../store/db.js';
import { readDbFacts } from '../store/health.js';
import { SCHEMA_VERSION } from '../store/migrations/index.js';
import { describeState } from '../ui/assignment-view.js';
import { displayWidth, indent, wrap } from '../ui/render.js';

export function registerDoctor(program: Command, ctx: Context): void {
  program
    .command('doctor')
    .description('check the journal: integrity, schema, permissions, counts (never changes anything)')
    .addHelpText(
      'after',
      `
Exit status: 0 when healthy, 1 with the list of problems otherwise.

Examples:
  $ reflect doctor
  $ reflect doctor --json --db ~/backup/journal.db`,
    )
    .action(async () => {
      // cli.ts lets doctor run with a broken config file, so it can say what is wrong with it.
      const loaded = await loadConfig(ctx.env, configHome(ctx.env));
      const facts = {
        ...gatherFacts(ctx.dbPath(), ctx.now()),
        config: { path: loaded.path, problem: loaded.problem?.message ?? null },
      };
      const checks = judgeHealth(facts);
      const healthy = isHealthy(checks);
      if (ctx.globals.json) ctx.out(JSON.stringify(doctorJson(facts, checks, healthy), null, 2));
      else {
        // A terminal (or a COLUMNS someone set) has a width to keep to; piped, a check stays one line to grep.
        const width = ctx.io.stdout.isTTY || ctx.env.COLUMNS ? ctx.columns : Number.POSITIVE_INFINITY;
        for (const check of checks) ctx.out(checkLine(check, width));
      }
      if (!healthy) {
        if (!ctx.globals.json) ctx.note(chalk.red('reflect doctor: problems found (see above)'));
        process.exitCode = 1;
      }
    });
}

/** Opens the journal read-only: doctor never creates, migrates or repairs a journal. */
function gatherFacts(path: string, now: Date): HealthFacts {
  const file = {
    path,
    exists: false,
    sizeBytes: null as number | null,
    walBytes: null as number | null,
    fileMode: null as number | null,
    dirMode: modeOf(dirname(path)),
    openError: null as string | null,
    readOnlyFolder: false,
  };
  const stat = statOrNull(path);
  if (!stat) return { file, currentSchema: SCHEMA_VERSION, db: null };
  Object.assign(file, {
    exists: true,
    sizeBytes: stat.isFile() ? stat.size : null,
    fileMode: stat.mode & 0o777,
    walBytes: statOrNull(`${path}-wal`)?.size ?? 0,
  });
  let db: HealthFacts['db'] = null;
  try {
    const store = inspectStore(path)!;
    file.readOnlyFolder = store.copy;
    try {
      db = readDbFacts(store.db);
      // Only a journal at the current schema has assignments in the shape this build reads.
      if (db.schemaVersion === SCHEMA_VERSION) db.due = dueAssignments(store.db, now);
    } finally {
      store.close();
    }
  } catch (error) {
    const described = describeSqliteError(error, path);
    if (!(described instanceof UserError)) throw error;
    file.openError = described.message;
  }
  return { file, currentSchema: SCHEMA_VERSION, db };
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function modeOf(path: string): number | null {
  const stat = statOrNull(path);
  return stat ? stat.mode & 0o777 : null;
}

const MARK = { ok: chalk.green('✔'), info: chalk.dim('·'), warn: chalk.yellow('!'), fail: chalk.red('✘') };

/** `✔ name   message`; a message too long for the terminal goes on under itself, broken between words. */
function checkLine(check: Check, columns: number): string {
  const head = `${MARK[check.status]} ${check.name.padEnd(18)} `;
  const headWidth = 2 + 18 + 1; // the mark, the name column and a space; the mark's colour takes none
  const room = Math.max(columns - headWidth, 10);
  if (displayWidth(check.message) <= room) return head + check.message;
  const [first = '', ...rest] = wrap(check.message, room);
  return [head + first, ...indent(rest, ' '.repeat(headWidth))].join('\n');
}

/** The `doctor --json` shape (a public contract, see README.md, "reflect doctor"). */
function doctorJson(facts: HealthFacts, checks: Check[], healthy: boolean) {
  const { file, db } = facts;
  return {
    healthy,
    path: file.path,
    exists: file.exists,
    sizeBytes: file.sizeBytes,
    walBytes: file.walBytes,
    permissions: {
      file: file.fileMode === null ? null : octal(file.fileMode),
      dir: file.dirMode === null ? null : octal(file.dirMode),
    },
    readOnlyFolder: file.readOnlyFolder,
    config: facts.config ?? null,
    schemaVersion: db?.schemaVersion ?? null,
    currentSchemaVersion: facts.currentSchema,
    journalMode: db?.journalMode ?? null,
    integrity: db?.integrity ?? null,
    foreignKeyProblems: db?.foreignKeyProblems ?? null,
    counts: db?.counts ?? null,
    drafts: db?.drafts ?? null,
    due: db?.due ?? [],
    checks,
  };
}

/** What is due today or overdue, one line each ("check-in: overdue by 2 days, from Sam"). */
function dueAssignments(db: Db, now: Date): string[] {
  return dueNow(listAssignments(db).map((a) => statusOf(a, localDay(now)))).map(
    (s) =>
      `${s.assignment.setId}: ${describeState(s.state)}${s.assignment.from ? `, from ${s.assignment.from}` : ''}`,
  );
}
