import chalk from 'chalk';
import { isEmptyAnswer } from '../domain/answers.js';
import type { AnswerMap, AnswerValue, DialogueLine, PromptSet, Step } from '../domain/types.js';
import { UserError } from '../errors.js';
import { type Asker, type Choice, choiceName, GoBack, StoppedTyping } from './ask.js';
import { ECHO_LINES } from './echo.js';
import { MSG } from './messages.js';
import { excerpt, wrap } from './render.js';

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
  /** The terminal's width now. */
  readonly columns: number;
  /** The editor command `:e` opens. */
  editor: string;
}

const EDIT_COMMAND = ':e';
const SKIP_CHOICE = 'Choose (skip) to leave it out.';

/** An empty answer to a required step asks again, saying why (an unexplained second prompt looks like a hang). */
const REQUIRED = {
  text: 'This step needs an answer.',
  dialogue: 'This step needs at least one line: type what was said, then what you did not say.',
  list: 'This step needs at least one item.',
  long: 'This step needs an answer: write at least a line.',
};

/**
 * Asks every unanswered step of `set` in order, saving after each one. Returns the complete answers.
 * The back key (ask.ts's `GoBack`) goes to the step before, its answer there to edit or keep; from there on every
 * step is asked again with its answer to keep with Enter. Inside a list, long answer or dialogue it goes up a
 * line first (`askLine`). `fromLast`: start by asking the last step again (the person went back to it).
 * `fromFirst`: ask every step again from the first (the person came back from the question before them).
 * `backOut`: a question was asked before the steps, so going back from the first step leaves them (`GoBack`).
 */
export async function walkSteps(
  set: PromptSet,
  state: FlowState,
  ask: Asker,
  hooks: FlowHooks,
  options: { fromLast?: boolean; fromFirst?: boolean; backOut?: boolean } = {},
): Promise<AnswerMap> {
  const answers: AnswerMap = { ...state.answers };
  let partial = state.partial;
  // A resumed draft goes on at its first unanswered step; once the person goes back, each step is asked again.
  let again = options.fromLast === true || options.fromFirst === true;
  let index = options.fromLast === true ? set.steps.length - 1 : 0;
  while (index < set.steps.length) {
    const step = set.steps[index]!;
    if (step.id in answers && !again) {
      index += 1;
      continue;
    }
    hooks.write(stepHeader(set, step, index, hooks.columns, index > 0 || options.backOut === true));
    const earlier = partial?.stepId === step.id ? partial.value : answers[step.id];
    const asked = (typed?: string) =>
      askStep(
        step,
        ask,
        hooks,
        { earlier: typed ?? earlier, first: index === 0 && !options.backOut },
        (progress) => {
          partial = { stepId: step.id, value: progress };
          hooks.save({ answers, partial });
        },
      );
    let value: AnswerValue | undefined;
    try {
      value = index === 0 && !options.backOut ? await askFirst(hooks.write, asked) : await asked();
    } catch (error) {
      if (!(error instanceof GoBack)) throw error;
    }
    if (value === undefined) {
      // Lines written in this step stay its answer: a draft holds one unfinished step, and it is the next one.
      if (partial?.stepId === step.id) {
        if (!isEmptyAnswer(partial.value)) answers[step.id] = partial.value;
        partial = undefined;
        hooks.save({ answers, partial });
      }
      if (index === 0) throw new GoBack();
      index -= 1;
      again = true;
      continue;
    }
    answers[step.id] = value;
    partial = undefined;
    hooks.save({ answers, partial });
    index += 1;
  }
  return answers;
}

export function stepHeader(
  set: PromptSet,
  step: Step,
  index: number,
  columns: number,
  before: boolean,
): string {
  const progress = chalk.cyan(`Step ${index + 1} of ${set.steps.length}`);
  const lines = [
    '',
    `${progress} ${chalk.dim(`· ${set.title}`)}`,
    ...wrap(step.question, columns).map((l) => chalk.bold(l)),
  ];
  for (const extra of [step.hint ?? '', usage(step, before)]) {
    if (extra) lines.push(...wrap(extra, columns).map((l) => chalk.dim(l)));
  }
  return lines.join('\n');
}

const MANY_LINES: readonly Step['kind'][] = ['long', 'list', 'dialogue'];

/** `before`: there is a question before this step to go back to. */
function usage(step: Step, before: boolean): string {
  // The first question has nothing before it, unless it has lines to go back up.
  const back = before || MANY_LINES.includes(step.kind) ? MSG.backKey : '';
  return [keysOf(step), back].filter(Boolean).join(' ');
}

function keysOf(step: Step): string {
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
        : step.required
          ? ''
          : SKIP_CHOICE;
    case 'choice':
      // A list of choices is never empty: it is skipped with its own choice.
      return step.required ? '' : SKIP_CHOICE;
    default:
      return optional.trim();
  }
}

