import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/db.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/migrations/index.js';
import { reflect, reflectJson, tempJournal } from '../helpers/cli.js';
import { contentHash, fileHash, integrity } from '../helpers/journal.js';
import { reflectAsync } from '../helpers/processes.js';

/**
 * Every earlier schema version opens and migrates with its data intact. Written over MIGRATIONS, so each
 * migration a branch adds is covered: a journal is built by applying only the first k migrations, filled with
 * data that schema 1 already holds (entries, answers, people, tags, drafts, prompt sets), then opened by the CLI.
 */
const APPLICATION_ID = 0x52464c54;
const LHC = {
  schema: 1,
  id: 'left-hand-column',
  version: 1,
  title: 'Left-hand column',
  description: '',
  steps: [
    { id: 'situation', kind: 'text', role: 'context', question: 'Which conversation?', required: true },
    { id: 'dialogue', kind: 'dialogue', role: 'said', question: 'Replay it.', required: true },
    { id: 'assumptions', kind: 'list', role: 'assumption', question: 'Assumed?', required: false },
  ],
};

function buildAtVersion(path: string, k: number): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, 0, k);
  if (k >= 1) {
    // Schema-1 columns only: later migrations must carry these rows forward.
    db.prepare(
      `INSERT INTO prompt_sets (id, version, title, source, definition, yaml, added_at)
       VALUES ('left-hand-column', 1, 'Left-hand column', 'builtin', ?, NULL, '2026-01-01T00:00:00.000Z')`,
    ).run(JSON.stringify(LHC));
    const entry = db.prepare(
      `INSERT INTO entries (id, uuid, set_id, set_version, title, occurred_at, utc_offset, created_at, updated_at, starred)
       VALUES (?, ?, 'left-hand-column', 1, ?, ?, 60, ?, ?, ?)`,
    );
    const answer = db.prepare(
      'INSERT INTO answers (entry_id, step_id, kind, role, position, value) VALUES (?, ?, ?, ?, ?, ?)',
    );
    db.prepare("INSERT INTO people (id, name) VALUES (1, 'Dana'), (2, 'Zoë')").run();
    db.prepare("INSERT INTO tags (id, name) VALUES (1, '1:1')").run();
    for (const id of [1, 2]) {
      const at = `2026-0${id}-15T10:00:00.000Z`;
      entry.run(id, `00000000-0000-4000-8000-00000000000${id}`, `Old entry ${id} ✓`, at, at, at, id - 1);
      answer.run(id, 'situation', 'text', 'context', 0, JSON.stringify(`Situation ${id} — ünïcødé`));
      answer.run(id, 'dialogue', 'dialogue', 'said', 1, JSON.stringify([{ said: 'Hi', unsaid: 'Bye' }]));
      answer.run(id, 'assumptions', 'list', 'assumption', 2, JSON.stringify([`She thinks ${id}`]));
      db.prepare('INSERT INTO entry_people (entry_id, person_id, position) VALUES (?, ?, 0), (?, 2, 1)').run(
        id,
        1,
        id,
      );
      db.prepare('INSERT INTO entry_tags (entry_id, tag_id, position) VALUES (?, 1, 0)').run(id);
    }
    db.prepare(
      `INSERT INTO drafts (id, set_id, set_version, meta, answers, partial, created_at, updated_at)
       VALUES (1, 'left-hand-column', 1, '{"people":["Dana"]}', '{"situation":"half done"}', NULL, ?, ?)`,
    ).run('2026-03-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z');
  }
  db.close();
}

interface EntryJson {
  id: number;
  uuid: string;
  title: string;
  date: string;
  starred: boolean;
  people: string[];
  tags: string[];
  answers: Record<string, { value: unknown }>;
}

describe('migrations', () => {
  const work = tempJournal('reflect-migrate-');
  afterAll(() => work.cleanup());

  it('has at least one migration and numbers them from 1', () => {
    expect(MIGRATIONS.length).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(1);
  });

  // k = SCHEMA_VERSION is the current schema: it checks the fixture and the assertions themselves.
  it.each(Array.from({ length: SCHEMA_VERSION + 1 }, (_, k) => k))(
    'a journal at schema %i opens (migrated to the current schema) with its data intact',
    (k) => {
      const path = join(work.dir, `at-${k}.db`);
      buildAtVersion(path, k);
      const list = reflectJson<EntryJson[]>(['list'], { db: path });
      const db = new Database(path, { readonly: true });
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      db.close();
      expect(integrity(path)).toBe('ok');
      if (k === 0) {
        expect(list).toEqual([]);
        return;
      }
      expect(list.map((e) => e.id)).toEqual([2, 1]);
      for (const id of [1, 2]) {
        const entry = reflectJson<EntryJson>(['show', String(id)], { db: path });
        expect(entry).toMatchObject({
          uuid: `00000000-0000-4000-8000-00000000000${id}`,
          title: `Old entry ${id} ✓`,
          date: `2026-0${id}-15T10:00:00.000Z`,
          starred: id === 2,
          people: ['Dana', 'Zoë'],
          tags: ['1:1'],
        });
        expect(entry.answers.situation?.value).toBe(`Situation ${id} — ünïcødé`);
        expect(entry.answers.dialogue?.value).toEqual([{ said: 'Hi', unsaid: 'Bye' }]);
        expect(entry.answers.assumptions?.value).toEqual([`She thinks ${id}`]);
      }
      const drafts = reflectJson<Array<{ id: number; answers: unknown }>>(['drafts'], { db: path });
      expect(drafts).toMatchObject([{ id: 1, answers: { situation: 'half done' } }]);
    },
  );

  it('two processes opening an old journal at once migrate it once', async () => {
    if (SCHEMA_VERSION < 2) return; // needs a schema older than the current one that holds data
    const path = join(work.dir, 'race.db');
    buildAtVersion(path, SCHEMA_VERSION - 1);
    const results = await Promise.all([0, 1, 2].map(() => reflectAsync(['list'], { db: path })));
    for (const r of results) expect(r.code).toBe(0);
    expect(integrity(path)).toBe('ok');
  });

  it('a journal written by a newer reflect is refused, byte for byte unchanged', () => {
    const path = join(work.dir, 'newer.db');
    buildAtVersion(path, SCHEMA_VERSION);
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = fileHash(path);
    const content = contentHash(path);
    for (const args of [['list'], ['show', '1'], ['new', '--set', 'freeform', '--answers', '-']]) {
      const result = reflect(args, { db: path, input: '{"answers":{"entry":"x"}}' });
      expect(result.code).toBe(2);
      expect(result.stderr.trim()).toBe(
        `reflect: newer.db was written by a newer reflect (schema ${SCHEMA_VERSION + 1} > ${SCHEMA_VERSION}); upgrade reflect`,
      );
      expect(fileHash(path)).toBe(before);
    }
    expect(contentHash(path)).toBe(content);
    const doctor = reflect(['doctor'], { db: path });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain('written by a newer reflect');
    expect(fileHash(path)).toBe(before);
    writeFileSync(join(work.dir, 'keep'), ''); // the folder stays usable
  });
});
