/**
 * Schema 8: no index of waiting statements by id. Since schema 6 every query for waiting statements reads them
 * by time (`statements_pending_by_time`), so the index was only written: once for every statement derived, and
 * again when the grouping placed it (on the first grouping of a 100k-entry import, 188,000 b-tree deletes).
 */
export default /* sql */ `
DROP INDEX statements_pending;
`;
