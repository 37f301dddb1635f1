import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/domain/assumptions/normalize.js';
import { PeopleIndex } from '../../src/domain/assumptions/people.js';
import { groupOf, paraphrasePairs } from '../helpers/grouping-probes.js';

// The same event told from different sides (events.ts): converse verbs (lose/leave, keep/stay, fire/get fired,
// promote/get promoted, hire/join, sell/buy/change hands), deciding verbs and their passives (approve/sign off,
// block/veto/kill/say no/turn down). Written from general knowledge of how people predict events at work, not from
// the corpus. Each set: the entry's people, paraphrases, and optionally a statement that must never join them.

const sets: Array<[string[], string[], string?]> = [
  // A client leaving, told by us and by them.
  [
    ['Priya'],
    ["We'll lose the client.", 'The client will walk away.', 'The client will leave us.'],
    "We'll keep the client.",
  ],
  // A colleague leaving, told from the team's side and from hers.
  [
    ['Ana'],
    ["We're going to lose Ana.", 'Ana will quit.', 'Ana is going to leave.', "I'll lose Ana."],
    'Ana will stay put.',
  ],
  [['Ana'], ['Ana will leave us.', "We'll lose Ana."], "We'll keep Ana."],
  // A head chef leaving a kitchen.
  [['Chef Rossi'], ['Rossi will walk out on us.', "We'll lose Rossi."], "We'll keep Rossi on."],
  // A launch decided on: the blocker as subject, the launch as subject, active and passive.
  [
    ['Tobias'],
    [
      'Tobias is going to block the launch.',
      'Tobias will veto the launch.',
      "He'll kill the launch.",
      'The launch will be blocked.',
      'Tobias will say no to the launch.',
    ],
    'Tobias will approve the launch.',
  ],
  // A grant decided by a panel.
  [
    [],
    [
      'The panel will turn the grant down.',
      'The grant will be turned down.',
      'The panel will reject the grant.',
    ],
    'The panel will approve the grant.',
  ],
  // A planning application and a council.
  [
    [],
    [
      'The council will approve the extension.',
      'The extension will get approved.',
      'The council will sign off on the extension.',
    ],
    'The council will block the extension.',
  ],
  // The writer's side getting it decided, and the panel deciding.
  [
    [],
    [
      "We won't get the renewal funded.",
      'The panel will reject the renewal.',
      'The renewal will be turned down.',
    ],
    'The panel will approve the renewal.',
  ],
  // A budget signed off, or not.
  [
    ['Helen'],
    [
      "Helen won't sign off on the budget.",
      'Helen will reject the budget.',
      'The budget will be rejected by Helen.',
    ],
    'Helen will sign off on the budget.',
  ],
  // A manuscript at a publisher.
  [
    ['Mr Grant'],
    [
      'Mr Grant will accept the manuscript.',
      'The manuscript will be accepted.',
      'Grant will greenlight the manuscript.',
    ],
    'Grant will reject the manuscript.',
  ],
  // Someone else dismissed: the one fired as subject, and the one firing.
  [
    ['Marco', 'Jess'],
    ['Marco will fire Jess.', 'Jess will get fired.', 'Jess will be let go.', 'Jess will lose her job.'],
  ],
  [
    ['Omar', 'Kate'],
    ['Omar is going to sack Kate.', 'Kate will be sacked.', 'Kate is going to get the sack.'],
  ],
  // A promotion told by who gives it and who gets it.
  [
    ['Leila'],
    [
      "They'll promote Leila.",
      'Leila will get promoted.',
      'Leila will be promoted.',
      'Leila will get the promotion.',
    ],
  ],
  // A hire told by who hires and who joins.
  [['Sam'], ["We'll hire Sam.", 'Sam will join us.', 'Sam will come on board.', 'Sam will get hired.']],
  // A business sold, told by the seller, the buyer, the business and its staff.
  [
    [],
    [
      'The owners are going to sell the hotel.',
      'The hotel will be sold.',
      'Someone will buy the hotel.',
      'The hotel will change hands.',
    ],
  ],
  [[], ["We'll be bought out.", "We'll have new owners.", 'A competitor will buy us out.']],
  [
    ['Mr Doyle'],
    [
      'Mr Doyle is going to sell the garage.',
      'Doyle is looking for a buyer for the garage.',
      'The garage will be sold.',
    ],
  ],
  // The shop sold off.
  [
    [],
    ['The family will sell the shop.', 'The shop is going to be sold.', 'A chain will take over the shop.'],
  ],
];

