// Scores the automatic assumption grouping on a labelled corpus, without the CLI:
//   npx tsx scripts/eval-grouping.ts <corpus-dir> [--split dev|heldout|…|heldout4|dev,heldout…] [--verbose]
//   npx tsx scripts/eval-grouping.ts <corpus-dir> --split X --confirm 0,1,2
// Prints the pooled score (every statement as one journal) and, when the corpus says who keeps each entry
// (`keepers.json`), the score per journal: each keeper's statements grouped on their own, pairs micro-averaged.
// `--confirm k` simulates a person who, per journal and in date order, linked the first k statements of each
// labelled group (and marked the first statements of each labelled opposite pair opposite), then scores the
// automatic grouping of the other statements per journal (pairs of two linked statements left out), with
// and without learning from those links.
// `--batches 1,2,4` feeds each journal's entries, in date order, to a journal database in that many batches and
// groups after each (`ensureGrouped`, the store's own path, as `reflect new` then `reflect assumptions` do), then
// scores the groups it ends with per journal, next to grouping each journal all at once.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CorpusLabels,
  type GroupingScore,
  type GroupOptions,
  groupStatements,
  labelsOf,
  microAverage,
  type PersonLink,
  recurringGroups,
  type StatementInput,
  scoreGrouping,
} from '../src/domain/assumptions/index.js';
import { contextOfAnswers } from '../src/domain/statements.js';
import type { AnswerMap } from '../src/domain/types.js';
import { builtinSets } from '../src/prompt-catalog.js';
import { blindNote, chooseEntries } from './corpus-splits.js';

export interface Corpus {
  labels: CorpusLabels;
  /** Each with its entry's context and tags (as the store gives them), and the entry's set and answers. */
  statements: Array<
    StatementInput & { file: string; keeper: string; date: string; set?: string; answers?: AnswerMap }
  >;
}

