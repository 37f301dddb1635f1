import { randomUUID } from 'node:crypto';
import { localDay } from '../domain/cadence.js';
import type { EntryChanges } from '../domain/entry-edit.js';
import type { AnswerMap, Entry, PromptSet } from '../domain/types.js';
import { UserError } from '../errors.js';
import { completeOccurrence } from './assignments.js';
import {
  applyDecisions,
  restoreStatements,
  type StatementDecision,
  snapshotStatements,
  syncStatements,
} from './assumptions.js';
import type { Db } from './db.js';
import { deleteDraft } from './drafts.js';
import { deleteEntryRow, getEntry, getEntryByUuid, insertEntry, rewriteEntry } from './entries.js';
import { getStoredSet, snapshotSet } from './prompt-sets.js';
import { getTrashed, insertTrashed, purgeTrashBefore, removeTrashed, TRASH_DAYS } from './trash.js';

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
  /** What the person decided about their assumptions while writing (link-as-you-write). */
  decisions?: StatementDecision[] | undefined;
}

/**
 * Saves a new entry in one transaction: the set version it uses, the entry, its assumption statements (with
 * the person's decisions about them), the end of its draft, and the assignment occurrence it completes (if one
 * is open for that set).
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
    syncStatements(db, id);
    if (input.decisions?.length) applyDecisions(db, id, input.decisions, now);
    if (input.draftId !== undefined) deleteDraft(db, input.draftId);
    completeOccurrence(db, input.set.id, id, localDay(now));
    return id;
  });
  return save.immediate();
}

/**
 * Replaces an entry's title, date, people, tags and answers in one transaction; `updated_at` becomes `now`,
 * `created_at` never changes. Every way of editing an entry goes through here (hook per-entry derived data in).
 * With `expectedUpdatedAt`, an entry changed by someone else since it was read is refused, not overwritten.
 */
export function updateEntry(
  db: Db,
  id: number,
  changes: EntryChanges,
  now: Date,
  options: { expectedUpdatedAt?: string | undefined } = {},
): void {
  const update = db.transaction(() => {
    if (rewriteEntry(db, id, changes, now.toISOString(), options.expectedUpdatedAt)) return;
    if (!getEntry(db, id)) throw new UserError(`no entry with id ${id}`);
    throw new UserError(`entry ${id} was changed by another reflect while you were editing it`, {
      hint: `see the current version with: reflect show ${id}`,
    });
  });
  update.immediate();
}

/** Moves entries to the trash, all or none: an unknown id leaves every entry where it was. */
export function trashEntries(db: Db, ids: number[], now: Date): Entry[] {
  const trash = db.transaction(() => {
    const stamp = now.toISOString();
    purgeExpiredTrash(db, now);
    return ids.map((id) => {
      const entry = getEntry(db, id);
      if (!entry) throw new UserError(`no entry with id ${id}; nothing was deleted`);
      const stored = getStoredSet(db, entry.setId, entry.setVersion);
      if (!stored)
        throw new Error(`prompt set ${entry.setId} v${entry.setVersion} is missing from the journal`);
      insertTrashed(
        db,
        {
          entry,
          set: stored.set,
          setSource: stored.source,
          setYaml: stored.yaml,
          statements: snapshotStatements(db, id),
        },
        stamp,
      );
      deleteEntryRow(db, id);
      return entry;
    });
  });
  return trash.immediate();
}

/** Puts trashed entries back under their own id and uuid, all or none. */
export function restoreEntries(db: Db, ids: number[], now: Date): Entry[] {
  const restore = db.transaction(() => {
    const stamp = now.toISOString();
    return ids.map((id) => {
      const trashed = getTrashed(db, id);
      if (!trashed) {
        throw new UserError(`entry ${id} is not in the trash; nothing was restored`, {
          // Restored already (or never deleted): say where it is rather than send the person to an empty trash.
          hint: getEntry(db, id)
            ? `entry ${id} is in your journal: reflect show ${id}`
            : 'see what is there with: reflect trash',
        });
      }
      const { entry, set } = trashed;
      if (getEntry(db, id)) {
        throw new UserError(`cannot restore entry ${id}: an entry with id ${id} exists already`);
      }
      const twin = getEntryByUuid(db, entry.uuid);
      if (twin) {
        throw new UserError(
          `cannot restore entry ${id}: the same entry (uuid ${entry.uuid}) is in the journal as entry ${twin.id}`,
          { hint: `it was probably imported again; remove it from the trash with: reflect trash empty` },
        );
      }
      snapshotSet(db, set, trashed.setSource, trashed.setYaml, stamp);
      insertEntry(db, {
        id: entry.id,
        uuid: entry.uuid,
        set,
        title: entry.title,
        occurredAt: entry.occurredAt,
        utcOffset: entry.utcOffset,
        starred: entry.starred,
        people: entry.people,
        tags: entry.tags,
        answers: Object.fromEntries(entry.answers.map((a) => [a.stepId, a.value])),
        createdAt: entry.createdAt,
        updatedAt: entry.updatedAt,
      });
      restoreStatements(db, id, trashed.statements);
      removeTrashed(db, id);
      return entry;
    });
  });
  return restore.immediate();
}

/** Trashed entries older than TRASH_DAYS are gone for good; returns how many. */
export function purgeExpiredTrash(db: Db, now: Date): number {
  return purgeTrashBefore(db, new Date(now.getTime() - TRASH_DAYS * 86_400_000).toISOString());
}

/** Records the person's link-as-you-write decisions for an entry's statements, in one transaction. */
export function linkStatements(
  db: Db,
  entryId: number,
  decisions: readonly StatementDecision[],
  now: Date,
): void {
  const link = db.transaction(() => {
    syncStatements(db, entryId);
    applyDecisions(db, entryId, decisions, now);
  });
  link.immediate();
}
