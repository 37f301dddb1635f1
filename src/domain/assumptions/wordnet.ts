import { WORDNET } from './wordnet-data.js';

// Meaning keys for words from a compact slice of WordNet 3.1 (see scripts/build-lexicon.mjs). Two words that
// share a `same` key are near-synonyms (same synset, or one hop along similar-to, verb group, derivation,
// pertainym or attribute); a word's `anti` keys are the antonyms of its senses. Parsed on first use only.

export type WordPos = 'n' | 'v' | 'a' | 'r';

export interface Meaning {
  /** Synsets of the word's most frequent senses and their near-synonym neighbours. */
  same: ReadonlySet<number>;
  /** Hypernyms of those senses: a looser "same kind of thing". */
  up: ReadonlySet<number>;
  /** Antonyms of those senses (and their near-synonym neighbours). */
  anti: ReadonlySet<number>;
  /** Parts of speech the word was found as. */
  pos: ReadonlySet<WordPos>;
}

interface Relations {
  cluster: number[];
  derived: number[];
  up: number[];
  anti: number[];
}

interface Data {
  text: string;
  /** Start of every lemma line ("lemma\tpos\tids", sorted by lemma), for binary search. */
  lemmaLines: Int32Array;
  /** Start of every synset's relations line. */
  synsetLines: Int32Array;
  relations: Array<Relations | undefined>;
}

let data: Data | undefined;

function lineStarts(text: string, from: number, to: number): Int32Array {
  const starts: number[] = [from];
  for (let at = text.indexOf('\n', from); at >= 0 && at + 1 < to; at = text.indexOf('\n', at + 1))
    starts.push(at + 1);
  return Int32Array.from(starts);
}

// Offsets instead of maps: the slice is parsed only where a statement's words need it (start-up ≈ 5 ms).
function load(): Data {
  if (data === undefined) {
    const text = WORDNET;
    const split = text.indexOf('\n#\n');
    const synsetLines = lineStarts(text, split + 3, text.length);
    data = {
      text,
      lemmaLines: lineStarts(text, 0, split + 1),
      synsetLines,
      relations: new Array(synsetLines.length),
    };
  }
  return data;
}

/** The synsets of one lemma as one part of speech (most frequent first), or undefined. */
function sensesOf(lemma: string, pos: WordPos): string | undefined {
  const { text, lemmaLines } = load();
  let lo = 0;
  let hi = lemmaLines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = lemmaLines[mid]!;
    const tab = text.indexOf('\t', at);
    const l = text.slice(at, tab);
    if (l < lemma) lo = mid + 1;
    else if (l > lemma) hi = mid - 1;
    else {
      // Same lemma: its parts of speech are adjacent lines.
      let first = mid;
      while (first > 0 && text.startsWith(`${lemma}\t`, lemmaLines[first - 1]!)) first--;
      for (let k = first; k < lemmaLines.length; k++) {
        const start = lemmaLines[k]!;
        if (!text.startsWith(`${lemma}\t`, start)) break;
        const t = start + lemma.length + 1;
        if (text[t] === pos) return text.slice(t + 2, text.indexOf('\n', t));
      }
      return undefined;
    }
  }
  return undefined;
}

const NONE: number[] = [];

function relationsOf(id: number): Relations {
  const d = load();
  let r = d.relations[id];
  if (r === undefined) {
    r = { cluster: NONE, derived: NONE, up: NONE, anti: NONE };
    const at = d.synsetLines[id];
    const end = at === undefined ? -1 : d.text.indexOf('\n', at);
    const line = at === undefined ? '' : d.text.slice(at, end < 0 ? d.text.length : end);
    if (line !== '') {
      for (const part of line.split(';')) {
        const ids = part
          .slice(1)
          .split(',')
          .map((x) => Number.parseInt(x, 36));
        if (part[0] === '&') r.cluster = ids;
        else if (part[0] === '+') r.derived = ids;
        else if (part[0] === '^') r.up = ids;
        else r.anti = ids;
      }
    }
    d.relations[id] = r;
  }
  return r;
}