const traps: Array<[string, string, string[]]> = [
  // Opposites.
  ["We'll lose the client.", "We'll keep the client.", []],
  ["We won't lose the client.", 'The client will walk away.', []],
  ['Tobias will approve the launch.', 'Tobias will block the launch.', ['Tobias']],
  ["Helen won't sign off on the budget.", 'Helen will sign off on the budget.', ['Helen']],
  ['The grant will be approved.', 'The grant will be turned down.', []],
  ["I'll lose Ana.", "I'll keep Ana.", ['Ana']],
  ["We won't get the renewal funded.", "We'll get the renewal funded.", []],
  // Direction.
  ["I'll lose Ana.", 'Ana will lose me.', ['Ana']],
  ['Marco will fire Jess.', 'Jess will fire Marco.', ['Marco', 'Jess']],
  ['Leila will promote Tom.', 'Tom will promote Leila.', ['Leila', 'Tom']],
  ['Ana will leave me.', 'I will leave Ana.', ['Ana']],
  ['Sam will hire Dev.', 'Dev will hire Sam.', ['Sam', 'Dev']],
  ['Tobias will block the launch.', 'Marco will block the launch.', ['Tobias', 'Marco']],
  // Different objects.
  ['Tobias will block the payouts launch.', 'Tobias will block the cashback campaign.', ['Tobias']],
  ['The panel will reject the grant.', 'The panel will reject the planning application.', []],
  ['The bid will be turned down.', 'The merger will be turned down.', []],
  ['The owners will sell the hotel.', 'The owners will sell the restaurant.', []],
  ["We'll lose Ana.", "We'll lose Ben.", ['Ana', 'Ben']],
  ['The council will approve the extension.', 'The council will approve the car park.', []],
];

// A second batch, written after the first passed: other verbs and forms of the same events (a customer named by a
// noun, staying, acquiring, bringing someone in, "nobody will approve").
const sets2: Array<[string[], string[], string?]> = [
  [
    [],
    [
      "We're going to lose our biggest customer.",
      'Our biggest customer will go elsewhere.',
      'Our biggest customer is going to drop us.',
    ],
    "We'll keep our biggest customer.",
  ],
  [['Ana'], ['Ana will stay.', "We'll keep Ana."], 'Ana will leave.'],
  [['Ana'], ["We'll lose Ana to Google.", 'Ana will leave us for Google.', 'Ana is going to quit.']],
  [
    ['Marco', 'Jess'],
    ['Marco will get rid of Jess.', 'Jess will get the boot.', 'Jess will be out of a job.'],
  ],
  [
    [],
    [
      'Legal will throw out the proposal.',
      'The proposal will get thrown out.',
      'The committee will reject the proposal.',
    ],
  ],
  [
    ['Tom'],
    [
      'Tom will give the go-ahead for the launch.',
      'The launch will get approved.',
      'Tom will okay the launch.',
    ],
    'Tom will veto the launch.',
  ],
  [[], ['Nobody will approve the budget.', "The budget won't be approved."], 'The budget will be approved.'],
  [
    [],
    [
      'My application will be turned down.',
      'The panel will reject my application.',
      "I won't get my application approved.",
    ],
    'My application will be accepted.',
  ],
  [
    [],
    ['The company is going to be acquired.', 'Acme will acquire the company.', 'There will be a takeover.'],
  ],
  [[], ['Acme will acquire us.', "We're being sold.", "We'll be taken over."]],
  [
    ['Sam'],
    ["We'll bring Sam in.", 'Sam will join.', 'Sam will accept our offer.'],
    'Sam will turn down our offer.',
  ],
  [
    ['Ravi'],
    ["They're going to promote Ravi.", 'Ravi will be promoted.', 'Ravi is going to get promoted.'],
    "Ravi won't get promoted.",
  ],
  [['Ines'], ['The board will sack Ines.', 'Ines will get sacked.', 'Ines is going to be let go.']],
  [
    [],
    [
      'The landlord will sell the building.',
      'The building will be sold.',
      'Someone is going to buy the building.',
    ],
  ],
  [
    ['Dr Patel'],
    [
      'Dr Patel will sign off on the protocol.',
      'The protocol will be signed off.',
      'Patel will approve the protocol.',
    ],
    "Patel won't sign off on the protocol.",
  ],
];
const traps2: Array<[string, string, string[]]> = [
  ['Nobody will approve the budget.', 'The budget will be approved.', []],
  ['Ana will stay.', 'Ana will leave.', ['Ana']],
  ['Tom will okay the launch.', 'Tom will veto the launch.', ['Tom']],
  ["We'll lose our biggest customer.", "We'll keep our biggest customer.", []],
  ['Acme will acquire the company.', 'The company will acquire Acme.', []],
  ['The landlord will sell the building.', 'The landlord will sell the car park.', []],
  ['Sam will accept our offer.', 'Sam will turn down our offer.', ['Sam']],
  ["They'll promote Ravi.", 'Ravi will promote them.', ['Ravi']],
];

