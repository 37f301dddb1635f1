// Gate C (session 13, docs/gate-c13.md): is there a property of a pair's two statements, or of today's engine's
// reading of the pair, on which the automatic grouping should abstain (capped like gate B4, still offered)? Analysis
// only; never reads a pair's label to decide.
//
//   npx tsx scripts/gate-c13.ts pool <out-dir> <round…>   one {round, kind, a, b, people} line per pair
//       <out-dir> holds `<round>.json` (blind-history.ts run … --pairs) for corpus rounds (h…) and `<round>.jsonl`
//       (gate-b12.ts traps …) for trap rounds (T…). Corpus pairs get their entry's people from the corpus.
//   npx tsx scripts/gate-c13.ts read <pairs.jsonl> <engine-dir> <round>   the blind engine's reading of each pair
//       (score, kind, agent, predicates …), one line each, for `score --blind`.
//   npx tsx scripts/gate-c13.ts score <pairs.jsonl> <round,…> [--blind <readings.jsonl>] [--list C<n>]
//       Drops the pairs gate B4 caps, then per round and candidate: wrong pairs removed / right pairs lost.
//       Only the rounds named are read (the design half, or once the gate is fixed the check half).

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyseAll } from '../src/domain/assumptions/index.js';
import type { Shape } from '../src/domain/assumptions/normalize.js';
import { compare, SAME_THRESHOLD } from '../src/domain/assumptions/similarity.js';
import { loadCorpus } from './eval-grouping.js';
import { constructions, CANDIDATES as GATE_B } from './gate-b12.js';

// Gate B4's constructions. The engine's module of them went when B4 was dropped (session 13, dropb4); gate-b12.ts
// keeps the table they were moved from.
const B4 = GATE_B['B4 B2+comparative'] ?? [];
const unmodelled = (text: string) => {
  const found = constructions(text);
  return B4.some((kind) => found.has(kind));
};

export interface PairRow {
  round: string;
  kind: string;
  a: string;
  b: string;
  people: string[];
}

const STOP = new Set(
  (
    'i me my mine we us our you your he him his she her they them their it its a an the this that these those and or ' +
    'but of to in on at for with from by as is am are was were be been being do does did have has had will would ' +
    "can could should may might must shall 's 're 'm 'll 've 'd not n't no never so too very just really about into " +
    'than then there here what who whom which when where why how all any some more most less only even also'
  ).split(' '),
);

