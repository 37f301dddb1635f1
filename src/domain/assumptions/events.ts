// The same event told from different sides. Many assumptions predict an event, and people tell one event with
// different subjects and converse verbs: "we'll lose the client" ~ "the client will walk away", "Tobias will block
// the launch" ~ "the launch will be turned down", "they'll promote Ana" ~ "Ana will get promoted", "the owners will
// sell the hotel" ~ "we'll have new owners". Before the analysis, such a clause is retold in one canonical order —
// the one it happens to (who leaves, what is decided on, who is fired or promoted, what is sold) first, then one
// canonical verb the lexicon knows, then who else took part — so every telling meets the same concept, subject
// and object. Direction survives ("I'll lose Ana" is Ana leaving me, "Ana will lose me" is me leaving her), and so do
// opposites ("keep" the client is "stay with us"; "approve" is "greenlight", "block" is "turn down").
//
// General English, not phrases of any corpus: converse pairs (lose/leave, keep/stay, promote/get promoted,
// hire/join, fire/get fired, sell/buy/change hands) and the verbs that decide on something (approve, sign off,
// block, veto, kill, say no to, turn down) with their passives.
import { CLAUSE_BREAKS, type ConceptDef } from './lexicon.js';
import type { FrameToken } from './seen.js';
import { stem } from './stem.js';

/** What the retelling needs of a token: the same as the frame rewrite (normalize.ts's tokens have more). */
export type EventToken = FrameToken;

/**
 * Phrases the canonical tellings spell (and that mean the same when written so), merged into the concept table:
 * `succeed` and `quit`/`lose-business` exist; `sold`, `promoted` and `hired` are events of their own.
 */
// biome-ignore format: a word list reads best packed
export const EVENT_CONCEPTS: ConceptDef[] = [
  { id: 'succeed', kind: 'pred', valence: 1, pos: ['greenlight', 'green lighted', 'sign off on', 'get signed off', 'be signed off', 'go through'] },
  { id: 'fire', kind: 'pred', valence: -1, pos: [
      'lose his job', 'lose her job', 'lose their job', 'lose their jobs', 'lose our jobs', 'get the boot',
      'be given the boot', 'get * marching orders', 'be given * marching orders', 'get the axe',
    ] },
  { id: 'sold', kind: 'pred', valence: 0, pos: [
      'change hands', 'new owner', 'new owners', 'new ownership', 'be sold', 'get sold', 'be bought', 'get bought',
      'be taken over', 'get taken over', 'be bought out', 'get bought out', 'sell up', 'up for sale', 'on the market',
      'be acquired', 'get acquired', 'takeover', 'buyout', 'change of ownership', 'to buyers', 'to potential buyers', 'find a buyer', 'look for a buyer', 'talk to buyers', 'a buyer for',
    ] },
  { id: 'promoted', kind: 'pred', valence: 0, pos: [
      'get promoted', 'be promoted', 'get * promotion', 'land * promotion', 'win * promotion', 'be made up',
      'move up', 'step into * role', 'get the top job',
    ] },
  { id: 'hired', kind: 'pred', valence: 0, pos: [
      'get hired', 'be hired', 'get taken on', 'be taken on', 'come on board', 'come aboard', 'accept * offer',
      'take the offer', 'sign on',
    ], neg: ['turn down * offer', 'decline * offer', 'turn * offer down', 'reject * offer'] },
];

const stems = (words: string) => words.split(/\s+/).filter(Boolean).map(stem);
const phrases = (list: string[]) => list.map(stems);

