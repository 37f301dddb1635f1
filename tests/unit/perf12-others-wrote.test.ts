import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, othersWrote, type Store, type WriteWatch } from '../../src/store/db.js';

/**
 * The grouping keeps what it read (groups' older wordings, statements' texts) from one transaction to the next
 * while only its own connection writes: `othersWrote` must see every other process's commit and none of its own.
 */
describe('othersWrote (perf12)', () => {
  let dir: string;
  let own: Store;
  let other: Store;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'reflect-others-wrote-'));
    own = openStore(join(dir, 'journal.db'));
    other = openStore(join(dir, 'journal.db'));
  });
  afterEach(() => {
    other.close();
    own.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const write = (store: Store, name: string) =>
    store.db.transaction(() => store.db.prepare('INSERT INTO tags (name) VALUES (?)').run(name)).immediate();

  it('answers true at first, then only after another connection committed', () => {
    const watch: WriteWatch = {};
    expect(othersWrote(own.db, watch)).toBe(true);
    expect(othersWrote(own.db, watch)).toBe(false);
    write(own, 'mine');
    expect(othersWrote(own.db, watch)).toBe(false);
    write(other, 'theirs');
    expect(othersWrote(own.db, watch)).toBe(true);
    expect(othersWrote(own.db, watch)).toBe(false);
    // Asked inside its own write transaction, as the grouping does.
    write(other, 'theirs again');
    own.db.transaction(() => expect(othersWrote(own.db, watch)).toBe(true)).immediate();
  });
});
