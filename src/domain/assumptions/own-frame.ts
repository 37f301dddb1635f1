/**
 * The writer's own frame of belief around an assumption ("I think …", "I'm sure …", "I bet …", "my guess is that …",
 * "… , I think"): the assumption is the clause, so the frame is dropped before the analysis (session 10, frames10).
 * A negated frame of the verbs that raise their negation ("I don't think Dana trusts me" says Dana doesn't) and
 * "I doubt …" deny the clause, and so do the states of doubt that lean the same way ("I'm not convinced …",
 * "I have my doubts that …"; session 11); an unsure frame ("I'm not sure …", "I wonder whether …") is left as it
 * is, so it meets neither side. Someone else's frame ("Dana thinks I'm lazy") is the assumption and stays. A frame
 * counts only when a clause follows: "I feel stupid when …", "I'm afraid of Marco", "I feel like a failure" are left
 * alone. "I can't believe …" is no frame: exclamatory, it mostly takes the clause as true ("I can't believe she
 * lied"), yet it can doubt it too ("I can't believe she'd ever trust me"), so it stays as it is and meets neither.
 */

import { FINITE_AUX } from './lexicon.js';

export interface OwnFrameToken {
  lower: string;
  punct: boolean;
  cap: boolean;
  ent?: string;
  /** The first word after a dash that stands apart ("… — I don't think"). */
  dash?: boolean;
}

/** Words that may open the sentence before the frame: "deep down I believe …", "honestly, I think …". */
const OPENERS = new Set([
  'deep',
  'down',
  'honestly',
  'frankly',
  'secretly',
  'truthfully',
  'personally',
  'lately',
  'sometimes',
  'somehow',
  'increasingly',
  'still',
  'now',
  'and',
  'but',
  'so',
  ',',
]);

/**
 * Phrases of the writer's own view before the clause: "in my opinion, …", "if you ask me, …", "as far as I can
 * tell, …". After the clause they frame it too ("…, if you ask me").
 */
const VIEW_PHRASES: readonly (readonly string[])[] = [
  ['in', 'my', 'opinion'],
  ['in', 'my', 'view'],
  ['in', 'my', 'eyes'],
  ['if', 'you', 'ask', 'me'],
  ['as', 'far', 'as', 'i', 'can', 'tell'],
  ['as', 'far', 'as', 'i', 'can', 'see'],
  ['as', 'far', 'as', 'i', 'know'],
  ['it', 'seems', 'to', 'me'],
  ['it', 'seems'],
  ['it', 'would', 'seem'],
  ['the', 'way', 'i', 'see', 'it'],
  ['it', 'is', 'clear'],
  ['it', 'is', 'obvious'],
  // "it wouldn't surprise me if …": "if" here states the clause, which the writer leans to.
  ['it', 'would', 'not', 'surprise', 'me', 'if'],
  // "…, or so I tell myself": the writer holds the belief and owns that it may be a comfort; the register keeps the
  // belief held, so the clause is read as written (never as its denial).
  ['or', 'so', 'i', 'tell', 'myself'],
  ['or', 'so', 'it', 'seems'],
];

/**
 * Asides of candour around the clause ("to be honest, …", "…, truth be told"): no frame of belief, but no part of
 * the assumption either, so they are dropped wherever they stand.
 */
const ASIDES: readonly (readonly string[])[] = [
  ['to', 'be', 'honest'],
  ['to', 'be', 'fair'],
  ['in', 'all', 'honesty'],
  ['truth', 'be', 'told'],
  ['let', 'us', 'face', 'it'],
  ['let', 'us', 'be', 'honest'],
  ['if', 'i', 'am', 'honest'],
  ['if', 'i', 'am', 'being', 'honest'],
];

/**
 * "…, or so I thought": a belief the writer held and now doubts. It is read as "I thought …" (`frontHeldBelief`),
 * someone's view, which meets neither the clause nor its denial.
 */
const HELD_ONCE = new Set(['thought', 'believed', 'assumed', 'hoped', 'imagined', 'figured']);

/** Words between "I" and the verb of the frame: "I really think", "I honestly don't think", "I kind of feel". */
const ADVERBS = new Set([
  'really',
  'honestly',
  'genuinely',
  'secretly',
  'still',
  'just',
  'actually',
  'truly',
  'personally',
  'firmly',
  'strongly',
  'seriously',
  'highly',
  'definitely',
  'sometimes',
  'always',
  'also',
  'half',
]);

