/**
 * Schema 9: a statement's link kind (`linked_by`) goes into the two indexes that placing it in a group rewrites
 * anyway (by group and time, by time), and the index of groups by link kind goes. That index was one more b-tree
 * write for every statement placed (on the first grouping of a 100k-entry import, a fifth of writing the groups).
 * "Is any statement of the group not confirmed yet" now scans the group's entries by time: the first one answers
 * for a group of the automatic grouping, and a group the person confirmed is read from the index alone. The
 * grouping's read of the statements placed around a run (by time, placed ones only) no longer visits each row.
 */
export default /* sql */ `
DROP INDEX statements_by_group_link;
DROP INDEX statements_by_group_time;
-- The id before the link kind: queries read a group's statements in the order of time, then id.
CREATE INDEX statements_by_group_time ON statements (group_id, occurred_at, id, linked_by);
DROP INDEX statements_by_time;
CREATE INDEX statements_by_time ON statements (occurred_at, entry_id, step_pos, item, group_id, linked_by);
`;
