import { endOfDay, startOfDay } from 'date-fns';
import { UserError } from '../errors.js';
import { parseWhen, rangeEnd, rangeStart } from './dates.js';
import { compareNames } from './names.js';
import type { GroupFacts, TestRecord } from './register.js';
import {
  localDay,
  parseWeek,
  shiftWeek,
  type Week,
  type WeekStart,
  weekContaining,
  weekLabel,
} from './weeks.js';

/** The stretch of time a summary covers: one week, or any --from/--to range (whole local days). */
export interface Period {
  /** First moment (local midnight). */
  start: Date;
  /** Last moment (23:59:59.999 local). */
  end: Date;
  /** `2026-W47`, or null for a --from/--to range. */
  week: string | null;
}

export interface PeriodOptions {
  week?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Reads --week or --from/--to against the clock; the default is the current week. */
export async function resolvePeriod(
  options: PeriodOptions,
  now: Date,
  weekStart: WeekStart,
): Promise<Period> {
  if (options.week !== undefined && (options.from !== undefined || options.to !== undefined)) {
    throw new UserError(`--week cannot be combined with --${options.from !== undefined ? 'from' : 'to'}`, {
      hint: 'use --week for one week, or --from/--to for any range',
    });
  }
  if (options.from === undefined && options.to === undefined) {
    const week =
      options.week === undefined
        ? weekContaining(now, weekStart)
        : await parseWeek(options.week, now, weekStart);
    return { start: week.start, end: week.end, week: week.label };
  }
  if (options.from === undefined) {
    throw new UserError('--to needs --from', {
      hint: 'e.g. reflect summary --from 2026-10-01 --to 2026-10-31',
    });
  }
  const from = await parseWhen(options.from, now, '--from', { pastWeekdays: true });
  const to =
    options.to === undefined
      ? { date: now, hasTime: false, span: 'day' as const }
      : await parseWhen(options.to, now, '--to', { pastWeekdays: true });
  // A summary covers whole days; a month or year given without a day covers all of it.
  const start = startOfDay(rangeStart(from));
  const end = endOfDay(rangeEnd(to));
  if (start > end && options.to === undefined) {
    throw new UserError(`--from (${options.from}) is later than today, where a summary without --to ends`, {
      hint: 'add --to for a period ahead, or give an earlier --from',
    });
  }
  if (start > end) {
    throw new UserError(`--from (${options.from}) is later than --to (${options.to})`, {
      hint: 'swap them, or leave out --to to mean today',
    });
  }
  return { start, end, week: null };
}

/** The `history` weeks ending with the week the period ends in, oldest first. */
export function historyWeeks(period: Period, history: number, weekStart: WeekStart): Week[] {
  const last = weekContaining(period.end, weekStart);
  const weeks: Week[] = [];
  for (let n = history - 1; n >= 0; n--) weeks.push(shiftWeek(last, -n, weekStart));
  return weeks;
}

/** A statement with what the summary needs of its entry. */
export interface SummaryStatement {
  id: number;
  groupId: number | null;
  text: string;
  entryId: number;
  /** ISO instant of the entry */
  date: string;
  title: string;
  setId: string;
  setVersion: number;
  people: string[];
  tags: string[];
}

export interface SummaryEntry {
  id: number;
  setId: string;
  setTitle: string;
  people: string[];
}

export interface SummaryInput {
  period: Period;
  /** Oldest first; the last one contains the end of the period. */
  weeks: Week[];
  weekStart: WeekStart;
  /** Statements of the entries in the period, oldest first. */
  statements: SummaryStatement[];
  /** Earlier statements, from the first history week on (only what history and "quiet" need), oldest first. */
  earlier: Array<Pick<SummaryStatement, 'groupId' | 'entryId' | 'date'>>;
  /** Entries in the period. */
  entries: SummaryEntry[];
  groups: ReadonlyMap<number, GroupFacts>;
  /** The questions of a set's `test` and `alternative` steps. */
  questionsOf(setId: string, setVersion: number): string[];
  /** Asked when the sets have no such questions. */
  fallbackQuestions: readonly string[];
}

export interface RecurringGroup {
  group: number;
  label: string;
  count: number;
  new: boolean;
  /** Every statement of the group was placed by the person (otherwise the grouping is a "possible" one). */
  confirmed: boolean;
  tested: TestRecord | null;
  statements: Array<{ entryId: number; text: string; date: string; title: string }>;
  entries: Array<{ id: number; date: string; title: string }>;
  people: string[];
  tags: string[];
  history: Array<{ week: string; count: number }>;
  question: string;
}

export interface Summary {
  from: string;
  to: string;
  week: string | null;
  entries: number;
  statements: number;
  recurring: RecurringGroup[];
  quiet: Array<{ group: number; label: string; lastSeen: string; count: number }>;
  /** `possible`: marked by the automatic grouping, not (yet) by the person. */
  opposites: Array<{ a: number; b: number; possible: boolean }>;
  bySet: Array<{ set: string; title: string; count: number }>;
  people: Array<{ name: string; count: number }>;
  /** Labels of every group seen in the period, for the text. */
  labels: Record<number, string>;
}

/** Groups that get a reflective question (and the most room in the text). */
export const TOP_GROUPS = 3;
const TOP_PEOPLE = 5;

/** Pure: what a period's assumptions looked like. The clock is not read; the period says when. */
export function summarize(input: SummaryInput): Summary {
  const { period } = input;
  const startIso = period.start.toISOString();
  const endIso = period.end.toISOString();
  const inPeriod = input.statements.filter((s) => s.date >= startIso && s.date <= endIso);
  const before = input.earlier.filter((s) => s.date < startIso);
  const byGroup = groupBy(inPeriod, (s) => s.groupId);
  const weekOf = weekFinder(input.weeks, input.weekStart);
  const windowByGroup = groupBy([...before, ...inPeriod], (s) => s.groupId);
  const historyFrom = input.weeks[0]?.start.toISOString() ?? '';
  const historyTo = input.weeks[input.weeks.length - 1]?.end.toISOString() ?? '';

  const recurring: RecurringGroup[] = [];
  for (const [groupId, members] of byGroup) {
    const entryIds = new Set(members.map((s) => s.entryId));
    if (entryIds.size < 2) continue;
    const facts = input.groups.get(groupId);
    const history = input.weeks.map((w) => ({ week: w.label, count: 0 }));
    const slot = new Map(history.map((h) => [h.week, h]));
    for (const s of windowByGroup.get(groupId) ?? []) {
      if (s.date < historyFrom || s.date > historyTo) continue; // a long period reaches past the history
      const h = slot.get(weekOf(s));
      if (h) h.count++;
    }
    const firstOfEntry = new Map<number, SummaryStatement>();
    for (const s of members) if (!firstOfEntry.has(s.entryId)) firstOfEntry.set(s.entryId, s);
    const entries = [...firstOfEntry.values()].map((s) => ({ id: s.entryId, date: s.date, title: s.title }));
    recurring.push({
      group: groupId,
      label: facts?.label ?? members[0]!.text.trim(),
      count: members.length,
      new: (facts?.firstSeen ?? members[0]!.date) >= startIso,
      confirmed: facts?.confirmed ?? false,
      tested: facts?.tested ?? null,
      statements: members.map((s) => ({ entryId: s.entryId, text: s.text, date: s.date, title: s.title })),
      entries,
      people: byFrequency(members.flatMap((s) => unique(s.people))).map((p) => p.name),
      tags: byFrequency(members.flatMap((s) => unique(s.tags))).map((p) => p.name),
      history,
      question: '',
    });
  }
  recurring.sort(
    (a, b) =>
      b.count - a.count ||
      b.entries.length - a.entries.length ||
      compareIso(lastDate(b), lastDate(a)) ||
      a.group - b.group,
  );
  const asked = new Set<string>();
  recurring.slice(0, TOP_GROUPS).forEach((g) => {
    g.question = questionFor(g, inPeriod, input, asked);
    asked.add(g.question);
  });

  const seenInPeriod = new Set(byGroup.keys());
  const quiet: Summary['quiet'] = [];
  for (const [groupId, members] of groupBy(before, (s) => s.groupId)) {
    if (seenInPeriod.has(groupId) || new Set(members.map((s) => s.entryId)).size < 2) continue;
    const last = members[members.length - 1]!;
    quiet.push({
      group: groupId,
      label: input.groups.get(groupId)?.label ?? `#${groupId}`,
      lastSeen: weekOf(last),
      count: members.length,
    });
  }
  quiet.sort((a, b) => compareIso(b.lastSeen, a.lastSeen) || b.count - a.count || a.group - b.group);

  const opposites: Summary['opposites'] = [];
  for (const groupId of [...seenInPeriod].sort((a, b) => a - b)) {
    for (const other of input.groups.get(groupId)?.opposites ?? []) {
      if (other.id > groupId && seenInPeriod.has(other.id))
        opposites.push({ a: groupId, b: other.id, possible: other.origin === 'auto' });
    }
  }

  const withStatements = new Set(inPeriod.map((s) => s.entryId));
  const sets = new Map<string, { set: string; title: string; count: number }>();
  for (const e of input.entries) {
    const row = sets.get(e.setId) ?? { set: e.setId, title: e.setTitle, count: 0 };
    row.count++;
    sets.set(e.setId, row);
  }
  return {
    from: localDay(period.start),
    to: localDay(period.end),
    week: period.week,
    entries: input.entries.length,
    statements: inPeriod.length,
    recurring,
    quiet,
    opposites,
    bySet: [...sets.values()].sort((a, b) => b.count - a.count || compareNames(a.set, b.set)),
    people: byFrequency(
      input.entries.filter((e) => withStatements.has(e.id)).flatMap((e) => unique(e.people)),
    ).slice(0, TOP_PEOPLE),
    labels: Object.fromEntries(
      [...byGroup].map(([id, members]) => [id, input.groups.get(id)?.label ?? members[0]!.text.trim()]),
    ),
  };
}

/** The public JSON (schema 1): scripts and tests rely on exactly these fields. */
export function summaryJson(summary: Summary) {
  return {
    schema: 1 as const,
    from: summary.from,
    to: summary.to,
    week: summary.week,
    entries: summary.entries,
    statements: summary.statements,
    recurring: summary.recurring.map((g) => ({
      group: g.group,
      label: g.label,
      count: g.count,
      new: g.new,
      confirmed: g.confirmed,
      tested: g.tested,
      statements: g.statements.map((s) => ({ entryId: s.entryId, text: s.text, date: s.date })),
      people: g.people,
      tags: g.tags,
      history: g.history,
    })),
    quiet: summary.quiet,
    opposites: summary.opposites.map(({ a, b }) => ({ a, b })),
  };
}

/**
 * One question per top group, from the `test`/`alternative` steps of the sets its entries were written with
 * (newest entry first), varied by group. A question an earlier top group was `asked` is passed over while the
 * sets, then the fallback questions, still have another: three groups with the same one read as a form.
 */
function questionFor(
  group: RecurringGroup,
  statements: SummaryStatement[],
  input: SummaryInput,
  asked: ReadonlySet<string>,
): string {
  const members = statements.filter((s) => s.groupId === group.group).reverse();
  const questions = unique(members.flatMap((s) => input.questionsOf(s.setId, s.setVersion)));
  const from = (pool: readonly string[]) =>
    pool.map((_, i) => pool[(group.group + i) % pool.length]!).find((q) => !asked.has(q));
  const pool = questions.length > 0 ? questions : input.fallbackQuestions;
  return from(questions) ?? from(input.fallbackQuestions) ?? pool[group.group % pool.length] ?? '';
}

/**
 * The week label of a statement's date: the history weeks are looked up by their bounds (ISO strings
 * compare in time order); dates outside them are computed.
 */
function weekFinder(weeks: readonly Week[], weekStart: WeekStart): (s: { date: string }) => string {
  const bounds = weeks.map((w) => ({
    start: w.start.toISOString(),
    end: w.end.toISOString(),
    label: w.label,
  }));
  return (s) => {
    let lo = 0;
    let hi = bounds.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = bounds[mid]!;
      if (s.date < b.start) hi = mid - 1;
      else if (s.date > b.end) lo = mid + 1;
      else return b.label;
    }
    return weekLabel(new Date(s.date), weekStart);
  };
}

/** ISO instants and week labels of one shape sort by their characters: that is time order. */
function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lastDate(g: RecurringGroup): string {
  return g.statements[g.statements.length - 1]?.date ?? '';
}

function groupBy<T>(items: readonly T[], key: (item: T) => number | null): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Names by how often they occur (case-insensitively), then alphabetically; first spelling kept. */
function byFrequency(names: readonly string[]): Array<{ name: string; count: number }> {
  const counts = new Map<string, { name: string; count: number }>();
  for (const name of names) {
    const key = name.toLowerCase();
    const row = counts.get(key) ?? { name, count: 0 };
    row.count++;
    counts.set(key, row);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || compareNames(a.name, b.name));
}
