import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, reflect, tempJournal } from '../helpers/cli.js';

/**
 * README: `--json` is "machine-readable output on stdout, nothing else there". Every command that changes or
 * reports something prints JSON (or, for a note-only command, nothing) — never a sentence a script would choke on.
 * `assignments cancel`, `prompts remove` and `config path`/`set`/`unset` printed their sentence on stdout.
 * (`prompts new`/`export` print the YAML itself, `completion` a script, `export` its own --format: not here.)
 */
describe('--json prints JSON on stdout', () => {
  const work = tempJournal('reflect-json-stdout-');
  const env = { XDG_CONFIG_HOME: join(work.dir, 'config'), HOME: work.dir };
  const run = (args: string[]) => reflect([...args, '--json'], { db: work.db, cwd: work.dir, env });
  const parsed = (args: string[]) => {
    const result = run(args);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as unknown;
  };

  beforeAll(() => {
    const saved = reflect(
      ['new', '--set', 'left-hand-column', '--answers', join(FIXTURES, 'register', 'budget-1.json')],
      { db: work.db },
    );
    expect(saved.code, saved.stderr).toBe(0);
    expect(reflect(['assign', 'check-in', '--every', 'week'], { db: work.db }).code).toBe(0);
    const added = reflect(
      [
        'prompts',
        'add',
        join(FIXTURES, '..', '..', 'prompts', 'examples', 'feedback-practice.yaml'),
        '--no-accept',
      ],
      { db: work.db },
    );
    expect(added.code, added.stderr).toBe(0);
  });
  afterAll(() => work.cleanup());

  it('assignments cancel: the assignment as `assignments --json` shows it, now cancelled', () => {
    const cancelled = parsed(['assignments', 'cancel', '1']) as Record<string, unknown>;
    const [listed] = parsed(['assignments', '--all']) as Array<Record<string, unknown>>;
    expect(cancelled).toEqual(listed);
    expect(cancelled).toMatchObject({ id: 1, set: 'check-in', status: 'cancelled' });
    expect(cancelled.cancelledAt).toEqual(expect.any(String));
  });

  it('prompts remove: which set, how many versions were kept, how many assignments cancelled', () => {
    expect(parsed(['prompts', 'remove', 'feedback-practice'])).toEqual({
      removed: 'feedback-practice',
      keptVersions: 0,
      cancelledAssignments: 0,
    });
  });

  it('config path, set and unset: the setting as `config get --json` shows it', () => {
    expect(parsed(['config', 'path'])).toEqual({ path: join(work.dir, 'config', 'reflect', 'config.yaml') });
    expect(parsed(['config', 'set', 'count', '12'])).toEqual({ key: 'count', value: 12, source: 'file' });
    expect(parsed(['config', 'unset', 'count'])).toEqual({ key: 'count', value: 20, source: 'default' });
    // Unsetting what is not set still says where the setting now stands.
    expect(parsed(['config', 'unset', 'count'])).toEqual({ key: 'count', value: 20, source: 'default' });
  });

  it.each([
    [['list']],
    [['show', '1']],
    [['drafts']],
    [['search', 'budget']],
    [['star', '1']],
    [['tag', '1', '+x']],
    [['people']],
    [['stats']],
    [['assumptions']],
    [['summary']],
    [['prompts', 'list']],
    [['prompts', 'show', 'check-in']],
    [['assignments']],
    [['due']],
    [['config', 'list']],
    [['doctor']],
    [['trash']],
  ])('reflect %j --json', (args) => {
    expect(() => parsed(args)).not.toThrow();
  });
});