/** The index after the adverbs at `k` ("really", "kind of", "sort of"). */
function afterAdverbs(tokens: readonly OwnFrameToken[], k: number): number {
  for (;;) {
    const w = tokens[k]?.lower ?? '';
    if (ADVERBS.has(w)) k++;
    else if ((w === 'kind' || w === 'sort') && tokens[k + 1]?.lower === 'of') k += 2;
    else return k;
  }
}

/** "I think …": verbs of the writer's belief that frame a clause. "hope" and "wish" are not beliefs. */
const BELIEVE = new Set([
  'think',
  'believe',
  'reckon',
  'suspect',
  'bet',
  'guess',
  'expect',
  'suppose',
  'imagine',
  'assume',
  'fear',
  'worry',
  'feel',
  'sense',
  'know',
]);

/** "I'm guessing …", "I keep thinking …", "part of me thinks …": the same verbs in other forms. */
const BELIEVING = new Set([
  'thinking',
  'believing',
  'suspecting',
  'guessing',
  'assuming',
  'imagining',
  'feeling',
  'sensing',
  'betting',
]);
const BELIEVES = new Set(['thinks', 'believes', 'suspects', 'feels', 'fears', 'worries', 'knows', 'senses']);

/** "I don't think …" means "I think … not" (negation raising); only these verbs raise it. */
const RAISE_NOT = new Set(['think', 'believe', 'expect', 'suppose', 'reckon', 'imagine', 'feel']);

/** "I'm sure …", "I'm worried that …". */
const STATES = new Set([
  'sure',
  'certain',
  'convinced',
  'positive',
  'afraid',
  'worried',
  'scared',
  'terrified',
  'confident',
  'concerned',
  'paranoid',
]);
/** After the clause only the states of certainty frame it: "…, I'm sure"; "…, I'm scared" says something more. */
const TRAILING_STATES = new Set(['sure', 'certain', 'convinced', 'positive', 'afraid', 'confident']);
/** States of doubt that lean to the denial, as "I doubt …": "I'm unconvinced that …", "I'm sceptical that …". */
const DOUBTING = new Set(['unconvinced', 'doubtful', 'sceptical', 'skeptical']);
/** What "not" and "far from" turn into doubt: "I'm not convinced …", "I'm far from sure …". */
const NOT_CONVINCED = new Set(['convinced', 'persuaded']);
const FAR_FROM = new Set(['sure', 'certain', 'convinced']);
const DEGREE = new Set([
  'so',
  'fairly',
  'pretty',
  'quite',
  'absolutely',
  'completely',
  'really',
  'totally',
  'now',
  'almost',
  'very',
]);

/** "my guess is that …", "I have a feeling …", "I get the sense …". */
const NOUNS = new Set([
  'guess',
  'hunch',
  'fear',
  'worry',
  'sense',
  'feeling',
  'suspicion',
  'bet',
  'impression',
  'vibe',
]);
/** "my read is that …", "my take is …": more of the writer's view, after "my" only. */
const MY_NOUNS = new Set([...NOUNS, 'read', 'take', 'view', 'belief', 'assumption', 'instinct']);
const NOUN_DEGREE = new Set(['sneaking', 'strong', 'gut', 'nagging']);
/** "my gut says …", "my instinct tells me …". */
const INNER_VOICE = new Set(['gut', 'instinct', 'instincts', 'intuition']);
/** "I have my doubts that …", "I have serious doubts that …" (doubts with no word before count too). */
const DOUBTS_DEGREE = new Set(['my', 'serious', 'grave', 'real', 'strong']);

/** Words that open a clause's subject. */
const SUBJECT_WORDS = new Set([
  'i',
  'he',
  'she',
  'we',
  'they',
  'you',
  'it',
  'there',
  'nobody',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'people',
  'none',
]);
const DETERMINERS = new Set([
  'the',
  'my',
  'our',
  'his',
  'her',
  'their',
  'your',
  'a',
  'an',
  'this',
  'that',
  'these',
]);

/** Words that deny a clause: "Tom won't stay, I don't think" agrees with its clause (no double denial). */
const DENYING = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'none', 'nowhere', 'neither', 'nor']);

