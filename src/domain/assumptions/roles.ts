import { foldWord, PeopleIndex } from './people.js';
import { partsOf } from './wordnet.js';

// Roles written instead of names ("my brother-in-law", "the senior partner", "my wife"): which of the journal's
// people a role phrase stands for, learned from the journal itself and never guessed. A role names a person only
//   (a) where an entry introduces it: "Dean, my brother-in-law," / "Graham (senior partner)" / "my wife Karen" /
//       "Phil is the site manager", the name one of that entry's people; or
//   (b) where every entry whose statements use it lists one and the same person among its people, in two entries
//       at least: "my brother-in-law" in entries about [Dean, Steve] and [Dean, Karen] is Dean. (Two entries about
//       Dean alone are the simplest case.) Or
//   (c) where every entry tagged with it (`tags: ['general manager']`) lists one and the same person, in two
//       entries at least; where (a) or (b) holds too, both must name that person.
// An introduction may stand in an entry's other answers (its context: situation, dialogue, data), except in a
// line someone else speaks ("Dean: my brother will …" is Dean's brother).
// and never when the journal contradicts it: two people introduced in the same role, a statement that names
// the person beside the role ("Dean moans to the site manager": the site manager is not Dean), or two roles of
// one statement that would be the same person ("the director takes it to the producer"). A plural or a
// group ("the partners", "the doctors", "head office", "the council") is no role here: the heads below are
// singular nouns for one person.

/** Head nouns of a role: kin, and jobs or ranks one person holds. (Not "head", "lead", "chair": "over my head".) */
// biome-ignore format: a word list reads best packed
const HEADS = new Set([
  'wife', 'husband', 'partner', 'spouse', 'fiance', 'fiancee', 'girlfriend', 'boyfriend', 'brother', 'sister',
  'mother', 'father', 'mum', 'mom', 'dad', 'son', 'daughter', 'stepfather', 'stepmother', 'stepdad', 'stepmum',
  'stepson', 'stepdaughter', 'grandmother', 'grandfather', 'gran', 'grandma', 'grandad', 'grandpa', 'uncle',
  'aunt', 'auntie', 'nephew', 'niece', 'cousin', 'manager', 'boss', 'director', 'supervisor', 'foreman',
  'forewoman', 'chairman', 'chairwoman', 'president', 'owner', 'landlord', 'landlady', 'editor', 'producer',
  'engineer', 'officer', 'consultant', 'registrar', 'accountant', 'solicitor', 'lawyer', 'architect',
  'surveyor', 'inspector', 'coordinator', 'administrator', 'secretary', 'receptionist', 'assistant',
  'apprentice', 'trainee', 'mentor', 'tutor', 'headteacher', 'headmaster', 'headmistress', 'principal',
  'coach', 'captain', 'sergeant', 'superintendent', 'controller', 'planner', 'technician', 'electrician',
  'plumber', 'builder', 'contractor', 'surgeon', 'vicar', 'neighbour', 'neighbor', 'flatmate', 'housemate',
  'founder', 'ceo', 'treasurer', 'caretaker', 'deputy', 'chef', 'matron', 'agent', 'rep',
]);
/** Whether a word is the head noun of a role: kin, or a job or rank one person holds ("deputy", "wife"). */
export function isRoleHead(w: string): boolean {
  return HEADS.has(w);
}

/** Kin written with "in-law" ("my brother-in-law" → `brother in law`). */
const IN_LAW = new Set(['brother', 'sister', 'mother', 'father', 'son', 'daughter']);
const DETERMINERS = new Set(['my', 'our', 'the']);
/** Determiners that make a role the writer's own relation ("my brother"): not so in a line someone else says. */
const OWN = new Set(['my', 'our']);
/** Words that cannot stand before a role's head ("the other partner" is someone else's contrast, kept). */
// biome-ignore format: a word list reads best packed
const NOT_MODIFIERS = new Set([
  'a', 'an', 'the', 'my', 'our', 'his', 'her', 'their', 'your', 'and', 'or', 'but', 'to', 'of', 'for', 'with',
  'is', 'was', 'are', 'be', 'will', 'would', 'not', 'in', 'on', 'at', 'by', 'as', 'that', 'who', 'whom',
]);
/** At most this many words before the head ("the senior partner", "my area sales manager"). */
const MODIFIERS_MAX = 2;
const VERBS_OF_BEING = new Set(['is', 'was', 's']);

