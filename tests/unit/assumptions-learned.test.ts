import { describe, expect, it } from 'vitest';
import {
  type GroupOptions,
  groupStatements,
  type PersonLink,
  StatementIndex,
  type StatementInput,
} from '../../src/domain/assumptions/index.js';

type Teaching = NonNullable<GroupOptions['teaching']>;

let nextId = 1;
function said(text: string, people: string[] = ['Dana']): StatementInput {
  const id = nextId++;
  return { id, entryId: id, text, people };
}

function together(statements: StatementInput[], a: StatementInput, b: StatementInput, teaching?: Teaching) {
  const { groups } = groupStatements(statements, [], teaching ? { teaching } : {});
  return groups.some((g) => g.includes(a.id) && g.includes(b.id));
}

describe('learning from the person’s links', () => {
  // Linked by the person: "flimsy" (a word the lexicon lacks) says what "half-baked" says, of Dana's plans.
  const halfBaked = said('Dana thinks my plans are half-baked.');
  const flimsy = said('Dana finds my plans flimsy.');
  const linked: Teaching = { groups: [[halfBaked, flimsy]], opposites: [] };

  it('a linked pair’s wordings group a new pair the engine alone keeps apart', () => {
    const a = said('Dana thinks my slides are half-baked.');
    const b = said('Dana finds my slides flimsy.');
    expect(together([a, b], a, b)).toBe(false);
    expect(together([a, b], a, b, linked)).toBe(true);
  });

  it('unlinking forgets: without the link the new pair stays apart again', () => {
    const a = said('Dana thinks my slides are half-baked.');
    const b = said('Dana finds my slides flimsy.');
    const unlinked: Teaching = { groups: [[halfBaked], [flimsy]], opposites: [] };
    expect(together([a, b], a, b, unlinked)).toBe(false);
  });

  it('a learned wording held the other way round is an opposite, never a merge', () => {
    const a = said('Dana thinks my slides are half-baked.');
    const b = said('Dana finds my slides flimsy.');
    const not = said('Dana thinks my slides are not flimsy.');
    expect(together([a, not], a, not, linked)).toBe(false);
    expect(together([b, not], b, not, linked)).toBe(false);
  });

  it('an opposite decision blocks a merge the engine would otherwise make', () => {
    const flimsyPlans = said('Omar finds my plans flimsy.', ['Omar']);
    const tightPlans = said('Omar finds my plans watertight.', ['Omar']);
    // (Said in the same words but one, "finds my budget flimsy" / "… watertight", the engine keeps them apart itself.
    // Neither word judges for the engine: "solid", good news against a word it cannot judge, stays apart by itself.)
    // (Linked by a concept the lexicon knows, "doesn't trust", so the engine merges them; since gate A, session 9,
    // "says my budget is flimsy" / "finds my budget watertight" alone share no predicate it knows and stay apart.)
    const a = said('Dana says my budget is flimsy and she doesn’t trust it.');
    const b = said('Dana finds my budget watertight and she doesn’t trust it.');
    expect(together([a, b], a, b)).toBe(true);
    const opposed: Teaching = { groups: [[flimsyPlans], [tightPlans]], opposites: [[0, 1]] };
    expect(together([a, b], a, b, opposed)).toBe(false);
    const oneWord = [said('Dana finds my budget flimsy.'), said('Dana finds my budget watertight.')];
    expect(together(oneWord, oneWord[0]!, oneWord[1]!)).toBe(false);
  });

  it('a learned equivalence never bridges what the person marked opposite', () => {
    // The person linked "flimsy" with "solid" once, and elsewhere marked them opposite: the link teaches nothing.
    const contradictory: Teaching = {
      groups: [
        [said('Omar finds my plans flimsy.', ['Omar']), said('Omar finds my plans solid.', ['Omar'])],
        [said('Omar finds my notes flimsy.', ['Omar'])],
        [said('Omar finds my notes solid.', ['Omar'])],
      ],
      opposites: [[1, 2]],
    };
    const a = said('Dana finds my budget flimsy.');
    const b = said('Dana finds my budget solid.');
    expect(together([a, b], a, b, contradictory)).toBe(false);
  });

  it('a statement close to any member of the person’s group joins it', () => {
    const early = said('Dana doesn’t trust my judgement.');
    // (Two statements of one concept, "laughs at" (respect); since gate A, session 9, "treats my proposals like a
    // joke" / "… my budget …" share no predicate the lexicon knows and are offered, not grouped.)
    const late = said('Dana laughs at my proposals.');
    const next = said('Dana laughs at my budget.');
    const links: PersonLink[] = [{ a: early.id, b: late.id, relation: 'same' }];
    const all = [early, late, next];
    const plain = groupStatements(all, links).groups;
    expect(plain.some((g) => g.includes(next.id) && g.includes(early.id))).toBe(false);
    const taught = groupStatements(all, links, {
      teaching: { groups: [[early, late]], opposites: [] },
    }).groups;
    expect(taught.some((g) => g.includes(next.id) && g.includes(early.id))).toBe(true);
  });

  it('is deterministic whatever the order of the statements and lessons', () => {
    const a = said('Dana thinks my slides are half-baked.');
    const b = said('Dana finds my slides flimsy.');
    const c = said('Dana finds my notes flimsy.');
    const one = groupStatements([a, b, c], [], { teaching: linked });
    const two = groupStatements([c, b, a], [], {
      teaching: { groups: [[flimsy, halfBaked]], opposites: [] },
    });
    expect(two).toEqual(one);
  });

  it('suggestions use what was learned and rank the person’s groups first', () => {
    const earlier = [said('Dana thinks my slides are half-baked.')];
    const plain = new StatementIndex(earlier);
    const taught = new StatementIndex(earlier, linked);
    const text = 'Dana finds my slides flimsy.';
    expect(plain.suggest(text, ['Dana']).map((s) => s.id)).not.toContain(earlier[0]!.id);
    expect(taught.suggest(text, ['Dana']).map((s) => s.id)).toContain(earlier[0]!.id);
    // Of two equally close statements, the one the person placed in a group comes first.
    const twins = [said('Dana never listens to me.'), said('Dana never listens to me.')];
    const ranked = new StatementIndex(twins, {
      groups: [[twins[1]!, said('Dana ignores what I say.')]],
      opposites: [],
    }).suggest('Dana never listens to me.', ['Dana']);
    expect(ranked[0]!.id).toBe(twins[1]!.id);
  });

  // The writer is the subject of most of a journal: a wording learned of two statements whose only common ground
  // besides it is "I" must not carry to a statement that shares nothing else with them.
  it('a pair about the writer teaches its topics nothing beyond the predicate they share', () => {
    const burning = said('I am burning out on the migration.', []);
    const empty = said("I'm running on empty with the quarterly close.", []);
    const energy = said('I have plenty of energy for the migration this month.', []);
    const teaching: Teaching = { groups: [[burning, empty]], opposites: [] };
    const links: PersonLink[] = [{ a: burning.id, b: empty.id, relation: 'same' }];
    const { groups } = groupStatements([burning, empty, energy], links, { teaching });
    expect(groups.find((g) => g.includes(energy.id))).toEqual([energy.id]);
  });
});
