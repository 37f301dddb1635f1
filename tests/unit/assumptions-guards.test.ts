import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/domain/assumptions/normalize.js';
import { PeopleIndex } from '../../src/domain/assumptions/people.js';
import { compare, SAME_THRESHOLD } from '../../src/domain/assumptions/similarity.js';
import { expectOfferedNotGrouped, groupOf } from '../helpers/grouping-probes.js';

// Probes written from general knowledge (issue #4: never merge opposites), in settings the corpus does not use.
// Each trap is a pair the engine must not group: it may call them opposite or different, never the same.

function relation(a: string, b: string, people: string[]) {
  const index = new PeopleIndex();
  index.addAll(people);
  return compare(analyse(a, people, index), analyse(b, people, index));
}

function merges(a: string, b: string, people: string[]): boolean {
  const r = relation(a, b, people);
  return r.kind === 'same' && r.score >= SAME_THRESHOLD;
}
describe('a capitalised multi-word name lends none of its words ("Trust", "Fair", "Respect")', () => {
  it.each([
    ["The Hartley Trust won't renew our grant.", 'The Hartley Trust will renew our grant.', []],
    ["The Northern Growth Fund won't renew our grant.", 'The Northern Growth Fund will renew our grant.', []],
    [
      "Family Support Services won't renew the contract.",
      'Family Support Services will renew the contract.',
      [],
    ],
    ["The Bright Care Group won't renew our contract.", 'The Bright Care Group will renew our contract.', []],
    ["The Ashford Trust won't extend our funding.", 'The Ashford Trust will extend our funding.', []],
    [
      'The Mill Lane Trust is not going to renew the lease.',
      'The Mill Lane Trust is going to renew the lease.',
      [],
    ],
    ["The Fair Deal Trust won't renew our grant.", 'The Fair Deal Trust will renew our grant.', []],
    ["Trusted Care Homes won't renew our contract.", 'Trusted Care Homes will renew our contract.', []],
    ["The Open Doors Trust won't renew the grant.", 'The Open Doors Trust will keep funding us.', []],
    ["The Respect Foundation won't renew our grant.", 'The Respect Foundation will renew our grant.', []],
    [
      'The Heritage Trust is not going to renew our grant.',
      'The Heritage Trust will renew our grant next year.',
      [],
    ],
  ] as Array<[string, string, string[]]>)('"%s" is not "%s"', (a, b, people) => {
    expect(merges(a, b, people)).toBe(false);
  });
});

describe('a verb against its antonym (pass/fail, hire/fire, grant/deny …) is an opposite', () => {
  it.each([
    ['The examiner is going to fail me on the practical.', 'The examiner will pass me on the practical.', []],
    ['Professor Lund will fail my thesis.', 'Professor Lund will pass my thesis.', ['Professor Lund']],
    ['The panel will approve my application.', 'The panel is going to reject my application.', []],
    ['The board will accept our bid.', 'The board will refuse our bid.', []],
    ['The committee will promote me this year.', 'The committee will demote me this year.', []],
    ["We'll win the Harlow tender.", "We'll lose the Harlow tender.", []],
    ['The council will grant our licence.', 'The council will deny our licence.', []],
    ['The agency will hire Priya for the season.', 'The agency will fire Priya for the season.', ['Priya']],
    [
      'Ms Adler will include me in the launch team.',
      'Ms Adler will exclude me from the launch team.',
      ['Ms Adler'],
    ],
    ['The insurer will renew the policy.', 'The insurer will cancel the policy.', []],
    ['The auditor is going to pass our accounts.', 'The auditor will fail our accounts.', []],
    ['The inspector will pass the kitchen.', 'The inspector is going to fail the kitchen.', []],
    ['The jury will acquit him.', 'The jury will convict him.', []],
    ['The school will admit my son.', 'The school will expel my son.', []],
    ['The club will accept my membership.', 'The club will reject my membership.', []],
    ['The referee will pass the pitch as playable.', 'The referee will fail the pitch as unplayable.', []],
    ['The college is going to fail my dissertation.', 'The college is going to pass my dissertation.', []],
    ['The tutor will pass my essay.', 'The tutor will fail my essay.', []],
    ['Dr Moss will pass me on the assessment.', 'Dr Moss will fail me on the assessment.', ['Dr Moss']],
    ['The landlord will renew our lease.', 'The landlord will cancel our lease.', []],
    ['The firm will hire my brother.', 'The firm will fire my brother.', []],
    ['The ministry will grant the permit.', 'The ministry will deny the permit.', []],
    ['The airline will hire me as a pilot.', 'The airline will sack me as a pilot.', []],
  ] as Array<[string, string, string[]]>)('"%s" is not "%s"', (a, b, people) => {
    expect(merges(a, b, people)).toBe(false);
  });
});