/** Clause breaks and the words after which an object has ended ("lose Ana to a competitor", "by Christmas"). */
const CLAUSE_END = new Set([
  ...CLAUSE_BREAKS,
  'once',
  'before',
  'after',
  'by',
  'to',
  'at',
  'in',
  'for',
  'over',
  'within',
  'soon',
  'eventually',
  'next',
  'this',
  'anyway',
  'too',
  'as',
  'without',
  'then',
  'now',
  'again',
  'altogether',
]);
/** Auxiliaries and modals: "will", "is", "has", "gonna". */
/** Modal verbs: what a prediction is said with. */
const MODALS = ['will', 'would', 'shall', 'should', 'might', 'may', 'could', 'can', 'must'];
const AUXILIARIES = [
  ...MODALS,
  'is',
  'are',
  'am',
  'was',
  'were',
  'be',
  'been',
  'do',
  'does',
  'did',
  'has',
  'have',
  'had',
  'gonna',
];
/** Words between a subject and its verb: auxiliaries, modals, negations, hedges. */
const AUX = new Set([
  ...AUXILIARIES,
  'going',
  'to',
  'not',
  'never',
  'probably',
  'definitely',
  'certainly',
  'likely',
  'just',
  'simply',
  'actually',
  'eventually',
  'finally',
  'soon',
  'end',
  'up',
  'about',
  'try',
  'tries',
  'trying',
  'want',
  'wants',
  'planning',
  'plan',
  'plans',
  'getting',
  'ready',
  'decide',
  'decides',
  'still',
  'really',
  'quietly',
  'already',
  'surely',
  'also',
  'even',
]);
/** Verbs that end a noun phrase: "the launch will …". */
const VERBS = new Set(AUXILIARIES);
/** Forms of "be" and "get" that make a passive ("will be turned down", "won't get approved"). */
const PASSIVE = new Set([
  'be',
  'been',
  'being',
  'is',
  'are',
  'was',
  'were',
  'am',
  'get',
  'gets',
  'got',
  'getting',
  'gotten',
]);
const FRAMES = new Set([
  'that',
  'think',
  'thinks',
  'believe',
  'believes',
  'reckon',
  'bet',
  'afraid',
  'worried',
  'sure',
  'feel',
  'feels',
  'know',
  'suspect',
  'expect',
  'guess',
  'fear',
  'convinced',
  'certain',
  'worry',
  'scared',
]);
const POSSESSIVE_WORDS = new Set(['my', 'our', 'his', 'her', 'their', 'your', 'its']);
const NP_START_SKIP = new Set([
  'to',
  'me',
  'us',
  'him',
  'them',
  'it',
  'that',
  'what',
  'how',
  'up',
  'out',
  'down',
  'back',
  'off',
  'on',
  'with',
]);

/** Nouns of what can be sold or bought as a whole ("the hotel", "the firm", "us"). */
const SALEABLE = new Set(
  stems(
    'hotel company business firm shop store restaurant practice agency site brand division plant factory pub studio ' +
      'chain franchise building farm estate clinic salon gym cafe bar bakery garage branch startup club group ' +
      'school nursery surgery lab label magazine paper station venue band team department unit place property premises',
  ),
);

interface Verb {
  words: string[];
  /** Words a split particle may come after the object with ("turn the bid down"). */
  split?: string;
}

const verbs = (list: string[]): Verb[] =>
  list.map((p) => {
    const [words, split] = p.split('|');
    const v: Verb = { words: stems(words!) };
    if (split !== undefined) v.split = stem(split);
    return v;
  });

// biome-ignore format: a word list reads best packed
const REJECT = verbs([
  'block', 'veto', 'kill', 'reject', 'nix', 'scrap', 'axe', 'overturn', 'turn down', 'turn|down', 'knock back',
  'knock|back', 'vote down', 'vote|down', 'vote against', 'say no to', 'throw out', 'throw|out', 'pull the plug on',
  'put a stop to', 'refuse', 'quash', 'squash',
]);
// biome-ignore format: a word list reads best packed
const APPROVE = verbs([
  'approve', 'greenlight', 'green light', 'sign off on', 'sign off', 'sign|off', 'okay', 'ok', 'rubber stamp',
  'say yes to', 'agree to', 'accept', 'wave through', 'wave|through', 'give the go ahead to',
  'give the go ahead for', 'give the green light to',
]);
/** Participles of the deciding verbs, with their particle if any: "will be turned down", "gets signed off". */
// biome-ignore format: a word list reads best packed
const REJECTED = phrases([
  'blocked', 'vetoed', 'killed', 'rejected', 'nixed', 'scrapped', 'axed', 'overturned', 'turned down',
  'knocked back', 'voted down', 'thrown out', 'refused', 'squashed', 'quashed',
]);
// biome-ignore format: a word list reads best packed
const APPROVED = phrases([
  'approved', 'greenlit', 'greenlighted', 'signed off', 'okayed', 'rubber stamped', 'accepted', 'waved through',
  'passed', 'funded',
]);
// biome-ignore format: a word list reads best packed
const LOSE = phrases(['lose']);
const KEEP = phrases(['keep', 'retain', 'hold on to', 'hang on to', 'hang onto', 'hold onto']);
const LEAVE = phrases(['leave', 'walk away from', 'walk out on', 'ditch', 'abandon', 'desert']);
const FIRE = verbs([
  'fire',
  'sack',
  'dismiss',
  'let|go',
  'lay|off',
  'lay off',
  'get rid of',
  'push|out',
  'manage|out',
  'axe',
]);
const PROMOTE = verbs(['promote', 'bump up', 'bump|up', 'move|up']);
const STAY = phrases(['stay', 'remain', 'stick around']);
const HIRE = verbs([
  'hire',
  'recruit',
  'take on',
  'take|on',
  'appoint',
  'bring in',
  'bring|in',
  'employ',
  'poach',
  'sign up',
  'sign|up',
]);
const JOIN = phrases(['join']);
const SELL = phrases(['sell', 'sell off', 'flog', 'offload']);
/** A date or a piece of work that runs late: "the launch will slip", "the release will be pushed back". */
const SLIP = phrases(['slip', 'slide', 'drift']);
const DELAY = verbs([
  'delay',
  'postpone',
  'push back',
  'push|back',
  'put back',
  'put|back',
  'hold up',
  'hold|up',
]);
const DELAYED = phrases(['pushed back', 'put back', 'postponed', 'delayed', 'held up', 'pushed out']);
/** What is scheduled: only these slip ("standards will slip" is no delay). */
const SCHEDULED = new Set(
  stems(
    'deadline date launch release delivery handover rollout migration opening completion submission milestone ' +
      'schedule timeline project deliverable build cutover deployment shipment order go live report audit ' +
      'inspection move refit renovation exam trial',
  ),
);
/** Words a noun phrase before its verb cannot run back over ("… once the bid"); "the next release" can. */
const BEFORE_PHRASE = new Set([
  ...CLAUSE_BREAKS,
  'whenever',
  'although',
  'though',
  'once',
  'before',
  'after',
  'by',
  'to',
  'at',
  'for',
  'with',
  'than',
  'as',
  'without',
  'then',
  'now',
]);
/** What may follow a slip: the clause ends, or by how much or to when. */
const AFTER_SLIP = new Set([
  'again',
  'by',
  'to',
  'past',
  'into',
  'beyond',
  'until',
  'till',
  'further',
  'back',
]);