/** Verbs of a clause that are spelled without an ending: "the client will walk", "the team is …". */
const CLAUSE_VERBS = new Set([...FINITE_AUX, 'am', 'may', 'not', 'never', 'always']);

/** Whether a clause with a subject and a verb starts at `k`. */
function clauseAt(tokens: readonly OwnFrameToken[], k: number): boolean {
  const first = tokens[k];
  if (first === undefined || first.punct) return false;
  const next = tokens[k + 1];
  if (next === undefined || next.punct) return false;
  if (SUBJECT_WORDS.has(first.lower)) return true;
  if (first.ent === undefined && !first.cap && !DETERMINERS.has(first.lower)) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
    const t = tokens[j]!;
    if (t.punct) return false;
    if (CLAUSE_VERBS.has(t.lower) || /[^s]s$|ed$/.test(t.lower)) return true;
  }
  return false;
}

/** Where the clause after a frame's last word at `k` starts ("that", "like", "as if" skipped), if one does. */
function clauseAfter(tokens: readonly OwnFrameToken[], k: number): number | undefined {
  let at = k + 1;
  const w = tokens[at]?.lower;
  if (w === 'that' || w === 'like' || w === ',') at++;
  else if (w === 'as' && (tokens[at + 1]?.lower === 'if' || tokens[at + 1]?.lower === 'though')) at += 2;
  return clauseAt(tokens, at) ? at : undefined;
}

/** The index after `phrase` when it is spelled at `k`, else undefined. */
function phraseAt(
  tokens: readonly OwnFrameToken[],
  k: number,
  phrase: readonly string[],
): number | undefined {
  for (let j = 0; j < phrase.length; j++) if (tokens[k + j]?.lower !== phrase[j]) return undefined;
  return k + phrase.length;
}

export interface OwnFrame {
  /** Where the clause starts and where it ends (exclusive). */
  from: number;
  to: number;
  /** The frame denies the clause ("I don't think …", "I doubt …"). */
  denies: boolean;
}

/** "Dana trusted me, or so I (had) thought." → "I thought Dana trusted me.": a belief once held, said up front. */
export function frontHeldBelief<T extends OwnFrameToken>(tokens: T[]): T[] {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]!.punct) end--;
  const w = (k: number) => tokens[k]?.lower ?? '';
  if (!HELD_ONCE.has(w(end - 1))) return tokens;
  const i = w(end - 2) === 'had' || w(end - 2) === 'would' ? end - 3 : end - 2;
  if (w(i) !== 'i' || w(i - 1) !== 'so' || w(i - 2) !== 'or') return tokens;
  const to = w(i - 3) === ',' ? i - 3 : i - 2;
  if (to < 2) return tokens;
  return [tokens[i]!, tokens[end - 1]!, ...tokens.slice(0, to), ...tokens.slice(end)];
}

/** The writer's own frame of belief around the statement, or undefined when there is none to drop. */
export function ownFrame(tokens: readonly OwnFrameToken[]): OwnFrame | undefined {
  const trailing = trailingFrame(tokens);
  if (trailing === undefined) return leadingFrame(tokens);
  // "I don't think Dana trusts me, I guess": a frame on each side; the clause inside both, denied by either.
  const inner = leadingFrame(tokens.slice(0, trailing.to));
  if (inner === undefined) return trailing;
  return { from: inner.from, to: inner.to, denies: inner.denies !== trailing.denies };
}

/**
 * "Tom will quit, I think.", "…, I'm sure", "…, if you ask me", "… — or so I tell myself": a parenthetical frame
 * after the clause. "Dana trusts me, I don't think" is the colloquial (ironic) denial; after a clause that denies
 * already ("Tom won't stay, I don't think") the negated frame agrees with it and the clause is read as written.
 */
function trailingFrame(tokens: readonly OwnFrameToken[]): OwnFrame | undefined {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]!.punct && tokens[end - 1]!.lower !== ',') end--;
  for (let s = end - 2; s >= 2 && s >= end - 6; s--) {
    const denies = trailingFrameAt(tokens, s, end);
    if (denies === undefined) continue;
    // The frame stands apart from its clause: after a comma, a dash ("… — I'm sure", "… - I reckon"), or an
    // "or so …".
    const to =
      tokens[s - 1]!.lower === ','
        ? s - 1
        : tokens[s]!.lower === 'or' || tokens[s]!.dash === true
          ? s
          : undefined;
    if (to === undefined || to < 2) return undefined;
    if (!denies) return { from: 0, to, denies: false };
    const agrees = tokens.slice(0, to).some((t) => DENYING.has(t.lower));
    return { from: 0, to, denies: !agrees };
  }
  return undefined;
}

