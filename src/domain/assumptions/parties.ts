// Who does it and to whom, read from the words of the main clause, for any noun phrase: a name, the writer, a
// pronoun, a group or a role ("the older nurses", "the parents' council"), a possessed one ("Liv's manager", "his
// sister"), passives with "by" turned round ("Matteo was betrayed by the cooperative" → the cooperative betrayed
// Matteo). Two statements with the same verb and the two parties swapped are a direction pair: "the drivers
// distrust Otieno" is not "Otieno distrusts the drivers". A statement that leaves one party unsaid ("Matteo was
// betrayed") has no parties: it is never read as reversed.
import { CLAUSE_BREAKS } from './lexicon.js';
import { lemmasOf } from './wordnet.js';

/** The tokens this reads (normalize.ts `Token`). */
export interface PartyToken {
  lower: string;
  stem: string;
  punct: boolean;
  ent?: string;
  poss?: boolean;
}

/** Each party is the chain of its possessors and its head: "Liv's manager" → [`p:liv`, `manager`]. */
export interface Parties {
  doer: readonly string[];
  doneTo: readonly string[];
  /** Stems of the verb's words, auxiliaries left out, a negation kept ("look up to", "take advantage of"). */
  verb: string;
  /** Whose view it is, when the parties are read in the clause under a view ("Lena feels I undermined her": Lena). */
  holder?: readonly string[];
}

const AUX = new Set(
  `am is are was were be been being has have had do does did will would can could should may might must shall get
  gets got getting gotten keeps kept keep`.split(/\s+/),
);
/** Auxiliaries a passive is made with (normalize.ts adds "feel": "feels left out"). */
export const PASSIVE_AUX = new Set([
  'am',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'get',
  'gets',
  'got',
  'getting',
]);
const NEGATIONS = new Set(['not', 'never', 'no']);
const ADVERBS = new Set(
  `always often still really just constantly now again even also only sometimes usually actually clearly openly
  completely totally already ever basically simply quietly secretly`.split(/\s+/),
);
const DETERMINERS = new Set(
  'the a an this that these those some any every each all both several many most'.split(' '),
);
const POSSESSIVES: Record<string, string> = {
  my: 'self',
  our: 'g:we',
  his: '?m',
  her: '?f',
  their: '?p',
  your: 'you',
  its: '?n',
};
const PRONOUNS: Record<string, string> = {
  i: 'self',
  me: 'self',
  myself: 'self',
  we: 'g:we',
  us: 'g:we',
  he: '?m',
  him: '?m',
  she: '?f',
  her: '?f',
  they: '?p',
  them: '?p',
  you: 'you',
};
const PREPOSITIONS = new Set(
  `to of for with at on in into onto about by from over out up down off away after back through around against
  behind upon under like across along toward towards during since before until without`.split(/\s+/),
);
/** Words that open another clause (beyond the lexicon's breaks). */
const BREAKS = new Set([
  ...CLAUSE_BREAKS,
  'how',
  'why',
  'where',
  'what',
  'who',
  'which',
  'that',
  'than',
  'whether',
]);
/** Words that open a clause or phrase before the main clause: its end is the first comma, else its phrase's. */
const OPENERS = new Set([...CLAUSE_BREAKS, 'after', 'before', 'once', 'until', 'as']);

function closes(t: PartyToken | undefined): boolean {
  return t === undefined || t.punct || BREAKS.has(t.lower);
}

function opensPhrase(t: PartyToken | undefined): boolean {
  if (t === undefined || t.punct) return false;
  return t.ent !== undefined || DETERMINERS.has(t.lower) || t.lower in POSSESSIVES || t.lower in PRONOUNS;
}

function verbish(lower: string): { verb: boolean; noun: boolean } {
  let verb = false;
  let noun = false;
  for (const l of lemmasOf(lower)) {
    if (l.pos === 'v') verb = true;
    else if (l.pos === 'n') noun = true;
  }
  return { verb, noun };
}

