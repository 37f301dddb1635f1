// A contrast inside one statement: "Duncan only cares about the figures, not about the drivers", "she cares more
// about the league table than the drivers", "puts the figures before the people", "backs the plan rather than the
// staff". The statement asserts its predicate of one thing (what is kept) and denies it of the other (what is
// demoted). It is read as two statements: the one kept ("Duncan only cares about the figures") and the demoted one
// with the same frame ("Duncan cares about the drivers", whose governing predicate the analysis then denies), so a
// statement that asserts care for the drivers meets the denial, not the kept part (similarity.ts, `compare`).
//
// General English, not phrases of any corpus: ", not …", "but not …", "rather than …", "instead of …" (not after
// "would rather", a preference the analysis reads itself), "more … than …", "less … than …", and "… over / before /
// ahead of / above …" after a verb of ranking ("puts", "chooses", "prioritises").

import { CLAUSE_BREAKS } from './lexicon.js';
import { partsOf } from './wordnet.js';

function nounOnly(w: string): boolean {
  const parts = partsOf(w);
  return parts.has('n') && !parts.has('v') && !parts.has('a') && !parts.has('r');
}

/** What the split needs of a token (normalize.ts's tokens have more). */
export interface ContrastToken {
  lower: string;
  punct: boolean;
  ent?: string;
  poss?: boolean;
}

export interface Contrast<T> {
  /** The statement without what it demotes: what it asserts. */
  kept: T[];
  /** The demoted thing in the frame of the kept one (its predicate still to be denied). */
  demoted: T[];
}

const PREPOSITIONS = new Set([
  'about',
  'for',
  'with',
  'to',
  'on',
  'in',
  'at',
  'of',
  'from',
  'by',
  'into',
  'towards',
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'my',
  'our',
  'your',
  'its',
  'this',
  'that',
  'these',
  'those',
  'any',
  'some',
  'every',
  'all',
]);
/** Words that end a clause (and "as"): a demoted thing runs up to one of these. */
const ENDS = new Set([...CLAUSE_BREAKS, 'as']);
/** What may not open a demoted thing: a clause or a manner, not a thing ("…, not because …", "not that …"). */
const NOT_A_THING = new Set([
  ...ENDS,
  'that',
  'to',
  'just',
  'only',
  'even',
  'yet',
  'really',
  'always',
  'ever',
  'once',
  'least',
  'much',
  'quite',
  'sure',
  'enough',
  'too',
  'very',
  'here',
  'there',
  'now',
  'then',
  'me',
  'us',
  'i',
  'we',
  'he',
  'she',
  'they',
  'it',
  'you',
]);
/** Verbs that rank one thing above another: "puts the figures before the people", "chooses profit over safety". */
const RANKING = new Set(
  'put puts putting place places placed placing choose chooses chose choosing chosen pick picks picked picking prioritise prioritises prioritised prioritising prioritize prioritizes prioritized prioritizing favour favours favoured favouring favor favors favored favoring value values valued valuing rank ranks ranked ranking'.split(
    ' ',
  ),
);
const RANK_MARKERS = new Set(['over', 'before', 'above']);
/**
 * Verbs of preference, heeding or siding after which "X over Y" sets a person or their word against another
 * ("listens to the bosun over me", "sides with Tomek over me", "takes Ramon's word over mine"), read like "X rather
 * than Y". Other senses of "over" ("walks all over me", "over the years", "went over my head") have no such verb, or
 * no one after "over" (`preferredOver`).
 */
export const PREFERRING = new Set(
  'listen listens listened listening side sides sided siding back backs backed backing trust trusts trusted trusting believe believes believed believing prefer prefers preferred preferring promote promotes promoted promoting support supports supported supporting heed heeds heeded heeding take takes took taking choose chooses chose choosing chosen pick picks picked picking favour favours favoured favouring favor favors favored favoring'.split(
    ' ',
  ),
);
const POSSESSIVE_WORDS = new Set(['mine', 'ours', 'his', 'hers', 'theirs', 'yours']);