/** Whether tokens `s`..`end` are a frame after the clause: false for one that keeps it, true for a denial. */
function trailingFrameAt(tokens: readonly OwnFrameToken[], s: number, end: number): boolean | undefined {
  const w = (k: number) => (k < end ? tokens[k]!.lower : '');
  for (const phrase of [...VIEW_PHRASES, ...ASIDES]) if (phraseAt(tokens, s, phrase) === end) return false;
  if (w(s) !== 'i') return undefined;
  let k = afterAdverbs(tokens, s + 1);
  if (k === end - 1 && BELIEVE.has(w(k))) return false;
  if (k === end - 2 && w(k) === 'would' && (w(k + 1) === 'say' || BELIEVE.has(w(k + 1)))) return false;
  if (w(k) === 'am') {
    k++;
    while (DEGREE.has(w(k))) k++;
    return k === end - 1 && TRAILING_STATES.has(w(k)) ? false : undefined;
  }
  if (k === end - 3 && w(k) === 'do' && w(k + 1) === 'not' && RAISE_NOT.has(w(k + 2))) return true;
  return undefined;
}

/** A frame before the clause: "I think …", "I'm not convinced …", "my gut says …", "in my opinion, …". */
function leadingFrame(tokens: readonly OwnFrameToken[]): OwnFrame | undefined {
  const n = tokens.length;
  const w = (k: number) => tokens[k]?.lower ?? '';
  const at = (k: number) => clauseAfter(tokens, k);
  const keeps = (k: number): OwnFrame | undefined => {
    const from = at(k);
    return from === undefined ? undefined : { from, to: n, denies: false };
  };
  const denies = (k: number): OwnFrame | undefined => {
    const from = at(k);
    return from === undefined ? undefined : { from, to: n, denies: true };
  };

  // "honestly, …", "to be honest, …": skipped; an aside alone is dropped too ("truth be told, Dana lied").
  let i = 0;
  let aside = false;
  for (let moved = true; moved; ) {
    moved = false;
    while (i < n && OPENERS.has(w(i))) {
      i++;
      moved = true;
    }
    for (const phrase of ASIDES) {
      const after = phraseAt(tokens, i, phrase);
      if (after === undefined) continue;
      i = after;
      aside = moved = true;
    }
  }
  const frame = leadingFrameAt(tokens, i, keeps, denies);
  if (frame !== undefined || !aside) return frame;
  return clauseAt(tokens, i) ? { from: i, to: n, denies: false } : undefined;
}

