// Blind history of the automatic grouping: how the engines as they were when each held-out split was scored
// blind would have fared with stricter gates. Analysis only — nothing here is used by reflect.
//
//   npx tsx scripts/blind-history.ts patch <engine-dir>
//       Rewrites <engine-dir>/src/domain/assumptions/group.ts (a throw-away worktree of an old commit) so that
//       the grouping gates read BH_SAME (edge threshold, default SAME_THRESHOLD), BH_WEAK (weakest link inside
//       a merge, default 0.2 where the engine has WEAKEST_LINK, else 0 = none) and BH_AVG (average link, default
//       0.3) from the environment, and records each merge (both sides' ids, average link) and a `relation` probe
//       on globalThis.__bh. Nothing else changes: with no BH_* set the engine groups as before.
//   npx tsx scripts/blind-history.ts run <engine-dir> <split[,split…]> [--pairs] [--corpus dir]
//       Groups each keeper's journal of the split(s) on its own with that engine (today's corpus fixture unless
//       --corpus), scores the predicted recurring pairs per journal (micro-averaged, as eval-grouping does) and
//       prints one JSON line; --pairs adds every predicted pair with its label, kind, relation and merge score.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CorpusLabels } from '../src/domain/assumptions/evaluate.js';
import { type Corpus, loadCorpus } from './eval-grouping.js';

type LabelRow = CorpusLabels['statements'][number];
type Statement = Corpus['statements'][number];
interface Trace {
  merges: Array<{ a: number[]; b: number[]; avg: number }>;
  rel: (a: number, b: number) => { kind: string; score: number };
}

function replaceOnce(text: string, from: string | RegExp, to: string, what: string): string {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`patch: ${what} not found`);
  return next;
}

function patch(dir: string): void {
  const file = join(dir, 'src/domain/assumptions/group.ts');
  let t = readFileSync(file, 'utf8');
  if (t.includes('BH_AVG')) return;
  const slots = t.includes('kinds[slot]');
  t = replaceOnce(
    t,
    'const AVERAGE_THRESHOLD = 0.3;',
    'const AVERAGE_THRESHOLD = Number(process.env.BH_AVG ?? 0.3);',
    'AVERAGE_THRESHOLD',
  );
  if (t.includes('const WEAKEST_LINK = 0.2;')) {
    t = replaceOnce(
      t,
      'const WEAKEST_LINK = 0.2;',
      'const WEAKEST_LINK = Number(process.env.BH_WEAK ?? 0.2);',
      'WEAKEST_LINK',
    );
  } else if (slots) {
    t = replaceOnce(
      t,
      "if (heldApart(x, y) || kinds[slot] !== 'same') {",
      "if (heldApart(x, y) || kinds[slot] !== 'same' || scores[slot]! < Number(process.env.BH_WEAK ?? 0)) {",
      'weakest link (slots)',
    );
  } else {
    t = replaceOnce(
      t,
      "if (heldApart(x, y) || r.kind !== 'same') {",
      "if (heldApart(x, y) || r.kind !== 'same' || r.score < Number(process.env.BH_WEAK ?? 0)) {",
      'weakest link',
    );
  }
  t = replaceOnce(
    t,
    /(>= )SAME_THRESHOLD\)/,
    '$1Number(process.env.BH_SAME ?? SAME_THRESHOLD))',
    'SAME_THRESHOLD edge gate',
  );
  // Record merges and expose the relation of two statements (by id).
  t = replaceOnce(
    t,
    /else if \(sum \/ (\(ma\.length \* mb\.length\)|count) >= AVERAGE_THRESHOLD\) clusters\.union\(ca, cb\);/,
    'else if (sum / $1 >= AVERAGE_THRESHOLD) { (globalThis as any).__bhMerges.push({ a: ma.map((i: number) => sorted[i]!.id), b: mb.map((i: number) => sorted[i]!.id), avg: sum / $1 }); clusters.union(ca, cb); }',
    'merge line',
  );
  const rel = slots
    ? '{ const s = relation(indexOf.get(a)!, indexOf.get(b)!); return { kind: kinds[s]!, score: scores[s]! }; }'
    : '{ const r = relation(indexOf.get(a)!, indexOf.get(b)!); return { kind: r.kind, score: r.score }; }';
  t = replaceOnce(
    t,
    'const roots = [...clusters.members.keys()]',
    `(globalThis as any).__bh = { merges: (globalThis as any).__bhMerges, rel: (a: number, b: number) => ${rel} };\n  const roots = [...clusters.members.keys()]`,
    'roots line',
  );
  t = replaceOnce(
    t,
    /(\n {2}const clusters = new Clusters\(n\);)/,
    '\n  (globalThis as any).__bhMerges = [];$1',
    'clusters line',
  );
  writeFileSync(file, t);
}

interface PairRow {
  keeper: string;
  a: string;
  b: string;
  right: boolean;
  kind: 'right' | 'opposite' | 'direction' | 'different';
  groups: [string, string];
  relation: string;
  score: number;
  merge: number | null;
}

