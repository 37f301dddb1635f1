/**
 * `npm run bench [-- --sizes 1000,10000,100000 --runs 10 --only export,import]`: median wall time and peak memory of the compiled CLI
 * (bin/reflect.js, a fresh process per run) against bare `node -e 0`, measured in the same interleaved rounds so
 * that load on the machine affects both alike. Prints the table; a full run (no --only, default sizes) also
 * writes it to bench/RESULTS.md.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type BenchCase, type BenchContext, CASES, type Target } from './cases.js';
import { cachedJournal } from './generate.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'reflect.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
/** Fallback when GNU time is missing: a wrapper that runs the command and reports its children's maxRSS. */
const RSS_WRAPPER = `
const { spawnSync } = require('node:child_process');
const [cmd, ...args] = process.argv.slice(1);
const r = spawnSync(cmd, args, { stdio: 'ignore', env: process.env });
process.stderr.write(String(require('node:process').resourceUsage().maxRSS) + '\\n');
process.exitCode = r.status ?? 1;`;
const DEFAULT_SIZES = '1000,10000,100000';
const ENV = {
  ...process.env,
  NO_COLOR: '1',
  TZ: 'Europe/Amsterdam',
  REFLECT_NOW: '2026-11-24T10:00:00+01:00',
  LANG: 'C.UTF-8',
};

interface Sample {
  ms: number;
  rssKb: number;
  code: number;
  stdout: string;
}

interface Row {
  name: string;
  size: number;
  median: number;
  ratio: number;
  peakMb: number;
  target: Target;
  pass: boolean | undefined;
  note?: string;
  /** Set when the median is a number the command reported rather than wall time. */
  metric?: string;
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: DEFAULT_SIZES },
    runs: { type: 'string', default: '10' },
    only: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);

