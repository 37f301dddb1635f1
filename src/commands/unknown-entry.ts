import { UserError } from '../errors.js';
import type { Db } from '../store/db.js';
import { isTrashed } from '../store/trash.js';
import { MSG } from '../ui/messages.js';

/** "no entry with id 4", and what to do next: restore it when it is in the trash, else look at the list. */
export function unknownEntryError(db: Db, id: number, message = MSG.unknownEntry(String(id))): UserError {
  return new UserError(message, { hint: isTrashed(db, id) ? MSG.entryInTrash(id) : MSG.seeEntries });
}
