import { genderOfFirstName } from './names.js';
import type { RoleBook, RoleToken } from './roles.js';

export type Gender = 'f' | 'm' | undefined;

export interface Person {
  /** Stable key shared by every spelling of the same person: the name without title, lower-case. */
  key: string;
  gender: Gender;
  /** Lower-case single words or word sequences that refer to this person when capitalised in a sentence. */
  aliases: string[];
}

const TITLES: Record<string, Gender> = {
  mr: 'm',
  mister: 'm',
  sir: 'm',
  lord: 'm',
  father: 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  madam: 'f',
  dame: 'f',
  lady: 'f',
  sister: 'f',
  dr: undefined,
  doctor: undefined,
  prof: undefined,
  professor: undefined,
  mx: undefined,
  chef: undefined,
  coach: undefined,
  judge: undefined,
  rev: undefined,
  captain: undefined,
  // Family and other titles before a name ("Uncle Kareem", "Auntie Grace", "Nurse Okoro").
  uncle: 'm',
  grandpa: 'm',
  grandad: 'm',
  aunt: 'f',
  auntie: 'f',
  aunty: 'f',
  grandma: 'f',
  granny: 'f',
  nan: 'f',
  nana: 'f',
  cousin: undefined,
  nurse: undefined,
  officer: undefined,
  sergeant: undefined,
  inspector: undefined,
  councillor: undefined,
  pastor: undefined,
  imam: undefined,
  rabbi: undefined,
};

export function isTitle(word: string): boolean {
  return Object.hasOwn(TITLES, word.toLowerCase().replace(/\.$/, ''));
}

/**
 * One spelling for matching: lower case, without accents or apostrophes ("Tomás" and "Tomas", "O'Brien" and
 * "OBrien" meet). Sentences go through the same folding (normalize.ts).
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '');
}

/** Parses a name as written in an entry's people ("Dr Okafor", "Priya Shah", "Mrs Hughes", "Anne-Marie"). */
export function parsePerson(name: string): Person {
  // A sentence splits "Anne-Marie" into two words, so the name does too.
  const words = name
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean);
  let gender: Gender;
  let rest = words;
  const first = words[0]?.toLowerCase().replace(/\.$/, '');
  if (first !== undefined && words.length > 1 && Object.hasOwn(TITLES, first)) {
    gender = TITLES[first];
    rest = words.slice(1);
  }
  const lower = rest.map(foldWord);
  if (gender === undefined && words.length === rest.length && lower[0] !== undefined) {
    gender = genderOfFirstName(lower[0]);
  }
  const key = lower.join(' ');
  const aliases = new Set<string>([key]);
  if (lower.length > 1) for (const w of lower) if (w.length > 1) aliases.add(w);
  return { key, gender, aliases: [...aliases] };
}

/** Names already parsed (a Person is never changed): every run of a bulk grouping adds the same people again. */
const PARSED = new Map<string, Person>();

/** Resolves people across a whole journal: an alias used by exactly one person anywhere is that person. */
export class PeopleIndex {
  private readonly byAlias = new Map<string, Set<string>>();
  private readonly persons = new Map<string, Person>();
  private longestAlias = 1;
  private roles: RoleBook | undefined;

  /** The journal's roles (roles.ts): "my brother-in-law" may then be a person. */
  setRoles(book: RoleBook): void {
    this.roles = book.size === 0 ? undefined : book;
  }

  /** The person a role phrase after the determiner at `at` stands for, if the journal says so (see RoleBook). */
  role(tokens: ReadonlyArray<RoleToken>, at: number): { key: string; end: number } | undefined {
    return this.roles?.resolve(tokens, at);
  }

  addAll(names: readonly string[]): void {
    for (const n of names) this.add(n);
  }

  add(name: string): Person {
    let p = PARSED.get(name);
    if (p === undefined) {
      p = parsePerson(name);
      if (PARSED.size < 10_000) PARSED.set(name, p);
    }
    const known = this.persons.get(p.key);
    if (known !== undefined) return known;
    this.persons.set(p.key, p);
    for (const a of p.aliases) {
      this.longestAlias = Math.max(this.longestAlias, a.split(' ').length);
      const set = this.byAlias.get(a) ?? new Set<string>();
      set.add(p.key);
      this.byAlias.set(a, set);
    }
    return p;
  }

  person(key: string): Person | undefined {
    return this.persons.get(key);
  }

  /** The person a (lower-case) alias refers to, preferring the entry's own people when ambiguous. */
  resolve(alias: string, entryKeys: readonly string[]): string | undefined {
    const keys = this.byAlias.get(alias);
    if (keys === undefined) return undefined;
    if (keys.size === 1) return [...keys][0];
    const local = entryKeys.filter((k) => keys.has(k));
    return local.length === 1 ? local[0] : undefined;
  }

  /**
   * What analysing a sentence can learn from this index, as one string: two indexes with the same signature
   * resolve every name alike. A person is their key and gender (the aliases follow from the key), and the
   * order people were added in matters to no lookup.
   */
  signature(): string {
    const persons = [...this.persons.values()]
      .map((p) => `${p.key}\u0001${p.gender ?? ''}`)
      .sort()
      .join('\u0002');
    return this.roles === undefined || this.roles.size === 0
      ? persons
      : `${persons}\u0003${this.roles.signature()}`;
  }

  /** Longest alias length in words, for matching multi-word names. */
  maxAliasWords(): number {
    return this.longestAlias;
  }
}

/**
 * "he"/"she" → the one person of that gender among the entry's people when no one else's gender is unknown; when
 * there is none of that gender, the one person whose gender is unknown ("Dr Okafor"). Otherwise unresolved.
 */
export function resolvePronoun(gender: 'f' | 'm', entryPeople: readonly Person[]): string | undefined {
  const same = entryPeople.filter((p) => p.gender === gender);
  const unknown = entryPeople.filter((p) => p.gender === undefined);
  // One of that gender beside someone whose gender no name table knows ("Bethan", "Mei") may be either: left to the
  // entry's candidates (`maybe`), as two of that gender are (session 10, recall10).
  if (same.length === 1) return unknown.length === 0 ? same[0]?.key : undefined;
  if (same.length > 1) return undefined;
  return unknown.length === 1 ? unknown[0]?.key : undefined;
}
