import chalk from 'chalk';
import type { RecurringGroup, Summary } from '../domain/summary.js';
import { MSG } from './messages.js';
import { displayWidth, excerpt, formatDay, formatWeekday, indent, sparkline, wrap } from './render.js';

/** A space that does not break a line (private use: the text never holds one). */
const KEEP = '\uE000';

/** The period in words: "week 2026-W47 (16–22 Nov 2026)" or "1 Oct 2026 – 31 Oct 2026". */
export function periodName(summary: Pick<Summary, 'from' | 'to' | 'week'>): string {
  const range = periodRange(summary);
  return summary.week ? `week ${summary.week} (${range})` : range;
}

function periodRange(summary: Pick<Summary, 'from' | 'to'>): string {
  return `${formatDay(`${summary.from}T12:00:00`)} – ${formatDay(`${summary.to}T12:00:00`)}`;
}

/**
 * "Your assumptions, week 2026-W47 (16 Nov 2026 – 22 Nov 2026)" on one line when it fits; in a narrow terminal the
 * days go on the next line whole, rather than a break inside a date.
 */
function headingLines(summary: Summary, width: number): string[] {
  const heading = `Your assumptions, ${periodName(summary)}`;
  if (displayWidth(heading) <= width) return [heading];
  if (!summary.week) return wrap(heading, width);
  return [
    ...wrap(`Your assumptions, week ${summary.week}`, width),
    ...wrap(`(${periodRange(summary)})`, width),
  ];
}

/**
 * What has words of its own when a summary is read: the current week and the one before; and the current year,
 * which a day is shown without.
 */
export interface NearTime {
  thisWeek: string;
  lastWeek: string;
  thisYear: number;
}

/** The period after "Nothing written": "this week", "in 2020-W53", "between 1 Oct and 30 Nov 2026". */
function periodWords(summary: Pick<Summary, 'from' | 'to' | 'week'>, near: NearTime): string {
  if (summary.week === near.thisWeek) return 'this week';
  if (summary.week === near.lastWeek) return 'last week';
  if (summary.week) return `in ${summary.week}`;
  const to = formatDay(`${summary.to}T12:00:00`);
  if (summary.from === summary.to) return `on ${to}`;
  const from = formatDay(`${summary.from}T12:00:00`);
  const sameYear = summary.from.slice(0, 4) === summary.to.slice(0, 4);
  return `between ${sameYear ? from.replace(/ \d+$/, '') : from} and ${to}`;
}

function testedLine(g: RecurringGroup): string {
  if (!g.tested) return 'not tested yet';
  const note = g.tested.note ? `: ${g.tested.note}` : '';
  return `tested ${formatDay(g.tested.date)} — ${g.tested.result}${note}`;
}

