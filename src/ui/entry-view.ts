import chalk from 'chalk';
import type { AnswerMap, AnswerValue, DialogueLine, Entry, PromptSet, Step } from '../domain/types.js';
import { formatWhen, indent, joinParts, sideBySide, wrap } from './render.js';

/** Each answered step: its question in bold, the answer indented below. */
export function renderAnswers(set: PromptSet, answers: AnswerMap, columns: number): string[] {
  const lines: string[] = [];
  for (const step of set.steps) {
    const value = answers[step.id];
    if (value === undefined) continue;
    lines.push(...wrap(step.question, columns).map((line) => chalk.bold(line)));
    lines.push(...indent(renderValue(step, value, columns - 2)));
    lines.push('');
  }
  return lines;
}

function renderValue(step: Step, value: AnswerValue, width: number): string[] {
  if (step.kind === 'dialogue' && Array.isArray(value)) return renderDialogue(value as DialogueLine[], width);
  if (Array.isArray(value)) return (value as string[]).flatMap((item) => bullet(item, width));
  if (typeof value === 'boolean') return [value ? 'yes' : 'no'];
  if (typeof value === 'number') {
    return [step.max !== undefined ? `${value} ${chalk.dim(`(${step.min}–${step.max})`)}` : String(value)];
  }
  return wrap(value, width);
}

function bullet(item: string, width: number): string[] {
  return wrap(item, width - 2).map((line, i) => (i === 0 ? `• ${line}` : `  ${line}`));
}

/** The two columns of the exercise: what was said on the left, what I thought on the right. */
function renderDialogue(lines: DialogueLine[], width: number): string[] {
  const out = sideBySide(chalk.dim('What was said'), chalk.dim('What I thought but did not say'), width);
  out.push(chalk.dim('─'.repeat(Math.min(width, 100))));
  lines.forEach((line, i) => {
    if (i > 0) out.push('');
    out.push(...sideBySide(line.said, line.unsaid, width));
  });
  return out;
}

export function renderEntry(entry: Entry, set: PromptSet, columns: number): string {
  const answers: AnswerMap = Object.fromEntries(entry.answers.map((a) => [a.stepId, a.value]));
  const heading = entry.title || set.title;
  const mark = `${entry.starred ? ' ★' : ''} #${entry.id}`;
  const headings = wrap(heading, columns - mark.length);
  return [
    ...headings.slice(0, -1).map((line) => chalk.bold(line)),
    `${chalk.bold(headings.at(-1)!)}${entry.starred ? chalk.yellow(' ★') : ''} ${chalk.dim(`#${entry.id}`)}`,
    ...entryDetails(entry, set, columns).map((line) => chalk.dim(line)),
    '',
    ...renderAnswers(set, answers, columns),
  ]
    .join('\n')
    .trimEnd();
}

/**
 * When, which exercise, with whom, the tags: the lines under an entry's title (and in the recap before saving),
 * broken between those parts to fit `columns`.
 */
export function entryDetails(
  entry: Pick<Entry, 'occurredAt' | 'people' | 'tags'>,
  set: Pick<PromptSet, 'title' | 'version'>,
  columns: number,
): string[] {
  const parts = [
    formatWhen(entry.occurredAt),
    `${set.title}${set.version > 1 ? ` v${set.version}` : ''}`,
    entry.people.length ? `with ${entry.people.join(', ')}` : '',
    entry.tags.length ? entry.tags.map((t) => `#${t}`).join(' ') : '',
  ];
  return joinParts(parts.filter(Boolean), ' · ', columns);
}