/** "shopping the place around (to buyers)": only with "around" after the business. */
const SHOP = phrases(['shop']);
const BUY = phrases(['buy', 'buy out', 'buy up', 'take over', 'acquire', 'snap up']);

/** Participles of the converse verbs, for their passives with a doer: "Kofi will be sacked by the board". */
// biome-ignore format: a word list reads best packed
const FIRED = phrases([
  'fired', 'sacked', 'dismissed', 'let go', 'laid off', 'pushed out', 'managed out', 'axed',
]);
const PROMOTED = phrases(['promoted', 'bumped up', 'moved up']);
// biome-ignore format: a word list reads best packed
const HIRED = phrases([
  'hired', 'recruited', 'taken on', 'appointed', 'brought in', 'employed', 'poached', 'signed up',
]);

const ALL_WORDS = [
  ...[REJECT, APPROVE, FIRE, PROMOTE, HIRE, DELAY].flat().map((v) => v.words),
  ...[REJECTED, APPROVED, LOSE, KEEP, LEAVE, STAY, JOIN, SELL, SHOP, BUY, SLIP, DELAYED].flat(),
  ...[FIRED, PROMOTED, HIRED].flat(),
];

/** The first word of every verb and participle above: a sentence without one is returned at once. */
const FIRST_WORDS = new Set(ALL_WORDS.map((words) => words[0]!));

/** How many words the longest verb or participle of the tables above spells at `i` (1 at least). */
function ownWords(tokens: readonly EventToken[], i: number): number {
  let n = 1;
  for (const words of ALL_WORDS)
    if (words.length > n && wordsAt(tokens, i, words) !== undefined) n = words.length;
  return n;
}

/**
 * Whether the particle `split` stands at `k` on its own: "hold the delivery up", not the "up" of "the mix-up".
 * (Session 9, posthoc16: "doesn't hold the mix-up against me" was read as "doesn't hold up …", a delay.)
 */
function particleAt(tokens: readonly EventToken[], k: number, split: string): boolean {
  const t = tokens[k];
  return t !== undefined && t.stem === split && t.joined !== true;
}

/** The words of `p` at `i` (a `|` splits off a particle that may follow the object); their end, if they fit. */
function wordsAt<T extends EventToken>(
  tokens: readonly T[],
  i: number,
  words: readonly string[],
): number | undefined {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (t === undefined || t.punct || t.stem !== words[k]) return undefined;
    if (k > 0 && t.ent !== undefined) return undefined;
  }
  return i + words.length - 1;
}

function ended(t: EventToken | undefined): boolean {
  return t === undefined || t.punct || (t.ent === undefined && CLAUSE_END.has(t.lower));
}

/** What may follow a departure: the clause ends, or it says for whom or when ("leave us for a competitor"). */
const AFTER_DEPARTURE = new Set([
  ...CLAUSE_BREAKS,
  'once',
  'for',
  'soon',
  'eventually',
  'altogether',
  'too',
  'anyway',
]);

function departed(t: EventToken | undefined): boolean {
  return t === undefined || t.punct || (t.ent === undefined && AFTER_DEPARTURE.has(t.lower));
}

