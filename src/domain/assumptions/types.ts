export interface StatementInput {
  /** Statement row id. */
  id: number;
  entryId: number;
  /** Exactly as written. */
  text: string;
  /** The entry's people, e.g. ["Dr Okafor", "Joanne"]. */
  people: string[];
  /**
   * The entry's other answers as text (situation, dialogue, data: `contextOf` in domain/statements.ts), where the
   * caller has them: read only for the roles it introduces ("Dean, my brother-in-law, …": roles.ts).
   */
  context?: string;
  /** The entry's tags, where the caller has them: read only for roles ("general manager": roles.ts). */
  tags?: readonly string[];
}

/** A link made by the person; authoritative over anything automatic. */
export interface PersonLink {
  a: number;
  b: number;
  relation: 'same' | 'opposite' | 'different';
}

export interface Grouping {
  /** Statement ids; every input id in exactly one group (singletons included). */
  groups: number[][];
  /** Index pairs into `groups` that contradict each other. */
  opposites: Array<[number, number]>;
}

export interface Suggestion {
  id: number;
  /** 0..1 */
  score: number;
  opposite: boolean;
}
