// Finds structural blind spots of the grouping: takes the statements of the read corpus splits and the `a` sides of
// the read trap sets, makes opposite and reversed-direction counterparts by general transformations (negate the
// finite verb, remove a negation, insert "never"/"no longer"/…, flip a quantifier, swap the writer and the other
// person, swap the two sides of "A, not B" / "more A than B") and counts how many of those pairs the engine groups:
//   npx tsx scripts/perturb-probes.ts [--verbose] [--class NAME]
// Deterministic: no randomness. A transformation that does not apply cleanly is skipped (few clean probes beat
// many noisy ones). Blind splits (blind.json, heldout22) and blind trap sets are never read.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { genderOfFirstName } from '../src/domain/assumptions/names.js';
import { irregularBase } from '../src/domain/assumptions/stem.js';
import { lemmasOf } from '../src/domain/assumptions/wordnet.js';
import { grouped, readTraps, type TrapPair } from './eval-traps.js';

export const PROBE_CLASSES = [
  'negate',
  'unnegate',
  'never',
  'no-longer',
  'hardly',
  'fails-to',
  'refuses-to',
  'stopped',
  'quantifier',
  'roles',
  'not-contrast',
  'more-than',
] as const;
export type ProbeClass = (typeof PROBE_CLASSES)[number];

export interface Probe {
  cls: ProbeClass;
  pair: TrapPair;
}

export interface Source {
  text: string;
  people: string[];
}

const FIXTURES = join(import.meta.dirname, '..', 'tests', 'fixtures');
/** Never read, whatever blind.json says today. */
const ALWAYS_BLIND = new Set(['heldout22']);
const READ_TRAP_SETS = [
  'trap-probes.json',
  ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `trap-probes-${n}.json`),
];

function readJson<T>(path: string, fallback: T): T {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : fallback;
}

