import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, reflect, reflectJson, tempJournal } from '../helpers/cli.js';
import { journalHash } from '../helpers/journal.js';

/**
 * A prompt set removed with `prompts remove --force` keeps the versions its entries use, marked removed. The JSON
 * export says so (`promptSets[].removedAt`, optional), and an import into another journal keeps it removed.
 */
const RETRO = join(FIXTURES, 'prompt-sets', 'team-retro.yaml');
const RETRO_ANSWERS = JSON.stringify({
  answers: {
    moment: 'Priya said the sprint goal was never realistic.',
    mood: 'Flat',
    safety: 2,
    'raise-it': true,
  },
});

interface ExportFile {
  version: number;
  exportedAt: string;
  promptSets: Record<string, unknown>[];
}

describe('export/import: a removed prompt set stays removed', () => {
  let source: ReturnType<typeof tempJournal>;
  let target: ReturnType<typeof tempJournal>;
  const run = (args: string[], db: string, input?: string) => {
    const result = reflect(args, { db, input });
    expect(result.code, result.stderr).toBe(0);
    return result;
  };
  const installed = (db: string) =>
    reflectJson<{ id: string }[]>(['prompts', 'list'], { db }).map((s) => s.id);
  beforeEach(() => {
    source = tempJournal('reflect-removed-src-');
    target = tempJournal('reflect-removed-dst-');
  });
  afterEach(() => {
    source.cleanup();
    target.cleanup();
  });

  /** A journal with one team-retro entry, the set removed when `remove` is true; returns its JSON export. */
  function exported(remove: boolean): string {
    run(['prompts', 'add', RETRO], source.db);
    run(['new', '--set', 'team-retro', '--answers', '-'], source.db, RETRO_ANSWERS);
    if (remove) run(['prompts', 'remove', 'team-retro', '--force'], source.db);
    const file = join(source.dir, 'journal.json');
    run(['export', '--format', 'json', '--out', file], source.db);
    return file;
  }
  const retroIn = (file: string) =>
    (JSON.parse(readFileSync(file, 'utf8')) as ExportFile).promptSets.find(
      (s) => (s.set as { id: string }).id === 'team-retro',
    )!;

  it('removed in the source: the file says when, and the set is not installed after the import', () => {
    const file = exported(true);
    expect(retroIn(file)).toMatchObject({ source: 'installed', removedAt: '2026-11-24T09:00:00.000Z' });
    expect((JSON.parse(readFileSync(file, 'utf8')) as ExportFile).version).toBe(1);
    run(['import', file], target.db);
    expect(installed(target.db)).not.toContain('team-retro');
    expect(run(['prompts', 'show', 'team-retro'], target.db).stdout).toContain(
      'removed (kept for its entries)',
    );
    expect(run(['show', '1'], target.db).stdout).toContain(
      'Which moment of the retro do you keep thinking about?',
    );
    // Lossless: exported again, the file is the same but for exportedAt.
    const again = join(target.dir, 'again.json');
    run(['export', '--format', 'json', '--out', again], target.db);
    const strip = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '');
    expect(strip(readFileSync(again, 'utf8'))).toBe(strip(readFileSync(file, 'utf8')));
  });

  it('installed in the source: no removedAt in the file, and the set is installed after the import', () => {
    const file = exported(false);
    expect(retroIn(file)).not.toHaveProperty('removedAt');
    run(['import', file], target.db);
    expect(installed(target.db)).toContain('team-retro');
  });

  it('an export written before removedAt existed still imports (the set installed, as it said nothing)', () => {
    const file = exported(true);
    const old = JSON.parse(readFileSync(file, 'utf8')) as ExportFile;
    for (const s of old.promptSets) delete s.removedAt;
    writeFileSync(file, JSON.stringify(old));
    run(['import', file], target.db);
    expect(installed(target.db)).toContain('team-retro');
  });

  it('a set this journal has installed stays installed, whatever the file says (nothing here is changed)', () => {
    const file = exported(true);
    run(['prompts', 'add', RETRO], target.db);
    run(['import', file], target.db);
    expect(installed(target.db)).toContain('team-retro');
  });

  it.each([
    ['not a date', '"yesterday"', 'promptSets[0].removedAt: expected an ISO date'],
    ['a number', '5', 'promptSets[0].removedAt: expected an ISO date'],
  ])('refuses a removedAt that is %s: exit 2, one line, the journal unchanged', (_name, value, message) => {
    const file = exported(true);
    const text = readFileSync(file, 'utf8').replace(/"removedAt":"[^"]*"/, `"removedAt":${value}`);
    writeFileSync(file, text);
    run(['list'], target.db);
    const before = journalHash(target.db);
    const result = reflect(['import', file], { db: target.db });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')[0]).toContain(message);
    expect(
      result.stderr
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('  ')).length,
    ).toBe(1);
    expect(journalHash(target.db)).toBe(before);
  });
});
