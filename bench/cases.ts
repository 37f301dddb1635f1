/**
 * What `npm run bench` measures. A case runs only when its command exists in the built CLI (`reflect <probe>
 * --help` exits 0), so branches add their commands here and they are measured as soon as they land.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedJournal } from './generate.js';

/** The Markdown export's folder of the current run (a new one each run). */
let mdRun = 0;

export interface BenchContext {
  journal: GeneratedJournal;
  /** A fresh scratch folder for this case (export output, import targets). */
  scratch: string;
  /**
   * The generated journal as a person's journal would be: every entry's assumption statements derived (reflect
   * saves them with the entry; the generator writes entries without them), nothing grouped yet. Never changed.
   */
  synced(): string;
  /** A copy of synced() shared by the cases that measure a journal already grouped (their warm-up groups it). */
  working(): string;
}

export interface Target {
  /** At most this many times the median of bare `node -e 0` in the same rounds. */
  ratio?: number;
  /** At most this many milliseconds (median). */
  ms?: number;
  /** Peak resident memory at most this many MB. */
  peakMb?: number;
}

export interface BenchCase {
  name: string;
  /** Arguments after `reflect` (the journal is passed as REFLECT_DB). */
  args(ctx: BenchContext): string[];
  /** The subcommand words to probe with `--help`; none means always available. */
  probe?: string[];
  /** Runs before every measured run (not timed), e.g. to start from an empty import target. */
  prepare?(ctx: BenchContext): { db?: string } | undefined;
  target: Target | ((ctx: BenchContext) => Target);
  /** Measured runs after the warm-up (default from the command line). Slow cases use fewer. */
  runs?: number;
  /** What is measured instead of wall time: a number the command reports on stdout (e.g. its own timing). */
  metric?: { read(stdout: string): number; label: string };
}

const BIN = join(import.meta.dirname, '..', 'bin', 'reflect.js');
const WEEK_OF_END = '2026-11-24';
const YEAR = ['summary', '--from', '2025-11-25', '--to', WEEK_OF_END];

/**
 * Waits for the disk to take in what earlier runs wrote (hundreds of thousands of Markdown files are still being
 * written back long after their export ends): without it, the next write-heavy case pays for them.
 */
function settleDisk(): void {
  spawnSync('sync');
}

/** A fresh copy of the synced journal for every run, so each run is a first run (the copy is not timed). */
function firstRun(name: string) {
  return (ctx: BenchContext) => {
    const db = join(ctx.scratch, `${name}.db`);
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
    copyFileSync(ctx.synced(), db);
    return { db };
  };
}

/**
 * A crowd: one entry of 2,000 statements written alike but for a number (and a few paraphrases and an opposite
 * among them), as a person who writes "Dana doesn't trust my judgement …" for years might. The grouping compared
 * every pair of them (46 s); past CROWD ways of writing in one block it bounds that (group.ts). Made once per
 * scratch folder, copied fresh for every run (not timed).
 */
