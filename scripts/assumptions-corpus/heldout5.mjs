// Fifth held-out set: written at the start of the fifth round, before any change to the engine and without
// looking at any failure output; scored once as the baseline and once at the end, never tuned on.
// Two fictional journal keepers: the manager of a high-street clothing store, and an HR business partner in a
// logistics company. Pronouns refer to the one person of that gender in the entry's people; roles ("my area
// manager", "my boss") refer to the person in that role in the cast (Carol is the area manager, Fiona the
// HR director the keeper reports to).

export const groups = {
  // retail store manager
  r1: ['paraphrase', 'Carol thinks I run the store badly'],
  'r1-not': ['opposite', 'Carol is happy with how I run the store'],
  r2: ['paraphrase', 'Jamal wants my job'],
  r3: ['paraphrase', 'Priti is not ready to run a shift on her own'],
  'r3-not': ['opposite', 'Priti is ready to run a shift on her own'],
  r4: ['paraphrase', 'Owen does not put effort into his work'],
  'r4-not': ['opposite', 'Owen works hard'],
  r5: ['paraphrase', 'The team does not listen at my briefings'],
  'r5-not': ['opposite', 'The team listens at my briefings'],
  r6: ['paraphrase', 'Head office does not care about the shop-floor staff'],
  r7: ['paraphrase', 'Dee resents my promotion over her'],
  r8: ['paraphrase', 'Questioning the sales targets will make me look negative'],
  r9: ['paraphrase', "Jamal covers for Owen's mistakes"],
  'r9-rev': ['direction', "Owen covers for Jamal's mistakes"],
  r10: ['paraphrase', 'I am not cut out to manage this store'],
  'r10-not': ['opposite', 'I am a good store manager'],
  r11: ['paraphrase', 'Carol blames me for the stock losses'],
  'r11-rev': ['direction', 'I blame Carol for the stock losses'],
  r12: ['paraphrase', 'Priti hides problems from me'],
  'r12-not': ['opposite', 'Priti is open with me about problems'],
  // HR business partner
  k1: ['paraphrase', 'Martin sees HR as an obstacle'],
  'k1-not': ['opposite', 'Martin values what HR brings'],
  k2: ['paraphrase', 'Fiona does not back me with the executives'],
  'k2-not': ['opposite', 'Fiona backs me with the executives'],
  k3: ['paraphrase', "Ruth's grievance is really about money"],
  k4: ['paraphrase', 'Sanjay bullies his team'],
  'k4-not': ['opposite', 'Sanjay treats his team fairly'],
  'k4-rev': ['direction', "Sanjay's team bullies him"],
  k5: ['paraphrase', 'Leo is not ready to run a disciplinary hearing alone'],
  'k5-not': ['opposite', 'Leo is ready to run a disciplinary hearing alone'],
  k6: ['paraphrase', 'Martin will use the restructure to get rid of people he dislikes'],
  k7: ['paraphrase', 'The staff do not trust HR'],
  'k7-not': ['opposite', 'The staff trust HR'],
  k8: ['paraphrase', 'Fiona will take credit for my engagement plan'],
  'k8-rev': ['direction', "I will take credit for Fiona's engagement plan"],
  k9: ['paraphrase', 'Raising the pay gap again will make me look like a troublemaker'],
  k10: ['paraphrase', 'Bev is trying to catch me out'],
  'k10-not': ['opposite', 'Bev wants the consultation to succeed'],
  k11: ['paraphrase', 'Sanjay is lying about what happened with Ruth'],
  'k11-not': ['opposite', 'Sanjay is being honest about what happened with Ruth'],
};

