import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BIN,
  type CliResult,
  FIXTURES,
  reflect,
  reflectJson,
  TEST_ENV,
  tempJournal,
} from '../helpers/cli.js';

/**
 * Defects found by the session-8 audit, using reflect as a new user would (README, command by command).
 * Each test is the reproduction of one defect.
 */
const LHC_ANSWERS = readFileSync(join(FIXTURES, 'answers', 'lhc-budget.json'), 'utf8');

/** One line on stderr (plus at most one hint), no stack, nothing on stdout. */
function expectOneClearLine(result: CliResult, fragment: string) {
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^reflect: /);
  expect(lines[0]).toContain(fragment);
  expect(lines.length).toBeLessThanOrEqual(2);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:|node:/);
  expect(result.code).toBe(2);
}

let work: ReturnType<typeof tempJournal>;
beforeEach(() => {
  work = tempJournal('reflect-audit8-');
});
afterEach(() => {
  chmodSync(work.dir, 0o755);
  work.cleanup();
});

describe('answers files saved by Windows editors', () => {
  // Notepad and many Windows tools write UTF-8 with a byte-order mark and CRLF line endings.
  const windows = (text: string) => `\ufeff${text.replace(/\n/g, '\r\n')}`;

  it('new --answers reads a file that starts with a byte-order mark', () => {
    const file = join(work.dir, 'answers.json');
    writeFileSync(file, windows(LHC_ANSWERS));
    const result = reflect(['new', '--set', 'left-hand-column', '--answers', file], { db: work.db });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('1');
  });

  it('new --answers - reads stdin that starts with a byte-order mark', () => {
    const result = reflect(['new', '--set', 'left-hand-column', '--answers', '-'], {
      db: work.db,
      input: windows(LHC_ANSWERS),
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('edit --answers reads a file that starts with a byte-order mark', () => {
    reflect(['new', '--set', 'left-hand-column', '--answers', '-'], { db: work.db, input: LHC_ANSWERS });
    const file = join(work.dir, 'fixed.json');
    const fixed = { ...JSON.parse(LHC_ANSWERS), title: 'Fixed in Notepad' };
    writeFileSync(file, windows(JSON.stringify(fixed, null, 2)));
    const result = reflect(['edit', '1', '--answers', file], { db: work.db });
    expect(result.stderr).toBe('updated entry 1\n');
    expect(result.code).toBe(0);
    expect(reflectJson<{ title: string }>(['show', '1'], { db: work.db }).title).toBe('Fixed in Notepad');
  });
});

describe('mistyped options and missing arguments', () => {
  it('an unknown option close to a real one: the suggestion is the hint line, worded like the others', () => {
    const result = reflect(['list', '--form', '2026-11-01'], { db: work.db });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("reflect: unknown option '--form'\ndid you mean --from?\n");
  });

  it('an unknown option with nothing close: the hint says where the options are', () => {
    const result = reflect(['list', '--bogus'], { db: work.db });
    expect(result.stderr).toBe("reflect: unknown option '--bogus'\nsee the options: reflect list --help\n");
  });

  it.each([
    [['show'], "reflect: missing required argument 'id'", 'usage: reflect show [options] <id>'],
    [
      ['tag', '1'],
      "reflect: missing required argument 'changes'",
      'usage: reflect tag [options] <id> <changes...>',
    ],
    [
      ['assumptions', 'link', '3'],
      "reflect: missing required argument 'group'",
      'usage: reflect assumptions link [options] <statement> <group>',
    ],
  ])('reflect %j: the hint is the command usage', (args, message, hint) => {
    const result = reflect(args, { db: work.db });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${message}\n${hint}\n`);
    expect(existsSync(work.db)).toBe(false);
  });
});

describe('reflect config list', () => {
  it('lines up the sources in one column and says "not set" only once', () => {
    const env = {
      XDG_CONFIG_HOME: join(work.dir, 'config'),
      EDITOR: undefined,
      VISUAL: undefined,
      REFLECT_EDITOR: undefined,
    };
    expect(reflect(['config', 'set', 'editor', 'code --wait'], { env }).code).toBe(0);
    const result = reflect(['config', 'list'], { env: { ...env, REFLECT_DB: undefined } });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      'defaultSet  (not set)',
      'editor      code --wait  (file)',
      'color       false        (env)',
      'count       20           (default)',
      'weekStart   monday       (default)',
      expect.stringMatching(/^db {10}\/\S+\/reflect\/journal\.db {2}\(default\)$/),
    ]);
  });
});

describe('files reflect cannot read (run as nobody when the tests run as root)', () => {
  const asRoot = process.getuid?.() === 0;
  const canDrop = asRoot && spawnSync('setpriv', ['--version']).status === 0;
  const runAs = (args: string[], env: Record<string, string>): CliResult => {
    const fullEnv = { ...process.env, ...TEST_ENV, HOME: work.dir, ...env };
    const command = asRoot
      ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args]]
      : [process.execPath, [BIN, ...args]];
    const result = spawnSync(command[0] as string, command[1] as string[], {
      env: fullEnv,
      encoding: 'utf8',
      timeout: 30_000,
    });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
  };

  it.skipIf(asRoot && !canDrop)('a config folder that cannot be read: one line, no stack trace', () => {
    chmodSync(work.dir, 0o755);
    const configHome = join(work.dir, 'config');
    mkdirSync(join(configHome, 'reflect'), { recursive: true });
    writeFileSync(join(configHome, 'reflect', 'config.yaml'), 'count: 5\n');
    chmodSync(join(configHome, 'reflect'), 0o700);
    if (!asRoot) chmodSync(join(configHome, 'reflect'), 0o000);
    const env = { XDG_CONFIG_HOME: configHome, REFLECT_DB: join(work.dir, 'journal.db') };
    expectOneClearLine(runAs(['list'], env), 'cannot read');
    expect(runAs(['list'], env).stderr).toContain('(permission denied)');
    expect(existsSync(join(work.dir, 'journal.db'))).toBe(false);
    chmodSync(join(configHome, 'reflect'), 0o700);
  });

  it.skipIf(asRoot && !canDrop)("another user's journal (mode 0600): one line, no SQLite code", () => {
    chmodSync(work.dir, 0o755);
    reflect(['new', '--set', 'left-hand-column', '--answers', '-'], { db: work.db, input: LHC_ANSWERS });
    const before = readFileSync(work.db);
    chmodSync(work.db, asRoot ? 0o600 : 0o000);
    const result = runAs(['list'], { REFLECT_DB: work.db, XDG_CONFIG_HOME: work.dir });
    expectOneClearLine(result, `cannot open the journal at ${work.db} (permission denied)`);
    expect(result.stderr).not.toMatch(/sqlite|cantopen/i);
    chmodSync(work.db, 0o600);
    expect(readFileSync(work.db).equals(before)).toBe(true);
  });
});

describe('a pipe closed early', () => {
  /** Runs reflect with its stdout closed before it writes (as `reflect doctor | head -0` would). */
  const runClosed = (args: string[]) =>
    new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [BIN, ...args], {
        env: { ...process.env, ...TEST_ENV, REFLECT_DB: work.db, XDG_CONFIG_HOME: work.dir },
      });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.on('close', (code) => done({ code, stderr }));
    });

  it('does not turn a failing doctor into a healthy one', async () => {
    reflect(['new', '--set', 'left-hand-column', '--answers', '-'], { db: work.db, input: LHC_ANSWERS });
    chmodSync(work.db, 0o644); // readable by others: doctor warns, exit 1
    expect(reflect(['doctor'], { db: work.db }).code).toBe(1);
    const closed = await runClosed(['doctor']);
    expect(closed.code).toBe(1);
  });

  it('is still no error for a command that succeeds', async () => {
    reflect(['new', '--set', 'left-hand-column', '--answers', '-'], { db: work.db, input: LHC_ANSWERS });
    const closed = await runClosed(['list']);
    expect(closed).toEqual({ code: 0, stderr: '' });
  });
});

describe('search over a huge entry', () => {
  it('answers with a snippet instead of hanging (FTS5 snippet() is quadratic in the matches)', () => {
    const entry = `${'the word '.repeat(100_000)}and the budget at the very end.`;
    const input = JSON.stringify({ title: 'A pasted transcript', answers: { entry } });
    expect(reflect(['new', '--set', 'freeform', '--answers', '-'], { db: work.db, input }).code).toBe(0);
    const small = JSON.stringify({ title: 'Short', answers: { entry: 'one word about the budget' } });
    reflect(['new', '--set', 'freeform', '--answers', '-'], { db: work.db, input: small });

    const hits = reflectJson<{ id: number; snippet: string }[]>(['search', 'word'], { db: work.db });
    expect(hits.map((h) => h.id).sort()).toEqual([1, 2]);
    expect(hits.find((h) => h.id === 1)?.snippet).toBe(
      'the word the word the word the word the word the word the word the word…',
    );
    expect(hits.find((h) => h.id === 2)?.snippet).toBe('one word about the budget');
    const budget = reflectJson<{ id: number; snippet: string }[]>(['search', 'budget', '--with', 'nobody'], {
      db: work.db,
    });
    expect(budget).toEqual([]);
    const end = reflectJson<{ id: number; snippet: string }[]>(['search', 'budget', '--ids', '1'], {
      db: work.db,
    });
    expect(end[0]?.snippet).toBe('…word the word the word the word the word and the budget at the very end.');
  });
});