function crowdRun(ctx: BenchContext): { db: string } {
  const template = join(ctx.scratch, 'crowd-template.db');
  if (!existsSync(template)) {
    const assumptions: string[] = [];
    for (let k = 1; k <= 2000; k++) {
      assumptions.push(`Dana does not trust my judgement on case ${k}.`);
      if (k % 20 === 0) assumptions.push("Dana doesn't trust my judgement about the budget.");
      if (k % 500 === 0) assumptions.push('Dana trusts my judgement about the budget.');
    }
    const answers = join(ctx.scratch, 'crowd.json');
    const entry = { situation: 's', dialogue: [{ said: 'a', unsaid: 'b' }], assumptions };
    writeFileSync(answers, JSON.stringify({ title: 'A crowd', answers: entry }));
    const made = spawnSync(
      process.execPath,
      [BIN, '--db', template, 'new', '--set', 'left-hand-column', '--answers', answers],
      { encoding: 'utf8' },
    );
    if (made.status !== 0) throw new Error(`could not write the crowd entry: ${made.stderr}`);
  }
  const db = join(ctx.scratch, 'crowd.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
  copyFileSync(template, db);
  return { db };
}

/**
 * Issue 4 sets the year target for a year of about 2,500 statements; the 100k journal packs ten times that into
 * a year (27 entries a day), where the time is reported without a target.
 */
const yearTarget = ({ journal }: BenchContext): Target =>
  (journal.entries / journal.spanDays) * 365 <= 1500 ? { ms: 2000 } : {};

export const CASES: BenchCase[] = [
  { name: 'reflect --version', args: () => ['--version'], target: { ratio: 1.5 } },
  { name: 'list -n 20', args: () => ['list', '-n', '20'], target: { ratio: 1.5 } },
  {
    name: 'show <id>',
    args: ({ journal }) => ['show', String(Math.ceil(journal.entries / 2))],
    target: { ratio: 1.5 },
  },
  {
    name: 'search <word> -n 20',
    probe: ['search'],
    args: ({ journal }) => ['search', journal.searchWord, '-n', '20'],
    target: { ratio: 1.7 },
  },
  {
    // The warm-up run groups the week and its history; the measured runs read a grouped week.
    name: 'summary --week',
    probe: ['summary'],
    prepare: (ctx) => ({ db: ctx.working() }),
    args: () => ['summary', '--week', WEEK_OF_END],
    target: { ratio: 2 },
  },
  {
    name: 'summary --week (first run: groups 9 weeks)',
    probe: ['summary'],
    prepare: firstRun('first-week'),
    args: () => ['summary', '--week', WEEK_OF_END],
    target: {},
    runs: 3,
  },
  {
    name: 'summary (one year, first run: groups it)',
    probe: ['summary'],
    prepare: firstRun('first-year'),
    args: () => YEAR,
    target: yearTarget,
    runs: 3,
  },
  {
    name: 'summary (one year, grouped)',
    probe: ['summary'],
    prepare: (ctx) => ({ db: ctx.working() }),
    args: () => YEAR,
    target: yearTarget,
    runs: 3,
  },
  {
    // The whole register right after a bulk import: every statement of the journal is grouped first.
    name: 'assumptions (first run: groups everything)',
    probe: ['assumptions'],
    prepare: firstRun('first-register'),
    args: () => ['assumptions'],
    target: { ms: 5000 },
    runs: 3,
  },
  {
    name: 'assumptions --json (first run: groups everything)',
    probe: ['assumptions'],
    prepare: firstRun('first-register-json'),
    args: () => ['assumptions', '--json'],
    target: { ms: 5000 },
    runs: 3,
  },
  {
    name: 'assumptions (first run: a crowd of 2,000 statements written alike)',
    probe: ['assumptions'],
    prepare: crowdRun,
    args: () => ['assumptions'],
    target: { ms: 3000 },
    runs: 3,
  },
  {
    name: 'assumptions (grouped)',
    probe: ['assumptions'],
    prepare: (ctx) => ({ db: ctx.working() }),
    args: () => ['assumptions'],
    target: { ms: 2000 },
    runs: 3,
  },
  {
    name: 'export --format json',
    probe: ['export'],
    args: ({ scratch }) => ['export', '--format', 'json', '--out', join(scratch, 'journal.json'), '--force'],
    target: { ms: 10_000, peakMb: 300 },
    runs: 3,
  },
  {
    // Into a new folder each run; earlier runs' folders stay until the scratch folder goes at the end. Deleting
    // 100,000 files just before makes this kernel's next 100,000 creations cost 13 s of system time instead of
    // 3 s (measured: 13.7 s against 5.3 s wall), which is the bench's doing, not the export's.
    name: 'export --format md --out <dir>',
    probe: ['export'],
    prepare: () => {
      mdRun++;
      settleDisk();
      return undefined;
    },
    args: ({ scratch }) => ['export', '--format', 'md', '--out', join(scratch, `md-${mdRun}`)],
    target: { ms: 10_000, peakMb: 300 },
    runs: 3,
  },
  {
    // The same export again over the previous one: every file replaced, which costs the file system more.
    name: 'export --format md --out <dir> --force (replaces every file)',
    probe: ['export'],
    args: ({ scratch }) => ['export', '--format', 'md', '--out', join(scratch, 'md'), '--force'],
    target: {},
    runs: 3,
  },
  {
    name: 'import <json>',
    probe: ['import'],
    // The export case above leaves journal.json in its own scratch folder; import makes its own.
    prepare: ({ scratch }) => {
      if (!existsSync(join(scratch, 'journal.json')))
        throw new Error('needs the JSON written by the export case');
      settleDisk();
      return { db: join(scratch, `import-${Date.now()}.db`) };
    },
    args: ({ scratch }) => ['import', join(scratch, 'journal.json')],
    target: { ms: 10_000, peakMb: 300 },
    runs: 3,
  },
  {
    // The lookup itself, as `queryMs` (the index is built in the background while the person writes).
    name: 'link suggestion (lookup)',
    probe: ['assumptions', 'suggest'],
    prepare: (ctx) => ({ db: ctx.working() }),
    args: () => ['assumptions', 'suggest', "Dana doesn't want to hear bad news.", '--with', 'Dana', '--json'],
    metric: { read: (stdout) => (JSON.parse(stdout) as { queryMs: number }).queryMs, label: 'queryMs' },
    target: { ms: 50 },
  },
];