/** Whether a word after the first word of a subject phrase starts the verb ("the older nurses | bully Priscila"). */
function verbStarts(tokens: readonly PartyToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.poss === true) return false;
  const { verb, noun } = verbish(t.lower);
  if (!verb) return false;
  if (!noun || t.lower.endsWith('ed')) return true;
  const next = tokens[i + 1];
  return closes(next) || opensPhrase(next) || PREPOSITIONS.has(next!.lower);
}

/** Someone named, or the writer (not a group or role, which may be a word of a longer phrase). */
function person(ent: string): boolean {
  return ent.startsWith('p:') || ent === 'self';
}

/** A verb's participle and nothing descriptive ("betrayed", "let", not "worried", "jealous", "threatening"). */
function participle(t: PartyToken | undefined): boolean {
  if (t === undefined || t.lower.endsWith('ing')) return false;
  const lemmas = lemmasOf(t.lower);
  return lemmas.some((l) => l.pos === 'v') && !lemmas.some((l) => l.pos === 'a');
}

function entKey(t: PartyToken): string {
  return t.ent ?? POSSESSIVES[t.lower] ?? PRONOUNS[t.lower] ?? t.stem;
}

/** A noun phrase at `i`: its chain of keys and where it ends; undefined when none opens there. */
function nounPhrase(
  tokens: readonly PartyToken[],
  i: number,
  subject: boolean,
): { keys: string[]; end: number } | undefined {
  const keys: string[] = [];
  let k = i;
  for (;;) {
    const t = tokens[k];
    if (closes(t)) return undefined;
    if (
      (t!.ent !== undefined && (person(t!.ent) || t!.poss === true)) ||
      t!.lower in PRONOUNS ||
      t!.lower in POSSESSIVES
    ) {
      const ent = t!.ent;
      keys.push(entKey(t!));
      k++;
      // A name of several words is one party ("Seo-yeon": its other words carry no mark).
      if (ent !== undefined && t!.poss !== true) {
        const rest = ent
          .slice(ent.indexOf(':') + 1)
          .split(' ')
          .slice(1);
        while (rest.length > 0 && tokens[k]?.lower === rest[0] && !tokens[k]!.punct) {
          rest.shift();
          if (tokens[k]!.poss === true) {
            k++;
            break;
          }
          k++;
        }
      }
      const owner = tokens[k - 1]!.poss === true || t!.lower in POSSESSIVES;
      if (!owner) return { keys, end: k };
      // "her" is a possessive only before a noun ("ignores her ideas"), an object otherwise ("ignores her").
      if (
        t!.lower === 'her' &&
        (closes(tokens[k]) || PREPOSITIONS.has(tokens[k]!.lower) || opensPhrase(tokens[k]))
      )
        return { keys, end: k };
      continue;
    }
    if (DETERMINERS.has(t!.lower)) k++;
    // The words of the phrase up to its head; a possessor ("the tour guides'") heads a phrase of its own.
    let words = 0;
    for (;;) {
      const w = tokens[k];
      // A group or role is a word of the phrase ("the older nurses", "the head office").
      const inPhrase = w?.ent !== undefined && !person(w.ent);
      if (!inPhrase) {
        if (closes(w) || w!.ent !== undefined || opensPhrase(w)) break;
        if (
          AUX.has(w!.lower) ||
          NEGATIONS.has(w!.lower) ||
          ADVERBS.has(w!.lower) ||
          PREPOSITIONS.has(w!.lower)
        )
          break;
        if (subject && words > 0 && verbStarts(tokens, k)) break;
      }
      words++;
      k++;
      if (w!.poss === true) break;
    }
    if (words === 0) {
      // After a possessor, only someone the first branch takes ("Dean's Karen") carries on; anything else
      // ("Dean's really angry": "Dean is") ends the reading, or the loop would stand still.
      const next = tokens[k];
      const someoneNext =
        next !== undefined &&
        !next.punct &&
        ((next.ent !== undefined && (person(next.ent) || next.poss === true)) ||
          next.lower in PRONOUNS ||
          next.lower in POSSESSIVES);
      if (someoneNext && tokens[k - 1]?.poss === true && keys.length > 0 && tokens[k - 1]!.ent !== undefined)
        continue;
      return undefined;
    }
    const head = tokens[k - 1]!;
    keys.push(head.ent ?? head.stem);
    if (head.poss !== true) return { keys, end: k };
  }
}