/** A content word: not a function word, not an auxiliary. */
function content(t: EventToken): boolean {
  return (
    !t.punct && t.ent === undefined && !AUX.has(t.lower) && !CLAUSE_END.has(t.lower) && !FRAMES.has(t.lower)
  );
}

/** The one who acts in the verb's clause: the entity just before its auxiliaries ("we'll", "Tobias is going to"). */
function subjectBefore(tokens: readonly EventToken[], v: number): number | undefined {
  for (let k = v - 1; k >= 0 && k >= v - 6; k--) {
    const t = tokens[k]!;
    if (t.punct) return undefined;
    if (t.ent !== undefined) return t.poss === true ? undefined : k;
    if (t.lower === 'they') return k;
    if (!AUX.has(t.lower)) return undefined;
  }
  return undefined;
}

/** A noun phrase after `from` ("the launch", "instant payouts", "Ana's proposal"): its last index, if any. */
function phraseAfter(tokens: readonly EventToken[], from: number, stopAt?: string): number | undefined {
  const first = tokens[from];
  if (first === undefined || first.punct || NP_START_SKIP.has(first.lower)) return undefined;
  let k = from;
  let words = 0;
  for (; k < tokens.length && k < from + 6; k++) {
    const t = tokens[k]!;
    if (stopAt !== undefined && particleAt(tokens, k, stopAt)) break;
    if (ended(t)) break;
    if (t.ent !== undefined && t.poss !== true && !POSSESSIVE_WORDS.has(t.lower)) return undefined;
    if (t.ent === undefined && (VERBS.has(t.lower) || PASSIVE.has(t.lower))) return undefined;
    if (content(t)) words++;
  }
  return words > 0 ? k - 1 : undefined;
}

/** A noun phrase ending just before `end` (the subject of a passive): its first index, if any. */
function phraseBefore(tokens: readonly EventToken[], end: number): number | undefined {
  let k = end;
  let words = 0;
  for (; k >= 0 && k > end - 6; k--) {
    const t = tokens[k]!;
    if (t.punct || FRAMES.has(t.lower) || (t.ent === undefined && BEFORE_PHRASE.has(t.lower))) break;
    if (t.ent === undefined && (VERBS.has(t.lower) || PASSIVE.has(t.lower))) break;
    if (t.ent !== undefined && t.poss !== true && !POSSESSIVE_WORDS.has(t.lower)) return undefined;
    if (content(t)) words++;
  }
  return words > 0 ? k + 1 : undefined;
}

/** Where the auxiliaries before the participle at `p` start, back to the phrase it is said of. */
function auxiliariesStart(tokens: readonly EventToken[], p: number): number {
  let a = p;
  while (
    a > 0 &&
    !tokens[a - 1]!.punct &&
    tokens[a - 1]!.ent === undefined &&
    (AUX.has(tokens[a - 1]!.lower) || PASSIVE.has(tokens[a - 1]!.lower))
  )
    a--;
  return a;
}

/** The auxiliaries between a phrase and its participle, without "be"/"get": "will not be turned down" → "will not". */
function auxiliaries<T extends EventToken>(tokens: readonly T[], from: number, to: number): T[] | undefined {
  const out: T[] = [];
  let passive = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.ent !== undefined || t.punct) return undefined;
    if (PASSIVE.has(t.lower)) passive = true;
    else if (AUX.has(t.lower)) out.push(t);
    else return undefined;
  }
  return passive ? out : undefined;
}

/** What the retelling keeps of the words before a verb: modals and negations ("is getting ready to" says no more). */
const TENSE = new Set([...MODALS, 'not', 'never']);

function tense<T extends EventToken>(span: T[]): T[] {
  return span.filter((t) => TENSE.has(t.lower));
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'any',
  'every',
  'some',
  'all',
]);

/**
 * What is decided on, opened by a determiner when it has none ("kill instant payouts" → "the instant payouts"), so
 * that it is read as the thing the decision is aimed at, as "the launch" is.
 */
function determined<T extends EventToken>(phrase: T[], make: MakeToken<T>): T[] {
  const first = phrase[0];
  if (
    first === undefined ||
    first.ent !== undefined ||
    DETERMINERS.has(first.lower) ||
    POSSESSIVE_WORDS.has(first.lower)
  )
    return phrase;
  return [make('the'), ...phrase];
}

/**
 * A clause retold after a frame keeps a word that shows a clause follows: "I'm afraid the deadline will slip" →
 * "I'm afraid that will run late the deadline" (a hedge, as before, not fear).
 */
function framed<T extends EventToken>(tokens: readonly T[], start: number, make: MakeToken<T>): T[] {
  const before = tokens[start - 1];
  return before !== undefined && FRAMES.has(before.lower) && before.lower !== 'that' ? [make('that')] : [];
}

export type MakeToken<T> = (lower: string, ent?: string) => T;

