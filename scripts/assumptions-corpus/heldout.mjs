// Held-out half of the assumptions corpus: written after the method was designed on dev.mjs, and not used to
// tune it. Two fictional journal keepers: a restaurant manager and a management consultant.
// Same shape as dev.mjs.

export const groups = {
  c1: ['paraphrase', 'Femi looks down on the front-of-house staff'],
  'c1-not': ['opposite', 'Femi respects the front-of-house staff'],
  c2: ['paraphrase', "Ingrid doesn't think I can run the restaurant"],
  'c2-not': ['opposite', 'Ingrid is confident I can run the restaurant'],
  c3: ['paraphrase', 'Chloe is about to leave'],
  c4: ['paraphrase', 'Mr Doyle overcharges us'],
  c5: ['paraphrase', 'Femi blames Chloe for slow service'],
  'c5-rev': ['direction', 'Chloe blames Femi for slow service'],
  c6: ['paraphrase', 'Asking Ingrid about pay will make her think badly of me'],
  'c6-not': ['opposite', 'Ingrid is happy to discuss my pay'],
  c7: ['paraphrase', "Tariq doesn't know the hygiene rules"],
  'c7-not': ['opposite', 'Tariq knows the hygiene rules'],
  c8: ['paraphrase', 'Ingrid goes over my head'],
  d1: ['paraphrase', 'Dr Weiss ignores our recommendations'],
  'd1-not': ['opposite', 'Dr Weiss acts on our recommendations'],
  d2: ['paraphrase', "Harriet doesn't see me as ready for partner"],
  'd2-not': ['opposite', 'Harriet backs my promotion'],
  d3: ['paraphrase', 'Owen is coasting'],
  'd3-not': ['opposite', 'Owen works harder than anyone'],
  d4: ['paraphrase', 'Mr Brennan is undermining the project'],
  d5: ['paraphrase', 'Noor hides problems from Dr Weiss'],
  'd5-rev': ['direction', 'Dr Weiss hides problems from Noor'],
  d6: ['paraphrase', 'Pushing back on scope will lose us the client'],
  d7: ['paraphrase', 'I am expected to be available at all hours'],
  d8: ['paraphrase', "Dr Weiss doesn't trust our numbers"],
};

