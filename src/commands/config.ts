import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { CONFIG_KEYS, type ConfigKey, type LoadedConfig, loadConfig, normalizeKey } from '../config.js';
import { type Context, configHome, resolveDbPath } from '../context.js';
import { UserError } from '../errors.js';

export function registerConfig(program: Command, ctx: Context): void {
  const config = program
    .command('config')
    .description('show or change settings (config.yaml in $XDG_CONFIG_HOME/reflect)')
    // As every other group: `reflect help config set`, not commander's own `config help` ("display help for command").
    .helpCommand(false)
    .addHelpText(
      'after',
      `
Settings: ${Object.keys(CONFIG_KEYS).join(', ')}.
Precedence: flag > environment > config file > default.

Examples:
  $ reflect config list
  $ reflect config set editor "code --wait"
  $ reflect config set weekStart sunday
  $ reflect config get count --json
  $ reflect config unset db
  $ reflect config path`,
    );
  config
    .command('list')
    .description('every setting with its value and where it comes from')
    .addHelpText('after', examples('list  each setting, its value and where it comes from', 'list --json'))
    .action(async () => {
      const loaded = await current(ctx);
      const keys = Object.keys(CONFIG_KEYS) as ConfigKey[];
      if (ctx.globals.json) {
        return ctx.out(
          JSON.stringify(Object.fromEntries(keys.map((k) => [k, item(ctx, loaded, k)])), null, 2),
        );
      }
      const rows = keys.map((key) => {
        const { value, source } = item(ctx, loaded, key);
        return { key, value: value === null ? '(not set)' : String(value), source };
      });
      const keyWidth = Math.max(...rows.map((r) => r.key.length));
      // A long value (the journal's path) puts its own source further out rather than pushing every row's.
      const valueWidth = Math.max(...rows.map((r) => r.value.length).filter((n) => n <= 24));
      for (const { key, value, source } of rows) {
        const from = source === 'not set' ? '' : `  (${source})`;
        ctx.out(`${key.padEnd(keyWidth)}  ${from ? value.padEnd(valueWidth) : value}${from}`);
      }
      if (loaded.problem) ctx.note(`note: ${loaded.problem.message}`);
    });
  config
    .command('get')
    .description('print one setting (empty when not set)')
    .argument('<key>', Object.keys(CONFIG_KEYS).join(' | '))
    .addHelpText(
      'after',
      examples(
        'get weekStart',
        'get db                      the journal in force',
        'get editor --json           {"key", "value", "source"}',
      ),
    )
    .action(async (name: string) => {
      const key = keyOf(name);
      const found = item(ctx, await current(ctx), key);
      if (ctx.globals.json) return ctx.out(JSON.stringify({ key, ...found }));
      ctx.out(found.value === null ? '' : String(found.value));
    });
  config
    .command('set')
    .description('change one setting in the config file (comments in the file are kept)')
    .argument('<key>', Object.keys(CONFIG_KEYS).join(' | '))
    .argument('<value>', 'the new value')
    .addHelpText(
      'after',
      examples(
        'set editor "code --wait"    a value with spaces in quotes',
        'set weekStart sunday',
        'set count 50',
        'set defaultSet ladder-of-inference',
        'set color false',
      ),
    )
    .action(async (name: string, text: string) => {
      const key = keyOf(name);
      const { configDbPath, parseCliValue, updateConfigFile } = await import('../config-file.js');
      const value = parseCliValue(key, text);
      if (key === 'defaultSet') await checkSetExists(ctx, value as string);
      const path = (await current(ctx)).path;
      updateConfigFile(path, key, value);
      if (key === 'db') {
        // A relative path is relative to the config folder, not to here: say which journal that is.
        const journal = configDbPath(String(value), path, ctx.env);
        ctx.note(
          `db set to ${journal} (${journal === value ? '' : `written as ${String(value)} `}in ${path})`,
        );
      } else ctx.note(`${key} = ${String(value)} (in ${path})`);
      const after = await current(ctx);
      if (ctx.globals.json) ctx.out(JSON.stringify({ key, ...item(ctx, after, key) }));
      if (after.problem) ctx.note(`note: ${after.problem.message}`);
      else if (after.sources[key] === 'env')
        ctx.note(`note: ${CONFIG_KEYS[key].env} in your environment overrides it`);
    });
  config
    .command('unset')
    .description('remove one setting from the config file (back to the default)')
    .argument('<key>', Object.keys(CONFIG_KEYS).join(' | '))
    .addHelpText(
      'after',
      examples('unset editor                back to $VISUAL or $EDITOR', 'unset weekStart'),
    )
    .action(async (name: string) => {
      const loaded = await current(ctx);
      // Any name may be removed, so an unknown or misspelt key in the file (`default-set`, which the error
      // names) can be cleaned up from here: the name as written first, else the setting it stands for.
      const key = normalizeKey(name) ?? name;
      ctx.note(await unsetKey(loaded.path, name, key));
      // With --json, where the setting stands now (a misspelt name in the file has no setting to show).
      if (ctx.globals.json && key in CONFIG_KEYS)
        ctx.out(JSON.stringify({ key, ...item(ctx, await current(ctx), key as ConfigKey) }));
    });
  config
    .command('path')
    .description('print where the config file is (or would be)')
    .addHelpText('after', examples('path', '$ "$EDITOR" "$(reflect config path)"   edit the file itself'))
    .action(async () => {
      const { path } = await current(ctx);
      ctx.out(ctx.globals.json ? JSON.stringify({ path }) : path);
    });
}

