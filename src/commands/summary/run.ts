import { statSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { Context } from '../../context.js';
import type { GroupFacts } from '../../domain/register.js';
import {
  historyWeeks,
  type Period,
  resolvePeriod,
  type Summary,
  type SummaryInput,
  summarize,
  summaryJson,
} from '../../domain/summary.js';
import { shiftWeek, type Week, weekContaining } from '../../domain/weeks.js';
import { UserError } from '../../errors.js';
import { cannotWrite } from '../../fs-errors.js';
import {
  ensureGrouped,
  entriesBetween,
  groupFacts,
  placementsBetween,
  statementsBetween,
} from '../../store/assumptions.js';
import type { Db } from '../../store/db.js';
import { entryLeads } from '../../store/entries.js';
import { getStoredSet } from '../../store/prompt-sets.js';
import { MSG } from '../../ui/messages.js';
import { excerpt } from '../../ui/render.js';
import { renderSummaryMarkdown, renderSummaryText } from '../../ui/summary-view.js';
import { groupingNote, loadEngine } from '../assumptions/engine.js';
import { outFile, parseCount, requireOutFolder } from '../options.js';

export interface SummaryOptions {
  week?: string;
  from?: string;
  to?: string;
  history: string;
  format?: 'text' | 'md' | 'json';
  out?: string;
  force?: boolean;
}

/** Longest history drawn (two years of weeks). */
const MAX_HISTORY = 104;

export async function runSummary(ctx: Context, given: SummaryOptions): Promise<void> {
  // `--out -` is stdout, as for `export --out -`; a file named `-` is `./-`.
  const options = given.out === '-' ? { ...given, out: undefined } : given;
  if (ctx.globals.json && options.format && options.format !== 'json')
    throw new UserError(MSG.jsonWithFormat(options.format), {
      hint: 'use one of them: --json, or --format text|md|json',
    });
  const format = ctx.globals.json ? 'json' : (options.format ?? 'text');
  if (options.force && options.out === undefined) throw new UserError(MSG.forceNeedsOut);
  const target = options.out === undefined ? undefined : outFile(options.out, ctx.dbPath(), 'summary');
  if (options.out !== undefined) checkOutFile(options.out, Boolean(options.force));
  const history = parseCount(options.history, '--history');
  if (history > MAX_HISTORY)
    throw new UserError(`--history must be at most ${MAX_HISTORY} weeks, got ${history}`);
  const now = ctx.now();
  const period = await resolvePeriod(options, now, ctx.config.weekStart);
  const db = ctx.store().db;
  const weeks = historyWeeks(period, history, ctx.config.weekStart);
  const windowStart = new Date(Math.min(weeks[0]!.start.getTime(), period.start.getTime()));
  await ensureGrouped(
    db,
    loadEngine,
    now,
    { from: windowStart.toISOString(), to: period.end.toISOString() },
    groupingNote(ctx),
  );
  const summarized = summarize(summaryInput(db, period, weeks, windowStart, ctx.config.weekStart));
  const summary = format === 'json' ? summarized : withUntitledNamed(db, summarized);
  const current = weekContaining(now, ctx.config.weekStart);
  const near = {
    thisWeek: current.label,
    lastWeek: shiftWeek(current, -1, ctx.config.weekStart).label,
    thisYear: now.getFullYear(),
  };
  const text =
    format === 'json'
      ? JSON.stringify(summaryJson(summary), null, 2)
      : format === 'md'
        ? renderSummaryMarkdown(summary, near)
        : options.out
          ? // A file is read later, elsewhere: plain text, whatever colours the terminal has.
            stripVTControlCharacters(renderSummaryText(summary, 80, near))
          : renderSummaryText(summary, ctx.columns, near);
  if (target === undefined) return ctx.out(text.replace(/\n$/, ''));
  const { writeFileAtomic } = await import('../../export/file-writer.js');
  try {
    writeFileAtomic(target, text.endsWith('\n') ? text : `${text}\n`);
  } catch (error) {
    throw cannotWrite(error, options.out!);
  }
  ctx.note(`summary written to ${options.out}`);
}

/**
 * Before any work (grouping writes to the journal): --out must name a file in a folder that exists, and one
 * that exists is replaced only with --force — as `export --out` does.
 */
function checkOutFile(out: string, force: boolean): void {
  if (out.trim() === '') throw new UserError('--out needs a file name');
  const existing = statOrNull(out);
  if (existing?.isDirectory())
    throw new UserError(`${out} is a folder; --out needs a file name`, {
      hint: `e.g. --out ${join(out, 'summary.md')}`,
    });
  if (existing && !force)
    throw new UserError(`${out} already exists; nothing was written`, { hint: 'add --force to replace it' });
  requireOutFolder(out);
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Everything summarize() needs, read from the journal. */
function summaryInput(
  db: Db,
  period: Period,
  weeks: Week[],
  windowStart: Date,
  weekStart: SummaryInput['weekStart'],
): SummaryInput {
  const statements = statementsBetween(db, period.start.toISOString(), period.end.toISOString());
  const earlier =
    windowStart < period.start
      ? placementsBetween(db, windowStart.toISOString(), new Date(period.start.getTime() - 1).toISOString())
      : [];
  const sets = new Map<string, { title: string; questions: string[] }>();
  const setInfo = (id: string, version: number) => {
    const key = `${id}@${version}`;
    let info = sets.get(key);
    if (!info) {
      // Every entry's set version is kept in the journal (snapshotted on save): no YAML to parse here.
      const set = getStoredSet(db, id, version)!.set;
      info = {
        title: set.title,
        questions: set.steps
          .filter((s) => s.role === 'test' || s.role === 'alternative')
          .map((s) => s.question),
      };
      sets.set(key, info);
    }
    return info;
  };
  const entries = entriesBetween(db, period.start.toISOString(), period.end.toISOString()).map((e) => ({
    id: e.id,
    setId: e.setId,
    setTitle: setInfo(e.setId, e.setVersion).title,
    people: e.people,
  }));
  const groups: Map<number, GroupFacts> = groupFacts(
    db,
    [...statements, ...earlier].flatMap((s) => (s.groupId === null ? [] : [s.groupId])),
  );
  return {
    period,
    weeks,
    weekStart,
    statements,
    earlier,
    entries,
    groups,
    questionsOf: (id, version) => setInfo(id, version).questions,
    fallbackQuestions: MSG.fallbackQuestions,
  };
}

/** Untitled entries named by their first words, as `list` names them, in the text and Markdown (not the JSON). */
function withUntitledNamed(db: Db, summary: Summary): Summary {
  const untitled = summary.recurring.flatMap((g) =>
    g.statements.filter((s) => !s.title).map((s) => s.entryId),
  );
  const leads = entryLeads(db, untitled);
  if (leads.size === 0) return summary;
  const name = (id: number, title: string) => title || excerpt(leads.get(id) ?? '', 60);
  return {
    ...summary,
    recurring: summary.recurring.map((g) => ({
      ...g,
      statements: g.statements.map((s) => ({ ...s, title: name(s.entryId, s.title) })),
      entries: g.entries.map((e) => ({ ...e, title: name(e.id, e.title) })),
    })),
  };
}