interface Word {
  lower: string;
  cap: boolean;
  punct: boolean;
  poss: boolean;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/\p{L}[\p{L}\p{M}'\u2019]*|[.,;:!?()"\u2014]/gu)) {
    let w = m[0];
    if (/^[.,;:!?()"\u2014]$/.test(w)) {
      out.push({ lower: w, cap: false, punct: true, poss: false });
      continue;
    }
    const poss = /['\u2019]s?$/i.test(w) && !/^(it|he|she|that|what|who|there|here)['\u2019]s$/i.test(w);
    if (poss) w = w.replace(/['\u2019]s?$/i, '');
    const lower = /^[a-z]+$/i.test(w) ? w.toLowerCase() : foldWord(w);
    if (lower === '') continue;
    out.push({ lower, cap: /^\p{Lu}/u.test(w), punct: false, poss });
  }
  return out;
}

/** A role phrase at `at` (its first word after any determiner): its key and last index, else undefined. */
function roleAt(ws: readonly Word[], at: number): { key: string; end: number } | undefined {
  for (let mods = 0; mods <= MODIFIERS_MAX; mods++) {
    const k = at + mods;
    const head = ws[k];
    if (head === undefined || head.punct || head.cap) return undefined;
    let end = k;
    if (IN_LAW.has(head.lower) && ws[k + 1]?.lower === 'in' && ws[k + 2]?.lower === 'law') end = k + 2;
    else if (!HEADS.has(head.lower)) {
      // Not a head: a modifier, when it can be one.
      if (head.poss || NOT_MODIFIERS.has(head.lower)) return undefined;
      continue;
    }
    const last = ws[end]!;
    // "the manager job", "my brother's car": the phrase names something else.
    const next = ws[end + 1];
    if (!last.poss && next !== undefined && !next.punct && !next.cap && nounOnly(next.lower))
      return undefined;
    const key = ws
      .slice(at, end + 1)
      .map((w) => w.lower)
      .join(' ');
    return { key, end };
  }
  return undefined;
}

function nounOnly(lower: string): boolean {
  const parts = partsOf(lower);
  return parts.size === 1 && parts.has('n');
}

/** A name of one of the entry's people starting at `at`: its key and last index. */
function nameAt(
  ws: readonly Word[],
  at: number,
  people: PeopleIndex,
  entryKeys: readonly string[],
  anyone = false,
): { key: string; end: number } | undefined {
  // (A role at the end of a text has no name after it: "… to my manager".)
  if (ws[at]?.cap !== true) return undefined;
  for (let n = Math.min(people.maxAliasWords(), ws.length - at); n >= 1; n--) {
    const span = ws.slice(at, at + n);
    if (!span.every((w) => w.cap && !w.punct)) continue;
    const key = people.resolve(span.map((w) => w.lower).join(' '), entryKeys);
    if (key !== undefined) return anyone || entryKeys.includes(key) ? { key, end: at + n - 1 } : undefined;
  }
  return undefined;
}

const endsPhrase = (w: Word | undefined) => w === undefined || w.punct;
/** "Dean, the apprentice, and Karen": a list of people at `at` (a comma, then "and" or "or"), not an apposition. */
const listGoesOn = (ws: readonly Word[], at: number) =>
  ws[at]?.lower === ',' && (ws[at + 1]?.lower === 'and' || ws[at + 1]?.lower === 'or');

/**
 * Roles one text introduces for its entry's people: "Dean, my brother-in-law," → `brother in law` → dean. In
 * words someone else says (`own` false), "my"/"our" are that speaker's, and introduce nothing.
 */
function introductions(
  ws: readonly Word[],
  people: PeopleIndex,
  entryKeys: readonly string[],
  own = true,
): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i < ws.length; i++) {
    const name = nameAt(ws, i, people, entryKeys);
    if (name !== undefined) {
      // "Dean, my brother-in-law," / "Graham (senior partner)" / "Phil is the site manager."
      let k = name.end + 1;
      const sep = ws[k]?.lower;
      if (sep === ',' || sep === '(' || VERBS_OF_BEING.has(sep ?? '')) {
        k++;
        const det = DETERMINERS.has(ws[k]?.lower ?? '');
        if (det && !own && OWN.has(ws[k]!.lower)) {
          i = name.end;
          continue;
        }
        if (det) k++;
        const role = det || sep === '(' || sep === ',' ? roleAt(ws, k) : undefined;
        if (role !== undefined && endsPhrase(ws[role.end + 1]) && !listGoesOn(ws, role.end + 1))
          out.push([role.key, name.key]);
      }
      i = name.end;
      continue;
    }
    // "my wife Karen", "my wife, Karen,", "the site manager, Phil,".
    if (!DETERMINERS.has(ws[i]!.lower) || (!own && OWN.has(ws[i]!.lower))) continue;
    const role = roleAt(ws, i + 1);
    if (role === undefined || ws[role.end]!.poss) continue;
    let k = role.end + 1;
    const comma = ws[k]?.lower === ',';
    if (comma) k++;
    const named = nameAt(ws, k, people, entryKeys);
    if (named !== undefined && !(comma && listGoesOn(ws, named.end + 1))) out.push([role.key, named.key]);
  }
  return out;
}

/** "Dean: …" at the start of a line of the context: words Dean says (the writer's own start "Me:"). */
const SPEAKER = /^\s*(\p{L}[\p{L}\p{M} .'\u2019-]{0,40}?)\s*:\s/u;
const WRITER = new Set(['me', 'i', 'myself']);

/**
 * Roles an entry's context introduces, line by line: a line someone else says keeps their "my" theirs. `memo`
 * keeps what a line with the same people introduced (a journal repeats its openings: "At dinner with my sister").
 */
function contextIntroductions(
  context: string,
  people: PeopleIndex,
  entryKeys: readonly string[],
  memo: Map<string, Array<[string, string]>>,
): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const line of context.split('\n')) {
    if (!mayHaveRole(line)) continue;
    const key = `${line}\u0000${entryKeys.join('\u0001')}`;
    let found = memo.get(key);
    if (found === undefined) {
      const speaker = SPEAKER.exec(line)?.[1];
      const own = speaker === undefined || WRITER.has(speaker.toLowerCase());
      found = introductions(words(line), people, entryKeys, own);
      if (memo.size < READS_MAX) memo.set(key, found);
    }
    out.push(...found);
  }
  return out;
}

/** The role a tag is, the whole tag ("general manager", "the union rep"; any case): its key, else undefined. */
function roleOfTag(tag: string): string | undefined {
  if (!mayHaveRole(tag)) return undefined;
  const ws = words(tag.toLowerCase());
  const at = DETERMINERS.has(ws[0]?.lower ?? '') ? 1 : 0;
  const role = roleAt(ws, at);
  return role !== undefined && role.end === ws.length - 1 ? role.key : undefined;
}

/** One statement or text of an entry, as the role book learns from it. */
export interface RoleSource {
  entryId: number;
  text: string;
  people: readonly string[];
  /** The entry's other answers (situation, dialogue, data; a line each): read for introductions only. */
  context?: string;
  /** The entry's tags: a tag that is a role is evidence (c). */
  tags?: readonly string[];
}

/**
 * Learns the journal's roles from its statements (and their entries' other answers, where given). `people` must
 * hold every person of `sources`. Deterministic: the same sources in any order learn the same book.
 */
export function learnRoles(sources: readonly RoleSource[], people: PeopleIndex): RoleBook {
  return new RoleLearner(people).add(sources).book();
}

/**
 * What the statements read so far say about the journal's roles, added to as more are read (a bulk grouping
 * reads a journal run by run): each statement counts once, by its id.
 */
export class RoleLearner {
  private readonly introduced = new Map<string, Set<string>>();
  /** Per role, the entries whose statements use it, and the people all of them list. */
  private readonly used = new Map<string, Shared>();
  /** Per role, the entries tagged with it, and the people all of them list. */
  private readonly tagged = new Map<string, Shared>();
  private readonly denied = new Map<string, Set<string>>();
  /** Roles written together in one statement: two people ("the director takes it to the producer"). */
  private readonly apart: string[][] = [];
  private readonly seen = new Set<number | string>();
  private readonly reads = new Map<string, Read>();
  private readonly lines = new Map<string, Array<[string, string]>>();
  /** The context read last for each entry. */
  private readonly contexts = new Map<number, string>();
  private learned: RoleBook | undefined;

