import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { isMap, isScalar, parseDocument } from 'yaml';
import { z } from 'zod';
import { CONFIG_KEYS, type Config, type ConfigKey, configReadProblem, normalizeKey } from './config.js';
import { homeDir } from './context.js';
import { UserError } from './errors.js';

/** Loaded only when a config file exists or `reflect config` writes one: YAML and zod stay off the start-up path. */
const SCHEMAS: Record<ConfigKey, z.ZodType> = {
  defaultSet: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  editor: z.string().trim().min(1),
  color: z.boolean(),
  count: z.number().int().min(1).max(10_000),
  weekStart: z.enum(['monday', 'sunday']),
  db: z.string().trim().min(1),
};

const HEADER =
  ' reflect settings — `reflect config list` shows every key, `reflect config set <key> <value>` changes one';

export function readConfigFile(
  path: string,
  env: Readonly<Record<string, string | undefined>>,
): { values: Partial<Config>; problem?: undefined } | { values?: undefined; problem: UserError } {
  try {
    return { values: parseConfigText(readFileSync(path, 'utf8'), path, env) };
  } catch (error) {
    if (error instanceof UserError) return { problem: error };
    return { problem: configReadProblem(path, error) };
  }
}

/** Validates the whole file; the first problem is one line naming the key. */
export function parseConfigText(
  text: string,
  path: string,
  env: Readonly<Record<string, string | undefined>> = {},
): Partial<Config> {
  const doc = parseDocument(text);
  const syntax = doc.errors[0];
  if (syntax) {
    const line = syntax.linePos?.[0]?.line;
    throw new UserError(
      `${path}${line ? ` line ${line}` : ''}: not valid YAML (${firstLine(syntax.message)})`,
      {
        hint: `fix the file by hand: ${path}`,
      },
    );
  }
  const data = doc.toJS() as unknown;
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new UserError(`${path}: expected "key: value" settings, one per line`, {
      hint: 'see: reflect config list',
    });
  }
  const values: Partial<Config> = {};
  for (const [name, value] of Object.entries(data as Record<string, unknown>)) {
    const key = normalizeKey(name);
    if (!key || key !== name) {
      throw new UserError(`${path}: unknown setting "${name}"${key ? ` (did you mean ${key}?)` : ''}`, {
        hint: `known settings: ${Object.keys(CONFIG_KEYS).join(', ')} — remove it with: reflect config unset ${name}`,
      });
    }
    if (value === null) continue;
    values[key] = checkValue(key, value, path) as never;
  }
  if (values.db !== undefined) values.db = configDbPath(values.db, path, env);
  return values;
}

function checkValue(key: ConfigKey, value: unknown, where?: string): unknown {
  const result = SCHEMAS[key].safeParse(value);
  if (result.success) return result.data;
  const message = `${where ? `${where}: ` : ''}${key} must be ${CONFIG_KEYS[key].expects}, got ${JSON.stringify(value)}`;
  throw new UserError(message, where ? { hint: `fix it with: reflect config set ${key} <value>` } : {});
}

/** The journal a `db:` of config file `file` names: `~/x` in the home folder, a relative path in the file's folder. */
export function configDbPath(
  path: string,
  file: string,
  env: Readonly<Record<string, string | undefined>>,
): string {
  if (path === '~' || path.startsWith('~/')) return join(homeDir(env), path.slice(1));
  return isAbsolute(path) ? path : resolve(dirname(file), path);
}

/** A value typed on the command line, in the key's type: "30" → 30, "off" → false. */
export function parseCliValue(key: ConfigKey, text: string): unknown {
  const raw = text.trim();
  let value: unknown = raw;
  if (key === 'count' && /^[+-]?\d+$/.test(raw)) value = Number(raw);
  if (key === 'color') {
    const word = raw.toLowerCase();
    if (['true', 'yes', 'on', '1'].includes(word)) value = true;
    if (['false', 'no', 'off', '0'].includes(word)) value = false;
  }
  if (key === 'weekStart') value = raw.toLowerCase();
  return checkValue(key, value);
}

/**
 * Sets (or, with `undefined`, removes) one key, keeping the person's comments and layout. Returns false when
 * there was nothing to remove (the file is then left as it was).
 */
export function updateConfigFile(path: string, name: string, value: unknown): boolean {
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const doc = parseDocument(text);
  const syntax = doc.errors[0];
  if (syntax) {
    throw new UserError(`cannot update ${path}: it is not valid YAML (${firstLine(syntax.message)})`, {
      hint: `fix the file by hand: ${path}`,
    });
  }
  if (
    doc.contents !== null &&
    !isMap(doc.contents) &&
    !(isScalar(doc.contents) && doc.contents.value === null)
  ) {
    throw new UserError(`cannot update ${path}: expected "key: value" settings`, {
      hint: `fix the file by hand: ${path}`,
    });
  }
  // An empty map prints as `{}`, and keys set into it later as `{ editor: vim }`: no map at all keeps the file
  // one `key: value` a line.
  if (isScalar(doc.contents) || (isMap(doc.contents) && doc.contents.items.length === 0)) doc.contents = null;
  if (value === undefined) {
    if (!doc.has(name)) return false;
    removeKeepingComments(doc, name);
    if (isMap(doc.contents) && doc.contents.items.length === 0) doc.contents = null;
  } else doc.set(name, value);
  // A file an earlier reflect turned into `{ color: true, … }` goes back to one setting a line.
  if (isMap(doc.contents)) doc.contents.flow = false;
  if (text.trim() === '') doc.commentBefore = HEADER;
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, doc.toString(), { mode: 0o600 });
  renameSync(temp, path);
  return true;
}

/** A comment written above a removed setting belongs to what follows it, not to the setting. */
function removeKeepingComments(doc: ReturnType<typeof parseDocument>, name: string): void {
  if (isMap(doc.contents)) {
    const items = doc.contents.items;
    const index = items.findIndex((pair) => isScalar(pair.key) && pair.key.value === name);
    const comment = index >= 0 && isScalar(items[index]!.key) ? items[index]!.key.commentBefore : undefined;
    if (comment) {
      const next = items[index + 1]?.key;
      if (isScalar(next))
        next.commentBefore = next.commentBefore ? `${comment}\n${next.commentBefore}` : comment;
      else doc.comment = doc.comment ? `${comment}\n${doc.comment}` : comment;
    }
  }
  doc.delete(name);
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
