import { describe, expect, it } from 'vitest';
import { together } from '../helpers/grouping-probes.js';

// Session 8 (recall16): two general families, written for this test in settings of their own (a print shop, a
// dental practice, a kitchen, a school): a customer taking its work away (lexicon.ts) and the frames that say whose
// view a statement is ("To Ines I'm …", "in her eyes", "as far as she is concerned", "has me down as", "brands me …";
// seen.ts).
describe('recall16 families group paraphrases', () => {
  it.each([
    // A customer taking its work away.
    ['Bogdan will drop us as his printer.', 'Bogdan is going to find someone cheaper.', ['Bogdan']],
    [
      'If I raise my prices, Bogdan will find someone cheaper.',
      'Raising my prices will get me dropped.',
      ['Bogdan'],
    ],
    [
      "If I miss one deadline, Carys won't call me again.",
      'Missing a deadline means Carys will stop using me.',
      ['Carys'],
    ],
    // Whose view: a holder put first.
    ['Ines sees me as lazy.', 'To Ines, I am lazy.', ['Ines']],
    ['Ines thinks I am lazy.', "In Ines's eyes I'm lazy.", ['Ines']],
    ['Ines sees me as lazy.', "As far as Ines is concerned, I'm lazy.", ['Ines']],
    ['Ines thinks I am lazy.', "According to Ines I'm lazy.", ['Ines']],
    // Whose view: a label kept or put on.
    ['Ines sees me as lazy.', 'Ines has me down as lazy.', ['Ines']],
    ['Ines thinks I am lazy.', 'Ines has me pegged as lazy.', ['Ines']],
    ['Ines has me down as lazy.', 'Ines has branded me lazy.', ['Ines']],
    ['Ines has me marked down as lazy.', 'To Ines I am lazy.', ['Ines']],
    // A preference denied: "would rather not" is "doesn't want".
    [
      'Oona gives me the rotas she does not want to write.',
      'Oona gives me the rotas she would rather not write.',
      ['Oona'],
    ],
    ["Tomasz doesn't want to run the stocktake.", 'Tomasz would sooner not run the stocktake.', ['Tomasz']],
    // A "without" phrase put first says what is lacking, not that the main clause is denied.
    ["Without proper training I'm out of my depth at the till.", "I'm out of my depth at the till.", []],
    [
      'Without a second chef we will never cope with the Friday rush.',
      'We will never cope with the Friday rush.',
      [],
    ],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('recall16 families keep opposites, reversed directions and other things apart', () => {
  it.each([
    // Opposite: the customer stays.
    ['Bogdan will drop us as his printer.', 'Bogdan will keep using us.', ['Bogdan']],
    ['Carys will stop using me.', 'Carys will call me again next month.', ['Carys']],
    ['Bogdan is going to find someone cheaper.', 'Bogdan will stick with us whatever we charge.', ['Bogdan']],
    // Opposite: the view denied or turned round.
    ['To Ines, I am lazy.', 'Ines sees me as hard-working.', ['Ines']],
    ['Ines has me down as lazy.', 'To Ines I am not lazy.', ['Ines']],
    ["In Ines's eyes I'm lazy.", 'Ines thinks I work hard.', ['Ines']],
    // Direction: whose view of whom.
    ['To Ines, I am lazy.', 'To me, Ines is lazy.', ['Ines']],
    ['Ines has me down as lazy.', 'I have Ines down as lazy.', ['Ines']],
    ["As far as Ines is concerned, I'm lazy.", "As far as I'm concerned, Ines is lazy.", ['Ines']],
    // Opposite: a preference and its denial.
    ['Oona would rather write the rotas herself.', 'Oona would rather not write the rotas.', ['Oona']],
    [
      'Tomasz would prefer to run the stocktake.',
      'Tomasz would prefer not to run the stocktake.',
      ['Tomasz'],
    ],
    // Opposite: the act set aside by "would sooner … than" done; the preference turned round.
    ['Gil would sooner struggle on alone than ask me for help.', 'Gil will ask me for help.', ['Gil']],
    ['Mum would rather stay in her flat than move in with us.', 'Mum wants to move in with us.', ['Mum']],
    [
      'Gil would rather ask me for help than struggle on alone.',
      'Gil would rather struggle on alone than ask me for help.',
      ['Gil'],
    ],
    // Opposite: a wish denied against the deed done ("doesn't want to ask" is no "will ask").
    ["Gil doesn't want to ask me for help.", 'Gil will ask me for help.', ['Gil']],
    [
      'Rosa is reluctant to take the blame for the delay.',
      'Rosa will take the blame for the delay.',
      ['Rosa'],
    ],
    // Opposite: the main clause denied, with or without the phrase.
    ["Without proper training I'm out of my depth at the till.", "I'm not out of my depth at the till.", []],
    [
      'Without a second chef we will never cope with the Friday rush.',
      'We will cope with the Friday rush.',
      [],
    ],
    // Different: a place, not a view; putting a name on a list.
    ['To Ines I am lazy.', 'I went to Ines yesterday.', ['Ines']],
    ['Ines has me down as lazy.', 'Ines has me down for the late shift.', ['Ines']],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
});
