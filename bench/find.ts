/**
 * The find branch's own numbers: `list -n 20` and `search <word> -n 20` on a 100k-entry journal, as a ratio to
 * bare `node -e 0` measured in the same interleaved rounds (the full harness is `npm run bench`).
 *
 *   node scripts/build.mjs && node --import tsx bench/find.ts [entries] [runs]
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedJournal } from './generate.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const BIN = join(ROOT, 'bin', 'reflect.js');
const entries = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 15);
const journal = cachedJournal({ entries });
const env = {
  ...process.env,
  NO_COLOR: '1',
  TZ: 'Europe/Amsterdam',
  REFLECT_NOW: '2026-11-24T10:00:00+01:00',
};

const cases: Record<string, string[]> = {
  'node -e 0': ['-e', '0'],
  'reflect --version': [BIN, '--version'],
  'list -n 20': [BIN, '--db', journal.path, 'list', '-n', '20'],
  'search <word> -n 20': [BIN, '--db', journal.path, 'search', journal.searchWord, '-n', '20'],
  'list --tag budget --week last': [BIN, '--db', journal.path, 'list', '--tag', 'budget', '--week', 'last'],
  'search "a phrase" --with Dana': [
    BIN,
    '--db',
    journal.path,
    'search',
    '"off by a month"',
    '--with',
    'Dana',
  ],
};
const times = new Map<string, number[]>(Object.keys(cases).map((name) => [name, []]));
for (let round = 0; round <= runs; round++) {
  for (const [name, args] of Object.entries(cases)) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`${name} failed: ${result.stderr}`);
    if (round > 0) times.get(name)!.push(ms);
  }
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1]!;
const base = median(times.get('node -e 0')!);
console.log(`${entries} entries, ${runs} runs, medians:`);
for (const [name, list] of times) {
  console.log(
    `  ${name.padEnd(32)} ${median(list).toFixed(0).padStart(5)} ms  ${(median(list) / base).toFixed(2)}×`,
  );
}