/**
 * "over" at `i` after a verb of preference in its clause, before someone (or someone's: "mine", "the bosun's"):
 * a preference of one person over another.
 */
export function preferredOver<T extends ContrastToken>(
  tokens: readonly T[],
  i: number,
  verbs: ReadonlySet<string> = PREFERRING,
): boolean {
  if (tokens[i]?.lower !== 'over') return false;
  let k = i + 1;
  while (DETERMINERS.has(tokens[k]?.lower ?? '') && tokens[k]?.ent === undefined) k++;
  const who = tokens[k];
  if (who === undefined || (who.ent === undefined && !POSSESSIVE_WORDS.has(who.lower))) return false;
  // (What is set aside may be someone's word: "over Ramon's word"; "over my head" names no one.)
  const start = clauseStart(tokens, i);
  return tokens.some((u, j) => j >= start && j < i - 1 && verbs.has(u.lower));
}

/** Verbs of preference or of ranking: "values Ana over Ben", "puts the intern over me" set one person above another. */
export const PREFERRING_OR_RANKING: ReadonlySet<string> = new Set([...PREFERRING, ...RANKING]);

/** Words that only say "only"/"more": left out of the demoted frame. */
const KEPT_ONLY = new Set(['only', 'just', 'solely', 'purely', 'merely', 'more', 'less']);
const AUX = new Set([
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
]);

/** The demoted thing: from `from` to the end of its clause, when it names a thing (not a clause or a lone person). */
function thingFrom<T extends ContrastToken>(tokens: readonly T[], from: number): number | undefined {
  const first = tokens[from];
  if (first === undefined || first.punct) return undefined;
  // ("not to worry", "rather than to ask" are acts; "not to the nurses" a thing.)
  const next = tokens[from + 1];
  const toThing =
    first.lower === 'to' && next !== undefined && (DETERMINERS.has(next.lower) || next.ent !== undefined);
  if (NOT_A_THING.has(first.lower) && !toThing) return undefined;
  // An act is a manner, not a thing set against another: "keeps her doubts to herself rather than question me".
  // After "rather than"/"instead of", a word that is also a verb is a thing when nothing it could take follows it:
  // "speed rather than accuracy in the lab", "rather than speed." (not "rather than question me", "… speed up");
  // after ", not" only at the end of its clause: "about welfare, not yield." (not "…, not one of the carers …").
  if (
    !DETERMINERS.has(first.lower) &&
    !PREPOSITIONS.has(first.lower) &&
    first.ent === undefined &&
    !nounOnly(first.lower) &&
    !(
      // (After a marker of ranking too: "values speed over quality", "puts profit before safety".)
      ['than', 'of', 'not', ...RANK_MARKERS].includes(tokens[from - 1]?.lower ?? '') &&
      // (A word WordNet does not know, "stats", "KPIs", is read as the noun it mostly is.)
      (partsOf(first.lower).has('n') || partsOf(first.lower).size === 0) &&
      (next === undefined ||
        next.punct ||
        (tokens[from - 1]?.lower !== 'not' && PREPOSITIONS.has(next.lower)))
    )
  )
    return undefined;
  let end = from;
  while (end < tokens.length && !tokens[end]!.punct && !ENDS.has(tokens[end]!.lower)) end++;
  // (A trailing "do"/"does": "… than the drivers do".)
  while (end - 1 > from && AUX.has(tokens[end - 1]!.lower)) end--;
  const n = end - from;
  // One person alone ("…, not me", "rather than Dan") is for normalize.ts's `contrasts`; a group ("not about the
  // customers") is a thing set aside like any other.
  if (n === 0 || n > 8 || (n === 1 && someone(first))) return undefined;
  if (n === 2 && PREPOSITIONS.has(first.lower) && someone(tokens[from + 1]!)) return undefined;
  return end;
}

/** A token that names someone: the writer, "we", a person or one in a role (not "the customers", "the staff"). */
function someone(t: ContrastToken): boolean {
  const e = t.ent;
  if (e === undefined) return false;
  if (e.startsWith('r:')) return !/[^s]s$/.test(t.lower);
  return !e.startsWith('g:') || e === 'g:we';
}

