import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, reflect, reflectJson, type tempJournal } from '../helpers/cli.js';
import { addEntry, dumpJournal } from '../helpers/curate.js';
import { journalTemplate } from '../helpers/template.js';

interface EntryJson {
  id: number;
  uuid: string;
  title: string;
  date: string;
  createdAt: string;
  updatedAt: string;
  people: string[];
  tags: string[];
  answers: Record<string, { value: unknown }>;
}

const REWRITE = `node ${join(FIXTURES, 'editors', 'rewrite.mjs')}`;
const LATER = { REFLECT_NOW: '2026-11-26T08:00:00+01:00' };

describe('reflect edit', () => {
  let id: number;
  const template = journalTemplate((db) => {
    id = addEntry(db);
  });
  let journal: ReturnType<typeof tempJournal>;
  beforeEach(() => {
    journal = template.fresh();
  });
  afterEach(() => journal.cleanup());
  afterAll(() => template.cleanup());

  const edit = (rules: Array<[string, string]>, args: string[] = [], env: Record<string, string> = {}) =>
    reflect(['edit', String(id), ...args], {
      db: journal.db,
      env: { EDITOR: REWRITE, VISUAL: '', EDIT_RULES: JSON.stringify(rules), ...LATER, ...env },
    });
  const show = () => reflectJson<EntryJson>(['show', String(id)], { db: journal.db });

  it('applies a valid change made in the editor; updated-at moves, created-at does not', () => {
    const before = show();
    const result = edit([
      ['title: Budget review with Dana', 'title: Budget: take #2 --- with "quotes"'],
      [
        'Anxious, then annoyed with myself.',
        'Anxious.\n\n# not a heading\n- not a list item\nsaid: not dialogue',
      ],
      [
        "- If I push back I'll look difficult.",
        '- If I push back I will look difficult.\n- A third: with a colon',
      ],
      ['people: Dana, Marco', 'people: Dana, Priya'],
      ['tags: 1:1, budget', 'tags: #budget, retro'],
      [
        'unsaid: So my item gets squeezed again.',
        'unsaid: So my item gets squeezed again.\n  And nobody will notice.',
      ],
    ]);
    expect(result.stderr.trim()).toBe('updated entry 1');
    expect(result.code).toBe(0);
    const after = show();
    expect(after.title).toBe('Budget: take #2 --- with "quotes"');
    expect(after.answers.feelings?.value).toBe(
      'Anxious.\n\n# not a heading\n- not a list item\nsaid: not dialogue',
    );
    expect(after.answers.assumptions?.value).toEqual([
      "Dana doesn't want to hear bad news.",
      'If I push back I will look difficult.',
      'A third: with a colon',
    ]);
    expect((after.answers.dialogue!.value as Array<{ unsaid: string }>)[0]?.unsaid).toBe(
      'So my item gets squeezed again.\nAnd nobody will notice.',
    );
    expect(after.people).toEqual(['Dana', 'Priya']);
    expect(after.tags).toEqual(['budget', 'retro']);
    expect(after.date).toBe(before.date);
    expect(after.uuid).toBe(before.uuid);
    expect(after.createdAt).toBe(before.createdAt);
    expect(after.updatedAt).toBe('2026-11-26T07:00:00.000Z');
  });

  it('accepts a new date in words or with its own offset', () => {
    expect(edit([['date: 2026-11-18T14:30:00+01:00', 'date: yesterday 4pm']]).code).toBe(0);
    expect(show().date).toBe('2026-11-25T15:00:00.000Z');
    expect(edit([['date: 2026-11-25T16:00:00+01:00', 'date: 2026-11-20T09:00:00-05:00']]).code).toBe(0);
    expect(show().date).toBe('2026-11-20T14:00:00.000Z');
    // The offset it was written with is kept for display.
    const doc = reflect(['edit', String(id)], { db: journal.db, env: { EDITOR: 'cat', VISUAL: '' } });
    expect(doc.stdout).toContain('date: 2026-11-20T09:00:00-05:00');
  });

  it('says "no changes" for an unchanged file, and for an edit that changes nothing', () => {
    const before = dumpJournal(journal.db);
    const untouched = reflect(['edit', String(id)], {
      db: journal.db,
      env: { EDITOR: 'true', VISUAL: '', ...LATER },
    });
    expect(untouched).toMatchObject({ code: 0, stderr: 'no changes\n' });
    // Blank lines around an answer are layout, not content.
    const layout = edit([
      ['Anxious, then annoyed with myself.', '\n\nAnxious, then annoyed with myself.\n\n'],
    ]);
    expect(layout).toMatchObject({ code: 0, stderr: 'no changes\n' });
    expect(dumpJournal(journal.db)).toBe(before);
  });

  it('cancels when the file is emptied', () => {
    const before = dumpJournal(journal.db);
    const result = reflect(['edit', String(id)], {
      db: journal.db,
      env: { EDITOR: join(FIXTURES, 'editors', 'empty.sh'), VISUAL: '' },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('edit cancelled');
    expect(dumpJournal(journal.db)).toBe(before);
  });

  it('uses VISUAL before EDITOR, and an editor command with arguments', () => {
    const result = reflect(['edit', String(id)], {
      db: journal.db,
      env: {
        VISUAL: `${REWRITE} --some-flag`,
        EDITOR: 'false',
        EDIT_RULES: JSON.stringify([['title: Budget review with Dana', 'title: Via VISUAL']]),
      },
    });
    expect(result.code).toBe(0);
    expect(show().title).toBe('Via VISUAL');
  });

  it.each([
    [
      'an unknown step id',
      [['<!-- step: cost ', '<!-- step: costs ']],
      /^reflect: line \d+: unknown step "costs"/,
    ],
    [
      'a removed required answer',
      [['Quarterly budget review; I wanted to raise that the migration estimate is too low.\n', '']],
      /^reflect: step "situation" is required/,
    ],
    [
      'a dialogue line without a label',
      [["said: Dana: Let's", "Dana: Let's"]],
      /^reflect: line \d+: dialogue lines of step "dialogue" start with/,
    ],
    [
      'a broken front matter',
      [['title: Budget review with Dana', 'mood: tense']],
      /^reflect: line 2: unknown field "mood"/,
    ],
    [
      'an unreadable date',
      [['date: 2026-11-18T14:30:00+01:00', 'date: the day after never']],
      /^reflect: cannot understand the date "the day after never"/,
    ],
    [
      'a deleted front matter',
      [['---\ntitle', 'title']],
      /^reflect: line 1: the document must start with the front matter/,
    ],
  ] as Array<[string, Array<[string, string]>, RegExp]>)(
    'refuses %s without a terminal: exit 2, entry unchanged, text kept',
    (_name, rules, message) => {
      const before = dumpJournal(journal.db);
      const result = edit(rules);
      expect(result.code).toBe(2);
      const [first, hint] = result.stderr.trim().split('\n');
      expect(first).toMatch(message);
      expect(hint).toMatch(/^entry 1 is unchanged; your edited text is kept in \/.+reflect-entry-1\.md/);
      expect(dumpJournal(journal.db)).toBe(before);
    },
  );

  it('reports a failing editor and a missing one, leaving the entry alone', () => {
    const before = dumpJournal(journal.db);
    const failing = reflect(['edit', String(id)], { db: journal.db, env: { EDITOR: 'false', VISUAL: '' } });
    expect(failing.code).toBe(2);
    expect(failing.stderr.trim()).toBe('reflect: editor "false" exited with status 1; entry 1 is unchanged');
    const missing = reflect(['edit', String(id)], {
      db: journal.db,
      env: { EDITOR: 'no-such-editor-here', VISUAL: '' },
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      'reflect: editor "no-such-editor-here" was not found; entry 1 is unchanged',
    );
    expect(dumpJournal(journal.db)).toBe(before);
  });

  it('without a terminal and no editor chosen, refuses instead of starting vi blind', () => {
    const before = dumpJournal(journal.db);
    const result = reflect(['edit', String(id)], {
      db: journal.db,
      env: { EDITOR: '', VISUAL: '', REFLECT_EDITOR: '' },
    });
    expect(result.code).toBe(2);
    const [first, hint] = result.stderr.trim().split('\n');
    expect(first).toBe(
      'reflect: reflect edit needs a terminal for its default editor (vi); entry 1 is unchanged',
    );
    expect(hint).toContain(`reflect edit ${id} --answers <file>`);
    expect(result.stdout).toBe('');
    expect(dumpJournal(journal.db)).toBe(before);
  });

  describe('--answers', () => {
    const write = (name: string, data: unknown) => {
      const path = join(journal.dir, name);
      writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
      return path;
    };

    it('replaces the answers (and the fields the file gives), keeping the rest', () => {
      const before = show();
      const file = write('new.json', {
        title: 'Rewritten',
        answers: { situation: 'A shorter situation.', dialogue: [{ said: 'Hi', unsaid: 'Bye' }] },
      });
      const result = reflect(['edit', String(id), '--answers', file, '--json'], {
        db: journal.db,
        env: LATER,
      });
      expect(result.code).toBe(0);
      const after = JSON.parse(result.stdout) as EntryJson;
      expect(after.title).toBe('Rewritten');
      expect(Object.keys(after.answers)).toEqual(['situation', 'dialogue']);
      expect(after.people).toEqual(before.people);
      expect(after.tags).toEqual(before.tags);
      expect(after.date).toBe(before.date);
      expect(after.createdAt).toBe(before.createdAt);
      expect(after.updatedAt).toBe('2026-11-26T07:00:00.000Z');
    });

    it('reads stdin with "-", and says "no changes" when nothing differs', () => {
      const current = show();
      const same = {
        answers: Object.fromEntries(Object.entries(current.answers).map(([k, v]) => [k, v.value])),
      };
      const result = reflect(['edit', String(id), '--answers', '-'], {
        db: journal.db,
        input: JSON.stringify(same),
        env: LATER,
      });
      expect(result).toMatchObject({ code: 0, stderr: 'no changes\n' });
      expect(show().updatedAt).toBe(current.updatedAt);
    });
  });
});