/** British spellings WordNet lists only without frequencies: try the American one first. */
function spellings(word: string): string[] {
  const us = word
    .replace(/^judgement/, 'judgment')
    .replace(/([^aeiou])our(s|ed|ing|ite|able)?$/, '$1or$2')
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/ys(e|ed|es|ing)$/, 'yz$1')
    .replace(/([^aeiou])tre(s)?$/, '$1ter$2')
    .replace(/ogue$/, 'og')
    .replace(/ence$/, 'ense');
  return us === word ? [word] : [us, word];
}

const DETACH: Record<WordPos, Array<[string, string]>> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  r: [],
};

/**
 * Base forms found, by word (and irregular base): comparing two statements looks the same words up again for
 * every pair, and a run of many statements written alike spent half of its comparing here. Bounded.
 */
const LEMMAS = new Map<string, ReadonlyArray<{ lemma: string; pos: WordPos }>>();

/** Base forms of a (lower-case) word or underscore-joined phrase that WordNet knows, per part of speech. */
export function lemmasOf(word: string, irregular?: string): ReadonlyArray<{ lemma: string; pos: WordPos }> {
  const key = irregular === undefined ? word : `${word}/${irregular}`;
  let out = LEMMAS.get(key);
  if (out === undefined) {
    const found: Array<{ lemma: string; pos: WordPos }> = [];
    for (const w of spellings(word)) collect(w, irregular, found);
    out = found;
    if (LEMMAS.size >= 50_000) LEMMAS.clear();
    LEMMAS.set(key, out);
  }
  return out;
}

function collect(
  word: string,
  irregular: string | undefined,
  out: Array<{ lemma: string; pos: WordPos }>,
): void {
  const add = (lemma: string, pos: WordPos) => {
    if (!out.some((o) => o.lemma === lemma && o.pos === pos) && sensesOf(lemma, pos) !== undefined)
      out.push({ lemma, pos });
  };
  // A phrase inflects on its first word: "brushes_off" → "brush_off".
  const cut = word.indexOf('_');
  const head = cut < 0 ? word : word.slice(0, cut);
  const tail = cut < 0 ? '' : word.slice(cut);
  for (const pos of ['v', 'a', 'n', 'r'] as const) {
    add(word, pos);
    if (irregular !== undefined) add(irregular + tail, pos);
    for (const [suffix, repl] of DETACH[pos]) {
      if (!head.endsWith(suffix) || head.length - suffix.length < 2) continue;
      const base = head.slice(0, head.length - suffix.length) + repl;
      add(base + tail, pos);
      // "stopped" → "stopp" → "stop"
      if (repl === '' && /([bdgklmnprt])\1$/.test(base)) add(base.slice(0, -1) + tail, pos);
    }
  }
}

const SENSES: Record<WordPos, number> = { v: 3, a: 3, n: 2, r: 2 };
const cache = new Map<string, Meaning | null>();

/**
 * Opposites in everyday use that WordNet does not pair (its antonyms are few and sense-bound: it pairs
 * "generous" and "stingy" but not "warm" and "cold", "cautious" and "reckless", "reward" and "punish"). Each is a pole of a
 * quality or an act said of someone, by class: warmth, care, generosity, cooperation, order, talk, strictness,
 * reward, protection, inclusion, keeping, disclosure, attendance, forgiveness, support; and the outcome of a venture
 * or a living thing ("the café will make a profit" / "a loss", "the vines will recover" / "be ruined"). A word's antonyms
 * become the other word's senses and their near-synonyms, so synonyms of the other pole meet it too
 * ("warm" against "icy", "chilly"). Only words whose opposite is not itself a matter of degree or viewpoint.
 */
