import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, reflectJson, tempJournal } from '../helpers/cli.js';
import { journalHash } from '../helpers/hash.js';
import { asCell, asParagraphs, parseNote, splitNotes } from '../helpers/markdown.js';
import { seed } from '../helpers/seed.js';

interface ShowJson {
  id: number;
  uuid: string;
  set: string;
  setVersion: number;
  title: string;
  date: string;
  starred: boolean;
  people: string[];
  tags: string[];
  answers: Record<string, { question: string; kind: string; value: unknown }>;
}

let journal: ReturnType<typeof tempJournal>;
let ids: number[];
beforeEach(() => {
  journal = tempJournal();
  ids = seed(journal.db, [
    {
      date: '2026-11-18T14:30',
      title: 'Budget review | with Dana',
      set: 'left-hand-column',
      people: ['Dana', 'Marco'],
      tags: ['budget', '1:1'],
      starred: true,
      answers: {
        situation: 'The Q3 budget review\n---\nwent sideways',
        dialogue: [
          { said: 'Dana: we are over | again', unsaid: 'She blames me.\nAgain.' },
          { said: 'Me: I will look into it', unsaid: '' },
        ],
        feelings: '# Angry\n\n\n`small`',
        assumptions: ['She thinks I am careless', '<b>nobody</b> reads the sheet'],
      },
    },
    { date: '2026-11-20T09:15', title: '../../etc/passwd', tags: ['demo'] },
    { date: '2026-11-21T10:00', title: 'CON', answers: { entry: 'emoji 😤 and CRLF\r\nline' } },
    { date: '2026-11-22T23:59', title: '', answers: { entry: '' } },
  ]);
});
afterEach(() => journal.cleanup());

const show = (id: number) => reflectJson<ShowJson>(['show', String(id)], { db: journal.db });

