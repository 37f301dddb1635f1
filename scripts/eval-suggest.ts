// Scores link-as-you-write (the up to 3 earlier statements shown right after an assumption is written) on a
// labelled corpus, as a person would meet it: per journal, entries in date order, each statement looked up among
// the statements of earlier entries only (as `new` builds its index before the entry is saved).
//   npx tsx scripts/eval-suggest.ts <corpus-dir> [--split dev|heldout|…] [--limit 3] [--verbose]
// Prints, over all journals of the split:
//   - same hit: of the statements with an earlier paraphrase (same label, another entry), how many are shown one,
//     offered as "the same";
//   - opposite hit: of the statements with an earlier labelled opposite, how many are shown one, offered as "the
//     opposite";
//   - right/shown: how many suggestions shown were right (a paraphrase offered as the same, or a labelled opposite
//     offered as the opposite);
//   - crossed: a paraphrase offered as the opposite, or an opposite or direction trap offered as the same — the
//     suggestions that would mislead;
//   - quiet: of the statements with nothing related earlier, how many were shown nothing;
//   - the register after answering: a person who takes the best right suggestion each time (the same, or the
//     opposite) and otherwise answers "new"; their links (and what the index learns from them, from the next entry
//     on) plus the automatic grouping of the rest, scored pairwise per journal like eval-grouping, beside the
//     automatic grouping alone.
// A lower bound of the prompt's hits: the prompt shows one statement per group, this the top `limit` statements,
// so one group's several close wordings can crowd the list.
import { parseArgs } from 'node:util';
import {
  type GroupingScore,
  labelsOf,
  microAverage,
  type PersonLink,
  StatementIndex,
  type StatementInput,
  type SuggestTeaching,
} from '../src/domain/assumptions/index.js';
import { byKeeper, type Corpus, loadCorpus, scoreStatements } from './eval-grouping.js';

export interface SuggestionScore {
  withEarlier: number;
  sameHit: number;
  withOpposite: number;
  oppositeHit: number;
  shown: number;
  right: number;
  crossed: number;
  unrelated: number;
  quiet: number;
  automatic: GroupingScore;
  answered: GroupingScore;
}

type Statement = Corpus['statements'][number];

const pairKey = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);

/** The person's groups (statements linked the same) and the opposite pairs between them, from their links. */
function teachingOf(links: readonly PersonLink[], byId: ReadonlyMap<number, Statement>): SuggestTeaching {
  const up = new Map<number, number>();
  const find = (x: number): number => {
    const r = up.get(x) ?? x;
    return r === x ? x : find(r);
  };
  for (const l of links) if (l.relation === 'same') up.set(find(l.a), find(l.b));
  const members = new Map<number, StatementInput[]>();
  for (const l of links)
    for (const id of [l.a, l.b]) {
      const list = members.get(find(id)) ?? [];
      if (!list.some((s) => s.id === id)) list.push(byId.get(id)!);
      members.set(find(id), list);
    }
  const roots = [...members.keys()];
  const opposites = links
    .filter((l) => l.relation === 'opposite')
    .map((l): [number, number] => [roots.indexOf(find(l.a)), roots.indexOf(find(l.b))]);
  return { groups: roots.map((r) => members.get(r)!), opposites };
}