/** Where the clause of `at` starts (after the last punctuation or clause word before it). */
function clauseStart<T extends ContrastToken>(tokens: readonly T[], at: number): number {
  let k = at - 1;
  while (k >= 0 && !tokens[k]!.punct && !ENDS.has(tokens[k]!.lower)) k--;
  return k + 1;
}

/**
 * The thing of the kept clause that the demoted one stands against: the last phrase opened by the word that opens
 * the demoted one ("about the figures, not about the people"), else by any determiner ("about the punctuality
 * figures, not the people"); it runs to `to`. Undefined when there is none.
 */
function parallel<T extends ContrastToken>(
  tokens: readonly T[],
  start: number,
  to: number,
  first: T,
): number | undefined {
  for (let k = to - 1; k > start; k--) if (tokens[k]!.lower === first.lower && !tokens[k]!.punct) return k;
  if (PREPOSITIONS.has(first.lower)) return undefined;
  for (let k = to - 1; k > start; k--) {
    const w = tokens[k]!.lower;
    if (DETERMINERS.has(w) || (PREPOSITIONS.has(w) && k + 1 < to)) return PREPOSITIONS.has(w) ? k + 1 : k;
  }
  return undefined;
}

const POSSESSIVE_PRONOUNS = new Set(['their', 'his', 'her', 'its']);

/**
 * "the pupils' wellbeing, not their exam results": the demoted thing belongs to the kept thing's possessor, who
 * is named there, not set aside. The demoted thing takes the possessor's words in place of the pronoun, so the
 * possessor, in both parts, tells neither apart.
 */
function withPossessor<T extends ContrastToken>(
  tokens: readonly T[],
  from: number,
  to: number,
  thing: T[],
): T[] {
  if (thing.length < 2 || !POSSESSIVE_PRONOUNS.has(thing[0]!.lower)) return thing;
  for (let k = from; k < to - 1; k++)
    if (tokens[k]!.poss === true && tokens[k]!.ent === undefined)
      return [...tokens.slice(from, k + 1), ...thing.slice(1)];
  return thing;
}

/** The clause with its thing at [from, to) replaced by `other`, the words that only rank left out. */
function reframe<T extends ContrastToken>(
  tokens: readonly T[],
  from: number,
  to: number,
  other: readonly T[],
  cut: [number, number],
): T[] {
  const out: T[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (k >= cut[0] && k < cut[1]) continue;
    if (k === from) out.push(...other);
    if (k >= from && k < to) continue;
    if (KEPT_ONLY.has(tokens[k]!.lower)) continue;
    out.push(tokens[k]!);
  }
  return out;
}

/** The statement without [from, to) (and the words that only say "more"/"less"). */
function without<T extends ContrastToken>(
  tokens: readonly T[],
  from: number,
  to: number,
  drop: ReadonlySet<number>,
): T[] {
  const out: T[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if ((k >= from && k < to) || drop.has(k)) continue;
    // "…, not the people." loses its comma with the rest.
    if (k === from - 1 && tokens[k]!.lower === ',') continue;
    out.push(tokens[k]!);
  }
  return out;
}

/** Subject pronouns that may open a clause repeated after "than". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);

/**
 * "listens to the customers more than she listens to me", "… than she does to me": a subject pronoun and the
 * clause's own verb again (or "do") after "than" only repeat the clause; the thing set against the kept one follows
 * them. How many tokens to skip after "than" at `than` (0 when there is no such repetition).
 */
function repeatedClause<T extends ContrastToken>(tokens: readonly T[], start: number, than: number): number {
  const subject = tokens[than + 1];
  const verb = tokens[than + 2];
  if (subject === undefined || verb === undefined || !SUBJECT_PRONOUNS.has(subject.lower)) return 0;
  const again =
    ['do', 'does', 'did'].includes(verb.lower) ||
    tokens.some((u, k) => k >= start && k < than && !u.punct && u.lower === verb.lower);
  return again ? 2 : 0;
}

