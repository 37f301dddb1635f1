import { validateAnswers } from './answers.js';
import { cleanNames, cleanTags, oneLine } from './names.js';
import type { AnswerMap, Entry, PromptSet } from './types.js';

/** The full new state of an entry after an edit: what `updateEntry` writes. */
export interface EntryChanges {
  set: PromptSet;
  title: string;
  /** ISO instant */
  occurredAt: string;
  /** Minutes east of UTC */
  utcOffset: number;
  people: string[];
  tags: string[];
  answers: AnswerMap;
}

/** What an edit proposes, before checking: from the edited document or an answers file. */
export interface EditProposal {
  title: string;
  people: string[];
  tags: string[];
  answers: Record<string, unknown>;
  /** Undefined keeps the entry's date. */
  when?: { occurredAt: string; utcOffset: number } | undefined;
}

/**
 * Checks a proposal against the entry's own set version (throws a UserError naming the step) and says whether
 * anything would change.
 */
export function planEdit(
  entry: Entry,
  set: PromptSet,
  proposal: EditProposal,
): { changes: EntryChanges; changed: boolean } {
  const changes: EntryChanges = {
    set,
    title: oneLine(proposal.title),
    occurredAt: proposal.when?.occurredAt ?? entry.occurredAt,
    utcOffset: proposal.when?.utcOffset ?? entry.utcOffset,
    people: cleanNames(proposal.people),
    tags: cleanTags(proposal.tags),
    answers: validateAnswers(set, proposal.answers),
  };
  const before = Object.fromEntries(entry.answers.map((a) => [a.stepId, a.value]));
  const changed =
    changes.title !== entry.title ||
    changes.occurredAt !== entry.occurredAt ||
    changes.utcOffset !== entry.utcOffset ||
    JSON.stringify(changes.people) !== JSON.stringify(entry.people) ||
    JSON.stringify(changes.tags) !== JSON.stringify(entry.tags) ||
    JSON.stringify(changes.answers) !== JSON.stringify(before);
  return { changes, changed };
}

/** The offset written in an ISO date ("…+05:30", "…Z"), in minutes east of UTC; undefined when none is written. */
export function writtenOffset(text: string): number | undefined {
  const match = /(?:\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|([+-])(\d{2}):?(\d{2}))$/i.exec(text.trim());
  if (!match) return undefined;
  if (match[1]!.toUpperCase() === 'Z') return 0;
  const minutes = Number(match[3]) * 60 + Number(match[4]);
  return match[2] === '-' ? -minutes : minutes;
}
