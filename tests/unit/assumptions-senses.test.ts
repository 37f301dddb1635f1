import { describe, expect, it } from 'vitest';
import { analyseAll } from '../../src/domain/assumptions/index.js';

// One-word phrases of the tables that are common words with another sense (senses.ts): the table's sense still
// yields the concept, the other sense no longer does. Sentences written for this test, not taken from the corpus.
function concepts(text: string, people: string[] = []): Set<string> {
  const [s] = analyseAll([{ id: 1, entryId: 1, text, people }]);
  return new Set([...s!.preds.keys(), ...s!.topics]);
}

describe('ambiguous lexicon words: the table sense only', () => {
  it.each([
    // [concept, the table's sense, another everyday sense]
    ['c:speak-up', 'I never raise it with my manager.', 'I was hoping for a raise this year.'],
    ['c:speak-up', 'Nobody will flag the risk to the client.', 'His silence is a red flag.'],
    [
      'c:speak-up',
      'I should voice my doubts in the planning meeting.',
      'Her voice carries across the whole office.',
    ],
    ['c:speak-up', 'I would object to the new rota.', 'The object of the exercise is to save money.'],
    ['c:sabotage', 'Gemma will knife me at the board meeting.', 'My knife skills are better than theirs.'],
    ['c:sabotage', 'Victor blocks every proposal I make.', 'The new block of flats is behind schedule.'],
    ['c:value', 'Dmitri rates the new starters.', 'The day rate went up in April.'],
    ['c:value', 'Anita never notices the extra hours.', 'I handed in my notice on Friday.'],
    ['c:pick-on', 'Colin targets me in every review.', 'The sales targets are unrealistic this quarter.'],
    ['c:micro', 'Wendy audits my expenses every month.', 'The audit is next week and nobody is ready.'],
    ['c:micro', 'Ravi monitors my emails.', 'The monitor on my desk keeps flickering.'],
    [
      'c:cover',
      'Lorna always defends him when he misses a deadline.',
      'I have to defend myself in the meeting.',
    ],
    ['c:cover', 'The director hides his mistakes from the board.', 'I hide in the stockroom at lunch.'],
    ['c:angry', 'Mum was hurt that I forgot her birthday.', 'I hurt my back lifting the boxes.'],
    ['c:angry', 'Nigel gets so cross when I am late.', 'We need a cross-check of the figures.'],
    ['c:angry', 'Dad is mad at me for missing dinner.', 'We had a mad rush before the show.'],
    ['c:judgment', 'It is my decision how the budget is spent.', 'Please phone me back tomorrow.'],
    ['c:deadline', 'The dates keep moving on the refurbishment.', 'I keep my notes up to date.'],
    ['c:class', 'The kids in Year 9 never settle after lunch.', 'My kids barely see me on weekdays.'],
    ['c:input', 'Sunita always takes my point seriously.', 'At this point I just want the week to end.'],
    ['c:grade', 'Their marks dropped after the mocks.', 'They mark the scripts over the weekend.'],
    ['c:grade', 'The exam results were the best in years.', 'As a result the team is exhausted.'],
    ['c:staffing', 'Staffing is too thin on the night shift.', 'The staff at the new site are brilliant.'],
    [
      'c:estimate',
      'Sizing the work always takes me longer than it should.',
      'The size of the garden scares me.',
    ],
    ['c:estimate', 'The numbers for the bid are too optimistic.', 'A number of parents complained.'],
    [
      'c:ready',
      'Priya lacks experience with big clients.',
      'In my experience the board never reads the papers.',
    ],
    ['c:exploit', 'The supplier is a con.', 'We listed the pros and cons.'],
    ['c:work', 'My load doubled after the merger.', 'That meeting was a load of nonsense.'],
    [
      'c:difficult',
      'Everyone says I am so negative in meetings.',
      'We had negative feedback from one parent.',
    ],
    ['c:obligation', 'I must answer every email the same day.', 'Lukas must think I am hopeless.'],
    ['c:quit', 'Tamsin is interviewing at a rival agency.', 'I am interviewing the candidates on Monday.'],
    ['c:ready', 'Olu is management material.', 'The training material is out of date.'],
    ['c:late', 'The refurbishment keeps dragging on.', 'I had to drag the bins out in the rain.'],
    ['c:career', 'My annual review is on Thursday.', 'We have a code review every morning.'],
    ['c:exploit', 'The landlord skims off the top of the deposit.', 'I only skim the minutes.'],
    ['c:care', 'Marta tends to the patients on her own.', 'I tend to overthink every email.'],
    ['c:know', 'My brother just does not get it.', "I'll get it done by Friday."],
    ['c:quit', 'Bilal wants to move to another firm.', 'The move to the new booking system was painful.'],
    ['c:invest', 'Femi is all in on the new venue.', 'All in all the week went well.'],
    ['c:fair', 'Hilary favours the younger players.', 'Can you do me a favour on Friday?'],
    ['c:lead', 'Lena will lead the new project.', 'The cuts will lead to longer waits.'],
    ['c:late', 'The delivery is late again.', 'My late husband built this shed.'],
    ['c:honest', 'My brother lies to me about money.', 'The problem lies in the handover.'],
    ['c:effort', 'Kemal is coasting on the project.', 'We drove down to the coast on Sunday.'],
    ['c:class', 'My lessons on Friday are chaos.', 'That was a hard lesson about lending money.'],
    ['c:invest', 'Ada is really engaged with the new clients.', 'My sister got engaged last week.'],
    ['c:include', 'Rhys never involves me in the planning.', 'The job involves long hours.'],
    ['c:heed', 'Joanna never hears me out.', 'I hear that the site is closing.'],
    ['c:respect', 'Ollie mocks my accent.', 'The mock exams start on Monday.'],
    ['c:blame', 'I caused the outage on Friday.', 'The bruise is a cause for concern.'],
    ['c:difficult', 'Everyone thinks Zoe is demanding.', 'It is a demanding job with long hours.'],
    ['c:overload', 'We are slammed this week.', 'He slammed the door on his way out.'],
    ['c:mistake', 'Missing the invoice was an oversight.', 'She has oversight of the whole budget.'],
    ['c:work', 'My work is never noticed.', 'The new booking system does not work.'],
    ['c:grade', 'The test scores dropped this term.', 'My son scored twice on Saturday.'],
    ['c:value', 'Carys really values me.', 'The deal is good value for money.'],
    ['c:ready', 'I am prepared for the promotion panel.', 'I prepared the slides for Monday.'],
    ['c:speak-up', 'I will challenge the decision.', 'The new rota is a challenge for everyone.'],
    ['c:want', 'I hope Nadia stays on.', 'There is no hope of finishing by Friday.'],
    ['c:afraid', 'I feel comfortable saying no to Idris.', 'We bought a comfortable sofa.'],
    ['c:angry', 'Mum is upset with me.', 'I had an upset stomach all weekend.'],
    ['c:difficult', 'Priya is a difficult client.', 'It was a difficult week.'],
    ['c:lose-business', 'The council will extend the contract.', 'My extended family all came.'],
  ])('%s: "%s", not "%s"', (concept, right, other) => {
    expect(
      concepts(right, [
        'Gemma',
        'Victor',
        'Dmitri',
        'Anita',
        'Colin',
        'Wendy',
        'Ravi',
        'Lorna',
        'Nigel',
        'Sunita',
        'Priya',
      ]),
    ).toContain(concept);
    expect(concepts(other)).not.toContain(concept);
  });

  it('no longer reads words dropped from the tables as the concept', () => {
    // "room" (class), "progress" (grade): their everyday senses are far commoner than the classroom ones.
    expect(concepts('There is no room for error on this job.')).not.toContain('c:class');
    expect(concepts('We made real progress on the bid this week.')).not.toContain('c:grade');
  });

  it('reads a pay raise as money and asking for one as speaking up', () => {
    expect(concepts('I got a raise in March.')).toContain('c:money');
    expect(concepts('I am scared to ask for a raise.')).toContain('c:speak-up');
  });

  it('reads "defends me" as support, not as covering for someone', () => {
    const c = concepts('Tomasz defends me when the client shouts.', ['Tomasz']);
    expect(c).toContain('c:support');
    expect(c).not.toContain('c:cover');
  });

  it('reads a first name with its capital inside a sentence as a name, not a word', () => {
    // "Grace" is a name; "grace" is not in the tables, but "Will", "Mark" and "Frank" are words too.
    expect(concepts('I told Mark the exam results.')).toContain('c:grade');
    expect(concepts('The parents asked Mark about it.')).not.toContain('c:grade');
  });
});
