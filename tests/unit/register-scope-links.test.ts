import { describe, expect, it } from 'vitest';
import { type ScopeStatement, scopeLinks } from '../../src/domain/register.js';

// Statements 1 and 2 stand for group 10, 3 for group 20, 4 for group 30; 5 waits for a group.
const scope: ScopeStatement[] = [
  { id: 2, groupId: 10, linkedBy: 'auto' },
  { id: 1, groupId: 10, linkedBy: 'auto' },
  { id: 3, groupId: 20, linkedBy: 'person' },
  { id: 4, groupId: 30, linkedBy: 'auto' },
  { id: 5, groupId: null, linkedBy: null },
];

describe('scopeLinks', () => {
  it.each([
    ['representatives of one group are the same', [], [], [], [{ a: 1, b: 2, relation: 'same' }]],
    [
      'groups marked opposite: their first representatives',
      [[10, 20]],
      [],
      [],
      [
        { a: 1, b: 2, relation: 'same' },
        { a: 1, b: 3, relation: 'opposite' },
      ],
    ],
    [
      'the person’s different pairs pass through when both are in the run',
      [],
      [
        [3, 5],
        [3, 99],
      ],
      [],
      [
        { a: 1, b: 2, relation: 'same' },
        { a: 3, b: 5, relation: 'different' },
      ],
    ],
    [
      'groups held apart: their first representatives are different (groups without one in the run left out)',
      [],
      [],
      [
        [10, 20],
        [20, 40],
        [30, 30],
      ],
      [
        { a: 1, b: 2, relation: 'same' },
        { a: 1, b: 3, relation: 'different' },
      ],
    ],
  ] as const)('%s', (_name, opposites, different, apart, expected) => {
    expect(
      scopeLinks(
        scope,
        opposites as unknown as Array<[number, number]>,
        different as unknown as Array<[number, number]>,
        apart as unknown as Array<[number, number]>,
      ),
    ).toEqual(expected);
  });
});
