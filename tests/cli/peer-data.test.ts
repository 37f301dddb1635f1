import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, reflect, reflectJson, tempJournal } from '../helpers/cli.js';
import { journalHash } from '../helpers/hash.js';

/**
 * Conformance: real exports from jrnl and Day One, kept beside the project in ../shared/peer-data (not part
 * of this repository). Skipped, with a note, where that folder is absent.
 */
const PEER = resolve(ROOT, '..', 'shared', 'peer-data');
const present = existsSync(PEER);
if (!present)
  console.log(`peer-data conformance tests skipped: ${PEER} not found (it lives outside the repository)`);

interface Exported {
  entries: {
    uuid: string;
    title: string;
    occurredAt: string;
    utcOffset: number;
    starred: boolean;
    tags: string[];
    answers: { value: unknown }[];
  }[];
}

let journal: ReturnType<typeof tempJournal>;
beforeEach(() => {
  journal = tempJournal();
});
afterEach(() => journal.cleanup());

const exported = () =>
  JSON.parse(reflect(['export', '--format', 'json'], { db: journal.db }).stdout) as Exported;

describe.skipIf(!present)('import of the shared peer samples', () => {
  it.each([
    ['basic_onefile.export.json', 3],
    ['simple.export.json', 2],
    ['tags.export.json', 2],
  ])('jrnl %s: every entry, with its title, body, local time, tags without @ and star', (file, count) => {
    const source = JSON.parse(readFileSync(join(PEER, 'jrnl', file), 'utf8'));
    const result = reflect(['import', join(PEER, 'jrnl', file)], { db: journal.db });
    expect(result).toMatchObject({
      code: 0,
      stdout: `imported ${count} · skipped 0 already here · conflicts 0\n`,
    });
    const entries = exported().entries;
    expect(entries).toHaveLength(count);
    entries.forEach((entry, i) => {
      const jrnl = source.entries[i];
      expect(entry.title).toBe(jrnl.title);
      expect(entry.answers.map((a) => a.value)).toEqual(jrnl.body.trim() ? [jrnl.body] : []);
      expect(entry.tags).toEqual(jrnl.tags.map((t: string) => t.replace(/^@/, '')));
      expect(entry.starred).toBe(jrnl.starred);
      // Local wall-clock time as jrnl wrote it (tests run in Europe/Amsterdam).
      const local = new Date(Date.parse(entry.occurredAt) + entry.utcOffset * 60_000).toISOString();
      expect(local.slice(0, 16)).toBe(`${jrnl.date}T${jrnl.time}`);
    });
    // Idempotent: importing again adds nothing and changes nothing.
    const before = journalHash(journal.db);
    expect(reflect(['import', join(PEER, 'jrnl', file)], { db: journal.db }).stdout).toContain(
      `imported 0 · skipped ${count} already here`,
    );
    expect(journalHash(journal.db)).toBe(before);
  });

  it('Day One Journal.json: all 54 entries with uuids, times, zones, tags and stars', () => {
    const source = JSON.parse(readFileSync(join(PEER, 'dayone', 'Journal.json'), 'utf8'));
    const result = reflectJson<{ format: string; imported: number }>(
      ['import', join(PEER, 'dayone', 'Journal.json')],
      { db: journal.db },
    );
    expect(result).toMatchObject({ format: 'dayone', imported: 54, skipped: 0, conflicts: 0 });
    const byUuid = new Map(exported().entries.map((e) => [e.uuid, e]));
    expect(byUuid.size).toBe(54);
    for (const one of source.entries) {
      const entry = byUuid.get(one.uuid)!;
      expect(entry.occurredAt).toBe(new Date(one.creationDate).toISOString());
      expect(entry.tags).toEqual(one.tags);
      expect(entry.starred).toBe(one.starred);
      expect(entry.answers.map((a) => a.value)).toEqual(one.text?.trim() ? [one.text] : []);
    }
    // America/Boise in October 2004 was on daylight time (UTC−6).
    expect(byUuid.get('2E542464666C4ACE91E83539FF114A76')!.utcOffset).toBe(-360);
    expect(reflect(['import', join(PEER, 'dayone', 'Journal.json')], { db: journal.db }).stdout).toContain(
      'imported 0 · skipped 54 already here · conflicts 0',
    );
  });

  it('Day One NotValidAccordingToSchema.json: its only deviation (a "photo" field Day One does not define) is ignored', () => {
    const result = reflect(['import', join(PEER, 'dayone', 'NotValidAccordingToSchema.json')], {
      db: journal.db,
    });
    expect(result.stdout).toBe('imported 1 · skipped 0 already here · conflicts 0\n');
  });

  it.each([
    ['dayone/Empty.json', 'the file is empty'],
    ['dayone/NotJson.json', 'expected a value for "foo"'],
    ['dayone/schema.json', 'entries: missing'],
    ['jrnl/basic_onefile.journal', 'expected a JSON object at the top level'],
    ['jrnl/044F3747A38546168B572C2E3F217FA2.doentry', 'expected a JSON object at the top level'],
  ])('refuses %s with exit 2 and changes nothing', (file, message) => {
    reflect(['import', join(PEER, 'jrnl', 'simple.export.json')], { db: journal.db });
    const before = journalHash(journal.db);
    const result = reflect(['import', join(PEER, file)], { db: journal.db });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(journalHash(journal.db)).toBe(before);
  });
});