/** Removes `name` (as written, else the setting `key` it stands for) from the file; says what happened. */
async function unsetKey(path: string, name: string, key: string): Promise<string> {
  if (!existsSync(path)) return `${key} is not set (there is no config file)`;
  const { updateConfigFile } = await import('../config-file.js');
  if (name !== key && updateConfigFile(path, name, undefined)) return `${name} removed from ${path}`;
  if (!updateConfigFile(path, key, undefined)) return `${key} is not set in ${path}`;
  return `${key} removed from ${path}`;
}

/** A subcommand's help ends with examples, as every command's does (a line starting with "$" is taken as is). */
function examples(...lines: string[]): string {
  const shown = lines
    .filter(Boolean)
    .map((line) => (line.startsWith('$') ? `  ${line}` : `  $ reflect config ${line}`));
  return `\nExamples:\n${shown.join('\n')}`;
}

/** Read afresh: the file may be the broken one this command is about to fix. */
function current(ctx: Context): Promise<LoadedConfig> {
  return loadConfig(ctx.env, configHome(ctx.env));
}

/**
 * A setting's value and where it comes from. `db` is the journal in force, picked as every command picks it:
 * --db (`flag`), REFLECT_DB, the config file, else the default path.
 */
function item(ctx: Context, loaded: LoadedConfig, key: ConfigKey): { value: unknown; source: string } {
  if (key === 'db') {
    const source = ctx.globals.db ? 'flag' : loaded.config.db === undefined ? 'default' : loaded.sources.db;
    return { value: resolveDbPath(ctx.globals.db, ctx.env, loaded.config), source };
  }
  const value = loaded.config[key];
  return { value: value ?? null, source: value === undefined ? 'not set' : loaded.sources[key] };
}

function keyOf(name: string): ConfigKey {
  const key = normalizeKey(name);
  if (!key) {
    throw new UserError(`unknown setting "${name}"`, {
      hint: `settings: ${Object.keys(CONFIG_KEYS).join(', ')}`,
    });
  }
  return key;
}

/** A typo in defaultSet would otherwise only show up at the next `reflect new`. */
async function checkSetExists(ctx: Context, id: string): Promise<void> {
  // The catalog parses prompt sets with zod: loaded here, never at start-up.
  const { availableSets } = await import('../prompt-catalog.js');
  const { openStore } = await import('../store/db.js');
  const path = ctx.dbPath();
  const store = existsSync(path) ? openStore(path) : undefined;
  try {
    const ids = availableSets(store?.db).map((c) => c.set.id);
    if (!ids.includes(id))
      throw new UserError(`no prompt set "${id}"`, { hint: `available: ${ids.join(', ')}` });
  } finally {
    store?.close();
  }
}