/** The statements (with their entry's people) of the read splits, then the `a` sides of the read trap sets. */
export function readSources(): Source[] {
  const dir = join(FIXTURES, 'assumptions-corpus');
  const blind = new Set([...readJson<string[]>(join(dir, 'blind.json'), []), ...ALWAYS_BLIND]);
  const splitOf = readJson<Record<string, string>>(join(dir, 'split.json'), {});
  const labels = readJson<{ statements: Array<{ text: string; file: string }> }>(join(dir, 'labels.json'), {
    statements: [],
  });
  const peopleOf = new Map<string, string[]>();
  const out: Source[] = [];
  for (const s of labels.statements) {
    const split = splitOf[s.file];
    if (split === undefined || blind.has(split)) continue;
    let people = peopleOf.get(s.file);
    if (people === undefined) {
      people = readJson<{ people?: string[] }>(join(dir, 'entries', s.file), {}).people ?? [];
      peopleOf.set(s.file, people);
    }
    out.push({ text: s.text, people });
  }
  for (const file of READ_TRAP_SETS)
    for (const p of readTraps(join(FIXTURES, file))) out.push({ text: p.a, people: p.people });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Words

type Tok = string;

/** Words and the runs between them, alternating; a word keeps its apostrophe ("doesn't", "Dana's"). */
function tokenize(text: string): Tok[] {
  return text.replace(/’/g, "'").match(/\p{L}[\p{L}'-]*|[^\p{L}]+/gu) ?? [];
}
const isWord = (t: Tok | undefined): t is string => t !== undefined && /^\p{L}/u.test(t);
/** Indices of the word tokens. */
const wordsOf = (toks: Tok[]): number[] => toks.flatMap((t, i) => (isWord(t) ? [i] : []));
/** Whether only a space separates word positions i and j (no comma, dash …). */
const plainGap = (toks: Tok[], i: number, j: number): boolean => toks.slice(i + 1, j).every((t) => t === ' ');

const BE = new Set(['is', 'are', 'was', 'were', 'am']);
const MODAL = new Set(['will', 'would', 'can', 'could', 'should', 'might', 'must', 'may']);
const DO = new Set(['does', 'do', 'did']);
const HAVE = new Set(['has', 'have', 'had']);
const NEGATED_AUX: Record<string, string> = {
  is: "isn't",
  are: "aren't",
  was: "wasn't",
  were: "weren't",
  am: 'am not',
  will: "won't",
  would: "wouldn't",
  can: "can't",
  could: "couldn't",
  should: "shouldn't",
  might: 'might not',
  must: "mustn't",
  may: 'may not',
  does: "doesn't",
  do: "don't",
  did: "didn't",
  has: "hasn't",
  have: "haven't",
  had: "hadn't",
};
const POSITIVE_AUX: Record<string, string> = Object.fromEntries(
  Object.entries(NEGATED_AUX)
    .filter(([, n]) => n.endsWith("n't"))
    .map(([p, n]) => [n, p]),
);
POSITIVE_AUX.cannot = 'can';
const NEGATIONS =
  /\b(not|n't|never|no|nobody|nothing|none|nowhere|neither|nor|without|hardly|barely|rarely|seldom|cannot|no longer)\b|n't\b/i;
const SUBORDINATORS = new Set(
  'if when whenever because unless although though while since once as after before until whether'.split(' '),
);
const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'they', 'we', 'you', 'it']);
const PLURAL_SUBJECTS = new Set(['i', 'they', 'we', 'you']);
const QUANT_SUBJECTS = new Set([
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'nobody',
  'everything',
  'nothing',
]);
const DETERMINERS = new Set(['my', 'her', 'his', 'their', 'the', 'our', 'your', 'this', 'that']);

function verbBase(word: string): string | undefined {
  const w = word.toLowerCase();
  const irregular = irregularBase(w);
  if (irregular !== undefined) return irregular;
  return lemmasOf(w).find((l) => l.pos === 'v' && !l.lemma.includes('_'))?.lemma;
}

/** The third-person present of a base form. */
function thirdPerson(base: string): string {
  if (base === 'be') return 'is';
  if (base === 'have') return 'has';
  if (base === 'do' || base === 'go') return `${base}es`;
  if (/(s|sh|ch|x|z)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

const ONE_SYLLABLE_CVC = /^[^aeiou]*[aeiou][^aeiouwxy]$/;

/** The -ing form of a base form, or undefined when its spelling is not sure. */
function ingForm(base: string): string | undefined {
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (/[^aeiouy]e$/.test(base)) return `${base.slice(0, -1)}ing`;
  if (base.endsWith('e')) return undefined;
  if (ONE_SYLLABLE_CVC.test(base)) return `${base}${base.at(-1)}ing`;
  return `${base}ing`;
}

/** The regular past of a base form, or undefined for an irregular verb or an unsure spelling. */
function regularPast(base: string): string | undefined {
  if (Object.values(IRREGULAR_BASES).includes(base)) return undefined;
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (ONE_SYLLABLE_CVC.test(base)) return `${base}${base.at(-1)}ed`;
  return `${base}ed`;
}
const IRREGULAR_BASES: Record<string, string> = Object.fromEntries(
  'take get give bring say tell make go see know feel keep hold lose run send spend build catch teach buy fall stand understand hear mean pay lay lead meet put set let cut hide throw break speak write choose forget become begin drive ride steal sweep sleep fight seek win wear tear shut hurt deal think leave shoot overtake undertake'
    .split(' ')
    .map((b) => [b, b]),
);

type Form = '3s' | 'base' | 'past';

/** The form of a lexical verb written after a subject, if `word` is one. */
function lexicalForm(word: string, plural: boolean): { base: string; form: Form } | undefined {
  const w = word.toLowerCase();
  if (w !== word) return undefined;
  const base = verbBase(w);
  if (base === undefined || BE.has(w) || HAVE.has(w) || DO.has(w) || MODAL.has(w)) return undefined;
  if (/ly$/.test(w)) return undefined;
  if (w === base) {
    // "put", "cut": present or past, unsure
    return plural && irregularBase(w) === undefined ? { base, form: 'base' } : undefined;
  }
  if (w === thirdPerson(base)) return plural ? undefined : { base, form: '3s' };
  if (irregularBase(w) === base && !w.endsWith('ing') && !w.endsWith('en') && w !== 'seen' && w !== 'done')
    return { base, form: 'past' };
  if (w.endsWith('ed') && regularPast(base) === w) return { base, form: 'past' };
  return undefined;
}

interface Clause {
  /** Token index of the finite verb. */
  verb: number;
  /** Whether the subject takes a plural (or first person) verb. */
  plural: boolean;
  subjectStart: number;
}

/**
 * The subject and finite verb of a statement's first clause, when the statement starts with one: a name of the
 * entry's people, a pronoun, a quantifier pronoun or a determiner and one noun, then at once the verb.
 */
function mainClause(toks: Tok[], people: readonly string[]): Clause | undefined {
  const ws = wordsOf(toks);
  if (ws.length < 2) return undefined;
  const first = toks[ws[0]!]!;
  const lower = first.toLowerCase();
  if (SUBORDINATORS.has(lower)) return undefined;
  const names = new Set(people.flatMap((p) => p.split(/\s+/)));
  let k: number; // word index of the verb
  let plural = false;
  if (SUBJECT_PRONOUNS.has(lower)) {
    k = 1;
    plural = PLURAL_SUBJECTS.has(lower);
  } else if (QUANT_SUBJECTS.has(lower)) k = 1;
  else if (lower === 'no' && toks[ws[1]!]?.toLowerCase() === 'one') k = 2;
  else if (names.has(first)) {
    k = 1;
    while (k < ws.length && names.has(toks[ws[k]!]!)) k++;
  } else if (DETERMINERS.has(lower) || (first.endsWith("'s") && names.has(first.slice(0, -2)))) {
    k = 2;
    const noun = toks[ws[1]!]!;
    plural = /[^s]s$/.test(noun) || noun === 'people';
  } else return undefined;
  const at = ws[k];
  if (at === undefined || !plainGap(toks, ws[0]!, at)) return undefined;
  return { verb: at, plural, subjectStart: ws[0]! };
}

const nextWord = (toks: Tok[], i: number): number | undefined => {
  for (let j = i + 1; j < toks.length; j++) if (isWord(toks[j])) return j;
  return undefined;
};

function finish(toks: Tok[], original: string): string | undefined {
  const out = toks.join('');
  if (out === original.replace(/’/g, "'")) return undefined;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

// ---------------------------------------------------------------------------------------------------------------
// Transformations: each gives the counterpart text, or undefined when it does not apply cleanly.

/**
 * Whether a second clause or conjunct follows the verb ("is unsettled and eyeing other jobs", "would rather … than"):
 * denying the first alone is no clean opposite.
 */
function joinedAfter(toks: Tok[], verb: number): boolean {
  return toks.slice(verb + 1).some((t) => /^(and|but|so|or|rather|than)$/i.test(t) || /[,;:—]/.test(t));
}

/** The statement's main clause, if it has one verb not joined to a second clause: where every change starts. */
function clauseOf(text: string, people: readonly string[]) {
  const toks = tokenize(text);
  const c = mainClause(toks, people);
  if (c === undefined || joinedAfter(toks, c.verb)) return undefined;
  const verb = toks[c.verb]!;
  return { toks, c, verb, v: verb.toLowerCase() };
}

/** "is" → "isn't", "trusts" → "doesn't trust", "trusted" → "didn't trust", "has to" → "doesn't have to". */
function negate(text: string, people: readonly string[]): string | undefined {
  if (NEGATIONS.test(text)) return undefined;
  const clause = clauseOf(text, people);
  if (clause === undefined) return undefined;
  const { toks, c, verb, v } = clause;
  const after = nextWord(toks, c.verb);
  const afterWord = after === undefined ? '' : toks[after]!.toLowerCase();
  if (BE.has(v) || MODAL.has(v) || DO.has(v)) toks[c.verb] = NEGATED_AUX[v]!;
  else if (HAVE.has(v)) {
    const participle =
      after !== undefined && (/(ed|en)$/.test(afterWord) || irregularBase(afterWord) !== undefined);
    if (participle) toks[c.verb] = NEGATED_AUX[v]!;
    else if (afterWord === 'to' || after !== undefined)
      toks[c.verb] = `${v === 'had' ? "didn't" : v === 'has' ? "doesn't" : "don't"} have`;
    else return undefined;
  } else {
    const lex = lexicalForm(verb, c.plural);
    if (lex === undefined || VIEW_VERBS.has(lex.base)) return undefined;
    toks[c.verb] = `${lex.form === 'past' ? "didn't" : lex.form === '3s' ? "doesn't" : "don't"} ${lex.base}`;
  }
  return finish(toks, text);
}

/** Verbs that frame a view ("I think …"): negating them is another helper's ground (own-frame.ts). */
const VIEW_VERBS = new Set([
  'think',
  'feel',
  'believe',
  'suspect',
  'guess',
  'assume',
  'reckon',
  'bet',
  'know',
]);

/** Removes the one negation of the first clause: "isn't" → "is", "doesn't trust" → "trusts", "never" → "". */
function unnegate(text: string, people: readonly string[]): string | undefined {
  const negs = tokenize(text).filter((t) => isWord(t) && NEGATIONS.test(t)).length;
  if (negs !== 1) return undefined;
  const clause = clauseOf(text, people);
  if (clause === undefined) return undefined;
  const { toks, c, v } = clause;
  const after = nextWord(toks, c.verb);
  if (v === 'never') {
    if (after === undefined || !plainGap(toks, c.verb, after)) return undefined;
    toks.splice(c.verb, 2);
    return finish(toks, text);
  }
  const positive = POSITIVE_AUX[v];
  const notAfter =
    after !== undefined && toks[after]!.toLowerCase() === 'not' && plainGap(toks, c.verb, after);
  if (positive === undefined && !notAfter) return undefined;
  const aux = positive ?? v;
  if (notAfter) toks.splice(c.verb + 1, 2);
  const lexAt = nextWord(toks, c.verb);
  if (DO.has(aux)) {
    if (lexAt === undefined || !plainGap(toks, c.verb, lexAt)) return undefined;
    const base = toks[lexAt]!;
    if (verbBase(base) !== base) return undefined;
    const form = aux === 'did' ? regularPast(base) : aux === 'does' ? thirdPerson(base) : base;
    if (form === undefined || base === 'be') return undefined;
    toks.splice(c.verb, lexAt - c.verb + 1, form);
  } else toks[c.verb] = aux;
  return finish(toks, text);
}

/** States one does not fail, refuse or stop doing ("fails to want"): no clean counterpart. */
const STATIVES = new Set(
  'want need like love hate owe seem mean deserve belong own prefer wish expect know think feel have be matter'.split(
    ' ',
  ),
);

type Insert = 'never' | 'no-longer' | 'hardly' | 'fails-to' | 'refuses-to' | 'stopped';

/** Puts a negating adverb or verb into a positive first clause: "Dana trusts me" → "Dana never trusts me". */
function insert(kind: Insert, text: string, people: readonly string[]): string | undefined {
  if (NEGATIONS.test(text)) return undefined;
  const clause = clauseOf(text, people);
  if (clause === undefined) return undefined;
  const { toks, c, verb, v } = clause;
  const adverb =
    kind === 'never' ? 'never' : kind === 'no-longer' ? 'no longer' : kind === 'hardly' ? 'hardly' : '';
  if (BE.has(v) || MODAL.has(v)) {
    if (adverb === '') return undefined;
    const after = nextWord(toks, c.verb);
    // "is being", "is going to": the adverb lands somewhere else
    if (after === undefined || /ing$/.test(toks[after]!)) return undefined;
    toks[c.verb] = `${verb} ${adverb}`;
    return finish(toks, text);
  }
  if (HAVE.has(v) || DO.has(v)) return undefined;
  const lex = lexicalForm(verb, c.plural);
  if (lex === undefined || VIEW_VERBS.has(lex.base) || lex.base === 'be') return undefined;
  const past = lex.form === 'past';
  if (adverb === '' && STATIVES.has(lex.base)) return undefined;
  if (adverb !== '') toks[c.verb] = `${adverb} ${verb}`;
  else if (kind === 'stopped') {
    const ing = ingForm(lex.base);
    if (ing === undefined) return undefined;
    toks[c.verb] = `${past ? 'stopped' : c.plural ? 'have stopped' : 'has stopped'} ${ing}`;
  } else {
    const head = kind === 'fails-to' ? 'fail' : 'refuse';
    const finite = past ? regularPast(head) : lex.form === '3s' ? thirdPerson(head) : head;
    toks[c.verb] = `${finite} to ${lex.base}`;
  }
  return finish(toks, text);
}

const QUANTIFIER_FLIPS: Record<string, string> = {
  everyone: 'nobody',
  everybody: 'nobody',
  nobody: 'everyone',
  someone: 'no one',
  somebody: 'no one',
  everything: 'nothing',
  nothing: 'everything',
  always: 'never',
  never: 'always',
};

/** Flips the one quantifier of a statement: everyone ↔ nobody, always ↔ never, all of ↔ none of, … */
function flipQuantifier(text: string): string | undefined {
  const toks = tokenize(text);
  const at: number[] = [];
  for (const i of wordsOf(toks)) {
    const w = toks[i]!.toLowerCase();
    const next = toks[nextWord(toks, i) ?? -1]?.toLowerCase();
    if (
      w in QUANTIFIER_FLIPS ||
      ((w === 'all' || w === 'none') && next === 'of') ||
      (w === 'no' && next === 'one')
    )
      at.push(i);
  }
  if (at.length !== 1) return undefined;
  const i = at[0]!;
  const before = toks
    .slice(0, i)
    .filter(isWord)
    .map((t) => t.toLowerCase());
  const prev = before.at(-1) ?? '';
  const next = toks[nextWord(toks, i) ?? -1]?.toLowerCase() ?? '';
  // "I'd never …" (a wish), "everyone else" (no clean opposite), "for everyone" (for whose good, not who),
  // "whenever nobody …" (a condition, not the claim)
  if (
    prev.endsWith("'d") ||
    next.startsWith('else') ||
    prev === 'for' ||
    before.some((w) => SUBORDINATORS.has(w))
  )
    return undefined;
  const w = toks[i]!.toLowerCase();
  // other negations would make the flip a double negative
  const negs = toks.filter((t) => isWord(t) && NEGATIONS.test(t)).length - (NEGATIONS.test(w) ? 1 : 0);
  if (negs > 0) return undefined;
  if (w === 'no') {
    const j = nextWord(toks, i)!;
    toks.splice(i, j - i + 1, 'someone');
  } else toks[i] = w === 'all' ? 'none' : w === 'none' ? 'all' : QUANTIFIER_FLIPS[w]!;
  return finish(toks, text);
}

const FUNCTION_WORDS = new Set(
  'a an the to of in on at for with about from by and or but that this than as into over about so because when if is was'.split(
    ' ',
  ),
);
const SKIP_ROLES =
  /\b(we|us|our|ours|they|them|their|theirs|myself|mine|each other|one another|and I|and me|between|together|with me|with him|with her|argue|argues|argued|fight|fights|fought|disagree|disagrees|disagreed|agree|agrees|agreed|meet|meets|met|talk|talks|talked|clash|clashes|clashed)\b/i;
const ADVERBS = new Set(
  'never always really just still often also already actually only even barely hardly rarely sometimes usually genuinely secretly honestly'.split(
    ' ',
  ),
);

/**
 * Swaps the writer and the one other person: "Dana undermines me" → "I undermine Dana", "my X of her" → "her X of
 * me"; the verb after a swapped subject agrees with it.
 */
function swapRoles(text: string, people: readonly string[]): string | undefined {
  if (
    SKIP_ROLES.test(text) ||
    /\b(I'd|I'll|I've|he's|she's|he'll|she'll|he'd|she'd|hers|his own|her own)\b/i.test(text)
  )
    return undefined;
  const toks = tokenize(text);
  const named = new Set(people.flatMap((p) => p.split(/\s+/)));
  // Someone not of the entry's people ("in front of Bernard"), or an apposition ("my sister Amara"): unsure roles.
  const capitals = wordsOf(toks)
    .slice(1)
    .map((i) => toks[i]!.replace(/'s$/, ''));
  if (capitals.some((w) => /^\p{Lu}/u.test(w) && w !== 'I' && !w.startsWith("I'") && !named.has(w)))
    return undefined;
  if (/\b[Mm]y [a-z-]+ \p{Lu}/u.test(text)) return undefined;
  const firstNames = people.map((p) => p.split(/\s+/)[0]!);
  const ws = wordsOf(toks);
  const mentioned = new Set<string>();
  let pronounGender: 'f' | 'm' | undefined;
  for (const i of ws) {
    const t = toks[i]!;
    const base = t.endsWith("'s") ? t.slice(0, -2) : t;
    for (const p of people) if (p.split(/\s+/).includes(base) && /^[A-Z]/.test(base)) mentioned.add(p);
    const l = t.toLowerCase();
    if (['she', 'her', 'herself'].includes(l)) pronounGender = pronounGender === 'm' ? undefined : 'f';
    if (['he', 'him', 'his', 'himself'].includes(l)) pronounGender = pronounGender === 'f' ? undefined : 'm';
  }
  if (mentioned.size > 1) return undefined;
  if (mentioned.size > 0 && people.some((p) => /\s/.test(p) && mentioned.has(p))) return undefined;
  const name = [...mentioned][0];
  // a pronoun must be the named person (or, with no name, the entry's one person of that gender)
  if (pronounGender !== undefined) {
    const owner =
      name ??
      (people.length === 1 && genderOfFirstName(firstNames[0]!) === pronounGender ? people[0] : undefined);
    if (owner === undefined || genderOfFirstName(owner) !== pronounGender) return undefined;
  }
  if (name === undefined && pronounGender === undefined) return undefined;
  const hasWriter = ws.some((i) => /^(i|me|my|i'm)$/i.test(toks[i]!));
  if (!hasWriter) return undefined;
  const other =
    name !== undefined && pronounGender === undefined ? name : pronounGender === 'f' ? 'she' : 'he';
  const otherSubject = other;
  const otherObject = other === 'she' ? 'her' : other === 'he' ? 'him' : other;
  const otherPossessive = other === 'she' ? 'her' : other === 'he' ? 'his' : `${other}'s`;
  const subjects: Array<{ at: number; person: 'first' | 'third' }> = [];
  const isVerbish = (j: number | undefined): boolean => {
    if (j === undefined) return false;
    const w = toks[j]!.toLowerCase();
    if (ADVERBS.has(w)) return isVerbish(nextWord(toks, j));
    return (
      BE.has(w) ||
      MODAL.has(w) ||
      DO.has(w) ||
      HAVE.has(w) ||
      w in POSITIVE_AUX ||
      lexicalForm(toks[j]!, false) !== undefined
    );
  };
  for (const i of ws) {
    const t = toks[i]!;
    const l = t.toLowerCase();
    const next = nextWord(toks, i);
    if (l === 'i') {
      toks[i] = otherSubject;
      subjects.push({ at: i, person: 'third' });
    } else if (l === "i'm") {
      toks[i] = `${otherSubject} is`;
    } else if (l === 'me') toks[i] = otherObject;
    else if (l === 'my') toks[i] = otherPossessive;
    else if (l === 'myself') return undefined;
    else if (name !== undefined && t === `${name}'s`) toks[i] = 'my';
    else if (name !== undefined && t === name) {
      if (i === ws[0] || (isVerbish(next) && plainGap(toks, i, next!))) {
        toks[i] = 'I';
        subjects.push({ at: i, person: 'first' });
      } else toks[i] = 'me';
    } else if (l === 'she' || l === 'he') {
      toks[i] = 'I';
      subjects.push({ at: i, person: 'first' });
    } else if (l === 'him') toks[i] = 'me';
    else if (l === 'his') toks[i] = 'my';
    else if (l === 'herself' || l === 'himself') toks[i] = 'myself';
    else if (l === 'her') {
      const n = next === undefined ? undefined : toks[next]!.toLowerCase();
      const possessive =
        n !== undefined && plainGap(toks, i, next!) && !FUNCTION_WORDS.has(n) && !ADVERBS.has(n);
      toks[i] = possessive ? 'my' : 'me';
    }
  }
  // agreement of the verb after each new subject
  for (const { at, person } of subjects) {
    let j = nextWord(toks, at);
    while (j !== undefined && ADVERBS.has(toks[j]!.toLowerCase())) j = nextWord(toks, j);
    if (j === undefined) return undefined;
    const w = toks[j]!;
    const l = w.toLowerCase();
    if (person === 'first') {
      const map: Record<string, string> = { is: 'am', "isn't": 'am not', has: 'have', "hasn't": "haven't" };
      Object.assign(map, { does: 'do', "doesn't": "don't" });
      if (l in map) toks[j] = map[l]!;
      else {
        const lex = lexicalForm(w, false);
        if (lex?.form === '3s') toks[j] = lex.base;
      }
    } else {
      const map: Record<string, string> = {
        am: 'is',
        have: 'has',
        "haven't": "hasn't",
        do: 'does',
        "don't": "doesn't",
      };
      if (l in map) toks[j] = map[l]!;
      else {
        const lex = lexicalForm(w, true);
        if (lex?.form === 'base') toks[j] = thirdPerson(lex.base);
      }
    }
  }
  return finish(toks, text);
}

/** "A, not B" → "B, not A" (one word each, at the end of the statement). */
function swapNotContrast(text: string): string | undefined {
  const m = /^(.*\b)([A-Za-z]+), not ([A-Za-z]+)([.!]?)$/.exec(text.trim());
  if (m === null || NEGATIONS.test(m[1]!)) return undefined;
  // "a justification, not advice", "on management's side, not theirs": the swap would not read
  const before = /([A-Za-z']+)\s*$/.exec(m[1]!)?.[1]?.toLowerCase() ?? '';
  if (DETERMINERS.has(before) || ['a', 'an'].includes(before) || before.endsWith("'s")) return undefined;
  const pronoun = (w: string) => /^(me|him|her|them|us|you|it|mine|his|hers|theirs|ours|yours)$/i.test(w);
  if (pronoun(m[2]!) !== pronoun(m[3]!)) return undefined;
  return `${m[1]}${m[3]}, not ${m[2]}${m[4]}`;
}

const PREPOSITIONS = new Set(['about', 'for', 'of', 'to', 'with', 'on', 'in']);

/** "more A than B" → "more B than A", "A rather than B" → "B rather than A", for short noun phrases. */
function swapMoreThan(text: string): string | undefined {
  const toks = tokenize(text);
  const ws = wordsOf(toks);
  const lower = ws.map((i) => toks[i]!.toLowerCase());
  const thanAt = lower.indexOf('than');
  if (thanAt < 0 || lower.lastIndexOf('than') !== thanAt) return undefined;
  // B: the words after "than" up to punctuation or the end (1-3 words)
  let end = thanAt + 1;
  while (end < ws.length && end - thanAt <= 3 && plainGap(toks, ws[end - 1]!, ws[end]!)) end++;
  if (end < ws.length && plainGap(toks, ws[end - 1]!, ws[end]!)) return undefined;
  const b = ws.slice(thanAt + 1, end);
  if (b.length === 0) return undefined;
  let a: number[];
  const moreAt = lower.lastIndexOf('more', thanAt);
  if (moreAt >= 0 && thanAt - moreAt >= 2 && thanAt - moreAt <= 4 && lower[moreAt + 1] !== 'than') {
    a = ws.slice(moreAt + 1, thanAt);
    // "more senior dentist than", "more bother than it's worth", "more work than they save": no two noun phrases
    const head = lower[moreAt + 1]!;
    if (
      !PREPOSITIONS.has(head) &&
      !DETERMINERS.has(head) &&
      lemmasOf(head).some((l) => l.pos === 'a' || l.pos === 'r')
    )
      return undefined;
    const bHead = lower[thanAt + 1]!;
    if (
      SUBJECT_PRONOUNS.has(bHead) ||
      ws.slice(thanAt + 1, end).some((i) => /'(?!s$)|'s$/.test(toks[i]!) && !/^[A-Z]/.test(toks[i]!))
    )
      return undefined;
  } else return undefined;
  if (!a.every((i, k) => k === 0 || plainGap(toks, a[k - 1]!, i))) return undefined;
  const words = (idx: number[]) => idx.map((i) => toks[i]!);
  let aw = words(a);
  let bw = words(b);
  const aPrep = PREPOSITIONS.has(aw[0]!.toLowerCase());
  const bPrep = PREPOSITIONS.has(bw[0]!.toLowerCase());
  if (aPrep && !bPrep) {
    bw = [aw[0]!, ...bw];
    aw = aw.slice(1);
  }
  if (aw.length === 0 || aw.join(' ').toLowerCase() === bw.join(' ').toLowerCase()) return undefined;
  const head = toks.slice(0, a[0]!).join('');
  const middle = toks.slice(a.at(-1)! + 1, b[0]!).join('');
  const tail = toks.slice(b.at(-1)! + 1).join('');
  return finish(tokenize(`${head}${bw.join(' ')}${middle}${aw.join(' ')}${tail}`), text);
}

/** Every clean probe of the sources, in source order then class order. */
export function makeProbes(sources: readonly Source[]): Probe[] {
  const probes: Probe[] = [];
  const seen = new Set<string>();
  for (const { text, people } of sources) {
    const made: Array<[ProbeClass, string | undefined]> = [
      ['negate', negate(text, people)],
      ['unnegate', unnegate(text, people)],
      ['never', insert('never', text, people)],
      ['no-longer', insert('no-longer', text, people)],
      ['hardly', insert('hardly', text, people)],
      ['fails-to', insert('fails-to', text, people)],
      ['refuses-to', insert('refuses-to', text, people)],
      ['stopped', insert('stopped', text, people)],
      ['quantifier', flipQuantifier(text)],
      ['roles', swapRoles(text, people)],
      ['not-contrast', swapNotContrast(text)],
      ['more-than', swapMoreThan(text)],
    ];
    for (const [cls, b] of made) {
      if (b === undefined) continue;
      const key = `${cls}\n${text}\n${b}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const kind =
        cls === 'roles' || cls === 'not-contrast' || cls === 'more-than' ? 'direction' : 'opposite';
      probes.push({ cls, pair: { kind, people, a: text, b } });
    }
  }
  return probes;
}

export interface ClassCount {
  made: number;
  grouped: Probe[];
}

/** Probes made and grouped, per class. */
export function runProbes(probes: readonly Probe[]): Map<ProbeClass, ClassCount> {
  const out = new Map<ProbeClass, ClassCount>(PROBE_CLASSES.map((c) => [c, { made: 0, grouped: [] }]));
  for (const p of probes) {
    const c = out.get(p.cls)!;
    c.made++;
    if (grouped(p.pair)) c.grouped.push(p);
  }
  return out;
}

function main(argv: string[]): number {
  const only = argv.includes('--class') ? argv[argv.indexOf('--class') + 1] : undefined;
  const probes = makeProbes(readSources()).filter((p) => only === undefined || p.cls === only);
  if (argv.includes('--list')) {
    // the probes only, not run: for reading whether the transformations came out clean
    for (const p of probes) console.log(`${p.cls.padEnd(13)} ${p.pair.a}  →  ${p.pair.b}`);
    return 0;
  }
  const counts = runProbes(probes);
  let made = 0;
  let total = 0;
  for (const [cls, c] of counts) {
    if (c.made === 0 && only !== undefined) continue;
    made += c.made;
    total += c.grouped.length;
    console.log(`${cls.padEnd(13)} ${String(c.grouped.length).padStart(4)}/${c.made} grouped`);
    if (argv.includes('--verbose'))
      for (const p of c.grouped) console.log(`   ${p.pair.a}\n   ${p.pair.b}\n`);
  }
  console.log(`${'all'.padEnd(13)} ${String(total).padStart(4)}/${made} grouped`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