/** Concepts an event is told with: a longer lexicon phrase of one of them may be retold. */
const EVENT_IDS = new Set([
  'late',
  'succeed',
  'quit',
  'lose-business',
  'fire',
  'sold',
  'promoted',
  'hired',
  'replace',
]);

/** The lexicon's longest phrase starting at a token: its concept and how many words it spells. */
export type KnownPhrase = (i: number) => { concept: string; words: number; end: number } | undefined;

/**
 * Retells the first event clause of a sentence in its canonical order; other sentences are returned as they are.
 * A longer phrase the lexicon has for another idea wins: "block my promotion" is being passed over, "kill the
 * project off" sabotage.
 */
export function retellEvents<T extends EventToken>(
  tokens: T[],
  make: MakeToken<T>,
  known?: KnownPhrase,
): T[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.punct || t.ent !== undefined || !FIRST_WORDS.has(t.stem)) continue;
    const lexicon = known?.(i);
    // ("leave us" ends on whom it is done to: which of the two it is, the retelling's own checks tell.)
    if (
      lexicon !== undefined &&
      lexicon.words > ownWords(tokens, i) &&
      !EVENT_IDS.has(lexicon.concept) &&
      tokens[lexicon.end]?.ent === undefined
    )
      continue;
    const out =
      converse(tokens, i, make) ??
      passiveConverse(tokens, i, make) ??
      decision(tokens, i, make) ??
      sale(tokens, i, make) ??
      slipping(tokens, i, make) ??
      decided(tokens, i, make);
    if (out !== undefined) return out;
  }
  return tokens;
}

const canon = <T extends EventToken>(make: MakeToken<T>, words: string) =>
  words.split(' ').map((w) => (w === 'us' ? make('us', 'g:we') : make(w)));

/** Someone set apart after the event (", Mrs Carrington"): named in the statement, but not its subject or object. */
const aside = <T extends EventToken>(t: T, make: MakeToken<T>): T[] => [
  { ...make(','), punct: true },
  asObject(t),
];

/** Who pays us, named by a noun: "our biggest customer", "the main sponsor". */
const CUSTOMERS = new Set(stems('client customer sponsor donor funder backer investor advertiser account'));

/** People named by a noun, whom one refuses rather than decides on. */
const PERSONS = new Set(
  stems(
    'guest patient student pupil parent colleague boss manager person people kid child staff member user caller ' +
      'visitor tenant resident candidate applicant friend girlfriend boyfriend partner husband wife son daughter ' +
      'mother father mum mom dad brother sister family',
  ),
);

function customerAfter(tokens: readonly EventToken[], o: number): number | undefined {
  const last = phraseAfter(tokens, o);
  if (last === undefined) return undefined;
  return CUSTOMERS.has(tokens[last]!.stem) ? last : undefined;
}

const isClient = (e: string | undefined) => e === 'r:client';
const isSomeone = (e: string | undefined) =>
  e !== undefined && (e.startsWith('p:') || e.startsWith('r:') || e === 'self' || e === 'g:we');
const asObject = <T extends EventToken>(t: T): T => ({ ...t, poss: false });

function longest(tokens: readonly EventToken[], i: number, table: readonly string[][]): number | undefined {
  let best: number | undefined;
  for (const words of table) {
    const end = wordsAt(tokens, i, words);
    if (end !== undefined && (best === undefined || end > best)) best = end;
  }
  return best;
}

/**
 * Someone leaves, stays, is fired, promoted or hired, told with the other side as subject: "we'll lose Ana" →
 * "Ana will quit us"; "Marco will fire Jess" → "Jess will get fired Marco"; "they'll promote Ana" → "Ana will get
 * promoted them".
 */
