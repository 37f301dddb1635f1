// Times the assumption features on a big journal (e.g. one from `bench/generate.ts 100000`):
//   npm run bench:assumptions -- <journal.db> [--runs 10]
// Works on a copy. Reports, as medians of interleaved rounds against bare `node -e 0`:
//   - the first `summary --week` on the copy (re-derives statements of a bulk-written journal and groups the window),
//   - `summary --week` once grouped (target: within 2× node),
//   - a one-year `summary --from --to` cold and warm (target: under 2 s),
//   - link-as-you-write: the suggestion lookup itself (`queryMs` of the hidden `assumptions suggest`; target < 50 ms),
//     and the background index build.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'reflect.js');
const ENV = {
  ...process.env,
  NO_COLOR: '1',
  TZ: 'Europe/Amsterdam',
  REFLECT_NOW: '2026-11-24T10:00:00+01:00',
};
const WEEK = ['summary', '--week', '2026-11-24'];
const YEAR = ['summary', '--from', '2025-11-25', '--to', '2026-11-24'];
const SUGGEST = [
  ['Dana does not want to hear any bad news', 'Dana'],
  ['Nobody ever reads our design documents', 'Marco'],
  ['I must fix everything by myself', 'Priya'],
  ['My manager thinks I am not ready', 'my manager'],
  ['She has no faith in my judgement', 'Dana'],
];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '10' } },
});
const source = positionals[0];
if (!source) {
  console.error('usage: npm run bench:assumptions -- <journal.db> [--runs 10]');
  process.exit(2);
}
const runs = Number(values.runs);
const dir = mkdtempSync(join(tmpdir(), 'reflect-bench-assumptions-'));

function time(args: string[], db?: string): { ms: number; stdout: string } {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    env: { ...ENV, ...(db ? { REFLECT_DB: db } : {}) },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms, stdout: result.stdout };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const fresh = (name: string) => {
  const db = join(dir, `${name}.db`);
  copyFileSync(source, db);
  return db;
};

try {
  const rows: string[] = [];
  const weekDb = fresh('week');
  rows.push(
    `first summary --week (sync + group the window): ${(time([BIN, ...WEEK], weekDb).ms / 1000).toFixed(2)} s`,
  );
  const yearCold = fresh('year');
  time([BIN, ...WEEK], yearCold); // statements derived; the year is not grouped yet
  rows.push(
    `one-year summary, first run (groups the year): ${(time([BIN, ...YEAR], yearCold).ms / 1000).toFixed(2)} s`,
  );
  const node: number[] = [];
  const week: number[] = [];
  const year: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const n = time(['-e', '0']).ms;
    const w = time([BIN, ...WEEK], weekDb).ms;
    const y = i < 3 ? time([BIN, ...YEAR], yearCold).ms : undefined;
    if (i === 0) continue;
    node.push(n);
    week.push(w);
    if (y !== undefined) year.push(y);
  }
  rows.push(
    `summary --week, grouped: ${median(week).toFixed(0)} ms = ${(median(week) / median(node)).toFixed(2)}× node (${median(node).toFixed(0)} ms)`,
  );
  rows.push(`one-year summary, grouped: ${median(year).toFixed(0)} ms`);
  const query: number[] = [];
  const index: number[] = [];
  for (const [text, person] of SUGGEST) {
    const out = JSON.parse(
      time([BIN, 'assumptions', 'suggest', text!, '--with', person!, '--json'], weekDb).stdout,
    );
    query.push(out.queryMs);
    index.push(out.indexMs);
  }
  rows.push(
    `link-as-you-write lookup: median ${median(query).toFixed(1)} ms, max ${Math.max(...query).toFixed(1)} ms (index built in the background: ${median(index).toFixed(0)} ms)`,
  );
  console.log(`${source}\n${rows.map((r) => `  ${r}`).join('\n')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
