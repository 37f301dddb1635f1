import { describe, expect, it } from 'vitest';
import { groupStatements } from '../../src/domain/assumptions/index.js';
import { groupOf } from '../helpers/grouping-probes.js';

// Probes of two things, written from general knowledge of English (varied settings), not from the corpus:
// 1. an adjective inside the object ("patient with DIFFICULT customers", "lets ANGRY guests …") is the object's,
//    not the subject's, so the subject's own predicate is what is compared;
// 2. behavioural opposites that share no word (yielding/firm, careless/careful, engaged/checked out,
//    supportive/undermining, honest/deceptive, decisive/indecisive, generous/stingy, open/guarded, calm/volatile,
//    reliable/flaky) meet as opposite poles of one theme: never merged.

// [people, paraphrases, opposite]
const sets: Array<[string[], string[], string]> = [
  [
    ['Ben'],
    [
      "Ben can't say no to customers.",
      'Ben gives in to pushy customers.',
      'Ben lets rude customers walk all over him.',
      'Ben caves whenever a customer complains.',
    ],
    'Ben is firm with pushy customers.',
  ],
  [
    ['Priti'],
    [
      'Priti cuts corners on the lab checks.',
      'Priti is careless with the lab checks.',
      'Priti skips the lab checks.',
      'Priti rushes the lab checks.',
    ],
    'Priti is meticulous with the lab checks.',
  ],
  [
    ['Hale'],
    [
      'Mr Hale has checked out.',
      'Mr Hale has lost interest in teaching.',
      'Mr Hale is just going through the motions.',
      'Mr Hale is disengaged.',
    ],
    'Mr Hale is fully engaged with his classes.',
  ],
  [
    ['Rosa'],
    ['Rosa has my back.', 'Rosa sticks up for me.', 'Rosa stands up for me with the consultants.'],
    'Rosa throws me under the bus.',
  ],
  [
    ['Viktor'],
    ['Viktor lies to the board.', 'Viktor misleads the board.', "Viktor isn't straight with the board."],
    'Viktor is honest with the board.',
  ],
  [
    ['Imogen'],
    ["Imogen can't make a decision.", 'Imogen dithers over every choice.', 'Imogen sits on the fence.'],
    'Imogen is decisive.',
  ],
  [
    ['Carl'],
    ['Carl is stingy with praise.', 'Carl is tight-fisted with praise.', 'Carl is mean with praise.'],
    'Carl is generous with praise.',
  ],
  [
    ['Hugo'],
    [
      'Hugo is guarded with me.',
      'Hugo keeps his cards close to his chest with me.',
      "Hugo doesn't open up to me.",
    ],
    'Hugo is open with me.',
  ],
  [
    ['Dana'],
    [
      'Dana flies off the handle.',
      'Dana loses her temper over nothing.',
      'Dana blows up at the smallest thing.',
    ],
    'Dana stays calm under pressure.',
  ],
  [
    ['Kofi'],
    ['Kofi is flaky.', "Kofi can't be relied on.", 'Kofi never follows through.'],
    'Kofi is dependable.',
  ],
  [
    [],
    ["I'm too soft on the kids.", 'I give in to the kids too easily.', 'I let the kids walk all over me.'],
    "I'm firm with the kids.",
  ],
  [
    ['Jun'],
    [
      'Jun is thorough with code reviews.',
      'Jun is meticulous about code reviews.',
      'Jun goes through code reviews with a fine-tooth comb.',
    ],
    'Jun rushes code reviews.',
  ],
  [
    ['Sasha'],
    [
      'Sasha really cares about the project.',
      'Sasha is invested in the project.',
      'Sasha is committed to the project.',
    ],
    'Sasha has checked out of the project.',
  ],
  [
    ['Nadia'],
    [
      'Nadia is patient with difficult customers.',
      'Nadia is patient with demanding customers.',
      'Nadia is patient with awkward customers.',
    ],
    'Nadia is impatient with customers.',
  ],
  [
    ['Theo'],
    [
      'Theo is harsh on new starters.',
      'Theo is too hard on new starters.',
      'Theo is harsh with nervous new starters.',
    ],
    'Theo is gentle with new starters.',
  ],
  [
    ['Wren'],
    [
      'Wren holds the line with difficult parents.',
      'Wren stands her ground with angry parents.',
      'Wren is firm with pushy parents.',
    ],
    'Wren caves in to pushy parents.',
  ],
];

