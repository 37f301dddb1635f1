// The grouping metric of the labelled corpora (shared/corpus/README.md): pairwise precision/recall/F1 over
// statements, plus merged opposites and directions. Pure, so `eval:summary` can score the CLI's JSON with it.

export interface CorpusLabels {
  range: { from: string; to: string };
  statements: Array<{ text: string; group: string; file: string }>;
  groups: Record<string, { kind: string; label: string }>;
  opposites: Array<[string, string]>;
  directions: Array<[string, string]>;
}

export interface GroupingScore {
  precision: number;
  recall: number;
  f1: number;
  predictedPairs: number;
  truePairs: number;
  correctPairs: number;
  oppositesMerged: number;
  directionsMerged: number;
}

function pairsOf<T>(items: readonly T[]): Array<[T, T]> {
  const out: Array<[T, T]> = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) out.push([items[i]!, items[j]!]);
  return out;
}

function mergedCount(groups: ReadonlyArray<Set<string>>, pairs: ReadonlyArray<[string, string]>): number {
  return groups.filter((labels) => pairs.some(([a, b]) => labels.has(a) && labels.has(b))).length;
}

/** Precision, recall and F1 from pair counts (0 where a count is 0). */
function pairScores(predictedPairs: number, truePairs: number, correctPairs: number) {
  const precision = predictedPairs === 0 ? 0 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 0 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, predictedPairs, truePairs, correctPairs };
}

/**
 * Scores predicted recurring groups (statement texts as written) against a corpus's labels. `counts` leaves
 * pairs out of the score (both true and predicted ones), e.g. pairs the person linked themselves.
 */
export function scoreGrouping(
  predictedRecurringGroups: string[][],
  labels: CorpusLabels,
  counts: (x: string, y: string) => boolean = () => true,
): GroupingScore {
  const labelOf = new Map(labels.statements.map((s) => [s.text.trim(), s]));

  const byGroup = new Map<string, Array<{ text: string; file: string }>>();
  for (const s of labels.statements) {
    const list = byGroup.get(s.group) ?? [];
    list.push({ text: s.text.trim(), file: s.file });
    byGroup.set(s.group, list);
  }
  const truePairs = new Set<string>();
  for (const members of byGroup.values()) {
    if (new Set(members.map((m) => m.file)).size < 2) continue;
    for (const [x, y] of pairsOf(members.map((m) => m.text)))
      if (counts(x, y)) truePairs.add(x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
  }

  let predictedPairs = 0;
  let correctPairs = 0;
  const predictedLabels: Array<Set<string>> = [];
  for (const group of predictedRecurringGroups) {
    const texts = [...new Set(group.map((t) => t.trim()))];
    for (const [x, y] of pairsOf(texts)) {
      if (!counts(x, y)) continue;
      predictedPairs++;
      if (truePairs.has(x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`)) correctPairs++;
    }
    const ids = new Set<string>();
    for (const t of texts) {
      const l = labelOf.get(t);
      if (l !== undefined) ids.add(l.group);
    }
    predictedLabels.push(ids);
  }

  return {
    ...pairScores(predictedPairs, truePairs.size, correctPairs),
    oppositesMerged: mergedCount(predictedLabels, labels.opposites),
    directionsMerged: mergedCount(predictedLabels, labels.directions),
  };
}

/**
 * Micro-average of scores over separate journals (pairs summed): one person's journal never mixes keepers, so a
 * corpus of several keepers is also scored keeper by keeper.
 */
export function microAverage(scores: readonly GroupingScore[]): GroupingScore {
  const sum = (f: (s: GroupingScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const predictedPairs = sum((s) => s.predictedPairs);
  const truePairs = sum((s) => s.truePairs);
  const correctPairs = sum((s) => s.correctPairs);
  return {
    ...pairScores(predictedPairs, truePairs, correctPairs),
    oppositesMerged: sum((s) => s.oppositesMerged),
    directionsMerged: sum((s) => s.directionsMerged),
  };
}

/** Groups that recur: statements from at least two different entries. */
export function recurringGroups<T extends { entryId: number }>(groups: readonly T[][]): T[][] {
  return groups.filter((g) => new Set(g.map((s) => s.entryId)).size >= 2);
}

/** The labels of the entries the statements come from: one journal's share of a corpus. */
export function labelsOf(labels: CorpusLabels, statements: readonly { file: string }[]): CorpusLabels {
  const files = new Set(statements.map((s) => s.file));
  return { ...labels, statements: labels.statements.filter((s) => files.has(s.file)) };
}
