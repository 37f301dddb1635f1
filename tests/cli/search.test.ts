import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, reflect, reflectJson, TEST_ENV, tempJournal } from '../helpers/cli.js';
import { seed } from '../helpers/seed.js';

// REFLECT_NOW = Tue 2026-11-24 10:00 +01:00, TZ Europe/Amsterdam.
const journal = tempJournal();

const DIALOGUE = [
  { said: "Dana: Let's keep this short, we're over time.", unsaid: 'So my item gets squeezed again.' },
  { said: 'Me: Sure, the migration numbers look fine.', unsaid: "They don't. They are off by a month." },
];

beforeAll(() => {
  seed(journal.db, [
    {
      date: '2026-11-18T14:30',
      title: 'Budget review with Dana',
      set: 'left-hand-column',
      people: ['Dana'],
      tags: ['budget'],
      answers: {
        situation: 'Quarterly review; the migration estimate is too low.',
        dialogue: DIALOGUE,
        assumptions: ['Dana does not want bad news.', 'Pushing back looks difficult.'],
      },
    },
    {
      date: '2026-11-20T09:00',
      title: 'Lighthouse thoughts',
      answers: { entry: 'A calm note about nothing much.' },
    },
    {
      date: '2026-11-22T20:00',
      title: 'Retro',
      people: ['Zoë'],
      answers: { entry: 'Zoë said the migration went well; I felt relieved. Café talk afterwards.' },
    },
    { date: '2025-03-01T10:00', title: 'Old note', answers: { entry: 'The migration of the old wiki.' } },
  ]);
});
afterAll(() => journal.cleanup());

type Hit = { id: number; title: string; snippet: string; score: number };
const search = (args: string[]) => reflectJson<Hit[]>(['search', ...args], { db: journal.db });
const titles = (args: string[]) => search(args).map((h) => h.title);

describe('reflect search', () => {
  it.each([
    ['a word in an answer', ['squeezed'], ['Budget review with Dana']],
    ['a word in a list item', ['difficult'], ['Budget review with Dana']],
    ['the unsaid column of a dialogue', ['"off by a month"'], ['Budget review with Dana']],
    ['a phrase must be in order', ['"month a by off"'], []],
    ['all words must match', ['migration relieved'], ['Retro']],
    ['a prefix*', ['squeez*'], ['Budget review with Dana']],
    ['OR', ['squeezed OR relieved'], ['Budget review with Dana', 'Retro']],
    ['NOT', ['migration NOT wiki NOT relieved'], ['Budget review with Dana']],
    ['accents are ignored', ['zoe cafe'], ['Retro']],
    ['and can be typed', ['Zoë'], ['Retro']],
    ['case does not matter', ['DANA'], ['Budget review with Dana']],
    ['punctuation inside a word', ["don't"], ['Budget review with Dana']],
    ['with filters', ['migration', '--from', '2026-01-01', '--with', 'Zoë'], ['Retro']],
    ['with --week', ['migration', '--week', '2025-W09'], ['Old note']],
  ])('%s', (_name, args, expected) => {
    expect(titles(args).sort()).toEqual([...expected].sort());
  });

  it('-n limits the hits to the best ones', () => {
    const all = search(['migration']);
    expect(all).toHaveLength(3);
    expect(search(['migration', '-n', '2'])).toEqual(all.slice(0, 2));
  });

  it('ranks title matches first (bm25)', () => {
    const hits = search(['lighthouse OR calm OR relieved']);
    expect(hits[0]!.title).toBe('Lighthouse thoughts');
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => a - b));
  });

  it('--json adds snippet and score to the list fields', () => {
    const [hit] = search(['squeezed']);
    expect(Object.keys(hit!)).toEqual([
      'id',
      'uuid',
      'date',
      'set',
      'title',
      'context',
      'starred',
      'people',
      'tags',
      'score',
      'snippet',
    ]);
    expect(hit!.snippet).toContain('So my item gets squeezed again.');
    expect(hit!.snippet).not.toMatch(/[[\]\u0002\u0003]/);
  });

  it('plain output: the entry line and its snippet, no markers', () => {
    const result = reflect(['search', 'squeezed'], { db: journal.db });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('Budget review with Dana');
    expect(lines[1]).toContain('So my item gets squeezed again.');
    expect(result.stdout).not.toMatch(/[[\]\u0002\u0003\u001b]/);
  });

  it('with colour, the match is highlighted', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...TEST_ENV, REFLECT_DB: journal.db, FORCE_COLOR: '1' };
    delete env.NO_COLOR;
    const result = spawnSync(process.execPath, [BIN, 'search', 'squeezed'], { env, encoding: 'utf8' });
    expect(result.stdout).toMatch(/\u001b\[[0-9;]*msqueezed\u001b\[/);
  });

  it('nothing found: a note on stderr, exit 0', () => {
    const result = reflect(['search', 'xylophone'], { db: journal.db });
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr.trim()).toBe('nothing found for "xylophone"');
    const long = reflect(['search', 'xylophone '.repeat(500)], { db: journal.db });
    expect(long.stderr).toBe(`nothing found for "${'xylophone '.repeat(6)}…"\n`);
  });

  it('nothing found for a phrase: the query as typed, without backslashes', () => {
    const phrase = reflect(['search', '"off by a year"'], { db: journal.db });
    expect(phrase).toMatchObject({ code: 0, stdout: '' });
    expect(phrase.stderr).toBe(`nothing found for '"off by a year"'\n`);
    const control = reflect(['search', 'xylo\u001b[2Jphone'], { db: journal.db });
    expect(control.stderr).toBe('nothing found for "xylo\\u001b[2Jphone"\n');
  });
});

