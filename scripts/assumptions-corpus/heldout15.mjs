// Fifteenth held-out set: written blind at the end of session 6, without reading the engine, its theme tables, its
// tests, the probes, other splits' statements or any failure output, and without running the engine on it. To be
// scored once, by the lead, at the end of the next round; never tuned on.
// Two fictional journal keepers writing after difficult work conversations: the head gardener of a National
// Trust-style estate garden (Philippa, the general manager — "the GM", "the general manager"; Audrey, the senior
// gardener who wanted the head gardener's job — "my senior gardener"; Cedric, the volunteer lead, and the volunteers;
// Natasha, the events manager — "the events team", "the events people"; Mr Fairbrother, a trustee — "the trustee",
// "the trustees") and a youth worker at a council-run youth centre (Geraldine, his line manager — "my manager";
// PC Hollis, the police liaison officer — "the police"; Mrs Achterberg and Mr Quinlan, parents — "the parents";
// Jaden, a sixteen-year-old he mentors; Kofi, a colleague who is leaving; Annika, the grants officer of the
// foundation that funds the centre — "the funder", "the foundation"; the council).
// Pronouns refer to the one person of that gender in the entry's people; roles and group subjects are used too.
// Traps: opposites (sees the garden as a backdrop for weddings / cares about the plants, loves the garden; the
// volunteers will walk / stick with me, none of them going anywhere; the trustee thinks I'm too inexperienced / has
// full confidence, trusts my judgement; only cares about the numbers, not the kids / cares more about the young
// people than the paperwork; the police see the centre as a den / part of the answer, keeps kids out of trouble;
// Jaden will drop out / won't give up on his course; the foundation will pull the grant / renew it, keep funding us),
// direction (Audrey turns the volunteers against me / I turn them against Audrey; Kofi complains about me to
// Geraldine / I run Kofi down to Geraldine), different objects in the same frame (Philippa takes credit for Natasha's
// events; Mr Quinlan blames PC Hollis; PC Hollis thinks Kofi is covering for the kids; Mr Fairbrother thinks
// Philippa spends too much on events), self-beliefs that recur without a person (saying no to events makes me the
// obstructive one; talking to the police loses the young people's trust), negation inside paraphrases ("has never
// accepted that I got the job", "nobody is going to replace Kofi", "nobody will volunteer any more"), passive vs
// active ("any plant losses will be put down to me") and paraphrases with little word overlap ("a money-maker" ~
// "a backdrop for weddings"; "a den for gangs" ~ "where the troublemakers hang out"; "holding the fort alone" ~
// "the whole place will fall on me").

export const groups = {
  // head gardener at an estate garden
  h15a1: ['paraphrase', 'Philippa only cares about the event income, not the garden'],
  'h15a1-not': ['opposite', 'Philippa cares about the garden and its plants'],
  h15a2: ['paraphrase', 'Audrey resents me for getting the head gardener job she wanted'],
  h15a3: ['paraphrase', 'Audrey turns the volunteers against me'],
  'h15a3-rev': ['direction', 'I turn the volunteers against Audrey'],
  h15a4: ['paraphrase', 'The volunteers will leave if I change how things are done'],
  'h15a4-not': ['opposite', 'The volunteers will stay with me through the changes'],
  h15a5: ['paraphrase', "The events team don't care about the damage they do to the garden"],
  h15a6: ['paraphrase', 'Mr Fairbrother thinks I am not up to running the garden'],
  'h15a6-not': ['opposite', 'Mr Fairbrother has full confidence in me'],
  h15a7: ['paraphrase', 'Saying no to events will get me seen as obstructive'],
  h15a8: ['paraphrase', "The garden's budget or staff will be cut"],
  h15a9: ['paraphrase', "Philippa takes the credit for the garden team's work"],
  h15a10: ['paraphrase', 'I will be blamed if the garden is not ready for opening'],
  // youth worker at a council youth centre
  h15b1: ['paraphrase', 'Geraldine only cares about the numbers for the funder, not the young people'],
  'h15b1-not': ['opposite', 'Geraldine cares about the young people'],
  h15b2: ['paraphrase', 'The police see the youth centre as a hangout for troublemakers'],
  'h15b2-not': ['opposite', 'The police see the youth centre as part of the solution'],
  h15b3: ['paraphrase', 'Jaden will drop out of college'],
  'h15b3-not': ['opposite', 'Jaden will stay on at college'],
  h15b4: ['paraphrase', 'Parents blame me for what their children do'],
  h15b5: ['paraphrase', 'The funder will stop the grant'],
  'h15b5-not': ['opposite', 'The funder will renew the grant'],
  h15b6: ['paraphrase', 'After Kofi leaves I will be running the centre on my own'],
  h15b7: ['paraphrase', 'Kofi complains about me to Geraldine'],
  'h15b7-rev': ['direction', 'I complain about Kofi to Geraldine'],
  h15b8: ['paraphrase', "Talking to the police will cost me the young people's trust"],
  h15b9: ['paraphrase', 'Jaden only comes to the sessions because he has to'],
  h15b10: ['paraphrase', 'The council will close the youth centre'],
};

