import { randomUUID } from 'node:crypto';
import { localDay } from '../domain/cadence.js';
import type { AnswerMap, PromptSet } from '../domain/types.js';
import { completeOccurrence } from './assignments.js';
import type { Db } from './db.js';
import { deleteDraft } from './drafts.js';
import { insertEntry } from './entries.js';
import { snapshotSet } from './prompt-sets.js';

export interface EntryToSave {
  set: PromptSet;
  source: 'builtin' | 'installed';
  yaml: string | null;
  title: string;
  occurredAt: Date;
  people: string[];
  tags: string[];
  answers: AnswerMap;
  /** The draft this entry was written in: removed in the same transaction. */
  draftId?: number | undefined;
}

/**
 * Saves a new entry in one transaction: the set version it uses, the entry, the end of its draft, and the
 * assignment occurrence it completes (if one is open for that set).
 */
export function saveNewEntry(db: Db, input: EntryToSave, now: Date): number {
  const save = db.transaction(() => {
    const stamp = now.toISOString();
    snapshotSet(db, input.set, input.source, input.yaml, stamp);
    const id = insertEntry(db, {
      uuid: randomUUID(),
      set: input.set,
      title: input.title,
      occurredAt: input.occurredAt.toISOString(),
      utcOffset: -input.occurredAt.getTimezoneOffset(),
      people: input.people,
      tags: input.tags,
      answers: input.answers,
      createdAt: stamp,
    });
    if (input.draftId !== undefined) deleteDraft(db, input.draftId);
    completeOccurrence(db, input.set.id, id, localDay(now));
    return id;
  });
  return save.immediate();
}
