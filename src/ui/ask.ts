/**
 * The only wrapper of @inquirer/prompts (loaded lazily by interactive commands). Tests of the flow either drive
 * the real prompts in a terminal (tmux) or replace this module's `Asker`.
 */
import type { EventEmitter } from 'node:events';
import type { Transform } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import {
  createPrompt,
  isEnterKey,
  makeTheme,
  type Status,
  useEffect,
  useKeypress,
  usePrefix,
  useState,
} from '@inquirer/core';
import { confirm, input, number, select } from '@inquirer/prompts';
import chalk from 'chalk';
import { answerLines, MARK, questionLines } from './echo.js';
import { createEditFile, openInEditor } from './editor.js';
import { MSG } from './messages.js';
import {
  BACK_PRESSED,
  createPasteFilter,
  PASTE_IGNORED,
  PASTE_MODE_OFF,
  PASTE_MODE_ON,
  PASTED_BREAK,
  type PasteHandling,
} from './paste.js';
import { displayWidth, wrap } from './render.js';
import { terminalKeys } from './type-ahead.js';

export interface Choice<T> {
  value: T;
  name: string;
  /** What the answered question shows, when `name` is long. */
  short?: string | undefined;
  description?: string | undefined;
}

export interface Asker {
  /**
   * One line. Line breaks pasted into it become spaces, or with `lines` stay as "\n" in the answer (a paste
   * never presses Enter). `prefill`: text already in the line, to edit (unlike `default`, a line emptied stays
   * empty).
   */
  text(
    message: string,
    options?: { required?: boolean; default?: string; lines?: boolean; prefill?: string },
  ): Promise<string>;
  select<T>(message: string, choices: Array<Choice<T>>, options?: { default?: T }): Promise<T>;
  /**
   * One keypress, no Enter: each choice has a key; Enter picks the default. The key line shows `legend`
   * (or "key name") for every choice that is not `hidden`.
   */
  key<T>(
    message: string,
    choices: Array<Choice<T> & { key: string; legend?: string; hidden?: boolean }>,
    options?: { default?: string },
  ): Promise<T>;
  confirm(message: string, options?: { default?: boolean }): Promise<boolean>;
  /** A whole number from min to max; undefined when it is not required and left empty. */
  number(
    message: string,
    options: { min: number; max: number; default?: number; required?: boolean },
  ): Promise<number | undefined>;
  /**
   * `text` opened in the editor `command` (see editor.ts: the one `reflect edit` opens); resolves with what it
   * was left as. A UserError when the editor cannot be found or fails.
   */
  editor(text: string, command: string): Promise<string>;
}

/**
 * The person pressed the back key (BACK_KEY) in a prompt: the prompt is gone from the screen and asks nothing.
 * `typed`: what was in a line prompt's line then, so the same question can be asked again without losing it.
 */
export class GoBack extends Error {
  constructor(readonly typed?: string) {
    super('go back');
    this.name = 'GoBack';
  }
}

/**
 * The person pressed Ctrl-C in a line prompt: `typed` is what was in its line then, for the draft to keep.
 * Named as inquirer's own Ctrl-C, so whatever stops on Ctrl-C (`isPromptExit`) stops on this too.
 */
export class StoppedTyping extends Error {
  constructor(readonly typed: string) {
    super('stopped');
    this.name = 'ExitPromptError';
  }
}

/** Inquirer rejects with this name when the person presses Ctrl-C. */
export function isPromptExit(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}

/** The prompts of every command: the back key means nothing in them. */
export const inquirerAsker: Asker = promptAsker(false);

/** The prompts of a guided flow with steps to go back to: the back key ends a prompt with `GoBack`. */
export const steppingAsker: Asker = promptAsker(true);

