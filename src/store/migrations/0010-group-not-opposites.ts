/**
 * Schema 10: pairs of groups the person said are not opposites (`assumptions unoppose`), as pairs a < b. The
 * automatic grouping never marks such a pair opposite again (the person's decision is authoritative); the
 * person's own `oppose` takes it back. Deleting either group forgets the pair.
 */
export default /* sql */ `
CREATE TABLE group_not_opposites (
  a  INTEGER NOT NULL REFERENCES assumption_groups (id) ON DELETE CASCADE,
  b  INTEGER NOT NULL REFERENCES assumption_groups (id) ON DELETE CASCADE,
  PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX group_not_opposites_by_b ON group_not_opposites (b);
`;