interface Asked {
  /** The step's answer so far (given before, or partly written): shown to keep or edit. */
  earlier: AnswerValue | undefined;
  /** The first step: going back says there is nothing before it. */
  first: boolean;
}

async function askStep(
  step: Step,
  ask: Asker,
  hooks: FlowHooks,
  { earlier, first }: Asked,
  progress: (value: AnswerValue) => void,
): Promise<AnswerValue> {
  const place: Place = {
    first,
    write: hooks.write,
    note: (text) => note(hooks, text),
    get columns() {
      return hooks.columns;
    },
    editor: hooks.editor,
  };
  switch (step.kind) {
    case 'text':
      return askText(step, ask, place, typeof earlier === 'string' ? earlier : '', progress);
    case 'long':
      return askLong(step, ask, place, typeof earlier === 'string' ? earlier : '', progress);
    case 'list':
      return askList(step, ask, hooks, place, Array.isArray(earlier) ? (earlier as string[]) : [], progress);
    case 'dialogue':
      return askDialogue(
        step,
        ask,
        place,
        Array.isArray(earlier) ? (earlier as DialogueLine[]) : [],
        progress,
      );
    case 'choice': {
      const choices: Array<Choice<string>> = (step.choices ?? []).map((c) => ({
        value: c,
        name: choiceName(c, hooks.columns),
        short: c,
      }));
      if (!step.required) choices.push({ value: '', name: chalk.dim('(skip)') });
      const kept = choices.find((c) => c.value === earlier);
      return ask.select('›', choices, kept ? { default: kept.value } : {});
    }
    case 'scale':
      return askScale(step, ask, earlier);
    case 'confirm':
      return step.required
        ? ask.confirm('›', { default: typeof earlier === 'boolean' ? earlier : true })
        : askOptionalConfirm(ask, place, earlier);
  }
}

/** A dim line between the prompts, broken between words at the terminal's width. */
function note(hooks: FlowHooks, text: string): void {
  hooks.write(
    wrap(text, hooks.columns)
      .map((line) => chalk.dim(line))
      .join('\n'),
  );
}

/**
 * One line. A required one left blank, or only spaces, is asked again saying why, as the many-line steps do
 * (inquirer's own check would take spaces, and word it in its own voice).
 */
async function askText(
  step: Step,
  ask: Asker,
  place: Place,
  earlier: string,
  progress: (value: AnswerValue) => void,
): Promise<string> {
  let prefill = earlier;
  for (;;) {
    const answer = await keepingTyped(ask.text('›', { prefill }), prefill, progress);
    if (answer.trim() !== '' || !step.required) return answer;
    place.note(REQUIRED.text);
    prefill = '';
  }
}

/**
 * `asked`, a line prompt with `prefill` put in its line; on Ctrl-C, a line changed from it is given to `keep`
 * first, so the draft holds what is on screen (Ctrl-C before typing anything keeps nothing new).
 */
async function keepingTyped<T>(
  asked: Promise<T>,
  prefill: string,
  keep: (typed: string) => void,
): Promise<T> {
  try {
    return await asked;
  } catch (error) {
    if (error instanceof StoppedTyping && error.typed !== prefill) keep(error.typed);
    throw error;
  }
}

/**
 * `written` with the line at `at` as typed (`typed`: what it enters, none when emptied), as Enter would leave
 * it: one being edited is replaced (removed when emptied), a new one added.
 */
function withLine<T>(written: T[], at: number, typed: T[]): T[] {
  const kept = [...written];
  kept.splice(at, at < written.length ? 1 : 0, ...typed);
  return kept;
}

function nonEmptyLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/**
 * A yes/no step that may be skipped: y or n, and Enter alone skips it. (A confirm prompt answers "yes" on
 * Enter, which would record a yes the person never gave.)
 */
async function askOptionalConfirm(
  ask: Asker,
  place: Place,
  earlier: AnswerValue | undefined,
): Promise<boolean | string> {
  let prefill = earlier === true ? 'y' : earlier === false ? 'n' : '';
  for (;;) {
    const answer = (await ask.text('› (y/n)', { prefill })).trim().toLowerCase();
    prefill = '';
    if (answer === '') return '';
    if (/^y(es)?$/.test(answer)) return true;
    if (/^no?$/.test(answer)) return false;
    place.note('Type y or n, or leave it empty to skip.');
  }
}

/** Where a line of a many-line step is asked: on the first step, going back from its first line says so. */
interface Place {
  first: boolean;
  write(text: string): void;
  /** A dim line, broken between words. */
  note(text: string): void;
  /** The terminal's width now. */
  readonly columns: number;
  /** The editor command `:e` opens. */
  readonly editor: string;
}