/**
 * "trusts me more than the intern", "likes Ana more than she likes Ben", "has more faith in me than in the intern":
 * two people compared as the ones the clause's act is aimed at, one of them set aside. The person set aside (its
 * token's index): the one after "than" with "more", the one before it with "less" ("trusts me less than the intern"
 * sets me aside). Undefined when "than" at `i` does not set one person against another, or compares doers ("…
 * more than the intern does", `Shape.outdone`), or is a preference "would rather/sooner … than" read elsewhere.
 */
export function comparedAside<T extends ContrastToken>(tokens: readonly T[], i: number): number | undefined {
  if (tokens[i]?.lower !== 'than') return undefined;
  const start = clauseStart(tokens, i);
  const degree = tokens.findIndex(
    (u, k) => k >= start && k < i && (u.lower === 'more' || u.lower === 'less'),
  );
  if (
    degree < 0 ||
    tokens.some((u, k) => k >= start && k < i && (u.lower === 'rather' || u.lower === 'sooner'))
  )
    return undefined;
  let other = i + 1 + repeatedClause(tokens, start, i);
  // ("than in the intern", "than to me": the preposition of the one it is set against.)
  if (PREPOSITIONS.has(tokens[other]?.lower ?? '')) other++;
  const them = tokens[other];
  if (them === undefined || them.poss === true) return undefined;
  // Someone named, or one in a role the journal does not know ("the intern", "his new boss"), ending the clause.
  let end = other + 1;
  if (!someone(them)) {
    if (!DETERMINERS.has(them.lower)) return undefined;
    while (end < tokens.length && end <= other + 3 && !tokens[end]!.punct && !ENDS.has(tokens[end]!.lower)) {
      if (AUX.has(tokens[end]!.lower)) return undefined;
      end++;
    }
    if (end === other + 1) return undefined;
  }
  const after = tokens[end];
  if (after !== undefined && !after.punct && !ENDS.has(after.lower)) return undefined;
  // The one it is set against: a person or a phrase after the clause's first word (its subject), before "than".
  let kept = -1;
  for (let k = i - 1; k > start && kept < 0; k--) {
    const t = tokens[k]!;
    if ((someone(t) || DETERMINERS.has(t.lower)) && t.poss !== true && !SUBJECT_PRONOUNS.has(t.lower))
      kept = k;
  }
  if (kept < 0) return undefined;
  return tokens[degree]!.lower === 'less' ? kept : other;
}

/** The "second" or "last" that closes the thing ranked after another, at most five words from `from`. */
function secondAfter<T extends ContrastToken>(tokens: readonly T[], from: number): number | undefined {
  for (let k = from + 1; k < tokens.length && k <= from + 5; k++) {
    const t = tokens[k]!;
    if (t.punct || ENDS.has(t.lower)) return undefined;
    if (t.lower === 'second' || t.lower === 'last') {
      const after = tokens[k + 1];
      return after === undefined || after.punct || ENDS.has(after.lower) ? k : undefined;
    }
  }
  return undefined;
}

