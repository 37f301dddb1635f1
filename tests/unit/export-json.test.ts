import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_QUERY } from '../../src/domain/query.js';
import type { AnswerMap, PromptSet } from '../../src/domain/types.js';
import { runExport } from '../../src/export/exporter.js';
import { EXPORT_FORMATS } from '../../src/export/formats.js';
import { importFile } from '../../src/export/importer.js';
import { builtinSets } from '../../src/prompt-catalog.js';
import { openStore, type Store } from '../../src/store/db.js';
import { insertEntry } from '../../src/store/entries.js';
import { snapshotSet } from '../../src/store/prompt-sets.js';
import { selectionOf } from '../../src/store/transfer.js';

const dir = mkdtempSync(join(tmpdir(), 'reflect-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
const NOW = new Date('2026-11-24T09:00:00Z');

/** An installed set with a step of every kind (the built-in ones have no choice, scale or confirm). */
const CUSTOM: PromptSet = {
  schema: 1,
  id: 'coach-check-in',
  version: 2,
  title: 'Check-in',
  description: 'After a tough meeting',
  author: 'A coach',
  steps: [
    { id: 'what', kind: 'text', role: 'context', question: 'What happened?', required: true },
    { id: 'pairs', kind: 'dialogue', role: 'said', question: 'Said / unsaid', required: false },
    { id: 'why', kind: 'long', role: 'feeling', question: 'How did it feel?', required: false },
    { id: 'beliefs', kind: 'list', role: 'assumption', question: 'Assumptions?', required: false },
    {
      id: 'mood',
      kind: 'choice',
      role: 'other',
      question: 'Mood',
      required: false,
      choices: ['calm', 'tense'],
    },
    { id: 'energy', kind: 'scale', role: 'other', question: 'Energy', required: false, min: 0, max: 5 },
    { id: 'again', kind: 'confirm', role: 'test', question: 'Again?', required: false },
  ],
};

function freshStore(): Store {
  return openStore(join(dir, `j${++counter}.db`));
}

async function exportJson(store: Store, exportedAt = NOW.toISOString()): Promise<string> {
  const path = join(dir, `e${++counter}.json`);
  await runExport(
    store.db,
    {
      format: EXPORT_FORMATS.json!,
      target: { kind: 'file', path },
      selection: selectionOf(EMPTY_QUERY),
      force: false,
      exportedAt,
      assignments: [],
    },
    { stdout: process.stdout },
  );
  return path;
}

const text = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.constantFrom('"', '\\', '\n', '\r\n', '\u2028', '\u0000', '😤', '{', '}', '[', ']', ','),
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(''));
const filled = text.filter((t) => t.trim() !== '');
// Names as the journal keeps them: trimmed, single spaces, no case-insensitive duplicates.
const names = fc
  .uniqueArray(
    filled.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t !== ''),
    { maxLength: 3, selector: (t) => t.toLowerCase() },
  )
  .map((list) => list.filter((t) => !/^[#@]/.test(t)));

const customAnswers: fc.Arbitrary<AnswerMap> = fc.record(
  {
    what: text,
    pairs: fc.array(fc.record({ said: filled, unsaid: text }), { maxLength: 3 }),
    why: text,
    beliefs: fc.array(filled, { maxLength: 3 }),
    mood: fc.constantFrom('calm', 'tense'),
    energy: fc.integer({ min: 0, max: 5 }),
    again: fc.boolean(),
  },
  { requiredKeys: ['what'] },
) as fc.Arbitrary<AnswerMap>;

const entryArb = fc.record({
  custom: fc.boolean(),
  title: text,
  minutes: fc.integer({ min: 0, max: 60 * 24 * 365 * 30 }),
  offset: fc.integer({ min: -12 * 60, max: 14 * 60 }),
  starred: fc.boolean(),
  people: names,
  tags: names,
  answers: customAnswers,
  free: text,
});

type GeneratedEntry = typeof entryArb extends fc.Arbitrary<infer T> ? T : never;

function fill(store: Store, entries: GeneratedEntry[]): void {
  const freeform = builtinSets().find((c) => c.set.id === 'freeform')!;
  store.db.transaction(() => {
    snapshotSet(store.db, CUSTOM, 'installed', null, '2026-01-02T03:04:05.000Z');
    snapshotSet(store.db, freeform.set, 'builtin', freeform.yaml, '2026-01-02T03:04:05.000Z');
    entries.forEach((e, i) => {
      const at = new Date(Date.UTC(1999, 0, 1) + e.minutes * 60_000).toISOString();
      insertEntry(store.db, {
        uuid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        set: e.custom ? CUSTOM : freeform.set,
        title: e.title,
        occurredAt: at,
        utcOffset: e.offset,
        starred: e.starred,
        people: e.people,
        tags: e.tags,
        answers: e.custom ? e.answers : { entry: e.free },
        createdAt: at,
        updatedAt: new Date(Date.parse(at) + 5000).toISOString(),
      });
    });
  })();
}

/** One plain freeform entry, for tests about a single known text. */
function freeformEntry(title: string, free: string): GeneratedEntry {
  return {
    custom: false,
    title,
    minutes: 1,
    offset: 0,
    starred: false,
    people: [],
    tags: [],
    answers: {},
    free,
  };
}

function withoutExportedAt(json: string): string {
  return json.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "…"');
}

describe('reflect JSON export', () => {
  it('round-trips through an empty journal: export → import → export gives the same document', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entryArb, { maxLength: 6 }), async (entries) => {
        const a = freshStore();
        const b = freshStore();
        try {
          fill(a, entries);
          const first = await exportJson(a, '2026-11-24T09:00:00.000Z');
          const summary = importFile(b.db, first, { dryRun: false, overwrite: false, now: NOW });
          expect(summary).toMatchObject({
            format: 'reflect',
            imported: entries.length,
            unchanged: 0,
            conflicts: 0,
          });
          const second = await exportJson(b, '2026-11-25T12:00:00.000Z');
          expect(withoutExportedAt(readFileSync(second, 'utf8'))).toBe(
            withoutExportedAt(readFileSync(first, 'utf8')),
          );
          // Idempotent: the same file again adds nothing.
          const again = importFile(b.db, first, { dryRun: false, overwrite: false, now: NOW });
          expect(again).toMatchObject({ imported: 0, unchanged: entries.length, conflicts: 0 });
        } finally {
          a.close();
          b.close();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('is valid JSON with the documented top level, prompt sets first and one entry per line', async () => {
    const store = freshStore();
    fill(store, [
      {
        custom: true,
        title: 'Budget talk',
        minutes: 10,
        offset: 60,
        starred: true,
        people: ['Dana'],
        tags: ['budget'],
        answers: { what: 'The review', energy: 3, again: true, pairs: [{ said: 'Hi', unsaid: 'Ugh' }] },
        free: '',
      },
    ]);
    const text = readFileSync(await exportJson(store), 'utf8');
    store.close();
    const doc = JSON.parse(text);
    expect(Object.keys(doc)).toEqual([
      'format',
      'version',
      'exportedAt',
      'promptSets',
      'assignments',
      'entries',
    ]);
    expect(doc).toMatchObject({
      format: 'reflect-journal',
      version: 1,
      exportedAt: NOW.toISOString(),
      assignments: [],
    });
    expect(doc.promptSets).toEqual([
      { source: 'installed', addedAt: '2026-01-02T03:04:05.000Z', yaml: null, set: CUSTOM },
    ]);
    expect(doc.entries).toEqual([
      {
        uuid: '00000000-0000-4000-8000-000000000000',
        set: 'coach-check-in',
        setVersion: 2,
        title: 'Budget talk',
        occurredAt: '1999-01-01T00:10:00.000Z',
        utcOffset: 60,
        createdAt: '1999-01-01T00:10:00.000Z',
        updatedAt: '1999-01-01T00:10:05.000Z',
        starred: true,
        people: ['Dana'],
        tags: ['budget'],
        answers: [
          { step: 'what', kind: 'text', role: 'context', value: 'The review' },
          { step: 'pairs', kind: 'dialogue', role: 'said', value: [{ said: 'Hi', unsaid: 'Ugh' }] },
          { step: 'energy', kind: 'scale', role: 'other', value: 3 },
          { step: 'again', kind: 'confirm', role: 'test', value: true },
        ],
      },
    ]);
    expect(text.split('\n').filter((line) => line.startsWith('    {"uuid"'))).toHaveLength(1);
  });

  it('exports an empty journal as a valid document', async () => {
    const store = freshStore();
    const text = readFileSync(await exportJson(store), 'utf8');
    store.close();
    expect(JSON.parse(text)).toMatchObject({ promptSets: [], entries: [] });
  });

  it('leaves the search index settings as they were, and the imported words findable', async () => {
    const a = freshStore();
    const b = freshStore();
    const settings = (store: Store) =>
      store.db.prepare('SELECT k, v FROM entry_search_config ORDER BY k').all();
    const before = settings(b);
    fill(a, [freeformEntry('Harbour walk', 'the lighthouse keeper')]);
    const path = await exportJson(a);
    importFile(b.db, path, { dryRun: false, overwrite: false, now: NOW });
    expect(settings(b)).toEqual(before);
    const found = b.db.prepare("SELECT rowid FROM entry_search WHERE entry_search MATCH 'lighthouse'").all();
    expect(found).toHaveLength(1);
    a.close();
    b.close();
  });

  it('reports a changed entry with the same uuid as a conflict, and replaces it only with overwrite', async () => {
    const a = freshStore();
    const b = freshStore();
    fill(a, [freeformEntry('Original', 'first words')]);
    const path = await exportJson(a);
    importFile(b.db, path, { dryRun: false, overwrite: false, now: NOW });
    const changed = readFileSync(path, 'utf8').replace('first words', 'second thoughts');
    const changedPath = join(dir, 'changed.json');
    writeFileSync(changedPath, changed);
    const skipped = importFile(b.db, changedPath, { dryRun: false, overwrite: false, now: NOW });
    expect(skipped).toMatchObject({ imported: 0, unchanged: 0, conflicts: 1, overwritten: 0 });
    expect(readFileSync(await exportJson(b), 'utf8')).toContain('first words');
    const dry = importFile(b.db, changedPath, { dryRun: true, overwrite: true, now: NOW });
    expect(dry).toMatchObject({ conflicts: 1, overwritten: 1, dryRun: true });
    expect(readFileSync(await exportJson(b), 'utf8')).toContain('first words');
    const replaced = importFile(b.db, changedPath, { dryRun: false, overwrite: true, now: NOW });
    expect(replaced).toMatchObject({ conflicts: 1, overwritten: 1 });
    expect(readFileSync(await exportJson(b), 'utf8')).toContain('second thoughts');
    a.close();
    b.close();
  });
});
