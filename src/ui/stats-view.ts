import chalk from 'chalk';
import type { NameCount, Stats } from '../domain/stats.js';
import { formatDay } from './render.js';

const BAR_WIDTH = 30;

/** The stats as a short report: totals, a bar per week, sets, people and tags. */
export function renderStats(stats: Stats): string {
  if (stats.total === 0) return 'no entries match these filters';
  const lines: string[] = [];
  const span = stats.first && stats.last ? ` (${formatDay(stats.first)} – ${formatDay(stats.last)})` : '';
  lines.push(`${chalk.bold(String(stats.total))} ${stats.total === 1 ? 'entry' : 'entries'}${span}`);
  lines.push(
    stats.streak.weeks > 0
      ? `streak: ${chalk.bold(String(stats.streak.weeks))} ${stats.streak.weeks === 1 ? 'week' : 'weeks'} in a row (since ${stats.streak.since})`
      : 'streak: none — write an entry this week to start one',
  );
  if (stats.weeks.length > 0) {
    lines.push('', chalk.bold('per week'));
    const max = Math.max(1, ...stats.weeks.map((w) => w.count));
    const width = String(max).length;
    for (const week of stats.weeks) {
      const bar = '█'.repeat(Math.round((week.count / max) * BAR_WIDTH)) || (week.count > 0 ? '▏' : '');
      lines.push(`  ${week.week}  ${String(week.count).padStart(width)} ${chalk.green(bar)}`);
    }
  }
  section(lines, 'per set', stats.sets, (n) => n);
  section(lines, 'people', stats.people, (n) => chalk.cyan(n));
  section(lines, 'tags', stats.tags, (n) => chalk.magenta(`#${n}`));
  return lines.join('\n');
}

function section(lines: string[], title: string, counts: NameCount[], paint: (name: string) => string): void {
  if (counts.length === 0) return;
  lines.push('', chalk.bold(title));
  const width = String(counts[0]!.count).length;
  for (const { name, count } of counts) lines.push(`  ${String(count).padStart(width)}  ${paint(name)}`);
}