/** See the top of the file. Null when the statement sets nothing against anything. */
export function splitContrast<T extends ContrastToken>(tokens: readonly T[]): Contrast<T> | null {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    let marker = -1;
    let thing = -1;
    let ranking = false;
    let lessThan = false;
    /** Where "second"/"last" closes the demoted thing of "X first and Y second". */
    let ordinal = -1;
    if (t.lower === 'not' && (prev.lower === ',' || prev.lower === 'but' || prev.lower === 'and')) {
      marker = prev.lower === ',' ? i - 1 : i - 1;
      thing = i + 1;
    } else if (
      (t.lower === 'rather' &&
        tokens[i + 1]?.lower === 'than' &&
        !['would', 'had', 'd'].includes(prev.lower)) ||
      (t.lower === 'instead' && tokens[i + 1]?.lower === 'of')
    ) {
      marker = i;
      thing = i + 2;
    } else if (t.lower === 'than') {
      const start = clauseStart(tokens, i);
      const more = tokens.findIndex(
        (u, k) => k >= start && k < i && (u.lower === 'more' || u.lower === 'less'),
      );
      // ("would rather/sooner … than …" is a preference: normalize.ts reads what it sets aside.)
      const prefers = tokens.some(
        (u, k) => k >= start && k < i && (u.lower === 'rather' || u.lower === 'sooner'),
      );
      if (more < 0 || prefers) continue;
      marker = i;
      thing = i + 1 + repeatedClause(tokens, start, i);
      lessThan = tokens[more]!.lower === 'less';
    } else if (preferredOver(tokens, i)) {
      marker = i;
      thing = i + 1;
    } else if (RANK_MARKERS.has(t.lower) || (t.lower === 'ahead' && tokens[i + 1]?.lower === 'of')) {
      const start = clauseStart(tokens, i);
      if (!tokens.some((u, k) => k >= start && k < i - 1 && RANKING.has(u.lower))) continue;
      marker = i;
      thing = t.lower === 'ahead' ? i + 2 : i + 1;
      ranking = true;
    } else if (t.lower === 'first' && (tokens[i + 1]?.lower === 'and' || tokens[i + 1]?.lower === ',')) {
      // "listens to me first and the solicitors second": me first, the solicitors not first (session 12, gaps12).
      const k = secondAfter(tokens, i + 2);
      if (k === undefined) continue;
      marker = i + 1;
      thing = i + 2;
      ordinal = k;
    } else continue;
    let end = ordinal >= 0 ? ordinal + 1 : thingFrom(tokens, thing);
    if (end === undefined) continue;
    let demotedThing = tokens.slice(thing, ordinal >= 0 ? ordinal : end);
    const start = clauseStart(tokens, marker);
    let from: number | undefined;
    if (ranking) {
      const verb = tokens.findIndex((u, k) => k >= start && k < marker && RANKING.has(u.lower));
      from = verb + 1 < marker ? verb + 1 : undefined;
    } else {
      from = parallel(tokens, start, marker, demotedThing[0]!);
      // "The figures matter more to Duncan than the drivers do": the subject stands against the demoted thing.
      if (from === undefined && t.lower === 'than' && DETERMINERS.has(tokens[start]?.lower ?? ''))
        from = start;
    }
    if (from === undefined) continue;
    // The kept thing runs to the marker ("first" stays after it, in both parts), or (a subject) to its verb.
    let to = ordinal >= 0 ? marker - 1 : marker;
    if (from === start && t.lower === 'than') {
      to = from + 1;
      while (
        to < marker &&
        !AUX.has(tokens[to]!.lower) &&
        tokens[to + 1]?.lower !== 'more' &&
        tokens[to + 1]?.lower !== 'less'
      )
        to++;
      to = Math.min(marker, to + (AUX.has(tokens[to]?.lower ?? '') ? 0 : 1));
    }
    if (to <= from) continue;
    // One bare noun against another: what follows the demoted one is said of both ("focus on speed rather than
    // accuracy in the lab": the lab is where either is focused on).
    if (
      to - from === 1 &&
      demotedThing.length > 2 &&
      !DETERMINERS.has(demotedThing[0]!.lower) &&
      PREPOSITIONS.has(demotedThing[1]!.lower)
    ) {
      end = thing + 1;
      demotedThing = tokens.slice(thing, end);
    }
    demotedThing = withPossessor(tokens, from, to, demotedThing);
    const drop = new Set<number>();
    for (let k = start; k < marker; k++)
      if (tokens[k]!.lower === 'more' || tokens[k]!.lower === 'less') drop.add(k);
    const kept = without(tokens, marker, end, drop);
    const demoted = reframe(tokens, from, to, demotedThing, [marker, end]);
    // "cares less about the drivers than the figures": the thing after "than" is the one kept.
    if (lessThan) {
      const keptThing = tokens.slice(from, to);
      return {
        kept: reframe(tokens, from, to, demotedThing, [marker, end]),
        demoted: reframe(tokens, from, to, keptThing, [marker, end]),
      };
    }
    return { kept, demoted };
  }
  return null;
}
