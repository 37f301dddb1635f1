// Third held-out set: written before any change to the engine of the WordNet round (and without looking at its
// failure cases), scored once at the start and once at the end, never tuned on.
// Two fictional journal keepers: a features editor at a regional newspaper and the clinical director of a
// small-animal veterinary practice.

export const groups = {
  n1: ['paraphrase', "Declan doesn't trust my news judgement"],
  'n1-not': ['opposite', 'Declan trusts my news judgement'],
  'n1-rev': ['direction', "I don't trust Declan's news judgement"],
  n2: ['paraphrase', 'Nadia is burning out'],
  'n2-not': ['opposite', 'Nadia is coping well'],
  n3: ['paraphrase', 'Tobias takes my edits personally'],
  'n3-not': ['opposite', 'Tobias does not mind my edits'],
  n4: ['paraphrase', 'Mr Harcourt only cares about traffic and money'],
  n5: ['paraphrase', 'If I drop her story, Ruth will think I am caving to advertisers'],
  n6: ['paraphrase', 'Ruth criticises me behind my back'],
  'n6-rev': ['direction', 'I criticise Ruth behind her back'],
  n7: ['paraphrase', 'Asking for more staff will make me look like I cannot cope'],
  p1: ['paraphrase', 'Marcus is not ready to operate alone'],
  'p1-not': ['opposite', 'Marcus is ready to operate alone'],
  p2: ['paraphrase', 'Helen thinks I undercharge'],
  p3: ['paraphrase', "Mrs Lindqvist blames us for her dog's decline"],
  p4: ['paraphrase', 'Sophie is afraid to disagree with me'],
  'p4-not': ['opposite', 'Sophie feels free to disagree with me'],
  p5: ['paraphrase', 'Helen does not appreciate my extra hours'],
  'p5-not': ['opposite', 'Helen appreciates my extra hours'],
  p6: ['paraphrase', 'Kwame overbooks my clinics'],
  p7: ['paraphrase', 'Marcus relies on Sophie to catch his mistakes'],
  'p7-rev': ['direction', 'Sophie relies on Marcus to catch her mistakes'],
};