// A third batch: something scheduled running late, told by what slips, by who delays it and by who misses it.
const sets3: Array<[string[], string[], string?]> = [
  [
    [],
    [
      'The launch will slip.',
      'The launch will be pushed back.',
      'The launch is going to be delayed.',
      "We won't launch on time.",
    ],
    'The launch will be on time.',
  ],
  [
    ['Tom'],
    ['Tom will delay the release.', 'The release will be held up.', 'The release will slip again.'],
    'The release will be on time.',
  ],
  [[], ['The deadline will slip.', "We'll miss the deadline.", "We won't ship on time."]],
  [
    [],
    ['The opening will be postponed.', 'The opening will slip to spring.', 'They will postpone the opening.'],
  ],
];
const traps3: Array<[string, string, string[]]> = [
  ['The launch will slip.', 'The kitchen refit will slip.', []],
  ['The launch will be pushed back.', 'The launch will be on time.', []],
  ['The release will slip.', 'The office move will slip.', []],
  ['Standards will slip.', 'The deadline will slip.', []],
  ['Tom will delay the release.', 'Tom will delay the refit.', ['Tom']],
];

describe('event probes', () => {
  it('groups most tellings of each event from either side, never its opposite', () => {
    const { together, pairs } = paraphrasePairs(sets);
    expect(sets.length).toBeGreaterThanOrEqual(15);
    // Measured before events.ts 13/72 (and 4 opposites merged: "will veto" with "will approve"), after 70/72. The
    // misses: "we won't get the renewal funded" keeps "we" as its subject (told without it, it joined a "turning
    // the feature down will make me seem unfriendly" in the batched corpus grouping).
    expect(pairs).toBe(72);
    expect(together / pairs).toBeGreaterThanOrEqual(0.95);
  });
  it('groups most tellings of the second batch, never its opposite', () => {
    const { together, pairs } = paraphrasePairs(sets2);
    // Measured before events.ts 7/41 (4 opposites merged), after the first batch's rules 26/41, after 39/41 (the
    // misses: "I won't get my application approved", as above).
    expect(pairs).toBe(41);
    expect(together / pairs).toBeGreaterThanOrEqual(0.9);
  });
  it('groups most tellings of a delay (third batch), never its opposite', () => {
    const { together, pairs } = paraphrasePairs(sets3);
    // Measured before events.ts 3/15, after 15/15.
    expect(pairs).toBe(15);
    expect(together / pairs).toBeGreaterThanOrEqual(0.9);
  });
});

describe('event traps', () => {
  it.each([...traps, ...traps2, ...traps3])('keeps "%s" apart from "%s"', (a, b, people) => {
    const at = groupOf([a, b], people);
    expect(at.get(1)).not.toBe(at.get(2));
  });
});

// The same verbs in other senses are left as they are: [statement, people, concept the retelling would give it].
const untold: Array<[string, string[], string]> = [
  ["She keeps me at arm's length these days.", ['Rosa'], 'c:quit'],
  ['Ana keeps me waiting.', ['Ana'], 'c:quit'],
  ['My boss leaves me to fend for myself.', [], 'c:quit'],
  ['Tom will leave at five.', ['Tom'], 'c:quit'],
  ['Tom will leave me out of the meeting.', ['Tom'], 'c:quit'],
  ["Aoife can't say no to a guest.", ['Aoife'], 'c:succeed'],
  ['A manager who says no to a big client gets blamed.', [], 'c:succeed'],
  ['This will kill the mood.', [], 'c:succeed'],
  ['He will kill me if I am late.', ['Tom'], 'c:succeed'],
  ['Dad will never accept my girlfriend.', [], 'c:succeed'],
  ["Sophie won't let me sign off a proposal without her.", ['Sophie'], 'c:succeed'],
  ['I will approve the rota myself.', [], 'c:succeed'],
  ['Sam will accept our offer.', ['Sam'], 'c:succeed'],
  ['Tom wants to sell my idea as his own.', ['Tom'], 'c:sold'],
  ['I keep losing my temper with Ana.', ['Ana'], 'c:quit'],
];

describe('event verbs in other senses', () => {
  it.each(untold)('leaves "%s" untold', (text, people, concept) => {
    const shape = analyse(text, people, new PeopleIndex());
    expect(shape.preds.has(concept)).toBe(false);
  });
  it('lets a longer phrase of another idea win ("block my promotion" is being passed over)', () => {
    const shape = analyse('My manager will block my promotion.', [], new PeopleIndex());
    expect(shape.preds.has('c:succeed')).toBe(false);
    expect(shape.preds.has('c:passed-over')).toBe(true);
  });
});
