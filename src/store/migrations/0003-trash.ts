/**
 * Schema 3: the trash. A deleted entry is removed from `entries` (its answers, people and tags links cascade, and
 * the search index follows through its triggers) and kept here whole for 30 days, so no other query ever needs
 * to filter deleted rows out.
 */
export default /* sql */ `
CREATE TABLE trash (
  id          INTEGER PRIMARY KEY,           -- the entry's own id: restore puts it back under the same number
  uuid        TEXT    NOT NULL UNIQUE,
  snapshot    TEXT    NOT NULL,              -- JSON: the entry with its answers, people, tags and prompt set
  deleted_at  TEXT    NOT NULL
);
CREATE INDEX trash_by_deleted_at ON trash (deleted_at);
`;
