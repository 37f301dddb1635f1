/**
 * Schema 12: ids people see are never given to another row. SQLite numbers a new row one above the highest
 * row present, so removing the highest (a merged or emptied group, a purged entry, a re-derived statement, a
 * discarded draft) handed its number to the next new one, while last week's `summary --json`, a coach's notes or
 * `reflect restore` still meant the old one. `id_marks` keeps, per kind, the highest id removed — seeded with the
 * highest in use now, as gaps left before are not known — and new rows take the next id above it and above every
 * row present (`newId`, store/ids.ts). AUTOINCREMENT would mean rebuilding the tables, which is not possible for
 * the groups inside one transaction with foreign keys on (dropping the old table would empty the references);
 * marking on delete leaves inserts (the first grouping of a large journal makes hundreds of thousands) with a
 * read more and no write. An entry's id lives in `entries` or in `trash`: both mark the kind 'entries'.
 * Assignments are never deleted (cancelling keeps the row), so they need no mark.
 */
const TRIGGERS: ReadonlyArray<readonly [table: string, kind: string]> = [
  ['entries', 'entries'],
  ['trash', 'entries'],
  ['statements', 'statements'],
  ['assumption_groups', 'assumption_groups'],
  ['drafts', 'drafts'],
];

export default /* sql */ `
CREATE TABLE id_marks (
  kind  TEXT    PRIMARY KEY,
  last  INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO id_marks (kind, last) VALUES
  ('entries', max(coalesce((SELECT max(id) FROM entries), 0), coalesce((SELECT max(id) FROM trash), 0))),
  ('statements', coalesce((SELECT max(id) FROM statements), 0)),
  ('assumption_groups', coalesce((SELECT max(id) FROM assumption_groups), 0)),
  ('drafts', coalesce((SELECT max(id) FROM drafts), 0));
${TRIGGERS.map(
  ([table, kind]) => `CREATE TRIGGER ${table}_id_mark AFTER DELETE ON ${table}
  WHEN OLD.id > (SELECT last FROM id_marks WHERE kind = '${kind}')
BEGIN
  UPDATE id_marks SET last = OLD.id WHERE kind = '${kind}';
END;`,
).join('\n')}
`;
