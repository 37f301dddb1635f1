import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bad, json, runBadInputs } from '../helpers/bad-input.js';
import { FIXTURES } from '../helpers/cli.js';
import { seedJournal } from '../helpers/journal.js';
import { installKindsSet } from '../helpers/kinds-set.js';

/**
 * Every bad input the commands know, in ONE table (issue 7). Branches: append your command's rows (bad dates,
 * week strings, YAML, import files, FTS queries …) — `bad(name, args, message, {stdin, files, code, env})`.
 */
const LHC = ['new', '--set', 'left-hand-column', '--answers'];
const KINDS = ['new', '--set', 'proof-kinds', '--answers', '-'];
const good = JSON.parse(readFileSync(join(FIXTURES, 'answers', 'lhc-budget.json'), 'utf8')) as {
  answers: Record<string, unknown>;
};
/** The fixture's answers with one step replaced. */
const withStep = (step: string, value: unknown) => json({ answers: { ...good.answers, [step]: value } });
/** Answers for the kinds set with one step replaced. */
const kinds = (step: string, value: unknown) =>
  json({ answers: { text: 't', choice: 'alpha', [step]: value } });

runBadInputs(
  'bad input is refused with one line and the journal unchanged',
  (path) => {
    seedJournal(path, 3);
    installKindsSet(path);
  },
  [
    // unknown commands, options and ids
    bad('unknown command', ['frobnicate'], "unknown command 'frobnicate'"),
    bad('unknown option on list', ['list', '--bogus'], "unknown option '--bogus'"),
    bad('unknown option on new', ['new', '--colour'], "unknown option '--colour'"),
    bad('unknown option on show', ['show', '1', '--x'], "unknown option '--x'"),
    bad('unknown global option', ['--frob', 'list'], "unknown option '--frob'"),
    bad('show without an id', ['show'], "missing required argument 'id'"),
    bad('show an unknown id', ['show', '999'], 'no entry with id 999'),
    bad('show a word', ['show', 'abc'], '"abc" is not an entry id'),
    bad('show zero', ['show', '0'], '"0" is not an entry id'),
    bad('show a fraction', ['show', '1.5'], '"1.5" is not an entry id'),
    bad('show a negative id', ['show', '-1'], '"-1" is not an entry id'),
    bad('show a huge id', ['show', '99999999999999999999'], 'is not an entry id'),
    bad('discard an unknown draft', ['drafts', 'discard', '99'], 'no draft with id 99'),
    bad('discard a word', ['drafts', 'discard', 'x'], '"x" is not an entry id'),
    bad('list -n 0', ['list', '-n', '0'], '-n must be a positive whole number, got "0"'),
    bad('list -n words', ['list', '-n', 'ten'], '-n must be a positive whole number'),
    bad('list -n negative', ['list', '-n', '-5'], '-n must be a positive whole number'),
    bad('list -n without a value', ['list', '-n'], "option '-n, --count <n>' argument missing"),

    // a terminal is needed
    bad('new without a terminal', ['new'], 'reflect new needs a terminal'),
    bad('new --set without a terminal', ['new', '--set', 'left-hand-column'], 'needs a terminal'),
    bad('new --resume without a terminal', ['new', '--resume', '1'], 'needs a terminal'),

    // conflicting and missing options
    bad(
      '--answers with --resume',
      [...LHC, '-', '--resume', '1'],
      '--answers and --resume cannot be used together',
      {
        stdin: json(good),
      },
    ),
    bad('--answers without --set', ['new', '--answers', '-'], '--answers needs --set', { stdin: json(good) }),
    bad('an unknown set', ['new', '--set', 'nope', '--answers', '-'], 'no prompt set "nope"', {
      stdin: json(good),
    }),

    // bad dates
    bad(
      '--date in words that mean nothing',
      [...LHC, '-', '--date', 'next blursday'],
      'cannot understand the date',
      {
        stdin: json(good),
      },
    ),
    bad(
      '--date on a day that does not exist',
      [...LHC, '-', '--date', '2026-02-30'],
      'cannot understand the date',
      {
        stdin: json(good),
      },
    ),
    bad(
      '--date at an hour that does not exist',
      [...LHC, '-', '--date', '2026-02-03T25:00'],
      'cannot understand',
      {
        stdin: json(good),
      },
    ),
    bad('a date in the answers file', [...LHC, '-'], 'cannot understand the date "soonish"', {
      stdin: json({ ...good, date: 'soonish' }),
    }),
    bad('a bad REFLECT_NOW', [...LHC, '-'], 'REFLECT_NOW is not a date: garbage', {
      stdin: json(good),
      env: { REFLECT_NOW: 'garbage' },
    }),

    // the answers file itself
    bad('answers file missing', [...LHC, '{dir}/missing.json'], 'missing.json: no such file'),
    bad('answers file is a folder', [...LHC, '{dir}'], 'is a directory, expected a JSON file'),
    bad('answers file is not JSON', [...LHC, '{dir}/a.json'], 'not valid JSON', {
      files: { 'a.json': '{answers:' },
    }),
    bad('empty stdin', [...LHC, '-'], 'stdin: not valid JSON'),
    bad('answers JSON is a list', [...LHC, '-'], 'expected a JSON object', { stdin: '[]' }),
    bad('answers JSON is a string', [...LHC, '-'], 'expected a JSON object', { stdin: '"hi"' }),
    bad('answers JSON has an unknown field', [...LHC, '-'], 'unknown field "mood"', {
      stdin: json({ ...good, mood: 'ok' }),
    }),
    bad('"answers" is missing', [...LHC, '-'], '"answers" must be an object', {
      stdin: json({ title: 'x' }),
    }),
    bad('"answers" is a list', [...LHC, '-'], '"answers" must be an object', {
      stdin: json({ answers: [] }),
    }),
    bad('"title" is a number', [...LHC, '-'], '"title" must be a string', {
      stdin: json({ ...good, title: 5 }),
    }),
    bad('"date" is a number', [...LHC, '-'], '"date" must be a string', {
      stdin: json({ ...good, date: 1 }),
    }),
    bad('"people" is a string', [...LHC, '-'], '"people" must be a list of strings', {
      stdin: json({ ...good, people: 'Dana' }),
    }),
    bad('"tags" holds a number', [...LHC, '-'], '"tags" must be a list of strings', {
      stdin: json({ ...good, tags: ['x', 1] }),
    }),

    // each kind of wrong value, naming the step
    bad('an unknown step', [...LHC, '-'], 'unknown step "nope" for prompt set left-hand-column', {
      stdin: withStep('nope', 'x'),
    }),
    bad('a required step missing', [...LHC, '-'], 'step "situation" is required', {
      stdin: json({ answers: { dialogue: good.answers.dialogue } }),
    }),
    bad('a required step blank', [...LHC, '-'], 'step "situation" is required', {
      stdin: withStep('situation', '  '),
    }),
    bad('text given a number', [...LHC, '-'], 'step "situation" (text) expects a string, got the number 5', {
      stdin: withStep('situation', 5),
    }),
    bad('long given a list', [...LHC, '-'], 'step "feelings" (long) expects a string, got a list', {
      stdin: withStep('feelings', ['a']),
    }),
    bad('long given true', [...LHC, '-'], 'step "feelings" (long) expects a string, got boolean true', {
      stdin: withStep('feelings', true),
    }),
    bad(
      'list given a string',
      [...LHC, '-'],
      'step "assumptions" (list) expects a list of strings, got a string',
      {
        stdin: withStep('assumptions', 'one'),
      },
    ),
    bad('list holding a number', [...LHC, '-'], 'step "assumptions" (list) expects a list of strings', {
      stdin: withStep('assumptions', ['one', 2]),
    }),
    bad(
      'dialogue given a string',
      [...LHC, '-'],
      'step "dialogue" (dialogue) expects a list of {"said", "unsaid"}',
      {
        stdin: withStep('dialogue', 'hi'),
      },
    ),
    bad('dialogue pair without "said"', [...LHC, '-'], 'step "dialogue" (dialogue) expects', {
      stdin: withStep('dialogue', [{ unsaid: 'x' }]),
    }),
    bad('dialogue pair with a number', [...LHC, '-'], 'step "dialogue" (dialogue) expects', {
      stdin: withStep('dialogue', [{ said: 'x', unsaid: 3 }]),
    }),
    bad(
      'dialogue pair with an extra key',
      [...LHC, '-'],
      'pairs with only "said" and "unsaid" (found "mood")',
      {
        stdin: withStep('dialogue', [{ said: 'x', unsaid: 'y', mood: 'z' }]),
      },
    ),
    bad('choice not among the choices', KINDS, 'step "choice" (choice) expects one of "alpha", "beta"', {
      stdin: kinds('choice', 'gamma'),
    }),
    bad('choice given a number', KINDS, 'step "choice" (choice) expects one of', {
      stdin: kinds('choice', 1),
    }),
    bad(
      'scale out of range',
      KINDS,
      'step "scale" (scale) expects a whole number from 1 to 5, got the number 9',
      {
        stdin: kinds('scale', 9),
      },
    ),
    bad('scale not whole', KINDS, 'step "scale" (scale) expects a whole number', {
      stdin: kinds('scale', 2.5),
    }),
    bad('scale as a string', KINDS, 'step "scale" (scale) expects a whole number', {
      stdin: kinds('scale', '3'),
    }),
    bad('confirm as a word', KINDS, 'step "confirm" (confirm) expects true or false, got a string', {
      stdin: kinds('confirm', 'yes'),
    }),
    bad('confirm as a number', KINDS, 'step "confirm" (confirm) expects true or false', {
      stdin: kinds('confirm', 1),
    }),
  ],
);
