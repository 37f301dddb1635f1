/** User-facing words in one place, so the tone stays consistent and tests can refer to them. */
export const MSG = {
  needsTerminal: 'reflect new needs a terminal; pass --answers FILE to write without prompts',
  draftSaved: (id: number) => `draft ${id} saved — continue with: reflect new --resume ${id}`,
  saved: (id: number) => `saved entry ${id}`,
  notSaved: (id: number) => `not saved; your answers are kept in draft ${id} (reflect new --resume ${id})`,
  noEntries: 'no entries yet — start one with: reflect new',
  noMatches: 'no entries match these filters',
  noSearchMatches: (query: string) => `nothing found for ${JSON.stringify(query)}`,
  starred: (ids: number[]) => `starred ${ids.length === 1 ? 'entry' : 'entries'} ${ids.join(', ')}`,
  unstarred: (ids: number[]) => `unstarred ${ids.length === 1 ? 'entry' : 'entries'} ${ids.join(', ')}`,
  tagsNow: (id: number, tags: string[]) =>
    tags.length ? `entry ${id} tags: ${tags.map((t) => `#${t}`).join(' ')}` : `entry ${id} has no tags`,
  noNames: (kind: string) => `no ${kind} yet`,
  noDrafts: 'no drafts',
  unknownEntry: (id: string) => `no entry with id ${id}`,
  unknownDraft: (id: string) => `no draft with id ${id}`,
  unknownSet: (id: string) => `no prompt set "${id}"`,
  badId: (id: string) => `"${id}" is not an entry id (expected a number such as 12)`,
  internal: 'internal error — this is a bug in reflect; please report it with the command you ran',
  debugHint: 'run again with --debug to see the details',
} as const;