function converse<T extends EventToken>(tokens: T[], v: number, make: MakeToken<T>): T[] | undefined {
  const s = subjectBefore(tokens, v);
  if (s === undefined) return undefined;
  const swap = (o: number, end: number, words: string, after = end + 1) => [
    ...tokens.slice(0, s),
    asObject(tokens[o]!),
    ...tense(tokens.slice(s + 1, v)),
    ...canon(make, words),
    asObject(tokens[s]!),
    ...tokens.slice(after),
  ];
  const subject = tokens[s]!;
  // "lose Ana", "keep the client": the one lost or kept is the one who leaves or stays.
  for (const [table, leaves] of [
    [LOSE, true],
    [KEEP, false],
  ] as const) {
    const end = longest(tokens, v, table);
    if (end === undefined) continue;
    const o = end + 1;
    const obj = tokens[o];
    // "lose our biggest customer": a customer named by a noun leaves as the client does.
    const customer = customerAfter(tokens, o);
    if (customer !== undefined && subject.ent !== undefined) {
      const words = leaves ? 'walk away' : 'stay with us';
      return [
        ...tokens.slice(0, s),
        ...tokens.slice(o, customer + 1),
        ...tense(tokens.slice(s + 1, v)),
        ...canon(make, words),
        ...tokens.slice(customer + 1),
      ];
    }
    if (obj === undefined || !isSomeone(obj.ent) || obj.poss === true || obj.ent === subject.ent) continue;
    const next = tokens[o + 1];
    // "lose Ana to a rival"; but "keeps me at arm's length", "keep me in the loop" keep no one on.
    const free = leaves ? ended : departed;
    if (!free(next) && !(next?.lower === 'on' && free(tokens[o + 2]))) continue;
    const after = next?.lower === 'on' ? o + 2 : o + 1;
    const client = isClient(obj.ent);
    const words = leaves ? (client ? 'walk away' : 'quit') : client ? 'stay with us' : 'stay put';
    return swap(o, end, words, after);
  }
  // "Ana will leave (us)", "the client will walk away from us": leaving with nothing else after it.
  const leave = longest(tokens, v, LEAVE);
  if (leave !== undefined && isSomeone(subject.ent) && subject.ent !== 'self' && subject.ent !== 'g:we') {
    // "leave at five", "leaves me to fend for myself" are no departures.
    const next = tokens[leave + 1];
    const objEnds = next?.ent !== undefined && next.poss !== true && departed(tokens[leave + 2]);
    if (departed(next) || objEnds) {
      const words = isClient(subject.ent) ? 'walk away' : 'quit';
      return [...tokens.slice(0, v), ...canon(make, words), ...tokens.slice(leave + 1)];
    }
  }
  // "Marco will fire Jess", "they'll let Jess go": the one fired is told first.
  for (const verb of FIRE) {
    const end = wordsAt(tokens, v, verb.words);
    if (end === undefined) continue;
    const o = end + 1;
    const obj = tokens[o];
    if (obj === undefined || obj.poss === true || !(obj.ent?.startsWith('p:') || obj.ent?.startsWith('r:')))
      continue;
    let after = o + 1;
    if (verb.split !== undefined) {
      if (!particleAt(tokens, o + 1, verb.split)) continue;
      after = o + 2;
    }
    if (!ended(tokens[after])) continue;
    return [
      ...tokens.slice(0, s),
      asObject(obj),
      ...tense(tokens.slice(s + 1, v)),
      ...canon(make, 'get fired'),
      asObject(subject),
      ...tokens.slice(after),
    ];
  }
  // "They'll promote Ana", "we'll bring Ana in": the one promoted or hired is told first.
  for (const [table, words] of [
    [PROMOTE, 'get promoted'],
    [HIRE, 'get hired'],
  ] as const) {
    for (const verb of table) {
      const end = wordsAt(tokens, v, verb.words);
      if (end === undefined) continue;
      const o = end + 1;
      const obj = tokens[o];
      if (obj === undefined || obj.poss === true || !isSomeone(obj.ent) || obj.ent === subject.ent) continue;
      let after = o + 1;
      if (verb.split !== undefined) {
        if (!particleAt(tokens, after, verb.split)) continue;
        after++;
      }
      if (!ended(tokens[after])) continue;
      return swap(o, end, words, after);
    }
  }
  // "Ana will stay": staying is not leaving.
  const stay = longest(tokens, v, STAY);
  if (stay !== undefined && isSomeone(subject.ent) && departed(tokens[stay + 1]))
    return [
      ...tokens.slice(0, v),
      ...canon(make, isClient(subject.ent) ? 'stay with us' : 'stay put'),
      ...tokens.slice(stay + 1),
    ];
  // "Ana will join (us)": joining is being hired.
  const join = longest(tokens, v, JOIN);
  if (join !== undefined && isSomeone(subject.ent)) {
    const next = tokens[join + 1];
    // "joined in (attacking me)", "will join in with the others": taking part in something, not being hired.
    const after = tokens[join + 2];
    const takesPart =
      next?.lower === 'in' &&
      (after === undefined ||
        after.punct ||
        after.lower.endsWith('ing') ||
        ['with', 'on'].includes(after.lower));
    if (takesPart) return undefined;
    if (ended(next) || (next?.ent !== undefined && next.poss !== true && ended(tokens[join + 2])))
      return [...tokens.slice(0, v), ...canon(make, 'get hired'), ...tokens.slice(join + 1)];
  }
  return undefined;
}

/**
 * A passive of a converse verb with its doer after "by" is told as its active is: "Kofi will be sacked by the board"
 * → "Kofi will get fired the board" (as "the board will sack Kofi" is), "Leila will be promoted by the partners" →
 * "Leila will get promoted the partners". Without "by" the lexicon reads it ("Jess will be let go"): one party only.
 */
