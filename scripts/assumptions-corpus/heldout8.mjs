// Eighth held-out set: written blind at the start of session 3's round, before any change to the engine, without
// reading the engine, its theme tables or its failure output, and without running the engine on it. To be scored
// once, by the lead; never tuned on.
// Two fictional journal keepers writing after difficult work conversations: a product manager at a payments app
// (her boss Graham, the VP of product; the engineering lead Priya; the head of compliance Tobias; Ines, the
// associate product manager who reports to her; Kwame, who runs partnerships; the CEO Astrid) and the front-office
// manager of a city hotel (the general manager Bernard; Lucía, who runs housekeeping; the receptionist Aoife; the
// night auditor Dev; the revenue manager Stefan; Maureen, a concierge of twenty years; Mrs Carrington, who speaks
// for the owners).
// Pronouns refer to the one person of that gender in the entry's people; roles ("my boss", "my GM", "the CEO") and
// group subjects ("the squad", "engineering", "head office", "the group", "regional", "the owners") are used too.
// Traps: opposites (unreliable instincts / relies on my instincts; disengaged / engaged; decided before we walked
// in / undecided; pointless / useful; will block / will wave through; a cost line / looks out for his people;
// walks all over her / firm; hopeless / hopeful; cuts corners / thorough; sell / keep the hotel, not sell it),
// direction (Kwame goes over my head / I go over Kwame's head; Priya avoids me / I avoid Priya; Lucía makes me look
// bad / I make Lucía look bad; Bernard blames me / I blame Bernard), different objects in the same frame (Graham
// doesn't trust my calls / the vendor's fraud scores; Priya avoids me / the architecture review; Tobias blocks the
// payouts launch / the cashback campaign; the booking system / the key-card locks will fail during the conference),
// and paraphrases with little word overlap ("keeps me at arm's length" ~ "avoiding me"; "a cost line" ~ "numbers
// on a spreadsheet"; "checked out" ~ "going through the motions"; "written off" ~ "a lost cause").

export const groups = {
  // product manager at a payments app
  h8p1: ['paraphrase', "Graham doesn't trust my product judgement"],
  'h8p1-not': ['opposite', 'Graham trusts my product judgement'],
  h8p2: ['paraphrase', 'Priya thinks I keep changing what we are building'],
  h8p3: ['paraphrase', 'Compliance will block the instant payouts launch'],
  'h8p3-not': ['opposite', 'Compliance will approve the instant payouts launch'],
  h8p4: ['paraphrase', "I'm out of my depth on regulation"],
  h8p5: ['paraphrase', 'Kwame goes over my head to the CEO'],
  'h8p5-rev': ['direction', "I go over Kwame's head to the CEO"],
  h8p6: ['paraphrase', 'Priya is avoiding me'],
  'h8p6-rev': ['direction', "I'm avoiding Priya"],
  h8p7: ['paraphrase', 'Ines has lost interest in her work'],
  'h8p7-not': ['opposite', 'Ines is invested in her work'],
  h8p8: ['paraphrase', 'Saying no to sales will make me look like I cost us revenue'],
  h8p9: ['paraphrase', 'Astrid had decided before the meeting'],
  'h8p9-not': ['opposite', 'Astrid has not decided yet'],
  h8p10: ['paraphrase', 'The engineers think my role adds nothing'],
  'h8p10-not': ['opposite', 'The engineers value my role'],
  // front-office manager of a city hotel
  h8h1: ['paraphrase', 'Bernard only cares about the numbers, not the staff'],
  'h8h1-not': ['opposite', 'Bernard cares about his staff'],
  h8h2: ['paraphrase', 'Lucía makes me look bad in front of Bernard'],
  'h8h2-rev': ['direction', 'I make Lucía look bad in front of Bernard'],
  h8h3: ['paraphrase', 'Aoife gives in to difficult guests'],
  'h8h3-not': ['opposite', 'Aoife stands firm with difficult guests'],
  h8h4: ['paraphrase', 'Bernard blames me for the falling review scores'],
  'h8h4-rev': ['direction', 'I blame Bernard for the falling review scores'],
  h8h5: ['paraphrase', 'Head office has given up on this hotel'],
  'h8h5-not': ['opposite', 'Head office believes in this hotel'],
  h8h6: ['paraphrase', 'Dev cuts corners on the night audit'],
  'h8h6-not': ['opposite', 'Dev is thorough with the night audit'],
  h8h7: ['paraphrase', "The long-serving staff don't take me seriously as a manager"],
  h8h8: ['paraphrase', "Asking for more staff will look like I can't cope"],
  h8h9: ['paraphrase', 'The owners are going to sell the hotel'],
  'h8h9-not': ['opposite', 'The owners are going to keep the hotel'],
  h8h10: ['paraphrase', "If I don't do it myself, nobody will do it right"],
};

