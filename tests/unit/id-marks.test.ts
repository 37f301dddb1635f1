import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/db.js';
import { nextId } from '../../src/store/ids.js';
import { SCHEMA_VERSION } from '../../src/store/migrations/index.js';
import { journalOfVersion } from '../helpers/journal.js';

/** Migration 0012 seeds each id mark from the rows a journal holds, so an upgraded journal reuses no id from then on. */
describe('id marks of an upgraded journal', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'reflect-id-marks-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('start at the highest id in use (the trash counting for entries) and rise when the highest row goes', () => {
    const path = join(dir, 'old.db');
    const old = journalOfVersion(path, 11);
    old.exec(`
      INSERT INTO assumption_groups (id, origin, created_at) VALUES
        (1, 'person', '2026-11-01T00:00:00Z'), (2, 'person', '2026-11-01T00:00:00Z'), (3, 'person', '2026-11-01T00:00:00Z');
      INSERT INTO trash (id, uuid, snapshot, deleted_at) VALUES (7, 'u-7', '{}', '2026-11-20T00:00:00Z');`);
    old.close();

    const store = openStore(path);
    try {
      expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(store.db.pragma('foreign_key_check')).toEqual([]);
      expect(nextId(store.db, 'assumption_groups')).toBe(4);
      expect(nextId(store.db, 'entries')).toBe(8);
      expect(nextId(store.db, 'statements')).toBe(1);
      expect(nextId(store.db, 'drafts')).toBe(1);

      store.db.exec('DELETE FROM assumption_groups WHERE id = 3; DELETE FROM trash');
      expect(nextId(store.db, 'assumption_groups')).toBe(4);
      expect(nextId(store.db, 'entries')).toBe(8);
    } finally {
      store.close();
    }
  });
});
