/**
 * Schema 11: one row per person and per tag. Since session 9 names are matched with every letter's case folded
 * (`nameKey`: NFC, then toLowerCase), but a journal written before could hold two rows whose keys are equal
 * ("Élodie" and "élodie": the columns' NOCASE folds only A–Z). Each such family becomes one row: the spelling
 * the most entries use, ties going to the row stored first; every link moves to it, and an entry that held two
 * spellings keeps one link at the earlier position. `name_key` is `nameKey`, registered by `migrate` (db.ts).
 * Only entry_people and entry_tags refer to these tables; the trash keeps names as text, matched on restore.
 */
const MERGE = (table: 'people' | 'tags', link: 'entry_people' | 'entry_tags', column: string) => `
CREATE TEMP TABLE merge_${table} AS
  SELECT id AS old_id, keep_id FROM (
    SELECT id, first_value(id) OVER (PARTITION BY k ORDER BY n DESC, id) AS keep_id
    FROM (SELECT t.id, name_key(t.name) AS k,
                 (SELECT count(*) FROM ${link} l WHERE l.${column} = t.id) AS n
          FROM ${table} t))
  WHERE id <> keep_id;

INSERT INTO ${link} (entry_id, ${column}, position)
  SELECT l.entry_id, m.keep_id, l.position FROM ${link} l JOIN temp.merge_${table} m ON m.old_id = l.${column}
  WHERE true
  ON CONFLICT (entry_id, ${column}) DO UPDATE SET position = min(position, excluded.position);
DELETE FROM ${link} WHERE ${column} IN (SELECT old_id FROM temp.merge_${table});
DELETE FROM ${table} WHERE id IN (SELECT old_id FROM temp.merge_${table});
DROP TABLE temp.merge_${table};
`;

export default /* sql */ `-- 0011 merge name spellings
${MERGE('people', 'entry_people', 'person_id')}
${MERGE('tags', 'entry_tags', 'tag_id')}
`;
