import chalk from 'chalk';
import type { NameCount, Stats } from '../domain/stats.js';
import { excerpt, formatDay, wrap } from './render.js';

const BAR_WIDTH = 30;

/** The stats as a short report: totals, a bar per week, sets, people and tags; as wide as `columns` at most. */
export function renderStats(stats: Stats, columns: number): string {
  if (stats.total === 0) return 'no entries match these filters';
  const lines: string[] = [];
  const span = stats.first && stats.last ? ` (${formatDay(stats.first)} – ${formatDay(stats.last)})` : '';
  lines.push(`${chalk.bold(String(stats.total))} ${stats.total === 1 ? 'entry' : 'entries'}${span}`);
  const streak =
    stats.streak.weeks > 0
      ? `streak: ${stats.streak.weeks} ${stats.streak.weeks === 1 ? 'week' : 'weeks'} in a row (since ${stats.streak.since})`
      : 'streak: none — write an entry this week to start one';
  // The count in bold, once the line is broken to the width (a colour code takes no column, but wrap counts it).
  lines.push(
    ...wrap(streak, columns).map((line, i) =>
      i === 0 ? line.replace(/^streak: (\d+)/, (_, n) => `streak: ${chalk.bold(n)}`) : line,
    ),
  );
  if (stats.weeks.length > 0) {
    lines.push('', chalk.bold('per week'));
    const max = Math.max(1, ...stats.weeks.map((w) => w.count));
    const width = String(max).length;
    // "  2026-W47  3 " before the bar: in a narrow terminal the bars are shorter, not cut by its edge.
    const barWidth = Math.max(5, Math.min(BAR_WIDTH, columns - (2 + 8 + 2 + width + 1)));
    for (const week of stats.weeks) {
      const bar = '█'.repeat(Math.round((week.count / max) * barWidth)) || (week.count > 0 ? '▏' : '');
      lines.push(`  ${week.week}  ${String(week.count).padStart(width)} ${chalk.green(bar)}`);
    }
  }
  section(lines, 'per set', stats.sets, (n) => n, columns);
  section(lines, 'people', stats.people, (n) => chalk.cyan(n), columns);
  section(lines, 'tags', stats.tags, (n) => chalk.magenta(n), columns, '#');
  return lines.join('\n');
}

function section(
  lines: string[],
  title: string,
  counts: NameCount[],
  paint: (name: string) => string,
  columns: number,
  mark = '',
): void {
  if (counts.length === 0) return;
  lines.push('', chalk.bold(title));
  const width = String(counts[0]!.count).length;
  // A name longer than the terminal is cut with …, as `list` cuts a title.
  const room = columns - (2 + width + 2);
  for (const { name, count } of counts)
    lines.push(`  ${String(count).padStart(width)}  ${paint(excerpt(mark + name, room))}`);
}