function promptAsker(goesBack: boolean): Asker {
  const withPasteFilter = <T>(
    handling: PasteHandling,
    prompt: FilteredPrompt<T>,
    line: Omit<FilterOptions, 'goesBack'> = {},
  ) => promptWithFilter(handling, prompt, { ...line, goesBack });
  return {
    text: async (message, options = {}) => {
      const theme = promptTheme(message);
      let line = '';
      const answer = await withPasteFilter(
        options.lines ? 'lines' : 'join',
        (context) =>
          input(
            {
              message,
              required: options.required ?? false,
              ...(options.default ? { default: options.default } : {}),
              // Same length while typing, so the cursor stays where readline thinks it is.
              transformer: (value, { isFinal }) => {
                line = value;
                const shown = value.replaceAll(PASTED_BREAK, '↵');
                return isFinal ? theme.style.answer(shown) : shown;
              },
              theme,
            },
            context,
          ),
        {
          // Typed into the line as keys: inquirer's own prefill keeps the text as a default that an emptied line
          // would still answer with.
          typed: options.prefill?.replaceAll('\n', PASTED_BREAK),
          typedSoFar: () => line.replaceAll(PASTED_BREAK, '\n'),
        },
      );
      return answer.replaceAll(PASTED_BREAK, '\n');
    },
    // A paste picks nothing (paste.ts); the select's own help line says how to choose.
    select: (message, choices, options = {}) =>
      withPasteFilter('ignore', (context) =>
        select(
          {
            message,
            choices,
            theme: promptTheme(message),
            ...(options.default !== undefined ? { default: options.default } : {}),
          },
          context,
        ),
      ),
    key: async (message, choices, options = {}) => {
      const key = await withPasteFilter('ignore', (context) =>
        keyPrompt(
          {
            message,
            choices: choices.map((c) => ({ key: c.key, name: c.name, legend: c.legend, hidden: c.hidden })),
            default: options.default,
            pastes: context.input,
          },
          context,
        ),
      );
      return choices.find((c) => c.key === key)!.value;
    },
    confirm: (message, options = {}) =>
      withPasteFilter('join', (context) =>
        confirm(
          { message, default: options.default ?? true, theme: promptTheme(message, YES_NO, MSG.yesOrNo) },
          context,
        ),
      ),
    number: (message, options) =>
      withPasteFilter('number', (context) =>
        number(
          {
            message,
            // Inquirer says what is wrong in its own words ('Value must be a multiple of 1 starting from 0'): every
            // refusal here means the one thing, said as the step's hint says it.
            theme: promptTheme(message, 0, MSG.wholeNumber(options.min, options.max)),
            min: options.min,
            max: options.max,
            required: options.required ?? true,
            ...(options.default !== undefined ? { default: options.default } : {}),
          },
          context,
        ),
      ),
    // Not inquirer's editor prompt: it chose its own editor (not REFLECT_EDITOR or the `editor` setting), and
    // one not found was an error line waiting for Enter to fail again.
    editor: async (text, command) => {
      const file = createEditFile('answer.md', text);
      try {
        await openInEditor(command, file.path);
        return file.read();
      } finally {
        file.remove();
      }
    },
  };
}

/**
 * A choice's name in a list of choices, broken between words (inquirer would break it at the terminal's edge):
 * the lines after the first indented under it. Five columns: the list's "❯ " before the first line, four spaces
 * before the others (and the last column).
 */
export function choiceName(text: string, columns: number): string {
  return wrap(text, columns - 5).join('\n    ');
}

/** Columns a confirm prompt writes after its question while asking: " (Y/n)". */
const YES_NO = 6;

/**
 * The theme of every prompt: the question and, once answered, the answer laid out between words at the
 * terminal's width (see echo.ts), in inquirer's colours or none (`plainTheme`). `after`: columns the prompt
 * writes after the question while asking. The width is the one inquirer breaks lines at, less the last column:
 * a line that fills it would make the terminal wrap again. `error`: what every refusal of the prompt says.
 */
