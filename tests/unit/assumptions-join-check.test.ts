import { describe, expect, it } from 'vitest';
import { checkJoins, type StatementInput } from '../../src/domain/assumptions/index.js';

const PEOPLE = ['Dana', 'Kevin'];
const statement = (id: number, text: string, people = PEOPLE): StatementInput => ({
  id,
  entryId: id,
  text,
  people,
});

// A group of two members the engine put together (0.44 apart), the later of which a batched run sends as the
// group's representative.
const OLDER = statement(1, 'Dana tunes out whenever we raise technical debt.');
const LATEST = statement(2, 'Dana will see me as obstructive if I question the dates.');
const candidates = {
  // Close to both (0.66 and 0.79).
  close: statement(10, 'Dana will see me as obstructive if I raise technical debt.'),
  // Close to the representative (0.73), about something else than the older member (different).
  far: statement(11, 'Questioning her timeline would get me labelled as negative.'),
  // Close to the representative (0.92), below WEAKEST_LINK with the older member (0.33).
  weak: statement(12, "If I push back on the deadline, Dana will think I'm being difficult."),
};

describe('checkJoins: a statement joins an existing group only if every member would let it', () => {
  const all = [OLDER, LATEST, ...Object.values(candidates)];

  it.each([
    ['close to every member', candidates.close, true],
    ['close to the representative, about something else than an older member', candidates.far, false],
    ['close to the representative, too far from an older member', candidates.weak, false],
  ])('%s', (_name, candidate, joins) => {
    expect(checkJoins(all, [{ statement: candidate.id, members: [LATEST.id] }])).toEqual([true]);
    expect(checkJoins(all, [{ statement: candidate.id, members: [LATEST.id, OLDER.id] }])).toEqual([joins]);
  });

  it('keeps out a statement the person held apart from a member', () => {
    const check = [{ statement: candidates.close.id, members: [OLDER.id, LATEST.id] }];
    expect(checkJoins(all, check, [{ a: OLDER.id, b: candidates.close.id, relation: 'different' }])).toEqual([
      false,
    ]);
    // A link the person made between members says nothing about the statement.
    expect(checkJoins(all, check, [{ a: OLDER.id, b: LATEST.id, relation: 'different' }])).toEqual([true]);
  });

  it('answers each check on its own, whatever the order of statements, checks and members', () => {
    const checks = Object.values(candidates).map((c) => ({
      statement: c.id,
      members: [OLDER.id, LATEST.id],
    }));
    expect(checkJoins(all, checks)).toEqual([true, false, false]);
    expect(
      checkJoins(
        [...all].reverse(),
        [...checks].reverse().map((c) => ({ ...c, members: [...c.members].reverse() })),
      ),
    ).toEqual([false, false, true]);
    expect(checkJoins(all, [{ statement: candidates.far.id, members: [] }])).toEqual([true]);
    expect(checkJoins(all, [])).toEqual([]);
  });

  describe('a group the person made counts as one statement, as close as its closest member', () => {
    const TRUST = statement(20, 'Dana does not trust me.');
    const DOUBTS = statement(21, 'Dana doubts my judgement.');
    const people = [TRUST, DOUBTS, OLDER, LATEST, ...Object.values(candidates)];
    const teaching = { groups: [[OLDER, LATEST]], opposites: [] };

    it('lets in a statement close to one of its members and about something else than another', () => {
      const check = [{ statement: candidates.far.id, members: [OLDER.id, LATEST.id] }];
      expect(checkJoins(people, check, [], { teaching })).toEqual([true]);
      expect(checkJoins(people, check)).toEqual([false]);
    });

    it('keeps out a statement opposite to any member', () => {
      const opposite = statement(22, 'Dana trusts my judgement.');
      const group = { groups: [[TRUST, DOUBTS]], opposites: [] };
      const check = [{ statement: opposite.id, members: [TRUST.id, DOUBTS.id] }];
      expect(checkJoins([...people, opposite], check, [], { teaching: group })).toEqual([false]);
      const distrusts = statement(23, 'Dana distrusts me.');
      expect(
        checkJoins(
          [...people, distrusts],
          [{ statement: distrusts.id, members: [TRUST.id, DOUBTS.id] }],
          [],
          {
            teaching: group,
          },
        ),
      ).toEqual([true]);
    });
  });
});
