import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinSets } from '../../src/prompt-catalog.js';
import { saveNewEntry } from '../../src/store/journal.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { reflect, reflectJson, tempJournal } from '../helpers/cli.js';
import { journalOfVersion } from '../helpers/journal.js';

/**
 * Migration 0011: journals written before names were compared with Unicode case folding may hold two rows for one
 * person or tag ("Élodie" and "élodie"). The migration merges them: the spelling most entries use stays (ties: the
 * one stored first), and every link moves to it.
 */
const NAMES_MERGED = MIGRATIONS.findIndex((m) => m.includes('-- 0011 merge name spellings')) + 1;

interface Counted {
  name: string;
  count: number;
}

describe('migration 0011: two spellings of one name stored before session 9 become one', () => {
  let journal: ReturnType<typeof tempJournal>;
  beforeEach(() => {
    journal = tempJournal('reflect-merge-names-');
  });
  afterEach(() => journal.cleanup());

  /** Four entries with Dana; then the spellings are attached by hand, as an older reflect could store them. */
  function oldJournal(): void {
    expect(NAMES_MERGED).toBeGreaterThan(0);
    const db = journalOfVersion(journal.db, NAMES_MERGED - 1);
    const freeform = builtinSets().find((c) => c.set.id === 'freeform')!;
    const now = new Date('2026-11-20T12:00:00Z');
    for (let day = 1; day <= 4; day++) {
      saveNewEntry(
        db,
        {
          ...freeform,
          title: `Day ${day}`,
          occurredAt: new Date(Date.UTC(2026, 10, day, 9)),
          people: ['Dana'],
          tags: [],
          answers: { entry: `Notes ${day}.` },
        },
        now,
      );
    }
    const person = db.prepare('INSERT INTO people (name) VALUES (?)');
    const tag = db.prepare('INSERT INTO tags (name) VALUES (?)');
    const lower = Number(person.run('élodie').lastInsertRowid);
    const upper = Number(person.run('Élodie').lastInsertRowid);
    const equipe = Number(tag.run('Équipe').lastInsertRowid);
    const lowerEquipe = Number(tag.run('équipe').lastInsertRowid);
    const nfd = Number(tag.run('E\u0301QUIPE').lastInsertRowid);
    const link = db.prepare('INSERT INTO entry_people (entry_id, person_id, position) VALUES (?, ?, ?)');
    const tagLink = db.prepare('INSERT INTO entry_tags (entry_id, tag_id, position) VALUES (?, ?, ?)');
    // élodie (stored first) on two entries; Élodie on three, one of which has both spellings.
    link.run(1, lower, 1);
    link.run(2, upper, 1);
    link.run(3, upper, 1);
    link.run(3, lower, 2);
    link.run(4, upper, 1);
    // Équipe (stored first) and équipe on two entries each: a tie, so Équipe stays. Entry 3 holds both,
    // équipe first, and keeps the tag where it came first. The decomposed spelling counts as the same tag.
    tagLink.run(1, equipe, 0);
    tagLink.run(2, lowerEquipe, 0);
    tagLink.run(3, lowerEquipe, 0);
    tagLink.run(3, equipe, 1);
    tagLink.run(4, nfd, 0);
    db.close();
  }

  it('people and tags: one name with all its entries, under the spelling most used (ties: the first stored)', () => {
    oldJournal();
    expect(reflectJson<Counted[]>(['people'], { db: journal.db })).toEqual([
      { name: 'Dana', count: 4 },
      { name: 'Élodie', count: 4 },
    ]);
    expect(reflectJson<Counted[]>(['tags'], { db: journal.db })).toEqual([{ name: 'Équipe', count: 4 }]);
    const withElodie = reflectJson<{ id: number; people: string[] }[]>(['list', '--with', 'élodie'], {
      db: journal.db,
    });
    expect(withElodie.map((e) => e.id).sort()).toEqual([1, 2, 3, 4]);
    expect(withElodie.find((e) => e.id === 3)!.people).toEqual(['Dana', 'Élodie']);
    const tagged = reflectJson<{ id: number; tags: string[] }[]>(['list', '--tag', 'ÉQUIPE'], {
      db: journal.db,
    });
    expect(tagged.map((e) => e.id).sort()).toEqual([1, 2, 3, 4]);
    expect(tagged.every((e) => e.tags.length === 1 && e.tags[0] === 'Équipe')).toBe(true);
    const doctor = reflect(['doctor'], { db: journal.db });
    expect(doctor.stdout).toMatch(/foreign keys +foreign_key_check ok/);
    expect(doctor.stdout).toMatch(/2 people, 1 tag,/);
  });

  it('a name saved after the upgrade joins the merged row', () => {
    oldJournal();
    const result = reflect(['tag', '4', '+équipe'], { db: journal.db });
    expect(result.code, result.stderr).toBe(0);
    expect(reflectJson<Counted[]>(['tags'], { db: journal.db })).toEqual([{ name: 'Équipe', count: 4 }]);
  });
});
