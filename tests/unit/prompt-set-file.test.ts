import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFileProblem, parsePromptSetYaml } from '../../src/domain/prompt-set-file.js';
import { promptSetTemplate, TEMPLATE_COMMENT_COLUMN } from '../../src/domain/prompt-template.js';
import { FIXTURES } from '../helpers/cli.js';

const problemsOf = (text: string) =>
  parsePromptSetYaml(text).problems.map((p) => formatFileProblem('set.yaml', p));
const fixture = (name: string) => readFileSync(join(FIXTURES, 'prompt-sets', name), 'utf8');

/** Kept inline: the linter would refuse a broken YAML file in tests/fixtures. */
const BROKEN_YAML = 'schema: 1\nid: broken\nversion: 1\ntitle: "Broken\nsteps:\n  - id: a\n';
const HEAD = 'schema: 1\nid: t\nversion: 1\ntitle: T\nsteps:\n';
const ASSUMPTION = '  - id: a\n    kind: list\n    role: assumption\n    question: What did you assume?\n';

describe('prompt-set validation messages, each at its line and column', () => {
  it.each([
    [
      'broken YAML (an unclosed quote, reported where it opens)',
      BROKEN_YAML,
      ['set.yaml:4:8: YAML syntax: the text quoted with " here is never closed'],
    ],
    [
      'duplicate step ids',
      fixture('duplicate-ids.yaml'),
      [
        'set.yaml:14:5: duplicate step id "what" (already used by steps[0]); step ids must be unique (steps[2].id)',
      ],
    ],
    [
      'unknown kind and role (with a suggestion when one is close)',
      fixture('unknown-kind-role.yaml'),
      [
        'set.yaml:11:5: unknown kind "slider" (kinds: text, long, list, dialogue, choice, scale, confirm) (steps[1].kind)',
        'set.yaml:16:5: unknown role "asumption" — did you mean "assumption"? (roles: context, said, unsaid, feeling, data, selected-data, meaning, assumption, conclusion, belief, action, alternative, test, intention, cost, learning, other) (steps[2].role)',
      ],
    ],
    [
      'missing choices and a scale without max',
      fixture('missing-choices.yaml'),
      [
        'set.yaml:10:5: a choice step needs choices: a list of at least 2 (steps[1].choices)',
        'set.yaml:14:5: a scale step needs max (e.g. max: 5) (steps[2].max)',
      ],
    ],
    [
      'a !!js/function tag',
      fixture('js-function.yaml'),
      [
        'set.yaml:9:16: YAML tag !!js/function is not allowed: a prompt set is plain data (text, numbers, lists)',
      ],
    ],
    [
      'an anchor and an alias',
      fixture('alias.yaml'),
      [
        'set.yaml:7:5: YAML anchor &step is not allowed in a prompt set; write values out in full',
        'set.yaml:11:5: YAML alias *step is not allowed in a prompt set; write the value out',
      ],
    ],
    [
      'a custom local tag',
      `${HEAD}${ASSUMPTION}  - id: b\n    kind: text\n    role: other\n    question: !shell "rm -rf ~"\n`,
      ['set.yaml:13:15: YAML tag !shell is not allowed: a prompt set is plain data (text, numbers, lists)'],
    ],
    ['an empty file', '', ['set.yaml:1:1: the file is empty — a prompt set starts with: schema: 1']],
    [
      'a list instead of a mapping',
      '- a\n- b\n',
      ['set.yaml:1:1: a prompt set must be a YAML mapping (key: value lines), not a list or a single value'],
    ],
    [
      'a missing schema line and a wrong version',
      'id: t\nversion: one\ntitle: T\nsteps:\n' + ASSUMPTION,
      [
        'set.yaml:1:1: schema is missing — start the file with: schema: 1 (schema)',
        'set.yaml:2:1: version must be a whole number, got "one" (version)',
      ],
    ],
    [
      'a tab used for indentation',
      `${HEAD}\t- id: a\n`,
      ['set.yaml:6:1: YAML syntax: a tab is used for indentation; indent with spaces'],
    ],
    [
      'a duplicate key',
      `${HEAD}${ASSUMPTION}    kind: text\n`,
      ['set.yaml:10:5: duplicate key "kind": each key may appear once in a mapping'],
    ],
    [
      'an unknown field in a step, with a suggestion',
      `${HEAD}${ASSUMPTION}    hnit: one per line\n`,
      [
        'set.yaml:10:5: unknown field "hnit" — did you mean "hint"? (fields: id, kind, role, question, hint, required, choices, min, max, labels) (steps[0].hnit)',
      ],
    ],
    [
      'a bad assignment block',
      `${HEAD}${ASSUMPTION}assignment:\n  every: fortnight\n  count: 3.5\n  due: next friday\n  form: Ana\n`,
      [
        'set.yaml:11:3: every must be day, week, "3 days", "2 weeks" or weekday:friday, got "fortnight" (assignment.every)',
        'set.yaml:12:3: count must be a whole number (assignment.count)',
        'set.yaml:13:3: due must be a date like 2026-12-04, got "next friday" (assignment.due)',
        'set.yaml:14:3: unknown field "form" — did you mean "from"? (fields: from, note, every, count, due) (assignment.form)',
      ],
    ],
    [
      'a count without a cadence',
      `${HEAD}${ASSUMPTION}assignment:\n  count: 3\n`,
      ['set.yaml:11:3: count 3 needs every: (how often), e.g. every: week (assignment.count)'],
    ],
  ])('%s', (_name, text, expected) => {
    const parsed = parsePromptSetYaml(text);
    expect(parsed.problems.map((p) => formatFileProblem('set.yaml', p))).toEqual(expected);
    expect(parsed.set).toBeNull();
  });

  it('refuses a file over 1 MiB before parsing it', () => {
    const big = `${HEAD}${ASSUMPTION}description: "${'x'.repeat(1024 * 1024)}"\n`;
    expect(problemsOf(big)).toEqual(['set.yaml:1:1: file is 1.0 MiB; a prompt set may be at most 1 MiB']);
  });

  it('refuses more than 50 steps and questions over 2,000 characters', () => {
    const steps = Array.from(
      { length: 51 },
      (_, i) => `  - id: s${i}\n    kind: text\n    role: assumption\n    question: Q${i}\n`,
    );
    expect(problemsOf(HEAD + steps.join(''))).toEqual([
      'set.yaml:5:1: a prompt set may have at most 50 steps (steps)',
    ]);
    const long = `${HEAD}  - id: a\n    kind: text\n    role: assumption\n    question: ${'w'.repeat(2001)}\n`;
    expect(problemsOf(long)).toEqual([
      'set.yaml:9:5: question must be at most 2000 characters (steps[0].question)',
    ]);
  });

  it('a set without an assumption step is valid, with a warning', () => {
    const parsed = parsePromptSetYaml(fixture('no-assumption.yaml'));
    expect(parsed.set?.id).toBe('gratitude');
    expect(parsed.problems.map((p) => formatFileProblem('set.yaml', p))).toEqual([
      'set.yaml:5:1: warning: no step has role: assumption — weekly summaries and the assumption register will not see entries made with this set (steps)',
    ]);
  });

  it('an unknown top-level field is a warning, not an error', () => {
    const parsed = parsePromptSetYaml(`${HEAD}${ASSUMPTION}desciption: typo\n`);
    expect(parsed.set?.id).toBe('t');
    expect(parsed.problems.map((p) => p.severity)).toEqual(['warning']);
    expect(parsed.problems[0]?.message).toContain('did you mean "description"?');
  });

  it('keeps the assignment block apart from the set, with the cadence in canonical form', () => {
    const parsed = parsePromptSetYaml(
      `${HEAD}${ASSUMPTION}assignment:\n  from: Ana\n  every: Weekday:Fri\n  count: 4\n  due: 2026-12-04\n`,
    );
    expect(parsed.assignment).toEqual({ from: 'Ana', every: 'weekday:friday', count: 4, due: '2026-12-04' });
    expect(parsed.set).not.toHaveProperty('assignment');
  });

  it('the template of `reflect prompts new` is valid as it is', () => {
    const parsed = parsePromptSetYaml(promptSetTemplate('weekly-practice'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.set?.id).toBe('weekly-practice');
    expect(new Set(parsed.set?.steps.map((s) => s.kind))).toEqual(
      new Set(['text', 'scale', 'list', 'choice', 'confirm']),
    );
  });

  it.each(['x', 'weekly-practice', 'a-rather-long-set-name'])(
    'the template for %s lines up its comments and stays valid YAML',
    (id) => {
      const template = promptSetTemplate(id);
      expect(parsePromptSetYaml(template).problems).toEqual([]);
      const lines = template.trimEnd().split('\n');
      // The two commands of the header start in the same column.
      const commands = lines.slice(0, 2).map((line) => line.indexOf('reflect prompts'));
      expect(commands[0]).toBeGreaterThan(0);
      expect(commands[1]).toBe(commands[0]);
      // Every end-of-line comment starts in one column (a longer id pushes only its own).
      const trailing = lines.filter((line) => /\S\s+# /.test(line) && !line.startsWith(`id: ${id}`));
      expect(trailing.length).toBeGreaterThanOrEqual(6);
      for (const line of trailing) expect(line.indexOf('# ', 2), line).toBe(TEMPLATE_COMMENT_COLUMN);
      const idLine = lines.find((line) => line.startsWith(`id: ${id}`))!;
      expect(idLine.indexOf('# ')).toBe(Math.max(TEMPLATE_COMMENT_COLUMN, `id: ${id}`.length + 2));
      if (id.length <= 10) for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(100);
    },
  );

  it('the built-in and example sets are valid and, together, use every step kind', () => {
    const names = [
      'left-hand-column',
      'ladder-of-inference',
      'advocacy-inquiry',
      'check-in',
      'freeform',
      'examples/feedback-practice',
    ];
    const kinds = new Set<string>();
    for (const name of names) {
      const parsed = parsePromptSetYaml(
        readFileSync(join(FIXTURES, '..', '..', 'prompts', `${name}.yaml`), 'utf8'),
      );
      expect(parsed.set, name).not.toBeNull();
      for (const step of parsed.set!.steps) kinds.add(step.kind);
      if (name !== 'freeform')
        expect(
          parsed.set!.steps.some((s) => s.role === 'assumption'),
          name,
        ).toBe(true);
    }
    expect([...kinds].sort()).toEqual(['choice', 'confirm', 'dialogue', 'list', 'long', 'scale', 'text']);
  });
});
