// Scores the weekly summary's automatic grouping end to end, through the real CLI:
//   npm run eval:summary [corpus-dir] [--split a,b]   (default: tests/fixtures/assumptions-corpus, every split not blind)
// Loads every manifest entry with `reflect new --set <set> --answers <file>` into a fresh journal, runs
// `reflect summary --from <range.from> --to <range.to> --json` and scores its `recurring` groups against
// labels.json (pairwise precision, recall, F1 over statements; merged opposites must be 0).
// When the corpus says who keeps each entry (`keepers.json`), each keeper's entries are also loaded into a journal
// of their own (one person's journal never mixes keepers) and scored, pairs micro-averaged over the journals.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type CorpusLabels,
  type GroupingScore,
  labelsOf,
  microAverage,
  scoreGrouping,
} from '../src/domain/assumptions/evaluate.js';
import { blindNote, chooseEntries } from './corpus-splits.js';

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

type Manifest = Array<{ file: string; set: string }>;

/** Loads the entries into a fresh journal at `db` and scores its summary of the labels' range. */
function scoreJournal(dir: string, manifest: Manifest, labels: CorpusLabels, db: string) {
  for (const { file, set } of manifest)
    reflect(['new', '--set', set, '--answers', join(dir, 'entries', file)], db);
  const started = performance.now();
  const summary = JSON.parse(
    reflect(['summary', '--from', labels.range.from, '--to', labels.range.to, '--json'], db),
  ) as { statements: number; recurring: Array<{ statements: Array<{ text: string }> }> };
  const ms = performance.now() - started;
  const score = scoreGrouping(
    summary.recurring.map((g) => g.statements.map((s) => s.text)),
    labelsOf(labels, manifest),
  );
  return { score, ms, statements: summary.statements };
}

function main(): void {
  const args = process.argv.slice(2);
  const splitAt = args.indexOf('--split');
  const split = splitAt >= 0 ? args[splitAt + 1] : undefined;
  const positional = args.filter((_, i) => i !== splitAt && i !== splitAt + 1);
  const dir = resolve(positional[0] ?? join(ROOT, 'tests', 'fixtures', 'assumptions-corpus'));
  const { chosen: manifest, blindLeftOut } = chooseEntries(
    dir,
    JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest,
    split,
  );
  const note = blindNote(blindLeftOut);
  if (note !== undefined) console.error(note);
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as CorpusLabels;
  const keeperOf = existsSync(join(dir, 'keepers.json'))
    ? (JSON.parse(readFileSync(join(dir, 'keepers.json'), 'utf8')) as Record<string, string>)
    : undefined;
  const tmp = mkdtempSync(join(tmpdir(), 'reflect-eval-'));
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const line = (score: GroupingScore) =>
    `precision ${pct(score.precision)}  recall ${pct(score.recall)}  F1 ${pct(score.f1)}  ` +
    `(${score.correctPairs}/${score.predictedPairs} predicted pairs correct, ${score.truePairs} true pairs)  ` +
    `opposites merged ${score.oppositesMerged}  directions merged ${score.directionsMerged}`;
  try {
    const loadStart = performance.now();
    const pooled = scoreJournal(dir, manifest, labels, join(tmp, 'journal.db'));
    console.log(
      `${dir}: ${manifest.length} entries loaded and summarised in ${((performance.now() - loadStart) / 1000).toFixed(1)} s; ` +
        `summary of ${pooled.statements} statements in ${Math.round(pooled.ms)} ms`,
    );
    console.log(`all entries as one journal: ${line(pooled.score)}`);
    let opposites = pooled.score.oppositesMerged;
    if (keeperOf !== undefined) {
      const byKeeper = new Map<string, Manifest>();
      for (const m of manifest) {
        const k = keeperOf[m.file] ?? '';
        byKeeper.set(k, [...(byKeeper.get(k) ?? []), m]);
      }
      const scores = [...byKeeper.values()].map(
        (list, i) => scoreJournal(dir, list, labels, join(tmp, `keeper-${i}.db`)).score,
      );
      const per = microAverage(scores);
      console.log(`per journal (${byKeeper.size} keepers, micro-averaged): ${line(per)}`);
      opposites += per.oppositesMerged;
    }
    if (opposites > 0) process.exitCode = 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
