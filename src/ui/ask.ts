/**
 * The only wrapper of @inquirer/prompts (loaded lazily by interactive commands). Tests of the flow either drive
 * the real prompts in a terminal (tmux) or replace this module's `Asker`.
 */
import { confirm, editor, expand, input, number, select } from '@inquirer/prompts';

export interface Choice<T> {
  value: T;
  name: string;
  description?: string | undefined;
}

export interface Asker {
  text(message: string, options?: { required?: boolean; default?: string }): Promise<string>;
  select<T>(message: string, choices: Array<Choice<T>>, options?: { default?: T }): Promise<T>;
  /** One keypress: each choice has a key. */
  key<T>(
    message: string,
    choices: Array<Choice<T> & { key: string }>,
    options?: { default?: string },
  ): Promise<T>;
  confirm(message: string, options?: { default?: boolean }): Promise<boolean>;
  number(message: string, options: { min: number; max: number; default?: number }): Promise<number>;
  editor(message: string, options?: { default?: string }): Promise<string>;
}

/** Inquirer rejects with this name when the person presses Ctrl-C. */
export function isPromptExit(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}

export const inquirerAsker: Asker = {
  text: (message, options = {}) =>
    input({
      message,
      required: options.required ?? false,
      ...(options.default ? { default: options.default } : {}),
    }),
  select: (message, choices, options = {}) =>
    select({ message, choices, ...(options.default !== undefined ? { default: options.default } : {}) }),
  key: (message, choices, options = {}) =>
    expand({
      message,
      choices: choices.map((c) => ({ key: c.key as 'a', name: c.name, value: c.value })),
      ...(options.default ? { default: options.default as 'a' } : {}),
      expanded: true,
    }),
  confirm: (message, options = {}) => confirm({ message, default: options.default ?? true }),
  number: async (message, options) => {
    const value = await number({
      message,
      min: options.min,
      max: options.max,
      required: true,
      ...(options.default !== undefined ? { default: options.default } : {}),
    });
    return value ?? options.min;
  },
  editor: (message, options = {}) =>
    editor({
      message,
      postfix: '.md',
      waitForUserInput: false,
      ...(options.default ? { default: options.default } : {}),
    }),
};
