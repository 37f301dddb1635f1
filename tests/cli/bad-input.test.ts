import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openStore } from '../../src/store/db.js';
import { createDraft, saveDraft } from '../../src/store/drafts.js';
import { type BadInput, bad, json, runBadInputs } from '../helpers/bad-input.js';
import { FIXTURES, ROOT, reflect } from '../helpers/cli.js';
import { seedJournal } from '../helpers/journal.js';
import { installKindsSet } from '../helpers/kinds-set.js';

/**
 * Every bad input of every command, in ONE table (issue 7): the command line (stdin, files) → exit code, the
 * first line of stderr, stdout empty, the journal byte-identical and no file written. Add your command's rows
 * in its section — `bad(name, args, message, {stdin, files, env, code, hint, stdout})`. A message starting
 * with "reflect: " must be the whole first line (otherwise a fragment of it); `{dir}` is the row's folder (and
 * working directory), `{db}` its journal.
 *
 * The journal every row starts from (see `makeJournal`): entries 1–3 (left-hand-column, with assumptions),
 * 4 (team-retro, an installed set), 5 in the trash; the proof-kinds set installed; draft 1; assignment 1;
 * assumption groups already formed.
 */
const LHC = ['new', '--set', 'left-hand-column', '--answers'];
const KINDS = ['new', '--set', 'proof-kinds', '--answers', '-'];
const SETS = join(FIXTURES, 'prompt-sets');
const BAD_IMPORTS = join(FIXTURES, 'import', 'bad');
const good = JSON.parse(readFileSync(join(FIXTURES, 'answers', 'lhc-budget.json'), 'utf8')) as {
  answers: Record<string, unknown>;
};
/** The fixture's answers with one step replaced. */
const withStep = (step: string, value: unknown) => json({ answers: { ...good.answers, [step]: value } });
/** Answers for the kinds set with one step replaced. */
const kinds = (step: string, value: unknown) =>
  json({ answers: { text: 't', choice: 'alpha', [step]: value } });
/** A coach's set with a weekly assignment (2026-12-04 is a Friday). */
const WEEKLY_SET = `schema: 1
id: weekly-pulse
version: 1
title: Weekly pulse
steps:
  - id: what
    kind: text
    role: context
    question: Which conversation stayed with you this week?
assignment:
  every: weekday:friday
  count: 4
  due: 2026-12-04
`;
/** Longer than any file system's 255-byte limit for one name: a write error every user can get. */
const LONG_NAME = 'n'.repeat(300);
const reflectDoc = readFileSync(join(FIXTURES, 'import', 'reflect.json'), 'utf8');
const dayOneDoc = readFileSync(join(FIXTURES, 'import', 'dayone.json'), 'utf8');

function makeJournal(path: string): void {
  seedJournal(path, 3);
  installKindsSet(path);
  const run = (args: string[], input?: string) => {
    const result = reflect(args, { db: path, ...(input ? { input } : {}) });
    if (result.code !== 0) throw new Error(`reflect ${args.join(' ')}: ${result.stderr}`);
  };
  run(['prompts', 'add', join(SETS, 'team-retro.yaml')]);
  run(
    ['new', '--set', 'team-retro', '--answers', '-'],
    json({
      answers: { moment: 'The silence after my point', mood: 'Flat', assumptions: ['Nobody listens'] },
    }),
  );
  run(['new', '--set', 'freeform', '--answers', '-'], json({ title: 'Trashed', answers: { entry: 'gone' } }));
  run(['delete', '5', '--yes']);
  run(['assign', 'check-in', '--every', 'week']);
  // Groups are formed lazily on first use: form them now, so a refused row has nothing left to settle.
  run(['assumptions']);
  run(['summary']);
  const store = openStore(path);
  try {
    const meta = { title: 'Half done', people: ['Dana'] };
    const id = createDraft(store.db, 'left-hand-column', 1, meta, '2026-11-23T10:00:00.000Z');
    saveDraft(store.db, id, { answers: { situation: 'A draft' }, meta }, '2026-11-23T10:00:00.000Z');
  } finally {
    store.close();
  }
}

/** The shared peer samples (../shared/peer-data, outside the repository): used when present. */
const PEER = resolve(ROOT, '..', 'shared', 'peer-data');
const peerRows: BadInput[] = existsSync(PEER)
  ? [
      bad(
        'import peer dayone/Empty.json',
        ['import', join(PEER, 'dayone', 'Empty.json')],
        'the file is empty',
      ),
      bad(
        'import peer dayone/NotJson.json',
        ['import', join(PEER, 'dayone', 'NotJson.json')],
        'not valid JSON at line 3: expected a value for "foo"',
      ),
      bad(
        'import peer dayone/schema.json',
        ['import', join(PEER, 'dayone', 'schema.json')],
        'entries: missing',
      ),
      bad(
        'import peer jrnl plain-text journal',
        ['import', join(PEER, 'jrnl', 'basic_onefile.journal')],
        'expected a JSON object at the top level',
      ),
      bad(
        'import peer Day One Classic .doentry',
        ['import', join(PEER, 'jrnl', '044F3747A38546168B572C2E3F217FA2.doentry')],
        'expected a JSON object at the top level',
      ),
      bad(
        'import peer jrnl Markdown export',
        ['import', join(PEER, 'jrnl', 'simple.export.md')],
        'expected a JSON object at the top level',
      ),
      bad(
        'import peer Day One journal forced as jrnl',
        ['import', join(PEER, 'dayone', 'Journal.json'), '--format', 'jrnl'],
        'entries[0].title: missing',
      ),
      bad(
        'import peer jrnl export forced as dayone',
        ['import', join(PEER, 'jrnl', 'simple.export.json'), '--format', 'dayone'],
        'entries[0].uuid: missing',
      ),
    ]
  : [];
if (!peerRows.length)
  console.log(`bad-input peer-data rows skipped: ${PEER} not found (it lives outside the repository)`);

const ANSWERS_ROWS: BadInput[] = [
  // the answers file itself (new --answers; edit --answers shares the reader)
  bad(
    'new: answers file missing',
    [...LHC, '{dir}/missing.json'],
    'reflect: {dir}/missing.json: no such file',
  ),
  bad('new: answers file is a folder', [...LHC, '{dir}'], 'is a folder, expected a JSON file'),
  bad('new: answers file is not JSON', [...LHC, '{dir}/a.json'], 'not valid JSON', {
    files: { 'a.json': '{answers:' },
  }),
  bad('new: empty stdin', [...LHC, '-'], 'stdin: not valid JSON'),
  bad('new: binary stdin', [...LHC, '-'], 'stdin: not valid JSON', { stdin: '\u0000\u0001\u0002' }),
  bad('new: JSON followed by more text', [...LHC, '-'], 'stdin: not valid JSON', {
    stdin: `${json(good)} x`,
  }),
  bad('new: answers JSON is a list', [...LHC, '-'], 'expected a JSON object', { stdin: '[]' }),
  bad('new: answers JSON is a string', [...LHC, '-'], 'expected a JSON object', { stdin: '"hi"' }),
  bad(
    'new: answers JSON has an unknown field',
    [...LHC, '-'],
    'reflect: stdin: unknown field "mood" (expected title, date, people, tags, answers)',
    {
      stdin: json({ ...good, mood: 'ok' }),
    },
  ),
  bad('new: answers JSON sets "starred"', [...LHC, '-'], 'unknown field "starred"', {
    stdin: json({ ...good, starred: true }),
  }),
  bad('new: "answers" is missing', [...LHC, '-'], '"answers" must be an object', {
    stdin: json({ title: 'x' }),
  }),
  bad('new: "answers" is a list', [...LHC, '-'], '"answers" must be an object', {
    stdin: json({ answers: [] }),
  }),
  bad('new: "title" is a number', [...LHC, '-'], '"title" must be a string', {
    stdin: json({ ...good, title: 5 }),
  }),
  bad('new: "date" is a number', [...LHC, '-'], '"date" must be a string', {
    stdin: json({ ...good, date: 1 }),
  }),
  bad('new: "date" is empty', [...LHC, '-'], 'reflect: cannot understand the date ""', {
    stdin: json({ ...good, date: '' }),
  }),
  bad('new: a date in the answers file', [...LHC, '-'], 'reflect: cannot understand the date "soonish"', {
    stdin: json({ ...good, date: 'soonish' }),
  }),
  bad('new: "people" is a string', [...LHC, '-'], '"people" must be a list of strings', {
    stdin: json({ ...good, people: 'Dana' }),
  }),
  bad('new: "tags" holds a number', [...LHC, '-'], '"tags" must be a list of strings', {
    stdin: json({ ...good, tags: ['x', 1] }),
  }),

  // each kind of wrong value, naming the step
  bad('new: an unknown step', [...LHC, '-'], 'reflect: unknown step "nope" for prompt set left-hand-column', {
    stdin: withStep('nope', 'x'),
  }),
  bad(
    'new: a required step missing',
    [...LHC, '-'],
    'reflect: step "situation" is required: Which conversation is this about, and what was at stake?',
    {
      stdin: json({ answers: { dialogue: good.answers.dialogue } }),
    },
  ),
  bad('new: a required step blank', [...LHC, '-'], 'step "situation" is required', {
    stdin: withStep('situation', '  '),
  }),
  bad('new: a required step null', [...LHC, '-'], 'step "situation" is required', {
    stdin: withStep('situation', null),
  }),
  bad(
    'new: a required dialogue empty',
    [...LHC, '-'],
    'reflect: step "dialogue" is required: Replay it line by line. What was said, and what went through your mind but stayed unsaid?',
    {
      stdin: withStep('dialogue', []),
    },
  ),
  bad(
    'new: text given a number',
    [...LHC, '-'],
    'reflect: step "situation" (text) expects a string, got the number 5',
    {
      stdin: withStep('situation', 5),
    },
  ),
  bad(
    'new: long given a list',
    [...LHC, '-'],
    'reflect: step "feelings" (long) expects a string, got a list',
    {
      stdin: withStep('feelings', ['a']),
    },
  ),
  bad(
    'new: long given true',
    [...LHC, '-'],
    'reflect: step "feelings" (long) expects a string, got boolean true',
    {
      stdin: withStep('feelings', true),
    },
  ),
  bad(
    'new: list given a string',
    [...LHC, '-'],
    'reflect: step "assumptions" (list) expects a list of strings, got a string',
    {
      stdin: withStep('assumptions', 'one'),
    },
  ),
  bad('new: list holding a number', [...LHC, '-'], 'step "assumptions" (list) expects a list of strings', {
    stdin: withStep('assumptions', ['one', 2]),
  }),
  bad(
    'new: dialogue given a string',
    [...LHC, '-'],
    'reflect: step "dialogue" (dialogue) expects a list of {"said", "unsaid"} pairs, got a string',
    {
      stdin: withStep('dialogue', 'hi'),
    },
  ),
  bad('new: dialogue pair without "said"', [...LHC, '-'], 'step "dialogue" (dialogue) expects', {
    stdin: withStep('dialogue', [{ unsaid: 'x' }]),
  }),
  bad('new: dialogue pair with a number', [...LHC, '-'], 'step "dialogue" (dialogue) expects', {
    stdin: withStep('dialogue', [{ said: 'x', unsaid: 3 }]),
  }),
  bad(
    'new: dialogue pair with an extra key',
    [...LHC, '-'],
    'pairs with only "said" and "unsaid" (found "mood")',
    {
      stdin: withStep('dialogue', [{ said: 'x', unsaid: 'y', mood: 'z' }]),
    },
  ),
  bad('new: choice not among the choices', KINDS, 'step "choice" (choice) expects one of "alpha", "beta"', {
    stdin: kinds('choice', 'gamma'),
  }),
  bad('new: choice in the wrong case', KINDS, 'step "choice" (choice) expects one of', {
    stdin: kinds('choice', 'Alpha'),
  }),
  bad('new: choice given a number', KINDS, 'step "choice" (choice) expects one of', {
    stdin: kinds('choice', 1),
  }),
  bad(
    'new: scale out of range',
    KINDS,
    'step "scale" (scale) expects a whole number from 1 to 5, got the number 9',
    {
      stdin: kinds('scale', 9),
    },
  ),
  bad('new: scale below its range', KINDS, 'expects a whole number from 1 to 5, got the number 0', {
    stdin: kinds('scale', 0),
  }),
  bad('new: scale not whole', KINDS, 'step "scale" (scale) expects a whole number', {
    stdin: kinds('scale', 2.5),
  }),
  bad('new: scale as a string', KINDS, 'step "scale" (scale) expects a whole number', {
    stdin: kinds('scale', '3'),
  }),
  bad('new: confirm as a word', KINDS, 'step "confirm" (confirm) expects true or false, got a string', {
    stdin: kinds('confirm', 'yes'),
  }),
  bad('new: confirm as a number', KINDS, 'step "confirm" (confirm) expects true or false', {
    stdin: kinds('confirm', 1),
  }),
];

