import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, reflect, TEST_ENV } from '../helpers/cli.js';
import { seed } from '../helpers/seed.js';

/**
 * Start-up discipline (issue 7): `reflect --version` and `reflect list` must not load the prompt UI, YAML, zod,
 * natural-language dates, analysis or export code. Checked twice, without timing: statically (what dist/cli.js
 * imports, transitively, without `import()`), and at run time (every module the process resolves).
 * Branches adding heavy code: add its package or source folder here.
 */
// date-fns is allowed (tree-shaken helpers are cheap), except its `format`: with its locale it costs ≈ 7 ms.
const HEAVY_PACKAGES = ['@inquirer/', 'yaml', 'zod', 'chrono-node', 'markdown-it', 'date-fns/format.js'];
const HEAVY_SOURCES = [
  'src/ui/ask.ts',
  'src/commands/new/interactive.ts',
  'src/domain/prompt-set-file.ts',
  'src/export/',
  'src/import/',
  'src/analysis/',
  'src/domain/analysis',
  'src/domain/summary',
];

const DIST = join(ROOT, 'dist');

/** Relative files dist/cli.js pulls in through static `import … from` / `export … from` / `import '…'`. */
function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const pattern = /(?:^|[;\n])\s*(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g;
    for (const match of code.matchAll(pattern)) {
      const spec = match[1]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
    }
  };
  visit(entry);
  return [...seen];
}

/** The source modules esbuild marks in a bundle file with `// path` comments. */
function bundledSources(file: string | URL): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^\/\/ (\S+\.(?:[cm]?js|ts|json))$/gm)].map((m) => m[1]!);
}

function heavy(sources: string[]): string[] {
  return sources.filter(
    (source) =>
      HEAVY_PACKAGES.some((pkg) => source.includes(`node_modules/${pkg}`)) ||
      HEAVY_SOURCES.some((src) => source.includes(src)),
  );
}

describe('start-up imports', () => {
  beforeAll(() => {
    if (!existsSync(join(DIST, 'cli.js'))) {
      spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    }
  });

  it('dist/cli.js statically imports no heavy code', () => {
    const files = staticGraph(join(DIST, 'cli.js'));
    const sources = files.flatMap(bundledSources);
    expect(sources).toContain('src/cli.ts');
    expect(heavy(sources)).toEqual([]);
  });

  it('start-up reads one file: dist/cli.js imports no chunk statically', () => {
    // Each extra file costs start-up resolving, reading and linking (scripts/build.mjs).
    expect(staticGraph(join(DIST, 'cli.js'))).toEqual([join(DIST, 'cli.js')]);
  });

  it('the graph parser sees the lazily loaded chunks as not static', () => {
    // A guard for the regex: the interactive flow is in dist/chunks/, only reachable through import().
    const code = readFileSync(join(DIST, 'cli.js'), 'utf8');
    expect(code).toMatch(/import\("\.\/chunks\/index-/);
    const chunks = readdirSync(join(DIST, 'chunks')).filter((f) => f.endsWith('.js'));
    expect(chunks.flatMap((f) => bundledSources(join(DIST, 'chunks', f)))).toContain(
      'src/commands/new/interactive.ts',
    );
    const sources = staticGraph(join(DIST, 'cli.js')).flatMap(bundledSources);
    expect(sources).not.toContain('src/commands/new/interactive.ts');
  });

  describe('at run time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reflect-trace-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    /** Every module a run of `reflect <args>` resolves, as the sources bundled in dist/ plus the raw URLs. */
    function trace(name: string, args: string[], db: string): { sources: string[]; urls: string[] } {
      const file = join(dir, `${name}.trace`);
      const result = spawnSync(
        process.execPath,
        ['--import', join(ROOT, 'tests', 'helpers', 'trace-imports.mjs'), BIN, ...args],
        {
          env: { ...process.env, ...TEST_ENV, REFLECT_DB: db, REFLECT_TRACE_FILE: file },
          encoding: 'utf8',
        },
      );
      expect([0, 2]).toContain(result.status); // `show 1` on an empty journal: "no entry with id 1"
      const urls = readFileSync(file, 'utf8').trim().split('\n');
      expect(urls.some((url) => url.endsWith('/dist/cli.js'))).toBe(true);
      const sources = urls
        .filter((url) => url.includes('/dist/'))
        .flatMap((url) => bundledSources(new URL(url)));
      return { sources, urls };
    }

    it.each([
      ['--version', ['--version']],
      ['list', ['list', '-n', '20']],
      ['show', ['show', '1']],
      ['search', ['search', 'lighthouse', '-n', '20']],
    ])('%s resolves no heavy module, and of reflect only dist/cli.js', (name, args) => {
      const { sources, urls } = trace(name, args, join(dir, 'journal.db'));
      expect(heavy(sources)).toEqual([]);
      expect(heavy(urls)).toEqual([]);
      const dist = urls.filter((url) => url.includes('/dist/'));
      expect(dist.map((url) => url.slice(url.indexOf('/dist/') + 1))).toEqual(['dist/cli.js']);
    });

    it('summary --week over a grouped week loads neither the grouping engine nor parsers', () => {
      const db = join(dir, 'summary.db');
      const entry = (date: string) => ({
        date,
        set: 'left-hand-column',
        people: ['Dana'],
        answers: {
          situation: 'A talk.',
          dialogue: [{ said: 'Hi.', unsaid: 'Hm.' }],
          assumptions: ['Dana doesn’t trust my judgement.'],
        },
      });
      seed(db, [entry('2026-11-23T09:00'), entry('2026-11-24T09:00')]);
      expect(reflect(['summary'], { db }).code).toBe(0); // the first run groups the week
      const { sources, urls } = trace('summary', ['summary', '--week', '2026-11-24'], db);
      expect(sources).toContain('src/domain/summary.ts');
      const engine = ['src/domain/assumptions/', 'wordnet', 'src/ui/ask.ts', 'src/export/', 'src/import/'];
      const loaded = [...sources, ...urls];
      expect(heavy(loaded).filter((s) => !s.includes('src/domain/summary'))).toEqual([]);
      expect(loaded.filter((s) => engine.some((e) => s.includes(e)))).toEqual([]);
    });
  });
});
