import { FINITE_AUX } from './lexicon.js';
import { stem } from './stem.js';

/** The part of a token the frame rewrite reads and writes (normalize.ts's `Token`). */
export interface FrameToken {
  lower: string;
  stem: string;
  cap: boolean;
  punct: boolean;
  ent?: string;
  poss?: boolean;
  /** The second part of a hyphenated word ("up" of "mix-up"): no particle of a verb before it. */
  joined?: boolean;
}

// "How I am seen": a view of the writer (or of anyone) is said in many frames — "Ana will think I'm pushy", "Ana
// sees me as pushy", "I'll come across as pushy", "I'll be seen as pushy", "asking again will make me look pushy",
// "I'll get a reputation for being pushy", "it will look like I can't cope", "it means admitting I'm failing".
// All of them are rewritten to the one frame the rest of the analysis already reads, "<holder> think <bearer> am
// <quality>": the holder stays where it was (or is left out: "think I am pushy" has no agent), the bearer is the
// one judged, the quality is read by the same phrase tables whatever the frame. A negation of the frame ("won't
// see me as", "nobody thinks of me as") stays in front of "think" and turns the quality.

/** "look", "seem", "sound", "appear": the bearer looks the quality to whoever watches. */
const SEEM = new Set([
  'look',
  'looks',
  'looked',
  'looking',
  'seem',
  'seems',
  'seemed',
  'seeming',
  'sound',
  'sounds',
  'sounded',
  'appear',
  'appears',
  'appeared',
]);
/** "seen as", "branded", "labelled as", "written off as": a passive label put on the bearer. */
const LABELS = new Set([
  'seen',
  'viewed',
  'regarded',
  'perceived',
  'painted',
  'branded',
  'labelled',
  'labeled',
  'pegged',
  'pigeonholed',
  'typecast',
  'dismissed',
  'called',
  'marked',
  'tagged',
]);
/** "sees me as", "regards me as", "paints me as", "writes me off as": an active label, the holder the subject. */
const ACTIVE_LABELS = new Set([
  'see',
  'sees',
  'saw',
  'seeing',
  'view',
  'views',
  'viewed',
  'viewing',
  'regard',
  'regards',
  'regarded',
  'regarding',
  'paint',
  'paints',
  'painted',
  'painting',
  'brand',
  'brands',
  'branded',
  'branding',
  'label',
  'labels',
  'labelled',
  'labeled',
  'labelling',
  'peg',
  'pegs',
  'pegged',
  'write',
  'writes',
  'wrote',
  'writing',
  'dismiss',
  'dismisses',
  'dismissed',
  'take',
  'takes',
  'took',
  'taking',
  'mistake',
  'mistakes',
  'mistook',
]);
const BE_OR_GET = new Set([
  'be',
  'been',
  'being',
  'am',
  'is',
  'are',
  'was',
  'were',
  'get',
  'gets',
  'got',
  'getting',
  'gotten',
]);
const MAKE = new Set(['make', 'makes', 'made', 'making']);
/** "has me down as", "had us pegged as", "marks her down as": a label someone keeps on the bearer. */
const KEEP_LABEL = new Set(['have', 'has', 'had', 'having', 'mark', 'marks', 'marked', 'marking']);
const KEPT_LABELS = new Set([
  'down',
  'out',
  'pegged',
  'marked',
  'labelled',
  'labeled',
  'tagged',
  'figured',
  'written',
]);
/** "brands me a liar", "labelled us difficult": label verbs that take their label without "as". */
const BARE_LABEL = /^(brand|label|dub)/;
const GET = new Set(['get', 'gets', 'got', 'getting', 'have', 'has', 'earn', 'earns', 'earned', 'earning']);
const COME = new Set(['come', 'comes', 'came', 'coming']);
/** "admitting I'm failing", "would show I can't cope": the writer's own shortcoming laid open to others. */
const ADMIT = new Set([
  'admit',
  'admits',
  'admitted',
  'admitting',
  'confess',
  'confessing',
  'concede',
  'conceding',
  'show',
  'shows',
  'showed',
  'showing',
  'prove',
  'proves',
  'proved',
  'proving',
  'reveal',
  'reveals',
  'revealed',
  'revealing',
]);
const IT = new Set(['it', 'this', 'that']);
/** "tells the captains I'm difficult", "told the board that we can't cope": reported speech of a view. */
const SIGN = new Set(['sign', 'signal', 'admission', 'proof', 'confession']);
const TELL = new Set(['tell', 'tells', 'told', 'telling']);
/** An audience of no fixed membership: "tells everyone I'm lazy". */
const ANYONE = new Set(['everyone', 'everybody', 'anyone', 'anybody', 'people', 'others']);
/** What follows the subject of a reported clause: "I am", "we can't", "she will". */
const CLAUSE_START = new Set([...FINITE_AUX, 'am', 'cannot', 'never', 'always', 'just']);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'his',
  'her',
  'their',
  'your',
  'all',
  'this',
  'that',
]);

