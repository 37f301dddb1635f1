import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/store/migrations/index.js';
import { reflect, tempJournal } from '../helpers/cli.js';
import { fileHash, journalOfVersion, seedJournal } from '../helpers/journal.js';

interface DoctorJson {
  healthy: boolean;
  path: string;
  exists: boolean;
  sizeBytes: number | null;
  walBytes: number | null;
  permissions: { file: string | null; dir: string | null };
  readOnlyFolder: boolean;
  config: { path: string; problem: string | null } | null;
  schemaVersion: number | null;
  currentSchemaVersion: number;
  journalMode: string | null;
  integrity: string[] | null;
  foreignKeyProblems: unknown[] | null;
  counts: Record<string, number> | null;
  drafts: { pending: number; oldestUpdatedAt: string | null } | null;
  due: string[];
  checks: Array<{ name: string; status: string; message: string }>;
}

function doctor(db: string) {
  const result = reflect(['doctor', '--json'], { db });
  return { code: result.code, json: JSON.parse(result.stdout) as DoctorJson, stderr: result.stderr };
}

describe('reflect doctor', () => {
  let journal: ReturnType<typeof tempJournal>;
  beforeEach(() => {
    journal = tempJournal('reflect-doctor-');
  });
  afterEach(() => journal.cleanup());

  it('a healthy journal: exit 0, every fact in --json', () => {
    seedJournal(journal.db, 3);
    const { code, json } = doctor(journal.db);
    expect(code).toBe(0);
    expect(json).toMatchObject({
      healthy: true,
      path: journal.db,
      exists: true,
      permissions: { file: '0600', dir: '0700' },
      readOnlyFolder: false,
      schemaVersion: SCHEMA_VERSION,
      currentSchemaVersion: SCHEMA_VERSION,
      journalMode: 'wal',
      integrity: ['ok'],
      foreignKeyProblems: [],
      drafts: { pending: 0, oldestUpdatedAt: null },
    });
    expect(json.counts).toMatchObject({
      entries: 3,
      drafts: 0,
      'prompt set versions': 1,
      'assumption statements': 3,
    });
    expect(json.config).toEqual({ path: expect.stringMatching(/config\.yaml$/), problem: null });
    expect(json.sizeBytes).toBeGreaterThan(0);
    const text = reflect(['doctor'], { db: journal.db });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/✔ integrity\s+integrity_check ok/);
    expect(text.stdout).toContain('3 entries');
  });

  it('a broken config file (which stops every other command) is a problem on the list', () => {
    seedJournal(journal.db, 1);
    const env = { XDG_CONFIG_HOME: join(journal.dir, 'config') };
    mkdirSync(join(journal.dir, 'config', 'reflect'), { recursive: true });
    writeFileSync(join(journal.dir, 'config', 'reflect', 'config.yaml'), 'weekStart: friday\n');
    const result = reflect(['doctor', '--json'], { db: journal.db, env });
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as DoctorJson;
    expect(json.config?.problem).toMatch(/config\.yaml: weekStart must be monday or sunday, got "friday"$/);
    expect(json.checks[0]).toMatchObject({ name: 'config', status: 'fail' });
    expect(json.checks.find((c) => c.name === 'integrity')).toMatchObject({ status: 'ok' });
    expect(reflect(['list'], { db: journal.db, env }).code).toBe(2);
  });

  it('a missing journal is reported, not created', () => {
    const path = join(journal.dir, 'nowhere', 'journal.db');
    const { code, json } = doctor(path);
    expect(code).toBe(1);
    expect(json.exists).toBe(false);
    expect(json.checks[0]).toMatchObject({ name: 'journal', status: 'fail' });
    expect(existsSync(join(journal.dir, 'nowhere'))).toBe(false);
    const text = reflect(['doctor'], { db: path });
    expect(text.stdout).toContain(`no journal at ${path}`);
    expect(text.stderr).toContain('problems found');
  });

  it('group- or world-readable files are listed as problems', () => {
    seedJournal(journal.db, 1);
    chmodSync(journal.db, 0o644);
    chmodSync(journal.dir, 0o755);
    const { code, json } = doctor(journal.db);
    expect(code).toBe(1);
    expect(json.checks.filter((c) => c.status === 'warn').map((c) => c.name)).toEqual([
      'file permissions',
      'folder permissions',
    ]);
    chmodSync(journal.dir, 0o700);
  });

  it('the text fits the terminal: a long message goes on under its own column, broken between words', () => {
    // At 80 columns the counts line was 142 wide and the folder-permissions warning 90.
    seedJournal(journal.db, 1);
    chmodSync(journal.dir, 0o755);
    for (const width of [80, 40]) {
      const result = reflect(['doctor'], { db: journal.db, env: { COLUMNS: String(width) } });
      expect(result.code).toBe(1);
      const lines = result.stdout.trimEnd().split('\n');
      for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(width);
      const counts = lines.findIndex((line) => line.startsWith('· counts '));
      expect(lines[counts]).toMatch(/^· counts {13}1 entr/);
      expect(lines[counts + 1]).toMatch(/^ {21}\S/);
    }
    const wide = reflect(['doctor'], { db: journal.db, env: { COLUMNS: '120' } }).stdout;
    expect(wide).toContain(
      '! folder permissions 0755: other users can read your journal folder (chmod 700 its folder)\n',
    );
    chmodSync(journal.dir, 0o700);
  });

  it('assignments due today or overdue are listed', () => {
    seedJournal(journal.db);
    expect(doctor(journal.db).json.due).toEqual([]);
    const assigned = reflect(['assign', 'check-in', '--from', 'Sam', '--due', 'today'], { db: journal.db });
    expect(assigned.code).toBe(0);
    const { code, json } = doctor(journal.db);
    expect(code).toBe(0);
    expect(json.due).toEqual(['check-in: due today, from Sam']);
    expect(json.checks).toContainEqual({
      name: 'due',
      status: 'info',
      message: 'check-in: due today, from Sam (see: reflect due)',
    });
  });

  it('pending drafts are counted', () => {
    seedJournal(journal.db, 1);
    const db = new Database(journal.db);
    db.prepare(
      "INSERT INTO drafts (set_id, set_version, created_at, updated_at) VALUES ('left-hand-column', 1, 'x', '2026-01-02')",
    ).run();
    db.close();
    const { code, json } = doctor(journal.db);
    expect(code).toBe(0);
    expect(json.drafts).toEqual({ pending: 1, oldestUpdatedAt: '2026-01-02' });
  });

  it('rows pointing at missing rows fail foreign_key_check', () => {
    seedJournal(journal.db, 1);
    const db = new Database(journal.db);
    db.pragma('foreign_keys = OFF');
    db.prepare('INSERT INTO entry_tags (entry_id, tag_id, position) VALUES (1, 999, 5)').run();
    db.close();
    const { code, json } = doctor(journal.db);
    expect(code).toBe(1);
    expect(json.foreignKeyProblems).toEqual([{ table: 'entry_tags', rowid: null, parent: 'tags' }]);
  });

  it('never migrates or changes the file (an older schema stays older)', () => {
    journalOfVersion(journal.db, SCHEMA_VERSION - 1).close();
    chmodSync(journal.db, 0o600);
    const before = fileHash(journal.db);
    const { code, json } = doctor(journal.db);
    expect(json.schemaVersion).toBe(SCHEMA_VERSION - 1);
    expect(json.checks.find((c) => c.name === 'schema')).toMatchObject({ status: 'info' });
    expect(code).toBe(0);
    expect(fileHash(journal.db)).toBe(before);
  });
});
