import { describe, expect, it } from 'vitest';
import { groupStatements, type StatementInput } from '../../src/domain/assumptions/index.js';

/**
 * A crowd: far more statements written in different ways in one block than CROWD (group.ts), as a person who writes
 * "Dana doesn't trust my judgement about …" for years produces. The grouping bounds its work there; what it decides
 * must still hold.
 */
const NUMBERED = 1400;
const ALIKE = [
  "Dana doesn't trust my judgement about the budget.",
  'Dana does not trust my judgement about the budget.',
  "Dana doesn't trust my judgment about the budget.",
];
const OPPOSITE = 'Dana trusts my judgement about the budget.';

function crowd(): { inputs: StatementInput[]; alike: number[]; opposite: number[]; numbered: number[] } {
  const inputs: StatementInput[] = [];
  const alike: number[] = [];
  const opposite: number[] = [];
  const numbered: number[] = [];
  const add = (text: string, into: number[]) => {
    const id = inputs.length + 1;
    inputs.push({ id, entryId: id, text, people: ['Dana'] });
    into.push(id);
  };
  for (let k = 1; k <= NUMBERED; k++) {
    add(`Dana does not trust my judgement on case ${k}.`, numbered);
    // The alike statements and the opposite are spread through the crowd, far apart by id.
    if (k % 10 === 1) add(ALIKE[Math.floor(k / 10) % ALIKE.length]!, alike);
    if (k % 500 === 250) add(OPPOSITE, opposite);
  }
  return { inputs, alike, opposite, numbered };
}

describe('groupStatements: a crowd of statements written alike', () => {
  it('puts the alike statements in one group, keeps the opposite apart and the numbered ones alone', () => {
    const { inputs, alike, opposite, numbered } = crowd();
    const { groups } = groupStatements(inputs);
    const groupOf = new Map<number, number>();
    groups.forEach((g, gi) => {
      for (const id of g) groupOf.set(id, gi);
    });
    const alikeGroup = groupOf.get(alike[0]!)!;
    expect(alike.every((id) => groupOf.get(id) === alikeGroup)).toBe(true);
    expect(groups[alikeGroup]!.length).toBe(alike.length);
    // The opposite stays apart, its copies together however far apart they were written.
    const oppositeGroup = groupOf.get(opposite[0]!)!;
    expect(oppositeGroup).not.toBe(alikeGroup);
    expect(groups[oppositeGroup]!.sort((a, b) => a - b)).toEqual(opposite);
    // "… on case 3" and "… on case 7" are two numbered things: never one group.
    expect(numbered.every((id) => groups[groupOf.get(id)!]!.length === 1)).toBe(true);
  });
});