/**
 * Where the reported clause starts after "tell" at `i`, past its audience ("the captains", "Mum", "everyone"),
 * or undefined: "tells Fergus things she doesn't tell me" reports no clause.
 */
function toldClause(tokens: readonly FrameToken[], i: number): number | undefined {
  let k = i + 1;
  const first = tokens[k];
  if (first === undefined || first.punct) return undefined;
  if ((first.ent !== undefined && first.poss !== true) || ANYONE.has(first.lower)) k++;
  else {
    while (k < tokens.length && DETERMINERS.has(tokens[k]!.lower) && tokens[k]!.ent === undefined) k++;
    let words = 0;
    while (k < tokens.length && words < 2 && !tokens[k]!.punct && tokens[k]!.ent === undefined) {
      if (tokens[k]!.lower === 'that' || CLAUSE_START.has(tokens[k]!.lower)) break;
      k++;
      words++;
    }
    if (words === 0) return undefined;
  }
  if (tokens[k]?.lower === 'that') k++;
  const who = tokens[k];
  if (!isEnt(who) || !CLAUSE_START.has(tokens[k + 1]?.lower ?? '')) return undefined;
  return k;
}
/** What may stand between the bearer and the frame: "I will probably just look", "we would not seem". */
const BETWEEN = new Set([
  'will',
  'would',
  'might',
  'may',
  'could',
  'can',
  'shall',
  'should',
  'must',
  'do',
  'does',
  'did',
  'not',
  'never',
  'only',
  'just',
  'probably',
  'definitely',
  'certainly',
  'surely',
  'really',
  'then',
  'end',
  'up',
  'to',
  'going',
  'already',
  'always',
  'also',
  'even',
  'still',
  'again',
  'now',
  'totally',
  'completely',
  'a',
  'bit',
  'little',
  'so',
  'too',
]);
/** What follows "look", "seem", "sound", "appear" when it is not how the bearer looks: "look out for", "seem to". */
const NOT_A_LOOK = new Set([
  'at',
  'for',
  'to',
  'after',
  'into',
  'out',
  'up',
  'down',
  'around',
  'round',
  'back',
  'forward',
  'forwards',
  'ahead',
  'over',
  'through',
  'in',
  'on',
  'from',
  'about',
  'away',
  'off',
]);
/** Qualities too vague to say which: "look bad", "come across badly" stay the theme tables' "looking bad". */
const VAGUE = new Set([
  'bad',
  'badly',
  'good',
  'terrible',
  'awful',
  'great',
  'fine',
  'well',
  'worse',
  'better',
]);
const NOMINATIVE: Record<string, string> = {
  me: 'i',
  myself: 'i',
  him: 'he',
  himself: 'he',
  her: 'she',
  herself: 'she',
  us: 'we',
  them: 'they',
};

