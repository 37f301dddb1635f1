// Gate B (session 12, docs/gate-b12.md): constructions inside one statement that the grouping does not model
// reliably, read from the statement's words alone. Analysis only.
//
//   npx tsx scripts/gate-b12.ts score <pairs.jsonl>   per round and candidate: wrong pairs removed / right lost
//       <pairs.jsonl>: one {round, kind, a, b} per line (kind 'right' or opposite/direction/different); corpus
//       pairs come from `blind-history.ts run <engine> <split> --pairs` (its `pairs`, each with the round added).
//       --list prints every pair with a construction.
//   npx tsx scripts/gate-b12.ts traps <engine-dir> <trap-file> <round>
//       The trap pairs the engine in <engine-dir> groups, one {round, kind, a, b, people} line each (a `same` pair
//       grouped is `right`). Uses only the engine's `groupStatements`, so it runs on engines older than
//       eval-traps.ts (trap sets 1 and 2).

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyseAll } from '../src/domain/assumptions/index.js';
import { loadCorpus } from './eval-grouping.js';

export type Construction =
  | 'contrast'
  | 'passiveBy'
  | 'particle'
  | 'comparative'
  | 'conditional'
  | 'relative'
  | 'quote'
  | 'thirdParties';

const VERB_OF_PRIORITY =
  '(?:put|puts|putting|place|places|placing|rank|ranks|ranked|choose|chooses|chose|chosen|choosing|prefer|prefers|preferred|preferring|favour|favours|favoured|favouring|favor|favors|favored|value|values|valued|valuing|pick|picks|picked|picking)';
const BE_OR_GET = "(?:am|is|are|was|were|be|been|being|get|gets|got|getting|gotten|'s|'re|'m)";
/** A past participle: a regular ending, or an irregular one spelled like its verb. */
const PARTICIPLE =
  '(?:\\w+(?:ed|en|wn|nt|lt|pt|ught|ung|id|ade)|let|put|set|cut|hit|shut|hurt|beat|run|left|kept|held|told|sold|made|paid|said|sent|lost|won|found)';
/** The particle of a phrasal verb. */
const PARTICLE = '(?:down|off|up|out|away|back|over|round|around)';

/** Gate B as chosen (B4): each construction as patterns over the statement (lower case but for names after "by"). */
const UNMODELLED = {
  /** One thing kept and another set aside inside the statement. */
  contrast: [
    /,\s*(?:and\s+)?not\b/,
    /\bnot\s+(?:\w+\s+){0,4}?but\b/,
    /\brather\s+than\b/,
    /\bsooner\s+(?:\w+\s+){0,6}?than\b/,
    /\binstead\s+of\b/,
    /\bahead\s+of\b/,
    /\b(?:more|less)\s+(?:about\s+|for\s+|on\s+|to\s+)?(?:\w+\s+){0,6}?than\b/,
    new RegExp(`\\b${VERB_OF_PRIORITY}\\b(?:\\s+\\S+){1,6}?\\s+(?:over|before|above)\\b`),
  ],
  /** A passive with its doer after "by" (a determiner, a possessive, a pronoun or a name; not "by the end"). */
  passiveBy: [
    new RegExp(
      `\\b${BE_OR_GET}\\s+(?:\\w+ly\\s+|not\\s+|never\\s+|always\\s+|just\\s+)?${PARTICIPLE}\\b(?:\\s+${PARTICLE})?(?:\\s+\\S+){0,5}?\\s+by\\s+(?!the\\s+(?:end|time|way)\\b)(?:the|a|an|my|his|her|their|our|your|[A-Z]\\w*|him|them|me|us|someone|everyone|people)\\b`,
    ),
  ],
  /** One thing measured against another with "than". */
  comparative: [/\b(?!rather\b)\w+\s+than\b/],
} as const;

/** The text as the patterns read it: curly apostrophes straight; lower case, or with only its first letter lowered. */
function forPatterns(text: string): { lower: string; cased: string } {
  const t = text.replace(/’/g, "'");
  return { lower: t.toLowerCase(), cased: t.replace(/^(\w)/, (c) => c.toLowerCase()) };
}

