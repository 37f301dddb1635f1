// Seventh held-out set: written at the start of the seventh round, before any change to the engine and without
// running the engine on it; scored once at the end of the round, never tuned on.
// Two fictional journal keepers writing after work conversations: an account director at a branding agency
// (her creative director Sophie, clients Daniel at a bank and Marcus at a start-up, her junior Nadia, the
// strategy lead Hugo) and a finance manager at a furniture maker (her CFO Helen, the sales director Rahul,
// the plant manager Femi, her reports Claire and Ted).
// Pronouns refer to the one person of that gender in the entry's people.
// Traps: opposites (has my back / throws me under the bus; relies on / has no confidence in; ready / not senior
// enough; careless / careful; "doesn't check properly" / "checks properly"; nobody listens / takes seriously),
// direction (Hugo takes credit for my ideas / I take credit for Hugo's; Helen doesn't trust my forecasts / I don't
// trust Helen's; Femi blames us / I blame Femi), pronoun vs name, and paraphrases in everyday words with little
// overlap ("ripping the bank off" ~ "our fees are too high"; "one foot out the door" ~ "looking for another job").

export const groups = {
  // account director at a branding agency
  h7a1: ['paraphrase', "Sophie doesn't back me up in front of clients"],
  'h7a1-not': ['opposite', 'Sophie has my back with clients'],
  h7a2: ['paraphrase', 'Daniel thinks the agency overcharges the bank'],
  h7a3: ['paraphrase', 'Nadia is not ready to run a client on her own'],
  'h7a3-not': ['opposite', 'Nadia is capable of running the account'],
  h7a4: ['paraphrase', 'Hugo takes credit for my ideas'],
  'h7a4-rev': ['direction', "I take credit for Hugo's ideas"],
  h7a5: ['paraphrase', 'Marcus is going to move the account to another agency'],
  'h7a5-not': ['opposite', 'Marcus wants to keep working with us'],
  h7a6: ['paraphrase', "Pushing back on Daniel's extra requests will make me look difficult"],
  h7a7: ['paraphrase', 'Sophie micromanages my accounts'],
  h7a8: ['paraphrase', 'Nadia is afraid to speak up'],
  'h7a8-not': ['opposite', 'Nadia is comfortable challenging me'],
  h7a9: ['paraphrase', 'I have too much on'],
  'h7a9-not': ['opposite', 'My workload is manageable'],
  // finance manager at a furniture maker
  h7b1: ['paraphrase', 'Rahul sees finance as an obstacle to sales'],
  'h7b1-not': ['opposite', 'Rahul values what finance does for sales'],
  h7b2: ['paraphrase', "Helen doesn't trust my forecasts"],
  'h7b2-not': ['opposite', 'Helen relies on my forecasts'],
  'h7b2-rev': ['direction', "I don't trust Helen's forecasts"],
  h7b3: ['paraphrase', 'Claire is about to leave'],
  'h7b3-not': ['opposite', 'Claire wants to stay'],
  h7b4: ['paraphrase', 'Ted is careless with the month-end work'],
  'h7b4-not': ['opposite', 'Ted is careful with the reconciliations'],
  h7b5: ['paraphrase', 'Femi blames finance for the overrun'],
  'h7b5-rev': ['direction', 'I blame Femi for the overrun'],
  h7b6: ['paraphrase', 'Helen will take away the open role in my team'],
  h7b7: ['paraphrase', 'Nobody in leadership listens to finance'],
  'h7b7-not': ['opposite', 'Leadership takes finance seriously'],
  h7b8: ['paraphrase', "I'm not ready to be finance director"],
  'h7b8-not': ['opposite', "I'm ready to be finance director"],
};

