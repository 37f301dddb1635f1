import type { GroupingEngine, PersonLink, StatementInput } from '../../src/domain/register.js';

/**
 * A test double of the grouping engine: statements with the same words (case and punctuation aside) are one
 * group; the person's 'same' links join groups, 'different' links are respected for exact matches.
 */
export const fakeEngine: GroupingEngine = {
  groupStatements(statements: StatementInput[], links: PersonLink[] = []) {
    const parent = new Map<number, number>(statements.map((s) => [s.id, s.id]));
    const find = (id: number): number => {
      const p = parent.get(id)!;
      if (p === id) return id;
      const root = find(p);
      parent.set(id, root);
      return root;
    };
    const different = new Set(
      links
        .filter((l) => l.relation === 'different')
        .map((l) => `${Math.min(l.a, l.b)}-${Math.max(l.a, l.b)}`),
    );
    const byKey = new Map<string, number>();
    for (const s of statements) {
      const key = normalise(s.text);
      const first = byKey.get(key);
      if (first === undefined) byKey.set(key, s.id);
      else if (!different.has(`${Math.min(first, s.id)}-${Math.max(first, s.id)}`))
        parent.set(find(s.id), find(first));
    }
    for (const l of links) if (l.relation === 'same') parent.set(find(l.b), find(l.a));
    const groups = new Map<number, number[]>();
    for (const s of statements) {
      const root = find(s.id);
      groups.set(root, [...(groups.get(root) ?? []), s.id]);
    }
    const list = [...groups.values()];
    const indexOf = (id: number) => list.findIndex((g) => g.includes(id));
    const opposites = links
      .filter((l) => l.relation === 'opposite')
      .map((l): [number, number] => [indexOf(l.a), indexOf(l.b)]);
    return { groups: list, opposites };
  },
  // Any statement the fake put with a group may join it, unless the person held it apart from a member.
  checkJoins(_statements, checks, links = []) {
    const apart = new Set(
      links.filter((l) => l.relation !== 'same').map((l) => `${Math.min(l.a, l.b)}-${Math.max(l.a, l.b)}`),
    );
    return checks.map((c) =>
      c.members.every((m) => !apart.has(`${Math.min(m, c.statement)}-${Math.max(m, c.statement)}`)),
    );
  },
  suggestSimilar(text, _people, candidates, limit = 3) {
    const words = new Set(normalise(text).split(' '));
    return candidates
      .map((c) => {
        const other = normalise(c.text).split(' ');
        const shared = other.filter((w) => words.has(w)).length;
        return { id: c.id, score: shared / Math.max(words.size, other.length), opposite: false };
      })
      .filter((s) => s.score > 0.3)
      .sort((a, b) => b.score - a.score || a.id - b.id)
      .slice(0, limit);
  },
};

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