describe('the search index follows plain SQL changes (edit, delete, restore by other modules)', () => {
  const scratch = tempJournal();
  afterAll(() => scratch.cleanup());
  const found = (word: string) => reflectJson<Hit[]>(['search', word], { db: scratch.db }).map((h) => h.id);
  const exec = (text: string, ...params: unknown[]) => {
    const db = new Database(scratch.db);
    db.pragma('foreign_keys = ON');
    try {
      db.prepare(text).run(...params);
    } finally {
      db.close();
    }
  };

  it('insert, update, delete of answers and entries', () => {
    const [a, b] = seed(scratch.db, [
      { date: '2026-11-10T10:00', title: 'Alpha', answers: { entry: 'apricot banana' } },
      { date: '2026-11-11T10:00', title: 'Beta', answers: { entry: 'cherry' } },
    ]);
    expect(found('apricot')).toEqual([a]);

    exec(`UPDATE answers SET value = '"damson plum"' WHERE entry_id = ?`, a);
    expect(found('apricot')).toEqual([]);
    expect(found('damson')).toEqual([a]);

    exec(`UPDATE entries SET title = 'Gamma' WHERE id = ?`, b);
    expect(found('beta')).toEqual([]);
    expect(found('gamma')).toEqual([b]);
    expect(found('cherry')).toEqual([b]);

    exec('DELETE FROM answers WHERE entry_id = ?', b);
    expect(found('cherry')).toEqual([]);
    expect(found('gamma')).toEqual([b]);

    exec(
      `INSERT INTO answers (entry_id, step_id, kind, role, position, value)
          VALUES (?, 'entry', 'long', 'other', 0, '["elderberry", {"said": "fig", "unsaid": "grape"}]')`,
      b,
    );
    expect(found('elderberry')).toEqual([b]);
    expect(found('grape')).toEqual([b]);

    // Delete (as the trash does: copy elsewhere, delete from entries) and restore with the same id.
    exec('CREATE TABLE kept AS SELECT * FROM entries WHERE id = ?', a);
    exec('CREATE TABLE kept_answers AS SELECT * FROM answers WHERE entry_id = ?', a);
    exec('DELETE FROM entries WHERE id = ?', a);
    expect(found('damson')).toEqual([]);
    expect(found('alpha')).toEqual([]);
    exec('INSERT INTO entries SELECT * FROM kept');
    exec('INSERT INTO answers SELECT * FROM kept_answers');
    expect(found('damson')).toEqual([a]);
    expect(found('alpha')).toEqual([a]);

    // The index holds exactly one document per entry, with what the tables say.
    const db = new Database(scratch.db, { readonly: true });
    const check = db
      .prepare(
        `SELECT (SELECT count(*) FROM entry_search) AS docs, (SELECT count(*) FROM entries) AS entries`,
      )
      .get();
    db.close();
    expect(check).toEqual({ docs: 2, entries: 2 });
    const integrity = new Database(scratch.db);
    expect(() =>
      integrity.exec(`INSERT INTO entry_search (entry_search, rank) VALUES ('integrity-check', 1)`),
    ).not.toThrow();
    integrity.close();
  });

  it('a new entry written by reflect new is found', () => {
    const result = reflect(['new', '--set', 'freeform', '--answers', '-'], {
      db: scratch.db,
      input: JSON.stringify({ title: 'Hazelnut', answers: { entry: 'walnut pecan' } }),
    });
    expect(result.code).toBe(0);
    expect(found('pecan')).toEqual([Number(result.stdout.trim())]);
  });
});
