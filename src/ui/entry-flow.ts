import chalk from 'chalk';
import { isEmptyAnswer } from '../domain/answers.js';
import type { AnswerMap, AnswerValue, DialogueLine, PromptSet, Step } from '../domain/types.js';
import type { Asker } from './ask.js';
import { wrap } from './render.js';

export interface FlowState {
  answers: AnswerMap;
  partial?: { stepId: string; value: AnswerValue } | undefined;
}

export interface FlowHooks {
  /** Called after every answered step and every list item or dialogue pair: the draft is saved here. */
  save(state: FlowState): void;
  /** Called right after an item of an `assumption` step is entered (link-as-you-write). */
  onAssumption?(step: Step, statement: string): Promise<void>;
  write(text: string): void;
  columns: number;
}

const EDIT_COMMAND = ':e';

/** An empty answer to a required step asks again, saying why (an unexplained second prompt looks like a hang). */
const REQUIRED = {
  dialogue: 'This step needs at least one line: type what was said, then what you did not say.',
  list: 'This step needs at least one item.',
  long: 'This step needs an answer: write at least a line.',
};

/** Asks every unanswered step of `set` in order, saving after each one. Returns the complete answers. */
export async function walkSteps(
  set: PromptSet,
  state: FlowState,
  ask: Asker,
  hooks: FlowHooks,
): Promise<AnswerMap> {
  const answers: AnswerMap = { ...state.answers };
  let partial = state.partial;
  for (const [index, step] of set.steps.entries()) {
    if (step.id in answers) continue;
    hooks.write(stepHeader(set, step, index, hooks.columns));
    const resumed = partial?.stepId === step.id ? partial.value : undefined;
    const value = await askStep(step, ask, hooks, resumed, (progress) => {
      partial = { stepId: step.id, value: progress };
      hooks.save({ answers, partial });
    });
    answers[step.id] = value;
    partial = undefined;
    hooks.save({ answers, partial });
  }
  return answers;
}

export function stepHeader(set: PromptSet, step: Step, index: number, columns: number): string {
  const progress = chalk.cyan(`Step ${index + 1} of ${set.steps.length}`);
  const lines = [
    '',
    `${progress} ${chalk.dim(`· ${set.title}`)}`,
    ...wrap(step.question, columns).map((l) => chalk.bold(l)),
  ];
  for (const extra of [step.hint ?? '', usage(step)]) {
    if (extra) lines.push(...wrap(extra, columns).map((l) => chalk.dim(l)));
  }
  return lines.join('\n');
}

function usage(step: Step): string {
  const optional = step.required ? '' : ' Leave empty to skip.';
  switch (step.kind) {
    case 'long':
      return `Write as many lines as you like; an empty line finishes. Type ${EDIT_COMMAND} to use your editor.${optional}`;
    case 'list':
      return `One item per line; an empty line finishes.${optional}`;
    case 'dialogue':
      return 'Line by line: what was said, then what you thought but did not say. An empty "said" finishes.';
    case 'confirm':
      return step.required ? '' : 'Type y or n. Leave empty to skip.';
    case 'scale':
      return isWideScale(step)
        ? `A whole number from ${step.min ?? 1} to ${step.max ?? 5}.${optional}`
        : optional.trim();
    default:
      return optional.trim();
  }
}

async function askStep(
  step: Step,
  ask: Asker,
  hooks: FlowHooks,
  resumed: AnswerValue | undefined,
  progress: (value: AnswerValue) => void,
): Promise<AnswerValue> {
  switch (step.kind) {
    case 'text':
      return ask.text('›', { required: step.required });
    case 'long':
      return askLong(step, ask, hooks);
    case 'list':
      return askList(step, ask, hooks, Array.isArray(resumed) ? (resumed as string[]) : [], progress);
    case 'dialogue':
      return askDialogue(
        step,
        ask,
        hooks,
        Array.isArray(resumed) ? (resumed as DialogueLine[]) : [],
        progress,
      );
    case 'choice': {
      const choices = (step.choices ?? []).map((c) => ({ value: c, name: c }));
      if (!step.required) choices.push({ value: '', name: chalk.dim('(skip)') });
      return ask.select('›', choices);
    }
    case 'scale':
      return askScale(step, ask);
    case 'confirm':
      return step.required ? ask.confirm('›', { default: true }) : askOptionalConfirm(ask, hooks);
  }
}