const rows: BadInput[] = [
  // ── the program ──
  bad('unknown command', ['frobnicate'], "reflect: unknown command 'frobnicate'", {
    hint: 'see the commands: reflect --help',
  }),
  // A mistyped word loads every command module, so the suggestion knows them all (src/cli.ts COMMANDS).
  bad('a mistyped command', ['lst'], "reflect: unknown command 'lst'", {
    hint: 'did you mean reflect list?',
  }),
  bad('a mistyped command loaded on demand', ['--json', 'sumary'], "reflect: unknown command 'sumary'", {
    hint: 'did you mean reflect summary?',
  }),
  bad('a mistyped subcommand', ['prompts', 'ad'], "reflect: unknown command 'ad'", {
    hint: 'did you mean reflect prompts add?',
  }),
  bad(
    'a mistyped subcommand of a group without an action',
    ['config', 'lst'],
    "reflect: unknown command 'lst'",
    {
      hint: 'did you mean reflect config list?',
    },
  ),
  bad('help for an unknown command', ['help', 'bogus'], "reflect: unknown command 'bogus'", {
    hint: 'see the commands: reflect --help',
  }),
  bad('help for a mistyped command', ['help', 'lst'], "reflect: unknown command 'lst'", {
    hint: 'did you mean reflect help list?',
  }),
  bad('help for a mistyped command in a group', ['help', 'prompts', 'ad'], "reflect: unknown command 'ad'", {
    hint: 'did you mean reflect help prompts add?',
  }),
  bad(
    'help for an unknown command in a group',
    ['help', 'prompts', 'bogus'],
    "reflect: unknown command 'bogus'",
    { hint: 'see the commands: reflect prompts --help' },
  ),
  bad('help for a command under one that has none', ['help', 'list', 'x'], "reflect: unknown command 'x'"),
  bad('unknown global option', ['--frob', 'list'], "reflect: unknown option '--frob'"),
  // A suggestion only for a near miss: `--on` is two edits from --json, a guess for a word of two letters.
  bad('summary --on: no far-fetched suggestion', ['summary', '--on'], "reflect: unknown option '--on'", {
    hint: 'see the options: reflect summary --help',
  }),
  bad('summary --wek: one edit away', ['summary', '--wek'], "reflect: unknown option '--wek'", {
    hint: 'did you mean --week?',
  }),
  bad('list --tgas: two edits in a longer word', ['list', '--tgas'], "reflect: unknown option '--tgas'", {
    hint: 'did you mean --tag?',
  }),
  bad('--db without a path', ['--db'], 'reflect: --db needs a value', {
    hint: '--db <path>  journal database file',
  }),
  // An empty --db (an unset shell variable) is refused as a missing one is, in the same words.
  bad('--db empty (an unset shell variable)', ['--db', '', 'list'], 'reflect: --db needs a value', {
    hint: '--db <path>  journal database file',
  }),
  bad('--db blank', ['--db', '  ', 'list'], 'reflect: --db needs a value', {
    hint: '--db <path>  journal database file',
  }),
  bad('--db= empty', ['--db=', 'list'], 'reflect: --db needs a value', {
    hint: '--db <path>  journal database file',
  }),
  bad('--db empty before config list', ['--db', '', 'config', 'list'], 'reflect: --db needs a value'),
  bad(
    '--db empty and no command (not the help of the default journal)',
    ['--db', ''],
    'reflect: --db needs a value',
    {
      hint: '--db <path>  journal database file',
    },
  ),
  bad('--db is a folder', ['--db', '{dir}', 'list'], 'is a folder, not a journal file'),
  bad('a bad REFLECT_NOW', [...LHC, '-'], 'reflect: REFLECT_NOW is not a date: garbage', {
    stdin: json(good),
    env: { REFLECT_NOW: 'garbage' },
  }),
  bad('a broken config file stops list', ['list'], 'weekStart must be monday or sunday, got "friday"', {
    files: { 'config/reflect/config.yaml': 'weekStart: friday\n' },
  }),
  bad('a config file with an unknown key', ['list'], 'unknown setting "colour"', {
    files: { 'config/reflect/config.yaml': 'colour: false\n' },
  }),
  bad('a config file that is not YAML', ['new', '--set', 'freeform', '--answers', '-'], 'not valid YAML', {
    files: { 'config/reflect/config.yaml': 'count: [1,\n' },
    stdin: json({ answers: { entry: 'x' } }),
  }),

  // ── new ──
  bad('new: unknown option', ['new', '--colour'], "reflect: unknown option '--colour'"),
  bad('new: an argument', ['new', 'today'], "too many arguments for 'new'"),
  bad('new: --title without a value', ['new', '--title'], 'reflect: --title needs a value'),
  bad(
    'new: without a terminal',
    ['new'],
    'reflect: reflect new needs a terminal; pass --answers FILE to write without prompts',
  ),
  bad(
    'new: --set without a terminal',
    ['new', '--set', 'left-hand-column'],
    'reflect: reflect new needs a terminal; pass --answers FILE to write without prompts',
  ),
  bad(
    'new: --resume without a terminal',
    ['new', '--resume', '1'],
    'reflect: reflect new needs a terminal; pass --answers FILE to write without prompts',
  ),
  // A flag's problem is said before "needs a terminal": it is one to fix whether or not there is a terminal.
  bad(
    'new: a bad --date without a terminal',
    ['new', '--date', 'blah'],
    'reflect: cannot understand the date "blah"',
  ),
  bad('new: an unknown --set without a terminal', ['new', '--set', 'nope'], 'reflect: no prompt set "nope"'),
  bad(
    'new: an unknown --resume without a terminal',
    ['new', '--resume', '99'],
    'reflect: no draft with id 99',
  ),
  bad('new: a word for --resume without a terminal', ['new', '--resume', 'x'], '"x" is not a draft id'),
  bad(
    'new: a bad --date before a missing answers file',
    [...LHC, '{dir}/missing.json', '--date', 'blah'],
    'reflect: cannot understand the date "blah"',
  ),
  bad(
    'new: --answers with --resume',
    [...LHC, '-', '--resume', '1'],
    'reflect: --answers cannot be combined with --resume',
    {
      stdin: json(good),
    },
  ),
  bad('new: an empty --tag', [...LHC, '-', '--tag', ''], 'reflect: --tag needs a value', {
    stdin: json(good),
  }),
  bad('new: a --tag of only #', [...LHC, '-', '--tag', '#'], 'reflect: --tag needs a value', {
    stdin: json(good),
  }),
  bad('new: an empty --with', [...LHC, '-', '--with', ' '], 'reflect: --with needs a value', {
    stdin: json(good),
  }),
  bad(
    'new: an empty --tag among good ones',
    [...LHC, '-', '--tag', 'a', '--tag', ''],
    'reflect: --tag needs a value',
    { stdin: json(good) },
  ),
  bad('new: an empty --with without a terminal', ['new', '--with', ''], 'reflect: --with needs a value'),
  bad('new: an empty --set', ['new', '--set', '', '--answers', '-'], 'reflect: --set needs a value', {
    stdin: json(good),
  }),
  bad('new: an empty --set without a terminal', ['new', '--set', ''], 'reflect: --set needs a value'),
  bad('new: an empty --date without a terminal', ['new', '--date', ' '], 'reflect: --date needs a value'),
  bad(
    'new: an empty --answers',
    ['new', '--set', 'freeform', '--answers', ''],
    'reflect: --answers needs a file name ("-" for stdin)',
  ),
  bad(
    'new: --resume with --set',
    ['new', '--resume', '1', '--set', 'freeform'],
    'reflect: --resume cannot be combined with --set',
  ),
  bad(
    'new: --resume with --title',
    ['new', '--resume', '1', '-t', 'x'],
    'reflect: --resume cannot be combined with --title',
  ),
  bad(
    'new: --resume with --tag',
    ['new', '--resume', '1', '--tag', 'x'],
    'reflect: --resume cannot be combined with --tag',
  ),
  bad(
    'new: --resume with --date',
    ['new', '--resume', '1', '--date', 'today'],
    'reflect: --resume cannot be combined with --date',
  ),
  bad(
    'new: --answers without --set',
    ['new', '--answers', '-'],
    'reflect: --answers needs --set to say which prompt set the answers are for',
    {
      stdin: json(good),
    },
  ),
  bad('new: an unknown set', ['new', '--set', 'nope', '--answers', '-'], 'reflect: no prompt set "nope"', {
    stdin: json(good),
  }),
  bad(
    'new: --date in words that mean nothing',
    [...LHC, '-', '--date', 'next blursday'],
    'reflect: cannot understand the date "next blursday"',
    {
      stdin: json(good),
    },
  ),
  bad(
    'new: --date on a day that does not exist',
    [...LHC, '-', '--date', '2026-02-30'],
    'reflect: cannot understand the date "2026-02-30"',
    {
      stdin: json(good),
    },
  ),
  bad(
    'new: --date at an hour that does not exist',
    [...LHC, '-', '--date', '2026-02-03T25:00'],
    'cannot understand',
    {
      stdin: json(good),
    },
  ),
  ...ANSWERS_ROWS,

  // ── list (and the filters every listing command shares) ──
  bad('list: unknown option', ['list', '--bogus'], "reflect: unknown option '--bogus'"),
  bad('list: an argument', ['list', 'yes'], "too many arguments for 'list'"),
  bad('ls: an argument', ['ls', 'x'], "too many arguments for 'list'"),
  bad('list: -n 0', ['list', '-n', '0'], 'reflect: -n must be a positive whole number, got "0"'),
  bad('list: -n words', ['list', '-n', 'lots'], 'reflect: -n must be a positive whole number, got "lots"'),
  bad(
    'list: --on in words that mean nothing',
    ['list', '--on', 'next blursday at 5'],
    'reflect: cannot understand --on "next blursday at 5"',
  ),
  bad('list: -n negative', ['list', '-n', '-5'], '-n must be a positive whole number'),
  bad('list: -n fraction', ['list', '-n', '1.5'], 'reflect: -n must be a positive whole number, got "1.5"'),
  bad('list: -n exponent', ['list', '-n', '1e3'], 'reflect: -n must be a positive whole number, got "1e3"'),
  bad('list: -n without a value', ['list', '-n'], 'reflect: -n needs a value', {
    hint: '-n, --count <n>  at most this many entries',
  }),
  bad(
    'list: --from in words that mean nothing',
    ['list', '--from', 'blursday'],
    'reflect: cannot understand --from "blursday"',
  ),
  bad(
    'list: --from month 13',
    ['list', '--from', '2026-13-01'],
    'reflect: cannot understand --from "2026-13-01"',
  ),
  bad(
    'list: --to on a day that does not exist',
    ['list', '--to', '2026-02-30'],
    'reflect: cannot understand --to "2026-02-30"',
  ),
  bad(
    'list: --on 31 November',
    ['list', '--on', '2026-11-31'],
    'reflect: cannot understand --on "2026-11-31"',
  ),
  bad(
    'list: --from later than --to',
    ['list', '--from', '2026-11-20', '--to', '2026-11-01'],
    'reflect: --from (2026-11-20) is later than --to (2026-11-01)',
  ),
  bad(
    'list: --on with --from',
    ['list', '--on', 'today', '--from', 'yesterday'],
    'reflect: --on cannot be combined with --from',
  ),
  bad(
    'list: --on with --week',
    ['list', '--on', 'today', '--week', 'last'],
    'reflect: --on cannot be combined with --week',
  ),
  bad(
    'list: --week with --to',
    ['list', '--week', 'last', '--to', 'today'],
    'reflect: --week cannot be combined with --to',
  ),
  bad(
    'list: week 53 of a 52-week year',
    ['list', '--week', '2025-W53'],
    'reflect: 2025 has no week 53 (ISO weeks run 1–52 that year)',
  ),
  bad('list: week 0', ['list', '--week', '2026-W00'], '2026 has no week 0'),
  bad(
    'list: a week in words',
    ['list', '--week', 'soon-ish'],
    'reflect: cannot understand --week "soon-ish"',
  ),
  bad('list: a week without a year', ['list', '--week', 'W47'], 'reflect: cannot understand --week "W47"'),
  // An empty flag (an unset shell variable) says so, as an empty --tag or --with does.
  bad('list: an empty week', ['list', '--week', ''], 'reflect: --week needs a value'),
  bad('list: an empty --from', ['list', '--from', ''], 'reflect: --from needs a value'),
  bad('list: a blank --to', ['list', '--to', ' '], 'reflect: --to needs a value'),
  bad('list: an empty --on', ['list', '--on', ''], 'reflect: --on needs a value'),
  bad('summary: an empty --from', ['summary', '--from', ''], 'reflect: --from needs a value'),
  bad('summary: an empty --week', ['summary', '--week', ''], 'reflect: --week needs a value'),
  bad('list: --tag without a value', ['list', '--tag'], 'reflect: --tag needs a value'),
  bad('list: an empty --tag', ['list', '--tag', ''], 'reflect: --tag needs a value'),
  bad('list: --with without a value', ['list', '--with'], 'reflect: --with needs a value', {
    hint: '--with <person>  entries with this person',
  }),
  bad('list: an empty --with', ['list', '--with', ''], 'reflect: --with needs a value'),
  bad('list: --all-tags without --tag', ['list', '--all-tags'], 'reflect: --all-tags needs --tag'),
  bad('list: --ids with a word', ['list', '--ids', '1,two'], 'reflect: --ids: "two" is not an entry id'),
  bad('list: --ids with a gap', ['list', '--ids', '1,,2'], 'reflect: --ids: "" is not an entry id'),
  bad('list: --ids 0', ['list', '--ids', '0'], 'reflect: --ids: "0" is not an entry id'),
  bad('list: --set that does not exist', ['list', '--set', 'nope'], 'reflect: no prompt set "nope"'),
  bad('list: --set that cannot be an id', ['list', '--set', 'Bad Id'], 'reflect: no prompt set "Bad Id"'),

  // ── show ──
  bad('show: unknown option', ['show', '1', '--x'], "reflect: unknown option '--x'"),
  bad('show: without an id', ['show'], "reflect: missing required argument 'id'"),
  bad('show: two ids', ['show', '1', '2'], "too many arguments for 'show'"),
  bad('show: an unknown id', ['show', '999'], 'reflect: no entry with id 999'),
  bad('show: an entry in the trash', ['show', '5'], 'reflect: no entry with id 5'),
  bad('show: a word', ['show', 'abc'], 'reflect: "abc" is not an entry id (expected a number such as 12)'),
  bad('show: zero', ['show', '0'], '"0" is not an entry id'),
  bad('show: a fraction', ['show', '1.5'], '"1.5" is not an entry id'),
  bad('show: a negative id', ['show', '-1'], '"-1" is not an entry id'),
  bad('show: a huge id', ['show', '99999999999999999999'], 'is not an entry id'),

  // ── drafts ──
  bad('drafts: an unknown subcommand', ['drafts', 'bogus'], "reflect: unknown command 'bogus'"),
  bad('drafts: unknown option', ['drafts', '--bogus'], "reflect: unknown option '--bogus'"),
  bad('drafts discard: without an id', ['drafts', 'discard'], "reflect: missing required argument 'id'"),
  bad('drafts discard: an unknown draft', ['drafts', 'discard', '99'], 'reflect: no draft with id 99'),
  bad(
    'drafts discard: a word',
    ['drafts', 'discard', 'x'],
    'reflect: "x" is not a draft id (expected a number such as 3; see: reflect drafts)',
  ),
  bad('drafts discard: zero', ['drafts', 'discard', '0'], '"0" is not a draft id'),
  bad('drafts discard: two ids', ['drafts', 'discard', '1', '2'], "too many arguments for 'discard'"),

  // ── search ──
  bad('search: without a query', ['search'], "reflect: missing required argument 'query'"),
  bad('search: an empty query', ['search', ''], 'reflect: cannot search for "": it has no words to look for'),
  bad('search: only spaces', ['search', '   '], 'it has no words to look for'),
  bad('search: an empty phrase', ['search', '""'], 'it has no words to look for'),
  bad(
    'search: an unclosed quote',
    ['search', '"unclosed phrase'],
    `reflect: cannot search for '"unclosed phrase': a quote is not closed`,
  ),
  bad('search: a closing quote alone', ['search', 'budget"'], 'a quote is not closed'),
  // A pasted page is not echoed back whole: the line names its first 60 characters.
  bad(
    'search: a very long query with an unclosed quote',
    ['search', `"${'word '.repeat(2000)}`],
    `reflect: cannot search for '"${'word '.repeat(11)}word…': a quote is not closed`,
  ),
  bad(
    'search: a lone *',
    ['search', '*'],
    'reflect: cannot search for "*": a * must end a word, as in negotiat*',
  ),
  bad('search: only OR', ['search', 'OR'], 'reflect: cannot search for "OR": it has no words to look for'),
  bad(
    'search: only punctuation',
    ['search', '...'],
    'reflect: cannot search for "...": it has no words to look for',
  ),
  bad(
    'search: a dangling AND',
    ['search', 'budget AND'],
    'reflect: cannot search for "budget AND": not a valid search query',
  ),
  bad(
    'search: an open bracket',
    ['search', '(budget'],
    'reflect: cannot search for "(budget": not a valid search query',
  ),
  bad(
    'search: a leading NOT',
    ['search', 'NOT budget'],
    'reflect: cannot search for "NOT budget": not a valid search query',
  ),
  bad('search: an unclosed NEAR', ['search', 'NEAR(a b'], 'not a valid search query'),
  bad('search: unknown option', ['search', 'budget', '--bogus'], "reflect: unknown option '--bogus'"),
  bad(
    'search: a bad --from',
    ['search', 'budget', '--from', 'someday'],
    'reflect: cannot understand --from "someday"',
  ),
  bad(
    'search: week 60',
    ['search', 'budget', '--week', '2026-W60'],
    'reflect: 2026 has no week 60 (ISO weeks run 1–53 that year)',
  ),
  bad(
    'search: -n 0',
    ['search', 'budget', '-n', '0'],
    'reflect: -n must be a positive whole number, got "0"',
  ),
  bad(
    'search: --set that does not exist',
    ['search', 'budget', '--set', 'nope'],
    'reflect: no prompt set "nope"',
  ),

  // ── star / unstar ──
  bad('star: without an id', ['star'], "reflect: missing required argument 'id'"),
  bad('star: an unknown id changes none of the others', ['star', '1', '99'], 'reflect: no entry with id 99'),
  bad('star: an entry in the trash', ['star', '5'], 'reflect: no entry with id 5'),
  bad('star: zero', ['star', '0'], '"0" is not an entry id'),
  bad('star: unknown option', ['star', '1', '--bogus'], "reflect: unknown option '--bogus'"),
  bad(
    'unstar: a word',
    ['unstar', 'abc'],
    'reflect: "abc" is not an entry id (expected a number such as 12)',
  ),
  bad('unstar: an unknown id', ['unstar', '99'], 'reflect: no entry with id 99'),
  bad('unstar: without an id', ['unstar'], "reflect: missing required argument 'id'"),

  // ── tag ──
  bad('tag: an unknown id', ['tag', '99', '+x'], 'reflect: no entry with id 99'),
  bad('tag: an entry in the trash', ['tag', '5', '+x'], 'reflect: no entry with id 5'),
  bad(
    'tag: a word for an id',
    ['tag', 'x', '+a'],
    'reflect: "x" is not an entry id (expected a number such as 12)',
  ),
  bad('tag: + alone', ['tag', '1', '+'], 'reflect: "+" names no tag'),
  bad('tag: - alone', ['tag', '1', '-'], 'reflect: "-" names no tag'),
  bad('tag: +# alone', ['tag', '1', '+#'], 'reflect: "+#" names no tag'),
  bad('tag: +@ alone', ['tag', '1', '+@'], 'reflect: "+@" names no tag'),
  bad('tag: an empty change', ['tag', '1', ' '], 'reflect: " " names no tag'),
  bad('tag: without changes', ['tag', '1'], "reflect: missing required argument 'changes'"),
  bad('tag: an unknown option', ['tag', '1', '--bogus'], "reflect: unknown option '--bogus'"),
  bad(
    'tag: an unknown option after a change',
    ['tag', '1', '+x', '--bogus'],
    "reflect: unknown option '--bogus'",
  ),

  // ── people / tags / stats ──
  bad(
    'people: a bad --from',
    ['people', '--from', 'never ever'],
    'reflect: cannot understand --from "never ever"',
  ),
  bad('people: -n 0', ['people', '-n', '0'], '-n must be a positive whole number'),
  bad('people: an argument', ['people', 'Dana'], "too many arguments for 'people'"),
  bad('people: --set that does not exist', ['people', '--set', 'nope'], 'reflect: no prompt set "nope"'),
  bad(
    'tags: week 99',
    ['tags', '--week', '2026-W99'],
    'reflect: 2026 has no week 99 (ISO weeks run 1–53 that year)',
  ),
  bad('tags: unknown option', ['tags', '--bogus'], "reflect: unknown option '--bogus'"),
  bad(
    'stats: --from later than --to',
    ['stats', '--from', '2026-11-30', '--to', '2026-11-01'],
    'is later than --to',
  ),
  bad('stats: a bad --on', ['stats', '--on', 'x'], 'reflect: cannot understand --on "x"'),
  bad('stats: an argument', ['stats', 'week'], "too many arguments for 'stats'"),
  bad(
    'stats: --on with --week',
    ['stats', '--on', 'today', '--week', 'this'],
    'reflect: --on cannot be combined with --week',
  ),

  // ── edit ──
  bad('edit: without an id', ['edit'], "reflect: missing required argument 'id'"),
  bad('edit: an unknown id', ['edit', '99'], 'reflect: no entry with id 99'),
  bad('edit: an entry in the trash', ['edit', '5'], 'reflect: no entry with id 5'),
  bad(
    'edit: a word for an id',
    ['edit', 'abc'],
    'reflect: "abc" is not an entry id (expected a number such as 12)',
  ),
  bad('edit: two ids', ['edit', '1', '2'], "too many arguments for 'edit'"),
  bad(
    'edit: an editor that fails',
    ['edit', '1'],
    'reflect: editor "false" exited with status 1; entry 1 is unchanged',
  ),
  bad(
    'edit: an editor that is not there',
    ['edit', '1'],
    'reflect: editor "no-such-editor-here" was not found; entry 1 is unchanged',
    {
      env: { EDITOR: 'no-such-editor-here' },
    },
  ),
  bad('edit: --answers without a value', ['edit', '1', '--answers'], 'reflect: --answers needs a value'),
  bad(
    'edit: an empty --answers',
    ['edit', '1', '--answers', ''],
    'reflect: --answers needs a file name ("-" for stdin)',
  ),
  bad(
    'edit: --answers file missing',
    ['edit', '1', '--answers', '{dir}/nope.json'],
    /nope\.json: no such file$/,
  ),
  bad(
    'edit: --answers empty stdin',
    ['edit', '1', '--answers', '-'],
    'reflect: stdin: not valid JSON (Unexpected end of JSON input)',
  ),
  bad(
    'edit: --answers not JSON',
    ['edit', '1', '--answers', '{dir}/bad.json'],
    'reflect: {dir}/bad.json: not valid JSON (Unexpected end of JSON input)',
    {
      files: { 'bad.json': '{"answers": ' },
    },
  ),
  bad(
    'edit: --answers with an unknown field',
    ['edit', '1', '--answers', '-'],
    'reflect: stdin: unknown field "mood" (expected title, date, people, tags, answers)',
    {
      stdin: json({ answers: {}, mood: 1 }),
    },
  ),
  bad(
    'edit: --answers with an unknown step',
    ['edit', '1', '--answers', '-'],
    'reflect: unknown step "nope" for prompt set left-hand-column',
    {
      stdin: json({ answers: { situation: 'x', nope: 'y' } }),
    },
  ),
  bad(
    'edit: --answers without a required step',
    ['edit', '1', '--answers', '-'],
    'reflect: step "situation" is required: Which conversation is this about, and what was at stake?',
    {
      stdin: json({ answers: { dialogue: [{ said: 'a' }] } }),
    },
  ),
  bad(
    'edit: --answers of the wrong kind',
    ['edit', '1', '--answers', '-'],
    'reflect: step "situation" (text) expects a string, got the number 5',
    {
      stdin: json({ answers: { situation: 5 } }),
    },
  ),
  bad(
    'edit: --answers with a choice not offered',
    ['edit', '4', '--answers', '-'],
    'step "mood" (choice) expects one of "Energised", "Flat", "Frustrated"',
    {
      stdin: json({ answers: { moment: 'x', mood: 'nope' } }),
    },
  ),
  bad(
    'edit: --answers with a bad date',
    ['edit', '1', '--answers', '-'],
    'reflect: cannot understand the date "someday maybe"',
    {
      stdin: json({ date: 'someday maybe', answers: { situation: 'x', dialogue: [{ said: 'a' }] } }),
    },
  ),
  bad('edit: --answers with a numeric title', ['edit', '1', '--answers', '-'], '"title" must be a string', {
    stdin: json({ title: 7, answers: {} }),
  }),

  // ── delete / trash / restore ──
  bad(
    'delete: without a terminal or --yes',
    ['delete', '1'],
    'reflect delete needs --yes when there is no terminal',
  ),
  bad(
    'delete: an unknown id',
    ['delete', '99', '--yes'],
    'reflect: no entry with id 99; nothing was deleted',
  ),
  bad(
    'delete: one unknown id deletes none',
    ['delete', '1', '99', '--yes'],
    'reflect: no entry with id 99; nothing was deleted',
  ),
  bad(
    'delete: an entry already in the trash',
    ['delete', '5', '--yes'],
    'reflect: no entry with id 5; nothing was deleted',
  ),
  bad('rm: a word for an id', ['rm', 'x', '--yes'], '"x" is not an entry id'),
  bad('delete: without an id', ['delete', '--yes'], "reflect: missing required argument 'id'"),
  bad('delete: unknown option', ['delete', '1', '--yes', '--force'], "reflect: unknown option '--force'"),
  bad('trash: an unknown subcommand', ['trash', 'bogus'], "reflect: unknown command 'bogus'"),
  bad('trash: unknown option', ['trash', '--bogus'], "reflect: unknown option '--bogus'"),
  bad('trash empty: without a terminal or --yes', ['trash', 'empty'], 'reflect trash empty needs --yes'),
  bad('trash empty: unknown option', ['trash', 'empty', '--bogus'], "reflect: unknown option '--bogus'"),
  bad(
    'restore: an entry not in the trash',
    ['restore', '1'],
    'reflect: entry 1 is not in the trash; nothing was restored',
  ),
  bad('restore: an unknown id', ['restore', '99'], 'entry 99 is not in the trash'),
  bad(
    'restore: one wrong id restores none',
    ['restore', '5', '1'],
    'reflect: entry 1 is not in the trash; nothing was restored',
  ),
  bad('restore: a word for an id', ['restore', 'x'], '"x" is not an entry id'),
  bad('restore: without an id', ['restore'], "reflect: missing required argument 'id'"),

  // ── config (the file must stay as it was: the row's folder is checked) ──
  bad('config: an unknown subcommand', ['config', 'bogus'], "reflect: unknown command 'bogus'"),
  bad('config get: without a key', ['config', 'get'], "reflect: missing required argument 'key'"),
  bad('config get: an unknown key', ['config', 'get', 'nope'], 'reflect: unknown setting "nope"'),
  bad(
    'config set: without a value',
    ['config', 'set', 'count'],
    "reflect: missing required argument 'value'",
  ),
  bad('config set: an unknown key', ['config', 'set', 'nope', '1'], 'reflect: unknown setting "nope"', {
    files: { 'config/reflect/config.yaml': 'count: 7\n' },
  }),
  bad(
    'config set: count 0',
    ['config', 'set', 'count', '0'],
    'reflect: count must be a whole number from 1 to 10000, got 0',
    {
      files: { 'config/reflect/config.yaml': 'count: 7\n' },
    },
  ),
  bad(
    'config set: count in words',
    ['config', 'set', 'count', 'ten'],
    'reflect: count must be a whole number from 1 to 10000, got "ten"',
    { files: { 'config/reflect/config.yaml': 'count: 7\n' } },
  ),
  bad(
    'config set: weekStart friday',
    ['config', 'set', 'weekStart', 'friday'],
    'reflect: weekStart must be monday or sunday, got "friday"',
    { files: { 'config/reflect/config.yaml': 'count: 7\n' } },
  ),
  bad(
    'config set: color maybe',
    ['config', 'set', 'color', 'maybe'],
    'reflect: color must be true or false, got "maybe"',
    { files: { 'config/reflect/config.yaml': 'count: 7\n' } },
  ),
  bad(
    'config set: defaultSet unknown',
    ['config', 'set', 'defaultSet', 'no-such-set'],
    'reflect: no prompt set "no-such-set"',
    { files: { 'config/reflect/config.yaml': 'count: 7\n' } },
  ),
  bad(
    'config set: defaultSet not an id',
    ['config', 'set', 'defaultSet', 'Bad Id'],
    'reflect: defaultSet must be a prompt set id such as left-hand-column, got "Bad Id"',
    { files: { 'config/reflect/config.yaml': 'count: 7\n' } },
  ),
  bad(
    'config set: an empty editor',
    ['config', 'set', 'editor', ''],
    'reflect: editor must be an editor command such as "nano" or "code --wait", got ""',
    { files: { 'config/reflect/config.yaml': 'count: 7\n' } },
  ),
  bad('config set: an empty db', ['config', 'set', 'db', ''], 'reflect: db must be a file path, got ""', {
    files: { 'config/reflect/config.yaml': 'count: 7\n' },
  }),
  bad('config unset: without a key', ['config', 'unset'], "reflect: missing required argument 'key'", {
    files: { 'config/reflect/config.yaml': 'count: 7\n' },
  }),
  bad('config path: an argument', ['config', 'path', 'x'], "too many arguments for 'path'"),
  bad('config list: unknown option', ['config', 'list', '--bogus'], "reflect: unknown option '--bogus'"),

  // ── completion ──
  bad('completion: without a shell', ['completion'], "reflect: missing required argument 'shell'"),
  bad(
    'completion: an unknown shell',
    ['completion', 'tcsh'],
    'reflect: the shell must be bash, zsh or fish, got "tcsh"',
    { hint: 'usage: reflect completion [options] <shell>' },
  ),
  bad(
    'completion: two shells',
    ['completion', 'bash', 'zsh'],
    "reflect: too many arguments for 'completion'. Expected 1 argument but got 2.",
  ),

  // ── prompts ──
  bad('prompts: an unknown subcommand', ['prompts', 'bogus'], "reflect: unknown command 'bogus'"),
  bad('prompts list: an argument', ['prompts', 'list', 'x'], "too many arguments for 'list'"),
  bad('prompts show: without an id', ['prompts', 'show'], "reflect: missing required argument 'id'"),
  bad(
    'prompts show: an unknown set',
    ['prompts', 'show', 'nothing-here'],
    'reflect: no prompt set "nothing-here"',
  ),
  bad(
    'prompts show: an unknown version',
    ['prompts', 'show', 'check-in', '--version', '9'],
    'reflect: prompt set check-in has no version 9',
  ),
  bad(
    'prompts show: version in words',
    ['prompts', 'show', 'check-in', '--version', 'two'],
    'reflect: --version must be a positive whole number, got "two"',
  ),
  bad(
    'prompts show: version 0',
    ['prompts', 'show', 'check-in', '--version', '0'],
    'reflect: --version must be a positive whole number, got "0"',
  ),
  bad(
    'prompts validate: without files',
    ['prompts', 'validate'],
    "reflect: missing required argument 'files'",
  ),
  bad(
    'prompts validate: broken YAML',
    ['prompts', 'validate', '{dir}/broken.yaml'],
    'reflect: 1 problem in 1 of 1 file',
    {
      files: { 'broken.yaml': 'schema: 1\nid: x\n  bad: [\n' },
      stdout: '{dir}/broken.yaml:3:3: YAML syntax: this line is indented more than the line above it',
    },
  ),
  bad(
    'prompts validate: an empty file',
    ['prompts', 'validate', '{dir}/empty.yaml'],
    'reflect: 1 problem in 1 of 1 file',
    {
      files: { 'empty.yaml': '' },
      stdout: 'the file is empty',
    },
  ),
  bad('prompts validate: a folder', ['prompts', 'validate', '{dir}'], 'reflect: 1 problem in 1 of 1 file', {
    stdout: 'is a folder, expected a YAML file',
  }),
  bad(
    'prompts validate: missing choices',
    ['prompts', 'validate', join(SETS, 'missing-choices.yaml')],
    'problems in 1 of 1 file',
    {
      stdout: 'a choice step needs choices',
    },
  ),
  bad(
    'prompts validate: duplicate step ids',
    ['prompts', 'validate', join(SETS, 'duplicate-ids.yaml')],
    'reflect: 1 problem in 1 of 1 file',
    {
      stdout: 'duplicate step id "what"',
    },
  ),
  bad(
    'prompts validate: an assignment due on the wrong weekday',
    ['prompts', 'validate', '{dir}/weekly.yaml'],
    'reflect: 1 problem in 1 of 1 file',
    {
      files: { 'weekly.yaml': WEEKLY_SET.replace('due: 2026-12-04', 'due: 2026-12-07') },
      stdout: '{dir}/weekly.yaml:13:3: due 2026-12-07 is not a friday (every: weekday:friday)',
    },
  ),
  bad(
    'prompts add: an assignment due on the wrong weekday',
    ['prompts', 'add', '{dir}/weekly.yaml', '--accept'],
    'due 2026-12-07 is not a friday (every: weekday:friday)',
    { files: { 'weekly.yaml': WEEKLY_SET.replace('due: 2026-12-04', 'due: 2026-12-07') } },
  ),
  bad('prompts add: without a file', ['prompts', 'add'], "reflect: missing required argument 'file'"),
  bad(
    'prompts add: --accept with --no-accept',
    ['prompts', 'add', '{dir}/weekly.yaml', '--accept', '--no-accept'],
    'reflect: --accept cannot be combined with --no-accept',
    { files: { 'weekly.yaml': WEEKLY_SET } },
  ),
  bad(
    'prompts add: --no-accept with --accept',
    ['prompts', 'add', '{dir}/weekly.yaml', '--no-accept', '--accept'],
    'reflect: --accept cannot be combined with --no-accept',
    { files: { 'weekly.yaml': WEEKLY_SET } },
  ),
  bad('prompts add: a missing file', ['prompts', 'add', '{dir}/nope.yaml'], 'nope.yaml: no such file'),
  bad('prompts add: a folder', ['prompts', 'add', '{dir}'], 'is a folder, expected a YAML file'),
  bad(
    'prompts add: broken YAML',
    ['prompts', 'add', '{dir}/broken.yaml'],
    'not installed: {dir}/broken.yaml:3:3: YAML syntax',
    {
      files: { 'broken.yaml': 'schema: 1\nid: x\n  bad: [\n' },
    },
  ),
  bad(
    'prompts add: a colon inside an unquoted question',
    ['prompts', 'add', '{dir}/colon.yaml'],
    'reflect: not installed: {dir}/colon.yaml:9:25: YAML syntax: a colon followed by a space inside a value starts a new key; put the whole value in quotes: question: "Think back: what did you assume?"',
    {
      files: {
        'colon.yaml':
          'schema: 1\nid: x\nversion: 1\ntitle: X\nsteps:\n  - id: a\n    kind: list\n    role: assumption\n    question: Think back: what did you assume?\n',
      },
    },
  ),
  bad(
    'prompts add: a question that starts with *',
    ['prompts', 'add', '{dir}/star.yaml'],
    'reflect: not installed: {dir}/star.yaml:9:15: YAML syntax: a value that starts with * must be in quotes: question: "*Really*, what happened?"',
    {
      files: {
        'star.yaml':
          'schema: 1\nid: x\nversion: 1\ntitle: X\nsteps:\n  - id: a\n    kind: list\n    role: assumption\n    question: *Really*, what happened?\n',
      },
    },
  ),
  bad('prompts add: an empty file', ['prompts', 'add', '{dir}/empty.yaml'], 'the file is empty', {
    files: { 'empty.yaml': '' },
  }),
  bad('prompts add: schema 2', ['prompts', 'add', '{dir}/s.yaml'], 'schema must be 1', {
    files: { 's.yaml': 'schema: 2\nid: team-x\nversion: 1\ntitle: T\nsteps: []\n' },
  }),
  bad(
    'prompts add: a built-in id',
    ['prompts', 'add', join(SETS, 'builtin-id.yaml')],
    'reflect: "check-in" is the id of a built-in prompt set; a coach\'s set needs its own id',
  ),
  bad(
    'prompts add: a !!js/function tag',
    ['prompts', 'add', join(SETS, 'js-function.yaml')],
    /^reflect: not installed: .*js-function\.yaml:9:16: YAML tag !!js\/function is not allowed/,
  ),
  bad(
    'prompts add: a YAML alias',
    ['prompts', 'add', join(SETS, 'alias.yaml')],
    /^reflect: not installed: .*alias\.yaml:7:5: YAML anchor &step is not allowed/,
  ),
  bad(
    'prompts add: unknown kind and role',
    ['prompts', 'add', join(SETS, 'unknown-kind-role.yaml')],
    /^reflect: not installed: .*:11:5: unknown kind "slider"/,
    { hint: '1 more problem — see them all with: reflect prompts validate' },
  ),
  bad(
    'prompts add: same version, other content',
    ['prompts', 'add', join(SETS, 'team-retro-v1-edited.yaml')],
    'reflect: team-retro version 1 is already installed with different content',
  ),
  bad(
    'prompts add: --force over a version in use',
    ['prompts', 'add', join(SETS, 'team-retro-v1-edited.yaml'), '--force'],
    'reflect: team-retro version 1 cannot be replaced: 1 entry were written with its questions',
  ),
  bad(
    'prompts add: an assignment without a terminal',
    ['prompts', 'add', join(SETS, 'daily-checkin-assignment.yaml')],
    'reflect: daily-pulse comes with an assignment; pass --accept or --no-accept (there is no terminal to ask)',
  ),
  bad('prompts new: without an id', ['prompts', 'new'], "reflect: missing required argument 'id'"),
  bad(
    'prompts new: an id with spaces',
    ['prompts', 'new', 'Weekly Practice'],
    'reflect: "Weekly Practice" cannot be a prompt set id: use only lowercase a-z, 0-9 and single dashes',
  ),
  bad(
    'prompts new: a built-in id',
    ['prompts', 'new', 'check-in'],
    'reflect: "check-in" is the id of a built-in prompt set; choose another',
  ),
  bad(
    'prompts new: --out over a file',
    ['prompts', 'new', 'x', '--out', '{dir}/keep.yaml'],
    'reflect: {dir}/keep.yaml already exists; nothing was written',
    {
      files: { 'keep.yaml': 'keep me' },
    },
  ),
  bad(
    'prompts new: --out in a missing folder',
    ['prompts', 'new', 'x', '--out', '{dir}/nodir/x.yaml'],
    'reflect: {dir}/nodir/x.yaml: the folder {dir}/nodir does not exist; nothing was written',
    { hint: 'create the folder first, or choose a file in one that exists' },
  ),
  bad(
    'prompts new: --out with a name too long for the file system',
    ['prompts', 'new', 'x', '--out', `{dir}/${LONG_NAME}.yaml`],
    `reflect: cannot write {dir}/${LONG_NAME}.yaml: the name is too long`,
  ),
  bad('prompts export: without an id', ['prompts', 'export'], "reflect: missing required argument 'id'"),
  bad(
    'prompts export: an unknown set',
    ['prompts', 'export', 'nothing-here'],
    'reflect: no prompt set "nothing-here"',
  ),
  bad(
    'prompts export: an unknown version',
    ['prompts', 'export', 'team-retro', '--version', '5'],
    'reflect: prompt set team-retro has no version 5',
  ),
  bad(
    'prompts export: --out over a file',
    ['prompts', 'export', 'team-retro', '--out', '{dir}/keep.yaml'],
    'already exists; nothing was written',
    {
      files: { 'keep.yaml': 'keep me' },
    },
  ),
  bad('prompts remove: without an id', ['prompts', 'remove'], "reflect: missing required argument 'id'"),
  bad(
    'prompts remove: a set entries use',
    ['prompts', 'remove', 'team-retro'],
    'reflect: team-retro is used by 1 entry; not removed',
  ),
  bad(
    'prompts remove: a built-in set',
    ['prompts', 'remove', 'check-in'],
    'reflect: check-in is a built-in prompt set and cannot be removed',
  ),
  bad(
    'prompts remove: an unknown set',
    ['prompts', 'remove', 'nothing-here'],
    'reflect: no prompt set "nothing-here"',
  ),
  bad(
    'prompts rm: unknown option',
    ['prompts', 'rm', 'team-retro', '--bogus'],
    "reflect: unknown option '--bogus'",
  ),

  // ── assign / assignments / due ──
  bad('assign: without a set', ['assign'], "reflect: missing required argument 'set-id'"),
  bad('assign: an unknown set', ['assign', 'nothing-here'], 'reflect: no prompt set "nothing-here"'),
  bad('assign: an empty --from', ['assign', 'check-in', '--from', ''], 'reflect: --from needs a value'),
  bad('assign: a blank --note', ['assign', 'check-in', '--note', '  '], 'reflect: --note needs a value'),
  bad(
    'assign: a cadence in words',
    ['assign', 'check-in', '--every', 'fortnight'],
    'reflect: --every must be day, week, "3 days", "2 weeks" or weekday:friday, got "fortnight"',
  ),
  bad(
    'assign: every 0 days',
    ['assign', 'check-in', '--every', '0 days'],
    'reflect: --every must be day, week, "3 days", "2 weeks" or weekday:friday, got "0 days"',
  ),
  bad('assign: every -1 weeks', ['assign', 'check-in', '--every', '-1 weeks'], '--every must be day, week'),
  bad(
    'assign: an unknown weekday',
    ['assign', 'check-in', '--every', 'weekday:funday'],
    '--every must be day, week',
  ),
  bad(
    'assign: --count 0',
    ['assign', 'check-in', '--every', 'week', '--count', '0'],
    'reflect: --count must be a positive whole number, got "0"',
  ),
  bad(
    'assign: --count in words',
    ['assign', 'check-in', '--every', 'day', '--count', 'x'],
    'reflect: --count must be a positive whole number, got "x"',
  ),
  bad(
    'assign: --count too large',
    ['assign', 'check-in', '--every', 'week', '--count', '5000'],
    'reflect: --count must be at most 1000, got 5000',
  ),
  bad(
    'assign: --count without --every',
    ['assign', 'check-in', '--count', '3'],
    'reflect: --count needs --every (how often)',
  ),
  bad(
    'assign: a --due in words',
    ['assign', 'check-in', '--due', 'someday soon'],
    'reflect: cannot understand --due "someday soon"',
  ),
  bad('assign: an empty --due', ['assign', 'check-in', '--due', ''], 'reflect: --due needs a value'),
  bad(
    'assign: a --due in the past',
    ['assign', 'check-in', '--due', '2026-11-01'],
    'reflect: --due 2026-11-01 is 2026-11-01, in the past',
    { hint: 'give today or a later day, e.g. --due tomorrow or --due "in 3 days"' },
  ),
  bad(
    'assign: a --due that is not the cadence’s weekday',
    ['assign', 'check-in', '--every', 'weekday:friday', '--due', 'monday'],
    'reflect: --due monday is Mon 30 Nov 2026, not a Friday (--every weekday:friday)',
  ),
  bad('assign: two sets', ['assign', 'check-in', 'freeform'], "too many arguments for 'assign'"),
  bad('assignments: an unknown subcommand', ['assignments', 'bogus'], "reflect: unknown command 'bogus'"),
  bad('assignments: unknown option', ['assignments', '--bogus'], "reflect: unknown option '--bogus'"),
  bad(
    'assignments cancel: without an id',
    ['assignments', 'cancel'],
    "reflect: missing required argument 'id'",
  ),
  bad(
    'assignments cancel: an unknown id',
    ['assignments', 'cancel', '7'],
    'reflect: no assignment with id 7',
  ),
  bad(
    'assignments cancel: a word',
    ['assignments', 'cancel', 'first'],
    'reflect: "first" is not an assignment id (expected a number such as 2)',
  ),
  bad('assignments cancel: zero', ['assignments', 'cancel', '0'], '"0" is not an assignment id'),
  bad('due: an argument', ['due', 'today'], "too many arguments for 'due'"),
  bad('due: unknown option', ['due', '--bogus'], "reflect: unknown option '--bogus'"),

  // ── doctor ──
  bad('doctor: an argument', ['doctor', 'now'], "too many arguments for 'doctor'"),
  bad('doctor: unknown option', ['doctor', '--fix'], "reflect: unknown option '--fix'"),

  // ── assumptions ──
  bad('assumptions: an unknown subcommand', ['assumptions', 'bogus'], "reflect: unknown command 'bogus'"),
  bad('assumptions: a bad --from', ['assumptions', '--from', 'x'], 'reflect: cannot understand --from "x"'),
  bad(
    'assumptions: a bad --week',
    ['assumptions', '--week', '2027-W53'],
    'reflect: 2027 has no week 53 (ISO weeks run 1–52 that year)',
  ),
  bad('assumptions: -n 0', ['assumptions', '-n', '0'], '-n must be a positive whole number'),
  bad(
    'assumptions show: without a group',
    ['assumptions', 'show'],
    "reflect: missing required argument 'group'",
  ),
  bad(
    'assumptions show: an unknown group',
    ['assumptions', 'show', '999'],
    'reflect: no assumption group 999 (see: reflect assumptions)',
    { hint: false },
  ),
  bad(
    'assumptions show: a word',
    ['assumptions', 'show', 'abc'],
    'reflect: "abc" is not a group id (expected a number such as 7; see: reflect assumptions)',
    { hint: false },
  ),
  bad('assumptions show: zero', ['assumptions', 'show', '0'], '"0" is not a group id'),
  bad('assumptions show: a negative id', ['assumptions', 'show', '-1'], '"-1" is not a group id'),
  bad(
    'assumptions link: an unknown statement',
    ['assumptions', 'link', '999', '1'],
    'reflect: no assumption statement 999 (see: reflect assumptions show <group>)',
    { hint: false },
  ),
  bad(
    'assumptions link: an unknown group',
    ['assumptions', 'link', '1', '999'],
    'reflect: no assumption group 999 (see: reflect assumptions)',
    { hint: false },
  ),
  bad(
    'assumptions link: a word for a statement',
    ['assumptions', 'link', 'x', '1'],
    'reflect: "x" is not a statement id (expected a number such as 31; see: reflect assumptions show <group>)',
    { hint: false },
  ),
  bad(
    'assumptions link: without a group',
    ['assumptions', 'link', '1'],
    "reflect: missing required argument 'group'",
  ),
  bad(
    'assumptions unlink: an unknown statement',
    ['assumptions', 'unlink', '999'],
    'reflect: no assumption statement 999 (see: reflect assumptions show <group>)',
    { hint: false },
  ),
  bad('assumptions unlink: a word', ['assumptions', 'unlink', 'x'], '"x" is not a statement id'),
  bad(
    'assumptions unlink: a statement already alone',
    ['assumptions', 'unlink', '4'],
    'statement 4 is already on its own',
  ),
  bad(
    'assumptions merge: an unknown group',
    ['assumptions', 'merge', '1', '999'],
    'reflect: no assumption group 999 (see: reflect assumptions)',
    { hint: false },
  ),
  bad(
    'assumptions merge: a group with itself',
    ['assumptions', 'merge', '1', '1'],
    'reflect: group 1 cannot be merged with itself',
    { hint: false },
  ),
  bad(
    'assumptions merge: one group',
    ['assumptions', 'merge', '1'],
    "reflect: missing required argument 'other'",
  ),
  bad('assumptions merge: a word', ['assumptions', 'merge', '1', 'x'], '"x" is not a group id'),
  bad(
    'assumptions rename: an unknown group',
    ['assumptions', 'rename', '999', 'x'],
    'reflect: no assumption group 999 (see: reflect assumptions)',
    { hint: false },
  ),
  bad(
    'assumptions rename: an empty label',
    ['assumptions', 'rename', '1', ' '],
    'reflect: the label is empty (give the group a few words of your own)',
    { hint: false },
  ),
  bad(
    'assumptions rename: without a label',
    ['assumptions', 'rename', '1'],
    "reflect: missing required argument 'label'",
  ),
  bad(
    'assumptions oppose: an unknown group',
    ['assumptions', 'oppose', '1', '999'],
    'reflect: no assumption group 999 (see: reflect assumptions)',
    { hint: false },
  ),
  bad(
    'assumptions oppose: a group with itself',
    ['assumptions', 'oppose', '1', '1'],
    'reflect: group 1 cannot be the opposite of itself',
    { hint: false },
  ),
  bad(
    'assumptions oppose: three groups',
    ['assumptions', 'oppose', '1', '2', '3'],
    "too many arguments for 'oppose'",
  ),
  bad(
    'assumptions unoppose: an unknown group',
    ['assumptions', 'unoppose', '999'],
    'reflect: no assumption group 999 (see: reflect assumptions)',
    { hint: false },
  ),
  bad('assumptions unoppose: a word', ['assumptions', 'unoppose', 'x'], '"x" is not a group id'),
  bad(
    'assumptions unoppose: without a group',
    ['assumptions', 'unoppose'],
    "reflect: missing required argument 'group'",
  ),
  bad(
    'assumptions unoppose: two groups',
    ['assumptions', 'unoppose', '1', '2'],
    "too many arguments for 'unoppose'",
  ),
  bad(
    'assumptions test: an unknown group',
    ['assumptions', 'test', '999', '--result', 'held'],
    'reflect: no assumption group 999 (see: reflect assumptions)',
    { hint: false },
  ),
  bad(
    'assumptions test: an unknown result',
    ['assumptions', 'test', '1', '--result', 'maybe'],
    'reflect: --result must be held, failed or mixed, got "maybe"',
    { hint: false },
  ),
  bad(
    'assumptions test: without --result',
    ['assumptions', 'test', '1'],
    'reflect: reflect assumptions test needs --result',
    { hint: '--result <result>  what you found: held, failed or mixed' },
  ),
  bad(
    'assumptions test: --result without a value',
    ['assumptions', 'test', '1', '--result'],
    'reflect: --result needs a value',
  ),
  bad(
    'assumptions test: a word for a group',
    ['assumptions', 'test', 'x', '--result', 'held'],
    '"x" is not a group id',
  ),

  // ── summary ──
  bad(
    'summary: week 99',
    ['summary', '--week', '2026-W99'],
    'reflect: 2026 has no week 99 (ISO weeks run 1–53 that year)',
  ),
  bad(
    'summary: week 53 of 2025',
    ['summary', '--week', '2025-W53'],
    'reflect: 2025 has no week 53 (ISO weeks run 1–52 that year)',
  ),
  bad(
    'summary: week 53 of 2027',
    ['summary', '--week', '2027-W53'],
    'reflect: 2027 has no week 53 (ISO weeks run 1–52 that year)',
  ),
  bad(
    'summary: a week in words',
    ['summary', '--week', 'banana'],
    'reflect: cannot understand --week "banana"',
  ),
  bad(
    'summary: --week with --from',
    ['summary', '--week', 'last', '--from', '2026-11-01'],
    'reflect: --week cannot be combined with --from',
  ),
  bad('summary: --to without --from', ['summary', '--to', '2026-11-01'], 'reflect: --to needs --from'),
  bad(
    'summary: --from later than --to',
    ['summary', '--from', '2026-11-30', '--to', '2026-11-01'],
    'reflect: --from (2026-11-30) is later than --to (2026-11-01)',
  ),
  bad(
    'summary: --from after today, without --to',
    ['summary', '--from', '2026-12-01'],
    'reflect: --from (2026-12-01) is later than today, where a summary without --to ends',
    { hint: 'add --to for a period ahead, or give an earlier --from' },
  ),
  bad('summary: a bad --from', ['summary', '--from', 'x'], 'reflect: cannot understand --from "x"'),
  bad(
    'summary: --history 0',
    ['summary', '--history', '0'],
    'reflect: --history must be a positive whole number, got "0"',
  ),
  bad(
    'summary: --history in words',
    ['summary', '--history', 'x'],
    'reflect: --history must be a positive whole number, got "x"',
  ),
  bad(
    'summary: --history too long',
    ['summary', '--history', '1000'],
    'reflect: --history must be at most 104 weeks, got 1000',
  ),
  bad(
    'summary: an unknown format',
    ['summary', '--format', 'xml'],
    'reflect: --format must be text, md or json, got "xml"',
  ),
  bad(
    'summary: --format html',
    ['summary', '--format', 'html'],
    'reflect: --format must be text, md or json, got "html"',
    {
      hint: false,
    },
  ),
  bad(
    'summary: --format md with --json',
    ['summary', '--format', 'md', '--json'],
    'reflect: --json cannot be combined with --format md',
  ),
  bad('summary: --out is a folder', ['summary', '--out', '{dir}'], 'is a folder'),
  // Worded as export words it (was "(the name is too long)", and a bare "(ENOENT)" for /proc/x.md).
  bad(
    'summary: --out with a name too long for the file system',
    ['summary', '--out', `{dir}/${LONG_NAME}.md`],
    `reflect: cannot write {dir}/${LONG_NAME}.md: the name is too long`,
  ),
  bad(
    'export: --out with a name too long for the file system',
    ['export', '--format', 'json', '--out', `{dir}/${LONG_NAME}.json`],
    `reflect: cannot write {dir}/${LONG_NAME}.json: the name is too long`,
  ),
  bad(
    'summary: --out in a missing folder',
    ['summary', '--out', '{dir}/nodir/s.md'],
    'reflect: {dir}/nodir/s.md: the folder {dir}/nodir does not exist; nothing was written',
    { hint: 'create the folder first, or choose a file in one that exists' },
  ),
  bad(
    'summary: --out onto the journal',
    ['summary', '--out', '{db}'],
    'reflect: {db} is the journal itself; the summary was not written',
  ),
  bad(
    'summary: --out onto the journal’s WAL file',
    ['summary', '--out', '{db}-wal'],
    "reflect: {db}-wal is one of the journal's own files; the summary was not written",
  ),
  bad(
    'summary: --out onto an existing file',
    ['summary', '--out', '{dir}/s.md'],
    'reflect: {dir}/s.md already exists; nothing was written',
    {
      files: { 's.md': 'mine' },
      hint: 'add --force to replace it',
    },
  ),
  bad(
    'summary: --force without --out',
    ['summary', '--force'],
    'reflect: --force needs --out (it replaces an existing --out file)',
  ),
  bad(
    'summary: --force onto the journal',
    ['summary', '--out', '{db}', '--force'],
    'reflect: {db} is the journal itself; the summary was not written',
  ),
  bad('summary: a filter it does not take', ['summary', '--tag', 'x'], "reflect: unknown option '--tag'"),
  bad('summary: an argument', ['summary', 'last'], "too many arguments for 'summary'"),

  // ── export ──
  bad(
    'export: an unknown format',
    ['export', '--format', 'pdf'],
    'reflect: --format must be md or json, got "pdf"',
  ),
  bad('export: a bad --from', ['export', '--from', 'x'], 'reflect: cannot understand --from "x"'),
  bad(
    'export: week 99',
    ['export', '--week', '2026-W99'],
    'reflect: 2026 has no week 99 (ISO weeks run 1–53 that year)',
  ),
  bad('export: --ids with a word', ['export', '--ids', '1,x'], 'reflect: --ids: "x" is not an entry id'),
  bad('export: -n 0', ['export', '-n', '0'], 'reflect: -n must be a positive whole number, got "0"'),
  bad('export: --set that does not exist', ['export', '--set', 'nope'], 'reflect: no prompt set "nope"'),
  bad('export: an unknown assignment', ['export', '--assignment', '99'], 'reflect: no assignment with id 99'),
  bad(
    'export: an assignment in words',
    ['export', '--assignment', 'x'],
    'reflect: --assignment must be a positive whole number, got "x"',
  ),
  bad(
    'export: --out over a file',
    ['export', '--out', '{dir}/notes.md'],
    'reflect: {dir}/notes.md already exists; nothing was written',
    {
      files: { 'notes.md': 'precious' },
    },
  ),
  bad(
    'export: --out json over a file',
    ['export', '--format', 'json', '--out', '{dir}/j.json'],
    'already exists; nothing was written',
    {
      files: { 'j.json': 'precious' },
    },
  ),
  bad(
    'export: files already in the folder',
    ['export', '--out', '{dir}/notes/', '--ids', '1'],
    /^reflect: 1 files? already exists? in .*notes: 2026-11-01-seed-1-1\.md; nothing was written/,
    {
      files: { 'notes/2026-11-01-seed-1-1.md': 'mine' },
    },
  ),
  bad(
    'export: a folder --out that is a file',
    ['export', '--out', '{dir}/plain/'],
    'is a file, not a folder',
    {
      files: { plain: 'x' },
    },
  ),
  bad(
    'export: json to a folder',
    ['export', '--format', 'json', '--out', '{dir}/'],
    'reflect: the json export is one document; --out needs a file name, not a folder',
  ),
  bad(
    'export: --out under a file (a folder on the way is a file)',
    ['export', '--format', 'json', '--out', '{dir}/plain/j.json'],
    'reflect: {dir}/plain/j.json: {dir}/plain is a file, not a folder; nothing was written',
    { files: { plain: 'x' } },
  ),
  bad(
    'export: --out folder/ under a file',
    ['export', '--out', '{dir}/plain/notes/'],
    'reflect: {dir}/plain/notes: {dir}/plain is a file, not a folder; nothing was written',
    { files: { plain: 'x' } },
  ),
  bad(
    'export: --out two folders under a file',
    ['export', '--format', 'json', '--out', '{dir}/plain/sub/j.json'],
    'reflect: {dir}/plain/sub/j.json: {dir}/plain is a file, not a folder; nothing was written',
    { files: { plain: 'x' } },
  ),
  // As summary, backup and prompts refuse: a mistyped folder is not created silently.
  bad(
    'export: --out in a missing folder',
    ['export', '--format', 'json', '--out', '{dir}/nodir/j.json'],
    'reflect: {dir}/nodir/j.json: the folder {dir}/nodir does not exist; nothing was written',
    { hint: 'create the folder first, or choose a file in one that exists' },
  ),
  bad(
    'export: --out md in a missing folder',
    ['export', '--out', '{dir}/nodir/notes.md'],
    'reflect: {dir}/nodir/notes.md: the folder {dir}/nodir does not exist; nothing was written',
    { hint: 'create the folder first, or choose a file in one that exists' },
  ),
  // The folder --out names is made (that is what one note per entry asks for), not the folders above it.
  bad(
    'export: --out folder/ in a missing folder',
    ['export', '--out', '{dir}/nodir/notes/'],
    'reflect: {dir}/nodir/notes: the folder {dir}/nodir does not exist; nothing was written',
    { hint: 'create the folder first, or choose a file in one that exists' },
  ),
  bad('export: an empty --out', ['export', '--out', ''], 'reflect: --out needs a file or folder name'),
  bad(
    'export: --force onto the journal',
    ['export', '--format', 'json', '--out', '{db}', '--force'],
    'reflect: {db} is the journal itself; the export was not written',
  ),
  // It printed the whole journal to stdout, --force silently ignored (summary refuses the same slip).
  bad(
    'export: --force without --out',
    ['export', '--force'],
    'reflect: --force needs --out (it replaces an existing --out file)',
  ),
  bad('export: an argument', ['export', 'all'], "too many arguments for 'export'"),

  // ── import ──
  bad('import: without a file', ['import'], "reflect: missing required argument 'file'"),
  bad('import: a missing file', ['import', '{dir}/nope.json'], 'nope.json: no such file'),
  bad('import: a folder', ['import', '{dir}'], 'is a folder, expected a JSON file'),
  bad(
    'import: an unknown format',
    ['import', '{dir}/x.json', '--format', 'csv'],
    'reflect: --format must be reflect, jrnl or dayone, got "csv"',
  ),
  bad('import: two files', ['import', 'a.json', 'b.json'], "too many arguments for 'import'"),
  // `import -` spools stdin to a file under TMPDIR: `tmp/` is the row's own, so a file left there fails the row.
  bad(
    'import -: empty stdin',
    ['import', '-'],
    'reflect: import -: stdin is empty; pipe a JSON file into it',
    {
      env: { TMPDIR: '{dir}/tmp' },
      files: { 'tmp/.keep': '' },
      hint: 'reflect import -',
    },
  ),
  bad('import -: not JSON on stdin', ['import', '-'], /^reflect: stdin: not valid JSON at line 1: /, {
    stdin: 'hello',
    env: { TMPDIR: '{dir}/tmp' },
    files: { 'tmp/.keep': '' },
  }),
  bad(
    'import -: a Day One export forced as jrnl',
    ['import', '-', '--format', 'jrnl'],
    'reflect: stdin: entries[0].title: missing',
    {
      stdin: dayOneDoc,
      env: { TMPDIR: '{dir}/tmp' },
      files: { 'tmp/.keep': '' },
    },
  ),
  bad(
    'import -: TMPDIR does not exist',
    ['import', '-'],
    /^reflect: cannot keep stdin in a temporary folder under .*nodir/,
    {
      stdin: dayOneDoc,
      env: { TMPDIR: '{dir}/nodir' },
    },
  ),
  bad(
    'import: an empty file',
    ['import', join(BAD_IMPORTS, 'empty.json')],
    'not valid JSON at line 1: the file is empty',
  ),
  bad(
    'import: a key without a value',
    ['import', join(BAD_IMPORTS, 'no-value.json')],
    'not valid JSON at line 3: expected a value for "entries"',
  ),
  bad(
    'import: a JSON schema, not an export',
    ['import', join(BAD_IMPORTS, 'json-schema.json')],
    'entries: missing',
  ),
  bad(
    'import: a jrnl plain-text journal',
    ['import', join(BAD_IMPORTS, 'plain.journal')],
    'expected a JSON object at the top level',
  ),
  bad(
    'import: a Day One Classic .doentry',
    ['import', join(BAD_IMPORTS, 'classic.doentry')],
    'expected a JSON object at the top level',
  ),
  bad(
    'import: a Markdown file',
    ['import', join(BAD_IMPORTS, 'notes.md')],
    'expected a JSON object at the top level',
  ),
  bad(
    'import: a Day One star that is a word',
    ['import', join(BAD_IMPORTS, 'dayone-photo-only.json')],
    'entries[0].starred: expected true or false',
  ),
  bad('import: a truncated file', ['import', '{dir}/t.json'], 'ends too early', {
    files: { 't.json': reflectDoc.slice(0, 500) },
  }),
  bad(
    'import: entries that are not a list',
    ['import', '{dir}/e.json'],
    'entries: expected a list of entries',
    {
      files: { 'e.json': '{"entries": {"a": 1}}' },
    },
  ),
  bad(
    'import: someone else’s format',
    ['import', '{dir}/f.json'],
    'format: expected "reflect-journal", got "someone-else"',
    {
      files: { 'f.json': reflectDoc.replace('"reflect-journal"', '"someone-else"') },
    },
  ),
  bad(
    'import: a future version',
    ['import', '{dir}/v.json'],
    'version: this file is version 2; this reflect reads up to version 1',
    {
      files: { 'v.json': reflectDoc.replace('"version": 1', '"version": 2') },
    },
  ),
  bad('import: an unrecognisable file', ['import', '{dir}/u.json'], 'cannot tell the format of this file', {
    files: { 'u.json': '{"entries": [{"note": "hi"}]}' },
  }),
  bad(
    'import: a Day One date that is not a date',
    ['import', '{dir}/d.json'],
    'creationDate: expected an ISO date',
    {
      files: { 'd.json': dayOneDoc.replace('"2024-07-01T06:12:00Z"', '"last tuesday"') },
    },
  ),
  bad(
    'import: an unknown time zone',
    ['import', '{dir}/z.json'],
    'entries[0].timeZone: expected a time zone name',
    {
      files: { 'z.json': dayOneDoc.replace('"Asia/Tokyo"', '"Mars/Olympus"') },
    },
  ),
  bad(
    'import: a jrnl time that is not a time',
    ['import', '{dir}/j.json'],
    'entries[0].time: expected a time like 14:30',
    {
      files: {
        'j.json': json({ tags: {}, entries: [{ title: 'x', body: '', date: '2025-01-01', time: 'noon' }] }),
      },
    },
  ),
  bad(
    'import: a jrnl date that does not exist',
    ['import', '{dir}/j.json'],
    'entries[0].date: not a real date and time: 2025-02-30 10:00',
    {
      files: {
        'j.json': json({ tags: {}, entries: [{ title: 'x', body: '', date: '2025-02-30', time: '10:00' }] }),
      },
    },
  ),
  bad(
    'import: a reflect date that is not a date',
    ['import', '{dir}/r.json'],
    'entries[0].occurredAt: expected an ISO date',
    {
      files: { 'r.json': reflectDoc.replace('"occurredAt": "', '"occurredAt": "not ') },
    },
  ),
  bad(
    'import: a version given as text',
    ['import', '{dir}/r.json'],
    'version: expected a whole number, got "1"',
    {
      files: { 'r.json': reflectDoc.replace('"version": 1', '"version": "1"') },
    },
  ),
  bad(
    'import: people that are numbers',
    ['import', '{dir}/r.json'],
    /entries\[0\]\.people\[0\]: expected a string$/,
    {
      files: { 'r.json': reflectDoc.replace(/"people": \[[^\]]*\]/, '"people": [1, 2]') },
    },
  ),
  bad(
    'import: a removedAt that is not a date',
    ['import', '{dir}/r.json'],
    'promptSets[0].removedAt: expected an ISO date',
    {
      files: {
        'r.json': reflectDoc.replace('"addedAt": "2026-09-01T08:00:00.000Z"', '$&, "removedAt": "last week"'),
      },
    },
  ),
  // Two entries of one file under one uuid: the second was taken for a conflict with the first (and with
  // --overwrite replaced it), whatever the journal held.
  bad(
    'import: two reflect entries with one uuid',
    ['import', '{dir}/r.json', '--overwrite'],
    'entries[1].uuid: repeats the uuid of entries[0], with other content',
    {
      files: {
        'r.json': reflectDoc.replace(
          '8c1d2e3f-4a5b-4c6d-9e7f-0a1b2c3d4e5f',
          '3f7b0c2e-9a41-4d6b-8e5f-1a2b3c4d5e6f',
        ),
      },
    },
  ),
  bad(
    'import: two Day One entries with one uuid',
    ['import', '{dir}/d.json'],
    'entries[2].uuid: repeats the uuid of entries[0], with other content',
    {
      files: {
        'd.json': dayOneDoc.replace('F00DFACE000011112222333344445555', '5D2C8A9E41F04B7C9E2D3A6B1C0F8E71'),
      },
    },
  ),
  bad(
    'import: an unknown --assignments choice',
    ['import', '{dir}/r.json', '--assignments', 'maybe'],
    'reflect: --assignments must be keep or skip, got "maybe"',
    { files: { 'r.json': reflectDoc } },
  ),
  ...peerRows,

  // ── backup ──
  bad(
    'backup: --verify without a file',
    ['backup', '--verify'],
    'reflect: --verify needs the backup file to check',
  ),
  bad('backup: --verify a missing file', ['backup', '--verify', '{dir}/nope.db'], 'nope.db: no such file'),
  bad(
    'backup: --verify a folder',
    ['backup', '--verify', '{dir}'],
    'reflect: {dir} is a folder, not a journal file',
  ),
  bad(
    'backup: --verify with --force',
    ['backup', '--verify', '{db}', '--force'],
    'reflect: --verify cannot be combined with --force',
  ),
  bad(
    'backup: --verify a text file',
    ['backup', '--verify', '{dir}/t.db'],
    'is not a reflect journal (not an SQLite database)',
    {
      files: { 't.db': 'not a database at all, just words\n'.repeat(100) },
    },
  ),
  bad(
    'backup: over the journal itself',
    ['backup', '{db}'],
    'reflect: {db} is the journal itself; the backup was not written',
  ),
  bad('backup: over a file', ['backup', '{dir}/keep.db'], 'keep.db already exists; nothing was written', {
    files: { 'keep.db': 'x' },
  }),
  bad('backup: over a folder', ['backup', '{dir}/sub'], 'sub is a folder; nothing was written', {
    files: { 'sub/x': 'x' },
  }),
  bad(
    'backup: over a folder with --force',
    ['backup', '{dir}/sub', '--force'],
    'sub is a folder; nothing was written',
    { files: { 'sub/x': 'x' } },
  ),
  bad(
    'backup: --force onto the journal’s WAL file',
    ['backup', '{db}-wal', '--force'],
    "reflect: {db}-wal is one of the journal's own files; the backup was not written",
  ),
  bad('backup: two files', ['backup', 'a.db', 'b.db'], "too many arguments for 'backup'"),
  // A mistyped --db made a new empty journal and reported it backed up.
  bad(
    'backup: a journal that does not exist',
    ['--db', '{dir}/jorunal.db', 'backup', '{dir}/copy.db'],
    'reflect: no journal at {dir}/jorunal.db; nothing was backed up',
    { hint: 'reflect config get db' },
  ),
  // Was an internal error (SQLite's "Cannot save backup because the directory does not exist").
  bad(
    'backup: into a missing folder',
    ['backup', '{dir}/nodir/copy.db'],
    'reflect: {dir}/nodir/copy.db: the folder {dir}/nodir does not exist; nothing was written',
    { hint: 'create the folder first, or choose a file in one that exists' },
  ),
  // Was an internal error (ENOTDIR from stat).
  bad(
    'backup: under a file, as if it were a folder',
    ['backup', '{dir}/keep.db/copy.db'],
    'reflect: {dir}/keep.db/copy.db: {dir}/keep.db is a file, not a folder; nothing was written',
    { files: { 'keep.db': 'keep me' } },
  ),
  bad(
    'backup: an empty file name',
    ['backup', ''],
    'reflect: the backup file name is empty; nothing was written',
  ),
];

runBadInputs('bad input is refused with one line and the journal unchanged', makeJournal, rows);