export const entries = [
  // ---------------------------------------------------------------- retail store manager
  {
    date: '2027-03-02T18:20:00',
    set: 'L',
    title: 'Store visit from Carol',
    people: ['Carol'],
    tags: ['area-visit'],
    situation: 'Carol did her monthly walk of the store an hour before close.',
    lines: [
      ['Carol: The denim wall looks tired.', 'It was replenished this morning.'],
      ['Me: We were two people down today.', 'She wrote something down.'],
    ],
    assumptions: [
      ['Carol thinks I run a sloppy store.', 'r1'],
      ['She blames me for the shrinkage figures.', 'r11'],
    ],
  },
  {
    date: '2027-03-03T09:10:00',
    set: 'D',
    title: 'Morning huddle',
    people: ['Jamal', 'Dee'],
    tags: ['huddle'],
    situation: 'Ran the ten-minute huddle before opening.',
    lines:
      'Three people were on their phones. Dee asked a question I had answered a minute before. Jamal ran over the same points after I finished.',
    assumptions: [
      ['Nobody listens to a word I say at the huddle.', 'r5'],
      ['Jamal is after my job.', 'r2'],
    ],
  },
  {
    date: '2027-03-04T21:40:00',
    set: 'L',
    title: 'Priti on the late shift',
    people: ['Priti'],
    tags: ['supervision'],
    situation: 'Priti closed the store for the first time; I stayed on the phone.',
    lines: [
      ['Priti: The safe code is not working.', 'It was the wrong code, again.'],
      ['Me: Shall I come in?', 'Please say no.'],
    ],
    assumptions: [
      ["Priti can't run a shift on her own yet.", 'r3'],
      ['The Easter stock will arrive late again.', 'ur1'],
    ],
  },
  {
    date: '2027-03-05T16:00:00',
    set: 'D',
    title: 'Stockroom at four',
    people: ['Owen'],
    tags: ['stockroom'],
    situation: 'Went into the stockroom to find the new delivery.',
    lines:
      'Half the cages were not unpacked. Owen was on his break for the second time. The returns had not been processed.',
    assumptions: [
      ['Owen does the bare minimum.', 'r4'],
      ['Owen is struggling with the new handheld scanners.', 'ur2'],
    ],
  },
  {
    date: '2027-03-08T12:30:00',
    set: 'L',
    title: 'Dee and the rota',
    people: ['Dee'],
    tags: ['rota'],
    situation: 'Dee asked to swap her Saturday again, after I had said no last week.',
    lines: [
      ['Dee: When Karen was manager she just sorted it.', 'I am not Karen.'],
      ['Me: I will see what I can do.', 'Why do I always give in?'],
    ],
    assumptions: [
      ['Dee is bitter that I was promoted over her.', 'r7'],
      ['Someone more experienced would run this place better than me.', 'r10'],
    ],
  },
  {
    date: '2027-03-09T19:15:00',
    set: 'D',
    title: 'Head office email',
    people: [],
    tags: ['head-office'],
    situation: 'Read the weekly email from head office.',
    lines:
      'Hours cut by eight percent for April. Footfall target up by five. No reply to our request for a second till on Saturdays.',
    assumptions: [
      ['Head office sees us as numbers on a spreadsheet.', 'r6'],
      ['If I question the new targets I will look negative.', 'r8'],
    ],
  },
  {
    date: '2027-03-10T17:45:00',
    set: 'L',
    title: 'The missing delivery note',
    people: ['Jamal', 'Owen'],
    tags: ['stockroom'],
    situation: 'A delivery note went missing and the stock count was off.',
    lines: [
      ['Jamal: That was me, I filed it wrong.', 'It was the stockroom.'],
      ['Owen: Yeah, Jamal had it.', 'Too quick.'],
    ],
    assumptions: [
      ["Jamal covers for Owen's mistakes.", 'r9'],
      ['Owen is lazy.', 'r4'],
    ],
  },
  {
    date: '2027-03-11T08:50:00',
    set: 'D',
    title: 'Priti and the customer complaint',
    people: ['Priti'],
    tags: ['supervision'],
    situation: 'A customer emailed about a refund on Saturday. I only heard about it from the email.',
    lines: 'Priti was on shift. She did not mention it at handover. The log has no entry for that afternoon.',
    assumptions: [
      ['Priti hides problems from me.', 'r12'],
      ["She isn't ready to lead a shift by herself.", 'r3'],
    ],
  },
  {
    date: '2027-03-12T18:00:00',
    set: 'L',
    title: 'Call with my area manager',
    people: ['Carol'],
    tags: ['area-visit'],
    situation: 'Weekly call about the numbers.',
    lines: [
      ['Carol: Shrinkage is still the worst in the region.', 'Again.'],
      ['Me: The security tags were delayed.', 'She did not answer that.'],
    ],
    assumptions: [
      ['My area manager holds me responsible for the stock losses.', 'r11'],
      ['Carol has no faith in the way I manage the store.', 'r1'],
    ],
  },
  {
    date: '2027-03-15T09:30:00',
    set: 'D',
    title: 'Monday briefing',
    people: ['Owen', 'Priti'],
    tags: ['huddle'],
    situation: 'Ran the Monday briefing on the new layout.',
    lines:
      'Everyone asked good questions. Owen wrote the changes on the stockroom board. Priti repeated the plan back without notes.',
    assumptions: [
      ['The team really listens at my briefings.', 'r5-not'],
      ['Owen works hard when the task is clear.', 'r4-not'],
    ],
  },
  {
    date: '2027-03-16T20:10:00',
    set: 'L',
    title: 'Jamal and the regional course',
    people: ['Jamal'],
    tags: ['development'],
    situation: 'Jamal asked to go on the store-manager course.',
    lines: [
      ['Jamal: Carol said I should go.', 'Carol said? To him?'],
      ['Me: Of course, put it in the diary.', 'Of course.'],
    ],
    assumptions: [
      ['He is angling to replace me as store manager.', 'r2'],
      ['Carol is going behind my back.', 'ur3'],
    ],
  },
  {
    date: '2027-03-17T13:20:00',
    set: 'D',
    title: 'Sales targets for Q2',
    people: ['Carol'],
    tags: ['targets'],
    situation: 'The Q2 target sheet arrived from Carol.',
    lines: 'Targets up twelve percent. Staff hours down. The store next to us closed for a refit.',
    assumptions: [
      ["If I push back on the targets, Carol will think I'm not a team player.", 'r8'],
      ["I'm out of my depth running a store this size.", 'r10'],
    ],
  },
  {
    date: '2027-03-18T17:30:00',
    set: 'L',
    title: 'Dee at the fitting rooms',
    people: ['Dee'],
    tags: ['floor'],
    situation: 'Asked Dee to cover the fitting rooms for an hour.',
    lines: [
      ['Dee: I have done fitting rooms for twelve years, love.', 'Love.'],
      ['Me: Thanks, Dee.', 'I heard the sigh.'],
    ],
    assumptions: [
      ['Dee still holds a grudge about me getting the manager job.', 'r7'],
      ['She thinks I talk down to the older staff.', 'ur4'],
    ],
  },
  {
    date: '2027-03-19T18:40:00',
    set: 'D',
    title: 'Stock count results',
    people: ['Jamal', 'Owen'],
    tags: ['stockroom'],
    situation: 'The quarterly stock count came back.',
    lines: 'Losses down a fifth. Jamal ran the count. Owen reorganised the back wall without being asked.',
    assumptions: [
      ['Owen is a hard worker.', 'r4-not'],
      ["Jamal hides Owen's slip-ups from me.", 'r9'],
    ],
  },
  {
    date: '2027-03-22T11:00:00',
    set: 'L',
    title: 'Staff survey results',
    people: [],
    tags: ['head-office'],
    situation: 'The company staff survey came out.',
    lines: [
      ['Email: Thank you for your feedback, we hear you.', 'Do they?'],
      ['Me (to the team): Let us talk about it on Thursday.', 'Nobody looked up.'],
    ],
    assumptions: [
      ['Nobody at head office cares about the people on the shop floor.', 'r6'],
      ['My briefings go in one ear and out the other.', 'r5'],
    ],
  },
  {
    date: '2027-03-23T19:20:00',
    set: 'D',
    title: 'Priti handled the flood',
    people: ['Priti'],
    tags: ['supervision'],
    situation: "A pipe burst in the fitting rooms on Priti's shift.",
    lines:
      'She closed the area, called facilities and texted me a photo within ten minutes. She logged everything.',
    assumptions: [
      ['Priti is ready to run shifts on her own.', 'r3-not'],
      ['Priti tells me straight away when something goes wrong.', 'r12-not'],
    ],
  },
  {
    date: '2027-03-24T17:00:00',
    set: 'L',
    title: 'Carol after the stock count',
    people: ['Carol'],
    tags: ['area-visit'],
    situation: 'Carol rang about the stock count.',
    lines: [
      ['Carol: Whatever you are doing, keep doing it.', 'Really?'],
      ['Me: It was the whole team.', 'I could have taken it.'],
    ],
    assumptions: [
      ['Carol is happy with how I run the store.', 'r1-not'],
      ['I blame Carol for the stock losses.', 'r11-rev'],
    ],
  },
  {
    date: '2027-03-25T21:00:00',
    set: 'D',
    title: 'Closing on my own',
    people: [],
    tags: ['reflection'],
    situation: 'Closed the store myself after everyone had gone.',
    lines: 'The takings were up. Two complaints in the book. I stayed until ten again.',
    assumptions: [
      ['I am a good store manager.', 'r10-not'],
      ['I will never get a weekend off this year.', 'ur5'],
    ],
  },
  {
    date: '2027-03-26T15:10:00',
    set: 'L',
    title: 'Priti and the till error',
    people: ['Priti'],
    tags: ['supervision'],
    situation: 'Found a till discrepancy from Tuesday that Priti had not mentioned.',
    lines: [
      ['Me: Did anything odd happen on Tuesday?', 'I know it did.'],
      ['Priti: Not really.', 'Not really.'],
    ],
    assumptions: [
      ["She's scared to tell me bad news.", 'r12'],
      ["Owen covers for Jamal's mistakes.", 'r9-rev'],
    ],
  },
  // ---------------------------------------------------------------- HR business partner
  {
    date: '2027-03-29T10:30:00',
    set: 'L',
    title: 'Hiring freeze with Martin',
    people: ['Martin'],
    tags: ['sales'],
    situation: 'Told Martin, the head of sales, about the approval step for new hires.',
    lines: [
      ['Martin: So HR wants another form.', 'Another form, yes, to stop you hiring your friends.'],
      ['Me: It is one page.', 'He had already stopped reading.'],
    ],
    assumptions: [
      ['Martin thinks HR just gets in the way.', 'k1'],
      ['He will use the restructure to push out the people he does not like.', 'k6'],
    ],
  },
  {
    date: '2027-03-30T17:15:00',
    set: 'D',
    title: 'Exec meeting on absence',
    people: ['Fiona'],
    tags: ['exec'],
    situation: 'Presented the absence figures at the exec meeting; Fiona was there.',
    lines:
      'The operations director said my numbers were wrong. Fiona said nothing. Afterwards she said I should have checked them with her first.',
    assumptions: [
      ["Fiona won't back me up in front of the executives.", 'k2'],
      ['She will take the credit for my engagement plan.', 'k8'],
    ],
  },
  {
    date: '2027-03-31T14:00:00',
    set: 'L',
    title: "Ruth's grievance meeting",
    people: ['Ruth', 'Sanjay'],
    tags: ['grievance'],
    situation: 'First meeting about the grievance Ruth raised against Sanjay.',
    lines: [
      ['Ruth: I want it on record how he spoke to me.', 'It will be.'],
      ['Me: What outcome are you hoping for?', 'She looked at her solicitor’s letter.'],
    ],
    assumptions: [
      ["Ruth's grievance is really about getting a payout.", 'k3'],
      ['Sanjay bullies his team.', 'k4'],
    ],
  },
  {
    date: '2027-04-01T16:45:00',
    set: 'D',
    title: 'Leo shadowing a hearing',
    people: ['Leo'],
    tags: ['team'],
    situation: 'Leo took the notes at a disciplinary hearing I ran.',
    lines:
      'His notes missed the key admission. He asked the employee a leading question. He apologised afterwards.',
    assumptions: [
      ["Leo can't handle a disciplinary hearing on his own yet.", 'k5'],
      ['The payroll file will be late again this month.', 'uk1'],
    ],
  },
  {
    date: '2027-04-02T12:20:00',
    set: 'L',
    title: 'Drop-in session at the depot',
    people: [],
    tags: ['depot'],
    situation: 'Held an HR drop-in at the Leeds depot.',
    lines: [
      ['Driver: You lot are here for the company, not for us.', 'That is not fair.'],
      ['Me: I am here for both.', 'Nobody came after him.'],
    ],
    assumptions: [
      ['Nobody at the depot trusts HR.', 'k7'],
      ['The drivers will vote for a strike.', 'uk2'],
    ],
  },
  {
    date: '2027-04-05T11:30:00',
    set: 'D',
    title: 'Consultation meeting one',
    people: ['Bev'],
    tags: ['consultation'],
    situation: 'First consultation meeting on the restructure, with Bev as the union rep.',
    lines:
      'Bev brought a list of twenty questions. Three were about my own emails. She asked for the minutes in writing the same day.',
    assumptions: [
      ['Bev is trying to catch me out.', 'k10'],
      ['If I raise the gender pay gap again, I will be seen as a troublemaker.', 'k9'],
    ],
  },
  {
    date: '2027-04-06T18:00:00',
    set: 'L',
    title: 'Sanjay gives his side',
    people: ['Sanjay'],
    tags: ['grievance'],
    situation: 'Investigation meeting with Sanjay about the grievance.',
    lines: [
      ['Sanjay: I never raised my voice.', 'Three witnesses say he did.'],
      ['Me: Thank you, that is helpful.', 'It is not.'],
    ],
    assumptions: [
      ["Sanjay's account of the meeting is dishonest.", 'k11'],
      ['He rules his team by fear.', 'k4'],
    ],
  },
  {
    date: '2027-04-07T09:40:00',
    set: 'D',
    title: 'Sales restructure proposal',
    people: ['Martin'],
    tags: ['restructure'],
    situation: "Read Martin's draft structure for the sales team.",
    lines:
      'Four roles go. Three of them are people who complained about him last year. The business case is one paragraph.',
    assumptions: [
      ['Martin plans to get rid of his critics in the reorganisation.', 'k6'],
      ['Martin sees me as an obstacle to his plans.', 'k1'],
    ],
  },
  {
    date: '2027-04-08T15:30:00',
    set: 'L',
    title: 'One-to-one with my boss',
    people: ['Fiona'],
    tags: ['1:1'],
    situation: 'Monthly one-to-one with Fiona.',
    lines: [
      ['Fiona: I will take your engagement plan to the board myself.', 'Myself.'],
      ['Me: Happy to present it with you.', 'She did not reply to that.'],
    ],
    assumptions: [
      ['Fiona will present my engagement plan as her own work.', 'k8'],
      ['My boss leaves me to fend for myself with the directors.', 'k2'],
    ],
  },
  {
    date: '2027-04-09T13:00:00',
    set: 'D',
    title: 'Leo ran the hearing',
    people: ['Leo'],
    tags: ['team'],
    situation: 'Leo ran a disciplinary hearing while I observed.',
    lines:
      'He kept to the script, let the employee finish, and summarised fairly. The outcome letter was ready the same afternoon.',
    assumptions: [
      ['Leo is ready to run hearings by himself.', 'k5-not'],
      ['I will take credit for Fiona’s engagement plan.', 'k8-rev'],
    ],
  },
  {
    date: '2027-04-12T17:20:00',
    set: 'L',
    title: 'Team meeting in operations',
    people: ['Sanjay'],
    tags: ['grievance'],
    situation: "Sat in on Sanjay's team meeting as agreed in the grievance plan.",
    lines: [
      ['Sanjay: Any questions?', 'Silence.'],
      ['Team member: No, all good.', 'Nobody looked at him.'],
    ],
    assumptions: [
      ['Sanjay intimidates the people who report to him.', 'k4'],
      ["Sanjay's team is ganging up on him.", 'k4-rev'],
    ],
  },
  {
    date: '2027-04-13T10:10:00',
    set: 'D',
    title: 'Pay gap report draft',
    people: ['Fiona'],
    tags: ['pay'],
    situation: 'Drafted this year’s gender pay gap report.',
    lines:
      'The gap widened by two points. Last year my note on it was cut. Fiona asked for a shorter version.',
    assumptions: [
      ['Bringing up the pay gap will make me look like I am on a crusade.', 'k9'],
      ['Fiona backs me with the exec team when it counts.', 'k2-not'],
    ],
  },
  {
    date: '2027-04-14T16:00:00',
    set: 'L',
    title: 'Consultation meeting two',
    people: ['Bev'],
    tags: ['consultation'],
    situation: 'Second consultation meeting; Bev brought a counter-proposal.',
    lines: [
      ['Bev: We want this to land well for everyone.', 'Do you?'],
      ['Me: So do we.', 'I meant it.'],
    ],
    assumptions: [
      ['Bev wants the consultation to work as much as I do.', 'k10-not'],
      ['She is looking for a chance to trip me up.', 'k10'],
    ],
  },
  {
    date: '2027-04-15T12:40:00',
    set: 'D',
    title: 'Ruth asks about settlement',
    people: ['Ruth'],
    tags: ['grievance'],
    situation: "Ruth's solicitor wrote asking about a settlement agreement.",
    lines:
      'The letter came before the investigation finished. It names a figure. It does not mention an apology.',
    assumptions: [
      ['She is only after a settlement.', 'k3'],
      ['The employees see HR as management’s police.', 'k7'],
    ],
  },
  {
    date: '2027-04-16T18:30:00',
    set: 'L',
    title: 'Witness statements',
    people: ['Sanjay'],
    tags: ['grievance'],
    situation: 'Read the last witness statements on the grievance.',
    lines: [
      ['Witness: He did shout, but he apologised after.', 'He told me he never shouted.'],
      ['Me: Thank you for coming in.', 'That changes things.'],
    ],
    assumptions: [
      ["He isn't telling the truth about what happened with Ruth.", 'k11'],
      ['Sanjay treats his team fairly most of the time.', 'k4-not'],
    ],
  },
  {
    date: '2027-04-19T11:20:00',
    set: 'D',
    title: 'Sales planning day',
    people: ['Martin'],
    tags: ['sales'],
    situation: 'Martin invited me to the sales planning day for the first time.',
    lines:
      'He gave me twenty minutes on the agenda. He asked for help with the graduate scheme. He thanked me in front of his managers.',
    assumptions: [
      ['Martin values what HR brings to his team.', 'k1-not'],
      ['The graduate scheme will be cancelled.', 'uk3'],
    ],
  },
  {
    date: '2027-04-20T17:40:00',
    set: 'L',
    title: 'Pulse survey on trust',
    people: [],
    tags: ['survey'],
    situation: 'The pulse survey results came in for the depots.',
    lines: [
      ['Result: 71% would go to HR with a concern.', 'Seventy-one.'],
      ['Me (to myself): Better than I thought.', 'Much better.'],
    ],
    assumptions: [
      ['The staff trust HR to treat them fairly.', 'k7-not'],
      ["I'm not senior enough to change anything here.", 'uk4'],
    ],
  },
  {
    date: '2027-04-21T15:50:00',
    set: 'D',
    title: 'Planning the next hearings',
    people: ['Leo', 'Sanjay'],
    tags: ['team'],
    situation: 'Planned who runs the hearings next month.',
    lines:
      'Leo asked for the two easy ones. Sanjay emailed to correct his own statement. He added the shouting himself.',
    assumptions: [
      ['Leo is too green to run a hearing alone.', 'k5'],
      ['Sanjay is being honest about what happened with Ruth.', 'k11-not'],
    ],
  },
];
