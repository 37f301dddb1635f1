/**
 * The writer's own frame of belief around an assumption ("I think …", "I'm sure …", "I bet …", "my guess is that …",
 * "… , I think"): the assumption is the clause, so the frame is dropped before the analysis (session 10, frames10).
 * A negated frame of the verbs that raise their negation ("I don't think Dana trusts me" says Dana doesn't) and
 * "I doubt …" deny the clause; an unsure frame ("I'm not sure …", "I wonder whether …") is left as it is, so it meets
 * neither side. Someone else's frame ("Dana thinks I'm lazy") is the assumption and stays. A frame counts only when
 * a clause follows: "I feel stupid when …", "I'm afraid of Marco", "I feel like a failure" are left alone.
 */

import { FINITE_AUX } from './lexicon.js';

export interface OwnFrameToken {
  lower: string;
  punct: boolean;
  cap: boolean;
  ent?: string;
}

/** Words that may open the sentence before the frame: "deep down I believe …", "honestly, I think …". */
const OPENERS = new Set([
  'deep',
  'down',
  'honestly',
  'frankly',
  'secretly',
  'truthfully',
  'and',
  'but',
  'so',
  ',',
]);

/** Words between "I" and the verb of the frame: "I really think", "I do think", "I kind of suspect". */
const BETWEEN_I = new Set([
  'really',
  'honestly',
  'genuinely',
  'secretly',
  'still',
  'just',
  'actually',
  'truly',
  'do',
]);

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

/** "I don't think …" means "I think … not" (negation raising); only these verbs raise it. */
const RAISE_NOT = new Set(['think', 'believe', 'expect', 'suppose', 'reckon', 'imagine']);

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
]);
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
]);

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
  if (w === 'that' || w === 'like') at++;
  else if (w === 'as' && (tokens[at + 1]?.lower === 'if' || tokens[at + 1]?.lower === 'though')) at += 2;
  return clauseAt(tokens, at) ? at : undefined;
}

export interface OwnFrame {
  /** Where the clause starts and where it ends (exclusive). */
  from: number;
  to: number;
  /** The frame denies the clause ("I don't think …", "I doubt …"). */
  denies: boolean;
}

/** The writer's own frame of belief around the statement, or undefined when there is none to drop. */
export function ownFrame(tokens: readonly OwnFrameToken[]): OwnFrame | undefined {
  const n = tokens.length;
  // "Tom will quit, I think.": a parenthetical frame after the clause.
  let end = n;
  while (end > 0 && tokens[end - 1]!.punct && tokens[end - 1]!.lower !== ',') end--;
  if (
    end >= 4 &&
    BELIEVE.has(tokens[end - 1]!.lower) &&
    tokens[end - 2]!.lower === 'i' &&
    tokens[end - 3]!.lower === ','
  )
    return { from: 0, to: end - 3, denies: false };

  let i = 0;
  while (i < n && OPENERS.has(tokens[i]!.lower)) i++;
  const w = tokens[i]?.lower;
  const at = (k: number) => clauseAfter(tokens, k);

  // "my guess is that …", "my gut feeling is …".
  if (w === 'my') {
    let k = i + 1;
    if (tokens[k]?.lower === 'gut') k++;
    if (!NOUNS.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'is') return undefined;
    const from = at(k + 1);
    return from === undefined ? undefined : { from, to: n, denies: false };
  }
  // "it seems to me that …".
  if (
    w === 'it' &&
    tokens[i + 1]?.lower === 'seems' &&
    tokens[i + 2]?.lower === 'to' &&
    tokens[i + 3]?.lower === 'me'
  ) {
    const from = at(i + 3);
    return from === undefined ? undefined : { from, to: n, denies: false };
  }
  if (w !== 'i') return undefined;
  let k = i + 1;
  // "I'm sure …", "I'm fairly sure that …"; "I'm not sure …" is unsure and left alone.
  if (tokens[k]?.lower === 'am') {
    k++;
    while (DEGREE.has(tokens[k]?.lower ?? '')) k++;
    if (!STATES.has(tokens[k]?.lower ?? '')) return undefined;
    const from = at(k);
    return from === undefined ? undefined : { from, to: n, denies: false };
  }
  // "I have a feeling …", "I get the sense …", "I have a sneaking suspicion …".
  if (tokens[k]?.lower === 'have' || tokens[k]?.lower === 'get') {
    k++;
    if (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'the') k++;
    if (tokens[k]?.lower === 'sneaking' || tokens[k]?.lower === 'strong' || tokens[k]?.lower === 'gut') k++;
    if (!NOUNS.has(tokens[k]?.lower ?? '')) return undefined;
    const from = at(k);
    return from === undefined ? undefined : { from, to: n, denies: false };
  }
  // "I don't (really) think …": the clause denied.
  if (tokens[k]?.lower === 'do' && tokens[k + 1]?.lower === 'not') {
    k += 2;
    if (tokens[k]?.lower === 'really') k++;
    if (!RAISE_NOT.has(tokens[k]?.lower ?? '')) return undefined;
    const from = at(k);
    return from === undefined ? undefined : { from, to: n, denies: true };
  }
  while (BETWEEN_I.has(tokens[k]?.lower ?? '')) k++;
  // "I doubt (that) …"; "I doubt whether …" ("I wonder whether …" is read so) is unsure and left alone.
  if (tokens[k]?.lower === 'doubt') {
    const from = at(k);
    return from === undefined ? undefined : { from, to: n, denies: true };
  }
  if (!BELIEVE.has(tokens[k]?.lower ?? '')) return undefined;
  // "I feel stupid when …": a feeling with no clause is the assumption itself.
  const from = at(k);
  return from === undefined ? undefined : { from, to: n, denies: false };
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