// A second batch, written after the first rules and before their second phrases.
const sets2: Array<[string[], string[], string]> = [
  [
    ['Gita'],
    [
      'Gita is a pushover with clients.',
      'Gita bends over backwards for pushy clients.',
      'Gita folds as soon as a client pushes back.',
      'Gita lets clients push her around.',
      'Gita is a soft touch with clients.',
    ],
    'Gita sets clear boundaries with clients.',
  ],
  [
    ['Noel'],
    [
      "Noel doesn't let the players push him around.",
      'Noel holds firm with the players.',
      'Noel is firm but fair with the players.',
      'Noel stands his ground with the players.',
    ],
    'Noel gives in to the players.',
  ],
  [
    ['Tess'],
    [
      'Tess is sloppy with the invoices.',
      'Tess makes careless mistakes on the invoices.',
      "Tess doesn't double-check the invoices.",
      'Tess is slapdash with the invoices.',
    ],
    'Tess is meticulous with the invoices.',
  ],
  [
    ['Arjun'],
    [
      'Arjun has a short fuse.',
      'Arjun is hot-headed.',
      'Arjun explodes at the slightest thing.',
      'Arjun loses his temper easily.',
    ],
    'Arjun never loses his cool.',
  ],
  [
    ['Bea'],
    [
      'Bea is unflappable.',
      'Bea keeps a level head in a crisis.',
      'Bea stays calm under pressure.',
      'Bea keeps her cool.',
    ],
    'Bea flies off the handle.',
  ],
  [
    ['Cole'],
    [
      'Cole is cagey with me.',
      'Cole is secretive with me.',
      'Cole is evasive when I ask questions.',
      'Cole gives nothing away.',
    ],
    'Cole is an open book with me.',
  ],
];

// Opposite poles of one theme, said of the same person: never one group, and pointed out as opposites.
const poles: Array<[string, string, string[]]> = [
  ["Ben can't say no to customers.", 'Ben is firm with demanding customers.', ['Ben']],
  ['Ben gives in to angry customers.', 'Ben stands his ground with customers.', ['Ben']],
  ['Ben lets rude customers walk all over him.', 'Ben holds the line with customers.', ['Ben']],
  ['Ben caves in to difficult customers.', 'Ben is firm with difficult customers.', ['Ben']],
  ['Priti cuts corners.', 'Priti is thorough.', ['Priti']],
  ['Priti is careless with patient records.', 'Priti is careful with patient records.', ['Priti']],
  ['Mr Hale has checked out.', 'Mr Hale is engaged.', ['Hale']],
  ['Rosa has my back.', 'Rosa throws me under the bus.', ['Rosa']],
  ['Rosa sticks up for me with the consultants.', 'Rosa undermines me with the consultants.', ['Rosa']],
  ['Viktor is honest with investors.', 'Viktor deceives investors.', ['Viktor']],
  ['Imogen is decisive.', 'Imogen dithers.', ['Imogen']],
  ['Carl is generous with praise.', 'Carl is stingy with praise.', ['Carl']],
  ['Hugo is open with me.', 'Hugo is guarded with me.', ['Hugo']],
  ['Dana stays calm under pressure.', 'Dana flies off the handle.', ['Dana']],
  ['Kofi is dependable.', 'Kofi is flaky.', ['Kofi']],
  ['Nadia is patient with difficult customers.', 'Nadia is impatient with customers.', ['Nadia']],
  ['Theo is harsh on new starters.', 'Theo is gentle with new starters.', ['Theo']],
  ['Mia is too soft on underperformers.', 'Mia is too hard on underperformers.', ['Mia']],
  ['Jo is honest with difficult parents.', 'Jo lies to difficult parents.', ['Jo']],
  [
    'Ravi cuts corners on the safety checks.',
    'Ravi goes over the safety checks with a fine-tooth comb.',
    ['Ravi'],
  ],
  ['Ola is engaged with the project.', 'Ola has lost interest in the project.', ['Ola']],
  ["I'm too soft on the kids.", "I'm firm with the kids.", []],
];

