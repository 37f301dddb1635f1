import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureGrouped, statementsWhere } from '../../src/store/assumptions.js';
import { openStore } from '../../src/store/db.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { fakeEngine } from '../helpers/fake-engine.js';
import { journalOfVersion, saveDay } from '../helpers/journal.js';

/** Schema 9 (perf8): the group index by time carries the link kind; the index by group and link kind is gone. */
const NOW = new Date('2026-11-24T10:00:00Z');
const SCHEMA_9 = MIGRATIONS.findIndex((m) => m.includes('DROP INDEX statements_by_group_link')) + 1;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reflect-perf8-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 0009: link kind in the group index by time (perf8)', () => {
  it('upgrades a grouped journal of schema 8 with its groups and links as they were', async () => {
    const path = join(dir, 'old.db');
    const old = journalOfVersion(path, SCHEMA_9 - 1);
    for (const day of [10, 11, 12])
      saveDay(old, day, day === 11 ? 'He is late again.' : 'She is testing me.', NOW);
    expect(await ensureGrouped(old, async () => fakeEngine, NOW)).toBe(3);
    const before = statementsWhere(old, '');
    old.close();

    const upgraded = openStore(path);
    try {
      expect(upgraded.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(statementsWhere(upgraded.db, '')).toEqual(before);
      const columns = upgraded.db
        .prepare("SELECT name FROM pragma_index_info('statements_by_group_time') ORDER BY seqno")
        .pluck()
        .all();
      expect(columns).toEqual(['group_id', 'occurred_at', 'id', 'linked_by']);
      expect(
        upgraded.db
          .prepare("SELECT name FROM pragma_index_info('statements_by_time') ORDER BY seqno")
          .pluck()
          .all(),
      ).toEqual(['occurred_at', 'entry_id', 'step_pos', 'item', 'group_id', 'linked_by']);
      expect(
        upgraded.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'statements_by_group_link'").get(),
      ).toBeUndefined();
      expect(upgraded.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      upgraded.close();
    }
  });
});