/** The doer, the one done to and the verb of the statement's main clause; null unless it names both. */
export function readParties(tokens: readonly PartyToken[]): Parties | null {
  let i = 0;
  if (tokens[0] !== undefined && OPENERS.has(tokens[0].lower)) {
    i = tokens.findIndex((t) => t.lower === ',') + 1;
    // Without a comma, the opener is a preposition and its phrase: "since the audit I have been …".
    if (i === 0) i = nounPhrase(tokens, 1, false)?.end ?? -1;
    if (i < 0) return null;
  }
  const subject = nounPhrase(tokens, i, true);
  if (subject === undefined) return null;
  let k = subject.end;
  let passive = false;
  const verb: string[] = [];
  for (;;) {
    const t = tokens[k];
    if (closes(t)) return null;
    if (AUX.has(t!.lower)) {
      if (PASSIVE_AUX.has(t!.lower)) passive = true;
    } else if (NEGATIONS.has(t!.lower)) verb.push('not');
    else if (!ADVERBS.has(t!.lower)) break;
    k++;
  }
  // "is threatening" is no passive; "is too hard on", "is jealous of" say who is what to whom as an active does.
  if (passive && tokens[k]?.lower.endsWith('ing') === true) passive = false;
  const plainParticiple = participle(tokens[k]);
  let words = 0;
  while (!closes(tokens[k]) && !opensPhrase(tokens[k])) {
    verb.push(tokens[k]!.stem);
    words++;
    k++;
  }
  if (words === 0) return null;
  const object = nounPhrase(tokens, k, false);
  if (object === undefined) {
    // A clause may have no object ("she believes I would sink if she stepped back", "she would sink"): its doer
    // and verb still tell whose deed it is (`viewTurned`; no one is done to, so no pair reads as swapped or as
    // of two owners). (Session 12, gaps12.)
    if (passive || !closes(tokens[k])) return null;
    return { doer: subject.keys, doneTo: [], verb: verb.join(' ') };
  }
  if (passive && verb.at(-1) === 'by') {
    // "was betrayed by the cooperative": the one after "by" did it.
    verb.pop();
    if (verb.length === 0) return null;
    return { doer: object.keys, doneTo: subject.keys, verb: verb.join(' ') };
  }
  // A passive without "by" names one party only ("was pushed out of the kitchen").
  if (passive && plainParticiple) return null;
  // A view of a deed ("Lena feels I undermined her", "Ravi thinks he owes me"): who does what to whom is read in
  // the clause the view is of, under the view's verb.
  if (words === 1 && VIEWS.has(verb.at(-1)!) && !passive) {
    const from = tokens[k]?.lower === 'that' ? k + 1 : k;
    const inner = from === k && object.end >= tokens.length ? null : readClause(tokens.slice(from));
    if (inner !== null)
      return {
        doer: inner.doer,
        doneTo: inner.doneTo,
        verb: `${verb.join(' ')} > ${inner.verb}`,
        holder: subject.keys,
      };
  }
  return { doer: subject.keys, doneTo: object.keys, verb: verb.join(' ') };
}

/** Stems of verbs that hold a view of a clause. */
const VIEWS = new Set([
  'think',
  'thinks',
  'feel',
  'feels',
  'believ',
  'reckon',
  'suspect',
  'say',
  'says',
  'assum',
]);

/** The parties of a clause after a view verb: it has a subject, a verb and an object of its own. */
function readClause(tokens: readonly PartyToken[]): Parties | null {
  if (tokens[0] === undefined || !opensPhrase(tokens[0])) return null;
  return readParties(tokens);
}

function same(x: readonly string[], y: readonly string[]): boolean {
  return x.length === y.length && x.every((k, i) => k === y[i]);
}

/**
 * The same verb, and who does it in one is who it is done to in the other and back: a direction pair. A thing both
 * possess ("her ideas" / "her manager's ideas", "Rangi's routes" / "the tour guides' routes") is the same thing
 * of two owners: its owners are the parties.
 */