function promptTheme(question: string, after = 0, error?: string) {
  // Read at each drawing: the terminal may have been resized since the prompt began.
  const width = () => (process.stdout.columns || 80) - 1;
  const plain = chalk.level === 0 ? plainTheme() : { style: {} };
  const base = makeTheme(plain);
  const asked = (text: string, status: Status) =>
    questionLines(text, status === 'done' ? width() : width() - after);
  return {
    ...plain,
    style: {
      ...plain.style,
      message: (text: string, status: Status) =>
        asked(text, status)
          .map((line) => base.style.message(line, status))
          .join(`\n${' '.repeat(MARK)}`),
      ...(error ? { error: () => base.style.error(error) } : {}),
      answer: (text: string) => {
        const last = asked(question, 'done').at(-1)!;
        const { lines, indent } = answerLines(text, MARK + displayWidth(last) + 1, width());
        return lines.map((line) => (line ? base.style.answer(line) : line)).join(`\n${' '.repeat(indent)}`);
      },
    },
  };
}

/**
 * Inquirer's looks without colours, for `--no-color` and `color false` (inquirer itself follows only NO_COLOR):
 * the same marks and brackets, no escapes.
 */
function plainTheme() {
  const same = (text: string) => text;
  const defaults = makeTheme({});
  return {
    prefix: {
      idle: stripVTControlCharacters(
        typeof defaults.prefix === 'string' ? defaults.prefix : defaults.prefix.idle,
      ),
      done: stripVTControlCharacters(
        typeof defaults.prefix === 'string' ? defaults.prefix : defaults.prefix.done,
      ),
    },
    spinner: { ...defaults.spinner, frames: defaults.spinner.frames.map((f) => stripVTControlCharacters(f)) },
    style: {
      answer: same,
      message: same,
      error: (text: string) => `> ${text}`,
      defaultAnswer: (text: string) => `(${text})`,
      help: same,
      highlight: same,
      key: (text: string) => `<${text}>`,
      description: same,
      disabled: same,
      keysHelpTip: (keys: Array<[string, string]>) =>
        keys.map(([key, action]) => `${key} ${action}`).join(' • '),
    },
  };
}

/** Whether this process has bracketed paste mode on, so an exit in the middle of a prompt turns it off. */
let pasteMode: 'on' | 'off' | 'never' = 'never';

function setPasteMode(on: boolean): void {
  if (pasteMode === 'never') process.on('exit', () => pasteMode === 'on' && setPasteMode(false));
  pasteMode = on ? 'on' : 'off';
  process.stdout.write(on ? PASTE_MODE_ON : PASTE_MODE_OFF);
}

/**
 * Runs a prompt with bracketed paste mode on and the keys read through a paste filter (see paste.ts); the mode
 * is turned off again however the prompt ends, and on exit. Not a terminal on both sides: as it was.
 * With `goesBack`, the back key ends the prompt, cleared from the screen, with `GoBack`. `typed`: text put in
 * the line first, as if typed; `typedSoFar`: the line as it is, for `GoBack` and `StoppedTyping` (Ctrl-C).
 */
type FilteredPrompt<T> = (context: {
  input?: NodeJS.ReadableStream & EventEmitter;
  signal?: AbortSignal;
  clearPromptOnDone?: boolean;
}) => Promise<T>;

interface FilterOptions {
  typed?: string | undefined;
  typedSoFar?: () => string;
  goesBack?: boolean;
}