/** Lower-case words, curly apostrophes straight, "n't" split off. */
export function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/’/g, "'")
      .replace(/n't\b/g, " n't")
      .match(/[a-z']+/g) ?? []
  ).map((w) => w.replace(/^'+|'+$/g, '') || w);
}

const stem = (w: string) => w.replace(/(?:ing|ed|es|s|ly)$/, '');
const content = (text: string) =>
  new Set(
    wordsOf(text)
      .filter((w) => !STOP.has(w) && w.length > 2)
      .map(stem),
  );

const has = (text: string, re: RegExp) => re.test(text.toLowerCase().replace(/’/g, "'"));
/** A hedge or a modal of possibility: the writer is not sure. */
const HEDGE =
  /\b(?:might|may|maybe|perhaps|probably|possibly|could|seems?|seemed|suspect|wonder|guess|bet)\b/;
/** The future or a prediction. */
const FUTURE = /\b(?:will|won't|'ll|going\s+to|gonna|shall)\b/;
/** The past: a past auxiliary or a regular past (rough). */
const PAST = /\b(?:was|were|did|didn't|had|hadn't|wasn't|weren't)\b/;
/** A negation word. */
const NEGATION = /\b(?:not|no|never|nobody|nothing|none|nowhere|neither|nor|cannot)\b|n't\b/;
/** A view held by someone: the statement says what someone thinks, sees, believes, feels. */
const VIEW =
  /\b(?:think|thinks|thought|believe|believes|believed|sees|see|saw|assume|assumes|assumed|feel|feels|felt|reckon|reckons|consider|considers|considered|regard|regards|regarded|view|views|viewed|judge|judges|judged|find|finds|found)\b/;
/** A quantifier of how often or how much, which a paraphrase may drop but an opposite turns. */
const DEGREE =
  /\b(?:always|never|sometimes|often|rarely|ever|every|only|any|all|nothing|everything|anything|enough|too)\b/;
/** Obligation or wish: what should or is wanted, not what is. */
const DEONTIC =
  /\b(?:should|shouldn't|ought|must|need|needs|needed|want|wants|wanted|wish|wishes|expect|expects|expected)\b/;

/** What the candidates read of one statement's shape (the fields every engine since session 3 has). */
export interface ShapeLite {
  agent: string | null;
  patient: string | null;
  judged: string | null;
  polarity: number;
  valence: number;
  main: string | null;
  preds: [string, number][];
  others: string[];
}

/** A subordinate clause of reason or time: a second event inside the statement. */
const CLAUSE = /\b(?:because|since|when|whenever|after|before|until|so\s+that|while)\b/;
/** The writer is the statement's first word (its subject). */
const writerFirst = (t: string) => /^(?:i|i'm|i've|i'll|i'd)$/.test(wordsOf(t)[0] ?? '');
/** Capitalised words after the first: names of people, places, organisations. */
const namesIn = (t: string) =>
  new Set((t.replace(/’/g, "'").match(/(?<=\s)[A-Z][a-z]+/g) ?? []).filter((w) => w !== 'I'));
const sameSet = (x: ReadonlySet<string>, y: ReadonlySet<string>) =>
  x.size === y.size && [...x].every((v) => y.has(v));

/** A pair and everything the candidates read of it (never its label): its texts and one engine's reading. */
export interface Reading {
  a: string;
  b: string;
  sa: ShapeLite;
  sb: ShapeLite;
  score: number;
  kind: string;
}

function lite(s: Shape): ShapeLite {
  return {
    agent: s.agent,
    patient: s.patient ?? null,
    judged: s.judged ?? null,
    polarity: s.polarity,
    valence: s.valence,
    main: s.main ?? null,
    preds: [...s.preds],
    others: [...s.others],
  };
}

interface Engine {
  analyseAll: (s: PairStatement[]) => Shape[];
  compare: (a: Shape, b: Shape) => { kind: string; score: number };
}
type PairStatement = { id: number; entryId: number; text: string; people: string[] };

/** One side has it and the other does not. */
const oneSide = (r: Reading, re: RegExp) => has(r.a, re) !== has(r.b, re);
const sizes = (r: Reading) => {
  const x = content(r.a);
  const y = content(r.b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return { x: x.size, y: y.size, shared, jaccard: shared / (x.size + y.size - shared || 1) };
};
const lengthRatio = (r: Reading) => {
  const x = wordsOf(r.a).length;
  const y = wordsOf(r.b).length;
  return Math.min(x, y) / Math.max(x, y);
};
const othersOf = (s: ShapeLite) => new Set(s.others.filter((o) => o !== 'self'));
const agentKind = (s: ShapeLite) => (s.agent === null ? 'none' : s.agent === 'self' ? 'self' : 'other');

/**
 * Many words shared, yet the engine's score only just clears the threshold: the frame matched, the words that
 * differ (an antonym the lexicon lacks, another object) were not read. Only a link the engine itself makes (a
 * `same` of at least SAME_THRESHOLD) can be capped; a pair grouped through others is not touched.
 */
function overlapNearThreshold(): Record<string, (r: Reading) => boolean> {
  const out: Record<string, (r: Reading) => boolean> = {};
  for (const j of [0.4, 0.5, 0.6])
    for (const top of [0.45, 0.5, 0.55])
      out[`C36 link, jaccard >= ${j}, score < ${top}`] = (r) =>
        r.kind === 'same' && r.score >= SAME_THRESHOLD && r.score < top && sizes(r).jaccard >= j;
  return out;
}

/** Candidates: a pair is capped when the candidate holds. */
export const CANDIDATES: Record<string, (r: Reading) => boolean> = {
  'C1 hedge on one side': (r) => oneSide(r, HEDGE),
  'C2 future on one side': (r) => oneSide(r, FUTURE),
  'C3 past on one side': (r) => oneSide(r, PAST),
  'C4 negation on one side': (r) => oneSide(r, NEGATION),
  'C5 view on one side': (r) => oneSide(r, VIEW),
  'C6 degree word on one side': (r) => oneSide(r, DEGREE),
  'C7 wish/ought on one side': (r) => oneSide(r, DEONTIC),
  'C8 length ratio < 0.5': (r) => lengthRatio(r) < 0.5,
  'C9 shared content words = 0': (r) => sizes(r).shared === 0,
  'C10 shared content words <= 1': (r) => sizes(r).shared <= 1,
  'C11 content jaccard >= 0.6': (r) => sizes(r).jaccard >= 0.6,
  'C12 content jaccard >= 0.5': (r) => sizes(r).jaccard >= 0.5,
  'C13 score < 0.5': (r) => r.score < 0.5,
  'C14 not a link (same >= 0.4)': (r) => r.kind !== 'same' || r.score < SAME_THRESHOLD,
  'C15 agent kind differs': (r) => agentKind(r.sa) !== agentKind(r.sb),
  'C16 writer holds one, other the other': (r) =>
    (r.sa.agent === 'self') !== (r.sb.agent === 'self') && r.sa.agent !== null && r.sb.agent !== null,
  'C17 main predicate differs': (r) => r.sa.main !== null && r.sb.main !== null && r.sa.main !== r.sb.main,
  'C18 no shared predicate': (r) => !r.sa.preds.some(([k]) => r.sb.preds.some(([j]) => j === k)),
  'C19 shared predicate, sign differs': (r) =>
    r.sa.preds.some(([k, v]) => r.sb.preds.some(([j, w]) => j === k && w !== v)),
  'C20 polarity differs': (r) => r.sa.polarity !== r.sb.polarity,
  'C21 valence sign differs': (r) => Math.sign(r.sa.valence) * Math.sign(r.sb.valence) === -1,
  'C22 others differ (both name someone)': (r) => {
    const x = othersOf(r.sa);
    const y = othersOf(r.sb);
    return x.size > 0 && y.size > 0 && ![...x].some((o) => y.has(o));
  },
  'C23 patient on one side': (r) => (r.sa.patient === null) !== (r.sb.patient === null),
  'C24 judged on one side': (r) => (r.sa.judged === null) !== (r.sb.judged === null),
  'C25 writer the subject on one side': (r) => writerFirst(r.a) !== writerFirst(r.b),
  'C26 a name on one side only': (r) =>
    namesIn(r.a).size + namesIn(r.b).size > 0 && !sameSet(namesIn(r.a), namesIn(r.b)),
  'C27 reason/time clause on one side': (r) => oneSide(r, CLAUSE),
  'C28 score < 0.5 and no shared predicate': (r) =>
    CANDIDATES['C13 score < 0.5']!(r) && CANDIDATES['C18 no shared predicate']!(r),
  'C29 jaccard >= 0.5 and negation on one side': (r) => sizes(r).jaccard >= 0.5 && oneSide(r, NEGATION),
  'C30 jaccard >= 0.5 and polarity differs': (r) =>
    sizes(r).jaccard >= 0.5 && r.sa.polarity !== r.sb.polarity,
  'C31 jaccard >= 0.5 and agent kind differs': (r) =>
    sizes(r).jaccard >= 0.5 && agentKind(r.sa) !== agentKind(r.sb),
  'C32 same content words, other order': (r) =>
    sizes(r).jaccard === 1 && wordsOf(r.a).join(' ') !== wordsOf(r.b).join(' '),
  'C33 score < 0.45': (r) => r.score < 0.45,
  'C34 jaccard >= 0.5 and score < 0.5': (r) => sizes(r).jaccard >= 0.5 && r.score < 0.5,
  ...overlapNearThreshold(),
  'C35 jaccard >= 0.5 and degree word on one side': (r) => sizes(r).jaccard >= 0.5 && oneSide(r, DEGREE),
};

/** Gate B4 as compare() applies it: either statement has its construction, unless the two are worded alike. */
export function b4Capped(a: string, b: string): boolean {
  const alike = (t: string) => wordsOf(t).join(' ');
  return (unmodelled(a) || unmodelled(b)) && alike(a) !== alike(b);
}

/** The pair as `engine` (today's unless another is given) reads it, each statement as its own entry. */
export function read(p: PairRow, engine: Engine = { analyseAll, compare }): Reading {
  const [sa, sb] = engine.analyseAll([
    { id: 1, entryId: 1, text: p.a, people: p.people },
    { id: 2, entryId: 2, text: p.b, people: p.people },
  ]) as [Shape, Shape];
  const r = engine.compare(sa, sb);
  return {
    a: p.a,
    b: p.b,
    sa: lite(sa),
    sb: lite(sb),
    score: Math.round(r.score * 1000) / 1000,
    kind: r.kind,
  };
}

const keyOf = (p: { round: string; a: string; b: string }) => `${p.round}\u0000${p.a}\u0000${p.b}`;

/** The blind engine's reading of each pair of `round` (as it read them when the round was scored blind). */
async function blindRead(file: string, engineDir: string, round: string): Promise<void> {
  const dir = resolve(engineDir, 'src/domain/assumptions');
  const { analyseAll: all } = (await import(join(dir, 'index.ts'))) as Pick<Engine, 'analyseAll'>;
  const { compare: cmp } = (await import(join(dir, 'similarity.ts'))) as Pick<Engine, 'compare'>;
  for (const p of rows(file).filter((r) => r.round === round))
    process.stdout.write(`${JSON.stringify({ round, ...read(p, { analyseAll: all, compare: cmp }) })}\n`);
}

const rows = (file: string) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as PairRow);

function pool(dir: string, rounds: string[]): void {
  const splits = rounds.flatMap((round) => {
    const m = /^h(\d+)(?:-(\d+))?$/.exec(round);
    if (m === null) return [];
    const out: string[] = [];
    for (let i = Number(m[1]); i <= Number(m[2] ?? m[1]); i++) out.push(`heldout${i}`);
    return out;
  });
  const peopleOf = new Map<string, string[]>();
  if (splits.length > 0) {
    const { statements } = loadCorpus(
      join(import.meta.dirname, '../tests/fixtures/assumptions-corpus'),
      splits.join(','),
    );
    for (const s of statements) peopleOf.set(s.text.trim(), s.people);
  }
  for (const round of rounds) {
    const rows: PairRow[] = round.startsWith('T')
      ? readFileSync(join(dir, `${round}.jsonl`), 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as PairRow)
      : (
          JSON.parse(readFileSync(join(dir, `${round}.json`), 'utf8')) as {
            pairs: { a: string; b: string; kind: string }[];
          }
        ).pairs.map(({ a, b, kind }) => ({
          round,
          kind,
          a,
          b,
          people: peopleOf.get(a.trim()) ?? peopleOf.get(b.trim()) ?? [],
        }));
    for (const { kind, a, b, people } of rows)
      process.stdout.write(`${JSON.stringify({ round, kind, a, b, people })}\n`);
  }
}

function score(file: string, rounds: string[], list: string | undefined, blind: string | undefined): void {
  const wanted = new Set(rounds);
  const all = rows(file).filter((p) => wanted.has(p.round));
  const kept = all.filter((p) => !b4Capped(p.a, p.b));
  // Today's engine's reading, or with --blind <readings.jsonl> each round's blind engine's.
  const stored =
    blind === undefined
      ? undefined
      : new Map(
          readFileSync(blind, 'utf8')
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l) as Reading & { round: string })
            .map((r) => [keyOf(r), r]),
        );
  const readings = new Map(
    kept.map((p) => {
      const r = stored === undefined ? read(p) : stored.get(keyOf(p));
      if (r === undefined) throw new Error(`no blind reading of ${p.round}: ${p.a} | ${p.b}`);
      return [p, r];
    }),
  );
  const count = (rs: PairRow[]) => {
    const w = rs.filter((r) => r.kind !== 'right').length;
    return `${w}/${rs.length - w}`;
  };
  const inRound = (rs: PairRow[], round: string) => rs.filter((r) => r.round === round);
  console.log(
    `pairs ${count(all)} (wrong/right); gate B4 caps ${count(all.filter((p) => b4Capped(p.a, p.b)))}`,
  );
  console.log(`| gate | ${rounds.join(' | ')} | all |`);
  console.log(
    `|---|${rounds.map(() => '---|').join('')}---|\n| (after B4: wrong / right) | ${rounds.map((r) => count(inRound(kept, r))).join(' | ')} | ${count(kept)} |`,
  );
  for (const [name, test] of Object.entries(CANDIDATES)) {
    const hit = kept.filter((p) => test(readings.get(p)!));
    console.log(`| ${name} | ${rounds.map((r) => count(inRound(hit, r))).join(' | ')} | ${count(hit)} |`);
  }
  if (list === undefined) return;
  const test = Object.entries(CANDIDATES).find(([name]) => name === list || name.startsWith(`${list} `))?.[1];
  if (test === undefined) throw new Error(`no candidate ${list}`);
  for (const p of kept) if (test(readings.get(p)!)) console.log(`${p.round} ${p.kind}: ${p.a} | ${p.b}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [mode, ...rest] = process.argv.slice(2);
  const option = (name: string) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : undefined);
  if (mode === 'pool' && rest.length >= 2) pool(rest[0]!, rest.slice(1));
  else if (mode === 'read' && rest.length >= 3) await blindRead(rest[0]!, rest[1]!, rest[2]!);
  else if (mode === 'score' && rest.length >= 2)
    score(rest[0]!, rest[1]!.split(','), option('--list'), option('--blind'));
  else {
    process.stderr.write(
      'usage: gate-c13.ts pool <out-dir> <round…> | read <pairs.jsonl> <engine-dir> <round> | ' +
        'score <pairs.jsonl> <round,…> [--blind <readings.jsonl>] [--list C<n>]\n',
    );
    process.exitCode = 2;
  }
}
