import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFileProblem, parsePromptSetYaml } from '../../src/domain/prompt-set-file.js';
import { ROOT } from '../helpers/cli.js';

const valid = `schema: 1
id: tiny
version: 1
title: Tiny
description: A small set
steps:
  - id: what
    kind: text
    role: context
    question: What happened?
    required: true
  - id: mood
    kind: scale
    role: feeling
    question: How strong?
    min: 1
    max: 5
`;

describe('prompt-set files', () => {
  it('accepts a valid set and fills defaults', () => {
    const { set, problems } = parsePromptSetYaml(valid);
    expect(problems).toEqual([]);
    expect(set?.steps[1]).toMatchObject({ id: 'mood', required: false, min: 1, max: 5 });
  });

  it.each(readdirSync(join(ROOT, 'prompts')).filter((f) => f.endsWith('.yaml')))(
    'built-in %s is valid',
    (file) => {
      const { set, problems } = parsePromptSetYaml(readFileSync(join(ROOT, 'prompts', file), 'utf8'));
      expect(problems).toEqual([]);
      expect(`${set?.id}.yaml`).toBe(file);
    },
  );

  it('built-in sets have exactly the step ids the issue fixes', () => {
    const ids = (file: string) =>
      parsePromptSetYaml(readFileSync(join(ROOT, 'prompts', file), 'utf8')).set?.steps.map(
        (s) => `${s.id}:${s.kind}:${s.role}`,
      );
    expect(ids('left-hand-column.yaml')).toEqual([
      'situation:text:context',
      'dialogue:dialogue:said',
      'feelings:long:feeling',
      'assumptions:list:assumption',
      'intention:long:intention',
      'withheld:long:cost',
      'contribution:long:learning',
      'cost:long:cost',
      'next-time:long:action',
    ]);
    expect(ids('ladder-of-inference.yaml')).toEqual([
      'situation:text:context',
      'data:long:data',
      'selected:long:selected-data',
      'meanings:long:meaning',
      'assumptions:list:assumption',
      'conclusions:long:conclusion',
      'beliefs:long:belief',
      'actions:long:action',
      'alternatives:list:alternative',
      'test:long:test',
      'learning:long:learning',
    ]);
    expect(ids('freeform.yaml')).toEqual(['entry:long:other']);
  });

  it.each([
    {
      name: 'a duplicate step id',
      yaml: valid.replace('id: mood', 'id: what'),
      expected: 'sets/x.yaml:12:5: duplicate step id "what" (first used by steps[0]) (steps[1].id)',
    },
    {
      name: 'an unknown kind',
      yaml: valid.replace('kind: scale', 'kind: slider'),
      expected:
        'sets/x.yaml:13:5: kind must be one of text, long, list, dialogue, choice, scale, confirm (steps[1].kind)',
    },
    {
      name: 'an unknown role',
      yaml: valid.replace('role: feeling', 'role: mood'),
      expected: /^sets\/x\.yaml:14:5: role must be one of context, .* \(steps\[1\]\.role\)$/,
    },
    {
      name: 'broken YAML',
      yaml: valid.replace('title: Tiny', 'title: [Tiny'),
      expected: /^sets\/x\.yaml:5:1: YAML syntax: Flow sequence .* must .* end with a \]$/,
    },
    {
      name: 'a scale without max',
      yaml: valid.replace('    max: 5\n', ''),
      expected: 'sets/x.yaml:12:5: a scale step needs max (steps[1].max)',
    },
    {
      name: 'a choice step without choices',
      yaml: valid.replace('kind: text', 'kind: choice'),
      expected: 'sets/x.yaml:7:5: a choice step needs choices (steps[0].choices)',
    },
    {
      name: 'an id with capitals',
      yaml: valid.replace('id: tiny', 'id: Tiny'),
      expected: 'sets/x.yaml:2:1: id must use only a-z, 0-9 and single dashes (id)',
    },
    {
      name: 'a custom tag',
      yaml: valid.replace('title: Tiny', 'title: !!js/function "function () {}"'),
      expected: /^sets\/x\.yaml:4:\d+: .*tag/,
    },
    {
      name: 'an unknown schema',
      yaml: valid.replace('schema: 1', 'schema: 2'),
      expected: /^sets\/x\.yaml:1:1: schema must be 1/,
    },
  ])('reports $name with the file and line', ({ yaml, expected }) => {
    const { set, problems } = parsePromptSetYaml(yaml);
    expect(set).toBeNull();
    const first = formatFileProblem('sets/x.yaml', problems[0]!);
    if (typeof expected === 'string') expect(first).toBe(expected);
    else expect(first).toMatch(expected);
  });
});
