// What the grouping relied on when it put two statements together, for the analysis in docs/precision-gates.md.
// Analysis only — nothing here is used by reflect.
//
//   npx tsx scripts/precision-gates.ts corpus <round> <pairs.json> [--corpus dir]
//       <pairs.json> is the output of `blind-history.ts run <engine> <split> --pairs` (any engine: the pairs an
//       engine predicted, each labelled right or wrong). Prints one JSON line per pair with today's `evidence`
//       for it, the statements read as today's engine reads them in their own journal.
//   npx tsx scripts/precision-gates.ts traps <round> <engine-dir> <trap-file.json>
//       The trap pairs the engine in <engine-dir> groups (a `same` pair grouped is right), one JSON line each with
//       today's evidence. Each line also has `relation`: the pair's `compare` by this worktree's engine.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evidence } from '../src/domain/assumptions/evidence.js';
import { analyseAll, type StatementInput } from '../src/domain/assumptions/index.js';
import type { Shape } from '../src/domain/assumptions/normalize.js';
import { compare } from '../src/domain/assumptions/similarity.js';
import { loadCorpus } from './eval-grouping.js';
import type { TrapPair } from './eval-traps.js';

interface PairRow {
  keeper: string;
  a: string;
  b: string;
  kind: string;
}

function line(round: string, kind: string, a: string, b: string, x: Shape, y: Shape): void {
  // (`relation` is the pair's own relation by the engine of this worktree, at the edge threshold 0.4 a link.)
  const relation = compare(x, y);
  process.stdout.write(`${JSON.stringify({ round, kind, a, b, relation, evidence: evidence(x, y) })}\n`);
}

function corpus(round: string, file: string, dir: string): void {
  const run = JSON.parse(readFileSync(file, 'utf8')) as { split: string; pairs: PairRow[] };
  const { statements } = loadCorpus(dir, run.split);
  const shapes = new Map<string, Map<string, Shape>>();
  for (const keeper of new Set(statements.map((s) => s.keeper))) {
    const list = statements.filter((s) => s.keeper === keeper);
    const analysed = analyseAll(list);
    shapes.set(keeper, new Map(list.map((s, i) => [s.text, analysed[i]!])));
  }
  for (const p of run.pairs) {
    const mine = shapes.get(p.keeper)!;
    line(round, p.kind, p.a, p.b, mine.get(p.a)!, mine.get(p.b)!);
  }
}

async function traps(round: string, engineDir: string, file: string): Promise<void> {
  const engine = (await import(resolve(engineDir, 'scripts/eval-traps.ts'))) as {
    readTraps: (path: string) => TrapPair[];
    grouped: (pair: TrapPair) => boolean;
  };
  for (const p of engine.readTraps(file)) {
    if (!engine.grouped(p)) continue;
    const statements: StatementInput[] = [
      { id: 1, entryId: 1, text: p.a, people: p.people },
      { id: 2, entryId: 2, text: p.b, people: p.people },
    ];
    const [x, y] = analyseAll(statements);
    line(round, p.kind === 'same' ? 'right' : p.kind, p.a, p.b, x!, y!);
  }
}

const [mode, round, ...rest] = process.argv.slice(2);
const at = rest.indexOf('--corpus');
const dir = at >= 0 ? rest[at + 1]! : join(import.meta.dirname, '../tests/fixtures/assumptions-corpus');
if (mode === 'corpus' && round !== undefined && rest[0] !== undefined) corpus(round, rest[0], dir);
else if (mode === 'traps' && round !== undefined && rest[1] !== undefined)
  await traps(round, rest[0]!, rest[1]);
else {
  process.stderr.write(
    'usage: precision-gates.ts corpus <round> <pairs.json> | traps <round> <engine-dir> <trap-file>\n',
  );
  process.exitCode = 2;
}
