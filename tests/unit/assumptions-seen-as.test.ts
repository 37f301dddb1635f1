import { describe, expect, it } from 'vitest';
import { groupOf, paraphrasePairs } from '../helpers/grouping-probes.js';

// "How I am seen" (src/domain/assumptions/seen.ts): a view of the writer said with a named holder ("Ana will think
// I'm …"), a generic one ("people will think …", "I'll be seen as …") or none ("I'll come across as …", "asking
// will make me look …", "it'll look like I can't …", "admitting I'm …") is one assumption when the quality is the
// same; a view of someone else, the writer's own view, the opposite quality or another quality is not. Written
// from general knowledge of how people say it, in many lines of work; not taken from the corpus.

// [people, paraphrases, opposite?]
const sets: Array<[string[], string[], string?]> = [
  [
    ['Ana'],
    [
      "Ana will think I'm incompetent.",
      "I'll come across as incompetent to Ana.",
      'Asking Ana the same thing again will make me look incompetent.',
      'Ana will see me as incompetent.',
    ],
    "Ana will think I'm competent.",
  ],
  [
    ['Marek'],
    [
      "Marek will think I'm lazy.",
      'Leaving before six will make me look lazy.',
      "I'll be seen as lazy.",
      "I'll get a reputation for being lazy.",
    ],
  ],
  [
    ['Dr Osei'],
    [
      "Dr Osei will think I'm out of my depth.",
      "I'll look out of my depth on the ward round.",
      'Asking so many questions makes me seem out of my depth.',
      'Dr Osei will see me as out of my depth.',
    ],
    "Dr Osei thinks I'm on top of it.",
  ],
  [
    ['Priya'],
    [
      "Priya will think I'm rude.",
      "I'll come across as rude to Priya.",
      'Turning down the invitation will make me look rude.',
      'Priya will find me rude.',
    ],
    "Priya thinks I'm courteous.",
  ],
  [
    ['Hugo'],
    [
      "If I ask Hugo for a raise he'll think I'm greedy.",
      'Asking for a raise will make me look greedy.',
      "I'll be seen as greedy.",
      'Hugo will see me as greedy.',
    ],
  ],
  [
    ['Lena'],
    [
      "Lena will think I'm weak.",
      'Backing down will make me look weak.',
      "I'll be seen as weak.",
      'Lena will see me as weak.',
    ],
    "Lena will think I'm strong.",
  ],
  [
    [],
    [
      "People will think I'm arrogant.",
      "I'll come across as arrogant.",
      "I'll get a reputation for being arrogant.",
      'Everyone will see me as arrogant.',
    ],
  ],
  [
    ['Farah'],
    [
      "Farah will think I'm being difficult.",
      'Pushing back again will get me labelled as difficult.',
      "I'll be branded a troublemaker.",
      'Farah will see me as obstructive.',
    ],
  ],
  [
    ['Tomasz'],
    [
      "Tomasz will think I'm unreliable.",
      'Missing another deadline will make me look unreliable.',
      "I'll get a reputation for being flaky.",
      'Tomasz will see me as unreliable.',
    ],
  ],
  [
    ['Grace'],
    [
      "Grace will think I'm needy.",
      'Checking in again will make me seem needy.',
      "I'll come across as needy.",
      'Grace will see me as clingy.',
    ],
  ],
  [
    ['Ravi'],
    [
      "If I ask Ravi for help he'll think I'm not coping.",
      "Asking for help means admitting I can't cope.",
      "It'll look like I can't cope if I ask for help.",
      "Asking for help will make me look like I'm struggling.",
    ],
  ],
  [
    ['Olu'],
    [
      "Olu will think I'm stupid.",
      'Asking that question will make me look stupid.',
      "I'll look like an idiot.",
      'Olu will take me for a fool.',
    ],
  ],
  [
    ['Sasha'],
    [
      "Sasha will think I'm negative.",
      'Raising the risks again will make me look negative.',
      "I'll be seen as negative.",
      'Sasha will see me as a moaner.',
    ],
  ],
  [
    ['Maya'],
    [
      "Maya will think I'm unprofessional.",
      'Crying in the meeting will make me look unprofessional.',
      "I'll come across as unprofessional.",
      "I'll be seen as unprofessional.",
    ],
  ],
  [
    ['Keith'],
    [
      "Keith will think I'm a pushover.",
      'Giving in again will make me look like a pushover.',
      "I'll be seen as a soft touch.",
      'Keith will see me as a doormat.',
    ],
  ],
  [
    ['Ines'],
    [
      "Ines thinks I'm cold.",
      'I come across as cold.',
      'Ines sees me as aloof.',
      'I seem standoffish to Ines.',
    ],
  ],
  [
    ['Bea'],
    [
      "Bea doesn't see me as a leader.",
      'Bea will never think of me as a leader.',
      "Nobody here thinks I'm leadership material.",
      "I'm not seen as leadership material.",
    ],
  ],
];

