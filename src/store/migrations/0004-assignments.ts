/**
 * Schema 4 (coach): assignments — a prompt set to do once or on a cadence — and the entries that completed
 * them. Days are local calendar days (`2026-11-24`): "due Friday" means Friday where the person lives.
 */
export default /* sql */ `
CREATE TABLE assignments (
  id            INTEGER PRIMARY KEY,
  set_id        TEXT    NOT NULL,
  -- The set's title when assigned, so reminders under \`reflect list\` need no prompt-set lookup.
  title         TEXT    NOT NULL,
  from_name     TEXT,
  note          TEXT,
  every         TEXT,                        -- 'day', 'week', '3 days', 'weekday:friday'; NULL: once
  count         INTEGER CHECK (count IS NULL OR count >= 1),  -- NULL with a cadence: until cancelled
  first_due     TEXT    NOT NULL,            -- local day YYYY-MM-DD
  origin        TEXT    NOT NULL CHECK (origin IN ('file', 'self')),
  created_at    TEXT    NOT NULL,
  cancelled_at  TEXT
);
CREATE INDEX assignments_by_set ON assignments (set_id);

-- One row per entry that completed an occurrence; the schedule is replayed from these (see domain/cadence.ts).
CREATE TABLE assignment_completions (
  entry_id       INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
  assignment_id  INTEGER NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  due_on         TEXT    NOT NULL,           -- the occurrence's due day
  completed_on   TEXT    NOT NULL            -- local day the entry was saved
);
CREATE INDEX assignment_completions_by_assignment ON assignment_completions (assignment_id, completed_on);

-- \`reflect prompts remove --force\` keeps the versions entries were written with, marked removed.
ALTER TABLE prompt_sets ADD COLUMN removed_at TEXT;
`;
