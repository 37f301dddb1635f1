/**
 * The only wrapper of @inquirer/prompts (loaded lazily by interactive commands). Tests of the flow either drive
 * the real prompts in a terminal (tmux) or replace this module's `Asker`.
 */

import type { Transform } from 'node:stream';
import { createPrompt, isEnterKey, makeTheme, useKeypress, usePrefix, useState } from '@inquirer/core';
import { confirm, editor, input, number, select } from '@inquirer/prompts';
import { createPasteFilter, PASTE_MODE_OFF, PASTE_MODE_ON, PASTED_BREAK, type PasteBreaks } from './paste.js';

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
   * never presses Enter).
   */
  text(message: string, options?: { required?: boolean; default?: string; lines?: boolean }): Promise<string>;
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
  editor(message: string, options?: { default?: string }): Promise<string>;
}

/** Inquirer rejects with this name when the person presses Ctrl-C. */
export function isPromptExit(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}

export const inquirerAsker: Asker = {
  text: async (message, options = {}) => {
    const answer = await withPasteFilter(options.lines ? 'lines' : 'join', (context) =>
      input(
        {
          message,
          required: options.required ?? false,
          ...(options.default ? { default: options.default } : {}),
          // Same length, so the cursor stays where readline thinks it is.
          transformer: (value) => value.replaceAll(PASTED_BREAK, '↵'),
        },
        context,
      ),
    );
    return answer.replaceAll(PASTED_BREAK, '\n');
  },
  select: (message, choices, options = {}) =>
    select({ message, choices, ...(options.default !== undefined ? { default: options.default } : {}) }),
  key: async (message, choices, options = {}) => {
    const key = await keyPrompt({
      message,
      choices: choices.map((c) => ({ key: c.key, name: c.name, legend: c.legend, hidden: c.hidden })),
      default: options.default,
    });
    return choices.find((c) => c.key === key)!.value;
  },
  confirm: (message, options = {}) => confirm({ message, default: options.default ?? true }),
  number: (message, options) =>
    number({
      message,
      min: options.min,
      max: options.max,
      required: options.required ?? true,
      ...(options.default !== undefined ? { default: options.default } : {}),
    }),
  editor: (message, options = {}) =>
    editor({
      message,
      postfix: '.md',
      waitForUserInput: false,
      ...(options.default ? { default: options.default } : {}),
    }),
};

/** Whether this process has bracketed paste mode on, so an exit in the middle of a prompt turns it off. */
let pasteMode: 'on' | 'off' | 'never' = 'never';

function setPasteMode(on: boolean): void {
  if (pasteMode === 'never') process.on('exit', () => pasteMode === 'on' && setPasteMode(false));
  pasteMode = on ? 'on' : 'off';
  process.stdout.write(on ? PASTE_MODE_ON : PASTE_MODE_OFF);
}

/**
 * Runs a line prompt with bracketed paste mode on and the keys read through a paste filter (see paste.ts);
 * the mode is turned off again however the prompt ends, and on exit. Not a terminal on both sides: as it was.
 */
async function withPasteFilter<T>(
  breaks: PasteBreaks,
  prompt: (context: { input?: NodeJS.ReadableStream; signal?: AbortSignal }) => Promise<T>,
): Promise<T> {
  const stdin = process.stdin;
  if (!stdin.isTTY || !process.stdout.isTTY) return prompt({});
  // Ctrl-D on an empty line closes readline, which inquirer does not count as an answer: the prompt would wait
  // for ever on a terminal back in cooked mode. Readline's close pauses its input, then leaves raw mode (Ctrl-Z
  // leaves raw mode without pausing): that is the end of input, and it ends the prompt as Ctrl-C does.
  const endOfInput = new AbortController();
  const filter: Transform & { isTTY: true; setRawMode(mode: boolean): void } = Object.assign(
    createPasteFilter(breaks),
    {
      isTTY: true as const,
      setRawMode: (mode: boolean) => {
        stdin.setRawMode(mode);
        if (!mode && filter.isPaused()) endOfInput.abort();
      },
    },
  );
  const forward = (chunk: Buffer) => filter.write(chunk);
  stdin.on('data', forward);
  stdin.resume();
  setPasteMode(true);
  try {
    return await prompt({ input: filter, signal: endOfInput.signal });
  } finally {
    setPasteMode(false);
    stdin.removeListener('data', forward);
    stdin.pause();
    filter.destroy();
  }
}

interface KeyPromptConfig {
  message: string;
  choices: Array<{ key: string; name: string; legend?: string | undefined; hidden?: boolean | undefined }>;
  default?: string | undefined;
}

/**
 * Resolves on the first key that names a choice (inquirer's `expand` waits for Enter). The choices are shown
 * on one line under the question; other keys are ignored.
 */
const keyPrompt = createPrompt<string, KeyPromptConfig>((config, done) => {
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const theme = makeTheme({});
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
  const keys = config.choices
    .filter((c) => !c.hidden)
    .map((c) => c.legend ?? `${theme.style.highlight(c.key === config.default ? 'Enter' : c.key)} ${c.name}`)
    .join(theme.style.help(' · '));
  return [`${prefix} ${message}`, keys];
});
