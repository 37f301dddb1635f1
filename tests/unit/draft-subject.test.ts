import { describe, expect, it } from 'vitest';
import { draftSubject } from '../../src/domain/answers.js';
import type { Draft } from '../../src/domain/types.js';
import { KINDS_SET } from '../helpers/kinds-set.js';

const draft = (state: Partial<Pick<Draft, 'answers' | 'partial' | 'meta'>>): Draft => ({
  id: 1,
  setId: KINDS_SET.id,
  setVersion: 1,
  meta: {},
  answers: {},
  createdAt: '2026-11-24T09:00:00.000Z',
  updatedAt: '2026-11-24T09:00:00.000Z',
  ...state,
});

describe('draftSubject: what a draft is known by in the lists that offer it', () => {
  it.each([
    ['nothing written', draft({}), { begun: undefined, words: '' }],
    [
      'its title first',
      draft({ meta: { title: 'Budget' }, answers: { text: 'Standup' } }),
      { begun: undefined, words: 'Budget' },
    ],
    [
      'else its first answer',
      draft({ answers: { text: 'Standup' } }),
      { begun: undefined, words: 'Standup' },
    ],
    [
      'the step begun, and its words when nothing else has any',
      draft({ answers: { text: ' ' }, partial: { stepId: 'long', value: 'Half a thought' } }),
      { begun: 2, words: 'Half a thought' },
    ],
    [
      'a list begun by its first item',
      draft({ answers: { text: 'Standup' }, partial: { stepId: 'list', value: ['One'] } }),
      { begun: 4, words: 'Standup' },
    ],
    [
      'a begun step the set no longer has is not named',
      draft({ partial: { stepId: 'gone', value: 'x' } }),
      { begun: undefined, words: '' },
    ],
  ])('%s', (_name, given, expected) => {
    expect(draftSubject(given, KINDS_SET)).toEqual(expected);
  });
});
