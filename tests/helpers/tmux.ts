import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { BIN, SANDBOX, TEST_ENV, tempJournal } from './cli.js';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/**
 * Drives a real terminal: the command runs in a detached tmux pane on a private server socket, keys are typed
 * with send-keys and the screen is read with capture-pane — as a person would use it.
 */
export class Terminal {
  private readonly socket = `reflect-test-${process.pid}-${Math.random().toString(36).slice(2)}`;
  private readonly target = 'main';
  private closed = false;

  constructor(
    args: string[],
    env: Record<string, string | undefined>,
    options: { width?: number; height?: number } = {},
  ) {
    const vars = {
      XDG_DATA_HOME: join(SANDBOX, 'data'),
      XDG_CONFIG_HOME: join(SANDBOX, 'config'),
      ...TEST_ENV,
      ...env,
    };
    // A variable set to undefined is removed from the environment (NO_COLOR: '' still counts as set).
    const exports = [
      ...Object.entries(vars)
        .filter(([, v]) => v === undefined)
        .map(([k]) => `-u ${k}`),
      ...Object.entries(vars)
        .filter((entry): entry is [string, string] => entry[1] !== undefined)
        .map(([k, v]) => `${k}=${shellQuote(v)}`),
    ].join(' ');
    // Keep the pane open after exit so the exit code and final screen can be read.
    const command = `env ${exports} ${shellQuote(process.execPath)} ${shellQuote(BIN)} ${args.map(shellQuote).join(' ')}; echo "[exit $?]"; sleep 600`;
    this.tmux(
      'new-session',
      '-d',
      '-s',
      this.target,
      '-x',
      String(options.width ?? 100),
      '-y',
      String(options.height ?? 50),
      command,
    );
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  }

  /** Types text literally (no key names), without Enter. */
  type(text: string): void {
    this.tmux('send-keys', '-t', this.target, '-l', text);
  }

  /**
   * Pastes text as a terminal would: a bracketed paste (ESC[200~ … ESC[201~) when the program has turned
   * bracketed paste mode on, otherwise the bare characters. Line breaks are sent as carriage returns.
   */
  paste(text: string): void {
    this.tmux('set-buffer', '-b', 'paste', text);
    this.tmux('paste-buffer', '-p', '-d', '-b', 'paste', '-t', this.target);
  }

  /** From now on, appends everything the program writes to the terminal (raw, escapes included) to `file`. */
  record(file: string): void {
    this.tmux('pipe-pane', '-o', '-t', this.target, `cat >> ${shellQuote(file)}`);
  }

  /** Resizes the terminal, as a person dragging its window's edge: the program gets SIGWINCH. */
  resize(width: number, height?: number): void {
    this.tmux(
      'resize-window',
      '-t',
      this.target,
      '-x',
      String(width),
      ...(height ? ['-y', String(height)] : []),
    );
  }

  /** Sends named keys: 'Enter', 'C-c', 'Down', 'y' … */
  press(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.target, ...keys);
  }

  /**
   * Answers the prompt that is waiting: waits until a prompt is shown, types the text, presses Enter and waits
   * until the prompt has taken it — a person reads the question before answering, and so must a test.
   */
  async answer(text: string): Promise<void> {
    await this.waitFor(/^\? .*$(?![\s\S]*\S)/m);
    if (text) {
      this.type(text);
      await this.waitFor(text.slice(-20));
    }
    const before = this.screen();
    this.press('Enter');
    const deadline = Date.now() + 10_000;
    while (this.screen() === before) {
      if (Date.now() > deadline) throw new Error(`the prompt did not take "${text}"; screen:\n${before}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-J', '-t', this.target, '-S', '-200');
  }

  /**
   * The screen's rows as the person sees them: a line the terminal wrapped is two rows here. With `colours`,
   * each row carries the escape codes that draw it (a colour left on shows as codes on the rows after it).
   */
  rows(options: { colours?: boolean } = {}): string[] {
    const colours = options.colours ? ['-e'] : [];
    return this.tmux('capture-pane', '-p', ...colours, '-t', this.target, '-S', '-200').split('\n');
  }

  /** Waits until the screen matches, returning it; fails with the screen on timeout. */
  async waitFor(pattern: RegExp | string, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let screen = '';
    while (Date.now() < deadline) {
      screen = this.screen();
      if (typeof pattern === 'string' ? screen.includes(pattern) : pattern.test(screen)) return screen;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${pattern}; screen was:\n${screen}`);
  }

  /** Waits for the command to end and returns its exit code. */
  async exitCode(timeoutMs = 10_000): Promise<number> {
    const screen = await this.waitFor(/\[exit \d+\]/, timeoutMs);
    return Number(/\[exit (\d+)\]/.exec(screen)![1]);
  }

  /** The pid of the process running in the pane (the shell wrapper's child is the node process). */
  panePid(): number {
    return Number(this.tmux('display-message', '-p', '-t', this.target, '#{pane_pid}').trim());
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
  }
}

/** A temp journal that reflect runs on in terminals: `db` and `dir` are the current test's. */
export interface TerminalJournal {
  readonly db: string;
  readonly dir: string;
  /** Starts `reflect args` on this journal (REFLECT_DB) in a new terminal, closed when the test ends. */
  terminal(
    args: string[],
    env?: Record<string, string | undefined>,
    size?: { width?: number; height?: number },
  ): Terminal;
}

/**
 * The setup every terminal test shares — call it in a describe block: a fresh journal before each test; after
 * it, every terminal it started is closed and the journal removed.
 */
export function terminalJournal(prefix?: string): TerminalJournal {
  let journal: ReturnType<typeof tempJournal> | undefined;
  const started: Terminal[] = [];
  beforeEach(() => {
    journal = tempJournal(prefix);
  });
  afterEach(() => {
    for (const term of started.splice(0)) term.close();
    journal?.cleanup();
    journal = undefined;
  });
  const current = () => {
    if (!journal) throw new Error('terminalJournal: the journal exists only while a test runs');
    return journal;
  };
  return {
    get db() {
      return current().db;
    },
    get dir() {
      return current().dir;
    },
    terminal(args, env = {}, size = {}) {
      const term = new Terminal(args, { REFLECT_DB: current().db, ...env }, size);
      started.push(term);
      return term;
    },
  };
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Answers the left-hand column's steps 5–9 with nothing, saves the entry, and returns reflect's exit code. */
export async function skipStepsAndSave(term: Terminal): Promise<number> {
  for (const step of [5, 6, 7, 8, 9]) {
    await term.waitFor(`Step ${step} of 9`);
    await term.answer('');
  }
  await term.waitFor('Save this entry?');
  await term.answer('');
  return term.exitCode();
}

/** A new left-hand-column entry with Dana, title and tag given, so only the steps are asked. */
export const RETRO = [
  'new',
  '--set',
  'left-hand-column',
  '--with',
  'Dana',
  '--title',
  'Retro',
  '--tag',
  'retro',
];

/** Answers steps 1–3 and types one assumption at step 4; resolves with the screen showing the suggestions. */
export async function answerUpToTheAssumption(term: Terminal): Promise<string> {
  await term.waitFor('Step 1 of 9');
  await term.answer('Retro; Dana overruled my rollout plan.');
  await term.waitFor('Step 2 of 9');
  await term.answer('Dana: We will do it my way.');
  await term.answer('You never ask what I think.');
  await term.answer('');
  await term.waitFor('Step 3 of 9');
  await term.answer('');
  await term.waitFor('Step 4 of 9');
  await term.answer('She has no faith in my decisions.');
  return term.waitFor('The same assumption?');
}