  constructor(private readonly people: PeopleIndex = new PeopleIndex()) {}

  /** Whether a tag is a role (evidence (c)): only those are worth reading. */
  isRoleTag(tag: string): boolean {
    return roleOfTag(tag) !== undefined;
  }

  /**
   * Reads `sources` not read before. `contexts`, where given, supplies the context of the entries (by id) whose
   * statements among them may use a role and come without one: a caller with a big journal reads only those.
   */
  add(
    sources: ReadonlyArray<RoleSource & { id?: number }>,
    contexts?: (entryIds: number[]) => ReadonlyMap<number, string>,
  ): this {
    const wanting = new Set<number>();
    const fresh = sources.filter((s) => {
      // A quick test before any work: most statements name no role.
      const uses = mayHaveRole(s.text);
      if (
        !uses &&
        (s.context === undefined || !mayHaveRole(s.context)) &&
        (s.tags === undefined || !s.tags.some(mayHaveRole))
      )
        return false;
      // Without an id (an entry being written), what it holds: a draft's later context is read again.
      const key = s.id ?? [s.entryId, s.text, s.context ?? '', ...(s.tags ?? [])].join('\u0000');
      if (this.seen.has(key)) return false;
      this.seen.add(key);
      if (uses && s.context === undefined) wanting.add(s.entryId);
      return true;
    });
    const read = contexts !== undefined && wanting.size > 0 ? contexts([...wanting]) : undefined;
    for (const s of fresh) this.people.addAll(s.people);
    for (const s of fresh) {
      const context = s.context === undefined ? read?.get(s.entryId) : undefined;
      this.read(context === undefined ? s : { ...s, context });
    }
    if (fresh.length > 0) this.learned = undefined;
    return this;
  }

