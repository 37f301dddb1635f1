import init from './0001-init.js';
import search from './0002-search.js';
import trash from './0003-trash.js';
import assignments from './0004-assignments.js';
import assumptions from './0005-assumptions.js';
import statementTimes from './0006-statement-times.js';
import answersByRole from './0007-answers-by-role.js';
import statementsPending from './0008-statements-pending.js';
import groupLinkInTime from './0009-group-link-in-time.js';
import groupNotOpposites from './0010-group-not-opposites.js';
import mergeNameSpellings from './0011-merge-name-spellings.js';
import idMarks from './0012-id-marks.js';

/** Migration n (1-based) brings a database from schema n-1 to n. Append only. */
export const MIGRATIONS: readonly string[] = [
  init,
  search,
  trash,
  assignments,
  assumptions,
  statementTimes,
  answersByRole,
  statementsPending,
  groupLinkInTime,
  groupNotOpposites,
  mergeNameSpellings,
  idMarks,
];
export const SCHEMA_VERSION = MIGRATIONS.length;