/** The frame that starts at `i`, after the openers. */
function leadingFrameAt(
  tokens: readonly OwnFrameToken[],
  i: number,
  keeps: (k: number) => OwnFrame | undefined,
  denies: (k: number) => OwnFrame | undefined,
): OwnFrame | undefined {
  const w = (k: number) => tokens[k]?.lower ?? '';
  // "in my opinion, …", "it seems (to me) that …", "it feels like …".
  for (const phrase of VIEW_PHRASES) {
    const after = phraseAt(tokens, i, phrase);
    if (after !== undefined) return keeps(after - 1);
  }
  if (w(i) === 'it' && (w(i + 1) === 'feels' || w(i + 1) === 'looks')) return keeps(i + 1);
  // "something tells me …".
  if (w(i) === 'something' && w(i + 1) === 'tells' && w(i + 2) === 'me') return keeps(i + 2);
  // "(a) part of me thinks …".
  const part = w(i) === 'a' ? i + 1 : i;
  if (w(part) === 'part' && w(part + 1) === 'of' && w(part + 2) === 'me' && BELIEVES.has(w(part + 3)))
    return keeps(part + 3);
  // "my guess is that …", "my gut feeling is …", "my gut says …", "my instinct tells me …".
  if (w(i) === 'my') {
    let k = i + 1;
    if (INNER_VOICE.has(w(k))) {
      if (w(k + 1) === 'says' || w(k + 1) === 'say') return keeps(k + 1);
      if ((w(k + 1) === 'tells' || w(k + 1) === 'tell') && w(k + 2) === 'me') return keeps(k + 2);
    }
    if (w(k) === 'gut') k++;
    if (!MY_NOUNS.has(w(k)) || w(k + 1) !== 'is') return undefined;
    return keeps(k + 1);
  }
  // "chances are …".
  if ((w(i) === 'chances' || w(i) === 'odds') && w(i + 1) === 'are') return keeps(i + 1);
  if (w(i) !== 'i') return undefined;
  let k = afterAdverbs(tokens, i + 1);
  // "I'd say …", "I would guess …".
  if (w(k) === 'would') {
    // "I wouldn't be surprised if …" leans to the clause, "I'd be surprised if …" to its denial.
    const not = w(k + 1) === 'not' ? 1 : 0;
    if (w(k + not + 1) === 'be' && w(k + not + 2) === 'surprised' && w(k + not + 3) === 'if')
      return not === 1 ? keeps(k + 4) : denies(k + 3);
    if (w(k + 1) === 'say') return keeps(k + 1);
    if (BELIEVE.has(w(k + 1))) return keeps(k + 1);
    return undefined;
  }
  if (w(k) === 'am') return stateFrame(tokens, k + 1, keeps, denies);
  // "I've come to believe …", "I have started to think …".
  if (w(k) === 'have' && (w(k + 1) === 'come' || w(k + 1) === 'started' || w(k + 1) === 'begun')) {
    if (w(k + 2) === 'to' && BELIEVE.has(w(k + 3))) return keeps(k + 3);
    return undefined;
  }
  // "I have a feeling …", "I get the sense …", "I've got a sneaking suspicion …", "I have my doubts that …".
  if (w(k) === 'have' || w(k) === 'get') {
    k++;
    if (w(k) === 'got') k++;
    if (w(k) === 'no' && w(k + 1) === 'doubt') return keeps(k + 1);
    if (DOUBTS_DEGREE.has(w(k))) k++;
    if (w(k) === 'doubts') return denies(k);
    if (w(k) === 'a' || w(k) === 'the') k++;
    if (NOUN_DEGREE.has(w(k))) k++;
    return NOUNS.has(w(k)) ? keeps(k) : undefined;
  }
  // "I can't help thinking …", "I can't help but feel …", "I can't shake the feeling …". ("I can't believe …": see
  // the head of this file.)
  if (w(k) === 'can' && w(k + 1) === 'not') {
    k += 2;
    if (w(k) === 'help') {
      if (BELIEVING.has(w(k + 1))) return keeps(k + 1);
      if (w(k + 1) === 'but' && BELIEVE.has(w(k + 2))) return keeps(k + 2);
      return undefined;
    }
    if (w(k) === 'shake' && w(k + 1) === 'the' && NOUNS.has(w(k + 2))) return keeps(k + 2);
    return undefined;
  }
  // "I keep thinking …", "I keep telling myself …".
  if (w(k) === 'keep') {
    if (w(k + 1) === 'telling' && w(k + 2) === 'myself') return keeps(k + 2);
    return BELIEVING.has(w(k + 1)) ? keeps(k + 1) : undefined;
  }
  // "I tell myself …": as "…, or so I tell myself" (VIEW_PHRASES), the belief held.
  if (w(k) === 'tell' && w(k + 1) === 'myself') return keeps(k + 1);
  // "I don't (really) think …": the clause denied; "I don't get the sense …" too; "I don't doubt …" keeps it.
  if (w(k) === 'do' && w(k + 1) === 'not') {
    k = afterAdverbs(tokens, k + 2);
    if (RAISE_NOT.has(w(k))) return denies(k);
    if (w(k) === 'doubt') return keeps(k);
    if (
      (w(k) === 'get' || w(k) === 'have') &&
      (w(k + 1) === 'a' || w(k + 1) === 'the') &&
      NOUNS.has(w(k + 2))
    )
      return denies(k + 2);
    return undefined;
  }
  if (w(k) === 'do') k++;
  // "I doubt (that) …"; "I doubt whether …" ("I wonder whether …" is read so) is unsure and left alone.
  if (w(k) === 'doubt') return denies(k);
  // "I know for a fact that …".
  if (w(k) === 'know' && phraseAt(tokens, k + 1, ['for', 'a', 'fact']) !== undefined) return keeps(k + 3);
  // "I feel stupid when …": a feeling with no clause is the assumption itself.
  return BELIEVE.has(w(k)) ? keeps(k) : undefined;
}