const EVERYDAY_ANTONYMS: Array<[string, string[]]> = [
  ['warm', ['cold', 'frosty', 'icy', 'aloof', 'distant']],
  ['friendly', ['cold', 'hostile', 'aloof', 'frosty']],
  ['affectionate', ['cold', 'distant']],
  ['kind', ['cruel', 'harsh', 'mean', 'nasty']],
  ['gentle', ['harsh', 'rough', 'brutal']],
  ['cautious', ['reckless', 'rash', 'careless', 'impulsive']],
  ['careful', ['reckless', 'rash', 'sloppy', 'slapdash']],
  ['prudent', ['reckless', 'rash']],
  ['generous', ['mean', 'tight', 'miserly', 'selfish']],
  ['cooperative', ['combative', 'obstructive', 'hostile', 'difficult']],
  ['helpful', ['obstructive']],
  ['precise', ['sloppy', 'slapdash', 'careless', 'messy']],
  ['neat', ['sloppy', 'messy', 'untidy']],
  ['tidy', ['messy', 'sloppy']],
  ['thorough', ['sloppy', 'slapdash', 'careless']],
  ['organised', ['chaotic', 'disorganised', 'messy', 'shambolic']],
  ['organized', ['chaotic', 'disorganized', 'messy', 'shambolic']],
  ['quiet', ['talkative', 'chatty', 'loud', 'noisy', 'outspoken', 'vocal']],
  ['reserved', ['talkative', 'chatty', 'outspoken']],
  ['shy', ['outgoing', 'confident', 'bold']],
  ['strict', ['lenient', 'soft', 'lax', 'relaxed']],
  ['firm', ['lenient', 'lax']],
  ['harsh', ['lenient']],
  ['lazy', ['hardworking', 'diligent', 'industrious']],
  ['respectful', ['rude', 'disrespectful', 'insolent']],
  ['modest', ['arrogant', 'boastful', 'conceited']],
  ['humble', ['arrogant', 'boastful', 'conceited']],
  ['calm', ['angry', 'furious', 'agitated', 'anxious']],
  ['open', ['secretive', 'guarded']],
  ['supportive', ['critical', 'dismissive', 'hostile']],
  ['crowded', ['spacious', 'roomy', 'empty']],
  ['overcrowded', ['spacious', 'roomy', 'empty']],
  ['cramped', ['spacious', 'roomy']],
  ['reward', ['punish', 'penalise', 'penalize', 'sanction']],
  ['praise', ['criticise', 'criticize', 'blame', 'scold']],
  ['protect', ['expose', 'endanger']],
  ['shield', ['expose']],
  ['defend', ['attack', 'criticise', 'criticize']],
  ['invite', ['exclude', 'ban', 'bar', 'uninvite']],
  ['include', ['exclude']],
  ['welcome', ['reject', 'exclude', 'shun']],
  ['keep', ['demolish', 'destroy', 'scrap', 'bulldoze', 'sell']],
  ['preserve', ['demolish', 'destroy', 'scrap']],
  ['save', ['demolish', 'scrap']],
  ['admit', ['deny', 'hide', 'conceal']],
  ['confess', ['deny', 'hide', 'conceal']],
  ['report', ['hide', 'conceal', 'suppress']],
  ['reveal', ['hide', 'conceal']],
  ['disclose', ['hide', 'conceal', 'withhold']],
  ['attend', ['skip', 'miss']],
  ['forgive', ['resent', 'punish']],
  ['support', ['undermine', 'sabotage']],
  ['encourage', ['discourage', 'deter']],
  ['help', ['hinder', 'obstruct']],
  ['join', ['quit']],
  ['respect', ['despise']],
  ['happy', ['sad', 'unhappy', 'miserable']],
  ['spend', ['save', 'hoard']],
  ['waste', ['save']],
  ['recover', ['ruin', 'wither', 'perish']],
  ['profit', ['loss']],
  // Families of everyday poles: order against mess, composure against panic, tact against clumsiness, lasting
  // against going under, prolonging against ending, urging on against putting off, helping against hindering.
  ['orderly', ['chaotic', 'messy', 'disorganised', 'disorganized', 'shambolic']],
  ['mess', ['organised', 'organized', 'orderly', 'tidy', 'neat']],
  ['shambles', ['organised', 'organized', 'orderly']],
  ['composed', ['frantic', 'panicky', 'panicked', 'hysterical', 'flustered', 'frenzied']],
  ['calm', ['frantic', 'panicky', 'panicked', 'hysterical', 'flustered', 'frenzied']],
  ['tactful', ['clumsy', 'tactless', 'insensitive', 'blunt', 'heavy-handed']],
  ['tactfully', ['clumsily', 'tactlessly', 'insensitively', 'bluntly', 'awkwardly']],
  ['sensitively', ['clumsily', 'tactlessly', 'insensitively']],
  ['diplomatically', ['clumsily', 'tactlessly', 'undiplomatically']],
  ['survive', ['fold', 'collapse', 'sink', 'fail', 'perish', 'die', 'flop']],
  ['thrive', ['fold', 'collapse', 'sink', 'fail', 'flop']],
  ['extend', ['end', 'terminate', 'cancel', 'shorten', 'curtail']],
  ['renew', ['end', 'terminate', 'cancel']],
  ['prolong', ['end', 'terminate', 'shorten']],
  ['encourage', ['dissuade']],
  ['urge', ['discourage', 'dissuade', 'deter']],
  ['help', ['hamper', 'impede', 'sabotage']],
  ['assist', ['hinder', 'obstruct', 'hamper', 'impede']],
  ['often', ['never', 'rarely', 'seldom']],
  // Fairness of a share against its tilt, a meant word against a hollow one, giving way against holding out.
  ['balanced', ['lopsided', 'unbalanced', 'skewed', 'uneven', 'unfair', 'biased']],
  ['even', ['lopsided', 'skewed']],
  ['fair', ['lopsided', 'skewed', 'biased']],
  ['sincere', ['insincere', 'fake', 'hollow', 'false', 'phoney', 'phony', 'forced']],
  ['genuine', ['insincere', 'fake', 'hollow', 'phoney', 'phony', 'forced']],
  ['heartfelt', ['insincere', 'hollow', 'forced']],
  ['yield', ['resist', 'persist']],
  ['relent', ['persist', 'resist']],
];

