import chalk from 'chalk';
import { format } from 'date-fns';
import type { Asker } from './ask.js';
import { displayWidth, excerpt, wrap } from './render.js';

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
  write(chalk.dim('  Seen before:'));
  for (const line of renderCandidates(candidates, columns)) write(line);
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

/**
 * The earlier statements, numbered. The statement is what the person compares, so it is never cut for its date
 * and title: one line each when every one fits whole beside them, else each statement (two lines at most) above
 * its date and title.
 */
export function renderCandidates(candidates: readonly LinkCandidate[], columns: number): string[] {
  const width = Math.min(columns, 100);
  const texts = candidates.map((c) => excerpt(c.text, Number.POSITIVE_INFINITY));
  const number = (i: number) => `  ${chalk.cyan(String(i + 1))} `;
  const beside = candidates.map((c, i) => `${number(i)}${texts[i]} ${where(c, 30)}`);
  if (beside.every((line) => displayWidth(line) <= width)) return beside;
  return candidates.flatMap((c, i) => {
    const lines = wrap(texts[i]!, width - 4);
    const shown = lines.length > 2 ? [lines[0]!, excerpt(lines.slice(1).join(' '), width - 4)] : lines;
    // The line below: four columns of indent, "(", the day, " · " and ")" around the title.
    const titleRoom = width - 4 - 5 - day(c).length;
    return [...shown.map((line, n) => (n === 0 ? number(i) : '    ') + line), `    ${where(c, titleRoom)}`];
  });
}

const day = (c: LinkCandidate) => format(new Date(c.date), 'd MMM yyyy');

/** "(17 Nov 2026 · Sprint planning)", dimmed: when and in which entry the statement was written. */
function where(c: LinkCandidate, titleMax: number): string {
  return chalk.dim(`(${c.title ? `${day(c)} · ${excerpt(c.title, titleMax)}` : day(c)})`);
}