export const entries = [
  {
    date: '2027-03-01T11:00:00',
    set: 'L',
    title: 'Front page conference',
    people: ['Declan', 'Nadia'],
    tags: ['conference'],
    situation: 'Morning conference. I argued for the hospital waiting-times story as the splash.',
    lines: [
      ['Declan: We will go with the football. People read the football.', 'People read what we give them.'],
      ['Me: Fine, the hospital piece on page five then.', 'Page five again.'],
    ],
    assumptions: [
      ["Declan doesn't trust my news judgement.", 'n1'],
      ['Nadia is running herself into the ground.', 'n2'],
    ],
  },
  {
    date: '2027-03-02T16:30:00',
    set: 'D',
    title: 'Copy back from Tobias',
    people: ['Tobias'],
    tags: ['subbing'],
    situation: 'Sent Tobias his feature back with cuts.',
    lines:
      'Tobias replied "noted" and nothing else. He usually argues every cut. He left at five on the dot.',
    assumptions: [
      ['Tobias takes my edits as a personal attack.', 'n3'],
      ['The printers will miss the Thursday slot again.', 'un1'],
    ],
  },
  {
    date: '2027-03-03T14:00:00',
    set: 'L',
    title: 'Budget meeting with the owner',
    people: ['Mr Harcourt', 'Declan'],
    tags: ['budget'],
    situation: 'Quarterly budget meeting; the owner brought a chart of page views.',
    lines: [
      ['Mr Harcourt: The council stuff does nothing for us online.', 'It does something for the town.'],
      ["Me: We're stretched on the features desk.", 'I said it too quietly.'],
    ],
    assumptions: [
      ['Mr Harcourt cares only about page views.', 'n4'],
      ["Asking Declan for another reporter will make me look like I can't manage my desk.", 'n7'],
    ],
  },
  {
    date: '2027-03-04T18:00:00',
    set: 'L',
    title: "Ruth's council story",
    people: ['Ruth'],
    tags: ['investigation'],
    situation: "Ruth's story on the council's parking contract names our biggest advertiser.",
    lines: [
      ['Ruth: Is it running Saturday or not?', 'I do not know yet.'],
      ['Me: Legal want another look.', 'Which is true, but it sounds like an excuse.'],
    ],
    assumptions: [
      ["If I spike Ruth's piece, she will assume I'm caving to advertisers.", 'n5'],
      ['Ruth criticises me behind my back.', 'n6'],
    ],
  },
  {
    date: '2027-03-05T22:15:00',
    set: 'D',
    title: 'Night desk rota',
    people: ['Nadia', 'Declan'],
    tags: ['rota'],
    situation: 'Looked at the rota for next month.',
    lines:
      'Nadia is on nights four weeks out of five. She filed at 2am on Tuesday. She has not taken leave since October.',
    assumptions: [
      ['Nadia is close to burning out.', 'n2'],
      ["Declan doesn't trust the new content system.", 'un2'],
    ],
  },
  {
    date: '2027-03-08T11:30:00',
    set: 'L',
    title: 'Pitch meeting',
    people: ['Declan'],
    tags: ['conference'],
    situation: 'Pitched three features for the weekend edition.',
    lines: [
      ['Declan: Run them past me again on Thursday.', 'He never says that to the sports desk.'],
      ['Me: Sure.', 'Every week the same.'],
    ],
    assumptions: [
      ['He second-guesses every story I pitch.', 'n1'],
      ["I don't trust Declan's news judgement.", 'n1-rev'],
    ],
  },
  {
    date: '2027-03-09T17:45:00',
    set: 'L',
    title: 'Subbing the sports pages',
    people: ['Tobias', 'Ruth'],
    tags: ['subbing'],
    situation: "Rewrote the top of Tobias's match report; Ruth was at the next desk.",
    lines: [
      ['Tobias: You could have asked.', 'There was no time to ask.'],
      ['Ruth: Welcome to the club.', 'What club?'],
    ],
    assumptions: [
      ['He gets offended whenever I rewrite his copy.', 'n3'],
      ['She badmouths my decisions to the other reporters.', 'n6'],
    ],
  },
  {
    date: '2027-03-10T10:00:00',
    set: 'D',
    title: 'Traffic report',
    people: ['Mr Harcourt'],
    tags: ['budget'],
    situation: 'The weekly traffic report went to all editors.',
    lines:
      'The owner highlighted the top ten stories by page views. All ten were crime or football. No comment on the inquest series.',
    assumptions: [
      ['For Harcourt, traffic matters more than good journalism.', 'n4'],
      ['Harcourt will sell the paper within a year.', 'un3'],
    ],
  },
  {
    date: '2027-03-11T15:00:00',
    set: 'L',
    title: 'Staffing request',
    people: ['Declan'],
    tags: ['staffing'],
    situation: 'Drafted an email asking for a second features writer; did not send it.',
    lines: [
      ['Declan: Anything else?', 'Yes. A lot else.'],
      ['Me: No, all good.', 'Not all good.'],
    ],
    assumptions: [
      ["If I ask for extra staff, it'll look like I can't run my section.", 'n7'],
      ['Declan has no confidence in my picks for the front page.', 'n1'],
    ],
  },
  {
    date: '2027-03-12T13:00:00',
    set: 'L',
    title: 'Ruth pushes back',
    people: ['Ruth', 'Nadia'],
    tags: ['investigation'],
    situation: 'Told Ruth the parking story is held for another week.',
    lines: [
      ['Ruth: Another week. Right.', 'She does not believe a word of it.'],
      ['Nadia: I can help with the legal read.', 'She has no time for that.'],
    ],
    assumptions: [
      ['Ruth will see dropping her story as me bowing to the advertisers.', 'n5'],
      ['Nadia is completely worn out.', 'n2'],
    ],
  },
  {
    date: '2027-03-15T16:00:00',
    set: 'D',
    title: "Tobias's headlines",
    people: ['Tobias'],
    tags: ['subbing'],
    situation: 'Changed two of his headlines on the features spread.',
    lines:
      'Tobias said "better" about one of them. He used the same style on his next page. He did not mention the other.',
    assumptions: [
      ['Tobias is fine with me changing his headlines.', 'n3-not'],
      ['Tobias wants my job.', 'un4'],
    ],
  },
  {
    date: '2027-03-16T18:30:00',
    set: 'L',
    title: 'Newsroom gossip',
    people: ['Ruth', 'Tobias'],
    tags: ['team'],
    situation: 'Overheard part of a conversation by the coffee machine.',
    lines: [
      ['Tobias: …and then she changed it back anyway.', 'She meaning me.'],
      ['Me: Morning, both.', 'I said it too brightly.'],
    ],
    assumptions: [
      ["Ruth complains about me to the newsroom when I'm not around.", 'n6'],
      ['I criticise Ruth behind her back.', 'n6-rev'],
    ],
  },
  {
    date: '2027-03-17T12:00:00',
    set: 'L',
    title: "Owner's visit",
    people: ['Mr Harcourt', 'Declan'],
    tags: ['budget'],
    situation: 'Mr Harcourt walked the newsroom with Declan.',
    lines: [
      ['Mr Harcourt: What is this going to earn us?', 'Not everything has to earn.'],
      ['Declan: She knows what she is doing.', 'Did he mean it?'],
    ],
    assumptions: [
      ['The owner sees the paper purely as a way to make money.', 'n4'],
      ['Declan trusts my news sense.', 'n1-not'],
    ],
  },
  {
    date: '2027-03-18T17:00:00',
    set: 'D',
    title: 'Investigation on hold',
    people: ['Ruth'],
    tags: ['investigation'],
    situation: 'The parking story was held for a third week.',
    lines:
      'Ruth stopped copying me into her emails with legal. She filed the story to Declan directly. Her source called twice.',
    assumptions: [
      ["Pulling the investigation will make Ruth think I'm in the advertisers' pocket.", 'n5'],
      ["Ruth's source will go to another paper.", 'un5'],
    ],
  },
  {
    date: '2027-03-19T23:00:00',
    set: 'L',
    title: "Nadia's late shifts",
    people: ['Nadia', 'Declan'],
    tags: ['rota'],
    situation: 'Nadia stayed until the last edition again.',
    lines: [
      ["Nadia: I'm fine, honestly.", 'She is not fine.'],
      ['Declan: Good work tonight.', 'He meant it for both of us, I think.'],
    ],
    assumptions: [
      ["Nadia can't keep going at this pace.", 'n2'],
      ['Declan relies on my judgement for the front page.', 'n1-not'],
    ],
  },
  {
    date: '2027-03-22T10:30:00',
    set: 'L',
    title: 'Asking for a reporter',
    people: ['Declan', 'Mr Harcourt'],
    tags: ['staffing'],
    situation: 'Finally raised staffing in the editors meeting.',
    lines: [
      ['Declan: Put it in writing.', 'Which means no.'],
      ['Mr Harcourt: Everyone wants more people.', 'I am not everyone.'],
    ],
    assumptions: [
      ["Admitting the desk is short-handed will be taken as a sign I'm failing.", 'n7'],
      ['Mr Harcourt is unwilling to pay for more reporters.', 'un6'],
    ],
  },
  {
    date: '2027-03-23T15:45:00',
    set: 'D',
    title: 'Rewrites',
    people: ['Tobias', 'Nadia'],
    tags: ['subbing'],
    situation: 'Second round of rewrites on the weekend spread.',
    lines:
      'Tobias closed his laptop when I walked over. Nadia filed early and clean. Tobias sent his page at the deadline exactly.',
    assumptions: [
      ['Tobias resents it when I change his work.', 'n3'],
      ['Nadia is handling the night desk well.', 'n2-not'],
    ],
  },
  {
    date: '2027-03-24T19:00:00',
    set: 'L',
    title: 'Splash overruled again',
    people: ['Declan', 'Nadia'],
    tags: ['conference'],
    situation: 'My splash was swapped at 9pm for a celebrity story.',
    lines: [
      ['Declan: Trust me, this one sells.', 'Trust goes both ways.'],
      ['Nadia: At least the hospital story made page three.', 'Small mercies.'],
    ],
    assumptions: [
      ['Declan mistrusts my instincts about what makes a story.', 'n1'],
      ['Nadia thinks I favour Tobias.', 'un7'],
    ],
  },
  {
    date: '2027-03-25T19:00:00',
    set: 'L',
    title: 'Spay list',
    people: ['Marcus', 'Helen'],
    tags: ['theatre'],
    situation: 'Planning next week’s theatre list; Marcus asked to do the bitch spays alone.',
    lines: [
      ['Marcus: I have done six with you now.', 'Six is not many.'],
      ['Helen: And keep the discounts down, please.', 'That was aimed at me.'],
    ],
    assumptions: [
      ["Marcus isn't ready to do surgery on his own.", 'p1'],
      ['Helen thinks I undercharge clients.', 'p2'],
    ],
  },
  {
    date: '2027-03-26T12:30:00',
    set: 'D',
    title: "Bruno's follow-up call",
    people: ['Mrs Lindqvist'],
    tags: ['clients'],
    situation: 'Follow-up call after Bruno’s second hospital stay.',
    lines:
      'Mrs Lindqvist asked twice which vet had seen Bruno first. She asked for his full records. She did not book the recheck.',
    assumptions: [
      ['Mrs Lindqvist blames us for Bruno’s decline.', 'p3'],
      ['Mrs Lindqvist will leave a bad review online.', 'up1'],
    ],
  },
  {
    date: '2027-03-29T18:00:00',
    set: 'L',
    title: 'Theatre debrief',
    people: ['Sophie', 'Marcus'],
    tags: ['theatre'],
    situation: 'Debrief after a dental where the anaesthetic got light.',
    lines: [
      ['Sophie: It was fine in the end.', 'Her face said otherwise.'],
      ['Marcus: Sophie spotted it first.', 'Of course she did.'],
    ],
    assumptions: [
      ["Sophie is scared to tell me when she thinks I'm wrong.", 'p4'],
      ['Marcus relies on Sophie to catch his mistakes.', 'p7'],
    ],
  },
  {
    date: '2027-03-30T20:30:00',
    set: 'L',
    title: 'Late finish',
    people: ['Helen'],
    tags: ['hours'],
    situation: 'Left at 8.30pm after an emergency caesarean; Helen had gone at five.',
    lines: [
      ['Helen (next morning): Did the section go OK?', 'Eleven hours, since you ask.'],
      ['Me: All fine, five pups.', 'And no thanks.'],
    ],
    assumptions: [
      ["Helen doesn't notice the extra hours I put in.", 'p5'],
      ['Helen is planning to sell the practice to a chain.', 'up2'],
    ],
  },
  {
    date: '2027-03-31T17:30:00',
    set: 'D',
    title: 'Afternoon clinic',
    people: ['Kwame'],
    tags: ['bookings'],
    situation: 'Afternoon consults ran 50 minutes over.',
    lines:
      'Eighteen consults were booked in a fifteen-slot afternoon. Three were double-booked. Kwame had added two after lunch.',
    assumptions: [
      ['Kwame overbooks my clinics.', 'p6'],
      ['The new booking software is the real problem.', 'up3'],
    ],
  },
  {
    date: '2027-04-01T13:00:00',
    set: 'L',
    title: 'Cruciate case',
    people: ['Marcus'],
    tags: ['theatre'],
    situation: 'A Labrador cruciate came in; Marcus asked to take it.',
    lines: [
      ['Marcus: I have read up on the technique.', 'Reading is not doing.'],
      ['Me: Scrub in with me.', 'He looked disappointed.'],
    ],
    assumptions: [
      ["He's too inexperienced to be left alone with a cruciate repair.", 'p1'],
      ["Marcus thinks I'm too cautious.", 'up4'],
    ],
  },
  {
    date: '2027-04-02T18:30:00',
    set: 'L',
    title: 'Fees conversation',
    people: ['Helen', 'Kwame'],
    tags: ['bookings'],
    situation: 'Helen went through my invoices from last week with Kwame.',
    lines: [
      ['Helen: You did not charge for the second consult?', 'It was a two-minute recheck.'],
      ['Kwame: I can fit two more in on Friday.', 'Please do not.'],
    ],
    assumptions: [
      ['She believes I give away too much of our time for free.', 'p2'],
      ['He crams too many appointments into my list.', 'p6'],
    ],
  },
  {
    date: '2027-04-05T09:30:00',
    set: 'D',
    title: 'Complaint letter',
    people: ['Mrs Lindqvist', 'Helen'],
    tags: ['clients'],
    situation: 'A formal complaint letter arrived about Bruno.',
    lines:
      'The letter was addressed to Helen, not to me. It lists four dates. Helen forwarded it without a comment.',
    assumptions: [
      ['Mrs Lindqvist holds the practice responsible for what happened to her dog.', 'p3'],
      ['My late nights go unappreciated by Helen.', 'p5'],
    ],
  },
  {
    date: '2027-04-06T16:00:00',
    set: 'L',
    title: 'Anaesthetic check',
    people: ['Sophie'],
    tags: ['theatre'],
    situation: 'I chose the protocol for an old cat; Sophie drew it up without a word.',
    lines: [
      ['Sophie: Okay.', 'She had a view. I know she had a view.'],
      ['Me: Any thoughts?', 'Too late to ask by then.'],
    ],
    assumptions: [
      ["Sophie won't challenge me even when she disagrees.", 'p4'],
      ['Sophie would make a better practice manager than Kwame.', 'up5'],
    ],
  },
  {
    date: '2027-04-07T17:00:00',
    set: 'L',
    title: 'Mentoring Marcus',
    people: ['Marcus', 'Sophie'],
    tags: ['theatre'],
    situation: 'Monthly mentoring session with Marcus.',
    lines: [
      ['Marcus: I feel ready.', 'Feeling ready and being ready.'],
      ['Sophie: He is getting faster.', 'Faster is not safer.'],
    ],
    assumptions: [
      ['Marcus would be out of his depth in theatre without supervision.', 'p1'],
      ['Marcus leans on Sophie to spot his errors.', 'p7'],
    ],
  },
  {
    date: '2027-04-08T12:00:00',
    set: 'D',
    title: "Kwame's schedule",
    people: ['Kwame'],
    tags: ['bookings'],
    situation: 'Looked at next week’s booking screen.',
    lines: 'My Tuesday has no gaps. Two consults share the 3.10 slot. The other vet has three free slots.',
    assumptions: [
      ['Kwame squeezes extra consults into my afternoons.', 'p6'],
      ['Kwame wants to train as a vet nurse.', 'up6'],
    ],
  },
  {
    date: '2027-04-09T11:00:00',
    set: 'L',
    title: 'Lindqvist phone call',
    people: ['Mrs Lindqvist'],
    tags: ['clients'],
    situation: 'Mrs Lindqvist rang to ask about the referral.',
    lines: [
      ['Mrs Lindqvist: If you had scanned him in January…', 'We offered. She declined.'],
      ['Me: Let us focus on what Bruno needs now.', 'I sounded defensive.'],
    ],
    assumptions: [
      ['Mrs Lindqvist thinks we got Bruno’s treatment wrong.', 'p3'],
      ["Mrs Lindqvist can't afford the referral.", 'up7'],
    ],
  },
  {
    date: '2027-04-12T18:00:00',
    set: 'L',
    title: 'Thank-you card',
    people: ['Helen'],
    tags: ['hours'],
    situation: 'Helen left a card on my desk after the bank holiday cover.',
    lines: [
      ['Helen: You carried us this weekend.', 'I did not expect that.'],
      ['Helen: Just watch the freebies.', 'There it is.'],
    ],
    assumptions: [
      ['Helen appreciates the extra hours I work.', 'p5-not'],
      ["Helen reckons I'm too soft on fees.", 'p2'],
    ],
  },
  {
    date: '2027-04-13T17:30:00',
    set: 'D',
    title: 'Rounds',
    people: ['Sophie', 'Marcus'],
    tags: ['theatre'],
    situation: 'Ward round of the inpatients.',
    lines:
      'Sophie corrected a fluid rate on Marcus’s sheet. Marcus corrected a dose on hers. Neither said anything to me.',
    assumptions: [
      ['Sophie keeps her doubts to herself rather than question me.', 'p4'],
      ['Sophie relies on Marcus to catch her mistakes.', 'p7-rev'],
    ],
  },
  {
    date: '2027-04-14T19:00:00',
    set: 'L',
    title: 'Solo op',
    people: ['Marcus', 'Helen'],
    tags: ['theatre'],
    situation: 'Marcus did his first solo spay while I was in consults.',
    lines: [
      ['Marcus: No problems at all.', 'Good. Really good.'],
      ['Helen: Can you stay late again Thursday?', 'Again.'],
    ],
    assumptions: [
      ['Marcus is ready to operate unsupervised.', 'p1-not'],
      ['Helen takes my overtime for granted.', 'p5'],
    ],
  },
  {
    date: '2027-04-15T13:00:00',
    set: 'L',
    title: 'Team meeting',
    people: ['Sophie', 'Kwame'],
    tags: ['team'],
    situation: 'Practice meeting about the new triage rules.',
    lines: [
      ['Sophie: I think we have this the wrong way round.', 'She said it in front of everyone.'],
      ['Kwame: Reception never gets asked.', 'Fair.'],
    ],
    assumptions: [
      ['Sophie feels free to disagree with me.', 'p4-not'],
      ['Kwame feels overlooked by the vets.', 'up8'],
    ],
  },
  {
    date: '2027-04-16T16:30:00',
    set: 'D',
    title: 'Second opinion',
    people: ['Marcus', 'Sophie'],
    tags: ['theatre'],
    situation: 'A lame dog that Marcus saw on Monday came back.',
    lines:
      'Marcus missed the fracture on the first X-ray. Sophie pointed at it on the second. She told me straight away that my first read was wrong too.',
    assumptions: [
      ['Marcus needs more supervised ops before he goes solo.', 'p1'],
      ["Sophie is unafraid to tell me I'm wrong.", 'p4-not'],
    ],
  },
  {
    date: '2027-04-19T18:00:00',
    set: 'L',
    title: 'Owner review',
    people: ['Helen'],
    tags: ['hours'],
    situation: 'Six-monthly review with Helen.',
    lines: [
      ['Helen: The clients love you. The accounts less so.', 'Here we go.'],
      ['Helen: I know how much you put in.', 'Do you?'],
    ],
    assumptions: [
      ['Helen recognises how much I put in.', 'p5-not'],
      ['Helen thinks I charge clients too little.', 'p2'],
    ],
  },
];
