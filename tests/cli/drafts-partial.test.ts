import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/db.js';
import { createDraft, saveDraft } from '../../src/store/drafts.js';
import { reflect, reflectJson, tempJournal } from '../helpers/cli.js';
import { installKindsSet, KINDS_SET } from '../helpers/kinds-set.js';

interface DraftJson {
  id: number;
  answered: number;
  answers: Record<string, unknown>;
  partial: { step: string; value: unknown } | null;
}

/** A draft as Ctrl-C leaves it: `answers` given, and the step being written when it came (`partial`). */
function draftWith(db: string, state: Parameters<typeof saveDraft>[2]): void {
  installKindsSet(db);
  const store = openStore(db);
  try {
    const id = createDraft(store.db, KINDS_SET.id, KINDS_SET.version, {}, '2026-11-24T09:00:00.000Z');
    saveDraft(store.db, id, state, '2026-11-24T09:05:00.000Z');
  } finally {
    store.close();
  }
}

describe('reflect drafts: a step written in part', () => {
  let journal: ReturnType<typeof tempJournal>;
  beforeEach(() => {
    journal = tempJournal();
  });
  afterEach(() => journal.cleanup());

  it('--json shows the partly written answer under "partial", apart from the answered steps', () => {
    draftWith(journal.db, {
      answers: { text: 'Standup' },
      partial: { stepId: 'long', value: 'First line.\nSecond line.' },
      meta: {},
    });
    const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
    expect(draft?.answered).toBe(1);
    expect(draft?.answers).toEqual({ text: 'Standup' });
    expect(draft?.partial).toEqual({ step: 'long', value: 'First line.\nSecond line.' });
  });

  it('--json has "partial": null when no step is begun', () => {
    draftWith(journal.db, { answers: { text: 'Standup' }, meta: {} });
    const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
    expect(draft?.partial).toBeNull();
  });

  it('the list says a step is begun, and names a draft by its partly written words when nothing else has any', () => {
    draftWith(journal.db, {
      answers: {},
      partial: { stepId: 'long', value: 'Budget talk\nwith Dana' },
      meta: {},
    });
    const result = reflect(['drafts'], { db: journal.db });
    expect(result.code).toBe(0);
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(
      'Every step kind: 0 of 8 steps answered, step 2 begun — Budget talk with Dana',
    );
  });
});
