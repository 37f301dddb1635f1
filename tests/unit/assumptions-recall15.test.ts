import { describe, expect, it } from 'vitest';
import { together } from '../helpers/grouping-probes.js';

// Session 7 (recall15): four general constructions of the theme table (themes.ts, "branch recall15"): going to a
// third party about the writer, a place being closed, leaving a course as leaving a job, the blame landing on the
// writer. Written for this test, in settings of their own (a warehouse, a library, a clinic, an apprentice).
describe('recall15 constructions group paraphrases', () => {
  it.each([
    // Complaining about me to a third party.
    [
      'Dimitri complains about me to the shift lead.',
      'Dimitri keeps going to Hannah about me.',
      ['Dimitri', 'Hannah'],
    ],
    [
      'Sunita went to the area manager behind my back.',
      'Sunita complains about me to the area manager.',
      ['Sunita'],
    ],
    [
      'Oskar runs to Marion about me whenever I am late.',
      'Oskar moans about me to Marion.',
      ['Oskar', 'Marion'],
    ],
    // Taking things to someone else instead of to me is going over my head.
    [
      'Nadia takes her complaints to Brendan instead of to me.',
      'Nadia goes over my head to Brendan.',
      ['Nadia', 'Brendan'],
    ],
    // A place or service closed.
    ['The trust is looking for an excuse to close the ward.', 'The trust will close us down next year.', []],
    [
      'The borough is looking for an excuse to shut the library.',
      'The borough will close us down in the spring.',
      [],
    ],
    ['The clinic will be shut down after the review.', 'The clinic faces closure after the review.', []],
    ['The trust will shut the day centre next spring.', 'The trust will close us down next spring.', []],
    ["The gym won't survive the cuts.", 'The gym will be shut down in the cuts.', []],
    // Leaving a course.
    [
      'Tariq is going to drop out of his apprenticeship.',
      'Tariq will quit his course before the exams.',
      ['Tariq'],
    ],
    ['Mia will be out of university by Christmas.', 'Mia is slipping and will quit her course.', ['Mia']],
    // The blame lands on me.
    ["If the stocktake is wrong, it'll be on me.", 'I will be blamed if the stocktake is wrong.', []],
    ['Every delay at the depot will land on my desk.', 'I will be blamed for every delay at the depot.', []],
    // Cast in a part by what I do; the same act (refusing) told in other words brings it on.
    [
      'Saying no to the parents will make me the difficult one.',
      'If I refuse the parents, I will be seen as difficult.',
      [],
    ],
    [
      'Every time I turn down a shift, I become the awkward one.',
      'If I tell the rota manager no, I will be labelled awkward.',
      [],
    ],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('recall15 constructions keep opposites, reversed directions and other things apart', () => {
  it.each([
    // Direction: I go to the third party about them.
    [
      'Dimitri complains about me to Hannah.',
      'I have been going to Hannah about Dimitri.',
      ['Dimitri', 'Hannah'],
    ],
    ['Oskar goes to Marion about me.', 'I complain to Marion about Oskar.', ['Oskar', 'Marion']],
    [
      'Nadia goes over my head to Brendan.',
      'I take my complaints to Brendan instead of to Nadia.',
      ['Nadia', 'Brendan'],
    ],
    // Opposite: the place stays open.
    ['The clinic will be shut down after the review.', 'The clinic will stay open after the review.', []],
    ['The library is earmarked for closure.', 'The library will survive the cuts.', []],
    ['The gym will be shut down in the cuts.', 'The gym will survive the cuts.', []],
    // Different: near the centre is not closing it.
    ['The council will shut the youth centre.', 'I live close to the youth centre.', []],
    // Opposite: finishing the course.
    ['Tariq is going to drop out of his course.', 'Tariq will finish his course this time.', ['Tariq']],
    ['Mia will be out of college by Christmas.', 'Mia is going to stick with her course.', ['Mia']],
    // Different: blame on someone else, or credit on me.
    ['If the audit goes badly it will be on me.', 'If the audit goes badly Leon will be blamed.', ['Leon']],
    [
      'Every delay at the depot will land on my desk.',
      'I will get the credit for every delivery on time.',
      [],
    ],
    // Different acts bring it on: refusing is not asking for help.
    [
      'If I turn down the extra shifts, I will be seen as lazy.',
      'If I ask for help with the rota, I will be seen as lazy.',
      [],
    ],
    // Someone else cast in the part, or a person's own deed.
    [
      'Every time I refuse a shift, I become the awkward one.',
      'Every time Jo refuses a shift, she becomes the awkward one.',
      ['Jo'],
    ],
    [
      'Saying no to the parents will make me the difficult one.',
      'Saying no to the parents will make Kim the difficult one.',
      ['Kim'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });
});
