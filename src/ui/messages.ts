import type { ClockChange } from '../domain/dates.js';

/** User-facing words in one place, so the tone stays consistent and tests can refer to them. */
export const MSG = {
  /** `summary` and `export`: --force only means something with a file to replace. */
  forceNeedsOut: '--force needs --out (it replaces an existing --out file)',
  /** `summary` and `export`: `--json` is their `--format json`, so another --format contradicts it. */
  jsonWithFormat: (format: string) => `--json cannot be combined with --format ${format}`,
  needsTerminal: 'reflect new needs a terminal; pass --answers FILE to write without prompts',
  draftSaved: (id: number) => `draft ${id} saved — continue with: reflect new --resume ${id}`,
  saved: (id: number) => `saved entry ${id}`,
  /** Ctrl-C in `reflect new` before anything was typed: no draft is kept. */
  stoppedNothingSaved: 'Stopped; nothing was saved.',
  notSaved: (id: number) => `not saved; your answers are kept in draft ${id} (reflect new --resume ${id})`,
  backKey: 'Ctrl-P goes back.',
  /** After `:e` could not open the editor. */
  editorFailed: 'your lines are kept: go on writing here',
  /** A yes/no question refusing what was typed (inquirer's words: 'You must answer with "Yes" or "No"'). */
  yesOrNo: 'Type y or n.',
  /** A number question refusing what was typed (a scale wider than eleven points). */
  wholeNumber: (min: number, max: number) => `Type a whole number from ${min} to ${max}.`,
  nothingBefore: 'This is the first question: there is nothing before it to go back to.',
  pasteIgnored: 'A paste does not choose here: press one of these keys.',
  noEntries: 'no entries yet — start one with: reflect new',
  noMatches: 'no entries match these filters',
  /** `quoted`: the query as quotedQuery() shows it. */
  noSearchMatches: (quoted: string) => `nothing found for ${quoted}`,
  starred: (ids: number[]) => `starred ${ids.length === 1 ? 'entry' : 'entries'} ${ids.join(', ')}`,
  unstarred: (ids: number[]) => `unstarred ${ids.length === 1 ? 'entry' : 'entries'} ${ids.join(', ')}`,
  tagsNow: (id: number, tags: string[]) =>
    tags.length ? `entry ${id} tags: ${tags.map((t) => `#${t}`).join(' ')}` : `entry ${id} has no tags`,
  noNames: (kind: string) => `no ${kind} yet`,
  noDrafts: 'no drafts',
  draftsWait: (ids: number[]) =>
    ids.length === 1
      ? `1 unfinished draft waits; continue it with: reflect new --resume ${ids[0]}`
      : `${ids.length} unfinished drafts wait; continue one with: reflect new --resume <id> (see: reflect drafts)`,
  steps: (n: number) => (n === 1 ? '1 step' : `${n} steps`),
  /** After a draft's steps answered: the one it was left in the middle of (its lines are kept). */
  stepBegun: (n: number) => `, step ${n} begun`,
  unknownEntry: (id: string) => `no entry with id ${id}`,
  seeEntries: 'see your entries with: reflect list',
  entryInTrash: (id: number) => `entry ${id} is in the trash — bring it back with: reflect restore ${id}`,
  unknownDraft: (id: string) => `no draft with id ${id}`,
  unknownSet: (id: string) => `no prompt set "${id}"`,
  badId: (id: string) => `"${id}" is not an entry id (expected a number such as 12)`,
  badDraftId: (id: string) => `"${id}" is not a draft id (expected a number such as 3; see: reflect drafts)`,
  unknownCommand: (word: string) => `unknown command '${word}'`,
  didYouMean: (command: string) => `did you mean ${command}?`,
  seeCommands: (help: string) => `see the commands: ${help}`,
  seeOptions: (help: string) => `see the options: ${help}`,
  usage: (usage: string) => `usage: ${usage}`,
  /** `--result must be held, failed or mixed, got "maybe"`, as reflect's own checks of a value say it. */
  badChoice: (flag: string, choices: string[], value: string) =>
    `${flag} must be ${choices.length > 1 ? `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}` : choices[0]}, got ${JSON.stringify(value)}`,
  needsValue: (flag: string) => `${flag} needs a value`,
  needsOption: (command: string, flag: string) => `${command} needs ${flag}`,
  configUnreadable: (path: string, why: string) => `cannot read the settings file ${path} (${why})`,
  configUnreadableHint:
    'give yourself access to it (or its folder), or point XDG_CONFIG_HOME at another folder',
  noChanges: 'no changes',
  outFolderMissing: (out: string, folder: string) =>
    `${out}: the folder ${folder} does not exist; nothing was written`,
  outFolderHint: 'create the folder first, or choose a file in one that exists',
  outUnderFile: (out: string, file: string) => `${out}: ${file} is a file, not a folder; nothing was written`,
  importStdinTerminal: 'import -: stdin is a terminal; pipe a JSON file into it',
  importStdinEmpty: 'import -: stdin is empty; pipe a JSON file into it',
  importStdinHint:
    'e.g. jrnl --format json | reflect import -   (or name the file: reflect import journal.json)',
  /** `import` into a journal with entries of its own, without --assignments: new assignments are not added. */
  importAssignmentsLeftOut: (n: number) =>
    `left out ${n} ${n === 1 ? 'assignment' : 'assignments'} of the file: this journal has entries of its own, so someone else’s schedule would show as due here (--assignments keep adds ${n === 1 ? 'it' : 'them'})`,
  updated: (id: number) => `updated entry ${id}`,
  /** Dated later than now: accepted (a conversation may be planned), but often a slip of the year or weekday. */
  futureDate: (when: string) => `note: this entry is dated ${when}, in the future`,
  /** A local time the clocks skipped or repeated that night: accepted, and the time kept is said. */
  clockChange: (change: ClockChange) =>
    change.kind === 'skipped'
      ? `note: ${change.asked} did not happen on ${change.day} (clocks went forward); saved as ${change.saved}`
      : `note: ${change.asked} happened twice on ${change.day} (clocks went back); saved as the first, ${change.asked}${change.offset}`,
  editEmptied: (id: number) => `the file was emptied: edit cancelled, entry ${id} unchanged`,
  editAborted: (id: number) => `edit aborted; entry ${id} is unchanged`,
  editKept: (path: string) => `your edited text is kept in ${path}`,
  editNeedsTerminal: (id: number, editor: string) =>
    `reflect edit needs a terminal for its default editor (${editor}); entry ${id} is unchanged`,
  editWithoutTerminal: (id: number) =>
    `run it in a terminal, set $EDITOR, or change the entry from a file: reflect edit ${id} --answers <file>`,
  editInvalid: (id: number, path: string) =>
    `entry ${id} is unchanged; your edited text is kept in ${path} — run reflect edit ${id} again and copy your changes over from it`,
  unknownEntryNothingDeleted: (id: number) => `no entry with id ${id}; nothing was deleted`,
  needsYes: (command: string) => `${command} needs --yes when there is no terminal to confirm in`,
  confirmDelete: (n: number) => `Move ${n === 1 ? 'this entry' : `these ${n} entries`} to the trash?`,
  nothingDeleted: 'nothing deleted',
  trashed: (ids: number[]) =>
    ids.length === 1
      ? `moved entry ${ids[0]} to the trash — bring it back with: reflect restore ${ids[0]}`
      : `moved entries ${ids.join(', ')} to the trash — bring one back with: reflect restore <id>`,
  restored: (ids: number[]) => `restored ${ids.length === 1 ? 'entry' : 'entries'} ${ids.join(', ')}`,
  trashEmpty: 'the trash is empty',
  trashKept: 'the trash is kept as it was',
  confirmEmpty: (n: number) => `Remove the ${n === 1 ? 'entry' : `${n} entries`} in the trash for good?`,
  trashEmptied: (n: number) => `removed ${n} ${n === 1 ? 'entry' : 'entries'} from the trash for good`,
  unknownGroup: (id: string) => `no assumption group ${id} (see: reflect assumptions)`,
  unknownStatement: (id: string) => `no assumption statement ${id} (see: reflect assumptions show <group>)`,
  badGroupId: (id: string) =>
    `"${id}" is not a group id (expected a number such as 7; see: reflect assumptions)`,
  badStatementId: (id: string) =>
    `"${id}" is not a statement id (expected a number such as 31; see: reflect assumptions show <group>)`,
  groupingMany: (n: number) =>
    `grouping ${n.toLocaleString('en')} assumption statements not grouped yet (once: later commands reuse the groups) …`,
  alreadyLinked: (statement: number, group: number) => `statement ${statement} is already in group ${group}`,
  linkConfirmed: (statement: number, group: number) =>
    `statement ${statement} stays in group ${group}, now linked by you`,
  notOpposite: (group: number) =>
    `group ${group} is not marked as the opposite of any group (see: reflect assumptions show ${group})`,
  unopposed: (group: number, peers: number[]) =>
    `group ${group} is no longer marked as the opposite of ${peers.length === 1 ? 'group' : 'groups'} ${peers.join(', ')}`,
  emptyGroup:
    'No statements at the moment: they were linked to other groups, or their entries are in the trash (reflect restore <id> brings an entry back with its statements).',
  noAssumptionsMatch: 'no assumptions match these filters',
  noAssumptions: 'no assumptions yet — they come from the "assumptions" step of an entry (reflect new)',
  emptyPeriod: (what: string) =>
    `Nothing written ${what} — a quiet stretch. Whenever a conversation stays with you, reflect new is here.`,
  noRecurring: 'No assumption came back more than once in this period.',
  possible: 'possible',
  /** Two groups the automatic grouping (not the person) marked opposite, both held in the period. */
  possibleOpposites: (both: string) => `You assumed ${both}, which may be opposites (found automatically).`,
  /** Asked when an entry's set has no test or alternative steps. */
  fallbackQuestions: [
    'What would you see if this were not true?',
    'What is one small, safe way to check this before you act on it again?',
    'Who could tell you more about this, if you asked them an open question?',
    'What else could explain what you noticed?',
  ],
  internal: 'internal error — this is a bug in reflect; please report it with the command you ran',
  debugHint: 'run again with --debug to see the details',
} as const;
