import type { StatementIndex, StatementInput } from '../../domain/assumptions/index.js';
import {
  entryContexts,
  personTeaching,
  recentStatements,
  type StatementRow,
} from '../../store/assumptions.js';
import type { Db } from '../../store/db.js';

/** An earlier statement shown while writing: "is this the same assumption?" */
export interface ShownSuggestion {
  statementId: number;
  groupId: number | null;
  text: string;
  date: string;
  title: string;
  entryId: number;
  score: number;
  opposite: boolean;
}

/** How many earlier statements link-as-you-write compares with: the most recent ones. */
export const SUGGEST_CANDIDATES = 20_000;
const CHUNK = 500;

/**
 * The index behind link-as-you-write: earlier statements analysed once, so each suggestion is a lookup.
 * Built in chunks that yield to the event loop, so prompts stay responsive while it loads.
 */
export class Suggester {
  private constructor(
    private readonly index: StatementIndex,
    private readonly rows: Map<number, StatementRow>,
  ) {}

  static async build(db: Db, limit = SUGGEST_CANDIDATES): Promise<Suggester> {
    const { StatementIndex } = await import('../../domain/assumptions/index.js');
    // Newest first, each wording once (a repeated sentence would only crowd out other suggestions), then
    // indexed oldest first as the engine expects.
    const seen = new Set<string>();
    const rows = recentStatements(db, limit)
      .filter((row) => {
        const key = row.text.trim().toLowerCase();
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .reverse();
    // The person's own groups teach the index their wordings and rank their statements up.
    const index = new StatementIndex([], personTeaching(db));
    // Roles are learned from the rows' tags, and from the context of the entries whose statements may use one.
    index.teachRoles(rows, (ids) => entryContexts(db, ids));
    for (let i = 0; i < rows.length; i += CHUNK) {
      for (const row of rows.slice(i, i + CHUNK)) index.add(row);
      if (i + CHUNK < rows.length) await new Promise((resolve) => setImmediate(resolve));
    }
    // One throw-away lookup compiles the comparison code now, in the background, not on the first real one.
    if (rows[0]) index.suggest(rows[0].text, rows[0].people, 1);
    return new Suggester(index, new Map(rows.map((r) => [r.id, r])));
  }

  get size(): number {
    return this.rows.size;
  }

  /**
   * Up to `limit` earlier statements, one per group, most likely the same assumption (or its opposite). `entry`:
   * the entry being written (its context and tags so far), which may say who a role is.
   */
  suggest(
    text: string,
    people: readonly string[],
    limit = 3,
    entry?: Pick<StatementInput, 'entryId' | 'context' | 'tags'>,
  ): ShownSuggestion[] {
    if (entry !== undefined) this.index.teachEntry({ ...entry, people: [...people] });
    const shown: ShownSuggestion[] = [];
    const groups = new Set<string>();
    // At equal scores, "the same" before "the opposite": it is the likelier answer.
    const ranked = this.index
      .suggest(text, people, limit * 4)
      .sort((a, b) => b.score - a.score || Number(a.opposite) - Number(b.opposite));
    for (const s of ranked) {
      const row = this.rows.get(s.id);
      if (!row) continue;
      const key = row.groupId === null ? `s${row.id}` : `g${row.groupId}`;
      if (groups.has(key)) continue;
      groups.add(key);
      shown.push({
        statementId: row.id,
        groupId: row.groupId,
        text: row.text,
        date: row.date,
        title: row.title,
        entryId: row.entryId,
        score: s.score,
        opposite: s.opposite,
      });
      if (shown.length === limit) break;
    }
    return shown;
  }
}
