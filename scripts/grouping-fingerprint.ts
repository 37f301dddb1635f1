// Records everything the automatic grouping decides, so a performance change can be shown to change nothing:
//   npx tsx scripts/grouping-fingerprint.ts <out-dir> [--journals 1000,10000,100000]
// Writes one JSON file per scenario into <out-dir>; compare two runs with `diff -r <before> <after>`.
//   - engine-*.json: groupStatements on the labelled corpus (splits dev … heldout7 one by one, pooled, per keeper;
//     never heldout8, which is scored blind), and the same with half of the statements as placed representatives.
//   - corpus-journal.json: a journal of 6,000 entries whose statements are the corpus's own, grouped through the
//     store in runs (representatives, twins, commits between runs) as the CLI does it.
//   - cli-<size>-*.json: the generated bench journals through the built CLI: a first `assumptions --json`, and a
//     first one-year `summary --json` followed by `assumptions --json` (window first, then the rest); with the
//     database's groups, labels and opposites afterwards.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { cachedJournal, prng } from '../bench/generate.js';
import { groupStatements, type PersonLink, type StatementInput } from '../src/domain/assumptions/index.js';
import { builtinSets } from '../src/prompt-catalog.js';
import { ensureGrouped } from '../src/store/assumptions.js';
import { openStore } from '../src/store/db.js';
import { insertEntry } from '../src/store/entries.js';
import { snapshotSet } from '../src/store/prompt-sets.js';
import { loadCorpus } from './eval-grouping.js';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'tests', 'fixtures', 'assumptions-corpus');
const SPLITS = ['dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7'];
const BIN = join(ROOT, 'bin', 'reflect.js');
const ENV = {
  ...process.env,
  NO_COLOR: '1',
  TZ: 'Europe/Amsterdam',
  REFLECT_NOW: '2026-11-24T10:00:00+01:00',
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { journals: { type: 'string', default: '1000,10000,100000' } },
});
const out = positionals[0];
if (!out) {
  console.error('usage: npx tsx scripts/grouping-fingerprint.ts <out-dir> [--journals 1000,10000,100000]');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const write = (name: string, data: unknown) =>
  writeFileSync(join(out, name), `${JSON.stringify(data, null, 1)}\n`);
const scratch = mkdtempSync(join(tmpdir(), 'reflect-fingerprint-'));

function engineScenarios(): void {
  const result: Record<string, unknown> = {};
  const run = (name: string, statements: StatementInput[], links?: PersonLink[], placed?: Set<number>) => {
    result[name] = groupStatements(statements, links, placed ? { placed } : {});
  };
  const all = loadCorpus(CORPUS, SPLITS.join(',')).statements;
  for (const split of SPLITS) run(split, loadCorpus(CORPUS, split).statements);
  run('pooled', all);
  const keepers = new Map<string, StatementInput[]>();
  for (const s of all) keepers.set(s.keeper, [...(keepers.get(s.keeper) ?? []), s]);
  for (const [keeper, list] of [...keepers].sort()) run(`keeper:${keeper}`, list);
  // The first half grouped, then its groups fixed (as representatives joined by `same` links) for the second.
  const half = all.slice(0, all.length >> 1);
  const first = groupStatements(half);
  const links: PersonLink[] = [];
  for (const g of first.groups)
    for (let i = 1; i < g.length; i++) links.push({ a: g[0]!, b: g[i]!, relation: 'same' });
  run('placed-half', all, links, new Set(half.map((s) => s.id)));
  write('engine.json', result);
}

function dumpDb(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return {
      statements: db.prepare('SELECT id, group_id, linked_by FROM statements ORDER BY id').raw().all(),
      groups: db
        .prepare('SELECT id, label, origin, created_at FROM assumption_groups ORDER BY id')
        .raw()
        .all(),
      opposites: db.prepare('SELECT a, b, origin FROM group_opposites ORDER BY a, b').raw().all(),
    };
  } finally {
    db.close();
  }
}

async function corpusJournal(): Promise<void> {
  const all = loadCorpus(CORPUS, SPLITS.join(',')).statements;
  const entries = new Map<number, { people: string[]; texts: string[] }>();
  for (const s of all) {
    const e = entries.get(s.entryId) ?? { people: s.people, texts: [] };
    e.texts.push(s.text);
    entries.set(s.entryId, e);
  }
  const pool = [...entries.values()];
  const random = prng(7);
  const path = join(scratch, 'corpus.db');
  const store = openStore(path);
  const set = builtinSets().find((c) => c.set.id === 'ladder-of-inference')!.set;
  const count = 6000;
  const end = Date.parse('2026-11-20T09:00:00Z');
  store.db.transaction(() => {
    for (const c of builtinSets())
      snapshotSet(store.db, c.set, 'builtin', c.yaml, new Date(end).toISOString());
    for (let i = 0; i < count; i++) {
      const e = pool[Math.floor(random() * pool.length)]!;
      const stamp = new Date(end - (count - i) * 4 * 3_600_000).toISOString();
      insertEntry(store.db, {
        uuid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        set,
        title: `Entry ${i}`,
        occurredAt: stamp,
        utcOffset: 60,
        starred: false,
        people: e.people,
        tags: [],
        answers: { assumptions: e.texts.filter(() => random() < 0.7) },
        createdAt: stamp,
      });
    }
  })();
  const now = new Date('2026-11-24T09:00:00Z');
  const engine = () => import('../src/domain/assumptions/index.js');
  // A first window, then everything: the second call groups around the first one's groups.
  await ensureGrouped(store.db, engine, now, { from: '2025-06-01T00:00:00Z', to: '2025-12-31T00:00:00Z' });
  await ensureGrouped(store.db, engine, now);
  store.close();
  write('corpus-journal.json', dumpDb(path));
}

function cli(db: string, args: string[]): string {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...ENV, REFLECT_DB: db },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function cliScenarios(size: number): void {
  const source = cachedJournal({ entries: size }).path;
  const synced = join(scratch, `synced-${size}.db`);
  copyFileSync(source, synced);
  cli(synced, ['summary', '--week', '2000-W10', '--history', '1']);
  const a = join(scratch, `a-${size}.db`);
  copyFileSync(synced, a);
  write(`cli-${size}-assumptions.json`, {
    register: JSON.parse(cli(a, ['assumptions', '--json'])),
    db: dumpDb(a),
  });
  const b = join(scratch, `b-${size}.db`);
  copyFileSync(synced, b);
  const summary = JSON.parse(cli(b, ['summary', '--from', '2025-11-25', '--to', '2026-11-24', '--json']));
  const register = JSON.parse(cli(b, ['assumptions', '--json']));
  write(`cli-${size}-summary-then-assumptions.json`, { summary, register, db: dumpDb(b) });
  for (const f of [synced, a, b]) for (const s of ['', '-wal', '-shm']) rmSync(`${f}${s}`, { force: true });
}

try {
  engineScenarios();
  await corpusJournal();
  for (const size of values.journals.split(',').filter(Boolean).map(Number)) cliScenarios(size);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
