import { builtinSets } from '../../src/prompt-catalog.js';
import { statementsWhere } from '../../src/store/assumptions.js';
import type { Store } from '../../src/store/db.js';
import { saveNewEntry } from '../../src/store/journal.js';

// Journals for the batched-grouping tests (store/assumptions.ts): entries a day apart, and the groups they end in.
const NOW = new Date('2026-11-24T10:00:00Z');
const lhc = builtinSets().find((c) => c.set.id === 'left-hand-column')!;

/** Saves a left-hand-column entry on day `day` of 2026 with these people and assumptions. */
export function saveDay(store: Store, day: number, people: string[], assumptions: string[]): void {
  saveNewEntry(
    store.db,
    {
      ...lhc,
      title: `Day ${day}`,
      occurredAt: new Date(Date.UTC(2026, 0, 1) + day * 86_400_000),
      people,
      tags: [],
      answers: { situation: 'A talk.', dialogue: [{ said: 'Hi', unsaid: '' }], assumptions },
    },
    NOW,
  );
}

/** The journal's groups as lists of texts, in the order of their first statements. */
export function groupTexts(store: Store): string[][] {
  const byGroup = new Map<number, string[]>();
  for (const s of statementsWhere(store.db, ''))
    byGroup.set(s.groupId!, [...(byGroup.get(s.groupId!) ?? []), s.text]);
  return [...byGroup.values()];
}