/** Every exported note must read back (markdown-it + yaml) as exactly what `show --json` says. */
function expectNoteMatches(note: string, entry: ShowJson): void {
  const parsed = parseNote(note);
  expect(parsed.front).toMatchObject({
    id: entry.id,
    uuid: entry.uuid,
    set: entry.set,
    set_version: entry.setVersion,
    title: entry.title,
    people: entry.people,
    tags: entry.tags,
    starred: entry.starred,
  });
  expect(new Date(parsed.front.date as string).toISOString()).toBe(entry.date);
  expect(parsed.front.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  const answers = Object.values(entry.answers);
  expect(parsed.sections.map((s) => s.question)).toEqual(answers.map((a) => a.question));
  parsed.sections.forEach((section, i) => {
    const answer = answers[i]!;
    if (answer.kind === 'dialogue') {
      const lines = answer.value as { said: string; unsaid: string }[];
      expect(section.blocks).toEqual([
        {
          type: 'table',
          header: ['What was said', 'What I thought'],
          rows: lines.map((l) => [asCell(l.said), asCell(l.unsaid)]),
        },
      ]);
    } else if (answer.kind === 'list') {
      expect(section.blocks).toEqual([{ type: 'list', items: (answer.value as string[]).map(asParagraphs) }]);
    } else {
      const text = asParagraphs(answer.value as string);
      expect(section.blocks).toEqual(text ? [{ type: 'text', text }] : []);
    }
  });
}

describe('reflect export', () => {
  it('writes every entry as Markdown to stdout, oldest first, that reads back as the stored data', () => {
    const result = reflect(['export'], { db: journal.db });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const notes = splitNotes(result.stdout);
    expect(notes).toHaveLength(4);
    for (const [i, note] of notes.entries()) expectNoteMatches(note, show(ids[i]!));
    expect(result.stdout).toContain('| Dana: we are over \\| again | She blames me.<br>Again. |');
  });

  it('applies the list filters', () => {
    const tagged = splitNotes(reflect(['export', '--tag', 'budget'], { db: journal.db }).stdout);
    expect(tagged.map((n) => parseNote(n).front.id)).toEqual([ids[0]]);
    const some = splitNotes(reflect(['export', '--ids', `${ids[3]},${ids[1]}`], { db: journal.db }).stdout);
    expect(some.map((n) => parseNote(n).front.id)).toEqual([ids[1], ids[3]]);
    const json = JSON.parse(
      reflect(['export', '--format', 'json', '--with', 'dana'], { db: journal.db }).stdout,
    );
    expect(json.entries.map((e: { title: string }) => e.title)).toEqual(['Budget review | with Dana']);
    expect(json.promptSets.map((s: { set: { id: string } }) => s.set.id)).toEqual(['left-hand-column']);
    // Nothing matched: stdout stays empty, and stderr says why (it said nothing at all), as list says it.
    const none = reflect(['export', '--tag', 'nothing-has-this'], { db: journal.db });
    expect(none).toMatchObject({ code: 0, stdout: '', stderr: 'no entries match these filters\n' });
  });

  it('--out notes.md writes one file atomically and reports on stderr', () => {
    mkdirSync(join(journal.dir, 'sub'));
    const out = join(journal.dir, 'sub', 'notes.md');
    const result = reflect(['export', '--out', out], { db: journal.db });
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr.trim()).toBe(`exported 4 entries to ${out}`);
    expect(splitNotes(readFileSync(out, 'utf8'))).toHaveLength(4);
    expect(readdirSync(dirname(out))).toEqual(['notes.md']);
  });

  it('--out dir/ writes one note per entry named YYYY-MM-DD-<slug>-<id>.md, safe from path tricks', () => {
    const out = join(journal.dir, 'notes');
    const result = reflect(['export', '--out', `${out}/`], { db: journal.db });
    expect(result.code).toBe(0);
    expect(result.stderr.trim()).toBe(`exported 4 entries to 4 files in ${out}`);
    expect(readdirSync(out).sort()).toEqual([
      `2026-11-18-budget-review-with-dana-${ids[0]}.md`,
      `2026-11-20-etc-passwd-${ids[1]}.md`,
      `2026-11-21-con-entry-${ids[2]}.md`,
      `2026-11-22-freeform-${ids[3]}.md`,
    ]);
    // Nothing was written outside the folder.
    expect(readdirSync(journal.dir).sort()).toEqual(
      ['journal.db', 'journal.db-shm', 'journal.db-wal', 'notes'].filter((f) =>
        existsSync(join(journal.dir, f)),
      ),
    );
    for (const [i, id] of ids.entries()) {
      const name = readdirSync(out).find((f) => f.endsWith(`-${id}.md`))!;
      expectNoteMatches(readFileSync(join(out, name), 'utf8'), show(ids[i]!));
    }
  });

  it('--out with a name without an extension is a folder for Markdown', () => {
    const out = join(journal.dir, 'vault');
    expect(reflect(['export', '--out', out], { db: journal.db }).code).toBe(0);
    expect(readdirSync(out)).toHaveLength(4);
    const file = join(journal.dir, 'plain');
    writeFileSync(file, 'x');
    const result = reflect(['export', '--out', `${file}/`], { db: journal.db });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file} is a file, not a folder`);
  });

  it('never overwrites without --force: exit 2 naming the conflicts, nothing written', () => {
    const out = join(journal.dir, 'notes');
    reflect(['export', '--out', `${out}/`], { db: journal.db });
    const before = readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]);
    seed(journal.db, [{ date: '2026-11-23T08:00', title: 'A new one' }]);
    reflect(['star', String(ids[1])], { db: journal.db });
    const result = reflect(['export', '--out', `${out}/`], { db: journal.db });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      `reflect: 4 files already exist in ${out}: 2026-11-18-budget-review-with-dana-${ids[0]}.md, 2026-11-20-etc-passwd-${ids[1]}.md, 2026-11-21-con-entry-${ids[2]}.md, 2026-11-22-freeform-${ids[3]}.md; nothing was written`,
    );
    expect(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')])).toEqual(before);

    const forced = reflect(['export', '--out', `${out}/`, '--force'], { db: journal.db });
    expect(forced.code).toBe(0);
    expect(readdirSync(out)).toHaveLength(5);
    const starred = readdirSync(out).find((f) => f.endsWith(`-${ids[1]}.md`))!;
    expect(parseNote(readFileSync(join(out, starred), 'utf8')).front.starred).toBe(true);
  });

  it('refuses to replace an existing file without --force', () => {
    const out = join(journal.dir, 'journal.json');
    writeFileSync(out, 'precious');
    const result = reflect(['export', '--format', 'json', '--out', out], { db: journal.db });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${out} already exists; nothing was written`);
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect(reflect(['export', '--format', 'json', '--out', out, '--force'], { db: journal.db }).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).entries).toHaveLength(4);
    expect(readdirSync(journal.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a folder for the one-document JSON export', () => {
    mkdirSync(join(journal.dir, 'out'));
    const result = reflect(['export', '--format', 'json', '--out', join(journal.dir, 'out')], {
      db: journal.db,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the json export is one document; --out needs a file name, not a folder');
  });

  it('refuses an unknown format and leaves the journal alone', () => {
    const before = journalHash(journal.db);
    const result = reflect(['export', '--format', 'pdf'], { db: journal.db });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('reflect: --format must be md or json, got "pdf"');
    expect(journalHash(journal.db)).toBe(before);
  });

  it('--assignment exports the entries that completed it, with the assignment, and import brings both back once', () => {
    expect(
      reflect(['assign', 'check-in', '--from', 'Ana', '--every', 'day', '--count', '3'], { db: journal.db })
        .code,
    ).toBe(0);
    const answers = join(journal.dir, 'answers.json');
    writeFileSync(answers, JSON.stringify({ answers: { what: 'Standup felt tense' } }));
    expect(reflect(['new', '--set', 'check-in', '--answers', answers], { db: journal.db }).code).toBe(0);
    const result = reflect(['export', '--format', 'json', '--assignment', '1'], { db: journal.db });
    const doc = JSON.parse(result.stdout);
    expect(doc.entries.map((e: { answers: { value: unknown }[] }) => e.answers[0]!.value)).toEqual([
      'Standup felt tense',
    ]);
    expect(doc.assignments).toMatchObject([
      { set: 'check-in', from: 'Ana', every: 'day', count: 3, completions: [{ entry: doc.entries[0].uuid }] },
    ]);
    // A whole-journal export carries every assignment; one of unrelated entries carries none.
    expect(
      JSON.parse(reflect(['export', '--format', 'json'], { db: journal.db }).stdout).assignments,
    ).toHaveLength(1);
    expect(
      JSON.parse(reflect(['export', '--format', 'json', '--tag', 'demo'], { db: journal.db }).stdout)
        .assignments,
    ).toEqual([]);

    const file = join(journal.dir, 'for-coach.json');
    writeFileSync(file, result.stdout);
    const other = join(journal.dir, 'coach.db');
    expect(reflect(['import', file], { db: other }).stdout.trim()).toBe(
      'imported 1 · skipped 0 already here · conflicts 0 · assignments 1 added, 0 already here',
    );
    expect(reflect(['import', file], { db: other }).stdout.trim()).toBe(
      'imported 0 · skipped 1 already here · conflicts 0 · assignments 0 added, 1 already here',
    );
    expect(reflect(['assignments'], { db: other }).stdout).toContain('done 1 of 3');

    const unknown = reflect(['export', '--assignment', '9'], { db: journal.db });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no assignment with id 9');
  });

  it('shows no progress bar when stderr is not a terminal', () => {
    const many = Array.from({ length: 600 }, (_, i) => ({
      date: `2025-01-01T10:${String(i % 60).padStart(2, '0')}`,
    }));
    seed(journal.db, many);
    const result = reflect(['export', '--out', join(journal.dir, 'all.md')], { db: journal.db });
    expect(result.stderr).toBe(`exported 604 entries to ${join(journal.dir, 'all.md')}\n`);
    expect(statSync(join(journal.dir, 'all.md')).size).toBeGreaterThan(0);
  });
});

describe('reflect export --json', () => {
  it('is --format json: the same JSON export on stdout', () => {
    const asJson = reflect(['export', '--json'], { db: journal.db });
    const asFormat = reflect(['export', '--format', 'json'], { db: journal.db });
    expect(asJson).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(asJson.stdout).entries).toHaveLength(4);
    expect(asJson.stdout).toBe(asFormat.stdout);
    expect(reflect(['export', '--json', '--format', 'json'], { db: journal.db }).stdout).toBe(
      asFormat.stdout,
    );
  });

  it('with --format md is refused: one line and a hint on stderr, exit 2, nothing written', () => {
    const result = reflect(['export', '--json', '--format', 'md'], { db: journal.db });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      'reflect: --json cannot be combined with --format md\nuse one of them: --json, or --format md|json\n',
    );
  });
});
