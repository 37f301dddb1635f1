/**
 * Schema 5: the assumption register. Every item of an answer whose step has role `assumption` is a statement;
 * statements belong to groups ("the same assumption"). The person's decisions are authoritative
 * (`linked_by = 'person'`); automatic grouping fills in the rest (`'auto'`) and may be recomputed.
 */
export default /* sql */ `
CREATE TABLE assumption_groups (
  id          INTEGER PRIMARY KEY,
  -- NULL: the group is named after its earliest statement.
  label       TEXT,
  -- 'person' once the person has touched the group (link, merge, rename, oppose, test): never garbage-collected.
  origin      TEXT    NOT NULL CHECK (origin IN ('auto', 'person')),
  created_at  TEXT    NOT NULL
);

CREATE TABLE statements (
  id         INTEGER PRIMARY KEY,
  entry_id   INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
  step_id    TEXT    NOT NULL,
  -- Order within the entry: the step's position, then the item's index in the answer.
  step_pos   INTEGER NOT NULL,
  item       INTEGER NOT NULL,
  text       TEXT    NOT NULL,               -- exactly as written
  group_id   INTEGER REFERENCES assumption_groups (id) ON DELETE SET NULL,
  -- NULL: not grouped yet (the next command that needs groups runs the automatic grouping).
  linked_by  TEXT    CHECK (linked_by IN ('auto', 'person'))
);
CREATE INDEX statements_by_entry ON statements (entry_id, step_pos, item);
CREATE INDEX statements_by_group ON statements (group_id);
CREATE INDEX statements_pending ON statements (id) WHERE linked_by IS NULL OR group_id IS NULL;

-- The person's "these two are different" decisions (unlink, "new" while writing), as statement pairs a < b.
CREATE TABLE statement_links (
  a         INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  b         INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  relation  TEXT    NOT NULL CHECK (relation IN ('different')),
  PRIMARY KEY (a, b)
) WITHOUT ROWID;

-- Opposite groups, as pairs a < b: marked by the person, or proposed by the automatic grouping.
CREATE TABLE group_opposites (
  a       INTEGER NOT NULL REFERENCES assumption_groups (id) ON DELETE CASCADE,
  b       INTEGER NOT NULL REFERENCES assumption_groups (id) ON DELETE CASCADE,
  origin  TEXT    NOT NULL CHECK (origin IN ('auto', 'person')),
  PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX group_opposites_by_b ON group_opposites (b);

-- "Testing closes the loop": what the person found when they checked the assumption. Latest counts.
CREATE TABLE assumption_tests (
  id         INTEGER PRIMARY KEY,
  group_id   INTEGER NOT NULL REFERENCES assumption_groups (id) ON DELETE CASCADE,
  result     TEXT    NOT NULL CHECK (result IN ('held', 'failed', 'mixed')),
  note       TEXT    NOT NULL DEFAULT '',
  tested_at  TEXT    NOT NULL
);
CREATE INDEX assumption_tests_by_group ON assumption_tests (group_id, tested_at);

-- Entries whose assumption answers changed and whose statements are not re-derived yet. A trigger marks
-- them, so every writer of answers (new, edit, restore from trash, import, existing journals being upgraded)
-- keeps the register in sync without knowing about it; the next assumption command re-derives them.
-- No foreign key: deleting an entry marks it too, and syncing a missing entry just forgets it.
CREATE TABLE statement_backlog (
  entry_id  INTEGER PRIMARY KEY
);
CREATE TRIGGER answers_assumption_insert AFTER INSERT ON answers WHEN NEW.role = 'assumption'
BEGIN
  INSERT OR IGNORE INTO statement_backlog (entry_id) VALUES (NEW.entry_id);
END;
CREATE TRIGGER answers_assumption_update AFTER UPDATE ON answers WHEN NEW.role = 'assumption' OR OLD.role = 'assumption'
BEGIN
  INSERT OR IGNORE INTO statement_backlog (entry_id) VALUES (NEW.entry_id);
END;
CREATE TRIGGER answers_assumption_delete AFTER DELETE ON answers WHEN OLD.role = 'assumption'
BEGIN
  INSERT OR IGNORE INTO statement_backlog (entry_id) VALUES (OLD.entry_id);
END;
INSERT OR IGNORE INTO statement_backlog (entry_id) SELECT DISTINCT entry_id FROM answers WHERE role = 'assumption';
`;