/** An entry's context as the store reads it: its answers by the roles of its set's steps. */
function corpusContext(set: string, answers: AnswerMap): string {
  return contextOfAnswers(builtinSets().find((c) => c.set.id === set)?.set.steps ?? [], answers);
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function loadCorpus(dir: string, split?: string): Corpus {
  const manifest = readJson<Array<{ file: string; set: string }>>(join(dir, 'manifest.json'));
  const labels = readJson<CorpusLabels>(join(dir, 'labels.json'));
  const keeperOf = existsSync(join(dir, 'keepers.json'))
    ? readJson<Record<string, string>>(join(dir, 'keepers.json'))
    : {};
  const { chosen, blindLeftOut } = chooseEntries(dir, manifest, split);
  const note = blindNote(blindLeftOut);
  if (note !== undefined) console.error(note);
  const files = chosen.map((m) => m.file);
  const statements: Corpus['statements'] = [];
  chosen.forEach(({ file, set }, entryId) => {
    const entry = readJson<{ date?: string; people?: string[]; tags?: string[]; answers: AnswerMap }>(
      join(dir, 'entries', file),
    );
    const list = entry.answers.assumptions;
    if (!Array.isArray(list)) return;
    const context = corpusContext(set, entry.answers);
    for (const text of list as string[]) {
      statements.push({
        id: statements.length + 1,
        entryId: entryId + 1,
        text,
        people: entry.people ?? [],
        context,
        tags: entry.tags ?? [],
        file,
        keeper: keeperOf[file] ?? '',
        date: entry.date ?? '',
        set,
        answers: entry.answers,
      });
    }
  });
  const kept = new Set(files);
  return { labels: { ...labels, statements: labels.statements.filter((s) => kept.has(s.file)) }, statements };
}

/** Groups the statements as one journal (with the person's links, if any) and scores the recurring groups. */
export function scoreStatements(
  labels: CorpusLabels,
  statements: Corpus['statements'],
  links: PersonLink[] = [],
  options: GroupOptions = {},
): GroupingScore {
  const byId = new Map(statements.map((s) => [s.id, s]));
  const grouping = groupStatements(statements, links, options);
  const groups = recurringGroups(grouping.groups.map((g) => g.map((id) => byId.get(id)!)));
  return scoreGrouping(
    groups.map((g) => g.map((s) => s.text)),
    labels,
  );
}

/** Each keeper's statements, in corpus order. */
export function byKeeper(statements: Corpus['statements']): Map<string, Corpus['statements']> {
  const out = new Map<string, Corpus['statements']>();
  for (const s of statements) out.set(s.keeper, [...(out.get(s.keeper) ?? []), s]);
  return out;
}

/** Each keeper's statements as a journal of their own, pairs micro-averaged; undefined without keepers. */
export function scorePerKeeper(corpus: Corpus): { keepers: number; score: GroupingScore } | undefined {
  const journals = byKeeper(corpus.statements);
  if (journals.has('')) return undefined;
  const scores = [...journals.values()].map((list) => scoreStatements(labelsOf(corpus.labels, list), list));
  return { keepers: journals.size, score: microAverage(scores) };
}

/**
 * One journal with the first `k` statements of each labelled group linked by the person (in date order), and
 * the first of each labelled opposite pair marked opposite; scored on the other statements.
 */
export function scoreConfirmed(
  labels: CorpusLabels,
  statements: Corpus['statements'],
  k: number,
  learn: boolean,
): GroupingScore {
  const groupOf = new Map(labels.statements.map((s) => [`${s.file}\u0000${s.text.trim()}`, s.group]));
  const ordered = [...statements].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  const confirmed = new Map<string, Corpus['statements']>();
  for (const s of ordered) {
    const g = groupOf.get(`${s.file}\u0000${s.text.trim()}`);
    if (g === undefined) continue;
    const list = confirmed.get(g) ?? [];
    if (list.length < k) list.push(s);
    confirmed.set(g, list);
  }
  const links: PersonLink[] = [];
  const names = [...confirmed.keys()].filter((g) => confirmed.get(g)!.length > 0);
  const teaching: NonNullable<GroupOptions['teaching']> = { groups: [], opposites: [] };
  for (const g of names) {
    const list = confirmed.get(g)!;
    for (let i = 1; i < list.length; i++) links.push({ a: list[0]!.id, b: list[i]!.id, relation: 'same' });
    teaching.groups.push(list);
  }
  for (const [x, y] of labels.opposites) {
    const a = confirmed.get(x)?.[0];
    const b = confirmed.get(y)?.[0];
    if (a === undefined || b === undefined) continue;
    links.push({ a: a.id, b: b.id, relation: 'opposite' });
    teaching.opposites.push([names.indexOf(x), names.indexOf(y)]);
  }
  const linkedTexts = new Set(names.flatMap((g) => confirmed.get(g)!.map((s) => s.text.trim())));
  const byId = new Map(statements.map((s) => [s.id, s]));
  const grouping = groupStatements(statements, links, learn ? { teaching } : {});
  const groups = recurringGroups(grouping.groups.map((g) => g.map((id) => byId.get(id)!)));
  return scoreGrouping(
    groups.map((g) => g.map((s) => s.text)),
    labels,
    (x, y) => !(linkedTexts.has(x) && linkedTexts.has(y)),
  );
}

function confirmTable(corpus: Corpus, ks: number[], line: (s: GroupingScore) => string): void {
  const journals = byKeeper(corpus.statements);
  for (const k of ks) {
    for (const learn of k === 0 ? [false] : [false, true]) {
      const scores = [...journals.values()].map((list) =>
        scoreConfirmed(labelsOf(corpus.labels, list), list, k, learn),
      );
      console.log(
        `confirm ${k}${k === 0 ? '         ' : learn ? ' learning ' : ' links only'}: ${line(microAverage(scores))}`,
      );
    }
  }
}

/**
 * One journal written to a fresh database in `batches` date-ordered batches, grouped by the store after each
 * batch (what the CLI does when entries arrive between `reflect assumptions` runs); scored on its groups.
 */
export async function scoreBatched(
  labels: CorpusLabels,
  statements: Corpus['statements'],
  batches: number,
): Promise<GroupingScore> {
  const [
    { mkdtempSync, rmSync },
    { tmpdir },
    { openStore },
    { saveNewEntry },
    { ensureGrouped, statementsWhere },
  ] = await Promise.all([
    import('node:fs'),
    import('node:os'),
    import('../src/store/db.js'),
    import('../src/store/journal.js'),
    import('../src/store/assumptions.js'),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'reflect-eval-batches-'));
  const store = openStore(join(dir, 'journal.db'));
  const now = new Date('2027-06-01T10:00:00Z');
  const engine = () => import('../src/domain/assumptions/index.js');
  try {
    const entries = new Map<number, Corpus['statements']>();
    for (const s of statements) entries.set(s.entryId, [...(entries.get(s.entryId) ?? []), s]);
    const ordered = [...entries.values()].sort(
      (a, b) => a[0]!.date.localeCompare(b[0]!.date) || a[0]!.entryId - b[0]!.entryId,
    );
    let written = 0;
    for (let b = 0; b < batches; b++) {
      const end = Math.round(((b + 1) * ordered.length) / batches);
      for (; written < end; written++) {
        const list = ordered[written]!;
        const first = list[0]!;
        saveNewEntry(
          store.db,
          {
            ...builtinSets().find((c) => c.set.id === (first.set ?? 'left-hand-column'))!,
            title: first.file,
            occurredAt: new Date(`${first.date || '2027-01-01T00:00:00'}Z`),
            people: first.people,
            tags: [...(first.tags ?? [])],
            // The entry as written (the statements of the corpus's split, in its order).
            answers: {
              ...(first.answers ?? { situation: 'A talk.', dialogue: [{ said: '', unsaid: '' }] }),
              assumptions: list.map((s) => s.text),
            },
          },
          now,
        );
      }
      await ensureGrouped(store.db, engine, now);
    }
    const groups = new Map<number, Array<{ entryId: number; text: string }>>();
    for (const s of statementsWhere(store.db, '')) {
      const g = groups.get(s.groupId!) ?? [];
      g.push({ entryId: s.entryId, text: s.text });
      groups.set(s.groupId!, g);
    }
    return scoreGrouping(
      recurringGroups([...groups.values()]).map((g) => g.map((s) => s.text)),
      labels,
    );
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function batchTable(
  corpus: Corpus,
  counts: number[],
  line: (s: GroupingScore) => string,
): Promise<void> {
  const journals = byKeeper(corpus.statements);
  const once = [...journals.values()].map((list) => scoreStatements(labelsOf(corpus.labels, list), list));
  console.log(`all at once: ${line(microAverage(once))}`);
  for (const k of counts) {
    const scores: GroupingScore[] = [];
    for (const list of journals.values())
      scores.push(await scoreBatched(labelsOf(corpus.labels, list), list, k));
    console.log(`${String(k).padStart(2)} batches : ${line(microAverage(scores))}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const dir = argv.find((a) => !a.startsWith('--'));
  if (dir === undefined) {
    console.error(
      'usage: npx tsx scripts/eval-grouping.ts <corpus-dir> [--split dev|heldout|…|heldout4|dev,heldout…] [--verbose]',
    );
    return 2;
  }
  const splitAt = argv.indexOf('--split');
  const split = splitAt >= 0 ? argv[splitAt + 1] : undefined;
  const { labels, statements } = loadCorpus(dir, split);
  const line = (s: GroupingScore) =>
    `P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)} F1 ${s.f1.toFixed(2)} (${s.correctPairs}/${s.predictedPairs} of ${s.truePairs}) opp ${s.oppositesMerged} dir ${s.directionsMerged}`;
  const batchesAt = argv.indexOf('--batches');
  if (batchesAt >= 0) {
    const counts = (argv[batchesAt + 1] ?? '').split(',').map(Number);
    if (counts.some((k) => !Number.isInteger(k) || k < 1)) {
      console.error('--batches takes a count, or counts separated by commas: --batches 1,2,4');
      return 2;
    }
    console.log(`${dir}${split ? ` [${split}]` : ''}: per journal`);
    await batchTable({ labels, statements }, counts, line);
    return 0;
  }
  const confirmAt = argv.indexOf('--confirm');
  if (confirmAt >= 0) {
    const ks = (argv[confirmAt + 1] ?? '').split(',').map(Number);
    if (ks.some((k) => !Number.isInteger(k) || k < 0)) {
      console.error('--confirm takes a count, or counts separated by commas: --confirm 0,1,2');
      return 2;
    }
    console.log(`${dir}${split ? ` [${split}]` : ''}: per journal, pairs of two linked statements left out`);
    confirmTable({ labels, statements }, ks, line);
    return 0;
  }
  const started = performance.now();
  const grouping = groupStatements(statements);
  const ms = performance.now() - started;
  const byId = new Map(statements.map((s) => [s.id, s]));
  const groups = recurringGroups(grouping.groups.map((g) => g.map((id) => byId.get(id)!)));
  const score = scoreGrouping(
    groups.map((g) => g.map((s) => s.text)),
    labels,
  );
  if (argv.includes('--verbose')) {
    const labelOf = new Map(labels.statements.map((s) => [s.text, s.group]));
    for (const g of groups) {
      console.log('--');
      for (const s of g) console.log(`  [${labelOf.get(s.text)}] ${s.text}`);
    }
    const predicted = new Map<number, number>();
    grouping.groups.forEach((g, gi) => {
      for (const id of g) predicted.set(id, gi);
    });
    console.log('== missed (label groups split up):');
    const byLabel = new Map<string, typeof statements>();
    for (const s of statements) {
      const l = labelOf.get(s.text) ?? '?';
      byLabel.set(l, [...(byLabel.get(l) ?? []), s]);
    }
    for (const [l, members] of byLabel) {
      const gs = new Set(members.map((m) => predicted.get(m.id)));
      if (members.length > 1 && gs.size > 1) {
        console.log(`  ${l}:`);
        for (const m of members) console.log(`    g${predicted.get(m.id)} ${m.text}`);
      }
    }
  }
  const pct = (x: number) => (x * 100).toFixed(1);
  console.log(
    `${dir}${split ? ` [${split}]` : ''}: ${statements.length} statements, ${grouping.groups.length} groups, ` +
      `${groups.length} recurring in ${ms.toFixed(0)} ms`,
  );
  const long = (s: GroupingScore) =>
    `precision ${pct(s.precision)}%  recall ${pct(s.recall)}%  F1 ${pct(s.f1)}%  ` +
    `(${s.correctPairs}/${s.predictedPairs} predicted, ${s.truePairs} true pairs)  ` +
    `opposites merged ${s.oppositesMerged}  directions merged ${s.directionsMerged}`;
  const perKeeper = scorePerKeeper({ labels, statements });
  if (perKeeper !== undefined)
    console.log(`per journal (${perKeeper.keepers} keepers, micro-averaged): ${long(perKeeper.score)}`);
  console.log(long(score));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