/** `lemma` → the words of its everyday opposite pole (both ways). */
const EVERYDAY_ANTI = new Map<string, string[]>();
for (const [x, ys] of EVERYDAY_ANTONYMS)
  for (const y of ys) {
    EVERYDAY_ANTI.set(x, [...(EVERYDAY_ANTI.get(x) ?? []), y]);
    EVERYDAY_ANTI.set(y, [...(EVERYDAY_ANTI.get(y) ?? []), x]);
  }

/**
 * Words that name one pole of an everyday act or manner in other words, which WordNet's first senses do not join:
 * not attending ("skips practice" ~ "misses practice"), coldness to someone ("cold" ~ "frosty"), keeping something
 * back, punishing, knocking down, shutting out.
 */
const EVERYDAY_POLES: string[][] = [
  ['skip', 'miss'],
  ['cold', 'frosty', 'icy', 'chilly'],
  ['hide', 'conceal', 'suppress', 'withhold'],
  ['report', 'disclose', 'reveal'],
  ['punish', 'penalise', 'penalize'],
  ['demolish', 'destroy', 'bulldoze', 'raze'],
  ['exclude', 'ban', 'bar', 'shun'],
];
const POLE_OF = new Map<string, string[]>();
for (const pole of EVERYDAY_POLES) for (const w of pole) POLE_OF.set(w, pole);

/** Whether two base forms are everyday opposites by the table above ("defend" / "attack"). */
export function everydayOpposites(x: string, y: string): boolean {
  return EVERYDAY_ANTI.get(x)?.includes(y) === true;
}

/** Whether a word (a base form) has an everyday opposite in the table above. */
export function hasEverydayAntonym(lemma: string): boolean {
  return EVERYDAY_ANTI.has(lemma);
}

