import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, tempJournal } from '../helpers/cli.js';

/**
 * `reflect config list` and `config get db` show the journal in force, as every other command picks it: --db, else
 * REFLECT_DB, else the config file, else the default path — with where it comes from (`flag` for --db).
 */
describe('config list / get db honour --db', () => {
  let journal: ReturnType<typeof tempJournal>;
  let env: Record<string, string>;
  const paths = () => ({
    flag: join(journal.dir, 'flag.db'),
    env: join(journal.dir, 'env.db'),
    file: join(journal.dir, 'config', 'reflect', 'from-config.db'),
    default: join(journal.dir, 'data', 'reflect', 'journal.db'),
  });
  beforeEach(() => {
    journal = tempJournal('reflect-config-db-');
    env = {
      XDG_CONFIG_HOME: join(journal.dir, 'config'),
      XDG_DATA_HOME: join(journal.dir, 'data'),
      REFLECT_DB: '',
    };
  });
  afterEach(() => journal.cleanup());

  const dbItem = (args: string[], extra: Record<string, string> = {}) => {
    const result = reflect([...args, 'config', 'list', '--json'], { env: { ...env, ...extra } });
    expect(result.code, result.stderr).toBe(0);
    return (JSON.parse(result.stdout) as Record<string, unknown>).db;
  };
  const writeConfig = (text: string) => {
    mkdirSync(join(journal.dir, 'config', 'reflect'), { recursive: true });
    writeFileSync(join(journal.dir, 'config', 'reflect', 'config.yaml'), text);
  };

  it.each([
    ['nothing set: the default path', {}, false, false, 'default'],
    ['the config file', {}, false, true, 'file'],
    ['REFLECT_DB over the file', { REFLECT_DB: 'env' }, false, true, 'env'],
    ['--db over REFLECT_DB and the file', { REFLECT_DB: 'env' }, true, true, 'flag'],
  ] as const)('%s', (_name, extra, flag, file, winner) => {
    const p = paths();
    if (file) writeConfig('db: from-config.db\n');
    const envExtra: Record<string, string> = 'REFLECT_DB' in extra ? { REFLECT_DB: p.env } : {};
    const value = p[winner];
    expect(dbItem(flag ? ['--db', p.flag] : [], envExtra)).toEqual({ value, source: winner });
    const get = reflect([...(flag ? ['--db', p.flag] : []), 'config', 'get', 'db'], {
      env: { ...env, ...envExtra },
    });
    expect(get).toMatchObject({ code: 0, stdout: `${value}\n`, stderr: '' });
    // The journal that `list` would open is the one shown.
    expect(reflect([...(flag ? ['--db', p.flag] : []), 'list'], { env: { ...env, ...envExtra } }).code).toBe(
      0,
    );
  });

  it('the text listing shows the --db path with (flag); a relative --db is shown resolved', () => {
    const text = reflect(['--db', 'rel/j.db', 'config', 'list'], { env, cwd: journal.dir });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^db +${join(journal.dir, 'rel', 'j.db')} +\\(flag\\)$`, 'm'));
  });

  it('an empty --db (an unset shell variable) is refused, as by every command: exit 2, one line', () => {
    const result = reflect(['--db', '', 'config', 'list'], { env });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')[0]).toBe('reflect: --db needs a value');
  });

  it('config list --db does not create the journal (it only shows settings)', () => {
    const p = paths();
    expect(reflect(['--db', p.flag, 'config', 'list'], { env }).code).toBe(0);
    expect(reflect(['--db', p.flag, 'config', 'get', 'db'], { env }).code).toBe(0);
    expect(existsSync(p.flag)).toBe(false);
  });

  // The --db line of the help names the journal used without --db, as the "Data:" line does (XDG_DATA_HOME too).
  it.each([
    ['nothing set', {}, false, () => `(default: $REFLECT_DB or ${paths().default})`],
    ['REFLECT_DB', { REFLECT_DB: 'env' }, false, () => `(default: ${paths().env}, from $REFLECT_DB)`],
    ['the config file', {}, true, () => `(default: ${paths().file}, from the settings' db)`],
  ] as const)('--help: the --db default with %s', (_name, extra, inConfig, expected) => {
    if (inConfig) writeConfig('db: from-config.db\n');
    const value = 'REFLECT_DB' in extra ? { REFLECT_DB: paths().env } : {};
    const result = reflect(['--help'], { env: { ...env, ...value, COLUMNS: '400' } });
    expect(result.code, result.stderr).toBe(0);
    const line = result.stdout.split('\n').find((l) => l.trim().startsWith('--db'));
    expect(line).toContain(`journal database file ${expected()}`);
    expect(result.stdout).not.toContain('~/.local/share');
  });
});
