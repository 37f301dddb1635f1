import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, reflect, reflectJson, TEST_ENV, tempJournal } from '../helpers/cli.js';
import { addEntry } from '../helpers/curate.js';

describe('reflect config', () => {
  let journal: ReturnType<typeof tempJournal>;
  let env: Record<string, string>;
  let file: string;
  beforeEach(() => {
    journal = tempJournal();
    env = {
      XDG_CONFIG_HOME: join(journal.dir, 'config'),
      REFLECT_DB: '',
      VISUAL: '',
      EDITOR: '',
      REFLECT_EDITOR: '',
      NO_COLOR: '',
    };
    file = join(journal.dir, 'config', 'reflect', 'config.yaml');
  });
  afterEach(() => journal.cleanup());

  const run = (args: string[], extra: Record<string, string> = {}) =>
    reflect(args, { env: { ...env, ...extra } });
  const writeConfig = (text: string) => {
    mkdirSync(join(journal.dir, 'config', 'reflect'), { recursive: true });
    writeFileSync(file, text);
  };

  it('sets, gets, lists and unsets values, keeping the comments in the file', () => {
    expect(run(['config', 'path']).stdout.trim()).toBe(file);
    writeConfig('# my settings\ncount: 5 # five is enough\n');
    expect(run(['config', 'set', 'week-start', 'Sunday']).code).toBe(0);
    expect(run(['config', 'set', 'color', 'off']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(
      '# my settings\ncount: 5 # five is enough\nweekStart: sunday\ncolor: false\n',
    );
    expect(run(['config', 'get', 'weekStart']).stdout).toBe('sunday\n');
    expect(JSON.parse(run(['config', 'get', 'count', '--json']).stdout)).toEqual({
      key: 'count',
      value: 5,
      source: 'file',
    });
    expect(JSON.parse(run(['config', 'list', '--json']).stdout)).toEqual({
      defaultSet: { value: null, source: 'not set' },
      editor: { value: null, source: 'not set' },
      color: { value: false, source: 'file' },
      count: { value: 5, source: 'file' },
      weekStart: { value: 'sunday', source: 'file' },
      // The journal in force: with nothing set, the default path (see config-db-flag.test.ts).
      db: { value: expect.stringMatching(/\/reflect\/journal\.db$/), source: 'default' },
    });
    expect(run(['config', 'list']).stdout).toMatch(/^count {7}5 +\(file\)$/m);
    expect(run(['config', 'unset', 'count']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('# my settings\nweekStart: sunday\ncolor: false\n');
    expect(run(['config', 'get', 'count']).stdout).toBe('20\n');
  });

  // A relative db is relative to the config folder (documented), not to where the command ran: say where it is.
  it('config set db names the journal it now means, as an absolute path; get db prints the same', () => {
    const cwd = join(journal.dir, 'elsewhere');
    mkdirSync(cwd);
    const where = join(journal.dir, 'config', 'reflect', 'x.db');
    const set = reflect(['config', 'set', 'db', './x.db'], { env, cwd });
    expect(set).toMatchObject({ code: 0, stdout: '' });
    expect(set.stderr.trimEnd()).toBe(`db set to ${where} (written as ./x.db in ${file})`);
    expect(readFileSync(file, 'utf8')).toMatch(/\ndb: \.\/x\.db\n$/);
    expect(reflect(['config', 'get', 'db'], { env, cwd }).stdout).toBe(`${where}\n`);
    expect(JSON.parse(reflect(['config', 'get', 'db', '--json'], { env, cwd }).stdout)).toEqual({
      key: 'db',
      value: where,
      source: 'file',
    });
    const home = reflect(['config', 'set', 'db', '~/j.db'], { env: { ...env, HOME: journal.dir }, cwd });
    expect(home.stderr.trimEnd()).toBe(
      `db set to ${join(journal.dir, 'j.db')} (written as ~/j.db in ${file})`,
    );
    const absolute = join(journal.dir, 'abs.db');
    const plain = reflect(['config', 'set', 'db', absolute], { env, cwd });
    expect(plain.stderr.trimEnd()).toBe(`db set to ${absolute} (in ${file})`);
  });

  it('creates the file with a header on the first set', () => {
    expect(run(['config', 'set', 'defaultSet', 'ladder-of-inference']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# reflect settings.*\n\ndefaultSet: ladder-of-inference\n$/);
  });

  // Precedence: flag > environment > config file > default.
  it.each([
    ['db: default', {}, [], 'default'],
    ['db: config file', { config: 'db: from-config.db' }, [], 'config'],
    ['db: REFLECT_DB over the file', { config: 'db: from-config.db', REFLECT_DB: 'env' }, [], 'env'],
    ['db: --db over both', { config: 'db: from-config.db', REFLECT_DB: 'env' }, ['--db', 'flag'], 'flag'],
  ])('%s', (_name, setup: { config?: string; REFLECT_DB?: string }, flags, winner) => {
    const paths = {
      config: join(journal.dir, 'config', 'reflect', 'from-config.db'),
      env: join(journal.dir, 'env.db'),
      flag: join(journal.dir, 'flag.db'),
    };
    for (const path of Object.values(paths)) addEntry(path, ['--title', path]);
    if (setup.config) writeConfig(`${setup.config}\n`);
    const extra = setup.REFLECT_DB ? { REFLECT_DB: paths.env } : {};
    const flagArgs = flags.length ? ['--db', paths.flag] : [];
    const result = reflect([...flagArgs, 'list', '--json'], {
      env: { ...env, ...extra, XDG_DATA_HOME: join(journal.dir, 'data') },
    });
    expect(result.code).toBe(0);
    const titles = (JSON.parse(result.stdout) as Array<{ title: string }>).map((e) => e.title);
    if (winner === 'default') expect(titles).toEqual([]);
    else expect(titles).toEqual([paths[winner as keyof typeof paths]]);
  });

  it.each([
    ['color: default is on', '', {}, true],
    ['color: config false turns it off', 'color: false', {}, false],
    ['color: NO_COLOR beats config true', 'color: true', { NO_COLOR: '1' }, false],
  ])('%s', (_name, config, extra, coloured) => {
    if (config) writeConfig(`${config}\n`);
    addEntry(journal.db, ['--tag', 'x']);
    // The shared helper strips FORCE_COLOR; colour through a pipe needs it.
    const result = spawnSync(process.execPath, [BIN, 'list'], {
      env: { ...process.env, ...TEST_ENV, ...env, REFLECT_DB: journal.db, FORCE_COLOR: '1', ...extra },
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout.includes('\u001b[')).toBe(coloured);
  });

  it('uses count as the default -n, and a flag over it', () => {
    for (let i = 0; i < 4; i++) addEntry(journal.db);
    writeConfig('count: 2\n');
    const list = (args: string[]) =>
      reflectJson<unknown[]>(['list', ...args], { db: journal.db, env }).length;
    expect(list([])).toBe(2);
    expect(list(['-n', '3'])).toBe(3);
  });

  it('uses the configured editor after REFLECT_EDITOR, VISUAL and EDITOR', () => {
    const id = addEntry(journal.db);
    const rewrite = `node ${join(FIXTURES, 'editors', 'rewrite.mjs')}`;
    writeConfig(`editor: ${rewrite}\n`);
    const rules = JSON.stringify([
      ['title: Budget review with Dana', 'title: Edited by the configured editor'],
    ]);
    expect(reflect(['edit', String(id)], { db: journal.db, env: { ...env, EDIT_RULES: rules } }).code).toBe(
      0,
    );
    const override = reflect(['edit', String(id)], { db: journal.db, env: { ...env, EDITOR: 'false' } });
    expect(override.stderr).toContain('editor "false" exited');
    expect(reflect(['config', 'get', 'editor', '--json'], { env: { ...env, VISUAL: 'vim' } }).stdout).toBe(
      '{"key":"editor","value":"vim","source":"env"}\n',
    );
  });

  it('uses defaultSet when new --answers has no --set', () => {
    writeConfig('defaultSet: left-hand-column\n');
    const result = reflect(['new', '--answers', join(FIXTURES, 'answers', 'lhc-budget.json'), '--json'], {
      db: journal.db,
      env,
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).set).toBe('left-hand-column');
  });

  it.each([
    [
      'an invalid value',
      'weekStart: friday\n',
      /config\.yaml: weekStart must be monday or sunday, got "friday"$/,
    ],
    ['an unknown key', 'colour: false\n', /config\.yaml: unknown setting "colour"$/],
    [
      'a kebab-case key',
      'week-start: monday\n',
      /config\.yaml: unknown setting "week-start" \(did you mean weekStart\?\)$/,
    ],
    [
      'a count that is not a number',
      'count: lots\n',
      /config\.yaml: count must be a whole number from 1 to 10000, got "lots"$/,
    ],
    ['broken YAML', 'count: [1,\n', /config\.yaml line \d+: not valid YAML/],
    ['a list instead of settings', '- a\n- b\n', /config\.yaml: expected "key: value" settings/],
  ])('refuses a config file with %s: one line naming the key, exit 2', (_name, text, message) => {
    writeConfig(text);
    addEntry(journal.db, [], { XDG_CONFIG_HOME: join(journal.dir, 'none') });
    const result = reflect(['list'], { db: journal.db, env });
    expect(result.code).toBe(2);
    const [first] = result.stderr.split('\n');
    expect(first).toMatch(/^reflect: /);
    expect(first).toMatch(message);
  });

  it('lets reflect config repair a broken key', () => {
    writeConfig('# keep me\nweekStart: friday\n');
    expect(run(['list']).code).toBe(2);
    expect(run(['config', 'list']).code).toBe(0);
    const fixed = run(['config', 'set', 'weekStart', 'monday']);
    expect(fixed.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('# keep me\nweekStart: monday\n');
    writeConfig('colour: false\n');
    expect(run(['config', 'unset', 'colour']).code).toBe(0);
    expect(run(['list']).code).toBe(0);
  });

  it('unset removes a misspelt key as the error hint says (default-set, weekstart), not the key it resembles', () => {
    writeConfig('defaultSet: freeform\ndefault-set: check-in\nweekstart: sunday\n');
    const broken = run(['list']);
    expect(broken.stderr).toContain('remove it with: reflect config unset default-set');
    const unset = run(['config', 'unset', 'default-set']);
    expect(unset).toMatchObject({ code: 0, stderr: `default-set removed from ${file}\n` });
    expect(readFileSync(file, 'utf8')).toBe('defaultSet: freeform\nweekstart: sunday\n');
    expect(run(['config', 'unset', 'weekstart']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('defaultSet: freeform\n');
    expect(run(['list']).code).toBe(0);
  });

  it('unset of a key the file does not set says so and leaves the file as it was', () => {
    writeConfig('# mine\ncount: 5\n');
    const result = run(['config', 'unset', 'weekStart']);
    expect(result).toMatchObject({ code: 0, stderr: `weekStart is not set in ${file}\n` });
    expect(readFileSync(file, 'utf8')).toBe('# mine\ncount: 5\n');
    const unknown = run(['config', 'unset', 'bogus']);
    expect(unknown).toMatchObject({ code: 0, stderr: `bogus is not set in ${file}\n` });
  });

  it('keeps the file in block style after every key was unset and one is set again', () => {
    expect(run(['config', 'set', 'count', '5']).code).toBe(0);
    expect(run(['config', 'unset', 'count']).code).toBe(0);
    expect(run(['config', 'set', 'editor', 'vim']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# reflect settings.*\n\neditor: vim\n$/);
    // A file an earlier reflect left in flow style goes back to one setting a line.
    writeConfig('# mine\n{ color: true, count: 5 }\n');
    expect(run(['config', 'set', 'weekStart', 'sunday']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('# mine\ncolor: true\ncount: 5\nweekStart: sunday\n');
  });
});
