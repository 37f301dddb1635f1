import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinSets } from '../../src/prompt-catalog.js';
import {
  assignmentsForExport,
  entryIdsForAssignment,
  importAssignment,
  insertAssignment,
} from '../../src/store/assignments.js';
import { openStore, type Store } from '../../src/store/db.js';
import { getEntry } from '../../src/store/entries.js';
import { saveNewEntry } from '../../src/store/journal.js';
import { tempJournal } from '../helpers/cli.js';

describe('assignment store: the functions the export branch uses', () => {
  let journal: ReturnType<typeof tempJournal>;
  let store: Store;
  const checkIn = () => builtinSets().find((c) => c.set.id === 'check-in')!;
  const save = (now: string) =>
    saveNewEntry(
      store.db,
      {
        ...checkIn(),
        title: '',
        occurredAt: new Date(now),
        people: [],
        tags: [],
        answers: { what: `written ${now}` },
      },
      new Date(now),
    );

  beforeEach(() => {
    journal = tempJournal();
    store = openStore(journal.db);
  });
  afterEach(() => {
    store.close();
    journal.cleanup();
  });

  it('links entries to the assignment they completed, inside the saving transaction', () => {
    const id = insertAssignment(store.db, {
      setId: 'check-in',
      title: 'Quick check-in',
      from: 'Ana',
      note: null,
      every: 'day',
      count: 2,
      firstDue: '2026-11-24',
      origin: 'self',
      createdAt: '2026-11-24T09:00:00.000Z',
    });
    const first = save('2026-11-24T10:00:00+01:00');
    save('2026-11-24T11:00:00+01:00'); // same day: does not count twice
    const third = save('2026-11-25T10:00:00+01:00');
    save('2026-11-26T10:00:00+01:00'); // done 2 of 2 already
    expect(entryIdsForAssignment(store.db, id)).toEqual([first, third]);

    const exported = assignmentsForExport(store.db);
    expect(exported).toEqual([
      {
        id,
        set: 'check-in',
        title: 'Quick check-in',
        from: 'Ana',
        note: null,
        every: 'day',
        count: 2,
        firstDue: '2026-11-24',
        origin: 'self',
        createdAt: '2026-11-24T09:00:00.000Z',
        cancelledAt: null,
        completions: [
          { entry: getEntry(store.db, first)!.uuid, dueOn: '2026-11-24', completedOn: '2026-11-24' },
          { entry: getEntry(store.db, third)!.uuid, dueOn: '2026-11-25', completedOn: '2026-11-25' },
        ],
      },
    ]);
    expect(assignmentsForExport(store.db, [id + 1])).toEqual([]);

    // Importing into the same journal links the completions to the entries with those uuids.
    const copy = store.db.transaction(() => importAssignment(store.db, exported[0]!)).immediate();
    expect(copy).not.toBe(id);
    expect(entryIdsForAssignment(store.db, copy)).toEqual([]); // an entry completes one assignment only
  });
});