/** `askLine` answers this when the person goes back up a line. */
const UP = Symbol('up');

/**
 * One line of a many-line step, `prefill` in it to edit. The back key goes up a line (`UP`) when `up`; on the
 * step's first line it leaves the step (`GoBack`), unless this is the first step, which says so and asks again.
 */
async function askLine(
  ask: Asker,
  place: Place,
  message: string,
  options: { prefill?: string | undefined; lines?: boolean },
  up: boolean,
): Promise<string | typeof UP> {
  const line = (prefill = options.prefill) => ask.text(message, { lines: options.lines ?? false, prefill });
  try {
    return place.first && !up ? await askFirst(place.write, line) : await line();
  } catch (error) {
    if (up && error instanceof GoBack) return UP;
    throw error;
  }
}

/**
 * A question with nothing before it to go back to: the back key says so, and the question is asked again with
 * what was typed in its line (`typed`, for a line prompt).
 */
export async function askFirst<T>(
  write: (text: string) => void,
  question: (typed?: string) => Promise<T>,
): Promise<T> {
  let typed: string | undefined;
  for (;;) {
    try {
      return await question(typed);
    } catch (error) {
      if (!(error instanceof GoBack)) throw error;
      write(chalk.dim(MSG.nothingBefore));
      typed = error.typed;
    }
  }
}

/**
 * A long answer, line by line (a pasted one keeps its lines). Each Enter adds what was written; going back puts
 * the last part written back in the line to edit, and the parts after it come back in turn; emptied, a part is
 * removed. An answer given before comes back as one part. `:e` edits the whole answer in the editor.
 */
async function askLong(
  step: Step,
  ask: Asker,
  place: Place,
  earlier: string,
  progress: (value: AnswerValue) => void,
): Promise<string> {
  const parts = earlier.trim() === '' ? [] : [earlier];
  if (earlier.trim() !== '') place.note(earlier);
  let at = parts.length;
  let prefill: string | undefined;
  for (;;) {
    const shown = prefill ?? parts[at] ?? '';
    const line = await keepingTyped(
      askLine(ask, place, '›', { prefill: shown, lines: true }, at > 0),
      shown,
      (typed) => progress(withLine(parts, at, typed.trim() === '' ? [] : [typed]).join('\n')),
    );
    prefill = undefined;
    if (line === UP) {
      at -= 1;
      continue;
    }
    if (line.trim() === EDIT_COMMAND) {
      let edited: string;
      try {
        edited = (await ask.editor(parts.join('\n'), place.editor)).replace(/\s+$/, '');
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        // Not an end to the entry: the answer goes on here, its lines as they were.
        place.note(`${error.message}; ${MSG.editorFailed}`);
        if (error.hint) place.note(error.hint);
        continue;
      }
      if (edited.trim() !== '') {
        place.write(echoed(edited, place.columns));
        return edited;
      }
      // Emptied: a skip where the step allows it; a required step goes on line by line, its lines as they were.
      if (!step.required) return edited;
      place.note(REQUIRED.long);
      continue;
    }
    if (line.trim() === '' && at === parts.length) {
      const text = parts.join('\n');
      if (text.trim() !== '' || !step.required) return text;
      place.note(REQUIRED.long);
      continue;
    }
    if (line.trim() === '') parts.splice(at, 1);
    else {
      parts.splice(at, at < parts.length ? 1 : 0, line);
      at += 1;
    }
    progress(parts.join('\n'));
  }
}

/**
 * An answer written in the editor, under its question (the editor's prompt shows only the question): dim, in
 * `ECHO_LINES` lines at most as every answered question shows its answer; the answer itself is kept whole.
 */
function echoed(text: string, columns: number): string {
  const lines = wrap(text, columns);
  const shown =
    lines.length > ECHO_LINES
      ? [...lines.slice(0, ECHO_LINES - 1), excerpt(lines.slice(ECHO_LINES - 1).join(' '), columns)]
      : lines;
  return shown.map((line) => chalk.dim(line)).join('\n');
}

/**
 * A list, one item per line (a pasted list: each non-empty line). Going back puts the last item in the line to
 * edit, and the items after it come back in turn (Enter keeps one); emptied, an item is removed. Going back from
 * the question that links an assumption puts that item back in the line: it is not linked.
 */