// [a, b, people]: never one assumption. (Before seen.ts four of these merged: "they'll think I'm lazy" / "Tom is
// lazy", the two circumstances with other qualities, "we" / "I", and fearing to look it / being it; the rest guard
// the frames read as one against meeting what they must not.)
const traps: Array<[string, string, string[]]> = [
  // Direction: whose view of whom.
  ["Tom thinks I'm lazy.", 'Tom is lazy.', ['Tom']],
  ["Tom thinks I'm lazy.", 'I think Tom is lazy.', ['Tom']],
  ['Nadia sees me as a bully.', 'Nadia is a bully.', ['Nadia']],
  ["I'll look lazy.", 'Tom is lazy.', ['Tom']],
  ['Tom will be seen as lazy.', 'I think Tom is lazy.', ['Tom']],
  ["They'll think I'm lazy.", 'Tom is lazy.', ['Tom']],
  // Opposites, including a negation of the frame.
  ["They'll think I'm competent.", "They'll think I'm incompetent.", []],
  ["I'll look out of my depth.", "I'll look on top of it.", []],
  ["Ana won't see me as competent.", 'Ana will see me as competent.', ['Ana']],
  ['Nobody thinks of me as reliable.', 'Everyone thinks of me as reliable.', []],
  ["I'll come across as rude.", "I won't come across as rude.", []],
  ["Ben will think I'm weak.", "Ben will think I'm strong.", ['Ben']],
  // Different qualities, whatever the frame and the circumstance.
  ['Asking for help will make me look weak.', 'Asking for help will make me look lazy.', []],
  ["I'll look lazy.", "I'll look rude.", []],
  ["Ana will think I'm greedy.", "Ana will think I'm rude.", ['Ana']],
  ["I'll be seen as arrogant.", "I'll be seen as unreliable.", []],
  // Someone else seen, not me; and us, not me.
  ['Ines will look out of her depth.', "I'll look out of my depth.", ['Ines']],
  ['Asking will make Ines look incompetent.', 'Asking will make me look incompetent.', ['Ines']],
  ["They'll think Ines is lazy.", "They'll think I'm lazy.", ['Ines']],
  ["They'll think we're hopeless.", "They'll think I'm hopeless.", []],
  // Fearing to look it is not believing it; how someone else seems to me is my view of them.
  ["I'll come across as out of my depth.", "I'm out of my depth.", []],
  ["Tom looks like he's struggling.", "Asking for help will look like I'm struggling.", ['Tom']],
  ['Tom comes across as arrogant.', "I'll come across as arrogant.", ['Tom']],
  ["Tom won't admit he's wrong.", "Admitting I'm wrong will make me look weak.", ['Tom']],
];

describe('how I am seen: probes', () => {
  it('groups a view of the writer whoever holds it (named, generic, implicit), never with its opposite', () => {
    const { together, pairs } = paraphrasePairs(sets);
    // Measured before seen.ts 38/102, after 92/102 (misses: "unprofessional" said with and without a holder,
    // "leadership material" against "a leader").
    expect(pairs).toBe(102);
    expect(together / pairs).toBeGreaterThanOrEqual(0.85);
  });
});

describe('how I am seen: traps', () => {
  it.each(traps)('keeps "%s" apart from "%s"', (a, b, people) => {
    const at = groupOf([a, b], people);
    expect(at.get(1)).not.toBe(at.get(2));
  });
});
