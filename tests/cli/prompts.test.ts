import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, reflect, reflectJson, tempJournal } from '../helpers/cli.js';
import { dbSnapshot } from '../helpers/db.js';

/** The built-in sets' ids in list order, then the installed team-retro. */
const WITH_TEAM_RETRO = [
  'left-hand-column',
  'ladder-of-inference',
  'advocacy-inquiry',
  'check-in',
  'freeform',
  'team-retro',
];

const set = (name: string) => join(FIXTURES, 'prompt-sets', name);
const RETRO_ANSWERS = JSON.stringify({
  answers: {
    moment: 'Priya said the sprint goal was never realistic.',
    mood: 'Flat',
    safety: 2,
    'raise-it': true,
  },
});

interface ListedSet {
  id: string;
  version: number;
  source: string;
  steps: number;
  entries: number;
  author: string | null;
  versions: number[];
}

describe('reflect prompts', () => {
  let journal: ReturnType<typeof tempJournal>;
  const run = (args: string[], input?: string) =>
    reflect(args, { db: journal.db, ...(input ? { input } : {}) });
  beforeEach(() => {
    journal = tempJournal();
  });
  afterEach(() => journal.cleanup());

  /** A refused command: exit 2, one line (and at most a hint), and the journal exactly as it was. */
  function expectRefused(args: string[], message: string | RegExp) {
    run(['list']); // make sure the journal exists, so "unchanged" means something
    const before = dbSnapshot(journal.db);
    const result = run(args);
    expect(result.code, result.stderr).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(2);
    if (typeof message === 'string') expect(lines[0]).toBe(`reflect: ${message}`);
    else expect(lines[0]).toMatch(message);
    expect(result.stdout).toBe('');
    expect(dbSnapshot(journal.db)).toBe(before);
    return result;
  }

  describe('validate', () => {
    it('passes a valid file, saying what it is', () => {
      const result = run(['prompts', 'validate', set('team-retro.yaml')]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('✔');
      expect(result.stderr).toContain('team-retro v1, 5 steps');
    });

    it('lists every problem of every file as file:line:col and exits 2', () => {
      const files = [
        set('team-retro.yaml'),
        set('missing-choices.yaml'),
        set('js-function.yaml'),
        'nowhere.yaml',
      ];
      const result = run(['prompts', 'validate', ...files]);
      expect(result.code).toBe(2);
      expect(result.stdout.trimEnd().split('\n')).toEqual([
        `${files[1]}:10:5: a choice step needs choices: a list of at least 2 (steps[1].choices)`,
        `${files[1]}:14:5: a scale step needs max (e.g. max: 5) (steps[2].max)`,
        `${files[2]}:9:16: YAML tag !!js/function is not allowed: a prompt set is plain data (text, numbers, lists)`,
        'nowhere.yaml:1:1: no such file',
      ]);
      expect(result.stderr).toContain('reflect: 4 problems in 3 of 4 files');
    });

    it('a warning alone does not fail', () => {
      const result = run(['prompts', 'validate', set('no-assumption.yaml')]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/no-assumption\.yaml:5:1: warning: no step has role: assumption/);
    });

    it('reports an oversized file at 1:1', () => {
      const big = join(journal.dir, 'big.yaml');
      writeFileSync(big, `schema: 1\ndescription: "${'x'.repeat(1_100_000)}"\n`);
      const result = run(['prompts', 'validate', big]);
      expect(result.code).toBe(2);
      expect(result.stdout.trim()).toBe(`${big}:1:1: file is 1.0 MiB; a prompt set may be at most 1 MiB`);
    });

    it('--json gives each file with its problems', () => {
      const result = run(['prompts', 'validate', set('duplicate-ids.yaml'), '--json']);
      expect(result.code).toBe(2);
      expect(JSON.parse(result.stdout)).toEqual([
        {
          file: set('duplicate-ids.yaml'),
          ok: false,
          set: null,
          problems: [
            {
              line: 14,
              col: 5,
              message: 'duplicate step id "what" (already used by steps[0]); step ids must be unique',
              path: 'steps[2].id',
              severity: 'error',
            },
          ],
        },
      ]);
    });

    it('"-" reads stdin, as prompts add does — the command add - points to for the rest of its problems', () => {
      // `prompts add -` ended with "2 more problems — see them all with: reflect prompts validate -", and that
      // command said "-:1:1: no such file".
      const broken = readFileSync(set('missing-choices.yaml'), 'utf8');
      const add = run(['prompts', 'add', '-'], broken);
      expect(add.code).toBe(2);
      expect(add.stderr).toContain('see them all with: reflect prompts validate -');
      const result = run(['prompts', 'validate', '-'], broken);
      expect(result.code).toBe(2);
      expect(result.stdout.trimEnd().split('\n')).toEqual([
        'stdin:10:5: a choice step needs choices: a list of at least 2 (steps[1].choices)',
        'stdin:14:5: a scale step needs max (e.g. max: 5) (steps[2].max)',
      ]);
      const ok = run(['prompts', 'validate', '-'], readFileSync(set('team-retro.yaml'), 'utf8'));
      expect(ok.code, ok.stderr).toBe(0);
      expect(ok.stderr).toContain('✔ stdin: team-retro v1, 5 steps');
    });

    it('does not open the journal', () => {
      run(['prompts', 'validate', set('team-retro.yaml')]);
      expect(existsSync(journal.db)).toBe(false);
    });
  });

  describe('add, upgrade, force, remove', () => {
    it('installs, lists, shows and writes an entry with an installed set', () => {
      const added = run(['prompts', 'add', set('team-retro.yaml')]);
      expect(added.code, added.stderr).toBe(0);
      expect(added.stdout.trim()).toBe(
        '✔ installed team-retro v1 — 5 steps; write one with: reflect new --set team-retro',
      );
      expect(run(['new', '--set', 'team-retro', '--answers', '-'], RETRO_ANSWERS).code).toBe(0);
      const listed = reflectJson<ListedSet[]>(['prompts', 'list'], { db: journal.db });
      expect(listed.map((s) => s.id)).toEqual(WITH_TEAM_RETRO);
      expect(listed.at(-1)).toEqual({
        id: 'team-retro',
        version: 1,
        title: 'Team retro, personal notes',
        author: 'Sam Okafor',
        source: 'installed',
        steps: 5,
        entries: 1,
        versions: [1],
      });
      const table = run(['prompts', 'list']).stdout;
      expect(table).toMatch(
        /^team-retro\s+1\s+Team retro, personal notes\s+5\s+1\s+installed · Sam Okafor$/m,
      );
      expect(table).toMatch(/^check-in\s+1\s+Quick check-in\s+10\s+0\s+built-in$/m);
      const shown = run(['prompts', 'show', 'team-retro']).stdout;
      expect(shown).toContain('2. mood choice · role feeling');
      expect(shown).toContain('choices: Energised | Flat | Frustrated');
      expect(shown).toContain('scale 1–5 (not at all … completely)');
    });

    it.each([
      [60, /^check-in\s+1\s+Quick…\s+10\s+0\s+built-in$/m, /^team-retro\s+1\s+Team r…\s+5\s+0\s+installed$/m],
      [
        80,
        /^check-in\s+1\s+Quick check-in\s+10\s+0\s+built-in$/m,
        /^team-retro\s+1\s+Team retro, personal notes\s+5\s+0\s+installed$/m,
      ],
    ])(
      'prompts list fits %i columns: ids whole, titles and authors cut with an ellipsis',
      (columns, builtIn, installed) => {
        run(['prompts', 'add', set('team-retro.yaml')]);
        const table = reflect(['prompts', 'list'], {
          db: journal.db,
          env: { COLUMNS: String(columns) },
        }).stdout;
        const lines = table.trimEnd().split('\n');
        expect(lines).toHaveLength(7);
        for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(columns);
        for (const id of WITH_TEAM_RETRO) expect(table).toMatch(new RegExp(`^${id}\\s`, 'm'));
        expect(table).toMatch(builtIn);
        expect(table).toMatch(installed);
      },
    );

    it('prompts list at 40 columns: too narrow for the table, each set takes two lines that fit', () => {
      // The table's fixed columns alone took 44: every row ran to 57 columns.
      run(['prompts', 'add', set('team-retro.yaml')]);
      const table = reflect(['prompts', 'list'], { db: journal.db, env: { COLUMNS: '40' } }).stdout;
      const lines = table.trimEnd().split('\n');
      for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(40);
      for (const id of WITH_TEAM_RETRO) expect(table).toMatch(new RegExp(`^${id}  v1  \\S`, 'm'));
      expect(lines.slice(0, 2)).toEqual([
        'left-hand-column  v1  Left-hand column',
        '    9 steps · 0 entries · built-in',
      ]);
      expect(table).toContain(
        'team-retro  v1  Team retro, personal no…\n    5 steps · 0 entries · installed\n',
      );
    });

    it('the same file again, or with only a comment changed, changes nothing', () => {
      run(['prompts', 'add', set('team-retro.yaml')]);
      const before = dbSnapshot(journal.db);
      for (const file of ['team-retro.yaml', 'team-retro-v1-comment.yaml']) {
        const again = run(['prompts', 'add', set(file)]);
        expect(again.code).toBe(0);
        expect(again.stdout.trim()).toBe('team-retro v1 is already installed; nothing changed');
      }
      expect(dbSnapshot(journal.db)).toBe(before);
    });

    it('upgrades to a higher version; entries keep the questions they were written with', () => {
      run(['prompts', 'add', set('team-retro.yaml')]);
      run(['new', '--set', 'team-retro', '--answers', '-'], RETRO_ANSWERS);
      const upgraded = run(['prompts', 'add', set('team-retro-v2.yaml')]);
      expect(upgraded.code).toBe(0);
      expect(upgraded.stdout).toContain('upgraded team-retro v1 → v2');
      run(['new', '--set', 'team-retro', '--answers', '-'], RETRO_ANSWERS);

      const first = reflectJson<{ setVersion: number; answers: Record<string, { question: string }> }>(
        ['show', '1'],
        {
          db: journal.db,
        },
      );
      expect(first.setVersion).toBe(1);
      expect(first.answers.moment?.question).toBe('Which moment of the retro do you keep thinking about?');
      expect(run(['show', '1']).stdout).toContain('Which moment of the retro do you keep thinking about?');
      const second = reflectJson<{ setVersion: number; answers: Record<string, { question: string }> }>(
        ['show', '2'],
        { db: journal.db },
      );
      expect(second.setVersion).toBe(2);
      expect(second.answers.moment?.question).toBe('Which moment of the retro stays with you?');

      expect(
        reflectJson<{ version: number }>(['prompts', 'show', 'team-retro'], { db: journal.db }).version,
      ).toBe(2);
      expect(run(['prompts', 'show', 'team-retro', '--version', '1']).stdout).toContain(
        'keep thinking about',
      );
      expect(run(['prompts', 'export', 'team-retro', '--version', '1']).stdout).toBe(
        readFileSync(set('team-retro.yaml'), 'utf8'),
      );
      expect(run(['prompts', 'export', 'team-retro']).stdout).toBe(
        readFileSync(set('team-retro-v2.yaml'), 'utf8'),
      );
      expect(reflectJson<ListedSet[]>(['prompts', 'list'], { db: journal.db }).at(-1)?.versions).toEqual([
        1, 2,
      ]);
    });

    it('the same version with different content is refused; --force replaces it while nothing uses it', () => {
      run(['prompts', 'add', set('team-retro.yaml')]);
      expectRefused(
        ['prompts', 'add', set('team-retro-v1-edited.yaml')],
        'team-retro version 1 is already installed with different content',
      );
      const forced = run(['prompts', 'add', set('team-retro-v1-edited.yaml'), '--force']);
      expect(forced.code).toBe(0);
      expect(forced.stdout.trim()).toBe('✔ replaced team-retro v1 (--force)');
      expect(run(['prompts', 'show', 'team-retro']).stdout).toContain('How did you walk out?');
    });

    it('--force never changes a version that entries were written with', () => {
      run(['prompts', 'add', set('team-retro.yaml')]);
      run(['new', '--set', 'team-retro', '--answers', '-'], RETRO_ANSWERS);
      expectRefused(
        ['prompts', 'add', set('team-retro-v1-edited.yaml'), '--force'],
        'team-retro version 1 cannot be replaced: 1 entry were written with its questions',
      );
    });

    it('an older version than the installed one is refused', () => {
      run(['prompts', 'add', set('team-retro-v2.yaml')]);
      expectRefused(
        ['prompts', 'add', set('team-retro.yaml')],
        'team-retro version 1 is older than the installed version 2; nothing was changed',
      );
    });

    it('refuses broken YAML, naming where the mistake starts', () => {
      const file = join(journal.dir, 'broken.yaml');
      writeFileSync(file, 'schema: 1\nid: broken\nversion: 1\ntitle: "Broken\nsteps:\n  - id: a\n');
      expectRefused(
        ['prompts', 'add', file],
        `not installed: ${file}:4:8: YAML syntax: the text quoted with " here is never closed`,
      );
    });

    it('refuses a file that does not exist', () => {
      expectRefused(['prompts', 'add', 'nowhere.yaml'], 'nowhere.yaml: no such file');
    });

    it('installs from stdin', () => {
      const result = run(['prompts', 'add', '-'], readFileSync(set('team-retro.yaml'), 'utf8'));
      expect(result.code, result.stderr).toBe(0);
      expect(run(['prompts', 'export', 'team-retro']).stdout).toBe(
        readFileSync(set('team-retro.yaml'), 'utf8'),
      );
    });

    it('remove: refused while entries use it; --force keeps the versions they need', () => {
      run(['prompts', 'add', set('team-retro.yaml')]);
      run(['new', '--set', 'team-retro', '--answers', '-'], RETRO_ANSWERS);
      run(['prompts', 'add', set('team-retro-v2.yaml')]);
      expectRefused(['prompts', 'remove', 'team-retro'], 'team-retro is used by 1 entry; not removed');

      const removed = run(['prompts', 'remove', 'team-retro', '--force']);
      expect(removed.code).toBe(0);
      expect(removed.stdout.trim()).toBe(
        'removed team-retro (kept the version your entries were written with)',
      );
      expect(
        reflectJson<ListedSet[]>(['prompts', 'list'], { db: journal.db }).map((s) => s.id),
      ).not.toContain('team-retro');
      expect(run(['show', '1']).stdout).toContain('Which moment of the retro do you keep thinking about?');
      expect(run(['prompts', 'show', 'team-retro']).stdout).toContain('removed (kept for its entries)');
      const answers = join(journal.dir, 'answers.json');
      writeFileSync(answers, RETRO_ANSWERS);
      expectRefused(['new', '--set', 'team-retro', '--answers', answers], 'no prompt set "team-retro"');

      // Installing it again brings it back.
      expect(run(['prompts', 'add', set('team-retro-v2.yaml')]).stdout).toContain('installed team-retro v2');
    });

    it('remove: a set nothing uses is gone completely', () => {
      run(['prompts', 'add', set('team-retro.yaml')]);
      expect(run(['prompts', 'remove', 'team-retro']).stdout.trim()).toBe('removed team-retro');
      expectRefused(['prompts', 'show', 'team-retro'], 'no prompt set "team-retro"');
      expectRefused(['prompts', 'remove', 'team-retro'], 'no prompt set "team-retro"');
    });

    it('remove: refuses a built-in set', () => {
      expectRefused(
        ['prompts', 'remove', 'check-in'],
        'check-in is a built-in prompt set and cannot be removed',
      );
    });
  });

  describe('new and export', () => {
    it('writes a template that validates and installs as it is', () => {
      const template = run(['prompts', 'new', 'weekly-practice']);
      expect(template.code).toBe(0);
      expect(template.stdout).toMatch(/^# A reflect prompt set \(schema 1\)/);
      const file = join(journal.dir, 'weekly-practice.yaml');
      expect(run(['prompts', 'new', 'weekly-practice', '--out', file]).stderr.trim()).toBe(`wrote ${file}`);
      expect(readFileSync(file, 'utf8')).toBe(template.stdout);
      expect(run(['prompts', 'validate', file]).code).toBe(0);
      expect(run(['prompts', 'add', file]).code).toBe(0);
    });

    it.each(['x', 'a-rather-long-set-name'])(
      'the template for %s passes prompts validate without a warning',
      (id) => {
        const file = join(journal.dir, `${id}.yaml`);
        run(['prompts', 'new', id, '--out', file]);
        const validated = run(['prompts', 'validate', file]);
        expect(validated.code, validated.stdout).toBe(0);
        expect(validated.stdout).not.toContain('warning');
      },
    );

    it('never overwrites a file', () => {
      const file = join(journal.dir, 'mine.yaml');
      writeFileSync(file, 'keep me');
      expectRefused(['prompts', 'new', 'mine', '--out', file], `${file} already exists; nothing was written`);
      expect(readFileSync(file, 'utf8')).toBe('keep me');
    });

    it('exports a built-in set as a starting point', () => {
      const exported = run(['prompts', 'export', 'check-in']).stdout;
      expect(exported).toBe(readFileSync(join(FIXTURES, '..', '..', 'prompts', 'check-in.yaml'), 'utf8'));
    });
  });

  it('the example coach set in prompts/examples passes validate', () => {
    const result = run([
      'prompts',
      'validate',
      join(FIXTURES, '..', '..', 'prompts', 'examples', 'feedback-practice.yaml'),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
  });
});
