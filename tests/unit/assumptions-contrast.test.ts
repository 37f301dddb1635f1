import { describe, expect, it } from 'vitest';
import { splitContrast } from '../../src/domain/assumptions/contrast.js';
import { together } from '../helpers/grouping-probes.js';

// Branch `contrast` (session 7): a contrast inside one statement, and events against their undoing. Probes of my
// own, in settings of their own (none from the corpus or the trap sets): opposites that must stay apart and
// paraphrases that must stay together, so the split does not simply tear every such statement away from the rest.
const words = (text: string) =>
  (text.match(/[\w']+|[.,;!?]/g) ?? []).map((w) => ({ lower: w.toLowerCase(), punct: /^[.,;!?]$/.test(w) }));
const said = (ts: readonly { lower: string }[]) => ts.map((t) => t.lower).join(' ');

describe('splitContrast: what a statement keeps and what it demotes, in one frame (contrast.ts)', () => {
  it.each([
    [
      'Hilde only cares about the sales targets, not about the staff on the tills.',
      'hilde only cares about the sales targets .',
      'hilde cares about the staff on the tills .',
    ],
    [
      'Priya cares more about the budget than the patients.',
      'priya cares about the budget .',
      'priya cares about the patients .',
    ],
    [
      'Fenna defends the sponsors instead of the players.',
      'fenna defends the sponsors .',
      'fenna defends the players .',
    ],
    [
      'The parish council puts the visitors before the villagers.',
      'the parish council puts the visitors .',
      'the parish council puts the villagers .',
    ],
    [
      'Ola cares less about the drivers than about the figures.',
      'ola cares about the figures .',
      'ola cares about the drivers .',
    ],
  ])('%s', (text, kept, demoted) => {
    const split = splitContrast(words(text));
    expect(split && { kept: said(split.kept), demoted: said(split.demoted) }).toEqual({ kept, demoted });
  });

  it.each([
    // A reason, a manner, an act, a preference: nothing set against a thing.
    'Gus will sign the lease, not because he trusts me but because he has to.',
    'Sophie keeps her doubts to herself rather than question me.',
    'Mo would rather walk than take the bus.',
    'Dev took over the stall before the summer.',
    'Zara wants more time than the others.',
  ])('%s: none', (text) => {
    expect(splitContrast(words(text))).toBeNull();
  });
});

describe('a contrast inside one statement: its denial of the demoted thing (contrast.ts, similarity.ts contrasted)', () => {
  it.each([
    [
      'Hilde only cares about the sales targets, not about the staff on the tills.',
      'Hilde really cares about how her staff are doing.',
      ['Hilde'],
    ],
    [
      'Priya cares more about the budget than about the patients.',
      'Priya cares deeply about her patients.',
      ['Priya'],
    ],
    [
      'Priya cares more about the budget than the patients.',
      'Priya genuinely cares about the patients on her ward.',
      ['Priya'],
    ],
    [
      "Fenna defends the club's sponsors instead of the players.",
      'Fenna always defends the players.',
      ['Fenna'],
    ],
    [
      'Tomasz listens to the consultants, not to the nurses on the ward.',
      'Tomasz listens to the nurses on the ward.',
      ['Tomasz'],
    ],
    ['Ella wants the report by Friday, not Monday.', 'Ella wants the report by Monday.', ['Ella']],
    // A group set aside is a thing like any other (found by hand, session 7: "the customers" is a role word of the
    // lexicon, and was read as one person set aside).
    [
      'Dean only cares about the margin, not about the customers.',
      'Dean genuinely cares how the customers feel.',
      ['Dean'],
    ],
    [
      'Marisol only cares about the ratings, not the clients.',
      'Marisol genuinely cares about the clients.',
      ['Marisol'],
    ],
    // The one who does it, said as a noun: "the people driving the vans" are the drivers.
    [
      'Ruud only cares about the delivery times, not the people driving the vans.',
      'Ruud genuinely cares how the drivers are getting on.',
      ['Ruud'],
    ],
    // Said of one thing only, and the same predicate of something else (similarity.ts, onlyThat).
    [
      'All Ruud cares about is the delivery times.',
      'Ruud genuinely cares how the drivers are getting on.',
      ['Ruud'],
    ],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    ['Ruud only cares about the delivery times.', 'All Ruud cares about is the delivery times.', ['Ruud']],
    // The denial said on its own, or what is kept said on its own, is the same assumption.
    [
      'Hilde only cares about the sales targets, not about the staff on the tills.',
      "Hilde doesn't care about the staff on the tills.",
      ['Hilde'],
    ],
    [
      'Hilde only cares about the sales targets, not about the staff on the tills.',
      'Hilde only cares about the sales targets.',
      ['Hilde'],
    ],
    [
      'Tomasz listens to the consultants, not to the nurses on the ward.',
      'Tomasz never listens to the nurses on the ward.',
      ['Tomasz'],
    ],
    ['Ella wants the report by Friday, not Monday.', 'Ella wants the report by Friday.', ['Ella']],
    ['Ola cares more about the figures than the drivers.', "Ola doesn't care about the drivers.", ['Ola']],
    // "care how …" is caring, as "care about …" is (lexicon.ts).
    [
      'Ruud only cares about the delivery times, not the people driving the vans.',
      "Ruud doesn't care how tired the drivers are.",
      ['Ruud'],
    ],
    ["Ruud doesn't care how the drivers feel.", "Ruud doesn't care about the drivers.", ['Ruud']],
    // Two contrasts in other words.
    [
      'Priya cares more about the budget than about the patients.',
      'Priya cares more about the budget than the patients.',
      ['Priya'],
    ],
    [
      'Fenna defends the sponsors instead of the players.',
      'Fenna defends the sponsors rather than the players.',
      ['Fenna'],
    ],
    // A person set aside is read as before (normalize.ts, contrasts).
    ['Sophie will side with him, not me.', "Sophie won't back me.", ['Sophie']],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('events against their undoing, as a family (similarity.ts VERB_ANTONYMS, removalClash, mainsJudgedApart)', () => {
  it.each([
    // Good news against bad news in the main clauses, the condition alike.
    [
      'Rosa stood up for me when the client complained.',
      'When the client complained, Rosa piled in on me too.',
      ['Rosa'],
    ],
    [
      'Rosa backed me when the auditors arrived.',
      'When the auditors arrived, she joined in attacking me.',
      ['Rosa'],
    ],
    // Adding or giving against taking away.
    ['Ivo gave me the keys to the van.', 'Ivo took the keys to the van away from me.', ['Ivo']],
    ['Ines put me on the volunteer rota.', 'I have been taken off the volunteer rota by Ines.', ['Ines']],
    [
      'Noor gave me more responsibility at the shop.',
      'Noor took responsibility at the shop away from me.',
      ['Noor'],
    ],
    // Irregular forms and hand-paired verbs.
    ['Noor gained the trust of the new tenants.', 'Noor lost the trust of the new tenants.', ['Noor']],
    [
      'Noor will lend us the trailer for the move.',
      'Noor will refuse us the trailer for the move.',
      ['Noor'],
    ],
    ['The board will raise the hourly rate.', 'The board will cut the hourly rate.', ['Noor']],
    [
      'The council will open the library on Sundays.',
      'The council will close the library on Sundays.',
      ['Noor'],
    ],
    ['Tariq included me in the planning meeting.', 'Tariq left me out of the planning meeting.', ['Tariq']],
    ['Bea thanked me for covering the shift.', 'Bea never thanked me for covering the shift.', ['Bea']],
    [
      'Ivo is going to promote Lena next spring.',
      'Ivo is going to demote Lena next spring.',
      ['Ivo', 'Lena'],
    ],
    ['Our team will win the tender.', 'Our team will lose the tender.', ['Ivo']],
    ['The panel will accept my proposal.', 'The panel will reject my proposal.', ['Ivo']],
  ])('%s / %s: apart', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    [
      'Rosa stood up for me when the client complained.',
      'Rosa defended me when the client complained.',
      ['Rosa'],
    ],
    ['Noor stood by me at the tribunal.', 'Noor backed me at the tribunal.', ['Noor']],
    [
      'Noor left the neighbours out of the barbecue.',
      "Noor didn't invite the neighbours to the barbecue.",
      ['Noor'],
    ],
    ['Bea never thanks the volunteers.', 'The volunteers never get a word of thanks from Bea.', ['Bea']],
    // "joined in" is taking part, "will join" still being hired.
    ['Ana will join us in January.', 'Ana is going to be hired in January.', ['Ana']],
  ])('%s / %s: together', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});
