import { findSet } from '../../src/prompt-catalog.js';
import { openStore } from '../../src/store/db.js';
import { saveNewEntry } from '../../src/store/journal.js';

export interface SeedEntry {
  /** Local time (tests run in Europe/Amsterdam), e.g. '2026-11-20T09:15'. */
  date: string;
  title?: string;
  set?: string;
  people?: string[];
  tags?: string[];
  starred?: boolean;
  /** Step id → answer; defaults to a free-form `entry` answer made of the title. */
  answers?: Record<string, unknown>;
}

/** A ladder-of-inference entry with these people and assumptions, titled by its day ("Talk 11-16"). */
export function ladderEntry(
  date: string,
  assumptions: string[],
  people: string[],
  situation = 'A talk.',
): SeedEntry {
  return {
    date,
    set: 'ladder-of-inference',
    title: `Talk ${date.slice(5, 10)}`,
    people,
    answers: { situation, assumptions },
  };
}

/** Writes entries straight through the store layer (fast; no process per entry). Returns their ids. */
export function seed(dbPath: string, entries: SeedEntry[]): number[] {
  const store = openStore(dbPath);
  try {
    return entries.map((entry) => {
      const catalog = findSet(store.db, entry.set ?? 'freeform');
      const id = saveNewEntry(
        store.db,
        {
          set: catalog.set,
          source: catalog.source,
          yaml: catalog.yaml,
          title: entry.title ?? '',
          occurredAt: new Date(entry.date),
          people: entry.people ?? [],
          tags: entry.tags ?? [],
          answers: (entry.answers ?? { entry: entry.title ?? 'an entry' }) as never,
        },
        new Date('2026-11-24T09:00:00Z'),
      );
      if (entry.starred) store.db.prepare('UPDATE entries SET starred = 1 WHERE id = ?').run(id);
      return id;
    });
  } finally {
    store.close();
  }
}