export function partiesSwapped(a: Parties | null | undefined, b: Parties | null | undefined): boolean {
  if (a == null || b == null || a.verb !== b.verb) return false;
  let x = a.doneTo;
  let y = b.doneTo;
  const thing = x.at(-1);
  if (x.length > 1 && y.length > 1 && thing === y.at(-1) && !thing!.includes(':')) {
    x = x.slice(0, -1);
    y = y.slice(0, -1);
  }
  return same(a.doer, y) && same(x, b.doer) && !same(a.doer, x);
}

/** The verb of the deed, without the view it is under and without negations: "not think > not readi to run" → "readi to run". */
function deedVerb(verb: string): string {
  return verb
    .slice(verb.lastIndexOf('>') + 1)
    .split(' ')
    .filter((w) => w !== '' && w !== 'not')
    .join(' ');
}

/**
 * Someone's view of what the writer does or is, against the same deed done by that someone: "Kemal thinks I'm not
 * ready to run the kitchen" is not "Kemal is not ready to run the kitchen" (what "I think Kemal is not ready …" says
 * once the writer's own frame is dropped), "Esther thinks I'm out to get her" not "Esther is out to get me". The
 * view's clause has the writer as its doer; the other statement is read under no view and has the view's holder as
 * its doer, with the same verb (negations aside: the signs are compared elsewhere). (Session 12, gaps12.)
 */
export function viewTurned(
  a: Parties | null | undefined,
  b: Parties | null | undefined,
  sameWho: (x: string, y: string) => boolean,
): boolean {
  if (a?.holder === undefined || b == null || b.holder !== undefined) return false;
  if (a.doer.length !== 1 || a.doer[0] !== 'self' || b.doer.length !== 1 || a.holder.length !== 1)
    return false;
  const holder = a.holder[0]!;
  if (!someoneKey(holder) || holder === 'self' || !someoneKey(b.doer[0]!)) return false;
  const verb = deedVerb(a.verb);
  return verb !== '' && verb === deedVerb(b.verb) && sameWho(holder, b.doer[0]!);
}

/** A key for someone: a name, a pronoun, the writer, a group or a role (not a plain noun's stem). */
const someoneKey = (k: string) => k.includes(':') || k === 'self' || k === 'you';

/**
 * The same verb by the same doer, aimed at one thing of two owners ("listens to Agnieszka's advice" / "… to his
 * accountant's advice") or at a named person and at someone's own ("listens to Agnieszka" / "… to his
 * accountant"), where the owners cannot be one: two assumptions. A role that may be that person is for `sameWho`
 * (the entry's roles: "the manager's advice" in an entry about Agnieszka; roles.ts turns a role the journal
 * introduces into the name); a plain noun ("his accountant", "her mentor") names no one the journal knows. Only
 * where one side names a person. (Session 10, gaps10.)
 */
export function ownersDiffer(
  a: Parties | null | undefined,
  b: Parties | null | undefined,
  sameWho: (x: string, y: string) => boolean,
): boolean {
  if (a == null || b == null || a.verb !== b.verb || !same(a.doer, b.doer)) return false;
  const owner = (x: readonly string[], y: readonly string[]): [string, string] | undefined => {
    const thing = x.at(-1)!;
    // One thing of two owners.
    if (x.length > 1 && y.length > 1 && thing === y.at(-1) && !someoneKey(thing))
      return [x.at(-2)!, y.at(-2)!];
    // A person against someone's own (a noun for them, or anything of theirs).
    if (x.length === 1 && someoneKey(thing) && y.length > 1 && !someoneKey(y.at(-1)!))
      return [thing, y.at(-2)!];
    return undefined;
  };
  const pair = owner(a.doneTo, b.doneTo) ?? owner(b.doneTo, a.doneTo)?.reverse();
  if (pair === undefined) return false;
  const [x, y] = pair as [string, string];
  const named = (k: string) => k.startsWith('p:') && !k.startsWith('p:?');
  if (!named(x) && !named(y)) return false;
  if (!someoneKey(x) || !someoneKey(y)) return true;
  return !sameWho(x, y);
}