export const entries = [
  // ---------------------------------------------------------------- account director
  {
    date: '2027-02-23T18:30:00',
    set: 'L',
    title: 'Quarterly review with the bank',
    people: ['Daniel', 'Sophie'],
    tags: ['client'],
    situation: 'Quarterly review with Daniel; Sophie joined for the second half.',
    lines: [
      ['Daniel: I need to understand what the retainer actually buys us.', 'Here it comes.'],
      ['Sophie: Let us take that away and come back to you.', 'Us? You mean me.'],
    ],
    assumptions: [
      ['Daniel thinks our fees are too high for what he gets.', 'h7a2'],
      ["Sophie won't stand up for me if Daniel pushes back on the timeline.", 'h7a1'],
    ],
  },
  {
    date: '2027-02-25T17:45:00',
    set: 'D',
    title: "Nadia's first solo client call",
    people: ['Nadia'],
    tags: ['team'],
    situation: 'Nadia ran the weekly call with the bank for the first time, I listened in.',
    lines:
      'She read from her notes for most of it. When Daniel asked about the print dates she said she would check. She did not mention the budget risk we had agreed to raise.',
    assumptions: [
      ["Nadia isn't ready to handle a client on her own.", 'h7a3'],
      ["She keeps quiet in meetings because she's scared of saying the wrong thing.", 'h7a8'],
    ],
  },
  {
    date: '2027-02-26T16:10:00',
    set: 'L',
    title: 'Strategy sync with Hugo',
    people: ['Hugo'],
    tags: ['peers'],
    situation: 'Hugo walked the leadership group through the rebrand thinking.',
    lines: [
      ['Hugo: So the idea we landed on is the open door.', 'We? That was my sketch from January.'],
      ['Me: Nice to see it come together.', 'Say something. No, leave it.'],
    ],
    assumptions: [
      ['Hugo presented my concept for the rebrand as his own.', 'h7a4'],
      ["The strategy team's budget will be cut next year.", 'uh7a1'],
    ],
  },
  {
    date: '2027-03-01T19:00:00',
    set: 'L',
    title: "Marcus's call about the launch",
    people: ['Marcus'],
    tags: ['client'],
    situation: 'Marcus called late, unhappy about the launch assets.',
    lines: [
      ['Marcus: I had a chat with another studio last week, just to compare.', 'Why tell me that?'],
      ['Me: Happy to walk you through where we are.', 'Keep it calm.'],
    ],
    assumptions: [
      ['Marcus is about to move his business to another agency.', 'h7a5'],
      ['The launch date will slip because of his developers.', 'uh7a2'],
    ],
  },
  {
    date: '2027-03-03T12:20:00',
    set: 'D',
    title: 'Status meeting with Sophie',
    people: ['Sophie'],
    tags: ['manager'],
    situation: 'Weekly status with Sophie, my creative director.',
    lines:
      'She had printed two of my client emails and marked them up. She asked to be copied on everything to the bank from now on. I have five accounts running and a new pitch.',
    assumptions: [
      ['Sophie checks every email I send to clients.', 'h7a7'],
      ["I'm stretched too thin across five accounts.", 'h7a9'],
    ],
  },
  {
    date: '2027-03-05T17:30:00',
    set: 'L',
    title: 'Scope creep on the bank campaign',
    people: ['Daniel'],
    tags: ['client'],
    situation: 'Daniel asked for three more formats "while we are at it".',
    lines: [
      ['Daniel: These should be quick for you, right?', 'Nothing is quick for you.'],
      ['Me: Let me check with the studio.', 'I should have said it is out of scope.'],
    ],
    assumptions: [
      ["If I push back on Daniel's extra requests, I'll come across as unhelpful.", 'h7a6'],
      ["He believes we're ripping the bank off.", 'h7a2'],
    ],
  },
  {
    date: '2027-03-08T18:00:00',
    set: 'L',
    title: 'Pitch prep with Nadia',
    people: ['Nadia'],
    tags: ['team'],
    situation: 'Nadia and I prepared the pitch for the insurance company.',
    lines: [
      ['Nadia: I think the second route is weaker, honestly.', 'She is right.'],
      ['Me: Would you like to present it on Thursday?', 'Too early?'],
    ],
    assumptions: [
      ['Nadia would be out of her depth leading the pitch.', 'h7a3'],
      ['Nadia is comfortable challenging me when she disagrees.', 'h7a8-not'],
    ],
  },
  {
    date: '2027-03-10T15:40:00',
    set: 'D',
    title: 'Hugo at the all-hands',
    people: ['Hugo', 'Sophie'],
    tags: ['peers'],
    situation: 'All-hands where Hugo presented the new positioning for the agency.',
    lines:
      'Hugo showed the three principles from my workshop notes. He did not mention the workshop. Sophie thanked him for the thinking.',
    assumptions: [
      ['Hugo passes off my thinking as his own.', 'h7a4'],
      ['Sophie sees Hugo as the stronger strategist.', 'uh7a3'],
    ],
  },
  {
    date: '2027-03-12T11:15:00',
    set: 'L',
    title: 'Weekly one-to-one with Sophie',
    people: ['Sophie'],
    tags: ['manager'],
    situation: 'One-to-one with Sophie about the bank account and my workload.',
    lines: [
      ['Sophie: Run the media split past me before it goes out.', 'It is my account.'],
      ['Sophie: And if Daniel grumbles again, send him to me.', 'That was kind.'],
    ],
    assumptions: [
      ["She doesn't let me make decisions on my own accounts.", 'h7a7'],
      ['Sophie has my back when clients complain.', 'h7a1-not'],
      ["I can't keep up with everything on my plate.", 'h7a9'],
    ],
  },
  {
    date: '2027-03-16T18:50:00',
    set: 'L',
    title: 'Marcus skipped the steering meeting',
    people: ['Marcus'],
    tags: ['client'],
    situation: 'Marcus did not turn up to the steering meeting and sent his assistant.',
    lines: [
      ['Assistant: Marcus asked me to just take notes.', 'He is checking out.'],
      ['Me: Of course, we will send the summary tonight.', 'Will he even open it?'],
    ],
    assumptions: [
      ["He's going to fire us at the end of the quarter.", 'h7a5'],
      ["Marcus doesn't read the reports we send.", 'uh7a4'],
    ],
  },
  {
    date: '2027-03-18T17:05:00',
    set: 'D',
    title: 'Invoice query from the bank',
    people: ['Daniel'],
    tags: ['client'],
    situation: 'Daniel queried the February invoice line by line.',
    lines:
      'He asked why the studio hours were higher than January. He asked for timesheets. He copied his procurement lead.',
    assumptions: [
      ["Daniel feels he's paying too much for our work.", 'h7a2'],
      ['Turning down the extra banners will make Daniel think I am being awkward.', 'h7a6'],
    ],
  },
  {
    date: '2027-03-22T18:20:00',
    set: 'L',
    title: 'Client call Nadia led',
    people: ['Nadia', 'Daniel'],
    tags: ['team', 'client'],
    situation: 'Nadia led the bank call; Daniel questioned the timeline.',
    lines: [
      ['Daniel: Are we confident on the twelfth?', 'Nadia looked at me.'],
      ['Nadia: I think so, yes.', 'She knew it was at risk. Why not say?'],
    ],
    assumptions: [
      ['Nadia lacks the experience to manage a client by herself.', 'h7a3'],
      ["Nadia doesn't feel safe raising concerns in front of the client.", 'h7a8'],
    ],
  },
  {
    date: '2027-03-24T19:10:00',
    set: 'L',
    title: 'Sophie in the bank meeting',
    people: ['Sophie', 'Daniel'],
    tags: ['manager', 'client'],
    situation: 'Sophie came to the bank meeting about the delayed shoot.',
    lines: [
      ['Daniel: The delay is frankly not acceptable.', 'Here we go.'],
      ['Sophie: The timeline was agreed with your team in January.', 'She said it before I could.'],
    ],
    assumptions: [
      ['If Daniel complains, Sophie will side with him, not me.', 'h7a1'],
      ['Sophie defended my timeline in front of Daniel.', 'h7a1-not'],
    ],
  },
  {
    date: '2027-03-29T09:30:00',
    set: 'D',
    title: 'Capacity planning',
    people: ['Sophie'],
    tags: ['manager'],
    situation: 'Capacity planning for the second quarter.',
    lines:
      'My name is on six lines of the plan. Sophie asked me to review the bank media plan with her before every send. Two of my weekends in March went on the pitch.',
    assumptions: [
      ["I'm drowning in client work.", 'h7a9'],
      ['Sophie double-checks my decisions on the bank account.', 'h7a7'],
    ],
  },
  {
    date: '2027-04-01T17:00:00',
    set: 'L',
    title: "Hugo's feedback on my deck",
    people: ['Hugo', 'Sophie'],
    tags: ['peers'],
    situation: 'Hugo reviewed my deck for the insurance pitch with Sophie in the room.',
    lines: [
      ['Hugo: This is basically the framework I showed last month.', 'It was mine first.'],
      ['Sophie: Good, so we are aligned.', 'Aligned on whose idea?'],
    ],
    assumptions: [
      ['Hugo claims my ideas as his in front of Sophie.', 'h7a4'],
      ["I take credit for Hugo's ideas in client meetings.", 'h7a4-rev'],
    ],
  },
  {
    date: '2027-04-06T18:40:00',
    set: 'L',
    title: 'Marcus renewal conversation',
    people: ['Marcus'],
    tags: ['client'],
    situation: 'First conversation with Marcus about renewing the contract.',
    lines: [
      ['Marcus: Let us see how the next month goes.', 'That is a no.'],
      ['Me: Of course. We will show you the numbers.', 'Stay positive.'],
    ],
    assumptions: [['Marcus will take the work elsewhere.', 'h7a5']],
  },
  {
    date: '2027-04-09T16:30:00',
    set: 'D',
    title: 'Post-launch retro',
    people: ['Marcus', 'Nadia'],
    tags: ['client', 'team'],
    situation: 'Retro after the start-up launch went live.',
    lines:
      'Marcus said the launch was the smoothest they had had. He asked about the summer campaign. Nadia ran the whole retro and handled his questions on cost.',
    assumptions: [
      ['Marcus is happy to keep working with us.', 'h7a5-not'],
      ['Nadia is more than capable of running the account.', 'h7a3-not'],
      ['My workload is manageable this month.', 'h7a9-not'],
    ],
  },
  {
    date: '2027-04-14T18:15:00',
    set: 'L',
    title: 'Sophie reassigning the retail account',
    people: ['Sophie'],
    tags: ['manager'],
    situation: 'Sophie told me she is moving the retail account to Hugo after the client complained.',
    lines: [
      ['Sophie: The client wanted a fresh face.', 'And you agreed without asking me.'],
      ['Sophie: And send me the bank proposal before Daniel sees it.', 'Again.'],
    ],
    assumptions: [
      ['Sophie throws me under the bus when a client is unhappy.', 'h7a1'],
      ["Sophie won't let me sign off a proposal without her.", 'h7a7'],
    ],
  },
  {
    date: '2027-04-20T17:50:00',
    set: 'L',
    title: 'Another revision request',
    people: ['Daniel'],
    tags: ['client'],
    situation: 'Daniel sent a fourth round of changes to the brochure.',
    lines: [
      ['Daniel: Just a few tweaks, nothing major.', 'Forty comments.'],
      ['Me: We can do these by Friday.', 'Why did I say that?'],
    ],
    assumptions: [
      ['Saying no to more changes will make me look difficult to the bank.', 'h7a6'],
      ["Our agency is too expensive for Daniel's budget.", 'h7a2'],
      ['The bank will restructure its marketing team this year.', 'uh7a5'],
    ],
  },
  {
    date: '2027-04-22T15:00:00',
    set: 'D',
    title: 'Team day',
    people: ['Nadia'],
    tags: ['team'],
    situation: 'Team day with the juniors.',
    lines:
      'Nadia said nothing in the morning session. In the break she told me her idea for the bank campaign, and it was good. I spent lunch answering client emails.',
    assumptions: [
      ['Nadia is afraid to speak up in team meetings.', 'h7a8'],
      ['I have too much on to do any account properly.', 'h7a9'],
    ],
  },
  // ---------------------------------------------------------------- finance manager
  {
    date: '2027-02-22T18:10:00',
    set: 'L',
    title: 'Deal desk argument',
    people: ['Rahul'],
    tags: ['sales'],
    situation: 'Rahul wanted a 30% discount approved the same day.',
    lines: [
      ['Rahul: Every week you lot find a new reason to say no.', 'We said yes to nine of ten.'],
      ['Me: I need the margin sheet, that is all.', 'Stay factual.'],
    ],
    assumptions: [
      ['Rahul sees my team as an obstacle to closing deals.', 'h7b1'],
      ['The new CRM will double-count the March orders.', 'uh7b1'],
    ],
  },
  {
    date: '2027-02-24T17:20:00',
    set: 'D',
    title: 'Forecast review with Helen',
    people: ['Helen'],
    tags: ['manager'],
    situation: 'Forecast review with Helen, the CFO.',
    lines:
      'She went through the forecast line by line and rebuilt two of my numbers on her own laptop. She said hiring was "under review" when I asked about the analyst role.',
    assumptions: [
      ['Helen second-guesses every number in my forecast.', 'h7b2'],
      ["She'll freeze the analyst role I asked for.", 'h7b6'],
    ],
  },
  {
    date: '2027-02-26T13:00:00',
    set: 'L',
    title: "Claire's one-to-one",
    people: ['Claire'],
    tags: ['team'],
    situation: 'Monthly one-to-one with Claire, who runs payables.',
    lines: [
      ['Claire: Can I take Friday afternoon off? Just an appointment.', 'Third one this month.'],
      ['Me: Sure, no problem.', 'Is it an interview?'],
    ],
    assumptions: [
      ['Claire is looking for another job.', 'h7b3'],
      ['Claire finds the new expense system confusing.', 'uh7b2'],
    ],
  },
  {
    date: '2027-03-02T19:30:00',
    set: 'L',
    title: 'Month-end close',
    people: ['Ted'],
    tags: ['team'],
    situation: 'Month-end close; Ted handed in the reconciliations at four.',
    lines: [
      ['Ted: All done, balances tie out.', 'Two of them did not.'],
      ['Me: Thanks, I will have a look.', 'Again.'],
    ],
    assumptions: [
      ['Ted rushes the reconciliations to get away early.', 'h7b4'],
      ['The bank feed will break again at quarter end.', 'uh7b3'],
    ],
  },
  {
    date: '2027-03-04T16:45:00',
    set: 'D',
    title: 'Plant budget meeting',
    people: ['Femi'],
    tags: ['plant'],
    situation: 'Budget meeting with Femi, the plant manager.',
    lines:
      'The plant is 14% over on maintenance. Femi said the overspend started when finance changed the purchase approval limits. He did not bring the contractor invoices.',
    assumptions: [
      ['Femi holds my team responsible for the overspend at the plant.', 'h7b5'],
      ['Femi is hiding costs in the maintenance budget.', 'uh7b4'],
    ],
  },
  {
    date: '2027-03-09T18:00:00',
    set: 'L',
    title: 'Exec meeting',
    people: ['Helen', 'Rahul'],
    tags: ['leadership'],
    situation: 'Exec meeting where I presented the cash position.',
    lines: [
      ['Me: We have six weeks of headroom if the Dutch order slips.', 'Nobody looked up.'],
      ['Helen: Let us park that and look at the sales pipeline.', 'Parked again.'],
    ],
    assumptions: [
      ['Nobody on the leadership team listens to finance.', 'h7b7'],
      ['Helen has no confidence in my forecasts.', 'h7b2'],
    ],
  },
  {
    date: '2027-03-11T17:40:00',
    set: 'L',
    title: 'Rahul escalated a contract',
    people: ['Rahul', 'Helen'],
    tags: ['sales'],
    situation: 'Rahul took a contract straight to Helen after I asked for payment terms.',
    lines: [
      ['Rahul: I went to Helen because this cannot wait for finance.', 'It waited two hours.'],
      ['Helen: Can you two sort it out between you?', 'She did not back either of us.'],
    ],
    assumptions: [
      ['Rahul thinks finance gets in the way of his targets.', 'h7b1'],
      ["I'm not senior enough to step up to finance director.", 'h7b8'],
    ],
  },
  {
    date: '2027-03-15T12:30:00',
    set: 'D',
    title: "Review of Ted's work",
    people: ['Ted'],
    tags: ['team'],
    situation: "I went through Ted's March reconciliations.",
    lines:
      'Three accounts had unexplained differences. The supplier statement was from February. He had ticked the review box on all of them.',
    assumptions: [
      ["He doesn't check his work properly.", 'h7b4'],
      ['Ted will ask for a pay rise in April.', 'uh7b5'],
    ],
  },
  {
    date: '2027-03-17T18:25:00',
    set: 'L',
    title: 'Overrun call with Femi',
    people: ['Femi'],
    tags: ['plant'],
    situation: 'Call with Femi about the maintenance overrun before the board pack.',
    lines: [
      ['Femi: The board will want to know why approvals took three weeks.', 'So it is our fault.'],
      ['Me: The approvals took four days on average.', 'And you ordered without a PO.'],
    ],
    assumptions: [
      ["He'll pin the overrun on my team.", 'h7b5'],
      ['I blame Femi for the budget overrun.', 'h7b5-rev'],
    ],
  },
  {
    date: '2027-03-19T17:10:00',
    set: 'L',
    title: 'Claire asked about references',
    people: ['Claire'],
    tags: ['team'],
    situation: 'Claire asked how references work here "just out of interest".',
    lines: [
      ['Claire: Do we give references ourselves or does HR?', 'Oh.'],
      ['Me: HR does, why?', 'I did not want to ask that.'],
    ],
    assumptions: [['Claire has one foot out the door.', 'h7b3']],
  },
  {
    date: '2027-03-23T16:00:00',
    set: 'D',
    title: "Helen's feedback on my career",
    people: ['Helen'],
    tags: ['manager'],
    situation: 'Career conversation with Helen.',
    lines:
      'She said the finance director role would be advertised externally. She said I should "build my profile". She asked for the backup to the capex numbers I sent last week.',
    assumptions: [
      ['Helen will never see me as finance director material.', 'h7b8'],
      ['She double-checks everything I give her.', 'h7b2'],
    ],
  },
  {
    date: '2027-03-25T17:35:00',
    set: 'L',
    title: 'Sales forecast dispute',
    people: ['Rahul'],
    tags: ['sales'],
    situation: 'Rahul disputed the credit checks on two new customers.',
    lines: [
      ['Rahul: Your checks cost us the Oslo deal last year.', 'It was their credit rating.'],
      ['Me: Send me the accounts and I will turn it round today.', 'Again.'],
    ],
    assumptions: [
      ['Rahul thinks we slow down every deal with paperwork.', 'h7b1'],
      ["Rahul's pipeline numbers are inflated.", 'uh7b6'],
    ],
  },
  {
    date: '2027-03-30T18:45:00',
    set: 'L',
    title: 'Quarter-end review with Ted',
    people: ['Ted'],
    tags: ['team'],
    situation: 'Quarter-end review of the ledgers with Ted.',
    lines: [
      ['Ted: I rounded a couple of accruals, they are tiny.', 'They are not tiny together.'],
      ['Me: Let us go through them together.', 'Patience.'],
    ],
    assumptions: [
      ['Ted is careless with the month-end numbers.', 'h7b4'],
      ['My warnings about cash get brushed aside in the exec meeting.', 'h7b7'],
    ],
  },
  {
    date: '2027-04-02T14:20:00',
    set: 'D',
    title: "Claire's appraisal",
    people: ['Claire', 'Ted'],
    tags: ['team'],
    situation: "Claire's appraisal, then a short catch-up with Ted.",
    lines:
      'Claire did not want to set goals beyond June. She asked twice about the notice period. Ted showed me his new checklist; every reconciliation in March tied out.',
    assumptions: [
      ['Claire is planning to hand in her notice.', 'h7b3'],
      ['Ted is careful with the reconciliations now.', 'h7b4-not'],
    ],
  },
  {
    date: '2027-04-07T17:00:00',
    set: 'L',
    title: 'Budget round',
    people: ['Helen'],
    tags: ['manager'],
    situation: 'Budget round for next year with Helen.',
    lines: [
      ['Helen: The open role might have to go.', 'There it is.'],
      ['Helen: I used your forecast for the bank pack as it was.', 'As it was?'],
    ],
    assumptions: [
      ['Helen is going to take away the open role in my team.', 'h7b6'],
      ["I don't have what it takes to be finance director.", 'h7b8'],
      ['Helen relies on my forecasts.', 'h7b2-not'],
    ],
  },
  {
    date: '2027-04-12T16:15:00',
    set: 'L',
    title: 'Helen asked for my view on her model',
    people: ['Helen'],
    tags: ['manager'],
    situation: 'Helen asked me to review her pricing model for the board.',
    lines: [
      ['Helen: Tell me honestly what you think.', 'The growth rates are fantasy.'],
      ['Me: A couple of assumptions look optimistic.', 'Softened it.'],
    ],
    assumptions: [
      ["I don't trust Helen's forecasts.", 'h7b2-rev'],
      ['The leadership team ignores what finance says.', 'h7b7'],
    ],
  },
  {
    date: '2027-04-15T17:50:00',
    set: 'D',
    title: "Femi's capex request",
    people: ['Femi'],
    tags: ['plant'],
    situation: 'Femi sent his capex request for the new finishing line.',
    lines:
      'The request says the overrun "reflects delays in financial approvals". The board meets in May. The payback period is nine years.',
    assumptions: [
      ['Femi blames finance for the budget overrun.', 'h7b5'],
      ['The board will reject the new line investment.', 'uh7b7'],
    ],
  },
  {
    date: '2027-04-19T18:30:00',
    set: 'L',
    title: 'After the exec offsite',
    people: ['Helen', 'Rahul'],
    tags: ['leadership'],
    situation: 'Exec offsite; I presented the cash plan for the second half.',
    lines: [
      ['Rahul: That deal desk saved us on the Lyon contract, credit where due.', 'Did he just say that?'],
      ['Helen: Let us make the cash plan the first item every month.', 'Finally.'],
    ],
    assumptions: [
      ["The leadership team takes finance's warnings seriously now.", 'h7b7-not'],
      ["I'm ready for the finance director role.", 'h7b8-not'],
      ['Rahul appreciates what finance does for his team.', 'h7b1-not'],
    ],
  },
  {
    date: '2027-04-21T17:15:00',
    set: 'L',
    title: 'Month-end with Ted',
    people: ['Ted', 'Claire'],
    tags: ['team'],
    situation: 'April month-end with Ted and Claire.',
    lines: [
      ['Ted: I redid the supplier ones, they all tie out.', 'They did.'],
      ['Claire: I have signed up for the part-qualified course.', 'She is staying?'],
    ],
    assumptions: [
      ['Ted checks every reconciliation properly.', 'h7b4-not'],
      ['Claire wants to stay and grow here.', 'h7b3-not'],
    ],
  },
  {
    date: '2027-04-23T16:40:00',
    set: 'D',
    title: 'Renewal of the deal desk',
    people: ['Rahul'],
    tags: ['sales'],
    situation: 'Rahul asked to scrap the deal desk for orders under 50k.',
    lines:
      'He said the desk adds two days to every order. His email copied the CEO. Our median approval time in April was six hours.',
    assumptions: [['Rahul believes finance blocks his deals for no reason.', 'h7b1']],
  },
];
