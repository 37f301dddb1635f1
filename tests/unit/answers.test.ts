import { describe, expect, it } from 'vitest';
import { firstUnanswered, parseAnswersFile, validateAnswers } from '../../src/domain/answers.js';
import type { PromptSet } from '../../src/domain/types.js';
import { UserError } from '../../src/errors.js';

const set: PromptSet = {
  schema: 1,
  id: 'every-kind',
  version: 1,
  title: 'Every kind',
  description: '',
  steps: [
    { id: 'situation', kind: 'text', role: 'context', question: 'What?', required: true },
    { id: 'story', kind: 'long', role: 'meaning', question: 'Story?', required: false },
    { id: 'assumptions', kind: 'list', role: 'assumption', question: 'Assumptions?', required: false },
    { id: 'dialogue', kind: 'dialogue', role: 'said', question: 'Said?', required: false },
    {
      id: 'mood',
      kind: 'choice',
      role: 'feeling',
      question: 'Mood?',
      required: false,
      choices: ['calm', 'tense'],
    },
    {
      id: 'strength',
      kind: 'scale',
      role: 'feeling',
      question: 'How strong?',
      required: false,
      min: 1,
      max: 5,
    },
    { id: 'raised', kind: 'confirm', role: 'action', question: 'Raised it?', required: false },
  ],
};

function error(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected a UserError');
}

describe('validateAnswers', () => {
  it('keeps every kind in canonical form and strings exactly as written', () => {
    const answers = validateAnswers(set, {
      situation: '  A tense 1:1 ',
      story: 'line one\nline two',
      assumptions: ['She doesn’t trust me.', '', '  '],
      dialogue: [{ said: 'Hi', unsaid: 'Ugh' }, { said: 'Bye' }],
      mood: 'tense',
      strength: 4,
      raised: false,
    });
    expect(answers).toEqual({
      situation: '  A tense 1:1 ',
      story: 'line one\nline two',
      assumptions: ['She doesn’t trust me.'],
      dialogue: [
        { said: 'Hi', unsaid: 'Ugh' },
        { said: 'Bye', unsaid: '' },
      ],
      mood: 'tense',
      strength: 4,
      raised: false,
    });
  });

  it('drops empty optional answers', () => {
    expect(validateAnswers(set, { situation: 'x', story: '   ', assumptions: [], dialogue: [] })).toEqual({
      situation: 'x',
    });
  });

  it.each([
    [
      'an unknown step',
      { situation: 'x', feelings: 'sad' },
      'unknown step "feelings" for prompt set every-kind',
    ],
    ['a missing required step', { story: 'x' }, 'step "situation" is required: What?'],
    ['an empty required step', { situation: '  ' }, 'step "situation" is required: What?'],
    ['a number for text', { situation: 3 }, 'step "situation" (text) expects a string, got the number 3'],
    [
      'a string for a list',
      { situation: 'x', assumptions: 'a' },
      'step "assumptions" (list) expects a list of strings, got a string',
    ],
    [
      'a list with numbers',
      { situation: 'x', assumptions: ['a', 2] },
      'step "assumptions" (list) expects a list of strings, got a list',
    ],
    [
      'a dialogue of strings',
      { situation: 'x', dialogue: ['hi'] },
      'step "dialogue" (dialogue) expects a list of {"said", "unsaid"} pairs, got a list',
    ],
    [
      'a dialogue pair with extra keys',
      { situation: 'x', dialogue: [{ said: 'a', unsaid: 'b', mood: 'c' }] },
      'step "dialogue" (dialogue) expects pairs with only "said" and "unsaid" (found "mood"), got a list',
    ],
    [
      'an unknown choice',
      { situation: 'x', mood: 'angry' },
      'step "mood" (choice) expects one of "calm", "tense", got a string',
    ],
    [
      'a scale out of range',
      { situation: 'x', strength: 6 },
      'step "strength" (scale) expects a whole number from 1 to 5, got the number 6',
    ],
    [
      'a fractional scale',
      { situation: 'x', strength: 2.5 },
      'step "strength" (scale) expects a whole number from 1 to 5, got the number 2.5',
    ],
    [
      'a string for confirm',
      { situation: 'x', raised: 'yes' },
      'step "raised" (confirm) expects true or false, got a string',
    ],
  ])('refuses %s, naming the step', (_name, raw, message) => {
    expect(error(() => validateAnswers(set, raw))).toBe(message);
  });
});

describe('parseAnswersFile', () => {
  it.each([
    ['not an object', [], 'f.json: expected a JSON object with an "answers" object'],
    ['no answers', { title: 'x' }, 'f.json: "answers" must be an object keyed by step id'],
    [
      'an unknown field',
      { answers: {}, mood: 1 },
      'f.json: unknown field "mood" (expected title, date, people, tags, answers)',
    ],
    ['people not a list', { answers: {}, people: 'Dana' }, 'f.json: "people" must be a list of strings'],
    ['a numeric title', { answers: {}, title: 3 }, 'f.json: "title" must be a string'],
  ])('refuses %s', (_name, data, message) => {
    expect(error(() => parseAnswersFile(data, 'f.json'))).toBe(message);
  });
});

describe('firstUnanswered', () => {
  it.each([
    [{}, 0],
    [{ situation: 'x' }, 1],
    [{ situation: 'x', story: '' }, 2],
    [Object.fromEntries(set.steps.map((s) => [s.id, ''])), 7],
  ])('%o → %i', (answers, index) => {
    expect(firstUnanswered(set, answers)).toBe(index);
  });
});
