// Scores the weekly summary's automatic grouping end to end, through the real CLI:
//   npm run eval:summary [corpus-dir]        (default: tests/fixtures/assumptions-corpus)
// Loads every manifest entry with `reflect new --set <set> --answers <file>` into a fresh journal, runs
// `reflect summary --from <range.from> --to <range.to> --json` and scores its `recurring` groups against
// labels.json (pairwise precision, recall, F1 over statements; merged opposites must be 0).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type CorpusLabels, scoreGrouping } from '../src/domain/assumptions/evaluate.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'reflect.js');

function reflect(args: string[], db: string): string {
  const result = spawnSync(process.execPath, [BIN, '--db', db, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.status !== 0) {
    throw new Error(`reflect ${args.join(' ')} exited ${result.status}: ${result.stderr.trim()}`);
  }
  return result.stdout;
}

function main(): void {
  const dir = resolve(process.argv[2] ?? join(ROOT, 'tests', 'fixtures', 'assumptions-corpus'));
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Array<{
    file: string;
    set: string;
  }>;
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as CorpusLabels;
  const tmp = mkdtempSync(join(tmpdir(), 'reflect-eval-'));
  const db = join(tmp, 'journal.db');
  try {
    const loadStart = performance.now();
    for (const { file, set } of manifest)
      reflect(['new', '--set', set, '--answers', join(dir, 'entries', file)], db);
    const loaded = performance.now();
    const summary = JSON.parse(
      reflect(['summary', '--from', labels.range.from, '--to', labels.range.to, '--json'], db),
    ) as { statements: number; recurring: Array<{ statements: Array<{ text: string }> }> };
    const summarized = performance.now();
    const score = scoreGrouping(
      summary.recurring.map((g) => g.statements.map((s) => s.text)),
      labels,
    );
    const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
    console.log(
      `${dir}: ${manifest.length} entries loaded in ${((loaded - loadStart) / 1000).toFixed(1)} s; ` +
        `summary of ${summary.statements} statements in ${Math.round(summarized - loaded)} ms`,
    );
    console.log(
      `precision ${pct(score.precision)}  recall ${pct(score.recall)}  F1 ${pct(score.f1)}  ` +
        `(${score.correctPairs}/${score.predictedPairs} predicted pairs correct, ${score.truePairs} true pairs)  ` +
        `opposites merged ${score.oppositesMerged}  directions merged ${score.directionsMerged}`,
    );
    if (score.oppositesMerged > 0) process.exitCode = 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
