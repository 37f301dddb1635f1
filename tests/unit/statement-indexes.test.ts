import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureGrouped, statementsWhere } from '../../src/store/assumptions.js';
import { type Db, openStore, type Store } from '../../src/store/db.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/migrations/index.js';
import { fakeEngine } from '../helpers/fake-engine.js';
import { journalOfVersion, saveDay } from '../helpers/journal.js';

/**
 * The statements' indexes: every query over statements that the grouping and the reading rely on keeps its
 * index (query texts as in src/store/assumptions.ts), and none is kept that no query reads (each costs every
 * placement of a statement a b-tree write).
 */
const NOW = new Date('2026-11-24T10:00:00Z');

const QUERIES: Array<[name: string, sql: string, plan: RegExp]> = [
  [
    'waiting statements of a period',
    `SELECT s.id, s.occurred_at AS date FROM statements s
     WHERE (s.linked_by IS NULL OR s.group_id IS NULL) AND s.occurred_at >= @from AND s.occurred_at <= @to
     ORDER BY s.occurred_at, s.id`,
    /USING INDEX statements_pending_by_time/,
  ],
  [
    'placements of a period',
    `SELECT s.group_id AS groupId, s.entry_id AS entryId, s.occurred_at AS date FROM statements s
     WHERE s.occurred_at >= @from AND s.occurred_at <= @to ORDER BY s.occurred_at, s.entry_id, s.step_pos, s.item`,
    /USING COVERING INDEX statements_by_time/,
  ],
  [
    'placed statements around a run (the grouping)',
    `SELECT s.id, s.group_id, s.linked_by FROM statements s
     WHERE s.occurred_at >= @from AND s.occurred_at <= @to AND s.group_id IS NOT NULL AND s.linked_by IS NOT NULL
     ORDER BY s.occurred_at DESC, s.id DESC`,
    /USING COVERING INDEX statements_by_time/,
  ],
  [
    "a group's first sighting",
    'SELECT min(s.occurred_at) FROM statements s WHERE s.group_id = @g',
    /USING COVERING INDEX statements_by_group_time/,
  ],
  [
    "a group's earliest wording",
    'SELECT s.text FROM statements s WHERE s.group_id = @g ORDER BY s.occurred_at, s.id LIMIT 1',
    /^SEARCH s USING INDEX statements_by_group_time \(group_id=\?\)$/,
  ],
  [
    'a group not confirmed yet',
    "SELECT 1 FROM statements s WHERE s.group_id = @g AND s.linked_by = 'auto'",
    /USING COVERING INDEX statements_by_group_time/,
  ],
  [
    'a group with statements not placed',
    'SELECT 1 FROM statements s WHERE s.group_id = @g AND s.linked_by IS NULL',
    /USING COVERING INDEX statements_by_group_time/,
  ],
  [
    "a group's latest members (holdBackMisfits' older wordings)",
    `SELECT id, text, occurred_at FROM statements WHERE group_id = @g AND linked_by IS NOT NULL
     ORDER BY occurred_at DESC, id DESC LIMIT 64`,
    /^SEARCH statements USING INDEX statements_by_group_time \(group_id=\?\)$/,
  ],
  [
    "an entry's statements",
    'SELECT id, step_id, text FROM statements WHERE entry_id = @e ORDER BY step_pos, item',
    /USING INDEX statements_by_entry/,
  ],
];

function plan(db: Db, sql: string): string {
  return (
    db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ from: '', to: '\uffff', g: 1, e: 1 }) as Array<{
      detail: string;
    }>
  )
    .map((r) => r.detail)
    .join('\n');
}

function statementIndexes(db: Db): string[] {
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'statements' AND sql IS NOT NULL",
      )
      .all() as Array<{ name: string }>
  )
    .map((r) => r.name)
    .sort();
}

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reflect-indexes-'));
  store = openStore(join(dir, 'journal.db'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('statement indexes', () => {
  it('keeps the indexes the queries read, and no index only writers pay for', () => {
    expect(statementIndexes(store.db)).toEqual([
      'statements_by_entry',
      'statements_by_group_time',
      'statements_by_time',
      'statements_pending_by_time',
    ]);
  });

  it.each(QUERIES)('%s reads its index', (_name, sql, expected) => {
    expect(plan(store.db, sql)).toMatch(expected);
  });

  it('a journal of the previous schema with statements waiting upgrades, then groups and reads them', async () => {
    const path = join(dir, 'old.db');
    journalOfVersion(path, SCHEMA_VERSION - 1).close();
    const upgraded = openStore(path);
    try {
      expect(upgraded.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      for (const day of [10, 12]) saveDay(upgraded.db, day, 'She is testing me.', NOW);
      expect(await ensureGrouped(upgraded.db, async () => fakeEngine, NOW)).toBe(2);
      const rows = statementsWhere(upgraded.db, '');
      expect(rows.map((r) => r.linkedBy)).toEqual(['auto', 'auto']);
      expect(new Set(rows.map((r) => r.groupId)).size).toBe(1);
      expect(await ensureGrouped(upgraded.db, async () => fakeEngine, NOW)).toBe(0);
      for (const [, sql, expected] of QUERIES) expect(plan(upgraded.db, sql)).toMatch(expected);
      expect(statementIndexes(upgraded.db)).not.toContain('statements_pending');
      expect(statementIndexes(upgraded.db)).not.toContain('statements_by_group_link');
    } finally {
      upgraded.close();
    }
  });
});
