import { statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from './errors.js';
import { errnoCode, fsReason } from './fs-errors.js';
import { MSG } from './ui/messages.js';

/**
 * Settings that shape every command. Layers: defaults → $XDG_CONFIG_HOME/reflect/config.yaml → environment
 * (REFLECT_DB, NO_COLOR, REFLECT_EDITOR/VISUAL/EDITOR) → flags. `ctx.config` holds the first three, validated
 * once and frozen; commands apply their flags on top.
 */
export interface Config {
  /** Set offered first by `reflect new` (and used by `new --answers` without --set). */
  defaultSet?: string | undefined;
  /** Editor for `reflect edit` and long answers: REFLECT_EDITOR > VISUAL > EDITOR > config. */
  editor?: string | undefined;
  /** false turns colours off (like --no-color). */
  color: boolean;
  /** Default `-n` for list and search. */
  count: number;
  /** First day of a week for --week and summaries. */
  weekStart: 'monday' | 'sunday';
  /** Journal path (after --db and REFLECT_DB). */
  db?: string | undefined;
}

export type ConfigKey = keyof Config;
export type ConfigSource = 'default' | 'file' | 'env';

export const DEFAULT_CONFIG: Readonly<Config> = Object.freeze({
  color: true,
  count: 20,
  weekStart: 'monday',
});

/** Every key, in the order `reflect config list` shows them, with what it takes (also the error wording). */
export const CONFIG_KEYS: Readonly<
  Record<ConfigKey, { expects: string; description: string; env?: string }>
> = {
  defaultSet: {
    expects: 'a prompt set id such as left-hand-column',
    description: 'set offered first by reflect new',
  },
  editor: {
    expects: 'an editor command such as "nano" or "code --wait"',
    description: 'editor for reflect edit',
    env: 'REFLECT_EDITOR, VISUAL, EDITOR',
  },
  color: { expects: 'true or false', description: 'coloured output', env: 'NO_COLOR' },
  count: { expects: 'a whole number from 1 to 10000', description: 'default -n for list and search' },
  weekStart: { expects: 'monday or sunday', description: 'first day of the week for --week and summaries' },
  db: { expects: 'a file path', description: 'journal database file', env: 'REFLECT_DB' },
};

export interface LoadedConfig {
  config: Readonly<Config>;
  sources: Readonly<Record<ConfigKey, ConfigSource>>;
  path: string;
  /** The file could not be used; every command but `reflect config` refuses to run with it. */
  problem?: UserError | undefined;
}

export function configPath(configHome: string): string {
  return join(configHome, 'reflect', 'config.yaml');
}

/**
 * Reads the config file only if there is one (a stat otherwise: the YAML and zod code is loaded only then),
 * then layers the environment on top.
 */
export async function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  configHome: string,
): Promise<LoadedConfig> {
  const path = configPath(configHome);
  let file: Partial<Config> = {};
  let problem: UserError | undefined;
  let isFile = false;
  try {
    isFile = Boolean(statSync(path, { throwIfNoEntry: false })?.isFile());
  } catch (error) {
    // A config folder this user may not enter (made by `sudo reflect config set`, say): one line, not a crash.
    problem = configReadProblem(path, error);
  }
  if (isFile) {
    const { readConfigFile } = await import('./config-file.js');
    const read = readConfigFile(path, env);
    if (read.problem) problem = read.problem;
    else file = read.values;
  }
  return { ...layerConfig(file, env), path, problem };
}

/** A config file that cannot be read, as one line with what to do. */
export function configReadProblem(path: string, error: unknown): UserError {
  const why = fsReason(error) ?? errnoCode(error) ?? String(error);
  return new UserError(MSG.configUnreadable(path, why), { hint: MSG.configUnreadableHint });
}

/** defaults ← file ← environment; frozen. */
export function layerConfig(
  file: Partial<Config>,
  env: Readonly<Record<string, string | undefined>>,
): Pick<LoadedConfig, 'config' | 'sources'> {
  const config: Config = { ...DEFAULT_CONFIG };
  const sources = Object.fromEntries(Object.keys(CONFIG_KEYS).map((k) => [k, 'default'])) as Record<
    ConfigKey,
    ConfigSource
  >;
  for (const [key, value] of Object.entries(file) as Array<[ConfigKey, never]>) {
    if (value === undefined) continue;
    config[key] = value;
    sources[key] = 'file';
  }
  const fromEnv: Partial<Config> = {};
  if ((env.NO_COLOR ?? '') !== '') fromEnv.color = false;
  if (env.REFLECT_DB) fromEnv.db = env.REFLECT_DB;
  const editor = [env.REFLECT_EDITOR, env.VISUAL, env.EDITOR].find((e) => e && e.trim() !== '');
  if (editor) fromEnv.editor = editor.trim();
  for (const [key, value] of Object.entries(fromEnv) as Array<[ConfigKey, never]>) {
    config[key] = value;
    sources[key] = 'env';
  }
  return { config: Object.freeze(config), sources: Object.freeze(sources) };
}

/** "default-set", "DefaultSet", "weekstart" → the key's one spelling; undefined when there is no such key. */
export function normalizeKey(text: string): ConfigKey | undefined {
  const flat = text.replace(/[-_]/g, '').toLowerCase();
  return (Object.keys(CONFIG_KEYS) as ConfigKey[]).find((key) => key.toLowerCase() === flat);
}
