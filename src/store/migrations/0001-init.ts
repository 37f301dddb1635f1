/**
 * Schema 1: the journal. Append-only: never edit a migration that has shipped; add 0002-… instead.
 * Times are ISO 8601 UTC strings (`2026-11-24T09:30:00.000Z`) so that text order is time order.
 */
export default /* sql */ `
CREATE TABLE prompt_sets (
  id          TEXT    NOT NULL,
  version     INTEGER NOT NULL,
  title       TEXT    NOT NULL,
  -- 'builtin' sets are snapshotted here when first used, so an entry always finds the questions it was
  -- written with, even after reflect ships a new version of the set.
  source      TEXT    NOT NULL CHECK (source IN ('builtin', 'installed')),
  definition  TEXT    NOT NULL,              -- the validated set as JSON
  yaml        TEXT,                          -- the file as the coach wrote it (installed sets)
  added_at    TEXT    NOT NULL,
  PRIMARY KEY (id, version)
) WITHOUT ROWID;

CREATE TABLE entries (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT    NOT NULL UNIQUE,
  set_id       TEXT    NOT NULL,
  set_version  INTEGER NOT NULL,
  title        TEXT    NOT NULL DEFAULT '',
  occurred_at  TEXT    NOT NULL,
  utc_offset   INTEGER NOT NULL DEFAULT 0,   -- minutes east of UTC where it was written
  created_at   TEXT    NOT NULL,
  updated_at   TEXT    NOT NULL,
  starred      INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
  FOREIGN KEY (set_id, set_version) REFERENCES prompt_sets (id, version)
);
CREATE INDEX entries_by_time ON entries (occurred_at DESC, id DESC);
CREATE INDEX entries_by_set ON entries (set_id, occurred_at DESC);

CREATE TABLE answers (
  entry_id  INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
  step_id   TEXT    NOT NULL,
  kind      TEXT    NOT NULL,
  role      TEXT    NOT NULL,
  position  INTEGER NOT NULL,
  value     TEXT    NOT NULL,                -- JSON: string | string[] | {said, unsaid}[] | number | boolean
  PRIMARY KEY (entry_id, step_id)
) WITHOUT ROWID;
CREATE INDEX answers_by_role ON answers (role, entry_id);

CREATE TABLE people (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE entry_people (
  entry_id   INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
  person_id  INTEGER NOT NULL REFERENCES people (id),
  position   INTEGER NOT NULL,
  PRIMARY KEY (entry_id, person_id)
) WITHOUT ROWID;
CREATE INDEX entry_people_by_person ON entry_people (person_id, entry_id);

CREATE TABLE tags (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE entry_tags (
  entry_id  INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
  tag_id    INTEGER NOT NULL REFERENCES tags (id),
  position  INTEGER NOT NULL,
  PRIMARY KEY (entry_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX entry_tags_by_tag ON entry_tags (tag_id, entry_id);

CREATE TABLE drafts (
  id           INTEGER PRIMARY KEY,
  set_id       TEXT    NOT NULL,
  set_version  INTEGER NOT NULL,
  meta         TEXT    NOT NULL DEFAULT '{}',  -- JSON {title, occurredAt, people, tags}
  answers      TEXT    NOT NULL DEFAULT '{}',  -- JSON {stepId: value}, in the order answered
  partial      TEXT,                           -- JSON {stepId, value}: a list/dialogue step in progress
  created_at   TEXT    NOT NULL,
  updated_at   TEXT    NOT NULL,
  FOREIGN KEY (set_id, set_version) REFERENCES prompt_sets (id, version)
);
`;