function passiveConverse<T extends EventToken>(tokens: T[], p: number, make: MakeToken<T>): T[] | undefined {
  for (const [table, words, who] of [
    [
      FIRED,
      'get fired',
      (e: string | undefined) => e?.startsWith('p:') === true || e?.startsWith('r:') === true,
    ],
    [PROMOTED, 'get promoted', isSomeone],
    [HIRED, 'get hired', isSomeone],
  ] as const) {
    const end = longest(tokens, p, table);
    if (end === undefined) continue;
    const a = auxiliariesStart(tokens, p);
    const aux = auxiliaries(tokens, a, p);
    const subject = tokens[a - 1];
    if (aux === undefined || subject === undefined || subject.poss === true || !who(subject.ent)) continue;
    const agent = tokens[end + 2];
    if (tokens[end + 1]?.lower !== 'by' || agent?.ent === undefined || agent.poss === true) continue;
    if (agent.ent === subject.ent || !ended(tokens[end + 3])) continue;
    return [
      ...tokens.slice(0, a - 1),
      asObject(subject),
      ...tense(aux),
      ...canon(make, words),
      asObject(agent),
      ...tokens.slice(end + 3),
    ];
  }
  return undefined;
}

const THINGS = new Set(['it', 'this', 'that', 'which', 'what', 'there']);

/** What one accepts or turns down to join or not: an offer, a job. */
const OFFERS = new Set(stems('offer job role position post place'));

/** "can't", "could never": an inability before the verb. */
function cannot(tokens: readonly EventToken[], v: number): boolean {
  let can = false;
  let not = false;
  for (let k = v - 1; k >= 0 && k >= v - 4; k--) {
    const t = tokens[k]!;
    if (t.lower === 'can' || t.lower === 'could') can = true;
    else if (t.lower === 'not' || t.lower === 'never') not = true;
    else if (!AUX.has(t.lower)) break;
  }
  return can && not;
}

/** A deciding verb in the active voice: "Tobias will block the launch" → "Tobias will turn down the launch". */
function decision<T extends EventToken>(tokens: T[], v: number, make: MakeToken<T>): T[] | undefined {
  const prev = tokens[v - 1];
  // A verb, not a noun: after a subject, an auxiliary or "to", or inflected ("blocks", "vetoed").
  const t = tokens[v]!;
  const verbal =
    prev !== undefined &&
    !prev.punct &&
    (prev.ent !== undefined || AUX.has(prev.lower) || prev.lower === 'they' || /(s|ed)$/.test(t.lower));
  if (!verbal || (prev?.ent !== undefined && prev.poss === true)) return undefined;
  // The writer's own decisions are no prediction ("won't let me sign off a proposal"), and "can't say no to a
  // guest" is a trait, not a decision.
  const s = subjectBefore(tokens, v);
  if (s !== undefined && (tokens[s]!.ent === 'self' || tokens[s]!.ent === 'g:we')) return undefined;
  if (cannot(tokens, v)) return undefined;
  // "This will kill the mood": a thing that does it decides nothing.
  let a = v;
  while (a > 0 && AUX.has(tokens[a - 1]!.lower)) a--;
  if (THINGS.has(tokens[a - 1]?.lower ?? '')) return undefined;
  for (const [table, words] of [
    [REJECT, 'turn down'],
    [DELAY, 'run late'],
    [APPROVE, 'greenlight'],
  ] as const) {
    for (const verb of table) {
      const end = wordsAt(tokens, v, verb.words);
      if (end === undefined) continue;
      const last = phraseAfter(tokens, end + 1, verb.split);
      if (last === undefined) continue;
      // Accepting an offer or a job is joining, not deciding on something; saying no to a client or a guest is
      // refusing a person.
      if (tokens.slice(end + 1, last + 1).some((x) => OFFERS.has(x.stem))) continue;
      if (tokens.slice(end + 1, last + 1).some((x) => CUSTOMERS.has(x.stem) || PERSONS.has(x.stem))) continue;
      let after = last + 1;
      if (verb.split !== undefined) {
        if (!particleAt(tokens, after, verb.split)) continue;
        after++;
      }
      // Who decides is told after what is decided on, as in the passive: "the launch will be blocked by Tobias".
      return [
        ...tokens.slice(0, v),
        ...canon(make, words),
        ...determined(tokens.slice(end + 1, last + 1), make),
        ...tokens.slice(after),
      ];
    }
  }
  return undefined;
}

