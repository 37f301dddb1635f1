import { describe, expect, it } from 'vitest';
import {
  decodePromptSetFile,
  formatFileProblem,
  parsePromptSetYaml,
} from '../../src/domain/prompt-set-file.js';

/**
 * The YAML mistakes a coach makes writing a set by hand (session 9 audit): each one line, in words a coach
 * knows, at the line and column where the mistake is — not where the parser gave up, and not a cascade of
 * follow-on errors.
 */
const HEAD = 'schema: 1\nid: t\nversion: 1\ntitle: T\nsteps:\n';
const step = (lines: string[]) => `${HEAD}  - id: a\n${lines.map((l) => `${l}\n`).join('')}`;
const problemsOf = (text: string) =>
  parsePromptSetYaml(text).problems.map((p) => formatFileProblem('set.yaml', p));

const LINE_UP = 'keys of one step (and of the file) must start at the same column';

describe('YAML mistakes a coach makes, in words a coach knows', () => {
  it.each([
    [
      'a colon and a space inside a question',
      step(['    kind: list', '    role: assumption', '    question: What happened: the meeting?']),
      [
        'set.yaml:9:28: YAML syntax: a colon followed by a space inside a value starts a new key; put the whole value in quotes: question: "What happened: the meeting?"',
      ],
    ],
    [
      'a colon inside a question that has double quotes in it',
      step(['    kind: list', '    role: assumption', '    question: Say "no": what then?']),
      [
        `set.yaml:9:23: YAML syntax: a colon followed by a space inside a value starts a new key; put the whole value in quotes: question: 'Say "no": what then?'`,
      ],
    ],
    [
      'a step key indented one space more than the others',
      step(['    kind: list', '     role: assumption', '    question: Q?']),
      [`set.yaml:8:6: YAML syntax: this line is indented more than the line above it; ${LINE_UP}`],
    ],
    [
      'a top-level key indented by one space',
      `schema: 1\nid: t\nversion: 1\n title: T\nsteps:\n  - id: a\n    kind: list\n    role: assumption\n    question: Q?\n`,
      [`set.yaml:4:2: YAML syntax: this line is indented more than the line above it; ${LINE_UP}`],
    ],
    [
      'a step key indented one space less than the others',
      step(['    kind: list', '    role: assumption', '   question: Q?']),
      [`set.yaml:9:4: YAML syntax: this line is indented less than the line above it; ${LINE_UP}`],
    ],
    [
      'the step keys under the dash instead of under the id',
      step(['  kind: list', '  role: assumption', '  question: Q?']),
      [`set.yaml:7:3: YAML syntax: this line is indented less than the line above it; ${LINE_UP}`],
    ],
    [
      'a dash without a space after it',
      `${HEAD}  -id: a\n    kind: list\n    role: assumption\n    question: Q?\n`,
      ['set.yaml:6:3: YAML syntax: a list item needs a space after the dash: - id: a'],
    ],
    [
      'a tab among the spaces (the tab alone, not what it confuses after it)',
      `${HEAD}  - id: a\n\tkind: list\n    role: assumption\n    question: Q?\n`,
      ['set.yaml:7:1: YAML syntax: a tab is used for indentation; indent with spaces'],
    ],
    [
      'text after a closing quote',
      step(['    kind: list', '    role: assumption', '    question: "Fine," she said. What did you think?']),
      [
        `set.yaml:9:23: YAML syntax: text after the closing quote; quote the whole value: question: '"Fine," she said. What did you think?'`,
      ],
    ],
    ...(
      [
        ['*', '*Really*, what happened?', 15],
        ['@', '@Dana said what?', 15],
        ['`', '`Fine` she said. And you?', 15],
        ['[', '[Draft] what happened?', 15],
        ['{', '{name} said what?', 15],
        ['%', '%50 of it?', 15],
        ['|', '| what did you hear?', 15],
        ['>', '> what did you hear?', 15],
      ] as const
    ).map(([mark, question, col]) => [
      `a question that starts with ${mark}`,
      step(['    kind: list', '    role: assumption', `    question: ${question}`]),
      [
        `set.yaml:9:${col}: YAML syntax: a value that starts with ${mark} must be in quotes: question: ${question.includes('"') ? `'${question}'` : `"${question}"`}`,
      ],
    ]),
  ] as Array<[string, string, string[]]>)('%s', (_name, text, expected) => {
    const parsed = parsePromptSetYaml(text);
    expect(problemsOf(text)).toEqual(expected);
    expect(parsed.set).toBeNull();
  });

  it('a # inside an unquoted question is a comment: the set is kept, with a warning that says what was cut', () => {
    const text = step([
      '    kind: list',
      '    role: assumption',
      '    question: What was your #1 worry?',
      '    hint: One per line. # a note for myself',
    ]);
    const parsed = parsePromptSetYaml(text);
    expect(parsed.set?.steps[0]?.question).toBe('What was your');
    expect(problemsOf(text)).toEqual([
      'set.yaml:9:29: warning: "#1 worry?" is read as a comment, so the question ends at "What was your"; to keep it, put the whole question in quotes: question: "What was your #1 worry?" (steps[0].question)',
    ]);
  });

  it('a # in a choice and in a title is caught the same way; quoted values and ids are left alone', () => {
    const text = `schema: 1\nid: t  #my set\nversion: 1\ntitle: Week #2 check\nsteps:\n  - id: a\n    kind: choice\n    role: assumption\n    question: "Your #1?"\n    choices:\n      - Plan #1\n      - Plan B\n`;
    expect(problemsOf(text)).toEqual([
      'set.yaml:4:13: warning: "#2 check" is read as a comment, so the title ends at "Week"; to keep it, put the whole title in quotes: title: "Week #2 check" (title)',
      'set.yaml:11:14: warning: "#1" is read as a comment, so the choice ends at "Plan"; to keep it, put the whole choice in quotes: - "Plan #1" (steps[0].choices[0])',
    ]);
  });
});

describe('the encoding a coach saved the file in', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  it.each([
    ['UTF-8', utf8('schema: 1\ntitle: Gespräch\n'), { text: 'schema: 1\ntitle: Gespräch\n' }],
    [
      'UTF-8 with a BOM (Notepad)',
      Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('schema: 1\n')]),
      { text: 'schema: 1\n' },
    ],
    [
      'Latin-1 / Windows-1252 (an old editor)',
      Uint8Array.from([...utf8('schema: 1\ntitle: Gespr'), 0xe4, ...utf8('ch\n')]),
      {
        problem:
          '2:13: the file is not UTF-8 text (byte 0xE4 here, perhaps saved as Latin-1 or Windows-1252); save it as UTF-8',
      },
    ],
    [
      'UTF-16 (Notepad "Unicode")',
      Uint8Array.from([0xff, 0xfe, 0x73, 0x00, 0x63, 0x00]),
      { problem: '1:1: the file is UTF-16 text; save it as UTF-8' },
    ],
  ])('%s', (_name, bytes, expected) => {
    const decoded = decodePromptSetFile(bytes);
    if ('text' in expected) expect(decoded).toEqual({ text: expected.text });
    else {
      expect(
        decoded.problem && `${decoded.problem.line}:${decoded.problem.col}: ${decoded.problem.message}`,
      ).toBe(expected.problem);
    }
  });
});
