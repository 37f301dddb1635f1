/**
 * The export branch's own numbers on a 100k-entry journal: `export --format json`, `export --format md --out
 * dir/` and `import` of that JSON into an empty journal — wall time, CPU time and peak memory of each (the
 * full harness with targets is `npm run bench`, in bench/cases.ts).
 *
 *   node scripts/build.mjs && node --import tsx bench/export.ts [entries]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedJournal } from './generate.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const BIN = join(ROOT, 'bin', 'reflect.js');
const TIME = '/usr/bin/time';
const entries = Number(process.argv[2] ?? 100_000);
const journal = cachedJournal({ entries });
const scratch = mkdtempSync(join(tmpdir(), 'reflect-bench-export-'));
const env = {
  ...process.env,
  NO_COLOR: '1',
  TZ: 'Europe/Amsterdam',
  REFLECT_NOW: '2026-11-24T10:00:00+01:00',
};

const cases: [string, string[]][] = [
  [
    'export --format json',
    ['--db', journal.path, 'export', '--format', 'json', '--out', join(scratch, 'journal.json')],
  ],
  ['export --format md --out dir/', ['--db', journal.path, 'export', '--out', `${join(scratch, 'md')}/`]],
  [
    'import <json> (empty journal)',
    ['--db', join(scratch, 'imported.db'), 'import', join(scratch, 'journal.json')],
  ],
];

console.log(
  `${entries} entries; load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
);
try {
  for (const [name, args] of cases) {
    const timed = existsSync(TIME);
    const command = timed ? TIME : process.execPath;
    const argv = timed ? ['-f', '%e %U %S %M', process.execPath, BIN, ...args] : [BIN, ...args];
    const started = process.hrtime.bigint();
    const result = spawnSync(command, argv, { env, encoding: 'utf8', maxBuffer: 1 << 26 });
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.status !== 0) throw new Error(`${name} failed: ${result.stderr}`);
    const [, user, sys, kb] = timed ? result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) : [];
    const cpu = user === undefined ? '' : `  cpu ${(user + sys!).toFixed(1)} s`;
    const peak = kb === undefined ? '' : `  peak ${Math.round(kb / 1024)} MB`;
    console.log(`  ${name.padEnd(32)} ${wall.toFixed(1).padStart(5)} s${cpu}${peak}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
