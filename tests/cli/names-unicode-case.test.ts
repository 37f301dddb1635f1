import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, reflectJson, tempJournal } from '../helpers/cli.js';
import { seed } from '../helpers/seed.js';

interface Counted {
  name: string;
  count: number;
}

describe('people and tags that differ only in case are one, beyond A–Z too', () => {
  let journal: ReturnType<typeof tempJournal>;
  const run = (args: string[], db = journal.db) => {
    const result = reflect(args, { db });
    expect(result.code, result.stderr).toBe(0);
    return result;
  };
  const counts = (what: 'people' | 'tags', db = journal.db) => reflectJson<Counted[]>([what], { db });
  beforeEach(() => {
    journal = tempJournal();
  });
  afterEach(() => journal.cleanup());

  it('reflect new: Élodie and élodie, Équipe and ÉQUIPE are stored once, under the first spelling', () => {
    const answers = join(journal.dir, 'answers.json');
    writeFileSync(answers, JSON.stringify({ answers: { entry: 'Notes.' } }));
    run(['new', '--set', 'freeform', '--answers', answers, '--with', 'Élodie', '--tag', 'Équipe']);
    run(['new', '--set', 'freeform', '--answers', answers, '--with', 'élodie', '--tag', 'ÉQUIPE']);
    // The same letters written with a combining accent (NFD) are the same name too.
    run([
      'new',
      '--set',
      'freeform',
      '--answers',
      answers,
      '--with',
      'E\u0301lodie',
      '--tag',
      'e\u0301quipe',
    ]);
    expect(counts('people')).toEqual([{ name: 'Élodie', count: 3 }]);
    expect(counts('tags')).toEqual([{ name: 'Équipe', count: 3 }]);
    expect(
      reflectJson<{ people: string[]; tags: string[] }>(['show', '2'], { db: journal.db }),
    ).toMatchObject({
      people: ['Élodie'],
      tags: ['Équipe'],
    });
  });

  it('reflect tag: adding ÉQUIPE to an entry tagged Équipe changes nothing; -équipe removes it', () => {
    seed(journal.db, [
      { date: '2026-11-20T09:00', title: 'One', tags: ['Équipe'] },
      { date: '2026-11-21T09:00', title: 'Two' },
    ]);
    run(['tag', '1', '+ÉQUIPE']);
    run(['tag', '2', '+équipe']);
    expect(counts('tags')).toEqual([{ name: 'Équipe', count: 2 }]);
    run(['tag', '1', '-équipe']);
    expect(counts('tags')).toEqual([{ name: 'Équipe', count: 1 }]);
  });

  it('reflect import: élodie in the file joins Élodie in the journal', () => {
    const other = tempJournal();
    try {
      seed(other.db, [
        { date: '2026-11-19T09:00', title: 'Elsewhere', people: ['élodie', 'søren'], tags: ['été'] },
      ]);
      const file = join(journal.dir, 'other.json');
      writeFileSync(file, reflect(['export', '--format', 'json'], { db: other.db }).stdout);
      seed(journal.db, [
        { date: '2026-11-20T09:00', title: 'Here', people: ['Élodie', 'Søren'], tags: ['Été'] },
      ]);
      run(['import', file]);
      expect(counts('people')).toEqual(
        expect.arrayContaining([
          { name: 'Élodie', count: 2 },
          { name: 'Søren', count: 2 },
        ]),
      );
      expect(counts('people')).toHaveLength(2);
      expect(counts('tags')).toEqual([{ name: 'Été', count: 2 }]);
    } finally {
      other.cleanup();
    }
  });

  it('reflect people and tags: names used as often are listed alphabetically, accented letters with their base letter', () => {
    seed(journal.db, [
      {
        date: '2026-11-20T09:00',
        title: 'One',
        people: ['Søren', 'Élodie', 'Zoë', 'ander'],
        tags: ['zen', 'été', 'Bus'],
      },
    ]);
    expect(counts('people').map((p) => p.name)).toEqual(['ander', 'Élodie', 'Søren', 'Zoë']);
    expect(counts('tags').map((t) => t.name)).toEqual(['Bus', 'été', 'zen']);
  });
});