export const entries = [
  // ---------------------------------------------------------------- product manager at a payments app
  {
    date: '2027-02-24T18:20:00',
    set: 'L',
    title: 'Roadmap review with Graham',
    people: ['Graham'],
    tags: ['manager'],
    situation: 'Quarterly roadmap review. I proposed moving the savings work ahead of the card redesign.',
    lines: [
      ['Graham: Walk me through why again. Slowly.', 'I have walked you through it twice.'],
      ['Graham: Let us keep the order as it is and revisit in April.', 'So that is a no.'],
      ['Me: Sure, I can live with that.', 'I cannot, really.'],
    ],
    assumptions: [["Graham doesn't trust my calls on the roadmap.", 'h8p1']],
  },
  {
    date: '2027-02-26T17:40:00',
    set: 'D',
    title: 'Sprint planning',
    people: ['Priya'],
    tags: ['engineering'],
    situation: 'Sprint planning for the payouts squad; I brought two changes to the onboarding flow.',
    lines:
      'Priya put her pen down when I showed the second change. She said the team had already built the first version twice. Two engineers kept their cameras off and nobody asked a question about the user research.',
    assumptions: [
      ['Priya thinks I keep moving the goalposts.', 'h8p2'],
      ['The engineers think my job is pointless.', 'h8p10'],
    ],
  },
  {
    date: '2027-03-01T16:15:00',
    set: 'L',
    title: 'First payouts session with compliance',
    people: ['Tobias'],
    tags: ['compliance'],
    situation: 'Walked Tobias through the instant payouts design for the first time.',
    lines: [
      [
        'Tobias: And the safeguarding of funds during the window is handled how?',
        'I do not know what that means.',
      ],
      ['Me: Let me come back to you on the detail.', 'Please do not ask a follow-up.'],
      ['Tobias: I will need a lot more than this before risk committee.', 'He has already decided.'],
    ],
    assumptions: [
      ['Tobias is going to block the instant payouts launch.', 'h8p3'],
      ["I'm out of my depth on the regulatory side.", 'h8p4'],
    ],
  },
  {
    date: '2027-03-02T19:05:00',
    set: 'L',
    title: "Kwame's enterprise client ask",
    people: ['Kwame'],
    tags: ['sales'],
    situation: 'Kwame wants a custom export for a large merchant before they sign.',
    lines: [
      ['Kwame: It is two weeks of work and it closes the biggest deal of the year.', 'It is two months.'],
      ['Me: I need to see how it fits with the quarter.', 'I already know it does not.'],
      ['Kwame: The merchant wants an answer by Friday.', 'And if it is no, it will be my no.'],
    ],
    assumptions: [
      ["If I refuse Kwame's request I'll be painted as the person who lost us the deal.", 'h8p8'],
    ],
  },
  {
    date: '2027-03-04T18:30:00',
    set: 'D',
    title: 'Pricing meeting with Astrid',
    people: ['Astrid', 'Graham'],
    tags: ['leadership', 'pricing'],
    situation: 'I presented three options for the new subscription tier to Astrid and Graham.',
    lines:
      'Astrid had a one-page memo with a single price on it before I opened my slides. She asked no questions about options two and three. Graham asked me to send him the numbers again so he could check them himself.',
    assumptions: [
      ['Astrid had made up her mind before we walked in.', 'h8p9'],
      ['My boss second-guesses every decision I make.', 'h8p1'],
    ],
  },
  {
    date: '2027-03-05T17:10:00',
    set: 'L',
    title: 'One-to-one with Ines',
    people: ['Ines'],
    tags: ['team'],
    situation: 'Weekly one-to-one with Ines; her research plan for onboarding was due on Monday.',
    lines: [
      ['Ines: I have not started the plan yet, there was a lot on.', 'There was not.'],
      ['Me: No problem, end of the week is fine.', 'It is a problem.'],
      ['Ines: Fine.', 'One word. Again.'],
    ],
    assumptions: [['Ines has checked out.', 'h8p7']],
  },
  {
    date: '2027-03-09T12:45:00',
    set: 'D',
    title: 'Standup after the outage',
    people: ['Priya'],
    tags: ['engineering', 'incident'],
    situation: 'First standup after the weekend payouts outage.',
    lines:
      'Priya ran the standup and left straight after without the usual chat. The incident channel has forty messages and none of them mention the release notes I wrote. The squad went through the timeline without asking me anything.',
    assumptions: [
      ['Priya has been avoiding me since the outage.', 'h8p6'],
      ['Nobody on the squad sees what I add.', 'h8p10'],
    ],
  },
  {
    date: '2027-03-10T18:50:00',
    set: 'L',
    title: 'Leadership meeting surprise',
    people: ['Kwame', 'Astrid'],
    tags: ['leadership', 'sales'],
    situation: 'Leadership meeting. The custom export I turned down was on the agenda, added by Astrid.',
    lines: [
      ['Astrid: Kwame tells me we are about to lose the merchant over an export.', 'Kwame tells you.'],
      ['Kwame: I did not want to escalate, but time is short.', 'You did exactly that.'],
      ['Me: Happy to look at it again.', 'What else can I say with everyone watching?'],
    ],
    assumptions: [
      ['Kwame goes over my head to Astrid.', 'h8p5'],
      ["Turning sales down makes me look like I don't care about revenue.", 'h8p8'],
    ],
  },
  {
    date: '2027-03-12T17:20:00',
    set: 'L',
    title: 'Risk committee prep',
    people: ['Tobias'],
    tags: ['compliance'],
    situation: 'Prep call with Tobias on what the risk committee will want for instant payouts.',
    lines: [
      ['Tobias: Who owns the reconciliation breaks at two in the morning?', 'Is that a trick question?'],
      ['Me: Operations, with an on-call engineer.', 'I think.'],
      ['Tobias: Then I want that written down with names.', 'He is building a paper trail to say no.'],
    ],
    assumptions: [
      ["He'll kill instant payouts at the risk committee.", 'h8p3'],
      ["I don't know enough about payments law to hold my own.", 'h8p4'],
    ],
  },
  {
    date: '2027-03-15T16:35:00',
    set: 'D',
    title: 'Spec change for the card team',
    people: ['Priya'],
    tags: ['engineering'],
    situation: 'I sent an updated spec for card freezing after the board asked about fraud.',
    lines:
      'Priya replied to the spec with one line asking whether this was the final version or the version until Thursday. I asked for a quick call to talk it through; she said her calendar was full until next week. She had time for a coffee with the designers the same afternoon.',
    assumptions: [
      ['She thinks I change the spec every time someone senior sneezes.', 'h8p2'],
      ['She keeps dodging me.', 'h8p6'],
    ],
  },
  {
    date: '2027-03-17T18:05:00',
    set: 'L',
    title: 'One-to-one with Graham',
    people: ['Graham'],
    tags: ['manager'],
    situation: 'One-to-one with Graham. I asked to run the fraud-vendor decision myself.',
    lines: [
      ['Graham: I would like to sit in on the vendor calls for now.', 'For now. Again.'],
      ['Graham: Their scores look too good to me, honestly.', 'At least that is not about me.'],
      ['Me: Of course, the more eyes the better.', 'I sound like a graduate.'],
    ],
    assumptions: [
      ["He thinks I can't be left alone with the product.", 'h8p1'],
      ["Graham doesn't trust the vendor's fraud scores.", 'uh8p1'],
    ],
  },
  {
    date: '2027-03-19T17:55:00',
    set: 'L',
    title: "Ines's onboarding demo",
    people: ['Ines', 'Kwame'],
    tags: ['team', 'sales'],
    situation: 'Ines demoed the new onboarding screens; Kwame joined to ask for a merchant-specific version.',
    lines: [
      ['Ines: These are the screens. Any questions.', 'Not even a question mark in her voice.'],
      ['Kwame: I have already told the merchant we can brand this for them.', 'Who said we could?'],
      ['Me: Let us take that offline.', 'Where it will be decided without me.'],
    ],
    assumptions: [
      ['Ines is disengaged from the onboarding work.', 'h8p7'],
      ['He bypasses me whenever he wants a feature for a client.', 'h8p5'],
    ],
  },
  {
    date: '2027-03-22T13:10:00',
    set: 'D',
    title: 'Architecture review invite',
    people: ['Priya'],
    tags: ['engineering'],
    situation: 'The ledger architecture review has been postponed for the third time.',
    lines:
      'Priya declined the review invite with no comment. I noticed that I had not replied to her message from last Tuesday about the outage write-up. I had opened it twice and closed it.',
    assumptions: [
      ['Priya is avoiding the architecture review.', 'uh8p2'],
      ["I've been avoiding Priya since the outage.", 'h8p6-rev'],
    ],
  },
  {
    date: '2027-03-24T18:15:00',
    set: 'L',
    title: 'Pricing follow-up with Astrid',
    people: ['Astrid'],
    tags: ['leadership', 'pricing'],
    situation: 'Follow-up on the subscription tier, with the March numbers.',
    lines: [
      ['Astrid: We go with the memo price. The analysis was useful context.', 'Context.'],
      [
        'Me: The churn line looks off to me, I will double-check it.',
        'Something is broken in that dashboard.',
      ],
      ['Astrid: Do.', 'Meeting over.'],
    ],
    assumptions: [
      ['The pricing decision was already taken before I presented.', 'h8p9'],
      ['The churn figures in the March dashboard are wrong.', 'uh8p3'],
    ],
  },
  {
    date: '2027-03-26T17:30:00',
    set: 'D',
    title: "Ines's research write-up",
    people: ['Ines'],
    tags: ['team'],
    situation: 'Ines sent the onboarding research write-up.',
    lines:
      'The write-up arrived at 23:58 on the due date. It has five interviews instead of the eight we planned and no recommendations section. She did not come to the Thursday product forum.',
    assumptions: [["She's just going through the motions now.", 'h8p7']],
  },
  {
    date: '2027-03-29T18:40:00',
    set: 'L',
    title: 'Licensing workshop',
    people: ['Tobias'],
    tags: ['compliance'],
    situation:
      'Half-day workshop on our e-money licence obligations, run by Tobias for product and marketing.',
    lines: [
      ['Tobias: The cashback mechanic raises questions of its own.', 'That is marketing, not me.'],
      ['Tobias: Product, any view on the safeguarding timeline?', 'Everyone looked at me.'],
      ['Me: I would defer to you on that.', 'I always defer. I have to.'],
    ],
    assumptions: [
      ['Compliance will find some reason to say no to payouts.', 'h8p3'],
      ['Tobias will block the cashback campaign.', 'uh8p4'],
      ['Everyone else in the room understands the licensing rules better than I do.', 'h8p4'],
    ],
  },
  {
    date: '2027-04-01T16:50:00',
    set: 'D',
    title: 'Squad retro',
    people: ['Priya'],
    tags: ['engineering'],
    situation: 'Squad retrospective for March.',
    lines:
      'Top sticky note under "slowed us down": requirements churn. Second: too many meetings. Priya facilitated and kept the conversation on the incident follow-ups; we have not had a one-to-one since February.',
    assumptions: [
      ['Engineering sees product as never sticking to a decision.', 'h8p2'],
      ["Priya keeps me at arm's length these days.", 'h8p6'],
      ['The squad thinks PMs just write tickets and sit in meetings.', 'h8p10'],
    ],
  },
  {
    date: '2027-04-05T18:25:00',
    set: 'L',
    title: 'Renewal escalation',
    people: ['Kwame', 'Graham'],
    tags: ['sales', 'manager'],
    situation: 'A merchant renewal is stuck on a reporting feature; Graham called Kwame and me in.',
    lines: [
      ['Kwame: Astrid is aware, I gave her a heads-up on Friday.', 'Of course you did.'],
      ['Graham: Before you answer, let me look at the options myself.', 'Before I answer.'],
      ['Me: I think we can do a cut-down version.', 'Anything else and this lands on me.'],
    ],
    assumptions: [
      ['Kwame takes his requests to the CEO, not to me.', 'h8p5'],
      ['A PM who says no to a big client gets branded as anti-commercial here.', 'h8p8'],
      ['To Graham my product instincts are unreliable.', 'h8p1'],
    ],
  },
  {
    date: '2027-04-09T17:45:00',
    set: 'L',
    title: 'App store rejection',
    people: ['Graham'],
    tags: ['manager', 'release'],
    situation: 'The iOS release was rejected over the wording of the subscription screen. I told Graham.',
    lines: [
      ['Me: I signed off that copy.', 'I should have caught it.'],
      ['Graham: You call it. Resubmit or wait for the bigger release, your decision.', 'Really?'],
      ['Me: Resubmit today.', 'He did not even ask why.'],
    ],
    assumptions: [
      ['The app store rejection was my fault.', 'uh8p5'],
      ['Graham relies on my product instincts.', 'h8p1-not'],
    ],
  },
  {
    date: '2027-04-13T17:20:00',
    set: 'L',
    title: 'Onboarding retro led by Ines',
    people: ['Ines'],
    tags: ['team'],
    situation: 'Ines ran the onboarding retro with the squad for the first time.',
    lines: [
      ['Ines: I re-ran three of the interviews, the first round was rushed.', 'She did that on her own?'],
      ['An engineer: The flow diagram you made saved us a week.', 'You.'],
      ['Me: Great work, both of you.', 'I did not expect that.'],
    ],
    assumptions: [
      ['Ines is engaged with the onboarding work.', 'h8p7-not'],
      ['The squad finds my work useful.', 'h8p10-not'],
    ],
  },
  {
    date: '2027-04-15T18:00:00',
    set: 'L',
    title: 'Pricing rethink',
    people: ['Astrid', 'Kwame'],
    tags: ['leadership', 'pricing'],
    situation:
      'Astrid asked to reopen pricing after the first fortnight of sign-ups. Kwame was stalling on a partner.',
    lines: [
      ['Astrid: I honestly do not know which way to go. Show me options two and three again.', 'Now?'],
      ['Me: Also, the partner contract has been stuck with sales for six weeks.', 'I said it. To her.'],
      ['Kwame: We could have talked about that first.', 'We could have.'],
    ],
    assumptions: [
      ['Astrid is genuinely undecided on pricing.', 'h8p9-not'],
      ["I go over Kwame's head to Astrid.", 'h8p5-rev'],
    ],
  },
  {
    date: '2027-04-19T17:35:00',
    set: 'D',
    title: 'Risk committee',
    people: ['Tobias', 'Graham', 'Ines'],
    tags: ['compliance', 'leadership'],
    situation: 'Risk committee for instant payouts. Ines presented the operational runbook.',
    lines:
      'Tobias said the runbook was the clearest he had seen from a product team. The committee raised two conditions and no objections. Graham left the talking to me and sent a one-line note afterwards: good call on the runbook. Ines stayed on after the meeting to fix the two conditions.',
    assumptions: [
      ['Tobias will wave the payouts launch through.', 'h8p3-not'],
      ['My boss has real confidence in my decisions.', 'h8p1-not'],
      ['Ines really cares about getting this right.', 'h8p7-not'],
    ],
  },
  // ---------------------------------------------------------------- front-office manager of a city hotel
  {
    date: '2027-02-23T11:30:00',
    set: 'L',
    title: 'Morning briefing, rooms not ready',
    people: ['Bernard', 'Lucía'],
    tags: ['manager', 'housekeeping'],
    situation: 'Morning briefing. Twelve rooms were not ready at three yesterday and the lobby was full.',
    lines: [
      ['Bernard: Occupancy was ninety-one, rate was up. Good day.', 'Good day? Aoife was in tears.'],
      ['Lucía: My team turned every room we were given in time.', 'Given by whom? By me?'],
      ['Me: I could use a second person on the desk at check-in.', 'I wish I had not said that.'],
    ],
    assumptions: [
      ['Bernard only cares about occupancy and rate.', 'h8h1'],
      ["Asking for another receptionist will look like I can't manage my rota.", 'h8h8'],
      ['Lucía makes me look bad in front of Bernard.', 'h8h2'],
    ],
  },
  {
    date: '2027-02-25T22:15:00',
    set: 'D',
    title: 'Friday check-in queue',
    people: ['Aoife'],
    tags: ['team', 'guests'],
    situation: 'Friday evening, a stag party and a coach tour arriving together.',
    lines:
      'A man shouted at Aoife about his room being on the first floor. She moved him to a junior suite without asking. I stayed until ten to cover the desk because the agency person did not turn up.',
    assumptions: [
      ['Aoife lets angry guests walk all over her.', 'h8h3'],
      ["If I don't cover the shift myself, no one will.", 'h8h10'],
    ],
  },
  {
    date: '2027-03-01T15:20:00',
    set: 'L',
    title: 'Review scores meeting',
    people: ['Bernard'],
    tags: ['manager', 'reviews'],
    situation: 'Bernard called me in about the February review scores and the regional league table.',
    lines: [
      ['Bernard: We are down to 7.9. Check-in is mentioned in half the bad ones.', 'Check-in means me.'],
      ['Bernard: And regional put us second from bottom again.', 'They stopped expecting anything from us.'],
      ['Me: Can we talk about the agency staff?', 'He looked at the clock.'],
    ],
    assumptions: [
      ['Bernard blames me for the drop in review scores.', 'h8h4'],
      ['To him the staff are just a cost line.', 'h8h1'],
      ['Head office has written this hotel off.', 'h8h5'],
    ],
  },
  {
    date: '2027-03-03T08:05:00',
    set: 'D',
    title: 'Night audit discrepancies',
    people: ['Dev'],
    tags: ['nights', 'audit'],
    situation: 'Went through the night audit pack from Dev before handover.',
    lines:
      "Three room moves were not posted. The cash count sheet was signed but the float was £20 out. The no-show report was the same as Tuesday's, date included.",
    assumptions: [['Dev cuts corners on the night audit.', 'h8h6']],
  },
  {
    date: '2027-03-08T16:40:00',
    set: 'L',
    title: 'Team meeting with the old guard',
    people: ['Maureen'],
    tags: ['team'],
    situation:
      'Front-office team meeting about the new check-in script. Maureen has been on the concierge desk for twenty years.',
    lines: [
      ['Maureen: We tried scripts in 2015, love. They did not last.', 'Love.'],
      ['Me: This one is a bit different.', 'I sound like I am asking permission.'],
      ['Maureen: We will see.', 'Three of them nodded at her, not at me.'],
    ],
    assumptions: [
      ["The older staff don't see me as a real manager.", 'h8h7'],
      ["The desk falls apart whenever I'm not on it.", 'h8h10'],
    ],
  },
  {
    date: '2027-03-10T14:30:00',
    set: 'L',
    title: "Lunch with the owners' representative",
    people: ['Mrs Carrington'],
    tags: ['owners'],
    situation: 'Mrs Carrington had lunch in the restaurant and asked for a tour of the front office.',
    lines: [
      ['Mrs Carrington: How long is the lease on the car park, do you know?', 'Why would she need that?'],
      ['Mrs Carrington: And the staff contracts, are they all on the group terms?', 'This is due diligence.'],
      ['Me: I can find out for you.', 'Should I tell the team?'],
    ],
    assumptions: [['The owners are getting ready to sell the hotel.', 'h8h9']],
  },
  {
    date: '2027-03-12T21:45:00',
    set: 'L',
    title: 'Aoife and the wedding party',
    people: ['Aoife'],
    tags: ['team', 'guests'],
    situation: 'A wedding party complained about their rooms facing the courtyard.',
    lines: [
      ["Aoife: I gave the bride's parents the suite, they were really upset.", 'At full rate? No.'],
      ['Me: Next time call me before any upgrade.', 'Said too sharply.'],
      ['Aoife: OK. Can I also have the Easter weekend off? My sister is visiting.', 'Right now?'],
    ],
    assumptions: [
      ['She hands out upgrades the moment a guest raises their voice.', 'h8h3'],
      ['Aoife will ask for the whole Easter weekend off.', 'uh8h1'],
    ],
  },
  {
    date: '2027-03-15T17:00:00',
    set: 'D',
    title: 'April rota',
    people: ['Bernard'],
    tags: ['manager', 'rota'],
    situation: 'Drafted the April rota and the note to Bernard about cover.',
    lines:
      'With the current headcount there are nine shifts with one person on the desk. I wrote the note asking for a second receptionist three times and deleted it. Housekeeping has two vacancies as well.',
    assumptions: [
      ["If I ask Bernard for headcount he'll think I'm not coping.", 'h8h8'],
      ['Housekeeping will be short-staffed over Easter.', 'uh8h2'],
    ],
  },
  {
    date: '2027-03-17T07:50:00',
    set: 'L',
    title: "Dev's handover",
    people: ['Dev'],
    tags: ['nights', 'audit'],
    situation: 'Morning handover from Dev; a VIP arrives at ten.',
    lines: [
      ['Dev: All quiet, audit is done.', 'The credit limits report is not even printed.'],
      ['Me: Did you run the credit limits?', 'I know the answer.'],
      ['Dev: I will do it tonight, it is the same every night.', 'And the VIP letter I will do myself.'],
    ],
    assumptions: [
      ['He skips the checks when nobody is watching.', 'h8h6'],
      ['Nobody else can be trusted with the VIP arrivals.', 'h8h10'],
    ],
  },
  {
    date: '2027-03-19T12:10:00',
    set: 'L',
    title: 'Ops meeting with housekeeping',
    people: ['Lucía', 'Bernard'],
    tags: ['manager', 'housekeeping'],
    situation: 'Weekly operations meeting. Two guests were given rooms that were not inspected.',
    lines: [
      [
        'Lucía: Front office released the rooms before my supervisors had signed them off.',
        'Once. It happened once.',
      ],
      [
        'Bernard: This is the kind of thing people write about.',
        'People write about it and you read it as me.',
      ],
      ['Me: I will look into it.', 'Why do I always say that?'],
    ],
    assumptions: [
      ['She runs me down to the GM whenever she gets the chance.', 'h8h2'],
      ['He holds me responsible for every bad TripAdvisor write-up.', 'h8h4'],
    ],
  },
  {
    date: '2027-03-22T15:35:00',
    set: 'D',
    title: "Stefan's conference pricing",
    people: ['Stefan'],
    tags: ['revenue', 'conference'],
    situation: 'Stefan sent the rate plan for the medical conference in May.',
    lines:
      'The plan sells 104% of rooms for the Friday and Saturday. The new property management system goes live two weeks before the conference. Nobody from the supplier has confirmed training dates for the desk.',
    assumptions: [
      ['Stefan will overbook the conference weekend.', 'uh8h3'],
      ['The new property management system will crash during the conference.', 'uh8h4'],
    ],
  },
  {
    date: '2027-03-24T16:20:00',
    set: 'L',
    title: 'Group budget call',
    people: ['Bernard'],
    tags: ['manager', 'head office'],
    situation: 'Bernard shared the group budget for next year on a call with regional.',
    lines: [
      [
        'Bernard: Payroll has to come down four percent, that is the number.',
        "That is twenty people's hours.",
      ],
      ['Regional: We will look at capital spend for this property later in the year.', 'Later means never.'],
      ['Me: Understood.', 'Nobody is going to put money into a hotel they are selling.'],
    ],
    assumptions: [
      ["The group thinks we're hopeless.", 'h8h5'],
      ['My GM sees people as numbers on a spreadsheet.', 'h8h1'],
      ["We'll have new owners by Christmas.", 'h8h9'],
    ],
  },
  {
    date: '2027-03-26T19:30:00',
    set: 'L',
    title: 'Complaint in 412',
    people: ['Aoife'],
    tags: ['team', 'guests'],
    situation: 'A guest in 412 complained about noise from the bar and asked for the night free.',
    lines: [
      ['Aoife: I said I would see what I could do.', 'Which means yes, to him.'],
      ['Me: We can offer breakfast, not the room.', 'Now I am the bad one.'],
      ['Guest: You will be hearing about this online.', 'We will.'],
    ],
    assumptions: [
      ["Aoife can't say no to a guest.", 'h8h3'],
      ['The guest in 412 will post a one-star review.', 'uh8h5'],
    ],
  },
  {
    date: '2027-03-29T10:15:00',
    set: 'L',
    title: 'Coffee with Maureen',
    people: ['Maureen'],
    tags: ['team'],
    situation: 'Coffee with Maureen after the script trial ended early.',
    lines: [
      ['Maureen: You were a lovely receptionist, you know.', 'Were.'],
      ['Maureen: You look tired. Ask for help.', 'If only it were that easy.'],
      ['Me: I am fine, it is just March.', 'I am not fine.'],
    ],
    assumptions: [
      ['The long-timers still think of me as the receptionist I used to be.', 'h8h7'],
      ["Requesting help means admitting I'm failing.", 'h8h8'],
    ],
  },
  {
    date: '2027-03-31T14:50:00',
    set: 'D',
    title: "The owners' walk-round",
    people: ['Lucía', 'Bernard', 'Mrs Carrington'],
    tags: ['owners', 'housekeeping'],
    situation: 'Mrs Carrington walked the hotel with Bernard and Lucía; I joined for the lobby.',
    lines:
      'Lucía told Bernard in the lift that the desk had released another uninspected room. Mrs Carrington had a man with her who measured the lobby and took photographs of the back office. Bernard did not introduce him.',
    assumptions: [
      ['Lucía is quietly turning Bernard against me.', 'h8h2'],
      ['Mrs Carrington is shopping the place around to buyers.', 'h8h9'],
    ],
  },
  {
    date: '2027-04-02T07:40:00',
    set: 'L',
    title: 'Key-card rollout',
    people: ['Dev'],
    tags: ['nights', 'systems'],
    situation: 'The new key-card locks were fitted on floors one to three this week. Handover from Dev.',
    lines: [
      ['Dev: Six cards failed last night, I just made new ones.', 'Did you log them?'],
      ['Me: Did you write the room numbers down?', 'Of course not.'],
      ['Dev: It is nights, there is no time for a log.', 'There are five hours with nothing to do.'],
    ],
    assumptions: [
      ['The new key-card locks will fail during the conference.', 'uh8h6'],
      ['Dev does the bare minimum on nights.', 'h8h6'],
    ],
  },
  {
    date: '2027-04-06T16:10:00',
    set: 'L',
    title: 'Review debrief',
    people: ['Bernard', 'Lucía'],
    tags: ['manager', 'housekeeping', 'reviews'],
    situation: 'Debrief on March reviews with Bernard and Lucía. Cleanliness was the top complaint.',
    lines: [
      [
        'Me: Most of the cleanliness comments are about rooms housekeeping signed off.',
        'I said it in front of Bernard on purpose.',
      ],
      ['Lucía: That is not fair and you know it.', 'It was not.'],
      ['Bernard: The overall score is what regional sees.', 'And regional gave up on us months ago.'],
    ],
    assumptions: [
      ['My GM thinks the poor ratings are my fault.', 'h8h4'],
      ['I make Lucía look bad in front of Bernard.', 'h8h2-rev'],
      ['Regional sees us as a lost cause.', 'h8h5'],
    ],
  },
  {
    date: '2027-04-12T08:20:00',
    set: 'D',
    title: 'Night audit, second look',
    people: ['Dev'],
    tags: ['nights', 'audit'],
    situation: 'Checked the night audit packs for the last week before the group audit visit.',
    lines:
      'Every room move posted, every float balanced. Dev had added a sheet with the six failed key cards and the times. He flagged a rate error on a corporate booking that the day team had missed.',
    assumptions: [['Dev is thorough with the audit.', 'h8h6-not']],
  },
  {
    date: '2027-04-14T15:00:00',
    set: 'L',
    title: "Owners' quarterly",
    people: ['Mrs Carrington', 'Bernard'],
    tags: ['owners', 'head office'],
    situation: "Owners' quarterly meeting; Bernard asked me to present the front-office plan.",
    lines: [
      ['Mrs Carrington: The family intends to hold this hotel for at least another ten years.', 'Ten years?'],
      ['Bernard: The group has approved the lobby refurbishment for the autumn.', 'Approved.'],
      [
        'Bernard: And I have asked for a second receptionist on weekends; our front office has been carrying too much.',
        'He asked. For us.',
      ],
    ],
    assumptions: [
      ['The owners want to keep the hotel, not sell it.', 'h8h9-not'],
      ['Head office is hopeful about this hotel.', 'h8h5-not'],
      ['Bernard looks out for his people.', 'h8h1-not'],
    ],
  },
  {
    date: '2027-04-16T20:30:00',
    set: 'L',
    title: 'Aoife and the tour leader',
    people: ['Aoife'],
    tags: ['team', 'guests'],
    situation: 'A tour leader demanded free dinner for his group after a late coach.',
    lines: [
      ['Aoife: I am sorry, I can offer the late menu at the group rate, not free.', 'Go on.'],
      ['Tour leader: I want to speak to the manager.', 'Here I come.'],
      ['Aoife: The manager will tell you the same.', 'I did.'],
    ],
    assumptions: [['Aoife is firm with demanding guests.', 'h8h3-not']],
  },
  {
    date: '2027-04-21T09:10:00',
    set: 'D',
    title: 'Group audit visit',
    people: ['Dev', 'Bernard'],
    tags: ['audit', 'head office', 'reviews'],
    situation: 'The group auditors spent the morning on the night audit and the front-office controls.',
    lines:
      "The auditors picked Dev's night packs as the example for the other hotels. Their lead said the group wants this property to be the pilot for the new check-in kiosks. In the debrief I caught myself telling the auditors that the review scores were down because the GM would not fund the desk.",
    assumptions: [
      ['Dev goes over the night figures with a fine-tooth comb.', 'h8h6-not'],
      ['The group still believes in us.', 'h8h5-not'],
      ['I blame Bernard for the drop in review scores.', 'h8h4-rev'],
    ],
  },
];
