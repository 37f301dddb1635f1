/**
 * Schema 6: each statement carries its entry's time, so a group's first sighting, earliest wording and whether
 * the person placed all of it are index look-ups. Without it, `summary --week` on a journal grouped for years
 * read every statement of every group it showed (130,000 rows for one week of a 100k-entry journal).
 * Triggers keep the copy in step whoever writes: a statement inserted without it (restore from the trash, …)
 * takes its entry's time, and editing an entry's time moves its statements along.
 */
export default /* sql */ `
ALTER TABLE statements ADD COLUMN occurred_at TEXT;
UPDATE statements SET occurred_at = (SELECT e.occurred_at FROM entries e WHERE e.id = statements.entry_id);

-- (group_id, occurred_at) also serves every lookup by group alone.
DROP INDEX statements_by_group;
CREATE INDEX statements_by_group_time ON statements (group_id, occurred_at);
CREATE INDEX statements_by_group_link ON statements (group_id, linked_by);
-- "Anything to group in these weeks?" reads only the statements still waiting, not every one of the period.
CREATE INDEX statements_pending_by_time ON statements (occurred_at) WHERE linked_by IS NULL OR group_id IS NULL;
-- History and "quiet" read group, entry and time of a few weeks' statements without visiting the entries.
CREATE INDEX statements_by_time ON statements (occurred_at, entry_id, step_pos, item, group_id);

CREATE TRIGGER statements_time AFTER INSERT ON statements WHEN NEW.occurred_at IS NULL
BEGIN
  UPDATE statements SET occurred_at = (SELECT e.occurred_at FROM entries e WHERE e.id = NEW.entry_id)
  WHERE id = NEW.id;
END;

CREATE TRIGGER entries_time_statements AFTER UPDATE OF occurred_at ON entries
  WHEN NEW.occurred_at IS NOT OLD.occurred_at
BEGIN
  UPDATE statements SET occurred_at = NEW.occurred_at WHERE entry_id = NEW.id;
END;
`;