function make(lower: string): FrameToken {
  return { lower, stem: stem(lower), cap: false, punct: false };
}

/** The bearer as the subject of "think … am": "me" → "I", "her" → "she" (same entity). */
function asSubject(t: FrameToken): FrameToken {
  const lower = NOMINATIVE[t.lower] ?? t.lower;
  const out: FrameToken = { ...t, lower, stem: stem(lower) };
  delete out.poss;
  return out;
}

function copula(bearer: FrameToken): FrameToken {
  if (bearer.ent === 'self') return make('am');
  return make(bearer.ent === 'g:we' || bearer.lower === 'we' || bearer.lower === 'they' ? 'are' : 'is');
}

const isEnt = (t: FrameToken | undefined): t is FrameToken =>
  t !== undefined && t.ent !== undefined && t.poss !== true;
const isPerson = (t: FrameToken | undefined) =>
  t !== undefined && t.ent !== undefined && (t.ent.startsWith('p:') || t.ent.startsWith('r:'));

/**
 * Where the quality starts after a frame that ends at `at` (exclusive): skips "as", "like", "as if", "as though",
 * "for being", "being"; `clause` when a clause with its own subject follows ("look like I can't cope").
 */
function qualityAt(tokens: readonly FrameToken[], at: number): { at: number; clause: boolean } | undefined {
  let k = at;
  const w = tokens[k]?.lower;
  if (w === 'as' && (tokens[k + 1]?.lower === 'if' || tokens[k + 1]?.lower === 'though')) k += 2;
  else if (w === 'like' || w === 'as' || w === 'for') k++;
  if (tokens[k]?.lower === 'being') k++;
  const q = tokens[k];
  if (q === undefined || q.punct) return undefined;
  if (VAGUE.has(q.lower)) return undefined;
  if (tokens[k]?.lower === 'that' && isEnt(tokens[k + 1])) k++;
  return { at: k, clause: isEnt(tokens[k]) && !tokens[k]!.punct && tokens[k + 1] !== undefined };
}

/** A part someone is cast in: "the awkward one", "the bad guy", "the person who …". */
const CAST = new Set(['one', 'person', 'guy', 'villain', 'baddie']);
const BECOME = new Set(['become', 'becomes', 'became', 'becoming']);
const castNounAfter = (tokens: readonly FrameToken[], k: number) =>
  [k, k + 1, k + 2].some((m) => CAST.has(tokens[m]?.lower ?? ''));

/**
 * What the writer does casts the bearer in a part others will see (session 7, recall15): "saying no will make me the
 * awkward one", "every time I refuse, I become the awkward one" — both "think I am the awkward one". Not when a person does the making: "Lucía makes me the
 * scapegoat" is her deed.
 */
function castAt(
  tokens: readonly FrameToken[],
  i: number,
): { prefix: FrameToken[]; bearer: FrameToken; q: { at: number; clause: boolean } } | undefined {
  const t = tokens[i]!;
  const w = t.lower;
  if (BECOME.has(w)) {
    let j = i - 1;
    while (j >= 0 && BETWEEN.has(tokens[j]!.lower)) j--;
    const bearer = tokens[j];
    if (!isEnt(bearer) || (bearer.ent !== 'self' && bearer.ent !== 'g:we')) return undefined;
    if (tokens[i + 1]?.lower !== 'the' || !castNounAfter(tokens, i + 2)) return undefined;
    return {
      prefix: [...tokens.slice(0, j), ...tokens.slice(j + 1, i)],
      bearer,
      q: { at: i + 1, clause: false },
    };
  }
  // "gets me a reputation as" is left out: it would meet views of others the analysis cannot name ("the events
  // team think the volunteers get in the way").
  if (!MAKE.has(w)) return undefined;
  const bearer = tokens[i + 1];
  if (!isEnt(bearer)) return undefined;
  let j = i - 1;
  while (j >= 0 && BETWEEN.has(tokens[j]!.lower)) j--;
  if (isPerson(tokens[j])) return undefined;
  const k = i + 2;
  if (tokens[k]?.lower !== 'the' || !castNounAfter(tokens, k + 1)) return undefined;
  return { prefix: tokens.slice(0, i), bearer, q: { at: k, clause: false } };
}