async function run(dir: string, splitArg: string, withPairs: boolean, corpusDir: string): Promise<void> {
  const engine = await import(resolve(dir, 'src/domain/assumptions/index.ts'));
  const { labels, statements } = loadCorpus(corpusDir, splitArg);
  const key = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
  const opp = new Set(labels.opposites.map(([x, y]) => key(x, y)));
  const dirs = new Set(labels.directions.map(([x, y]) => key(x, y)));
  const journals = new Map<string, Statement[]>();
  for (const s of statements) journals.set(s.keeper, [...(journals.get(s.keeper) ?? []), s]);
  let predicted = 0;
  let correct = 0;
  let truePairs = 0;
  let oppositePairs = 0;
  let directionPairs = 0;
  let oppositeGroups = 0;
  let directionGroups = 0;
  const rows: PairRow[] = [];
  for (const [keeper, list] of journals) {
    const files = new Set(list.map((s) => s.file));
    const rowsOf = labels.statements.filter((s) => files.has(s.file));
    const labelOf = new Map(rowsOf.map((s) => [s.text.trim(), s]));
    const byGroup = new Map<string, LabelRow[]>();
    for (const s of rowsOf) byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), s]);
    const truth = new Set<string>();
    for (const members of byGroup.values()) {
      if (new Set(members.map((m) => m.file)).size < 2) continue;
      const texts = members.map((m) => m.text.trim());
      for (let i = 0; i < texts.length; i++)
        for (let j = i + 1; j < texts.length; j++) truth.add(key(texts[i]!, texts[j]!));
    }
    truePairs += truth.size;
    const grouping = engine.groupStatements(list, []);
    // (Engines the patch does not fit, from session 6 on, group unpatched: no relation or merge is recorded.)
    const trace = (globalThis as { __bh?: Trace }).__bh;
    const byId = new Map(list.map((s) => [s.id, s]));
    for (const ids of grouping.groups as number[][]) {
      const members = ids.map((id) => byId.get(id)!);
      if (new Set(members.map((s) => s.entryId)).size < 2) continue;
      const groupsHere = new Set(members.map((s) => labelOf.get(s.text.trim())?.group ?? '?'));
      const gl = [...groupsHere];
      if (gl.some((x) => gl.some((y) => opp.has(key(x, y))))) oppositeGroups++;
      if (gl.some((x) => gl.some((y) => dirs.has(key(x, y))))) directionGroups++;
      // One representative statement per distinct text (as scoreGrouping counts texts).
      const seen = new Map<string, Statement>();
      for (const s of members) if (!seen.has(s.text.trim())) seen.set(s.text.trim(), s);
      const reps = [...seen.values()];
      for (let i = 0; i < reps.length; i++) {
        for (let j = i + 1; j < reps.length; j++) {
          const x = reps[i]!;
          const y = reps[j]!;
          predicted++;
          const right = truth.has(key(x.text.trim(), y.text.trim()));
          if (right) correct++;
          const gx = labelOf.get(x.text.trim())?.group ?? '?';
          const gy = labelOf.get(y.text.trim())?.group ?? '?';
          const kind = right
            ? 'right'
            : opp.has(key(gx, gy))
              ? 'opposite'
              : dirs.has(key(gx, gy))
                ? 'direction'
                : 'different';
          if (kind === 'opposite') oppositePairs++;
          if (kind === 'direction') directionPairs++;
          if (!withPairs) continue;
          const r = trace?.rel(x.id, y.id) ?? { kind: '?', score: Number.NaN };
          const m = trace?.merges.find(
            (e) => (e.a.includes(x.id) && e.b.includes(y.id)) || (e.a.includes(y.id) && e.b.includes(x.id)),
          );
          rows.push({
            keeper,
            a: x.text,
            b: y.text,
            right,
            kind,
            groups: [gx, gy],
            relation: r.kind,
            score: Math.round(r.score * 1000) / 1000,
            merge: m === undefined || m === null ? null : Math.round(m.avg * 1000) / 1000,
          });
        }
      }
    }
  }
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = truePairs === 0 ? 0 : correct / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const gates = {
    same: process.env.BH_SAME ?? '-',
    weak: process.env.BH_WEAK ?? '-',
    avg: process.env.BH_AVG ?? '-',
  };
  const out = {
    engine: dir,
    split: splitArg,
    gates,
    predicted,
    correct,
    truePairs,
    precision,
    recall,
    f1,
    oppositeGroups,
    directionGroups,
    oppositePairs,
    directionPairs,
    ...(withPairs ? { pairs: rows } : {}),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

const [mode, dir, split, ...rest] = process.argv.slice(2);
if (mode === 'patch' && dir !== undefined) patch(dir);
else if (mode === 'run' && dir !== undefined && split !== undefined) {
  const at = rest.indexOf('--corpus');
  const corpus = at >= 0 ? rest[at + 1]! : join(import.meta.dirname, '../tests/fixtures/assumptions-corpus');
  await run(dir, split, rest.includes('--pairs'), corpus);
} else {
  process.stderr.write(
    'usage: blind-history.ts patch <engine-dir> | run <engine-dir> <split[,…]> [--pairs]\n',
  );
  process.exitCode = 2;
}
