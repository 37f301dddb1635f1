/**
 * Schema 2: full-text search. One FTS5 document per entry (rowid = entries.id): its title, and the text of
 * every answer flattened in step order (lists item by item, dialogues said then unsaid line by line).
 *
 * Triggers keep the index right after ANY change to `entries` or `answers`, including plain SQL from other
 * modules (edit, delete to trash, restore), so no caller has to remember to re-index. An answer change
 * re-indexes its whole entry: entries are small, and FTS5 cannot append to a document.
 *
 * unicode61 with remove_diacritics 2: "Zoë" matches "zoe", "Tomás" matches "tomas".
 */
const BODY = (id: string) => `(SELECT group_concat(j.value, char(10) ORDER BY a.position, j.id)
    FROM answers a, json_tree(a.value) j WHERE a.entry_id = ${id} AND j.type = 'text')`;

const REINDEX = (id: string) => `
  DELETE FROM entry_search WHERE rowid = ${id};
  INSERT INTO entry_search (rowid, title, body) SELECT e.id, e.title, ${BODY('e.id')} FROM entries e WHERE e.id = ${id};`;

export default /* sql */ `
CREATE VIRTUAL TABLE entry_search USING fts5 (
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER entry_search_entry_insert AFTER INSERT ON entries BEGIN
  INSERT INTO entry_search (rowid, title, body) VALUES (NEW.id, NEW.title, ${BODY('NEW.id')});
END;
CREATE TRIGGER entry_search_entry_update AFTER UPDATE OF id, title ON entries BEGIN
  DELETE FROM entry_search WHERE rowid = OLD.id;${REINDEX('NEW.id')}
END;
CREATE TRIGGER entry_search_entry_delete AFTER DELETE ON entries BEGIN
  DELETE FROM entry_search WHERE rowid = OLD.id;
END;

CREATE TRIGGER entry_search_answer_insert AFTER INSERT ON answers
  WHEN EXISTS (SELECT 1 FROM entries WHERE id = NEW.entry_id) BEGIN${REINDEX('NEW.entry_id')}
END;
CREATE TRIGGER entry_search_answer_update AFTER UPDATE ON answers BEGIN
  DELETE FROM entry_search WHERE rowid IN (OLD.entry_id, NEW.entry_id);
  INSERT INTO entry_search (rowid, title, body)
    SELECT e.id, e.title, ${BODY('e.id')} FROM entries e WHERE e.id IN (OLD.entry_id, NEW.entry_id);
END;
CREATE TRIGGER entry_search_answer_delete AFTER DELETE ON answers BEGIN${REINDEX('OLD.entry_id')}
END;

-- Rank by bm25 with title matches weighing four times as much as matches in answers.
INSERT INTO entry_search (entry_search, rank) VALUES ('rank', 'bm25(4.0, 1.0)');

-- Journals written before this schema: index what is there.
INSERT INTO entry_search (rowid, title, body) SELECT e.id, e.title, ${BODY('e.id')} FROM entries e;
`;