const THINK = new Set(['think', 'believe', 'feel', 'assume', 'suspect', 'decide']);

/**
 * The words before a view's verb at `i`, with the one who holds it first when someone's act makes them hold it:
 * "bringing up my salary will make Ingrid see me as …" is Ingrid's view ("Ingrid bringing up my salary will think
 * …"), as "Ingrid will see me as …" is (session 10, recall10). Otherwise the words as they are.
 */
function holderFirst(tokens: readonly FrameToken[], i: number): FrameToken[] {
  const holder = tokens[i - 1];
  if (!isPerson(holder) || !MAKE.has(tokens[i - 2]?.lower ?? '')) return tokens.slice(0, i);
  return [holder!, ...tokens.slice(0, i - 2)];
}

/** `prefix` + "think" + (the clause, or bearer "am" quality). */
function rebuild(
  tokens: readonly FrameToken[],
  prefix: FrameToken[],
  bearer: FrameToken | undefined,
  q: { at: number; clause: boolean },
): FrameToken[] {
  const out = [...prefix, make('think')];
  if (!q.clause && bearer !== undefined) out.push(asSubject(bearer), copula(bearer));
  for (let k = q.at; k < tokens.length; k++) out.push(tokens[k]!);
  return out;
}

/**
 * Rewrites the first frame of how someone is seen into "<holder> think <bearer> am <quality>", or returns the
 * tokens unchanged. Linear in the sentence, no pattern matching per pair.
 */