describe('a decision pole against a predicate the lexicon does not know does not merge on subject and topic', () => {
  it.each([
    [
      'The bank will turn down the loan for the new van.',
      'The bank is going to find the money for the van after all.',
      [],
    ],
    [
      'The council will reject the planning application for the extension.',
      'The council is going to wave the extension through.',
      [],
    ],
    [
      'The funder will turn down the bid for the project.',
      'The funder is going to come up with the cash for the project.',
      [],
    ],
    ['The label will drop the band from the tour.', 'The label is going to put the band on the tour.', []],
    [
      'The Treasury will turn down the money for the housing scheme.',
      'The Treasury is going to find the money for the housing scheme after all.',
      [],
    ],
    [
      'The council will turn down the funding for the play scheme.',
      'The council is going to stump up the funding for the play scheme.',
      [],
    ],
    ['The board will reject the bonus scheme.', 'The board is going to go for the bonus scheme.', []],
    [
      'The trustees will turn down the money for the bursary scheme.',
      'The trustees are going to find the money for the bursary scheme.',
      [],
    ],
  ] as Array<[string, string, string[]]>)('"%s" is not "%s"', (a, b, people) => {
    expect(merges(a, b, people)).toBe(false);
  });
});

describe('"would rather X than Y" denies Y', () => {
  it.each([
    [
      'Nadia would rather do the pitch herself than let me near the client.',
      'Nadia trusts me to pitch to the client on my own.',
      ['Nadia'],
    ],
    [
      'My manager would rather do the talking herself than let me near the board.',
      'Ines trusts me to brief the board on my own.',
      ['Ines'],
    ],
    ['Tom would rather redo it himself than trust my figures.', 'Tom trusts my figures.', ['Tom']],
    [
      'Grace would rather cancel the session than listen to my ideas.',
      'Grace listens to my ideas.',
      ['Grace'],
    ],
    ['Ruth would rather leave the job undone than ask me for help.', 'Ruth asks me for help.', ['Ruth']],
    ['Omar would rather work late than let me check his code.', 'Omar lets me check his code.', ['Omar']],
    [
      'My boss would rather do it herself than trust me with the accounts.',
      'Kate trusts me with the accounts.',
      ['Kate'],
    ],
  ] as Array<[string, string, string[]]>)('"%s" is not "%s"', (a, b, people) => {
    expect(merges(a, b, people)).toBe(false);
  });
});

describe('paraphrases still group', () => {
  it.each([
    ['The Hartley Trust will renew our grant.', 'The Hartley Trust is going to extend our grant.', []],
    ["The Wellcome Trust won't renew our grant.", 'The Wellcome Trust will pull our funding.', []],
    ['The panel is going to reject my application.', 'The panel will turn down my application.', []],
    ["Nadia won't trust me with the client.", "Nadia doesn't trust me near the client.", ['Nadia']],
    ['The board will approve the budget.', 'The board is going to sign off the budget.', []],
    [
      'HM Treasury will turn down the money for the scheme.',
      'The Treasury will turn down the money for the scheme.',
      [],
    ],
    ["We'll lose the Harlow contract.", "We're going to lose the Harlow contract to a rival.", []],
    ["Captain Ruiz doesn't trust my flying.", 'Captain Ruiz distrusts my flying.', ['Captain Ruiz']],
  ] as Array<[string, string, string[]]>)('"%s" ~ "%s"', (a, b, people) => {
    expect(merges(a, b, people)).toBe(true);
  });

  it('a "not" on one side of an antonym pair agrees: "won\'t pass me" is no opposite of "will fail me"', () => {
    expect(relation("The examiner won't pass me.", 'The examiner will fail me.', []).kind).not.toBe(
      'opposite',
    );
  });
});