/** One measured process: wall time around the spawn, peak RSS from GNU time (or the wrapper). */
function measure(command: string[], env: NodeJS.ProcessEnv, keepStdout = false): Sample {
  const rssFile = join(tmpdir(), `reflect-bench-rss-${process.pid}`);
  const argv = TIME
    ? [TIME, '-f', '%M', '-o', rssFile, ...command]
    : [process.execPath, '-e', RSS_WRAPPER, ...command];
  const started = process.hrtime.bigint();
  const result = spawnSync(argv[0]!, argv.slice(1), {
    env,
    stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', TIME ? 'ignore' : 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rssText = TIME ? readFileSync(rssFile, 'utf8') : String(result.stderr);
  const rssKb = Number(/(\d+)\s*$/.exec(rssText.trim())?.[1] ?? 0);
  return { ms, rssKb, code: result.status ?? -1, stdout: result.stdout ?? '' };
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * A command exists when `reflect <words> --help` prints that command's usage. The exit code alone is not
 * enough: commander answers `--help` after an unknown command with the root help and exit 0.
 */
export function available(probe: string[] | undefined): boolean {
  if (!probe) return true;
  const result = spawnSync(process.execPath, [BIN, ...probe, '--help'], { env: ENV, encoding: 'utf8' });
  return result.status === 0 && result.stdout.startsWith(`Usage: reflect ${probe.join(' ')} `);
}

function judge(target: Target, median: number, ratio: number, peakMb: number): boolean {
  return (
    (target.ratio === undefined || ratio <= target.ratio) &&
    (target.ms === undefined || median <= target.ms) &&
    (target.peakMb === undefined || peakMb <= target.peakMb)
  );
}

/**
 * Runs a group of cases in interleaved rounds: node, case 1, case 2, … per round, after one warm-up round.
 * Each case's ratio is the median of its runs divided by the node run of the same round.
 */
function runGroup(cases: BenchCase[], ctx: BenchContext, rounds: number): Row[] {
  const node: Sample[] = [];
  const samples = new Map<BenchCase, Sample[]>(cases.map((c) => [c, []]));
  for (let round = 0; round <= rounds; round++) {
    const baseline = measure([process.execPath, '-e', '0'], ENV);
    if (round > 0) node.push(baseline);
    for (const benchCase of cases) {
      const db = benchCase.prepare?.(ctx)?.db ?? ctx.journal.path;
      const sample = measure(
        [process.execPath, BIN, ...benchCase.args(ctx)],
        { ...ENV, REFLECT_DB: db },
        benchCase.metric !== undefined,
      );
      if (sample.code !== 0) {
        const retry = spawnSync(process.execPath, [BIN, ...benchCase.args(ctx)], {
          env: { ...ENV, REFLECT_DB: db },
          encoding: 'utf8',
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        throw new Error(`${benchCase.name} exited ${sample.code}: ${retry.stderr.trim()}`);
      }
      if (round > 0) samples.get(benchCase)!.push(sample);
    }
  }
  return cases.map((benchCase) => {
    const list = samples.get(benchCase)!;
    const metric = benchCase.metric;
    const med = median(list.map((s) => (metric ? metric.read(s.stdout) : s.ms)));
    // Each run against the node run of its own round: load that comes and goes hits both alike.
    const ratio = metric ? Number.NaN : median(list.map((s, round) => s.ms / node[round]!.ms));
    const peakMb = Math.max(...list.map((s) => s.rssKb)) / 1024;
    const target = typeof benchCase.target === 'function' ? benchCase.target(ctx) : benchCase.target;
    return {
      name: benchCase.name,
      size: ctx.journal.entries,
      median: med,
      ratio,
      peakMb,
      target,
      pass: judge(target, med, ratio, peakMb),
      ...(metric ? { metric: metric.label } : {}),
    };
  });
}

/** Time to evaluate dist/cli.js and everything it imports statically (no command runs). */
function moduleLoadMs(rounds: number): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(join(ROOT, 'dist', 'cli.js'))}); process.stdout.write(String(performance.now() - t));`;
  const times: number[] = [];
  for (let i = 0; i <= rounds; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env: ENV,
      encoding: 'utf8',
    });
    if (i > 0) times.push(Number(r.stdout));
  }
  return median(times);
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

/**
 * A copy of the generated journal with every entry's statements derived and nothing grouped. reflect derives
 * statements when it saves an entry; the generator writes entries directly, so a summary of a week without
 * entries does it here (it re-derives the whole backlog, then has nothing in that week to group).
 */
function syncedCopy(journal: string, scratch: string): string {
  const synced = join(scratch, 'synced.db');
  copyFileSync(journal, synced);
  const result = spawnSync(process.execPath, [BIN, 'summary', '--week', '2000-W10', '--history', '1'], {
    env: { ...ENV, REFLECT_DB: synced },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`could not derive statements: ${result.stderr}`);
  return synced;
}

function formatTarget(target: Target): string {
  const parts: string[] = [];
  if (target.ratio !== undefined) parts.push(`≤ ${target.ratio}× node`);
  if (target.ms !== undefined) parts.push(target.ms < 1000 ? `< ${target.ms} ms` : `< ${target.ms / 1000} s`);
  if (target.peakMb !== undefined) parts.push(`peak < ${target.peakMb} MB`);
  return parts.join(', ');
}

function main(): void {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');

  const rows: Row[] = [];
  const skipped: string[] = [];
  // --only export,import: the cases whose name contains any of the words.
  const only = values.only?.split(',').filter(Boolean);
  const cases = CASES.filter((c) => !only || only.some((word) => c.name.includes(word)));
  const present = cases.filter((c) => {
    const ok = available(c.probe);
    if (!ok) skipped.push(`${c.name} (no \`reflect ${c.probe!.join(' ')}\` yet)`);
    return ok;
  });

  for (const size of sizes) {
    const started = performance.now();
    const journal = cachedJournal({ entries: size });
    process.stderr.write(
      `journal of ${size} entries ready (${Math.round(performance.now() - started)} ms)\n`,
    );
    const scratch = mkdtempSync(join(tmpdir(), 'reflect-bench-'));
    mkdirSync(scratch, { recursive: true });
    const ctx: BenchContext = {
      journal,
      scratch,
      synced: once(() => syncedCopy(journal.path, scratch)),
      working: once(() => {
        const working = join(scratch, 'working.db');
        copyFileSync(ctx.synced(), working);
        return working;
      }),
    };
    try {
      // Fast cases share rounds (so they share the node baseline); slow ones get their own, fewer rounds.
      const fast = present.filter((c) => c.runs === undefined);
      rows.push(...runGroup(fast, ctx, runs));
      for (const slow of present.filter((c) => c.runs !== undefined)) {
        try {
          rows.push(...runGroup([slow], ctx, slow.runs!));
        } catch (error) {
          rows.push({
            name: slow.name,
            size,
            median: Number.NaN,
            ratio: Number.NaN,
            peakMb: Number.NaN,
            target: typeof slow.target === 'function' ? slow.target(ctx) : slow.target,
            pass: undefined,
            note: (error as Error).message,
          });
        }
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  const report = render(rows, skipped, moduleLoadMs(runs));
  // A run of some cases or sizes only is a look, not the record: it must not replace the full table.
  if (values.only === undefined && values.sizes === DEFAULT_SIZES) {
    writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), report);
  } else process.stderr.write('(--only/--sizes: bench/RESULTS.md left as it was)\n');
  process.stdout.write(report);
  if (rows.some((r) => r.pass === false)) process.exitCode = 1;
}

function render(rows: Row[], skipped: string[], loadMs: number): string {
  const lines = [
    '# Benchmark results',
    '',
    `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (node ${process.version}, ` +
      `${runs} runs after a warm-up, each a fresh process; ratio = median over rounds of run / \`node -e 0\` run of ` +
      `the same round; load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')} at the end).`,
    '',
    '| command | size | median | ratio | peak MB | target | result |',
    '|---|---:|---:|---:|---:|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.size.toLocaleString('en')} | ${Number.isNaN(r.median) ? '—' : r.metric ? `${r.median.toFixed(1)} ms (${r.metric})` : `${Math.round(r.median)} ms`} | ` +
        `${Number.isNaN(r.ratio) ? '—' : `${r.ratio.toFixed(2)}×`} | ${Number.isNaN(r.peakMb) ? '—' : r.peakMb.toFixed(0)} | ` +
        `${formatTarget(r.target) || '—'} | ${r.pass === undefined ? `skipped: ${r.note}` : r.pass ? 'pass' : '**FAIL**'} |`,
    ),
    '',
    `Module load of dist/cli.js (static imports only, measured inside the process): ${loadMs.toFixed(1)} ms (median).`,
    '',
  ];
  if (skipped.length) lines.push(`Not measured yet (command missing): ${skipped.join('; ')}.`, '');
  return lines.join('\n');
}

main();