export function canonicalFrame<T extends FrameToken>(tokens: T[]): T[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.punct) continue;
    const w = t.lower;

    // "sees me as", "regards her as", "takes me for", "writes me off as", "thinks of me as".
    if (ACTIVE_LABELS.has(w) || w === 'think' || w === 'thinks' || w === 'thought') {
      let k = i + 1;
      const thinkOf = !ACTIVE_LABELS.has(w);
      if (thinkOf) {
        if (tokens[k]?.lower !== 'of') continue;
        k++;
      }
      const bearer = tokens[k];
      if (!isEnt(bearer)) continue;
      k++;
      if (tokens[k]?.lower === 'off' && (w.startsWith('writ') || w === 'wrote')) k++;
      else if (w.startsWith('writ') || w === 'wrote') continue;
      const marker = tokens[k]?.lower;
      const isTake = w.startsWith('tak') || w === 'took' || w.startsWith('mist');
      if (marker !== 'as' && !isTake && BARE_LABEL.test(w)) {
        const bare = qualityAt(tokens, k);
        if (bare === undefined) continue;
        return rebuild(tokens, tokens.slice(0, i), bearer, { at: bare.at, clause: false }) as T[];
      }
      if (isTake ? marker !== 'for' : marker !== 'as') continue;
      if (
        isTake &&
        (tokens[k + 1]?.lower === 'granted' ||
          (tokens[k + 1]?.lower === 'a' && tokens[k + 2]?.lower === 'ride'))
      )
        continue;
      const q = qualityAt(tokens, k);
      if (q === undefined) continue;
      return rebuild(tokens, holderFirst(tokens, i), bearer, { at: q.at, clause: false }) as T[];
    }

    // "will make Ingrid think I'm greedy": what the writer does makes someone hold a view (session 10, recall10).
    if (MAKE.has(w) && isPerson(tokens[i + 1]) && THINK.has(tokens[i + 2]?.lower ?? '')) {
      let k = i + 3;
      if (tokens[k]?.lower === 'that') k++;
      const who = tokens[k];
      if (!isEnt(who) || !CLAUSE_START.has(tokens[k + 1]?.lower ?? '')) continue;
      return rebuild(tokens, holderFirst(tokens, i + 2), undefined, { at: k, clause: true }) as T[];
    }

    // "has me down as lazy", "had us pegged as troublemakers", "marks me down as": "down for the late shift" is a
    // list, not a view.
    if (KEEP_LABEL.has(w) && isEnt(tokens[i + 1])) {
      let k = i + 2;
      if (!KEPT_LABELS.has(tokens[k]?.lower ?? '')) continue;
      k++;
      if (tokens[k]?.lower === 'down' || tokens[k]?.lower === 'off') k++;
      if (tokens[k]?.lower !== 'as') continue;
      const q = qualityAt(tokens, k);
      if (q === undefined) continue;
      return rebuild(tokens, tokens.slice(0, i), tokens[i + 1], { at: q.at, clause: false }) as T[];
    }

    const cast = castAt(tokens, i);
    if (cast !== undefined) return rebuild(tokens, cast.prefix, cast.bearer, cast.q) as T[];

    // "makes me look", "will make us seem", "gets me labelled as", "got her branded": what someone does (not a
    // person: "Lucía makes me look bad" is her deed) shows the bearer in a light.
    if (MAKE.has(w) || (GET.has(w) && LABELS.has(tokens[i + 2]?.lower ?? ''))) {
      const bearer = tokens[i + 1];
      const verb = tokens[i + 2]?.lower ?? '';
      if (!isEnt(bearer) || !(SEEM.has(verb) || LABELS.has(verb))) continue;
      let j = i - 1;
      while (j >= 0 && BETWEEN.has(tokens[j]!.lower)) j--;
      if (isPerson(tokens[j])) continue;
      const q = qualityAt(tokens, i + 3);
      if (q === undefined) continue;
      return rebuild(tokens, tokens.slice(0, i), bearer, q) as T[];
    }

    // "will be taken as a sign I'm failing", "seen as an admission that we can't cope": what the writer does is read
    // as a sign of a failing of the writer's.
    if (
      (w === 'taken' || LABELS.has(w)) &&
      tokens[i + 1]?.lower === 'as' &&
      (tokens[i + 2]?.lower === 'a' || tokens[i + 2]?.lower === 'an') &&
      SIGN.has(tokens[i + 3]?.lower ?? '')
    ) {
      let k = i + 4;
      if (tokens[k]?.lower === 'that') k++;
      const who = tokens[k];
      if (
        isEnt(who) &&
        (who.ent === 'self' || who.ent === 'g:we') &&
        CLAUSE_START.has(tokens[k + 1]?.lower ?? '')
      )
        return rebuild(tokens, tokens.slice(0, i), undefined, { at: k, clause: true }) as T[];
    }

    // "tells the captains I'm difficult", "told the board that we can't cope": what the teller says of someone is
    // the teller's view of them ("Gemma thinks I'm difficult"), whoever it is told to.
    if (TELL.has(w)) {
      const at = toldClause(tokens, i);
      if (at === undefined) continue;
      return rebuild(tokens, tokens.slice(0, i), undefined, { at, clause: true }) as T[];
    }

    // "admitting I'm failing", "means admitting that we can't cope", "would show I can't cope" — of the writer
    // only: "Tom won't admit he's wrong" is Tom's deed, "the email shows she doesn't care" the writer's reading.
    if (ADMIT.has(w)) {
      let k = i + 1;
      if (tokens[k]?.lower === 'that') k++;
      const who = tokens[k];
      // A clause of the writer's ("I'm failing"), not "prove myself to Ruth".
      if (!isEnt(who) || (who.lower !== 'i' && who.lower !== 'we')) continue;
      if (tokens[k + 1] === undefined || tokens[k + 1]!.punct) continue;
      return rebuild(tokens, tokens.slice(0, i), undefined, { at: k, clause: true }) as T[];
    }

    // "it will look like I can't cope", "it would seem as if we don't care".
    if (IT.has(w) && t.ent === undefined) {
      let k = i + 1;
      while (k < tokens.length && BETWEEN.has(tokens[k]!.lower)) k++;
      if (!SEEM.has(tokens[k]?.lower ?? '')) continue;
      const next = tokens[k + 1]?.lower;
      const after = tokens[k + 2]?.lower;
      if (!(next === 'like' || (next === 'as' && (after === 'if' || after === 'though')))) continue;
      const q = qualityAt(tokens, k + 1);
      if (q === undefined || !q.clause) continue;
      return rebuild(tokens, [...tokens.slice(0, i), ...tokens.slice(i + 1, k)], undefined, q) as T[];
    }

    // "asking for another receptionist will look like I can't cope": what the writer does looks like a failing of
    // the writer's (not "Tom looks like he's struggling": the writer's view of Tom).
    if (SEEM.has(w)) {
      const next = tokens[i + 1]?.lower;
      const after = tokens[i + 2]?.lower;
      if (!(next === 'like' || (next === 'as' && (after === 'if' || after === 'though')))) continue;
      let j = i - 1;
      while (j >= 0 && BETWEEN.has(tokens[j]!.lower)) j--;
      if (j < 0 || tokens[j]!.ent !== undefined) continue;
      const q = qualityAt(tokens, i + 1);
      const who = q === undefined ? undefined : tokens[q.at]!.ent;
      if (q === undefined || !q.clause || (who !== 'self' && who !== 'g:we')) continue;
      return rebuild(tokens, tokens.slice(0, i), undefined, q) as T[];
    }

    // The bearer first: "I'll look", "we come across as", "I'll be seen as", "I'll get a reputation for".
    if (!isEnt(t)) continue;
    let k = i + 1;
    while (k < tokens.length && BETWEEN.has(tokens[k]!.lower)) k++;
    const v = tokens[k]?.lower ?? '';
    let end: number | undefined;
    // "Tom seems stressed", "Tom comes across as arrogant" are the writer's own view of Tom: only the writer's
    // looks are a view held by others.
    const writer = t.ent === 'self' || t.ent === 'g:we';
    if (SEEM.has(v)) end = writer ? k + 1 : undefined;
    else if (COME.has(v) && tokens[k + 1]?.lower === 'across') end = writer ? k + 2 : undefined;
    else if (BE_OR_GET.has(v)) {
      let m = k + 1;
      while (m < tokens.length && BETWEEN.has(tokens[m]!.lower)) m++;
      const label = tokens[m]?.lower ?? '';
      if (LABELS.has(label)) end = m + 1;
      else if (SEEM.has(label) && writer) end = m + 1;
      else if ((label === 'written' || label === 'thought') && tokens[m + 1] !== undefined) {
        const part = tokens[m + 1]!.lower;
        if ((label === 'written' && part === 'off') || (label === 'thought' && part === 'of')) end = m + 2;
      } else if (label === 'taken' && tokens[m + 1]?.lower === 'for') end = m + 1;
    }
    if (end === undefined && GET.has(v)) {
      let m = k + 1;
      if (tokens[m]?.lower === 'a' || tokens[m]?.lower === 'the') m++;
      if (
        tokens[m]?.lower === 'reputation' &&
        (tokens[m + 1]?.lower === 'as' || tokens[m + 1]?.lower === 'for')
      )
        end = m + 1;
    }
    if (end === undefined) continue;
    // "looks at", "look out for myself", "seems to": not a view of the bearer.
    if (SEEM.has(v) && NOT_A_LOOK.has(tokens[end]?.lower ?? '')) continue;
    const q = qualityAt(tokens, end);
    if (q === undefined) continue;
    return rebuild(tokens, [...tokens.slice(0, i), ...tokens.slice(i + 1, k)], t, q) as T[];
  }
  return tokens;
}