async function promptWithFilter<T>(
  handling: PasteHandling,
  prompt: FilteredPrompt<T>,
  line: FilterOptions = {},
): Promise<T> {
  const stdin = process.stdin;
  if (!stdin.isTTY || !process.stdout.isTTY) return prompt({});
  // Ctrl-D on an empty line closes readline, which inquirer does not count as an answer: the prompt would wait
  // for ever on a terminal back in cooked mode. Readline's close pauses its input, then leaves raw mode (Ctrl-Z
  // leaves raw mode without pausing): that is the end of input, and it ends the prompt as Ctrl-C does. The back
  // key ends it too (one signal for both: AbortSignal.any is newer than Node 20.0).
  const ended = new AbortController();
  const filter: Transform & { isTTY: true; setRawMode(mode: boolean): void } = Object.assign(
    createPasteFilter(handling, { back: line.goesBack ?? false }),
    {
      isTTY: true as const,
      setRawMode: (mode: boolean) => {
        stdin.setRawMode(mode);
        if (!mode && filter.isPaused()) ended.abort();
      },
    },
  );
  let wentBack = false;
  filter.once(BACK_PRESSED, () => {
    wentBack = true;
    ended.abort();
  });
  setPasteMode(true);
  let stopKeys = () => {};
  try {
    const asked = prompt({
      input: filter,
      signal: ended.signal,
      // Read when the prompt ends: a question left for going back is cleared, an answered one stays.
      get clearPromptOnDone() {
        return wentBack;
      },
    });
    // Inquirer starts listening to keys on the next turn (setImmediate); typed before that, they would be lost.
    // The text to edit goes in first, then the keys typed ahead (type-ahead.ts), a key at a time.
    const typed = line.typed;
    if (typed) setImmediate(() => filter.push(typed));
    stopKeys = terminalKeys().open((keys) => filter.write(keys));
    return await asked;
  } catch (error) {
    if (wentBack) throw new GoBack(line.typedSoFar?.());
    if (line.typedSoFar && isPromptExit(error)) throw new StoppedTyping(line.typedSoFar());
    throw error;
  } finally {
    setPasteMode(false);
    stopKeys();
    filter.destroy();
  }
}

interface KeyPromptConfig {
  message: string;
  choices: Array<{ key: string; name: string; legend?: string | undefined; hidden?: boolean | undefined }>;
  default?: string | undefined;
  /** The paste filter the keys come through: a paste it drops is answered with a hint. */
  pastes?: EventEmitter | undefined;
}

/**
 * Resolves on the first key that names a choice (inquirer's `expand` waits for Enter). The choices are shown
 * on one line under the question; other keys are ignored, and so is a paste (with a hint under the keys).
 */
const keyPrompt = createPrompt<string, KeyPromptConfig>((config, done) => {
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [pasted, setPasted] = useState(false);
  useEffect(() => {
    const onIgnored = () => setPasted(true);
    config.pastes?.on(PASTE_IGNORED, onIgnored);
    return () => config.pastes?.off(PASTE_IGNORED, onIgnored);
  }, []);
  const theme = makeTheme(promptTheme(config.message));
  const prefix = usePrefix({ status: picked === undefined ? 'idle' : 'done', theme });
  useKeypress((event, rl) => {
    if (picked !== undefined) return;
    const typed = isEnterKey(event) ? config.default : (event.name ?? rl.line.slice(-1)).toLowerCase();
    rl.clearLine(0);
    const choice = config.choices.find((c) => c.key === typed);
    if (!choice) return;
    setPicked(choice.key);
    done(choice.key);
  });
  const message = theme.style.message(config.message, picked === undefined ? 'idle' : 'done');
  if (picked !== undefined) {
    const name = config.choices.find((c) => c.key === picked)?.name ?? picked;
    return `${prefix} ${message} ${theme.style.answer(name)}`;
  }
  const keys = keyLines(
    config.choices
      .filter((c) => !c.hidden)
      .map(
        (c) => c.legend ?? `${theme.style.highlight(c.key === config.default ? 'Enter' : c.key)} ${c.name}`,
      ),
    theme.style.help(' · '),
    (process.stdout.columns || 80) - 1,
  );
  return [`${prefix} ${message}`, pasted ? `${keys}\n${theme.style.help(MSG.pasteIgnored)}` : keys];
});

/** The keys of a key prompt on as few lines as fit `width`, broken between keys (never inside "Enter skip"). */
export function keyLines(legends: string[], separator: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const legend of legends) {
    const joined = line ? `${line}${separator}${legend}` : legend;
    if (line && displayWidth(joined) > width) {
      lines.push(line);
      line = legend;
    } else line = joined;
  }
  return [...lines, line].join('\n');
}