function countWord(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "last 8 weeks", "last week". */
function lastWeeks(n: number): string {
  return n === 1 ? 'last week' : `last ${n} weeks`;
}

/** The sparkline and its words; a long history (--history 104) wraps rather than pass the width. */
function historyLines(g: RecurringGroup, room: number): string[] {
  const spark = [...sparkline(g.history.map((h) => h.count))];
  const words = `the ${lastWeeks(g.history.length)}`;
  const lines: string[] = [];
  for (let i = 0; i < spark.length; i += room) lines.push(spark.slice(i, i + room).join(''));
  const last = lines[lines.length - 1] ?? '';
  if ([...last].length + 1 + words.length <= room) lines[lines.length - 1] = `${last} ${chalk.dim(words)}`;
  else lines.push(chalk.dim(words));
  return lines;
}

/**
 * How the text names a statement's day: "Wed 18 Nov" when the period lies in the current year, else with the
 * year, as the Markdown always does ("Tue 30 Dec 2025", "Fri 2 Jan 2026") — across New Year the day alone could
 * be either year's.
 */
function dayNamer(summary: Pick<Summary, 'from' | 'to'>, near: NearTime): (date: string) => string {
  const years = new Set([summary.from.slice(0, 4), summary.to.slice(0, 4)]);
  const withYear = years.size > 1 || !years.has(String(near.thisYear));
  return withYear ? weekdayWithYear : formatWeekday;
}

function weekdayWithYear(date: string): string {
  return `${formatWeekday(date)} ${new Date(date).getFullYear()}`;
}

/** Calm plain text for the terminal; never wider than 80 columns. */
export function renderSummaryText(summary: Summary, columns: number, near: NearTime): string {
  const width = Math.min(columns, 80);
  const out: string[] = headingLines(summary, width).map((line) => chalk.bold(line));
  if (summary.entries === 0) {
    out.push('', ...wrap(MSG.emptyPeriod(periodWords(summary, near)), width), ...quietText(summary, width));
    return out.join('\n');
  }
  out.push(
    chalk.dim(
      `${countWord(summary.entries, 'entry').replace('entrys', 'entries')} · ${countWord(summary.statements, 'assumption')}`,
    ),
  );

  out.push('', chalk.bold('Came back more than once'));
  if (summary.recurring.length === 0) out.push(...indent(wrap(MSG.noRecurring, width - 2)));
  const dayOf = dayNamer(summary, near);
  for (const g of summary.recurring) {
    out.push('');
    const tags = [`${g.count}×`, g.new ? 'new' : '', g.confirmed ? '' : MSG.possible]
      .filter(Boolean)
      .join(' · ');
    const head = `#${g.group} `;
    const label = wrap(`“${g.label}”`, width - head.length - tags.length - 3);
    out.push(`${chalk.dim(head)}${chalk.bold(label[0] ?? '')}  ${chalk.dim(tags)}`);
    for (const more of label.slice(1)) out.push(`${' '.repeat(head.length)}${chalk.bold(more)}`);
    const pad = ' '.repeat(head.length);
    for (const s of g.statements) {
      const when = dayOf(s.date);
      // The day takes 10 columns, 15 with its year; 20 more for the dots, "entry" and the id.
      const room = width - pad.length - Math.max(when.length, 10) - 20;
      const from = s.title ? ` · ${excerpt(s.title, room)}` : '';
      out.push(`${pad}${chalk.dim(`${when}${from} · entry ${s.entryId}`)}`);
      out.push(...indent(wrap(s.text.trim(), width - pad.length - 2), `${pad}  `));
    }
    const who = [g.people.length ? `with ${g.people.join(', ')}` : '', g.tags.map((t) => `#${t}`).join(' ')]
      .filter(Boolean)
      .join(' · ');
    if (who) out.push(...indent(wrap(who, width - pad.length), pad).map((l) => chalk.cyan(l)));
    out.push(...historyLines(g, width - pad.length).map((l) => pad + l));
    out.push(...indent(wrap(testedLine(g), width - pad.length), pad).map((l) => chalk.dim(l)));
    if (g.question)
      out.push(...indent(wrap(`? ${g.question}`, width - pad.length), pad).map((l) => chalk.yellow(l)));
  }

  if (summary.opposites.length > 0) {
    out.push('', chalk.bold('Both sides, in the same period'));
    for (const { a, b, possible } of summary.opposites) {
      const both = `“${summary.labels[a] ?? `#${a}`}” (#${a}) and “${summary.labels[b] ?? `#${b}`}” (#${b})`;
      const line = possible ? MSG.possibleOpposites(both) : `You assumed both ${both}.`;
      out.push(...indent(wrap(line, width - 2)));
    }
  }
  out.push(...quietText(summary, width));
  out.push('', chalk.bold('Entries'));
  out.push(...indent(wrap(summary.bySet.map((s) => `${s.title} ${s.count}`).join(' · '), width - 2)));
  if (summary.people.length > 0) {
    // A name and its count stay on one line: the spaces inside one are held by KEEP while wrapping.
    const people = summary.people.map((p) => `${p.name} (${p.count})`.replaceAll(' ', KEEP)).join(', ');
    const lines = wrap(`Most present where you noted assumptions: ${people}`, width - 2);
    out.push(...indent(lines.map((line) => line.replaceAll(KEEP, ' '))));
  }
  return out.join('\n');
}

/** Groups that came back earlier in the history window but not in the period: also after an empty period. */
function quietText(summary: Summary, width: number): string[] {
  if (summary.quiet.length === 0) return [];
  const out = ['', chalk.bold('Quiet for now')];
  for (const q of summary.quiet.slice(0, 5)) {
    const tail = chalk.dim(` — last seen ${q.lastSeen}, ${q.count}×`);
    out.push(`  #${q.group} ${excerpt(q.label, width - 30 - String(q.group).length)}${tail}`);
  }
  if (summary.quiet.length > 5) out.push(chalk.dim(`  and ${summary.quiet.length - 5} more`));
  return out;
}

function quietMarkdown(summary: Summary): string[] {
  if (summary.quiet.length === 0) return [];
  return [
    '## Quiet for now',
    '',
    '| Assumption | Last seen | Times |',
    '|---|---|---|',
    ...summary.quiet.map((q) => `| ${cell(q.label)} (#${q.group}) | ${q.lastSeen} | ${q.count} |`),
    '',
  ];
}

/**
 * Text as written, on one line, in a heading or a table cell: Markdown's own characters are escaped so a
 * statement with *stars*, <angle brackets>, [brackets], _underscores_ or a | reads exactly as it was typed.
 */
function cell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_<[\]|]/g, (c) => `\\${c}`);
}