/**
 * After "I'm": "I'm sure …", "I'm fairly sure that …", "I'm starting to think …", "I'm guessing …", "I'm under the
 * impression …"; the doubting "I'm not convinced …", "I'm far from sure …", "I'm unconvinced …" deny as "I doubt …"
 * does. "I'm not sure …" (and "not so sure") is unsure and left alone.
 */
function stateFrame(
  tokens: readonly OwnFrameToken[],
  start: number,
  keeps: (k: number) => OwnFrame | undefined,
  denies: (k: number) => OwnFrame | undefined,
): OwnFrame | undefined {
  const w = (k: number) => tokens[k]?.lower ?? '';
  let k = start;
  // "I'm a hundred percent sure", "I'm 100% sure" ("%" is no token).
  if (w(k) === 'a' && w(k + 1) === 'hundred') k++;
  if (/^\d+$|^hundred$/.test(w(k))) k += w(k + 1) === 'percent' ? 2 : 1;
  while (DEGREE.has(w(k)) || ADVERBS.has(w(k))) k++;
  if (w(k) === 'not') {
    k++;
    while (DEGREE.has(w(k))) k++;
    return NOT_CONVINCED.has(w(k)) ? denies(k) : undefined;
  }
  if (DOUBTING.has(w(k))) return denies(k);
  if (w(k) === 'far' && w(k + 1) === 'from' && FAR_FROM.has(w(k + 2))) return denies(k + 2);
  if ((w(k) === 'starting' || w(k) === 'beginning') && w(k + 1) === 'to' && BELIEVE.has(w(k + 2)))
    return keeps(k + 2);
  if (BELIEVING.has(w(k))) return keeps(k);
  if (w(k) === 'under' && w(k + 1) === 'the' && w(k + 2) === 'impression') return keeps(k + 2);
  return STATES.has(w(k)) ? keeps(k) : undefined;
}

/** Verbs of someone's view ("Aiko thinks …"), and words that make any statement one ("according to Bogdan"). */
export const VIEW_WORDS = new Set([
  'think',
  'thinks',
  'thought',
  'feel',
  'feels',
  'felt',
  'believe',
  'believes',
  'believed',
  'reckon',
  'reckons',
  'expect',
  'expects',
  'expected',
  'assume',
  'assumes',
  'assumed',
  'suspect',
  'suspects',
  'worry',
  'worries',
  'fear',
  'fears',
  'want',
  'wants',
  'according',
  'sure',
  'convinced',
]);

/**
 * Someone's view of what the writer does: "Aiko thinks I owe her an apology", "Pavel feels I'm taking him for
 * granted" (a holder, a verb of view, the writer as the clause's subject of a verb other than "am", no passive:
 * "thinks I can't be trusted" is what the holder does to me). Such a view turns who does it: it is not the holder's own deed ("Aiko owes me an
 * apology").
 */
export function viewOfMyDeed(tokens: readonly OwnFrameToken[]): boolean {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const holder = tokens[i]!;
    if (holder.ent === undefined || holder.ent === 'self' || holder.ent === 'g:we') continue;
    if (!VIEW_WORDS.has(tokens[i + 1]!.lower)) continue;
    let k = i + 2;
    if (tokens[k]?.lower === 'that') k++;
    if (tokens[k]?.lower !== 'i') return false;
    // "thinks I'm just a typist", "sees me as …" (read so): what I am, not what I do.
    const be = tokens[k + 1]?.lower;
    const next = tokens[k + 2]?.lower ?? '';
    if ((be === 'am' || be === 'was') && (!next.endsWith('ing') || next.endsWith('thing'))) return false;
    for (let j = k + 1; j < tokens.length; j++) {
      const w = tokens[j]!.lower;
      if (w === 'be' || w === 'been' || w === 'being') return false;
      if (/^(am|is|are|was|were)$/.test(w) && /(ed|en)$/.test(tokens[j + 1]?.lower ?? '')) return false;
    }
    return true;
  }
  return false;
}
