// Runs pairs of statements through the automatic grouping, two entries each, and counts which are grouped:
//   npx tsx scripts/eval-traps.ts [file.json] [--verbose]     (default: tests/fixtures/trap-probes.json)
// A pair of kind `opposite`, `direction` or `different` must never be grouped; a pair of kind `same` should be.
// File format: {"schema": 1, "pairs": [{"kind": "opposite", "people": ["Dana"], "a": "…", "b": "…"}]}.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupStatements, type StatementInput } from '../src/domain/assumptions/index.js';

export type TrapKind = 'opposite' | 'direction' | 'different' | 'same';
export interface TrapPair {
  kind: TrapKind;
  people: string[];
  a: string;
  b: string;
}

export function readTraps(path: string): TrapPair[] {
  const file = JSON.parse(readFileSync(path, 'utf8')) as { schema: number; pairs: TrapPair[] };
  if (file.schema !== 1) throw new Error(`${path}: schema ${file.schema}, expected 1`);
  return file.pairs;
}

/** Whether the grouping puts the two statements of a pair (written in two entries) in one group. */
export function grouped(pair: TrapPair): boolean {
  const statements: StatementInput[] = [
    { id: 1, entryId: 1, text: pair.a, people: pair.people },
    { id: 2, entryId: 2, text: pair.b, people: pair.people },
  ];
  return groupStatements(statements).groups.some((g) => g.length === 2);
}

function main(argv: string[]): number {
  const path =
    argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--half') ??
    join(import.meta.dirname, '..', 'tests', 'fixtures', 'trap-probes.json');
  // --half odd|even: every other pair (1st, 3rd, … or 2nd, 4th, …), so rules can be developed on one half and
  // checked once on the other.
  const halfAt = argv.indexOf('--half');
  const half = halfAt >= 0 ? argv[halfAt + 1] : undefined;
  const pairs = readTraps(path).filter((_, i) => half === undefined || (half === 'odd') === (i % 2 === 0));
  const byKind = new Map<TrapKind, { n: number; grouped: TrapPair[] }>();
  for (const p of pairs) {
    const k = byKind.get(p.kind) ?? { n: 0, grouped: [] };
    k.n++;
    if (grouped(p)) k.grouped.push(p);
    byKind.set(p.kind, k);
  }
  for (const [kind, { n, grouped: g }] of byKind) {
    console.log(`${kind.padEnd(10)} ${g.length}/${n} grouped${kind === 'same' ? '' : ' (must be 0)'}`);
    if (argv.includes('--verbose') && kind !== 'same')
      for (const p of g) console.log(`   ${p.a}\n   ${p.b}\n`);
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
