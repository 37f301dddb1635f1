import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, tempJournal } from '../helpers/cli.js';

/** The journal path and `~` when HOME is missing or empty (cron jobs, `env -i`, service managers). */
describe('without a usable HOME', () => {
  let dir: ReturnType<typeof tempJournal>;
  beforeEach(() => {
    dir = tempJournal();
  });
  afterEach(() => dir.cleanup());

  // Only `config get db`: it names the journal without opening it, so nothing is written in the real home.
  const journalPath = (home: string | undefined, config?: string) => {
    const env: Record<string, string | undefined> = {
      HOME: home,
      XDG_DATA_HOME: undefined,
      XDG_CONFIG_HOME: join(dir.dir, 'config'),
    };
    if (config !== undefined) {
      mkdirSync(join(dir.dir, 'config', 'reflect'), { recursive: true });
      writeFileSync(join(dir.dir, 'config', 'reflect', 'config.yaml'), config);
    }
    return reflect(['config', 'get', 'db'], { env, cwd: dir.dir });
  };

  it.each([
    ['unset', undefined],
    ['empty', ''],
    ['relative', 'home'],
  ])(
    'HOME %s: the default journal is in the home folder of the user, never relative to the working folder',
    (_name, home) => {
      const result = journalPath(home);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toBe(`${join(userInfo().homedir, '.local', 'share', 'reflect', 'journal.db')}\n`);
      expect(readdirSync(dir.dir)).toEqual([]);
    },
  );

  it.each([
    ['unset', undefined],
    ['empty', ''],
  ])('HOME %s: a config db of ~/my.db is in the home folder of the user, not /my.db', (_name, home) => {
    const result = journalPath(home, 'db: ~/my.db\n');
    expect(result.stdout).toBe(`${join(userInfo().homedir, 'my.db')}\n`);
  });
});