/** Markdown with headings and tables, for sending to a coach. */
export function renderSummaryMarkdown(summary: Summary, near: NearTime): string {
  const out: string[] = [`# Assumptions, ${periodName(summary)}`, ''];
  if (summary.entries === 0) {
    out.push(MSG.emptyPeriod(periodWords(summary, near)));
    if (summary.quiet.length > 0) out.push('', ...quietMarkdown(summary).slice(0, -1));
    return `${out.join('\n')}\n`;
  }
  out.push(
    `${countWord(summary.entries, 'entry').replace('entrys', 'entries')}, ${countWord(summary.statements, 'assumption')}.`,
    '',
  );
  out.push('## Came back more than once', '');
  if (summary.recurring.length === 0) out.push(MSG.noRecurring, '');
  for (const g of summary.recurring) {
    const notes = [`${g.count}×`, g.new ? 'new' : '', g.confirmed ? '' : MSG.possible]
      .filter(Boolean)
      .join(', ');
    out.push(`### ${cell(g.label)} (#${g.group}; ${notes})`, '');
    out.push('| Date | Entry | As written |', '|---|---|---|');
    for (const s of g.statements) {
      out.push(`| ${weekdayWithYear(s.date)} | ${cell(s.title) || `#${s.entryId}`} | ${cell(s.text)} |`);
    }
    out.push('');
    if (g.people.length) out.push(`- People: ${g.people.map(cell).join(', ')}`);
    if (g.tags.length) out.push(`- Tags: ${g.tags.map(cell).join(', ')}`);
    out.push(
      `- ${lastWeeks(g.history.length).replace(/^./, (c) => c.toUpperCase())}: \`${sparkline(g.history.map((h) => h.count))}\``,
    );
    out.push(`- ${testedLine(g).replace(/^./, (c) => c.toUpperCase())}`);
    if (g.question) out.push('', `> ${g.question}`);
    out.push('');
  }
  if (summary.opposites.length > 0) {
    out.push('## Both sides, in the same period', '');
    for (const { a, b, possible } of summary.opposites)
      out.push(
        `- “${cell(summary.labels[a] ?? `#${a}`)}” and “${cell(summary.labels[b] ?? `#${b}`)}”${possible ? ' (possibly opposites, found automatically)' : ''}`,
      );
    out.push('');
  }
  out.push(...quietMarkdown(summary));
  out.push('## Entries', '', '| Exercise | Entries |', '|---|---|');
  for (const s of summary.bySet) out.push(`| ${cell(s.title)} | ${s.count} |`);
  out.push('');
  if (summary.people.length > 0) {
    out.push('## People most present', '', '| Person | Entries |', '|---|---|');
    for (const p of summary.people) out.push(`| ${cell(p.name)} | ${p.count} |`);
    out.push('');
  }
  return out.join('\n');
}
