import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, TEST_ENV } from '../helpers/cli.js';

/**
 * Start-up discipline (issue 7): `reflect --version` and `reflect list` must not load the prompt UI, YAML, zod,
 * natural-language dates, analysis or export code. Checked twice, without timing: statically (what dist/cli.js
 * imports, transitively, without `import()`), and at run time (every module the process resolves).
 * Branches adding heavy code: add its package or source folder here.
 */
// date-fns is allowed (tree-shaken helpers are cheap), but note that its `format` costs ≈ 7 ms of start-up.
const HEAVY_PACKAGES = ['@inquirer/', 'yaml', 'zod', 'chrono-node', 'markdown-it'];
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
    expect(files.length).toBeGreaterThan(1);
    const sources = files.flatMap(bundledSources);
    expect(sources).toContain('src/cli.ts');
    expect(heavy(sources)).toEqual([]);
  });

  it('the graph parser sees the lazily loaded chunks as not static', () => {
    // A guard for the regex: the interactive flow is only reachable through import().
    const code = readFileSync(join(DIST, 'cli.js'), 'utf8');
    expect(code).toMatch(/import\("\.\/chunks\/interactive-/);
    const sources = staticGraph(join(DIST, 'cli.js')).flatMap(bundledSources);
    expect(sources).not.toContain('src/commands/new/interactive.ts');
  });

  describe('at run time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reflect-trace-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each([
      ['--version', ['--version']],
      ['list', ['list', '-n', '20']],
      ['show', ['show', '1']],
    ])('%s resolves no heavy module', (name, args) => {
      const trace = join(dir, `${name}.trace`);
      const result = spawnSync(
        process.execPath,
        ['--import', join(ROOT, 'tests', 'helpers', 'trace-imports.mjs'), BIN, ...args],
        {
          env: {
            ...process.env,
            ...TEST_ENV,
            REFLECT_DB: join(dir, 'journal.db'),
            REFLECT_TRACE_FILE: trace,
          },
          encoding: 'utf8',
        },
      );
      expect([0, 2]).toContain(result.status); // `show 1` on an empty journal: "no entry with id 1"
      const urls = readFileSync(trace, 'utf8').trim().split('\n');
      expect(urls.some((url) => url.endsWith('/dist/cli.js'))).toBe(true);
      const loaded = urls
        .filter((url) => url.includes('/dist/'))
        .flatMap((url) => bundledSources(new URL(url)));
      expect(heavy(loaded)).toEqual([]);
      expect(heavy(urls)).toEqual([]);
    });
  });
});