  private read(s: RoleSource): void {
    const people = this.people;
    const entryKeys = s.people.map((n) => people.add(n).key);
    // A wording written again with the same people teaches the same (a journal repeats its sentences).
    const memo = `${s.text}\u0000${entryKeys.join('\u0001')}`;
    let found = this.reads.get(memo);
    if (found === undefined) {
      found = readStatement(words(s.text), people, entryKeys);
      if (this.reads.size < READS_MAX) this.reads.set(memo, found);
    }
    // Each entry's context once (again when it changed: the entry being written), however many statements it has.
    if (s.context !== undefined && this.contexts.get(s.entryId) !== s.context) {
      this.contexts.set(s.entryId, s.context);
      for (const [role, key] of contextIntroductions(s.context, people, entryKeys, this.lines))
        addTo(this.introduced, role, key);
    }
    const tags = `\u0001${s.entryId}`;
    if (s.tags !== undefined && s.tags.length > 0 && !this.seen.has(tags)) {
      this.seen.add(tags);
      for (const role of new Set(s.tags.map(roleOfTag)))
        if (role !== undefined) share(this.tagged, role, s.entryId, entryKeys);
    }
    const { intros, roles, named } = found;
    for (const [role, key] of intros) addTo(this.introduced, role, key);
    if (roles.length === 0) return;
    if (new Set(roles).size > 1) this.apart.push([...new Set(roles)]);
    for (const role of roles) {
      if (intros.some(([r]) => r === role)) continue;
      share(this.used, role, s.entryId, entryKeys);
      for (const key of named) addTo(this.denied, role, key);
    }
  }

  book(): RoleBook {
    if (this.learned !== undefined) return this.learned;
    const book = new Map<string, string>();
    for (const role of new Set([...this.introduced.keys(), ...this.used.keys(), ...this.tagged.keys()])) {
      const said = this.introduced.get(role);
      const use = this.used.get(role);
      const tag = this.tagged.get(role);
      let who: string[] | undefined;
      if (said !== undefined) who = [...said];
      else if (use !== undefined && use.entries.size >= 2) who = use.common;
      // A tag on entries that share no one is a topic ("manager" on 1:1s with several people), not evidence.
      if (tag !== undefined && tag.entries.size >= 2 && tag.common.length > 0) {
        const tagWho = tag.common;
        who = who === undefined ? tagWho : who.filter((k) => tagWho.includes(k));
      }
      if (who === undefined) continue;
      const no = this.denied.get(role);
      who = who.filter((k) => no?.has(k) !== true);
      if (who.length === 1) book.set(role, who[0]!);
    }
    // Two roles of one statement that came out as one person: the journal contradicts itself, so neither is kept.
    const clash = new Set<string>();
    for (const roles of this.apart)
      for (const a of roles)
        for (const b of roles) if (a !== b && book.has(a) && book.get(a) === book.get(b)) clash.add(a);
    for (const role of clash) book.delete(role);
    this.learned = new RoleBook(book);
    return this.learned;
  }
}

/** What one statement says about roles: those it introduces, those it uses, and the people it names. */
interface Read {
  intros: Array<[string, string]>;
  roles: string[];
  named: Set<string>;
}
const READS_MAX = 20_000;

function readStatement(ws: readonly Word[], people: PeopleIndex, entryKeys: readonly string[]): Read {
  const intros = introductions(ws, people, entryKeys);
  const roles: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!DETERMINERS.has(ws[i]!.lower)) continue;
    const role = roleAt(ws, i + 1);
    if (role === undefined) continue;
    roles.push(role.key);
    i = role.end;
  }
  const named = new Set<string>();
  if (roles.length > 0)
    for (let i = 0; i < ws.length; i++) {
      const name = nameAt(ws, i, people, entryKeys, true);
      if (name === undefined) continue;
      named.add(name.key);
      i = name.end;
    }
  return { intros, roles, named };
}