export const entries = [
  {
    date: '2027-02-22T18:30:00',
    set: 'D',
    title: 'Budget round with the GM',
    people: ['Philippa'],
    tags: ['general manager', 'budget'],
    situation: 'Annual budget meeting with Philippa in the estate office.',
    lines:
      'Philippa spent twenty minutes on the wedding bookings and two on the borders. The line for plants and seed was the same as last year, the line for marquee hire had doubled. She said "we have to be realistic about where the money comes from".',
    assumptions: [
      ['Philippa sees the garden as a backdrop for weddings, nothing more.', 'h15a1'],
      ['The garden budget is going to be cut again this year.', 'h15a8'],
    ],
  },
  {
    date: '2027-02-23T21:05:00',
    set: 'D',
    title: 'Monthly figures',
    people: ['Geraldine'],
    tags: ['manager', 'funding'],
    situation: 'Supervision with Geraldine, mostly about the monthly return to the foundation.',
    lines:
      'Geraldine asked how many young people came through the door each night and how many "outcomes" I could evidence. When I started talking about a lad who finally opened up about home, she said "lovely, but can we put a number on it".',
    assumptions: [
      ['Geraldine only cares about the attendance numbers for the funder, not the kids.', 'h15b1'],
      ['The funder is going to pull the grant at the end of the year.', 'h15b5'],
    ],
  },
  {
    date: '2027-02-25T17:45:00',
    set: 'L',
    title: 'Monday team meeting',
    people: ['Audrey'],
    tags: ['senior gardener', 'team'],
    situation: 'First team meeting of the season. I set out the plan to replant the long border.',
    lines: [
      [
        'Audrey: We tried something like that in 2019. It was a lot of work for not much.',
        'Before my time, she means.',
      ],
      ['Me: This time we will stage it over two years.', 'Please just give it a chance.'],
      ['Audrey: Whatever you think best. You are in charge.', 'Said to the volunteers as much as to me.'],
    ],
    assumptions: [
      ['Audrey still thinks the head gardener job should have been hers.', 'h15a2'],
      ['Audrey is turning the volunteers against me.', 'h15a3'],
    ],
  },
  {
    date: '2027-02-26T22:20:00',
    set: 'L',
    title: 'Visit from the police liaison',
    people: ['PC Hollis'],
    tags: ['police', 'trust'],
    situation:
      'PC Hollis dropped in during the Thursday evening session and asked to speak to me in the office.',
    lines: [
      ['PC Hollis: A few of your regulars were seen near the garages on Saturday.', 'Here we go.'],
      [
        'PC Hollis: It would help if you could give me some names.',
        'And then what do I say to them on Monday?',
      ],
      ['Me: I will have a think about what I can share.', 'I already know the answer.'],
    ],
    assumptions: [
      ['PC Hollis thinks the centre is where the troublemakers hang out.', 'h15b2'],
      ['If I pass names to the police, the young people will never trust me again.', 'h15b8'],
    ],
  },
  {
    date: '2027-02-28T16:10:00',
    set: 'D',
    title: 'Tuesday rota',
    people: ['Cedric', 'Audrey'],
    tags: ['volunteers', 'rota'],
    situation:
      'I proposed moving the Tuesday volunteer group to Wednesdays so they can work with the full team.',
    lines:
      'Cedric said nothing and folded his arms. Two of the volunteers left the tea room early. Audrey mentioned that Cedric had been "a bit wobbly on the steps lately".',
    assumptions: [
      ['If I change the Tuesday rota the volunteers will just stop coming.', 'h15a4'],
      ['Audrey thinks Cedric is too old to be working up a ladder.', 'uh15a1'],
    ],
  },
  {
    date: '2027-03-01T20:40:00',
    set: 'D',
    title: 'Jaden and the college letter',
    people: ['Jaden'],
    tags: ['mentoring', 'college'],
    situation: 'Weekly mentoring session with Jaden.',
    lines:
      'Jaden was forty minutes late. He showed me a letter from college about his attendance, then put it in the bin. When I asked about his youth offending worker he said "I come here, don\'t I, that\'s the deal".',
    assumptions: [
      ['Jaden is going to drop out of college before Easter.', 'h15b3'],
      ['Jaden only turns up to our sessions because his order says so.', 'h15b9'],
    ],
  },
  {
    date: '2027-03-03T18:00:00',
    set: 'D',
    title: 'The marquee',
    people: ['Natasha'],
    tags: ['events', 'lawn'],
    situation: 'Natasha brought the plans for the May wedding fair.',
    lines:
      'The marquee sits on the great lawn for nine days. Natasha said the lawn "always bounces back". When I suggested the paddock she said the couples want the view of the house and it is "not really up for discussion".',
    assumptions: [
      ["Natasha's team don't care what happens to the lawns as long as the wedding goes well.", 'h15a5'],
      ["If I refuse the marquee on the great lawn I'll be seen as blocking the income.", 'h15a7'],
    ],
  },
  {
    date: '2027-03-04T21:30:00',
    set: 'L',
    title: 'Parents evening',
    people: ['Mrs Achterberg'],
    tags: ['parents', 'council'],
    situation: 'Open evening for parents. Mrs Achterberg came straight over to me.',
    lines: [
      ['Mrs Achterberg: He never got into any of this before he started coming here.', 'Not true, but fine.'],
      ['Mrs Achterberg: And the councillor says this place is a magnet for it.', 'Lovely.'],
      ['Me: I would really like to sit down with you and your son.', 'I doubt she will.'],
    ],
    assumptions: [
      ['Mrs Achterberg blames me for what her son got into.', 'h15b4'],
      ['The council is looking for an excuse to shut the centre.', 'h15b10'],
    ],
  },
  {
    date: '2027-03-06T17:20:00',
    set: 'L',
    title: 'Walk round with the trustee',
    people: ['Mr Fairbrother'],
    tags: ['trustee', 'opening'],
    situation: 'Mr Fairbrother asked for a walk round the garden three weeks before opening.',
    lines: [
      ['Mr Fairbrother: Your predecessor was here thirty years, you know.', 'I know. Everyone tells me.'],
      [
        'Mr Fairbrother: It is a big garden for someone starting out.',
        'Starting out. I have been doing this fifteen years.',
      ],
      ['Mr Fairbrother: The borders will be ready for Easter, I assume?', 'They had better be.'],
    ],
    assumptions: [
      ["Mr Fairbrother thinks I'm too inexperienced to run a garden of this size.", 'h15a6'],
      ["If the borders aren't ready for Easter opening, it'll be on me.", 'h15a10'],
    ],
  },
  {
    date: '2027-03-07T19:15:00',
    set: 'D',
    title: 'Kofi hands in his notice',
    people: ['Kofi', 'Geraldine'],
    tags: ['colleague', 'staffing'],
    situation: 'Kofi told the team he is leaving at the end of April for a job in the city.',
    lines:
      'Geraldine said there was "no guarantee" the post would be filled this financial year. Later I saw Kofi coming out of her office, and she asked me the next day whether the Friday session "always runs that late".',
    assumptions: [
      ["Once Kofi goes I'll be running the evening sessions on my own.", 'h15b6'],
      ['Kofi complains about me to Geraldine.', 'h15b7'],
    ],
  },
  {
    date: '2027-03-09T18:50:00',
    set: 'D',
    title: 'The members newsletter',
    people: ['Philippa'],
    tags: ['general manager', 'credit'],
    situation: 'The spring members newsletter came out.',
    lines:
      'The lead article is about the restored glasshouse, with a photo of Philippa in front of it. The team who rebuilt the staging over the winter are not mentioned. She also noted that "all departments will need to find savings".',
    assumptions: [
      ['Philippa takes the credit for what the garden team does.', 'h15a9'],
      ["There'll be less money for the garden next year, whatever I say.", 'h15a8'],
    ],
  },
  {
    date: '2027-03-10T22:00:00',
    set: 'D',
    title: 'Funder visit',
    people: ['Annika'],
    tags: ['funder', 'council'],
    situation: 'Annika from the foundation came for her six-monthly visit.',
    lines:
      'Annika asked a lot about "sustainability" and whether the council would contribute. She said the trustees are "looking at their priorities". The council has just published its list of buildings under review, and ours is on it.',
    assumptions: [
      ["Annika's foundation won't renew our funding.", 'h15b5'],
      ['The centre will be closed in the next round of council cuts.', 'h15b10'],
    ],
  },
  {
    date: '2027-03-12T17:00:00',
    set: 'L',
    title: 'Pruning the roses',
    people: ['Audrey'],
    tags: ['senior gardener', 'volunteers'],
    situation: 'I asked Audrey to prune the rose garden harder this year.',
    lines: [
      ['Audrey: That is not how we have ever done it here.', 'We. I am not part of the we.'],
      ['Me: I would like to try it on one bed at least.', 'Firm but fair.'],
      [
        'Audrey: The volunteers were asking me why you changed it.',
        'Because I had told them, behind her, why she was wrong.',
      ],
    ],
    assumptions: [
      ['Audrey resents me for getting the job over her.', 'h15a2'],
      ["I've been undermining Audrey with the volunteers without meaning to.", 'h15a3-rev'],
    ],
  },
  {
    date: '2027-03-13T21:45:00',
    set: 'L',
    title: 'Outcomes form',
    people: ['Geraldine', 'Kofi'],
    tags: ['manager', 'staffing'],
    situation: 'Geraldine sent back my quarterly outcomes form with comments.',
    lines: [
      [
        'Geraldine: You have only ticked four outcome boxes for thirty young people.',
        'Because that is what happened.',
      ],
      ["Geraldine: Can we talk about covering Kofi's sessions?", 'Covering. As in forever.'],
      ['Me: I will see what I can do.', 'Which is everything, alone.'],
    ],
    assumptions: [
      ['Geraldine sees the young people as numbers on a form.', 'h15b1'],
      ['Nobody is going to replace Kofi.', 'h15b6'],
    ],
  },
  {
    date: '2027-03-15T16:40:00',
    set: 'D',
    title: 'New tool rules',
    people: ['Cedric'],
    tags: ['volunteers', 'frost'],
    situation: 'I explained the new rule that volunteers need training before using the powered tools.',
    lines:
      'Cedric said some of them had been using hedge trimmers since before I was born. One of the volunteers asked whether this was "the beginning of the end". That night there was a hard frost and the tree ferns were not wrapped.',
    assumptions: [
      ['The volunteers will walk out if I bring in the new rules.', 'h15a4'],
      ['Any plant losses from the frost will be put down to me.', 'h15a10'],
    ],
  },
  {
    date: '2027-03-16T22:30:00',
    set: 'D',
    title: 'Police at the door',
    people: ['PC Hollis', 'Kofi'],
    tags: ['police', 'colleague'],
    situation:
      'Two officers and PC Hollis came into the centre during the Tuesday session looking for a lad.',
    lines:
      'PC Hollis asked the officers to check the back room. She asked Kofi twice whether he had seen the lad that evening, and wrote something down after he said no.',
    assumptions: [
      ['The police see the youth centre as a den for gangs.', 'h15b2'],
      ['PC Hollis thinks Kofi is covering for the kids.', 'uh15b1'],
    ],
  },
  {
    date: '2027-03-18T18:20:00',
    set: 'D',
    title: 'Events calendar',
    people: ['Natasha'],
    tags: ['events', 'lawn'],
    situation: 'Events planning meeting for the summer.',
    lines:
      'Natasha has booked four outdoor cinema nights on the lawn by the lily pond. She said "I know you will find a way to make it work". When I raised the wet spring she said the garden team "always find a problem".',
    assumptions: [
      ['Turning down events gets me a reputation as the obstructive one.', 'h15a7'],
      ['The events people think the garden is just a venue to be trampled.', 'h15a5'],
    ],
  },
  {
    date: '2027-03-19T20:55:00',
    set: 'L',
    title: 'Jaden after football',
    people: ['Jaden'],
    tags: ['mentoring', 'college'],
    situation: 'Jaden stayed after football. We sat on the wall outside.',
    lines: [
      ['Jaden: My mum says I have to keep coming or Mum will tell my worker.', 'So that is why.'],
      ['Jaden: I saw Reece and that lot at the weekend.', 'The old crowd.'],
      ['Me: How is the course going?', 'He shrugged.'],
    ],
    assumptions: [
      ['Jaden talks to me because he has to, not because he wants to.', 'h15b9'],
      ['Jaden is slipping back into his old crowd and will quit his course.', 'h15b3'],
    ],
  },
  {
    date: '2027-03-21T17:35:00',
    set: 'L',
    title: 'The glasshouse talk',
    people: ['Philippa', 'Natasha'],
    tags: ['general manager', 'events'],
    situation: 'Philippa asked me to give a talk about the garden at a corporate away day Natasha had sold.',
    lines: [
      ['Philippa: Ten minutes, something charming, then they go in for lunch.', 'Charming.'],
      ['Philippa: The board were so pleased with the Christmas lights I put on.', 'Natasha put them on.'],
      ['Me: Happy to do it.', 'The plants are scenery.'],
    ],
    assumptions: [
      ['All Philippa cares about is the income from the events, not the plants.', 'h15a1'],
      ["Philippa takes credit for Natasha's events.", 'uh15a2'],
    ],
  },
  {
    date: '2027-03-22T21:10:00',
    set: 'D',
    title: 'Mr Quinlan on the phone',
    people: ['Mr Quinlan', 'PC Hollis'],
    tags: ['parents', 'police'],
    situation: 'Mr Quinlan rang the centre after his son was arrested on Saturday night.',
    lines:
      'He said his son had been "at your place" all evening and asked why nobody had stopped the boy leaving with that crowd. He also said PC Hollis had "had it in for the lad for months".',
    assumptions: [
      ['Mr Quinlan holds me responsible for his son getting arrested.', 'h15b4'],
      ["Mr Quinlan blames PC Hollis for his son's arrest.", 'uh15b2'],
    ],
  },
  {
    date: '2027-03-24T18:05:00',
    set: 'D',
    title: 'Trustees in the garden',
    people: ['Mr Fairbrother'],
    tags: ['trustee', 'budget'],
    situation: 'The trustees came to see the spring bulbs before their meeting.',
    lines:
      'Mr Fairbrother told the others that the garden "has never looked better" and asked me to present at the next meeting. Afterwards the finance trustee asked how many gardeners we "really" need for the summer.',
    assumptions: [
      ['Mr Fairbrother has full confidence in how I run the garden.', 'h15a6-not'],
      ["The trustees are planning to cut a gardener's post.", 'h15a8'],
    ],
  },
  {
    date: '2027-03-25T22:15:00',
    set: 'D',
    title: 'Friday handover',
    people: ['Kofi', 'Geraldine'],
    tags: ['colleague', 'manager'],
    situation: 'Handover at the end of the week.',
    lines:
      'Kofi left the cash tin unlocked again. I mentioned it to Geraldine, and also that he had been late twice. On Monday Geraldine asked me why the Friday register had gaps, which only Kofi would have noticed.',
    assumptions: [
      ["I've been complaining to Geraldine about Kofi.", 'h15b7-rev'],
      ['Kofi has been going to our manager behind my back about me.', 'h15b7'],
    ],
  },
  {
    date: '2027-03-27T17:25:00',
    set: 'L',
    title: 'The email to the trustee',
    people: ['Audrey', 'Mr Fairbrother'],
    tags: ['senior gardener', 'trustee'],
    situation: 'I found out that Audrey had emailed Mr Fairbrother about the long border plan.',
    lines: [
      ['Audrey: He asked me for my view, so I gave it.', 'He asked you.'],
      [
        'Mr Fairbrother (by email): Perhaps we should not be too ambitious in your first year.',
        'Your first year.',
      ],
      [
        'Me: I would rather we talked about these things in the team first.',
        'I would rather you did not go around me.',
      ],
    ],
    assumptions: [
      ['Audrey goes behind my back to the volunteers.', 'h15a3'],
      ["The trustee doesn't believe I'm up to it.", 'h15a6'],
    ],
  },
  {
    date: '2027-03-28T20:35:00',
    set: 'L',
    title: 'Call with the foundation',
    people: ['Annika', 'Geraldine'],
    tags: ['funder', 'manager'],
    situation: 'Call with Annika and Geraldine about next year.',
    lines: [
      ['Annika: I cannot promise anything beyond March.', 'So that is that.'],
      ['Geraldine: The young people here are the reason I still do this job.', 'I did not expect that.'],
      ['Me: We can send you case studies.', 'Too late, probably.'],
    ],
    assumptions: [
      ['The money from the foundation will dry up after this year.', 'h15b5'],
      ['Geraldine genuinely cares what happens to the kids.', 'h15b1-not'],
    ],
  },
  {
    date: '2027-03-30T16:55:00',
    set: 'D',
    title: 'Volunteer lunch',
    people: ['Cedric', 'Audrey'],
    tags: ['volunteers', 'senior gardener'],
    situation: 'End-of-month lunch for the volunteers.',
    lines:
      'Cedric thanked me for the training day and said "we are all behind you". Twelve of them signed up for the summer rota. Audrey sat with the Thursday group and they went quiet when I came over.',
    assumptions: [
      ['The volunteers will stick with me through the changes.', 'h15a4-not'],
      ["Audrey is quietly telling the volunteers I don't know what I'm doing.", 'h15a3'],
    ],
  },
  {
    date: '2027-03-31T21:20:00',
    set: 'D',
    title: 'Statement request',
    people: ['PC Hollis'],
    tags: ['police', 'trust'],
    situation: 'PC Hollis asked me to give a statement about what I overheard in the games room.',
    lines:
      'She said it would be "just background". She also said the centre was "the first place we look" when anything happens on the estate. Two of the lads watched me go into the office with her.',
    assumptions: [
      ["Talking to the police about the lads will lose me the trust I've built.", 'h15b8'],
      ['PC Hollis treats every kid who comes through our door as a suspect.', 'h15b2'],
    ],
  },
  {
    date: '2027-04-02T17:50:00',
    set: 'D',
    title: 'The magnolia',
    people: ['Philippa'],
    tags: ['general manager', 'opening'],
    situation: 'Philippa came down to the garden to see the frost damage.',
    lines:
      'She spent half an hour with me looking at the magnolia and asked what it needs to recover. She said she had walked this garden as a child and it was the reason she took the job. The magnolia is still browning at the edges.',
    assumptions: [
      ["I'll be blamed if the magnolia doesn't flower for the opening.", 'h15a10'],
      ['Philippa genuinely cares about the plants.', 'h15a1-not'],
    ],
  },
  {
    date: '2027-04-03T20:25:00',
    set: 'D',
    title: 'Jaden and the placement',
    people: ['Jaden'],
    tags: ['mentoring', 'college'],
    situation: 'Jaden told me he got a work placement at the garage through college.',
    lines:
      'He had filled in the forms himself and was on time for once. He said he would not be coming on Thursdays any more because of the placement.',
    assumptions: [
      ['Jaden is going to stay on track this time.', 'h15b3-not'],
      ['Jaden would stop coming the minute nobody made him.', 'h15b9'],
    ],
  },
  {
    date: '2027-04-05T18:15:00',
    set: 'L',
    title: 'Wedding fair set-up',
    people: ['Natasha'],
    tags: ['events', 'lawn'],
    situation: 'The contractors for the wedding fair arrived a day early and drove onto the lawn.',
    lines: [
      ['Natasha: It is only a couple of tyre marks.', 'Ruts. Deep ones.'],
      ['Natasha: You did say you would be flexible this year.', 'I said no such thing.'],
      ['Me: Can they use the track by the walled garden?', 'Say yes, please.'],
    ],
    assumptions: [
      ["The events team couldn't care less about the damage they do to the grass.", 'h15a5'],
      ["If I keep saying no, they'll decide I'm the problem.", 'h15a7'],
    ],
  },
  {
    date: '2027-04-06T21:40:00',
    set: 'L',
    title: 'Mrs Achterberg again',
    people: ['Mrs Achterberg'],
    tags: ['parents', 'council'],
    situation: 'Mrs Achterberg came in after the fight at the bus stop.',
    lines: [
      ['Mrs Achterberg: All the mums are saying the same thing about this place.', 'About me.'],
      ['Mrs Achterberg: The councillor is coming to the residents meeting.', 'With the closure list.'],
      ['Me: I hear you. Come in on Thursday and meet the team.', 'The team of one, soon.'],
    ],
    assumptions: [
      ["The parents think it's my fault when their kids go off the rails.", 'h15b4'],
      ['The council will use the fight to close us down.', 'h15b10'],
    ],
  },
  {
    date: '2027-04-08T17:30:00',
    set: 'D',
    title: 'Press release',
    people: ['Philippa', 'Natasha'],
    tags: ['general manager', 'events'],
    situation: 'The draft press release for the opening landed in my inbox.',
    lines:
      'It says the new rose garden is "Philippa\'s vision". Natasha added a line asking the volunteers to keep the paths clear "so guests are not held up".',
    assumptions: [
      ['Philippa will present the new rose garden as her idea.', 'h15a9'],
      ['The events team think the volunteers get in the way.', 'uh15a3'],
    ],
  },
  {
    date: '2027-04-09T22:05:00',
    set: 'D',
    title: "Kofi's leaving do",
    people: ['Kofi', 'Geraldine'],
    tags: ['colleague', 'staffing'],
    situation: 'Leaving drinks for Kofi in the centre.',
    lines:
      'Geraldine gave a speech and said the rota "will look after itself for a while". Kofi told her, in front of me, that I "struggle a bit with the big nights". The advert for his post still has not gone out.',
    assumptions: [
      ['When Kofi leaves, the whole place will fall on me.', 'h15b6'],
      ["Kofi has been telling Geraldine I can't manage the sessions.", 'h15b7'],
    ],
  },
  {
    date: '2027-04-11T16:45:00',
    set: 'L',
    title: 'Audrey and the seed order',
    people: ['Audrey'],
    tags: ['senior gardener'],
    situation: 'Audrey placed the seed order herself without asking me.',
    lines: [
      ['Audrey: I have done it for twelve years. It did not occur to me.', 'It did.'],
      ['Audrey: The last head gardener always let me.', 'The last one. Not me.'],
      ['Me: Next year let us do it together.', 'She will not.'],
    ],
    assumptions: [['Audrey has never accepted that I got the job.', 'h15a2']],
  },
  {
    date: '2027-04-12T21:25:00',
    set: 'D',
    title: 'Information sharing',
    people: ['Geraldine', 'PC Hollis'],
    tags: ['manager', 'police'],
    situation: 'Geraldine asked me to sign the new information-sharing agreement with PC Hollis.',
    lines:
      'The agreement asks us to pass on "any concerns" about young people within 24 hours. Geraldine said it would look good in the return to the foundation, and that the numbers referred in would count as an outcome.',
    assumptions: [
      ["For Geraldine it's all about the figures in the quarterly return.", 'h15b1'],
      ["Once the kids see me talking to the police, they'll stop telling me anything.", 'h15b8'],
    ],
  },
  {
    date: '2027-04-14T18:00:00',
    set: 'D',
    title: 'Sign-in sheets',
    people: ['Mr Fairbrother', 'Cedric'],
    tags: ['trustee', 'volunteers'],
    situation: 'The trustees asked that volunteers sign in and out for insurance.',
    lines:
      'Mr Fairbrother asked me, in front of Cedric, whether I was "sure I could manage" the extra paperwork on top of opening. Cedric said the older volunteers would take it as an insult.',
    assumptions: [
      ['Mr Fairbrother doubts I can cope with an estate this big.', 'h15a6'],
      ['Nobody will volunteer any more if I make them sign in.', 'h15a4'],
    ],
  },
  {
    date: '2027-04-15T20:50:00',
    set: 'L',
    title: 'Jaden on the placement',
    people: ['Jaden'],
    tags: ['mentoring', 'college'],
    situation: 'Jaden dropped in on his way back from the garage.',
    lines: [
      ['Jaden: The boss there says I have got good hands.', 'He is grinning.'],
      ['Jaden: This place is for the little kids now, though.', 'That stings.'],
      ['Me: You are welcome here whenever you want.', 'I mean it.'],
    ],
    assumptions: [
      ["Jaden won't give up on his course now.", 'h15b3-not'],
      ['Jaden thinks the centre is only for younger kids.', 'uh15b3'],
    ],
  },
  {
    date: '2027-04-16T17:10:00',
    set: 'D',
    title: 'After the volunteer meeting',
    people: ['Audrey', 'Cedric'],
    tags: ['volunteers', 'senior gardener'],
    situation: 'Volunteer meeting about the opening weekend.',
    lines:
      'Every volunteer put their name down for a shift. Cedric told me afterwards that some of them had asked why Audrey "gets so little say these days", and that they had picked that up from me.',
    assumptions: [
      ['None of the volunteers are about to leave.', 'h15a4-not'],
      ["I've been turning the volunteers against Audrey.", 'h15a3-rev'],
    ],
  },
  {
    date: '2027-04-17T21:35:00',
    set: 'D',
    title: 'Good news letter',
    people: ['Annika', 'Geraldine'],
    tags: ['funder', 'manager'],
    situation: 'A letter came from the foundation after the board met.',
    lines:
      'Annika wrote that the board had approved a further three years. Geraldine forwarded it with a note saying the case studies about the young people mattered far more than the spreadsheet.',
    assumptions: [
      ['The foundation will renew our grant for another three years.', 'h15b5-not'],
      ['Geraldine cares more about the young people than the paperwork.', 'h15b1-not'],
    ],
  },
  {
    date: '2027-04-19T18:40:00',
    set: 'L',
    title: 'Opening weekend figures',
    people: ['Philippa'],
    tags: ['general manager', 'credit'],
    situation: 'Philippa called me in after the opening weekend.',
    lines: [
      ['Philippa: Visitor spend per head is up eight per cent.', 'Not a word about the borders.'],
      ['Philippa: I will tell the trustees how well my plan worked.', 'Her plan.'],
      ['Me: The team worked very hard.', 'Say their names. Please.'],
    ],
    assumptions: [
      ['Philippa only sees the place as a money-maker, not a garden.', 'h15a1'],
      ["Philippa will take the bow for our work at the trustees' meeting.", 'h15a9'],
    ],
  },
  {
    date: '2027-04-20T21:00:00',
    set: 'L',
    title: 'PC Hollis at the youth forum',
    people: ['PC Hollis', 'Jaden'],
    tags: ['police', 'mentoring'],
    situation: 'PC Hollis spoke at the youth forum and stayed behind to talk to me.',
    lines: [
      ['PC Hollis: Places like this do more than we ever could.', 'I did not see that coming.'],
      ['PC Hollis: I did see Jaden by the garages last week, mind.', 'Oh no.'],
      ['Me: He has been doing really well.', 'Has he?'],
    ],
    assumptions: [
      ['PC Hollis sees the centre as part of the answer.', 'h15b2-not'],
      ['Jaden will be out of college by the summer.', 'h15b3'],
    ],
  },
  {
    date: '2027-04-21T17:55:00',
    set: 'D',
    title: 'Outdoor cinema',
    people: ['Natasha', 'Philippa'],
    tags: ['events', 'general manager'],
    situation: 'The first outdoor cinema night.',
    lines:
      'Two hundred people and their picnic chairs on the lawn by the lily pond, and the generator parked on the bog garden. Philippa came out in the morning and stood with me looking at the damage, and asked me to write down what the garden needs so she could take it to Natasha.',
    assumptions: [
      ['The events team will churn up the lawns and leave us to fix them.', 'h15a5'],
      ['Philippa loves the garden as much as I do.', 'h15a1-not'],
      ['Saying no to the next cinema night will make me the awkward one again.', 'h15a7'],
    ],
  },
  {
    date: '2027-04-22T22:10:00',
    set: 'D',
    title: 'The job advert',
    people: ['Geraldine', 'Kofi'],
    tags: ['manager', 'colleague'],
    situation: "Geraldine told me Kofi's post will not be advertised until the autumn.",
    lines:
      'She asked if I could "hold it together" over the summer. I told her Kofi had been letting things slide for months and that half the problems on Fridays were his.',
    assumptions: [
      ["I'll be left holding the fort alone after Kofi's gone.", 'h15b6'],
      ["I've been running Kofi down to our manager.", 'h15b7-rev'],
    ],
  },
  {
    date: '2027-04-23T18:25:00',
    set: 'L',
    title: 'Presenting to the trustees',
    people: ['Mr Fairbrother'],
    tags: ['trustee'],
    situation: 'I presented the five-year garden plan to the trustees.',
    lines: [
      ['Mr Fairbrother: I have seen enough. Do it your way.', 'Really?'],
      ['Mr Fairbrother: We should have given you this job years ago.', 'I could cry.'],
      ['Me: Thank you. I will not let you down.', 'Breathe.'],
    ],
    assumptions: [['The trustee trusts my judgement completely.', 'h15a6-not']],
  },
  {
    date: '2027-04-24T21:15:00',
    set: 'D',
    title: 'Partnership meeting',
    people: ['Annika', 'PC Hollis'],
    tags: ['funder', 'police'],
    situation: 'Annika invited the police and the centre to a partnership meeting.',
    lines:
      'Annika said the foundation would like to fund a second worker if the police will co-sign the bid. PC Hollis said the centre had "cut the call-outs on the estate by a third" and she would sign.',
    assumptions: [
      ['Annika wants to keep funding us.', 'h15b5-not'],
      ['The police think the centre keeps kids out of trouble.', 'h15b2-not'],
    ],
  },
  {
    date: '2027-04-25T17:40:00',
    set: 'D',
    title: 'Bank holiday opening',
    people: ['Philippa', 'Mr Fairbrother'],
    tags: ['opening', 'trustee'],
    situation: 'The garden is open for the bank holiday weekend with the events team running a plant fair.',
    lines:
      'Mr Fairbrother asked me quietly how much the plant fair had cost to put on, and said he had "questions" for Philippa about the events budget. The irrigation pump in the walled garden failed at noon.',
    assumptions: [
      ['Whatever goes wrong on opening day will land on my desk.', 'h15a10'],
      ['Mr Fairbrother thinks Philippa is spending too much on events.', 'uh15a4'],
    ],
  },
  {
    date: '2027-04-25T21:50:00',
    set: 'D',
    title: 'Residents meeting',
    people: ['Mr Quinlan'],
    tags: ['parents', 'council'],
    situation: 'Residents meeting at the community hall about anti-social behaviour.',
    lines:
      'Mr Quinlan stood up and said the trouble "all starts at the youth club". A councillor said the centre\'s future would be "looked at in the round" in the budget review.',
    assumptions: [
      ['Every parent on the estate blames me when something goes wrong.', 'h15b4'],
      ["The centre won't survive the council's budget review.", 'h15b10'],
    ],
  },
];