/** What a word can mean (null when WordNet does not know it). Memoised. */
export function meaningOf(word: string, irregular?: string): Meaning | null {
  const key = irregular === undefined ? word : `${word}/${irregular}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const meaning = wordnetMeaning(word, irregular);
  if (meaning !== null) {
    // The everyday opposite of any of its base forms: the other pole's senses (of the part of speech the word has);
    // and the other words of its pole, their senses.
    for (const { lemma } of lemmasOf(word, irregular)) {
      for (const other of EVERYDAY_ANTI.get(lemma) ?? []) {
        const m = wordnetMeaning(other);
        if (m !== null) for (const id of m.same) (meaning.anti as Set<number>).add(id);
      }
      for (const other of POLE_OF.get(lemma) ?? []) {
        const m = other === lemma ? null : wordnetMeaning(other);
        if (m !== null) for (const id of m.same) (meaning.same as Set<number>).add(id);
      }
    }
  }
  if (cache.size < 50_000) cache.set(key, meaning);
  return meaning;
}

const plain = new Map<string, Meaning | null>();

/** `meaningOf` from WordNet alone. */
function wordnetMeaning(word: string, irregular?: string): Meaning | null {
  const key = irregular === undefined ? word : `${word}/${irregular}`;
  const hit = plain.get(key);
  if (hit !== undefined)
    return hit === null ? null : { ...hit, same: new Set(hit.same), anti: new Set(hit.anti) };
  const found = lemmasOf(word, irregular);
  let meaning: Meaning | null = null;
  if (found.length > 0) {
    const same = new Set<number>();
    const up = new Set<number>();
    const anti = new Set<number>();
    const pos = new Set<WordPos>();
    for (const { lemma, pos: p } of found) {
      pos.add(p);
      const ids = sensesOf(lemma, p)!
        .split(',')
        .slice(0, SENSES[p])
        .map((x) => Number.parseInt(x, 36));
      for (const id of ids) {
        same.add(id);
        const r = relationsOf(id);
        for (const s of r.cluster) same.add(s);
        for (const s of r.derived) same.add(s);
        for (const u of r.up) up.add(u);
        for (const a of r.anti) {
          anti.add(a);
          for (const s of relationsOf(a).cluster) anti.add(s);
        }
      }
    }
    meaning = { same, up, anti, pos };
  }
  if (plain.size < 50_000) plain.set(key, meaning);
  return meaning === null ? null : { ...meaning, same: new Set(meaning.same), anti: new Set(meaning.anti) };
}

function intersects(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

/** How two words relate: near-synonyms, antonyms, siblings under one hypernym, or not at all. */
export function relate(a: Meaning, b: Meaning): 'same' | 'anti' | 'kin' | 'none' {
  if (intersects(a.anti, b.same) || intersects(b.anti, a.same)) return 'anti';
  if (intersects(a.same, b.same)) return 'same';
  if (intersects(a.up, b.same) || intersects(b.up, a.same) || intersects(a.up, b.up)) return 'kin';
  return 'none';
}

/** The synsets of a word's most frequent senses as the given parts of speech (no neighbours). */
export function sensesOfWord(word: string, perPos: number, parts: readonly WordPos[]): number[] {
  const out: number[] = [];
  for (const { lemma, pos } of lemmasOf(word)) {
    if (!parts.includes(pos)) continue;
    for (const id of sensesOf(lemma, pos)!.split(',').slice(0, perPos)) {
      const n = Number.parseInt(id, 36);
      if (!out.includes(n)) out.push(n);
    }
  }
  return out;
}

/**
 * Whether two words share any sense, or adjective senses that WordNet puts in one cluster ("lazy" / "idle"), over
 * all their senses, not only the most frequent: for two words that are all two statements differ by, where any
 * shared sense is the one meant.
 */
export function shareASense(x: string, y: string): boolean {
  const ys = allSenses(y);
  for (const id of allSenses(x)) if (ys.has(id)) return true;
  return false;
}

/** A word's senses and their adjective clusters, for `shareASense`, by word (pairs ask for the same words). Bounded. */
const ALL_SENSES = new Map<string, ReadonlySet<number>>();

function allSenses(word: string): ReadonlySet<number> {
  let out = ALL_SENSES.get(word);
  if (out === undefined) {
    const found = new Set<number>();
    for (const id of sensesOfWord(word, Number.POSITIVE_INFINITY, ['n', 'v', 'a', 'r'])) {
      found.add(id);
      for (const c of relationsOf(id).cluster) found.add(c);
    }
    out = found;
    if (ALL_SENSES.size >= 50_000) ALL_SENSES.clear();
    ALL_SENSES.set(word, out);
  }
  return out;
}

/** The parts of speech WordNet knows a word as. */
export function partsOf(word: string): Set<WordPos> {
  return new Set(lemmasOf(word).map((l) => l.pos));
}