/** The entries that use a role (or carry it as a tag), and the people all of them list. */
interface Shared {
  entries: Set<number>;
  common: string[];
}

function share(m: Map<string, Shared>, role: string, entryId: number, entryKeys: readonly string[]): void {
  const seen = m.get(role);
  if (seen === undefined) m.set(role, { entries: new Set([entryId]), common: [...entryKeys] });
  else if (!seen.entries.has(entryId)) {
    seen.entries.add(entryId);
    seen.common = seen.common.filter((k) => entryKeys.includes(k));
  }
}

function addTo(m: Map<string, Set<string>>, role: string, key: string): void {
  const set = m.get(role) ?? new Set<string>();
  set.add(key);
  m.set(role, set);
}

const HEAD_TEST = new RegExp(`\\b(?:${[...HEADS].join('|')})\\b|\\bin[- ]law\\b`, 'i');

/** Whether a text may hold a role phrase (a quick test on its words; false is certain). */
function mayHaveRole(text: string): boolean {
  return HEAD_TEST.test(text);
}

/** A sentence's word as the role book reads it. */
export interface RoleToken {
  lower: string;
  punct: boolean;
  cap: boolean;
  poss?: boolean;
}

/** What the journal's roles stand for: a role phrase's words (no determiner) → a person's key. */
export class RoleBook {
  private readonly longest: number;

  constructor(private readonly roles: ReadonlyMap<string, string> = new Map()) {
    let longest = 0;
    for (const r of roles.keys()) longest = Math.max(longest, r.split(' ').length);
    this.longest = longest;
  }

  get size(): number {
    return this.roles.size;
  }

  /**
   * The person the role phrase after a determiner at `at` in `lowers` stands for, with the phrase's last index;
   * `lowers` are a sentence's words, lower case. Longest phrase first.
   */
  resolve(tokens: ReadonlyArray<RoleToken>, at: number): { key: string; end: number } | undefined {
    if (this.longest === 0) return undefined;
    for (let n = Math.min(this.longest, tokens.length - at - 1); n >= 1; n--) {
      const span = tokens.slice(at + 1, at + 1 + n);
      if (span.some((t) => t.punct)) continue;
      const key = this.roles.get(span.map((t) => t.lower).join(' '));
      if (key === undefined) continue;
      // "the site manager job" names a job, not the site manager.
      const next = tokens[at + n + 1];
      if (
        span.at(-1)!.poss !== true &&
        next !== undefined &&
        !next.punct &&
        !next.cap &&
        nounOnly(next.lower)
      )
        return undefined;
      return { key, end: at + n };
    }
    return undefined;
  }

  /** Equal for two books that resolve every phrase alike. */
  signature(): string {
    return [...this.roles]
      .map(([r, k]) => `${r}\u0001${k}`)
      .sort()
      .join('\u0002');
  }

  entries(): Array<[string, string]> {
    return [...this.roles].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

/** How many words from a determiner a role phrase may take: "the" + two modifiers + "brother in law". */
export const ROLE_SPAN = 1 + MODIFIERS_MAX + 3;

/**
 * Whether the words at `at` may open a role phrase: a determiner with a role's head among the next words. A
 * property of the words alone (whatever the journal's roles), so an analysis asks about roles, and records
 * asking, in the same places for every journal.
 */
export function mayBeRole(tokens: ReadonlyArray<RoleToken>, at: number): boolean {
  if (!DETERMINERS.has(tokens[at]!.lower)) return false;
  for (let k = at + 1; k < at + ROLE_SPAN && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.punct) return false;
    if (HEADS.has(t.lower) || t.lower === 'law') return true;
  }
  return false;
}