describe('two statements naming different organisations, clients or products are different assumptions', () => {
  const together = (a: string, b: string, people: string[]) => {
    const at = groupOf([a, b], people);
    return at.get(1) === at.get(2);
  };

  it.each([
    ["We'll lose the Acme account.", "The Hartley Trust won't renew our grant.", ['Dana']],
    ["We'll lose the Acme account.", "Zenith won't renew our contract.", ['Dana']],
    ['Acme will take their business elsewhere.', "The Hartley Trust won't renew our grant.", ['Dana']],
    ["We'll lose the Harlow contract.", "We're going to lose the Dunmore contract to a rival.", []],
    [
      'Marlowe Press will reject my manuscript.',
      'Penhallow Books is going to turn down my manuscript.',
      ['Ines'],
    ],
    ['Compliance will block the Acme deal.', 'Legal will block the Zenith deal.', ['Dana']],
    ["Greenacre won't pay our invoice on time.", "Brightwells won't pay our invoice on time.", ['Tom']],
    [
      "St Mary's will stop referring patients to us.",
      'Lakeside Clinic will stop referring patients to us.',
      ['Ines'],
    ],
    ["I'll never get the Solstice account back.", "I'll never win the Meridian account back.", ['Dana']],
    ["We'll lose Acme.", "Zenith won't renew our contract.", ['Dana']],
    ['Northwind will cancel our contract.', 'Kestrel Logistics will cancel our contract.', ['Priya']],
    ['Halvorsen will pull out of the merger.', 'Brightline will pull out of the merger.', ['Omar']],
    ['Vantage is going to poach our best engineers.', 'Orbitek will poach our best engineers.', ['Dana']],
  ] as Array<[string, string, string[]]>)('"%s" is not "%s"', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    ["We'll lose the Acme account.", "Acme won't renew our contract.", ['Dana']],
    ['Acme will take their business elsewhere.', "We're going to lose the Acme account.", ['Dana']],
    ["Hartley won't renew our grant.", "The Hartley Trust won't renew our grant.", []],
    ['Compliance will block the payouts.', "Compliance won't approve the payouts.", []],
    ['Nobody at Acme listens to us.', 'Acme ignores us.', []],
  ] as Array<[string, string, string[]]>)('the same name meets: "%s" ~ "%s"', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

// Session 9 (branch gatea9, gate A of docs/precision-gates.md, adopted by the lead): these pairs were grouped before,
// but they share no predicate the engine knows (no lexicon concept with its sign, no kindred one, no WordNet
// synonym), only a topic, a frame and the people, so they are offered as the person writes and no longer grouped
// automatically: the recall gate A costs for precision. (Their other rules still read them as one assumption.)
describe('gate A: no predicate the engine knows in common: offered, not grouped (similarity.ts unlinked)', () => {
  it.each([
    [
      'The examiner is going to fail me on the practical.',
      'The examiner will fail me in the practical exam.',
      [],
    ],
    [
      'My deputy director would rather do the briefing herself.',
      'Fiona wants to do the briefing herself.',
      ['Fiona'],
    ],
    ['The insurer will cancel the policy.', 'The insurer is going to cancel our policy.', []],
  ] as Array<[string, string, string[]]>)('%s / %s', (a, b, people) => {
    expectOfferedNotGrouped(a, b, people);
  });
});