/** A passive of a deciding verb: "the launch will be blocked (by Tobias)" → "(Tobias) will turn down the launch". */
function decided<T extends EventToken>(tokens: T[], p: number, make: MakeToken<T>): T[] | undefined {
  for (const [table, words] of [
    [REJECTED, 'turn down'],
    [DELAYED, 'run late'],
    [APPROVED, 'greenlight'],
  ] as const) {
    const end = longest(tokens, p, table);
    if (end === undefined) continue;
    const a = auxiliariesStart(tokens, p);
    const aux = auxiliaries(tokens, a, p);
    if (aux === undefined || a === 0) continue;
    const start = phraseBefore(tokens, a - 1);
    if (start === undefined) continue;
    let after = end + 1;
    const by: T[] = [];
    if (tokens[after]?.lower === 'by' && tokens[after + 1]?.ent !== undefined) {
      by.push(asObject(tokens[after + 1]!));
      after += 2;
    }
    return [
      ...tokens.slice(0, start),
      ...framed(tokens, start, make),
      ...by,
      ...tense(aux),
      ...canon(make, words),
      ...determined(tokens.slice(start, a), make),
      ...tokens.slice(after),
    ];
  }
  return undefined;
}

/** Selling and buying a business: "the owners will sell the hotel" → "the hotel will change hands". */
function sale<T extends EventToken>(tokens: T[], v: number, make: MakeToken<T>): T[] | undefined {
  const end = longest(tokens, v, [...SELL, ...BUY, ...SHOP]);
  if (end === undefined) return undefined;
  const shop = tokens[v]!.stem === SHOP[0]![0];
  const s = subjectBefore(tokens, v);
  const prev = tokens[v - 1];
  if (s === undefined && !(prev !== undefined && AUX.has(prev.lower))) return undefined;
  const obj = tokens[end + 1];
  let last: number | undefined;
  if (obj?.ent === 'g:we' && obj.poss !== true) last = end + 1;
  else {
    last = phraseAfter(tokens, end + 1, shop ? 'around' : undefined);
    if (last !== undefined && !tokens.slice(end + 1, last + 1).some((t) => SALEABLE.has(t.stem)))
      last = undefined;
  }
  if (last === undefined) return undefined;
  let after = last + 1;
  // "buy us out", "sell it off", "shopping the place around"
  if (shop && tokens[after]?.lower !== 'around') return undefined;
  if (['out', 'off', 'up', 'around'].includes(tokens[after]?.lower ?? '')) after++;
  // Who sells or buys is left out: a seller named by a noun ("the family", "a chain") as well as by a role.
  let a = v;
  while (a > 0 && AUX.has(tokens[a - 1]!.lower)) a--;
  const from = s ?? (a > 0 ? phraseBefore(tokens, a - 1) : undefined) ?? a;
  // A named person who sells or buys stays in the statement, set aside: "Mrs Carrington will sell the hotel".
  const named = s !== undefined && tokens[s]!.ent?.startsWith('p:') === true ? aside(tokens[s]!, make) : [];
  const object = tokens.slice(end + 1, last + 1).map((t) => (t.ent === 'g:we' ? asObject(t) : t));
  return [
    ...tokens.slice(0, from),
    ...object,
    ...tense(tokens.slice(s === undefined ? a : s + 1, v)),
    ...canon(make, 'change hands'),
    ...named,
    ...tokens.slice(after),
  ];
}

/** Something scheduled slips: "the launch date will slide" → "will run late the launch date". */
function slipping<T extends EventToken>(tokens: T[], v: number, make: MakeToken<T>): T[] | undefined {
  const end = longest(tokens, v, SLIP);
  if (end === undefined) return undefined;
  const next = tokens[end + 1];
  if (!ended(next) && !AFTER_SLIP.has(next?.lower ?? '')) return undefined;
  let a = v;
  while (a > 0 && !tokens[a - 1]!.punct && tokens[a - 1]!.ent === undefined && AUX.has(tokens[a - 1]!.lower))
    a--;
  // A verb, not "a slip": after an auxiliary, or inflected ("slipped", "slides").
  if (a === v && !/(s|ed)$/.test(tokens[v]!.lower)) return undefined;
  if (a === 0) return undefined;
  const start = phraseBefore(tokens, a - 1);
  if (start === undefined || !tokens.slice(start, a).some((t) => SCHEDULED.has(t.stem))) return undefined;
  // By how much or to when is no part of what slips: "to spring", "by a month".
  let after = end + 1;
  if (AFTER_SLIP.has(tokens[after]?.lower ?? '') && tokens[after]!.lower !== 'again')
    while (after < tokens.length && !tokens[after]!.punct && !CLAUSE_BREAKS.has(tokens[after]!.lower))
      after++;
  return [
    ...tokens.slice(0, start),
    ...framed(tokens, start, make),
    ...tense(tokens.slice(a, v)),
    ...canon(make, 'run late'),
    ...determined(tokens.slice(start, a), make),
    ...tokens.slice(after),
  ];
}
