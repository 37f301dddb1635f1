import { analyseAll } from './group.js';
import { Learned } from './learned.js';
import { analyse, type Shape } from './normalize.js';
import { PeopleIndex } from './people.js';
import { type RoleBook, RoleLearner } from './roles.js';
import { compare, kinKeys } from './similarity.js';
import type { StatementInput, Suggestion } from './types.js';

/** Lower than the grouping threshold: a suggestion costs one keypress to dismiss. */
const SUGGEST_THRESHOLD = 0.3;
/** A statement of a group the person made ranks this much higher: the person has vouched for that group. */
const CONFIRMED_BONUS = 0.05;
/**
 * Statements about the same people are candidates too (an opposite in other words shares no predicate: "is
 * hopeful about the hotel" / "has written the hotel off"), but only the most recent this many per person: a
 * journal may hold thousands about one colleague, and a suggestion must stay a lookup.
 */
const PEOPLE_TAIL = 200;

/** The person's own groups and pairs of them marked opposite (see learned.ts). */
export interface SuggestTeaching {
  groups: StatementInput[][];
  opposites: Array<[number, number]>;
}

/**
 * Earlier statements, analysed once, with an inverted index by predicate and topic, so a suggestion compares
 * the new statement with a few dozen candidates instead of the whole journal.
 */
export class StatementIndex {
  private readonly people = new PeopleIndex();
  private readonly roles = new RoleLearner(this.people);
  private readonly shapes: Array<{ id: number; shape: Shape }> = [];
  private readonly index = new Map<string, number[]>();
  /**
   * What the person's groups teach, read with the roles the statements are read with (see `learned`): made when
   * first needed, again when the roles have changed since.
   */
  private taught: { book: RoleBook; roles: string; learned: Learned | undefined } | undefined;
  /** Ids of statements in groups the person made. */
  private readonly confirmed = new Set<number>();

  constructor(
    statements: readonly StatementInput[] = [],
    private readonly teaching?: SuggestTeaching,
  ) {
    if (teaching !== undefined)
      for (const g of teaching.groups) if (g.length > 1) for (const s of g) this.confirmed.add(s.id);
    for (const s of statements) this.people.addAll(s.people);
    this.teachRoles(statements);
    for (const s of [...statements].sort((a, b) => a.id - b.id)) this.add(s);
  }

  get size(): number {
    return this.shapes.length;
  }

  /**
   * Learns the journal's roles (roles.ts) from statements before they are added, so that earlier statements are
   * read with what later ones teach; a statement added learns them too. `contexts`: see RoleLearner.add.
   */
  teachRoles(
    statements: readonly StatementInput[],
    contexts?: (entryIds: number[]) => ReadonlyMap<number, string>,
  ): void {
    this.roles.add(statements, contexts);
    this.people.setRoles(this.roles.book());
  }

  /**
   * Learns the roles an entry teaches by its context and tags (roles.ts) without adding a statement: the entry
   * being written, whose situation and dialogue come before its assumptions.
   */
  teachEntry(entry: Pick<StatementInput, 'entryId' | 'people' | 'context' | 'tags'>): void {
    this.people.addAll(entry.people);
    this.roles.add([{ ...entry, text: '' }]);
    this.people.setRoles(this.roles.book());
  }

  /**
   * The teaching, read with the journal's roles as learned so far (a link through a role teaches as the same link
   * by name does): a caller teaches the roles before adding statements, so statements indexed earlier rarely hold
   * keys of an older reading.
   */
  private get learned(): Learned | undefined {
    if (this.teaching === undefined) return undefined;
    const book = this.roles.book();
    if (this.taught?.book === book) return this.taught.learned;
    const roles = book.signature();
    if (this.taught?.roles === roles) this.taught.book = book;
    else {
      const flat = this.teaching.groups.flat();
      const shapes = analyseAll(flat, flat, book);
      let at = 0;
      const groups = this.teaching.groups.map((g) => g.map(() => shapes[at++]!));
      const learned = new Learned({ groups, opposites: this.teaching.opposites });
      this.taught = { book, roles, learned: learned.empty ? undefined : learned };
    }
    return this.taught.learned;
  }

  add(s: StatementInput): void {
    this.people.addAll(s.people);
    this.teachRoles([s]);
    const shape = analyse(s.text, s.people, this.people);
    const at = this.shapes.length;
    this.shapes.push({ id: s.id, shape });
    for (const k of this.keys(shape)) {
      const list = this.index.get(k) ?? [];
      list.push(at);
      this.index.set(k, list);
    }
  }

  /** Up to `limit` statements most likely to be the same assumption (or its opposite), best first. */
  suggest(text: string, people: readonly string[], limit = 3): Suggestion[] {
    const shape = analyse(text, people, this.people);
    const learned = this.learned;
    const seen = new Set<number>();
    const out: Suggestion[] = [];
    for (const k of this.keys(shape)) {
      const list = this.index.get(k) ?? [];
      const byPerson = k.startsWith('who:');
      for (let i = byPerson ? Math.max(0, list.length - PEOPLE_TAIL) : 0; i < list.length; i++) {
        const at = list[i]!;
        if (seen.has(at)) continue;
        seen.add(at);
        const c = this.shapes[at]!;
        const r = learned === undefined ? compare(shape, c.shape) : learned.compare(shape, c.shape);
        if (r.kind === 'different' || r.score < SUGGEST_THRESHOLD) continue;
        const bonus = r.kind === 'same' && this.confirmed.has(c.id) ? CONFIRMED_BONUS : 0;
        const score = Math.min(1, r.score + bonus);
        out.push({ id: c.id, score: Math.round(score * 1000) / 1000, opposite: r.kind === 'opposite' });
      }
    }
    return out
      .sort((a, b) => b.score - a.score || Number(a.opposite) - Number(b.opposite) || b.id - a.id)
      .slice(0, Math.max(0, limit));
  }

  /** Blocking keys, with the learned wordings a statement holds. */
  private keys(shape: Shape): string[] {
    const own = keysOf(shape);
    const taught = this.learned;
    if (taught === undefined) return own;
    const learned = [...taught.rewrite(shape).preds.keys()].filter((k) => k.startsWith('l:'));
    return learned.length === 0 ? own : [...own, ...learned];
  }
}

function keysOf(shape: Shape): string[] {
  // The people it names or its entry has (roles and pronouns stand for them), and the groups it names.
  const who = new Set<string>();
  for (const p of shape.entryPeople) who.add(`who:p:${p}`);
  for (const e of [shape.agent, shape.patient, shape.judged, ...shape.others])
    if (e !== null && (e.startsWith('p:') || (e.startsWith('g:') && e !== 'g:we')) && !e.startsWith('p:?'))
      who.add(`who:${e}`);
  return [
    ...who,
    ...shape.preds.keys(),
    ...kinKeys(shape.preds),
    ...[...shape.topics].filter((t) => t.startsWith('c:')),
  ];
}

/** One-off suggestion; callers that suggest repeatedly should keep a `StatementIndex`. */
export function suggestSimilar(
  text: string,
  people: string[],
  candidates: StatementInput[],
  limit = 3,
): Suggestion[] {
  return new StatementIndex(candidates).suggest(text, people, limit);
}
