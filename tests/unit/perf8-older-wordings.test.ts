import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OLDER_SCANNED, OLDER_WORDINGS, OlderWordings } from '../../src/store/older-wordings.js';

/**
 * holdBackMisfits checks a statement joining a group against the group's latest wordings. A bulk grouping keeps
 * them in memory through a transaction and adds each run's placements to them, instead of reading them again
 * for every run: the result must be the one this query (the one that read them before) gives at any point.
 */
const REFERENCE = `SELECT id, max(occurred_at) AS latest FROM (SELECT id, text, occurred_at FROM statements
    WHERE group_id = @group AND linked_by IS NOT NULL ORDER BY occurred_at DESC, id DESC LIMIT @scanned)
  GROUP BY text ORDER BY latest DESC, id DESC LIMIT @wordings`;

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.exec(`CREATE TABLE statements (id INTEGER PRIMARY KEY, group_id INTEGER, linked_by TEXT, text TEXT NOT NULL,
    occurred_at TEXT NOT NULL);
    CREATE INDEX statements_by_group_time ON statements (group_id, occurred_at)`);
});
afterEach(() => db.close());

/** A small deterministic generator: many ties in time and text, so the choice among equals is exercised. */
function prng(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
}

const reference = (group: number) =>
  (
    db.prepare(REFERENCE).all({ group, scanned: OLDER_SCANNED, wordings: OLDER_WORDINGS }) as Array<{
      id: number;
    }>
  ).map((r) => r.id);

describe('older wordings of a group (perf8)', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('reads what the query read, ties included (seed %i)', (seed) => {
    const random = prng(seed);
    const insert = db.prepare(
      'INSERT INTO statements (id, group_id, linked_by, text, occurred_at) VALUES (?, ?, ?, ?, ?)',
    );
    const used = new Set<number>();
    for (let i = 0; i < 40 + random(200); i++) {
      let id: number;
      do id = 1 + random(2000);
      while (used.has(id));
      used.add(id);
      const day = String(random(1 + random(40))).padStart(3, '0');
      insert.run(id, 1 + random(3), random(10) === 0 ? null : 'auto', `t${random(1 + random(20))}`, day);
    }
    const older = new OlderWordings(db);
    for (const group of [1, 2, 3, 4]) expect(older.of(group)).toEqual(reference(group));
  });

  it.each([1, 2, 3, 4, 5, 6])('keeps up with the placements of run after run (seed %i)', (seed) => {
    const random = prng(seed);
    const insert = db.prepare(
      'INSERT INTO statements (id, group_id, linked_by, text, occurred_at) VALUES (?, NULL, NULL, ?, ?)',
    );
    for (let id = 1; id <= 3000; id++)
      insert.run(id, `t${random(1 + random(30))}`, String(random(900)).padStart(4, '0'));
    const place = db
      .prepare(
        `UPDATE statements SET group_id = ?, linked_by = 'auto' WHERE id = ?
         RETURNING group_id, id, text, occurred_at`,
      )
      .raw();
    const older = new OlderWordings(db);
    const waiting = Array.from({ length: 3000 }, (_, i) => i + 1);
    while (waiting.length > 0) {
      // A run places a random batch (not in time order: a backlog of old entries lands between newer ones).
      const run = waiting.splice(0, 1 + random(400));
      for (const group of [1, 2, 3, 4, 5]) if (random(2) === 0) older.of(group);
      older.joined(
        run.map(
          (id) => place.get(1 + random(5), id) as [group: number, id: number, text: string, at: string],
        ),
      );
      for (const group of [1, 2, 3, 4, 5]) expect(older.of(group)).toEqual(reference(group));
    }
  });

  it('forgets everything when cleared (another process may write between transactions)', () => {
    db.exec(
      "INSERT INTO statements VALUES (1, 1, 'auto', 'a', '001'), (2, 1, 'auto', 'b', '002'), (3, 1, NULL, 'c', '003')",
    );
    const older = new OlderWordings(db);
    expect(older.of(1)).toEqual([2, 1]);
    db.exec("UPDATE statements SET linked_by = 'person' WHERE id = 3");
    expect(older.of(1)).toEqual([2, 1]);
    older.clear();
    expect(older.of(1)).toEqual([3, 2, 1]);
  });
});
