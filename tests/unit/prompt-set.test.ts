import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePromptSetYaml } from '../../src/domain/prompt-set-file.js';
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
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(set?.steps[1]).toMatchObject({ id: 'mood', required: false, min: 1, max: 5 });
  });

  it.each(readdirSync(join(ROOT, 'prompts')).filter((f) => f.endsWith('.yaml')))(
    'built-in %s is valid',
    (file) => {
      const { set, problems } = parsePromptSetYaml(readFileSync(join(ROOT, 'prompts', file), 'utf8'));
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
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

  // Every bad case with its exact file:line:col message: tests/unit/prompt-set-file.test.ts
});