// An object's trait is not the subject's, nor a circumstance's; a subject nobody knows is never pointed out as
// the same one.
const apart: Array<[string, string, string[]]> = [
  ['Lena is kind to lazy people.', 'Lena is lazy.', ['Lena']],
  ['Tariq is firm with demanding clients.', 'Tariq is demanding.', ['Tariq']],
  ['Sam lets angry patients walk all over him.', 'Sam is angry.', ['Sam']],
  ['Ines is rude about nervous trainees.', 'Ines is nervous.', ['Ines']],
  ['Oscar has difficult neighbours.', 'Oscar is difficult.', ['Oscar']],
  ['Mia is too soft on slackers.', 'Mia is a slacker.', ['Mia']],
  ['Nadia is patient with whingers.', 'Nadia is a whinger.', ['Nadia']],
  ['Ed is kind to troublemakers.', 'Ed is a troublemaker.', ['Ed']],
  // A circumstance with a subject of its own: what that subject does is not said of the statement's subject.
  ['Ben caves whenever a customer complains.', 'Ben complains.', ['Ben']],
  ['Kim panics the moment a patient gets angry.', 'Kim gets angry.', ['Kim']],
  ['Raj goes quiet as soon as a director disagrees.', 'Raj disagrees with the director.', ['Raj']],
  ['Lou takes over every time a junior struggles.', 'Lou struggles.', ['Lou']],
  ['The coach backs me.', 'The coach hangs me out to dry.', []],
];

describe('object modifiers and behavioural opposites', () => {
  it.each([
    // Measured 45/57 (and 4 opposites merged) before round eleven, 55/57 after; 51/57 since gate A (session 9,
    // branch gatea9: paraphrases that share no predicate the engine knows are offered, not grouped).
    ['first', sets, 57, 0.89],
    // Measured 26/40 with the first batch's rules, 36/40 after the second batch's phrases, 33/40 since statements
    // that differ by one word each are decided by those words (session 5): "mean" / "stingy" and "holds firm" /
    // "is firm but fair" are not synonyms WordNet knows.
    ['second', sets2, 40, 0.8],
  ] as const)(
    'groups most paraphrases of each pole and never its other pole (%s batch)',
    (_, batch, count, floor) => {
      let together = 0;
      let pairs = 0;
      for (const [people, paras, opposite] of batch) {
        const texts = [...paras, opposite];
        const at = groupOf(texts, people);
        for (let i = 1; i <= paras.length; i++) {
          expect(at.get(i), `${paras[i - 1]} / ${opposite}`).not.toBe(at.get(texts.length));
          for (let j = i + 1; j <= paras.length; j++) {
            pairs++;
            if (at.get(i) === at.get(j)) together++;
          }
        }
      }
      expect(pairs).toBe(count);
      expect(together / pairs).toBeGreaterThanOrEqual(floor);
    },
  );
  it.each(poles)('points out "%s" and "%s" as opposites', (a, b, people) => {
    const { groups, opposites } = groupStatements(
      [a, b].map((text, i) => ({ id: i + 1, entryId: i + 1, text, people })),
    );
    expect(groups).toHaveLength(2);
    expect(opposites).toEqual([[0, 1]]);
  });
  it.each(apart)('keeps "%s" apart from "%s"', (a, b, people) => {
    const at = groupOf([a, b], people);
    expect(at.get(1)).not.toBe(at.get(2));
  });
});
