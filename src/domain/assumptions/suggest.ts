import { analyse, type Shape } from './normalize.js';
import { PeopleIndex } from './people.js';
import { compare } from './similarity.js';
import type { StatementInput, Suggestion } from './types.js';

/** Lower than the grouping threshold: a suggestion costs one keypress to dismiss. */
const SUGGEST_THRESHOLD = 0.3;

/**
 * Earlier statements, analysed once, with an inverted index by predicate and topic, so a suggestion compares
 * the new statement with a few dozen candidates instead of the whole journal.
 */
export class StatementIndex {
  private readonly people = new PeopleIndex();
  private readonly shapes: Array<{ id: number; shape: Shape }> = [];
  private readonly index = new Map<string, number[]>();

  constructor(statements: readonly StatementInput[] = []) {
    for (const s of statements) this.people.addAll(s.people);
    for (const s of [...statements].sort((a, b) => a.id - b.id)) this.add(s);
  }

  get size(): number {
    return this.shapes.length;
  }

  add(s: StatementInput): void {
    this.people.addAll(s.people);
    const shape = analyse(s.text, s.people, this.people);
    const at = this.shapes.length;
    this.shapes.push({ id: s.id, shape });
    for (const k of keysOf(shape)) {
      const list = this.index.get(k) ?? [];
      list.push(at);
      this.index.set(k, list);
    }
  }

  /** Up to `limit` statements most likely to be the same assumption (or its opposite), best first. */
  suggest(text: string, people: readonly string[], limit = 3): Suggestion[] {
    const shape = analyse(text, people, this.people);
    const seen = new Set<number>();
    const out: Suggestion[] = [];
    for (const k of keysOf(shape)) {
      for (const at of this.index.get(k) ?? []) {
        if (seen.has(at)) continue;
        seen.add(at);
        const c = this.shapes[at]!;
        const r = compare(shape, c.shape);
        if (r.kind === 'different' || r.score < SUGGEST_THRESHOLD) continue;
        out.push({ id: c.id, score: Math.round(r.score * 1000) / 1000, opposite: r.kind === 'opposite' });
      }
    }
    return out
      .sort((a, b) => b.score - a.score || Number(a.opposite) - Number(b.opposite) || b.id - a.id)
      .slice(0, Math.max(0, limit));
  }
}

function keysOf(shape: Shape): string[] {
  return [...shape.preds.keys(), ...[...shape.topics].filter((t) => t.startsWith('c:'))];
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