export const entries = [
  // ---------------------------------------------------------------- restaurant manager
  {
    date: '2027-03-29T23:10:00',
    set: 'L',
    title: 'Saturday service debrief',
    people: ['Femi', 'Chloe'],
    tags: ['service'],
    situation: 'After a packed Saturday, Femi and Chloe argued at the pass about table 12.',
    lines: [
      ['Femi: Your lot keep firing tables all at once.', 'Your lot. As if they are a different species.'],
      ['Chloe: We fire them when the guests sit down.', 'She is right.'],
      ["Me: Let's talk about it tomorrow.", 'Coward.'],
    ],
    assumptions: [
      ['Femi looks down on the waiting staff.', 'c1'],
      ['Femi blames Chloe whenever the food goes out late.', 'c5'],
    ],
  },
  {
    date: '2027-03-30T15:00:00',
    set: 'D',
    title: 'Owner visit',
    people: ['Ingrid'],
    tags: ['owner'],
    situation: 'Ingrid came in on my day to check the books.',
    lines:
      'Ingrid went through the till reports for an hour. She asked who signed off the wine order. She said "I will pop in more often".',
    assumptions: [
      ["Ingrid doesn't think I can run the restaurant without her.", 'c2'],
      ['Ingrid is worried about the rent increase.', 'uc1'],
    ],
  },
  {
    date: '2027-03-31T16:30:00',
    set: 'L',
    title: 'Fish delivery',
    people: ['Mr Doyle'],
    tags: ['suppliers'],
    situation: "Mr Doyle's invoice for the turbot was 20% up on last month.",
    lines: [
      ['Mr Doyle: The market was tight this week.', 'It is always tight when you invoice us.'],
      ['Me: Fine, leave it with me.', 'I will not check it, will I.'],
    ],
    assumptions: [
      ['Mr Doyle is overcharging us for the fish.', 'c4'],
      ['Mr Doyle has other restaurants he prefers to supply first.', 'uc2'],
    ],
  },
  {
    date: '2027-04-01T11:00:00',
    set: 'D',
    title: 'Chloe swapped shifts',
    people: ['Chloe', 'Femi'],
    tags: ['staff'],
    situation: 'Chloe asked to swap three Saturdays in a row.',
    lines:
      'Chloe asked for three Saturdays off. She was on her phone in every break. She mentioned a friend at the new place across the road.',
    assumptions: [
      ['Chloe is planning to hand in her notice.', 'c3'],
      ['The Friday rush is too big for four servers.', 'uc3'],
    ],
  },
  {
    date: '2027-04-02T22:45:00',
    set: 'L',
    title: 'Kitchen inspection prep',
    people: ['Tariq', 'Chloe'],
    tags: ['hygiene'],
    situation: 'Walked through the allergen checks with Tariq before the inspection.',
    lines: [
      ['Me: Where do we log the fridge temperatures?', 'Please know this.'],
      ['Tariq: In the book by the back door?', 'There is no book by the back door.'],
    ],
    assumptions: [
      ['He has no idea how the allergen checks work.', 'c7'],
      ['Chloe is better with customers than I am.', 'uc4'],
    ],
  },
  {
    date: '2027-04-05T15:15:00',
    set: 'D',
    title: 'Pay conversation I keep avoiding',
    people: ['Ingrid'],
    tags: ['owner', 'pay'],
    situation: 'I meant to raise my salary at the monthly catch-up with Ingrid and did not.',
    lines:
      'We talked for forty minutes about the terrace. Ingrid said "money is tight this year" once. I did not mention pay.',
    assumptions: [
      ["If I ask Ingrid for a pay rise she'll think I'm greedy.", 'c6'],
      ['She believes I would sink if she stepped back.', 'c2'],
    ],
  },
  {
    date: '2027-04-06T23:30:00',
    set: 'L',
    title: 'Slow pass on Tuesday',
    people: ['Femi', 'Chloe'],
    tags: ['service'],
    situation: 'Mains for a table of eight went out 25 minutes after starters were cleared.',
    lines: [
      ['Femi: Nobody told me they had finished.', 'The ticket was on your rail.'],
      ['Chloe: I called it twice.', 'I heard her.'],
    ],
    assumptions: [
      ['He holds the servers responsible for every delay.', 'c5'],
      ['Femi treats front of house like they are beneath him.', 'c1'],
    ],
  },
  {
    date: '2027-04-07T14:00:00',
    set: 'D',
    title: 'Supplier price review',
    people: ['Mr Doyle', 'Ingrid'],
    tags: ['suppliers'],
    situation: 'Compared three months of seafood invoices with market prices.',
    lines:
      'Doyle charged 14% above the market average in February. Two other suppliers quoted lower. Ingrid has known Doyle for twenty years.',
    assumptions: [
      ["He's ripping us off on the seafood prices.", 'c4'],
      ['Ingrid goes over my head and gives the staff orders directly.', 'c8'],
    ],
  },
  {
    date: '2027-04-08T16:00:00',
    set: 'L',
    title: 'Rota changed without me',
    people: ['Ingrid', 'Tariq'],
    tags: ['owner', 'staff'],
    situation: "Found that next week's rota had been rewritten overnight.",
    lines: [
      ['Ingrid: I moved Tariq to mornings, it made more sense.', 'It is my rota.'],
      ['Me: Right. I will let him know.', 'He already knows. You told him.'],
    ],
    assumptions: [
      ['She undermines me by changing my rota without asking.', 'c8'],
      ['Ingrid questions whether I am up to managing the place.', 'c2'],
    ],
  },
  {
    date: '2027-04-09T11:30:00',
    set: 'D',
    title: 'Chloe late again',
    people: ['Chloe', 'Femi'],
    tags: ['staff'],
    situation: 'Chloe arrived 15 minutes late for the third time this month.',
    lines:
      'Chloe came in at 11:15. She said the bus was late. Femi said "again" under his breath. She has stopped joining the staff meal.',
    assumptions: [
      ["She's already got one foot out the door.", 'c3'],
      ['According to Femi, it is always the floor that causes the backlog at the pass.', 'c5'],
    ],
  },
  {
    date: '2027-04-12T15:45:00',
    set: 'L',
    title: 'Hygiene retraining',
    people: ['Tariq'],
    tags: ['hygiene'],
    situation: 'Booked Tariq on the level 2 food hygiene course.',
    lines: [
      ['Tariq: I did one of these at my old job.', 'Then why do you not use it?'],
      ['Me: A refresher never hurts.', 'Polite version.'],
    ],
    assumptions: [
      ['Tariq is clueless about food safety.', 'c7'],
      ['The new booking system will lose reservations.', 'uc5'],
    ],
  },
  {
    date: '2027-04-13T22:50:00',
    set: 'D',
    title: 'Staff meal',
    people: ['Femi', 'Tariq'],
    tags: ['staff'],
    situation: 'Staff meal before dinner service.',
    lines:
      'Femi served the kitchen first and left the floor staff the end of the pot. He said "they can wait, they sit down all day". Nobody laughed.',
    assumptions: [
      ['Femi thinks the floor team are second-class.', 'c1'],
      ['Femi wants to open his own place.', 'uc6'],
    ],
  },
  {
    date: '2027-04-14T15:00:00',
    set: 'L',
    title: 'Inspection day',
    people: ['Tariq', 'Ingrid'],
    tags: ['hygiene'],
    situation: 'The environmental health officer came unannounced.',
    lines: [
      ['Inspector: Who did the probe checks today?', 'Please say Tariq did them right.'],
      ['Tariq: Me. All logged, 4 degrees on the walk-in.', 'He did.'],
    ],
    assumptions: [
      ['Tariq knows the hygiene rules inside out.', 'c7-not'],
      ['Ingrid bypasses me when she deals with the kitchen.', 'c8'],
    ],
  },
  {
    date: '2027-04-15T16:20:00',
    set: 'D',
    title: 'Invoice query',
    people: ['Mr Doyle'],
    tags: ['suppliers'],
    situation: 'Queried two lines on the latest seafood invoice.',
    lines:
      'Two cases of mussels were billed; one arrived. Doyle credited it the same day. He said "sorry, the driver mixed up the drops".',
    assumptions: [
      ["Doyle's invoices are padded.", 'c4'],
      ['Bringing up my salary will make Ingrid see me as ungrateful.', 'c6'],
    ],
  },
  {
    date: '2027-04-16T23:00:00',
    set: 'L',
    title: 'Chloe and Femi at the pass',
    people: ['Chloe', 'Femi'],
    tags: ['service'],
    situation: 'Another argument at the pass about a remade steak.',
    lines: [
      ["Chloe: It's the kitchen that's slow, not us.", 'Here we go again, from the other side.'],
      ['Femi: The guest changed the order.', 'Both of them are half right.'],
    ],
    assumptions: [
      ['Chloe blames Femi whenever the food goes out late.', 'c5-rev'],
      ['Femi respects the front-of-house team.', 'c1-not'],
      ['Chloe is interviewing at the place across the road.', 'c3'],
    ],
  },
  {
    date: '2027-04-19T14:30:00',
    set: 'D',
    title: 'Quarterly review with Ingrid',
    people: ['Ingrid'],
    tags: ['owner', 'pay'],
    situation: 'Quarterly review of the numbers with Ingrid.',
    lines:
      'Covers were up 9%. Ingrid said "you have done well with the terrace". She asked whether I wanted to talk about my package.',
    assumptions: [
      ['Ingrid would be happy to discuss my pay.', 'c6-not'],
      ['Ingrid has full confidence in how I run the restaurant.', 'c2-not'],
      ['Ingrid will resent me for asking about money.', 'c6'],
    ],
  },
  {
    date: '2027-04-20T15:10:00',
    set: 'L',
    title: 'Leaving drinks rumour',
    people: ['Chloe', 'Tariq'],
    tags: ['staff'],
    situation: 'Tariq mentioned that Chloe had been asking about references.',
    lines: [
      ['Tariq: Chloe asked if you would be a referee.', 'So it is true.'],
      ["Me: She hasn't asked me.", 'Yet.'],
    ],
    assumptions: [
      ["Chloe won't be here by the summer.", 'c3'],
      ['Ingrid overrules my decisions in front of the team.', 'c8'],
    ],
  },
  // ---------------------------------------------------------------- management consultant
  {
    date: '2027-03-29T17:00:00',
    set: 'L',
    title: 'Steering committee',
    people: ['Dr Weiss', 'Mr Brennan'],
    tags: ['client'],
    situation: 'Presented the procurement findings to the steering committee.',
    lines: [
      ['Dr Weiss: Interesting. Next item.', 'Interesting means no.'],
      ['Mr Brennan: I have seen numbers like these before.', 'And ignored them before.'],
    ],
    assumptions: [
      ['Dr Weiss ignores every recommendation we make.', 'd1'],
      ['Mr Brennan is trying to sink the project.', 'd4'],
    ],
  },
  {
    date: '2027-03-30T19:30:00',
    set: 'D',
    title: 'Promotion round',
    people: ['Harriet', 'Owen'],
    tags: ['career'],
    situation: 'Promotion nominations for partner closed today.',
    lines:
      'Harriet nominated one senior manager from our practice. It was not me. She said "next year is realistic".',
    assumptions: [
      ["Harriet doesn't see me as partner material.", 'd2'],
      ['Owen would rather be working for Harriet than for me.', 'ud1'],
    ],
  },
  {
    date: '2027-03-31T18:00:00',
    set: 'L',
    title: 'Model review with Owen',
    people: ['Owen', 'Noor'],
    tags: ['team'],
    situation: 'Reviewed the cost model Owen was meant to finish on Friday.',
    lines: [
      ['Owen: I got most of the way there.', 'Most of the way is the first tab.'],
      ["Me: Let's pair on it tomorrow.", 'I will do it tonight myself.'],
    ],
    assumptions: [
      ['Owen is coasting on this engagement.', 'd3'],
      ['Noor is keeping the delays from Dr Weiss.', 'd5'],
    ],
  },
  {
    date: '2027-04-01T20:15:00',
    set: 'D',
    title: 'Scope creep call',
    people: ['Dr Weiss'],
    tags: ['client', 'scope'],
    situation: 'Dr Weiss asked for two extra business units to be added to the diagnostic.',
    lines:
      'Dr Weiss asked for the logistics and HR units "while you are there". No change to fees was mentioned. I said I would look at it.',
    assumptions: [
      ["If I say no to the extra scope, we'll lose the contract.", 'd6'],
      ["Dr Weiss doesn't believe our cost figures.", 'd8'],
    ],
  },
  {
    date: '2027-04-02T09:30:00',
    set: 'L',
    title: 'Midnight email',
    people: ['Harriet'],
    tags: ['workload'],
    situation: 'Harriet emailed at 23:40 asking for the deck changes by 7am.',
    lines: [
      ['Harriet: Can you turn this round before the 8am?', 'At midnight. Of course.'],
      ['Me: Done by six.', 'I always say yes.'],
    ],
    assumptions: [
      ['Harriet expects me to answer emails at midnight.', 'd7'],
      ['She thinks I am not ready for promotion.', 'd2'],
    ],
  },
  {
    date: '2027-04-05T18:45:00',
    set: 'D',
    title: 'Board pre-read',
    people: ['Mr Brennan', 'Noor'],
    tags: ['client'],
    situation: 'Mr Brennan circulated his own version of our savings numbers to the board.',
    lines:
      'His version halved the savings. It went out the day before ours. Noor forwarded it to me with no comment.',
    assumptions: [
      ["He's quietly undermining our work with the board.", 'd4'],
      ['The steering committee has not read the report.', 'ud2'],
    ],
  },
  {
    date: '2027-04-06T17:30:00',
    set: 'L',
    title: 'Weekly status with Noor',
    people: ['Noor', 'Dr Weiss'],
    tags: ['client'],
    situation: 'Weekly status; the data extract is two weeks late.',
    lines: [
      ['Noor: Let us keep the status green for now.', 'It is red and you know it.'],
      ['Me: I would rather call it amber.', 'Say red.'],
    ],
    assumptions: [
      ['She covers up the slippage when Dr Weiss asks.', 'd5'],
      ['Owen puts in the bare minimum.', 'd3'],
    ],
  },
  {
    date: '2027-04-07T19:00:00',
    set: 'D',
    title: 'Weekend working',
    people: ['Harriet', 'Owen'],
    tags: ['workload'],
    situation: 'The team worked Saturday and Sunday on the board pack.',
    lines:
      'Harriet sent nine messages on Saturday. Owen replied to none of them until Monday. I replied to all of them within ten minutes.',
    assumptions: [
      ["I'm supposed to be reachable every evening and weekend.", 'd7'],
      ["Owen isn't pulling his weight on the analysis.", 'd3'],
    ],
  },
  {
    date: '2027-04-08T18:20:00',
    set: 'L',
    title: 'Findings workshop',
    people: ['Dr Weiss', 'Owen'],
    tags: ['client'],
    situation: 'Findings workshop with Dr Weiss and her direct reports.',
    lines: [
      ["Dr Weiss: We'll have our own team validate this.", 'Again.'],
      ['Owen: Happy to walk anyone through the model.', 'Good, Owen.'],
    ],
    assumptions: [
      ["She's suspicious of every number we show her.", 'd8'],
      ['Our advice goes straight in the bin as far as Dr Weiss is concerned.', 'd1'],
    ],
  },
  {
    date: '2027-04-09T17:40:00',
    set: 'D',
    title: 'Renewal conversation',
    people: ['Dr Weiss', 'Harriet'],
    tags: ['client', 'scope'],
    situation: 'Harriet asked me to sound out Dr Weiss about phase two.',
    lines:
      'Dr Weiss said phase two "depends on how flexible you are". Harriet said "we are always flexible". I had the extra scope in my notebook.',
    assumptions: [
      ['Challenging the client on scope would cost us the renewal.', 'd6'],
      ['Harriet believes I am a year or two away from making partner.', 'd2'],
    ],
  },
  {
    date: '2027-04-12T18:00:00',
    set: 'L',
    title: 'Brennan one-to-one',
    people: ['Mr Brennan'],
    tags: ['client'],
    situation: 'Asked Mr Brennan for a one-to-one about the savings numbers.',
    lines: [
      ['Mr Brennan: My numbers are more realistic.', 'Your numbers protect your budget.'],
      ['Me: Could we reconcile them together?', 'That went better than expected.'],
    ],
    assumptions: [
      ['Brennan wants this engagement to fail so he can say he was right.', 'd4'],
      ['Mr Brennan is protecting his own budget.', 'ud3'],
    ],
  },
  {
    date: '2027-04-13T17:15:00',
    set: 'D',
    title: 'Model handover',
    people: ['Owen'],
    tags: ['team'],
    situation: 'Owen handed over the revised model a day early.',
    lines:
      'Owen delivered the model on Tuesday, a day early. It had three scenarios I had not asked for. He had stayed late twice.',
    assumptions: [
      ['Owen is working harder than anyone on the team.', 'd3-not'],
      ['Owen leaves the hard modelling to everyone else.', 'd3'],
    ],
  },
  {
    date: '2027-04-14T18:30:00',
    set: 'L',
    title: 'Sponsor catch-up',
    people: ['Dr Weiss', 'Noor'],
    tags: ['client'],
    situation: 'Short catch-up with Dr Weiss before the steering committee.',
    lines: [
      ["Dr Weiss: Noor tells me we're on track.", 'You are not.'],
      ['Me: Mostly, with one risk on the data.', 'One big risk.'],
    ],
    assumptions: [
      ['Noor hides the project problems from her sponsor.', 'd5'],
      ['Dr Weiss acted on our recommendations last quarter.', 'd1-not'],
      ['Dr Weiss has her own analysts re-check everything we send.', 'd8'],
    ],
  },
  {
    date: '2027-04-15T19:45:00',
    set: 'D',
    title: 'Holiday request',
    people: ['Harriet'],
    tags: ['workload', 'career'],
    situation: 'Booked a week off in May and told Harriet I would be offline.',
    lines:
      'Harriet said "let\'s see how the client is doing closer to the time". She did not approve or refuse it. Two partners were on holiday last month.',
    assumptions: [
      ['Switching off my phone on holiday would be held against me.', 'd7'],
      ['Harriet is pushing for my promotion.', 'd2-not'],
    ],
  },
  {
    date: '2027-04-16T17:50:00',
    set: 'L',
    title: 'Scope review',
    people: ['Dr Weiss'],
    tags: ['client', 'scope'],
    situation: 'Reviewed the statement of work against what we are actually doing.',
    lines: [
      ['Dr Weiss: I thought HR was always in scope.', 'It never was.'],
      ["Me: Let's look at the contract together.", 'Finally.'],
    ],
    assumptions: [
      ["Pushing back on Dr Weiss means the engagement won't be extended.", 'd6'],
      ["Dr Weiss isn't interested in what the team has found.", 'd1'],
      ["Dr Weiss doesn't listen to Mr Brennan either.", 'ud4'],
    ],
  },
  {
    date: '2027-04-19T18:10:00',
    set: 'D',
    title: 'Data room access',
    people: ['Noor', 'Dr Weiss'],
    tags: ['client'],
    situation: 'Found that Dr Weiss had seen the data extract delay report a week before we did.',
    lines:
      'The report was dated the 12th. Dr Weiss had forwarded it to her chief of staff. Noor had not seen it.',
    assumptions: [
      ['Dr Weiss is keeping the delays from Noor.', 'd5-rev'],
      ["The client's data is too messy to finish on time.", 'ud5'],
    ],
  },
  {
    date: '2027-04-20T17:20:00',
    set: 'L',
    title: 'Staffing the next phase',
    people: ['Harriet', 'Noor'],
    tags: ['career'],
    situation: 'Harriet staffed the next phase without asking me.',
    lines: [
      ['Harriet: You will be the number two on phase two.', 'Number two. Again.'],
      ['Me: Understood.', 'Say something.'],
    ],
    assumptions: [
      ["Harriet won't put me forward for partner this round.", 'd2'],
      ['Refusing the new requests will get us replaced by another firm.', 'd6'],
      ['In this firm you are meant to be on call around the clock.', 'd7'],
    ],
  },
  {
    date: '2027-04-21T18:40:00',
    set: 'D',
    title: 'CFO in the corridor',
    people: ['Mr Brennan', 'Noor'],
    tags: ['client'],
    situation: 'Overheard Mr Brennan with two board members after the steering committee.',
    lines:
      'He said "consultants always find savings on paper". The board members laughed. Noor looked at the floor.',
    assumptions: [
      ['The CFO is working against us behind the scenes.', 'd4'],
      ['Noor will be promoted if the project lands.', 'ud6'],
    ],
  },
];