async function askList(
  step: Step,
  ask: Asker,
  hooks: FlowHooks,
  place: Place,
  earlier: string[],
  progress: (value: AnswerValue) => void,
): Promise<string[]> {
  const items = [...earlier];
  items.forEach((item, i) => {
    hooks.write(chalk.dim(`${i + 1}. ${item}`));
  });
  let at = items.length;
  let prefill: string | undefined;
  for (;;) {
    const shown = prefill ?? items[at] ?? '';
    const typed = await keepingTyped(
      askLine(ask, place, `${at + 1}.`, { prefill: shown, lines: true }, at > 0),
      shown,
      (line) => progress(withLine(items, at, nonEmptyLines(line))),
    );
    prefill = undefined;
    if (typed === UP) {
      at -= 1;
      continue;
    }
    const entered = nonEmptyLines(typed);
    const editing = at < items.length;
    if (entered.length === 0) {
      if (editing) {
        items.splice(at, 1);
        progress(items);
        continue;
      }
      if (items.length > 0 || !step.required) return items;
      place.note(REQUIRED.list);
      continue;
    }
    // An item kept as it was keeps its link too.
    if (editing && entered.length === 1 && entered[0] === items[at]) {
      at += 1;
      continue;
    }
    items.splice(at, editing ? 1 : 0, ...entered);
    progress(items);
    for (const [n, item] of entered.entries()) {
      if (step.role !== 'assumption' || !hooks.onAssumption) break;
      try {
        await hooks.onAssumption(step, item);
      } catch (error) {
        if (!(error instanceof GoBack)) throw error;
        // This item and the rest of what was entered with it go back in the line, unlinked.
        items.splice(at + n, entered.length - n);
        progress(items);
        prefill = entered.slice(n).join('\n');
        at += n;
        break;
      }
    }
    if (prefill === undefined) at += entered.length;
  }
}

/**
 * What was said and not said, a pair at a time. Going back from "said" puts the pair before it back to edit,
 * "unsaid" first; from "unsaid", its "said". An emptied "said" removes its pair.
 */
async function askDialogue(
  step: Step,
  ask: Asker,
  place: Place,
  earlier: DialogueLine[],
  progress: (value: AnswerValue) => void,
): Promise<DialogueLine[]> {
  const lines = [...earlier];
  for (const line of lines) place.write(chalk.dim(`said: ${line.said}\nunsaid: ${line.unsaid}`));
  let at = lines.length;
  /** The "said" of the pair being written, once given. */
  let said: string | undefined;
  /** What the "said" line shows when it is asked again from "unsaid". */
  let saidBefore: string | undefined;
  for (;;) {
    if (said === undefined) {
      const prefill = saidBefore ?? lines[at]?.said ?? '';
      saidBefore = undefined;
      const unsaid = lines[at]?.unsaid ?? '';
      const typed = await keepingTyped(
        askLine(ask, place, chalk.green('said  '), { prefill }, at > 0),
        prefill,
        (said) => progress(withLine(lines, at, said.trim() === '' ? [] : [{ said, unsaid }])),
      );
      if (typed === UP) {
        at -= 1;
        said = lines[at]!.said;
      } else if (typed.trim() !== '') said = typed;
      else if (at < lines.length) {
        lines.splice(at, 1);
        progress(lines);
      } else if (lines.length > 0 || !step.required) return lines;
      else place.note(REQUIRED.dialogue);
      continue;
    }
    const shown = lines[at]?.unsaid ?? '';
    const pairSaid = said;
    const unsaid = await keepingTyped(
      askLine(ask, place, chalk.magenta('unsaid'), { prefill: shown }, true),
      shown,
      (typed) => progress(withLine(lines, at, [{ said: pairSaid, unsaid: typed }])),
    );
    if (unsaid === UP) {
      saidBefore = said;
      said = undefined;
      continue;
    }
    lines.splice(at, at < lines.length ? 1 : 0, { said, unsaid });
    progress(lines);
    at += 1;
    said = undefined;
  }
}

/** A scale with more than eleven points is asked as a number, not picked from a list. */
function isWideScale(step: Step): boolean {
  return (step.max ?? 5) - (step.min ?? 1) > 10;
}

async function askScale(step: Step, ask: Asker, earlier: AnswerValue | undefined): Promise<number | string> {
  const min = step.min ?? 1;
  const max = step.max ?? 5;
  const label = (n: number) =>
    n === min && step.labels?.min
      ? `${n} — ${step.labels.min}`
      : n === max && step.labels?.max
        ? `${n} — ${step.labels.max}`
        : String(n);
  const kept = typeof earlier === 'number' ? { default: earlier } : {};
  if (isWideScale(step)) return (await ask.number('›', { min, max, required: step.required, ...kept })) ?? '';
  const choices: Array<{ value: number | string; name: string }> = [];
  for (let n = min; n <= max; n++) choices.push({ value: n, name: label(n) });
  if (!step.required) choices.push({ value: '', name: chalk.dim('(skip)') });
  return ask.select('›', choices, earlier === '' && !step.required ? { default: '' } : kept);
}

/** Answers that were skipped are kept in the draft (so resuming moves on) but not in the entry. */
export function answeredOnly(answers: AnswerMap): AnswerMap {
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => !isEmptyAnswer(value)));
}