/**
 * A yes/no step that may be skipped: y or n, and Enter alone skips it. (A confirm prompt answers "yes" on
 * Enter, which would record a yes the person never gave.)
 */
async function askOptionalConfirm(ask: Asker, hooks: FlowHooks): Promise<boolean | string> {
  for (;;) {
    const answer = (await ask.text('› (y/n)')).trim().toLowerCase();
    if (answer === '') return '';
    if (/^y(es)?$/.test(answer)) return true;
    if (/^no?$/.test(answer)) return false;
    hooks.write(chalk.dim('Type y or n, or leave it empty to skip.'));
  }
}

async function askLong(step: Step, ask: Asker, hooks: FlowHooks): Promise<string> {
  for (;;) {
    const lines: string[] = [];
    for (;;) {
      // A pasted answer keeps its lines, blank ones too; only an empty line typed alone finishes.
      const line = await ask.text('›', { lines: true });
      if (lines.length === 0 && line.trim() === EDIT_COMMAND) return askInEditor(step, ask);
      if (line.trim() === '') break;
      lines.push(...line.split('\n'));
    }
    const text = lines.join('\n');
    if (text.trim() !== '' || !step.required) return text;
    hooks.write(chalk.dim(REQUIRED.long));
  }
}

async function askInEditor(step: Step, ask: Asker): Promise<string> {
  for (;;) {
    const text = (await ask.editor(step.question)).replace(/\s+$/, '');
    if (text.trim() !== '' || !step.required) return text;
  }
}

async function askList(
  step: Step,
  ask: Asker,
  hooks: FlowHooks,
  items: string[],
  progress: (value: AnswerValue) => void,
): Promise<string[]> {
  items = [...items];
  items.forEach((item, i) => {
    hooks.write(chalk.dim(`${i + 1}. ${item}`));
  });
  for (;;) {
    // A pasted list keeps its lines: each non-empty one is an item.
    const typed = await ask.text(`${items.length + 1}.`, { lines: true });
    if (typed.trim() === '') {
      if (items.length > 0 || !step.required) return items;
      hooks.write(chalk.dim(REQUIRED.list));
      continue;
    }
    for (const item of typed.split('\n').filter((line) => line.trim() !== '')) {
      items.push(item);
      progress(items);
      if (step.role === 'assumption' && hooks.onAssumption) await hooks.onAssumption(step, item);
    }
  }
}

async function askDialogue(
  step: Step,
  ask: Asker,
  hooks: FlowHooks,
  lines: DialogueLine[],
  progress: (value: AnswerValue) => void,
): Promise<DialogueLine[]> {
  lines = [...lines];
  for (const line of lines) hooks.write(chalk.dim(`said: ${line.said}\nunsaid: ${line.unsaid}`));
  for (;;) {
    const said = await ask.text(chalk.green('said  '));
    if (said.trim() === '') {
      if (lines.length > 0 || !step.required) return lines;
      hooks.write(chalk.dim(REQUIRED.dialogue));
      continue;
    }
    const unsaid = await ask.text(chalk.magenta('unsaid'));
    lines.push({ said, unsaid });
    progress(lines);
  }
}

/** A scale with more than eleven points is asked as a number, not picked from a list. */
function isWideScale(step: Step): boolean {
  return (step.max ?? 5) - (step.min ?? 1) > 10;
}

async function askScale(step: Step, ask: Asker): Promise<number | string> {
  const min = step.min ?? 1;
  const max = step.max ?? 5;
  const label = (n: number) =>
    n === min && step.labels?.min
      ? `${n} — ${step.labels.min}`
      : n === max && step.labels?.max
        ? `${n} — ${step.labels.max}`
        : String(n);
  if (isWideScale(step)) return (await ask.number('›', { min, max, required: step.required })) ?? '';
  const choices: Array<{ value: number | string; name: string }> = [];
  for (let n = min; n <= max; n++) choices.push({ value: n, name: label(n) });
  if (!step.required) choices.push({ value: '', name: chalk.dim('(skip)') });
  return ask.select('›', choices);
}

/** Answers that were skipped are kept in the draft (so resuming moves on) but not in the entry. */
export function answeredOnly(answers: AnswerMap): AnswerMap {
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => !isEmptyAnswer(value)));
}
