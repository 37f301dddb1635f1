/**
 * Schema 7: no index of answers by role. Every query that reads answers by role names its entry too (the
 * primary key serves it); the index was only read once, by migration 5, and writing it cost every answer row a
 * second b-tree insert (on a 100k-entry import, 775,000 of them: some 0.35 s of the import).
 */
export default /* sql */ `
DROP INDEX answers_by_role;
`;
