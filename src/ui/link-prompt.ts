import chalk from 'chalk';
import { format } from 'date-fns';
import type { Asker } from './ask.js';
import { excerpt } from './render.js';

export interface LinkCandidate {
  statementId: number;
  text: string;
  date: string;
  title: string;
}

export type LinkAnswer =
  | { decision: 'same' | 'opposite'; statementId: number }
  | { decision: 'new'; statementIds: number[] }
  | undefined;

/**
 * Link-as-you-write: shows up to three earlier statements and takes one keypress — a number for "the same as
 * that one", o for "the opposite" (then its number, when there are several), n for "a new assumption", Enter
 * to skip. Skipping leaves the grouping to the machine.
 */
export async function askLink(
  ask: Asker,
  write: (text: string) => void,
  candidates: readonly LinkCandidate[],
  columns: number,
): Promise<LinkAnswer> {
  if (candidates.length === 0) return undefined;
  const width = Math.min(columns, 100);
  write(chalk.dim('  Seen before:'));
  candidates.forEach((c, i) => {
    const where = `${format(new Date(c.date), 'd MMM yyyy')}${c.title ? ` · ${excerpt(c.title, 30)}` : ''}`;
    write(
      `  ${chalk.cyan(String(i + 1))} ${excerpt(c.text, width - where.length - 10)} ${chalk.dim(`(${where})`)}`,
    );
  });
  const range = candidates.length === 1 ? '1' : `1–${candidates.length}`;
  const choice = await ask.key<number | 'o' | 'n' | 's'>(
    'The same assumption?',
    [
      ...candidates.map((c, i) => ({
        key: String(i + 1),
        name: `same as ${i + 1}`,
        value: c.statementId,
        hidden: i > 0,
        legend: `${chalk.cyan(range)} same as`,
      })),
      { key: 'o', name: 'the opposite', value: 'o' as const },
      { key: 'n', name: 'new', value: 'n' as const },
      { key: 's', name: 'skip', value: 's' as const },
    ],
    { default: 's' },
  );
  if (typeof choice === 'number') return { decision: 'same', statementId: choice };
  if (choice === 'n') return { decision: 'new', statementIds: candidates.map((c) => c.statementId) };
  if (choice === 's') return undefined;
  if (candidates.length === 1) return { decision: 'opposite', statementId: candidates[0]!.statementId };
  const which = await ask.key<number | 's'>(
    'The opposite of which?',
    [
      ...candidates.map((c, i) => ({
        key: String(i + 1),
        name: `opposite of ${i + 1}`,
        value: c.statementId,
        hidden: i > 0,
        legend: `${chalk.cyan(range)}`,
      })),
      { key: 's', name: 'skip', value: 's' as const },
    ],
    { default: 's' },
  );
  return which === 's' ? undefined : { decision: 'opposite', statementId: which };
}
