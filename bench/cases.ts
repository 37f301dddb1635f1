/**
 * What `npm run bench` measures. A case runs only when its command exists in the built CLI (`reflect <probe>
 * --help` exits 0), so branches add their commands here and they are measured as soon as they land.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedJournal } from './generate.js';

export interface BenchContext {
  journal: GeneratedJournal;
  /** A fresh scratch folder for this case (export output, import targets). */
  scratch: string;
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
  target: Target;
  /** Measured runs after the warm-up (default from the command line). Slow cases use fewer. */
  runs?: number;
}

const WEEK_OF_END = '2026-11-24';

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
    name: 'summary --week',
    probe: ['summary'],
    args: () => ['summary', '--week', WEEK_OF_END],
    target: { ratio: 2 },
  },
  {
    name: 'summary (one year)',
    probe: ['summary'],
    args: () => ['summary', '--from', '2025-11-24', '--to', WEEK_OF_END],
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
    name: 'export --format md --out <dir>',
    probe: ['export'],
    args: ({ scratch }) => ['export', '--format', 'md', '--out', join(scratch, 'md'), '--force'],
    target: { ms: 10_000, peakMb: 300 },
    runs: 3,
  },
  {
    name: 'import <json>',
    probe: ['import'],
    // The export case above leaves journal.json in its own scratch folder; import makes its own.
    prepare: ({ scratch }) => {
      if (!existsSync(join(scratch, 'journal.json')))
        throw new Error('needs the JSON written by the export case');
      return { db: join(scratch, `import-${Date.now()}.db`) };
    },
    args: ({ scratch }) => ['import', join(scratch, 'journal.json')],
    target: { ms: 10_000, peakMb: 300 },
    runs: 3,
  },
  // Hook for the register branch: the interactive link suggestion (target: under 50 ms of work). Expose a
  // non-interactive way to ask for suggestions (e.g. `assumptions suggest <text> --json`) and adjust the words.
  {
    name: 'link suggestion',
    probe: ['assumptions', 'suggest'],
    args: () => ['assumptions', 'suggest', "Dana doesn't want to hear bad news.", '--json'],
    target: { ratio: 1.7 },
  },
];