// contrast, passiveBy and comparative (B4, chosen) as above; the rest were candidates only.
const DETECT: Record<Exclude<Construction, 'thirdParties'>, readonly RegExp[]> = {
  contrast: [...UNMODELLED.contrast],
  passiveBy: [...UNMODELLED.passiveBy],
  // A verb with a particle (let down, put off, stand up for): the particle can turn the verb or swap roles.
  particle: [
    new RegExp(
      `\\b(?!(?:the|a|an|my|his|her|their|our|your|its|this|that|these|those|of|to|in|on|at|for|with|from|by|and|or|but|it's|is|are|was|were|be)\\b)[a-z]+\\s+(?:(?:me|him|her|them|us|it|you)\\s+)?${PARTICLE}\\b(?!\\s+(?:the|a|an|my|his|her|their|our|your)?\\s*(?:\\w+\\s+)?(?:road|street|hill|stairs|corridor|line)\\b)`,
    ),
  ],
  comparative: [...UNMODELLED.comparative],
  // A condition: the statement is about what happens only if something else does.
  conditional: [/\b(?:if|unless|whenever|provided|as\s+long\s+as)\b/],
  // A relative clause: a second predicate with its own roles inside the statement.
  relative: [
    /\b(?:who|whom|whose|which)\b/,
    /\b(?:the|a|an|every|any|anything|everything|something)\s+(?:\w+\s+){0,2}?that\s+(?!is\b)/,
  ],
  // Quoted speech: someone else's words inside the writer's.
  quote: [/["“”]/, /(?:^|\s)['‘][^'’]{3,}['’](?=[\s.,!?;:]|$)/],
};

/** The constructions of one statement; `people` are its entry's people (for the parse of who does what). */
export function constructions(text: string, people: string[] = []): Set<Construction> {
  const { lower, cased } = forPatterns(text);
  const found = new Set<Construction>();
  for (const [name, patterns] of Object.entries(DETECT) as [Construction, readonly RegExp[]][]) {
    const subject = name === 'passiveBy' || name === 'quote' ? cased : lower;
    if (patterns.some((p) => p.test(subject))) found.add(name);
  }
  // Two people, neither the writer, in the roles of one verb ("the drivers blame Olwen"): whose assumption it
  // is and who does what to whom are two things the grouping must keep apart.
  const [shape] = analyseAll([{ id: 1, entryId: 1, text, people }]);
  if (
    shape !== undefined &&
    shape.agent !== null &&
    shape.agent !== 'self' &&
    [...shape.objects.values()].includes('other')
  )
    found.add('thirdParties');
  return found;
}

export const CANDIDATES: Record<string, Construction[]> = {
  'B1 contrast': ['contrast'],
  'B2 contrast+passiveBy': ['contrast', 'passiveBy'],
  'B3 B2+particle': ['contrast', 'passiveBy', 'particle'],
  'B4 B2+comparative': ['contrast', 'passiveBy', 'comparative'],
  'B5 B4+conditional': ['contrast', 'passiveBy', 'comparative', 'conditional'],
  'B6 all': ['contrast', 'passiveBy', 'particle', 'comparative', 'conditional', 'relative', 'quote'],
  'only passiveBy': ['passiveBy'],
  'only particle': ['particle'],
  'only comparative': ['comparative'],
  'only conditional': ['conditional'],
  'only relative': ['relative'],
  'only quote': ['quote'],
  'only thirdParties': ['thirdParties'],
  'B7 B4+thirdParties': ['contrast', 'passiveBy', 'comparative', 'thirdParties'],
};

const memo = new Map<string, Set<Construction>>();
function constructionsOf(text: string, people: string[]): Set<Construction> {
  const key = `${text}\u0000${people.join('|')}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const found = constructions(text, people);
  memo.set(key, found);
  return found;
}

export function capped(a: string, b: string, kinds: Construction[], people: string[] = []): boolean {
  const x = constructionsOf(a, people);
  const y = constructionsOf(b, people);
  return kinds.some((k) => x.has(k) || y.has(k));
}

/** The corpus splits a rounds file names (h12-14 → heldout12,heldout13,heldout14); trap rounds (T…) have people. */
function corpusSplits(rows: { round: string }[]): string {
  const splits = new Set<string>();
  for (const { round } of rows) {
    const m = /^h(\d+)(?:-(\d+))?/.exec(round);
    if (m === null) continue;
    for (let i = Number(m[1]); i <= Number(m[2] ?? m[1]); i++) splits.add(`heldout${i}`);
  }
  return [...splits].join(',');
}

function score(file: string): void {
  const rows = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { round: string; kind: string; a: string; b: string; people?: string[] });
  // Corpus pairs carry no people: take them from the statement's entry (read splits only).
  const { statements } = loadCorpus(
    join(import.meta.dirname, '../tests/fixtures/assumptions-corpus'),
    corpusSplits(rows),
  );
  const peopleOf = new Map(statements.map((s) => [s.text, s.people]));
  for (const r of rows) r.people ??= peopleOf.get(r.a) ?? peopleOf.get(r.b) ?? [];
  const order = (r: string) => (r.startsWith('T') ? 100 : 0) + Number(/\d+/.exec(r)?.[0] ?? 0);
  const rounds = [...new Set(rows.map((r) => r.round))].sort((x, y) => order(x) - order(y));
  const cell = (rs: typeof rows, kinds: Construction[]) => {
    const hit = rs.filter((r) => capped(r.a, r.b, kinds, r.people));
    const w = hit.filter((r) => r.kind !== 'right').length;
    return `${w}/${hit.length - w}`;
  };
  const total = (rs: typeof rows) =>
    `${rs.filter((r) => r.kind !== 'right').length}/${rs.filter((r) => r.kind === 'right').length}`;
  console.log(`| gate | ${rounds.join(' | ')} | all |`);
  console.log(
    `| (wrong / right in the round) | ${rounds.map((r) => total(rows.filter((x) => x.round === r))).join(' | ')} | ${total(rows)} |`,
  );
  for (const [name, kinds] of Object.entries(CANDIDATES))
    console.log(
      `| ${name} | ${rounds
        .map((r) =>
          cell(
            rows.filter((x) => x.round === r),
            kinds,
          ),
        )
        .join(' | ')} | ${cell(rows, kinds)} |`,
    );
  if (process.argv.includes('--list'))
    for (const r of rows) {
      const x = [...constructionsOf(r.a, r.people!)];
      const y = [...constructionsOf(r.b, r.people!)];
      if (x.length + y.length > 0) console.log(`${r.round} ${r.kind} [${x}] ${r.a} | [${y}] ${r.b}`);
    }
}

async function traps(engineDir: string, file: string, round: string): Promise<void> {
  const engine = (await import(resolve(engineDir, 'src/domain/assumptions/index.ts'))) as {
    groupStatements: (s: { id: number; entryId: number; text: string; people: string[] }[]) => {
      groups: number[][];
    };
  };
  const { pairs } = JSON.parse(readFileSync(file, 'utf8')) as {
    pairs: { kind: string; people: string[]; a: string; b: string }[];
  };
  for (const p of pairs) {
    const { groups } = engine.groupStatements([
      { id: 1, entryId: 1, text: p.a, people: p.people },
      { id: 2, entryId: 2, text: p.b, people: p.people },
    ]);
    if (!groups.some((g) => g.length === 2)) continue;
    const kind = p.kind === 'same' ? 'right' : p.kind;
    process.stdout.write(`${JSON.stringify({ round, kind, a: p.a, b: p.b, people: p.people })}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode === 'score' && rest[0] !== undefined) score(rest[0]);
  else if (mode === 'traps' && rest.length >= 3) await traps(rest[0]!, rest[1]!, rest[2]!);
  else {
    process.stderr.write(
      'usage: gate-b12.ts score <pairs.jsonl> [--list] | traps <engine-dir> <trap-file> <round>\n',
    );
    process.exitCode = 2;
  }
}
