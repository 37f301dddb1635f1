/**
 * Which entries a command works on: one parsed object shared by list, search, stats, export and summary.
 * Built from the filter flags (--from --to --on --week --tag --all-tags --with --set --starred -n --ids).
 */
export interface EntryQuery {
  /** Inclusive lower bound (an instant). */
  from?: Date | undefined;
  /** Inclusive upper bound (an instant). */
  to?: Date | undefined;
  /** Entries with any of these tags (all of them when `allTags`). Case-insensitive. */
  tags: string[];
  allTags: boolean;
  /** Entries with any of these people. Case-insensitive. */
  people: string[];
  setId?: string | undefined;
  starred: boolean;
  ids?: number[] | undefined;
  /** Newest first, at most this many; undefined = all. */
  limit?: number | undefined;
}

export const EMPTY_QUERY: Readonly<EntryQuery> = Object.freeze({
  tags: [],
  allTags: false,
  people: [],
  starred: false,
});