export function scoreSuggestions(
  corpus: Corpus,
  limit = 3,
  log: (line: string) => void = () => {},
): SuggestionScore {
  const { labels, statements } = corpus;
  const labelOf = new Map(labels.statements.map((s) => [`${s.file}\u0000${s.text.trim()}`, s.group]));
  const label = (s: Statement) => labelOf.get(`${s.file}\u0000${s.text.trim()}`) ?? `?${s.text}`;
  const opposite = new Set(labels.opposites.map(([x, y]) => pairKey(x, y)));
  const direction = new Set(labels.directions.map(([x, y]) => pairKey(x, y)));
  const byId = new Map(statements.map((s) => [s.id, s]));
  const tally = {
    withEarlier: 0,
    sameHit: 0,
    withOpposite: 0,
    oppositeHit: 0,
    shown: 0,
    right: 0,
    crossed: 0,
    unrelated: 0,
    quiet: 0,
  };
  const automatic: GroupingScore[] = [];
  const answered: GroupingScore[] = [];

  const scoreJournal = (list: Statement[], links: PersonLink[]): GroupingScore =>
    scoreStatements(
      labelsOf(labels, list),
      list,
      links,
      links.length === 0 ? {} : { teaching: teachingOf(links, byId) },
    );

  for (const list of byKeeper(statements).values()) {
    const ordered = [...list].sort(
      (a, b) => a.date.localeCompare(b.date) || a.entryId - b.entryId || a.id - b.id,
    );
    const links: PersonLink[] = [];
    const earlier: Statement[] = [];
    for (let i = 0; i < ordered.length; ) {
      const entry = ordered[i]!.entryId;
      const own: Statement[] = [];
      while (i < ordered.length && ordered[i]!.entryId === entry) own.push(ordered[i++]!);
      const index = new StatementIndex(earlier, links.length === 0 ? undefined : teachingOf(links, byId));
      // As `new` does: the entry's situation and dialogue, written before its assumptions, may say who a role is.
      index.teachEntry(own[0]!);
      for (const s of own) {
        const g = label(s);
        const hasSame = earlier.some((e) => label(e) === g);
        const hasOpposite = earlier.some((e) => opposite.has(pairKey(label(e), g)));
        const shown = index.suggest(s.text, s.people, limit);
        let answer: PersonLink | undefined;
        let sameHit = false;
        let oppositeHit = false;
        for (const sug of shown) {
          const h = label(byId.get(sug.id)!);
          const isSame = h === g && !sug.opposite;
          const isOpposite = opposite.has(pairKey(h, g)) && sug.opposite;
          if (isSame || isOpposite) {
            tally.right++;
            answer ??= { a: sug.id, b: s.id, relation: isSame ? 'same' : 'opposite' };
          }
          sameHit ||= isSame;
          oppositeHit ||= isOpposite;
          const misleads =
            (h === g && sug.opposite) ||
            ((opposite.has(pairKey(h, g)) || direction.has(pairKey(h, g))) && !sug.opposite);
          if (misleads) {
            tally.crossed++;
            log(`crossed  ${s.text}\n   ${sug.opposite ? '≠' : '='} ${byId.get(sug.id)!.text}`);
          }
        }
        if (answer !== undefined) links.push(answer);
        tally.shown += shown.length;
        if (hasSame) {
          tally.withEarlier++;
          if (sameHit) tally.sameHit++;
          else {
            log(`missed   ${s.text}`);
            for (const e of earlier.filter((x) => label(x) === g)) log(`   want  ${e.text}`);
            for (const sug of shown) log(`   shown ${sug.opposite ? '≠' : '='} ${byId.get(sug.id)!.text}`);
          }
        }
        if (hasOpposite) {
          tally.withOpposite++;
          if (oppositeHit) tally.oppositeHit++;
        }
        if (!hasSame && !hasOpposite) {
          tally.unrelated++;
          if (shown.length === 0) tally.quiet++;
        }
      }
      earlier.push(...own);
    }
    automatic.push(scoreJournal(list, []));
    answered.push(scoreJournal(list, links));
  }
  return { ...tally, automatic: microAverage(automatic), answered: microAverage(answered) };
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      split: { type: 'string' },
      limit: { type: 'string', default: '3' },
      verbose: { type: 'boolean', default: false },
    },
  });
  const dir = positionals[0];
  const limit = Number(values.limit);
  if (dir === undefined || !Number.isInteger(limit) || limit < 1) {
    console.error('usage: npx tsx scripts/eval-suggest.ts <corpus-dir> [--split X] [--limit 3] [--verbose]');
    return 2;
  }
  const score = scoreSuggestions(
    loadCorpus(dir, values.split),
    limit,
    values.verbose ? (line) => console.log(line) : undefined,
  );
  const pct = (n: number, d: number) => `${d === 0 ? '–' : ((100 * n) / d).toFixed(0)}% (${n}/${d})`;
  const line = (g: GroupingScore) =>
    `P ${g.precision.toFixed(2)} R ${g.recall.toFixed(2)} F1 ${g.f1.toFixed(2)} (${g.correctPairs}/${g.predictedPairs} ` +
    `of ${g.truePairs}) opposites ${g.oppositesMerged} directions ${g.directionsMerged}`;
  console.log(
    [
      `${dir}${values.split ? ` [${values.split}]` : ''}, top ${limit}, every journal:`,
      `  same hit          ${pct(score.sameHit, score.withEarlier)}`,
      `  opposite hit      ${pct(score.oppositeHit, score.withOpposite)}`,
      `  right/shown       ${pct(score.right, score.shown)}`,
      `  crossed           ${score.crossed}`,
      `  quiet             ${pct(score.quiet, score.unrelated)}`,
      `  automatic only    ${line(score.automatic)}`,
      `  after answering   ${line(score.answered)}`,
    ].join('\n'),
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
