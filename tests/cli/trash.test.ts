import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, reflectJson, type tempJournal } from '../helpers/cli.js';
import { addEntry, dumpJournal } from '../helpers/curate.js';
import { journalTemplate } from '../helpers/template.js';

interface TrashJson {
  id: number;
  uuid: string;
  title: string;
  deletedAt: string;
  purgeAt: string;
}

describe('reflect delete, trash, restore', () => {
  const template = journalTemplate((db) => {
    addEntry(db);
    addEntry(db, ['--title', 'Second']);
    addEntry(db, ['--title', 'Third']);
  });
  let journal: ReturnType<typeof tempJournal>;
  beforeEach(() => {
    journal = template.fresh();
  });
  afterEach(() => journal.cleanup());
  afterAll(() => template.cleanup());

  const run = (args: string[], env: Record<string, string> = {}) => reflect(args, { db: journal.db, env });
  const listIds = () => reflectJson<Array<{ id: number }>>(['list'], { db: journal.db }).map((e) => e.id);

  it('moves entries to the trash and restores them with the same id, uuid and content', () => {
    const before = reflectJson<unknown>(['show', '2'], { db: journal.db });
    const deleted = run(['delete', '2', '3', '--yes']);
    expect(deleted.code).toBe(0);
    expect(deleted.stderr.trim()).toBe(
      'moved entries 2, 3 to the trash — bring one back with: reflect restore <id>',
    );
    expect(listIds()).toEqual([1]);
    expect(run(['show', '2']).code).toBe(2);

    const trash = reflectJson<TrashJson[]>(['trash'], { db: journal.db });
    expect(trash.map((t) => [t.id, t.title])).toEqual([
      [3, 'Third'],
      [2, 'Second'],
    ]);
    expect(trash[0]).toMatchObject({
      deletedAt: '2026-11-24T09:00:00.000Z',
      purgeAt: '2026-12-24T09:00:00.000Z',
    });
    expect(run(['trash']).stdout).toMatch(
      /^ {3}3 {2}Wed 18 Nov 2026 14:30 {2}Third {2}\(deleted 24 Nov 2026, 30 days left\)$/m,
    );

    // A new entry never takes a trashed entry's number.
    expect(addEntry(journal.db)).toBe(4);

    const restored = run(['restore', '2']);
    expect(restored).toMatchObject({ code: 0, stderr: 'restored entry 2\n' });
    expect(reflectJson<unknown>(['show', '2'], { db: journal.db })).toEqual(before);
    expect(reflectJson<TrashJson[]>(['trash'], { db: journal.db }).map((t) => t.id)).toEqual([3]);
  });

  it('deletes nothing when one id of several is unknown or malformed', () => {
    const before = dumpJournal(journal.db);
    const unknown = run(['delete', '1', '99', '2', '--yes']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('reflect: no entry with id 99; nothing was deleted');
    const malformed = run(['delete', '1', 'x2', '--yes']);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr.split('\n')[0]).toBe(
      'reflect: "x2" is not an entry id (expected a number such as 12)',
    );
    expect(dumpJournal(journal.db)).toBe(before);
  });

  it('needs --yes without a terminal', () => {
    const before = dumpJournal(journal.db);
    const result = run(['delete', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'reflect: reflect delete needs --yes when there is no terminal to confirm in',
    );
    const empty = run(['trash', 'empty']);
    expect(dumpJournal(journal.db)).toBe(before);
    expect(empty.code).toBe(0); // nothing to empty: nothing to confirm
    run(['delete', '1', '--yes']);
    const refused = run(['trash', 'empty']);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toBe(
      'reflect: reflect trash empty needs --yes when there is no terminal to confirm in',
    );
  });

  it('empties the trash for good', () => {
    run(['rm', '1', '2', '-y']);
    const result = run(['trash', 'empty', '--yes']);
    expect(result).toMatchObject({ code: 0, stderr: 'removed 2 entries from the trash for good\n' });
    expect(reflectJson<unknown[]>(['trash'], { db: journal.db })).toEqual([]);
    expect(run(['trash']).stderr.trim()).toBe('the trash is empty');
    expect(run(['restore', '1']).code).toBe(2);
  });

  it('purges entries deleted more than 30 days ago', () => {
    run(['delete', '1', '--yes'], { REFLECT_NOW: '2026-10-01T10:00:00+02:00' });
    run(['delete', '2', '--yes'], { REFLECT_NOW: '2026-11-20T10:00:00+01:00' });
    expect(reflectJson<TrashJson[]>(['trash'], { db: journal.db }).map((t) => t.id)).toEqual([2]);
    const gone = run(['restore', '1']);
    expect(gone.code).toBe(2);
    expect(gone.stderr.split('\n')[0]).toBe('reflect: entry 1 is not in the trash; nothing was restored');
  });

  it('restores all or nothing, and refuses ids that are taken', () => {
    run(['delete', '1', '2', '--yes']);
    const before = dumpJournal(journal.db);
    const partly = run(['restore', '1', '3']);
    expect(partly.code).toBe(2);
    expect(partly.stderr.split('\n')[0]).toBe('reflect: entry 3 is not in the trash; nothing was restored');
    expect(dumpJournal(journal.db)).toBe(before);
    const bad = run(['restore', 'one']);
    expect(bad.code).toBe(2);
    expect(dumpJournal(journal.db)).toBe(before);
  });

  it('refuses to restore over an entry that came back under the same uuid', async () => {
    const { default: Database } = await import('better-sqlite3');
    const uuid = reflectJson<{ uuid: string }>(['show', '1'], { db: journal.db }).uuid;
    run(['delete', '1', '--yes']);
    // As an import would: the same entry is written again, under a new id.
    const db = new Database(journal.db);
    db.prepare('UPDATE entries SET uuid = ? WHERE id = 3').run(uuid);
    db.close();
    const before = dumpJournal(journal.db);
    const result = run(['restore', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      `reflect: cannot restore entry 1: the same entry (uuid ${uuid}) is in the journal as entry 3`,
    );
    expect(dumpJournal(journal.db)).toBe(before);
  });

  it('prints JSON for scripts', () => {
    expect(JSON.parse(run(['delete', '1', '--yes', '--json']).stdout)).toEqual({ deleted: [1] });
    expect(JSON.parse(run(['restore', '1', '--json']).stdout)).toEqual({ restored: [1] });
    run(['delete', '1', '--yes']);
    expect(JSON.parse(run(['trash', 'empty', '--yes', '--json']).stdout)).toEqual({ purged: 1 });
  });
});
