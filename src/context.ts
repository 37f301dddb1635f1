import { userInfo } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import type { Config } from './config.js';
import { UserError } from './errors.js';
import type { Store } from './store/db.js';

export interface GlobalOptions {
  db?: string | undefined;
  json: boolean;
  color: boolean;
  debug: boolean;
}

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

/** Everything a command needs from the outside world, built once in cli.ts and passed in. */
export interface Context {
  env: Readonly<Record<string, string | undefined>>;
  io: Io;
  globals: GlobalOptions;
  config: Readonly<Config>;
  /** The clock; REFLECT_NOW fixes it (tests, reproducible examples). */
  now(): Date;
  /** Both ends are terminals: prompts are possible. */
  interactive: boolean;
  /** The terminal's width now (40 to 120 columns), read each time: the terminal may be resized. */
  readonly columns: number;
  dbPath(): string;
  /** Opens the journal on first call; commands that never call it never touch the database. */
  store(): Store;
  out(text?: string): void;
  /** Status lines for people go to stderr, so stdout stays clean for pipes and --json. */
  note(text: string): void;
}

/** --db > REFLECT_DB > config `db` > $XDG_DATA_HOME/reflect/journal.db (~/.local/share/reflect/journal.db). */
export function resolveDbPath(
  flag: string | undefined,
  env: Context['env'],
  config?: Pick<Config, 'db'>,
): string {
  if (flag) return resolve(flag);
  if (env.REFLECT_DB) return resolve(env.REFLECT_DB);
  if (config?.db) return resolve(config.db);
  return join(dataHome(env), 'reflect', 'journal.db');
}

export function dataHome(env: Context['env']): string {
  return env.XDG_DATA_HOME?.startsWith('/') ? env.XDG_DATA_HOME : join(homeDir(env), '.local', 'share');
}

export function configHome(env: Context['env']): string {
  return env.XDG_CONFIG_HOME?.startsWith('/') ? env.XDG_CONFIG_HOME : join(homeDir(env), '.config');
}

/**
 * The home folder: $HOME, or the user's own when HOME is unset, empty or relative (cron, `env -i`), as a relative
 * XDG path is ignored. Node's homedir() returns an empty HOME as it is, which put the journal in the working folder.
 */
export function homeDir(env: Context['env']): string {
  if (env.HOME && isAbsolute(env.HOME)) return env.HOME;
  try {
    return userInfo().homedir;
  } catch {
    throw new UserError('cannot tell where your home folder is: HOME is not set', {
      hint: 'set HOME, or name the journal with --db or REFLECT_DB',
    });
  }
}
