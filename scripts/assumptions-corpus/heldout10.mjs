// Tenth held-out set: written blind at the start of session 4, without reading the engine, its theme tables, its
// tests or any failure output, and without running the engine on it. To be scored once, by the lead; never tuned on.
// Two fictional journal keepers writing after difficult work conversations: a senior policy adviser in a government
// department, working on a home-insulation grant scheme (the deputy director Fiona, her boss — "my DD", "my boss";
// Rupert, the minister's special adviser — "the SpAd"; Callum, a fellow adviser on the team; Adaeze, the economist
// who does the costings; Hamid, the departmental lawyer — "Legal"; Tom, a private secretary in the minister's
// private office — "the minister's office", "private office"; the Treasury — "HMT", "the Chief Secretary") and
// the co-owner of a family bakery with two shops and a wholesale round, who runs the office side and works with her
// brother and their father (her brother Declan, who runs the bakehouse; Dad — Frank, who founded it; Niamh,
// Declan's wife, who does the books two days a week; Shirin, manager of the Market Street shop; Kasia, the head
// baker; Joanne, the buyer for the Greenacre farm-shop chain; Mr Okafor, the relationship manager at the bank).
// Pronouns refer to the one person of that gender in the entry's people; roles ("my DD", "my boss", "the SpAd",
// "my father", "my brother", "Declan's wife") and group subjects ("the minister's office", "private office",
// "Legal", "HMT", "the bank", "Greenacre", "the bakehouse", "the staff", "the family") are used too.
// Traps: opposites (doesn't trust me in front of the minister / trusts me to brief the minister; already picked
// the option / genuinely open to the evidence; turn down the money / find the money; looking for a way out,
// unsettled / settled for the long haul; sees us as slow / impressed with how fast we turn things round; thinks
// I'm incapable / has faith in me; office work isn't real work / appreciates the work I do in the office; will sink
// the business / will pay for itself; pull our overdraft / renew the overdraft; drop us as a supplier / stick with
// us), direction (Callum passes my work off as his own / I passed Callum's work off as mine; Fiona keeps me out of
// the loop / I keep Fiona in the dark; Dad takes Declan's side against me / Dad takes my side against Declan;
// Shirin undermines me in front of her staff / I undermined Shirin in front of her staff), different objects in the
// same frame (Treasury refuses the scheme's money / the two extra posts; Callum takes credit for my work /
// Adaeze's modelling; Dad doesn't trust me / the new flour supplier; Joanne drops us / the hot cross buns; Shirin
// undermines me / the seven o'clock opening), self-beliefs that recur without a person (unwelcome advice gets me
// branded a blocker; I'm not Whitehall material; crossing Dad means a family row), and paraphrases with little
// word overlap ("one foot out of the door" ~ "looking for a way out"; "bleed us dry" ~ "we'll go under";
// "the golden boy" ~ "backs my brother every time"; "cherry-pick whatever supports the announcement" ~ "wants a
// justification, not advice").

export const groups = {
  // senior policy adviser in a government department
  h10a1: ['paraphrase', "Fiona doesn't trust me in front of the minister"],
  'h10a1-not': ['opposite', 'Fiona trusts me to brief the minister'],
  h10a2: ['paraphrase', 'Rupert has already decided the policy and wants the evidence to fit'],
  'h10a2-not': ['opposite', 'Rupert is open to what the evidence says'],
  h10a3: ['paraphrase', 'Callum takes the credit for my work'],
  'h10a3-rev': ['direction', "I take the credit for Callum's work"],
  h10a4: ['paraphrase', 'Giving advice ministers do not want will get me labelled obstructive'],
  h10a5: ['paraphrase', 'The Treasury will refuse the funding for the scheme'],
  'h10a5-not': ['opposite', 'The Treasury will fund the scheme'],
  h10a6: ['paraphrase', 'Adaeze is going to leave the team'],
  'h10a6-not': ['opposite', 'Adaeze is settled in the team'],
  h10a7: ['paraphrase', 'Fiona keeps me out of the loop'],
  'h10a7-rev': ['direction', 'I keep Fiona out of the loop'],
  h10a8: ['paraphrase', "I don't belong among the high-flyers in the department"],
  h10a9: ['paraphrase', "The minister's office thinks our team is slow"],
  'h10a9-not': ['opposite', "The minister's office is pleased with how fast our team works"],
  h10a10: ['paraphrase', 'Hamid will say the scheme is unlawful'],
  // co-owner of a family bakery
  h10b1: ['paraphrase', "Dad doesn't think I'm capable of running the bakery"],
  'h10b1-not': ['opposite', 'Dad believes I can run the bakery'],
  h10b2: ['paraphrase', "Declan thinks I don't pull my weight"],
  'h10b2-not': ['opposite', 'Declan values the work I do'],
  h10b3: ['paraphrase', "Dad always takes Declan's side against me"],
  'h10b3-rev': ['direction', 'Dad takes my side against Declan'],
  h10b4: ['paraphrase', 'Opening the third shop will sink the business'],
  'h10b4-not': ['opposite', 'The third shop will pay for itself'],
  h10b5: ['paraphrase', 'Shirin undermines me with the shop staff'],
  'h10b5-rev': ['direction', 'I undermine Shirin with her staff'],
  h10b6: ['paraphrase', 'The bank is going to pull our overdraft'],
  'h10b6-not': ['opposite', 'The bank will renew our overdraft'],
  h10b7: ['paraphrase', 'Standing up to Dad at work will cause a family row'],
  h10b8: ['paraphrase', 'Niamh wants me out of the business'],
  h10b9: ['paraphrase', 'Joanne will drop us as a supplier'],
  'h10b9-not': ['opposite', 'Joanne will keep us as a supplier'],
  h10b10: ['paraphrase', "The staff don't take me seriously as an owner"],
};

export const entries = [
  // ---------------------------------------------------------------- senior policy adviser in a government department
  {
    date: '2027-02-23T19:10:00',
    set: 'L',
    title: 'Submission sent back',
    people: ['Fiona'],
    tags: ['manager', 'submissions'],
    situation:
      'Fiona rewrote the recommendation in my submission on the insulation grants before it went up to the minister.',
    lines: [
      ['Fiona: I have tightened it up a bit, mainly the recommendation.', 'You rewrote the whole thing.'],
      ["Fiona: I'll take it into the minister's meeting myself, it's simpler.", 'Simpler for whom?'],
      ['Me: Makes sense.', 'It does not.'],
    ],
    assumptions: [["Fiona doesn't trust me in front of the minister.", 'h10a1']],
  },
  {
    date: '2027-02-24T18:30:00',
    set: 'D',
    title: 'First meeting with the SpAd',
    people: ['Rupert'],
    tags: ['spad', 'evidence'],
    situation:
      "First meeting with Rupert, the minister's special adviser, about the options for the grant scheme.",
    lines:
      'Rupert had a draft press release for option C on the table before we sat down. He asked for "two or three numbers that land C" and said options A and B could go in an annex. He did not open the evidence pack I had sent on Friday.',
    assumptions: [
      ['Rupert has already picked option C and just wants the evidence to fit.', 'h10a2'],
      ["If I tell him option C won't work, I'll be written off as obstructive.", 'h10a4'],
    ],
  },
  {
    date: '2027-02-26T17:45:00',
    set: 'L',
    title: "Team meeting, Callum's update",
    people: ['Callum', 'Fiona'],
    tags: ['team', 'credit'],
    situation: 'Weekly team meeting. Callum presented the summary of the uptake modelling.',
    lines: [
      ['Callum: So I pulled the uptake picture together over the weekend.', 'From my workbook.'],
      ['Fiona: Really helpful, Callum, thank you.', 'Say something.'],
      ['Me: I can share the underlying workbook if anyone wants it.', 'Nobody wanted it.'],
    ],
    assumptions: [['Callum passes my work off as his own.', 'h10a3']],
  },
  {
    date: '2027-03-01T18:05:00',
    set: 'D',
    title: 'Treasury spending team call',
    people: ['Adaeze'],
    tags: ['treasury', 'analysis'],
    situation: "Call with the Treasury spending team about the scheme's costings, with Adaeze.",
    lines:
      'The Treasury official asked four questions about deadweight and none about the benefits. He said the envelope for this year was "fully committed". Adaeze answered three of the four. Afterwards she mentioned that another directorate had asked to borrow her for two months.',
    assumptions: [
      ['The Treasury will turn down the money for the grant scheme.', 'h10a5'],
      ['Adaeze is looking for a way out of the team.', 'h10a6'],
    ],
  },
  {
    date: '2027-03-03T21:15:00',
    set: 'L',
    title: 'Late commission from private office',
    people: ['Tom', 'Rupert'],
    tags: ['private office', 'spad'],
    situation:
      'Private office sent a commission from Rupert at six: the top three facts supporting option C, by nine tomorrow.',
    lines: [
      [
        'Tom: The minister was surprised this was not with her already.',
        'We got the request three hours ago.',
      ],
      ['Me: You will have it first thing.', 'I will be up until two.'],
      ['Tom: Thanks. Bit of a pattern with your team, to be honest.', 'A pattern.'],
    ],
    assumptions: [
      ["The minister's office sees our team as slow.", 'h10a9'],
      ['Rupert only wants the numbers that prop up option C.', 'h10a2'],
      ["Everyone else in this building seems born to it and I'm just pretending.", 'h10a8'],
    ],
  },
  {
    date: '2027-03-05T17:30:00',
    set: 'L',
    title: 'Legal check with Hamid',
    people: ['Hamid'],
    tags: ['legal'],
    situation: 'Legal check on the eligibility rules for the grant scheme.',
    lines: [
      ['Hamid: The age criterion is the part that worries me.', 'Here we go.'],
      ["Hamid: I'd want counsel's view before anything is announced.", 'Counsel takes six weeks.'],
      ['Me: Can we find a version you are comfortable with?', 'There is no version he is comfortable with.'],
    ],
    assumptions: [["Hamid is going to tell us the scheme won't stand up in court.", 'h10a10']],
  },
  {
    date: '2027-03-08T18:20:00',
    set: 'D',
    title: 'After the away day',
    people: ['Fiona', 'Callum'],
    tags: ['manager', 'team'],
    situation: "Fiona came back from the directors' away day.",
    lines:
      'She mentioned a "reshuffle of portfolios" to Callum in the corridor. The team diary shows a meeting on the future of the scheme with the director general that I am not invited to. My invitation to the minister\'s stocktake was cancelled on Friday with no note.',
    assumptions: [
      ["She's stopped telling me where the scheme is going.", 'h10a7'],
      ['Callum will be handed the scheme in the reshuffle.', 'uh10a1'],
    ],
  },
  {
    date: '2027-03-10T18:40:00',
    set: 'L',
    title: 'Prep for the charities meeting',
    people: ['Rupert', 'Fiona'],
    tags: ['spad', 'minister'],
    situation: "Prep for the minister's meeting with the fuel-poverty charities.",
    lines: [
      ['Rupert: Just give her the lines on C. She does not need the modelling.', 'She does need it.'],
      ['Me: The charities will ask about the rural uptake figures.', 'I said it once, quietly.'],
      ["Fiona: Let's stick to the lines Rupert has agreed. I'll handle questions.", 'So I am on my own.'],
    ],
    assumptions: [
      ['The SpAd wants a justification, not advice.', 'h10a2'],
      ['My deputy director would rather do the talking herself than let me near the minister.', 'h10a1'],
      ['Pushing back on the lines will get me a name as the civil servant who blocks ministers.', 'h10a4'],
    ],
  },
  {
    date: '2027-03-12T17:15:00',
    set: 'D',
    title: "Adaeze's week",
    people: ['Adaeze'],
    tags: ['analysis', 'team'],
    situation: 'A quiet week on the costings.',
    lines:
      'Adaeze had her camera off in three meetings. Her profile on the civil service jobs site has been updated. On Thursday she asked whether I would be a referee for her, "just in case".',
    assumptions: [['She has one foot out of the door.', 'h10a6']],
  },
  {
    date: '2027-03-15T19:30:00',
    set: 'L',
    title: 'Holding reply from the Treasury',
    people: ['Fiona'],
    tags: ['treasury', 'manager'],
    situation:
      "The Chief Secretary's letter came back on our funding bid: a holding reply, and a line about staffing.",
    lines: [
      ["Fiona: It's not a no.", 'It is not a yes either.'],
      ['Fiona: Can you draft the reply for the minister? Upbeat but realistic.', 'Upbeat about what?'],
      ['Me: Will do.', 'We are going to lose the whole budget.'],
    ],
    assumptions: [
      ['HMT are never going to fund this.', 'h10a5'],
      ['Treasury will say no to the two extra posts for our team.', 'uh10a2'],
    ],
  },
  {
    date: '2027-03-17T18:20:00',
    set: 'L',
    title: "The DG's weekly note",
    people: ['Callum'],
    tags: ['team', 'credit'],
    situation:
      'The director general\'s weekly note thanked Callum for the "excellent uptake analysis and cost modelling".',
    lines: [
      ["Callum: Seen the DG's note? Nice, eh.", 'Nice for you.'],
      ['Me: The uptake analysis was mine, Callum.', 'I actually said it.'],
      ['Callum: Team effort, obviously.', 'Obviously.'],
    ],
    assumptions: [
      ['He takes the credit for everything I produce.', 'h10a3'],
      ["Callum takes the credit for Adaeze's modelling.", 'uh10a3'],
    ],
  },
  {
    date: '2027-03-19T16:50:00',
    set: 'D',
    title: 'Commissions tracker',
    people: ['Tom'],
    tags: ['private office'],
    situation: "Private office circulated the quarter's commissions tracker.",
    lines:
      'Our directorate is red on four of five commissions this quarter. Tom copied Fiona into the chaser about the charities briefing. The tracker does not show the dates the commissions actually reached us.',
    assumptions: [
      ['Private office thinks we drag our feet on everything.', 'h10a9'],
      ['The tracker will end up in front of the permanent secretary.', 'uh10a4'],
    ],
  },
  {
    date: '2027-03-22T18:00:00',
    set: 'L',
    title: 'The evidence annex',
    people: ['Rupert'],
    tags: ['spad', 'evidence'],
    situation: 'Rupert asked for the rural uptake figures to be moved from the main note into an annex.',
    lines: [
      ['Rupert: Nobody reads annexes, which is rather the point.', 'He said it out loud.'],
      ['Me: The figures are quite central to the recommendation.', 'They are the recommendation.'],
      ['Rupert: Noted. Annex. And by four, please, her office is chasing.', 'Noted.'],
    ],
    assumptions: [
      ["He'll cherry-pick whatever supports the announcement and bury the rest.", 'h10a2'],
      ["The minister's people already have us down as the team that's always late.", 'h10a9'],
    ],
  },
  {
    date: '2027-03-24T17:40:00',
    set: 'L',
    title: 'Coffee with Callum',
    people: ['Callum', 'Fiona'],
    tags: ['team', 'manager'],
    situation: 'Callum told me over coffee that Fiona had asked him about taking on the scheme.',
    lines: [
      ['Callum: Fiona mentioned the scheme might come to me. Thought you knew.', 'I did not know.'],
      ['Me: She has not said anything to me.', 'Nothing, for three weeks.'],
      ['Callum: Probably nothing in it. My uptake work went down well, that is all.', 'Your uptake work.'],
    ],
    assumptions: [
      ['My DD tells Callum things before she tells me.', 'h10a7'],
      ['Callum has built his reputation on the back of my spreadsheets.', 'h10a3'],
    ],
  },
  {
    date: '2027-03-26T17:20:00',
    set: 'D',
    title: "Hamid's written advice",
    people: ['Hamid'],
    tags: ['legal'],
    situation: "Hamid's written advice on the eligibility rules arrived.",
    lines:
      'Eleven pages. A judicial review risk of "medium-high" on the age criterion and a recommendation to consult for twelve weeks. He marked it "legally privileged, do not forward". Rupert has asked me twice this week whether legal is "sorted".',
    assumptions: [
      ['Legal will kill the scheme on judicial review risk.', 'h10a10'],
      ["If I pass Hamid's warning up to Rupert, I'm the one who gets branded a blocker.", 'h10a4'],
      ['The twelve-week consultation will push the launch past the summer recess.', 'uh10a5'],
    ],
  },
  {
    date: '2027-03-29T19:45:00',
    set: 'L',
    title: "The minister's stocktake",
    people: ['Fiona'],
    tags: ['minister', 'manager'],
    situation: 'Stocktake on the scheme with the minister. Fiona had asked me to come "to take notes".',
    lines: [
      ['Minister: Who did the rural figures? They are very striking.', 'Me.'],
      ['Fiona: The team did, minister. I can talk you through them.', 'She did not even look at me.'],
      ['Me: I can send a note on the method afterwards.', 'To the outer office. Where notes go.'],
    ],
    assumptions: [
      ["My boss won't let me open my mouth when ministers are in the room.", 'h10a1'],
      ['Someone with my background was never meant to be in that room.', 'h10a8'],
    ],
  },
  {
    date: '2027-03-31T18:10:00',
    set: 'D',
    title: 'Spending review guidance',
    people: ['Fiona', 'Adaeze'],
    tags: ['treasury', 'team'],
    situation: 'The Treasury published its guidance for the spending review.',
    lines:
      'New schemes need a full business case and "identified savings elsewhere". Fiona forwarded the guidance to Callum on Monday and to me on Wednesday. Adaeze came back from a "personal appointment" in a suit and has started writing handover notes "just to be organised".',
    assumptions: [
      ["There's no chance the Chief Secretary signs off our bid.", 'h10a5'],
      ["I'm always the last person Fiona tells.", 'h10a7'],
      ['Adaeze is unsettled here and will be gone before the spending review.', 'h10a6'],
    ],
  },
  {
    date: '2027-04-02T17:30:00',
    set: 'L',
    title: 'Going to the Treasury alone',
    people: ['Fiona'],
    tags: ['treasury', 'manager'],
    situation: 'I met the Treasury spending team on Tuesday without telling Fiona beforehand.',
    lines: [
      ['Fiona: I hear you saw Treasury on Tuesday?', 'From whom?'],
      ['Me: It was only an informal catch-up.', 'It was not.'],
      ['Fiona: I would have liked to know beforehand.', 'I know. That was the point.'],
    ],
    assumptions: [
      ["I've been keeping Fiona in the dark about my Treasury contacts.", 'h10a7-rev'],
      ["Sooner or later they'll work out I'm not Whitehall material.", 'h10a8'],
    ],
  },
  {
    date: '2027-04-07T18:40:00',
    set: 'D',
    title: 'Treasury comes back',
    people: ['Hamid'],
    tags: ['treasury', 'legal'],
    situation: 'The Treasury official rang back about the bid; Hamid replied to the draft business case.',
    lines:
      'The Chief Secretary has agreed the first year in principle and wants the rural figures in the full business case. Hamid\'s reply to the draft was two lines: "Still need counsel on the age criterion. Will chase."',
    assumptions: [
      ['The Treasury is going to find the money for the scheme after all.', 'h10a5-not'],
      ['Hamid will still find some legal reason to sink the scheme.', 'h10a10'],
    ],
  },
  {
    date: '2027-04-09T17:55:00',
    set: 'L',
    title: 'Business case with the DG',
    people: ['Callum'],
    tags: ['team', 'credit'],
    situation:
      "I presented the business case to the director general. The cost-benefit section was Callum's.",
    lines: [
      ['DG: This section is very clear. Yours?', "Callum's."],
      ['Me: Thanks, it took a while to get right.', 'It took Callum a while.'],
      ['Callum (afterwards): Glad it landed.', 'He knows.'],
    ],
    assumptions: [["I passed Callum's work off as mine in front of the DG.", 'h10a3-rev']],
  },
  {
    date: '2027-04-13T18:30:00',
    set: 'L',
    title: 'Rupert asks for everything',
    people: ['Rupert'],
    tags: ['spad', 'evidence'],
    situation: "Rupert called after the charities' letter to the minister about rural homes.",
    lines: [
      ['Rupert: Show me everything on rural uptake, annex included.', 'Everything?'],
      [
        'Rupert: If C does not work in the countryside I would rather hear it from you than from the Commons.',
        'That is new.',
      ],
      ['Me: I can have the full pack with you tomorrow.', 'Tonight, even.'],
    ],
    assumptions: [['Rupert is genuinely open to what the evidence says.', 'h10a2-not']],
  },
  {
    date: '2027-04-16T17:10:00',
    set: 'D',
    title: 'Feedback from private office',
    people: ['Tom'],
    tags: ['private office', 'minister'],
    situation: "Tom's weekly note to directors.",
    lines:
      'The note lists our turnaround on the charities briefing as "exemplary". The minister\'s box came back with "very helpful — more like this" written on our submission. Tom asked whether our template could be shared with the other teams.',
    assumptions: [['Private office is impressed with how fast we turn things round.', 'h10a9-not']],
  },
  {
    date: '2027-04-21T17:30:00',
    set: 'D',
    title: 'Team meeting before the bilateral',
    people: ['Fiona', 'Adaeze'],
    tags: ['manager', 'team', 'minister'],
    situation: "Team meeting ahead of Thursday's meeting between the minister and the charities.",
    lines:
      'Fiona said in front of the team that I would brief the minister on Thursday and that she would only be in the room "for moral support". Adaeze told us she had withdrawn from the external job and asked to lead the evaluation of the scheme; she said she wants to see this one through.',
    assumptions: [
      ['Fiona trusts me to brief the minister on my own.', 'h10a1-not'],
      ['Adaeze is settled in the team for the long haul.', 'h10a6-not'],
    ],
  },
  // ---------------------------------------------------------------- co-owner of a family bakery
  {
    date: '2027-02-23T15:40:00',
    set: 'L',
    title: 'Viewing the Mill Lane shop',
    people: ['Declan', 'Niamh'],
    tags: ['expansion', 'family'],
    situation: 'Viewed the empty shop on Mill Lane with Declan and Niamh. Declan wants it for a third shop.',
    lines: [
      ['Declan: Best footfall in town. We would be mad not to.', 'We would be mad to, this year.'],
      ['Niamh: Declan has done all the sums, it works.', 'I do the sums. Nobody showed me these.'],
      ['Me: Can we look at the cash flow together first?', 'Niamh looked at Declan, not at me.'],
    ],
    assumptions: [
      ['Opening a third shop now will sink the business.', 'h10b4'],
      ["Niamh would rather I wasn't a partner at all.", 'h10b8'],
    ],
  },
  {
    date: '2027-02-25T06:10:00',
    set: 'L',
    title: 'Four in the morning',
    people: ['Dad'],
    tags: ['family', 'bakehouse'],
    situation: 'I came in at four to learn the new sourdough schedule. Dad was already at the mixer.',
    lines: [
      ['Dad: Leave that, love, I will do it.', 'I came in at four to do it.'],
      ['Me: I want to learn it properly.', 'I am thirty-eight.'],
      ["Dad: There's nothing to learn, you just know.", 'You just know, and I never will.'],
    ],
    assumptions: [["Dad doesn't trust me with the business he built.", 'h10b1']],
  },
  {
    date: '2027-02-27T14:30:00',
    set: 'D',
    title: 'Invoice backlog',
    people: ['Declan'],
    tags: ['office', 'bank'],
    situation: 'Spent the morning on the wholesale invoices; Declan came up to the office at eleven.',
    lines:
      'Declan stood in the doorway and asked whether I had "a minute between emails". He said the bakehouse had been a person short since six and nobody had answered the phone. I had been on a call with the bank about the overdraft for forty minutes.',
    assumptions: [
      ["Declan thinks office work isn't real work.", 'h10b2'],
      ['The bank is going to pull our overdraft.', 'h10b6'],
    ],
  },
  {
    date: '2027-03-02T16:00:00',
    set: 'L',
    title: "Seven o'clock opening",
    people: ['Shirin'],
    tags: ['shops', 'staff'],
    situation: 'I asked the Market Street shop to open at seven instead of eight for the commuters.',
    lines: [
      ['Shirin: The girls are not happy, I will be honest.', 'The girls, or you?'],
      ["Shirin: I've told them it is a trial and we will see.", 'It is not a trial.'],
      ["Me: Let's review it in a month.", 'Now it is a trial.'],
    ],
    assumptions: [
      ['Shirin undermines me in front of the shop staff.', 'h10b5'],
      ["The seven o'clock opening won't bring in any commuters.", 'uh10b5'],
    ],
  },
  {
    date: '2027-03-04T21:00:00',
    set: 'L',
    title: 'Kitchen-table meeting',
    people: ['Dad', 'Declan'],
    tags: ['family', 'expansion'],
    situation: "Family meeting at Mum and Dad's kitchen table about the Mill Lane lease.",
    lines: [
      [
        'Declan: The numbers work if we run the wholesale from there as well.',
        'They work if nothing goes wrong.',
      ],
      ['Dad: Your brother knows the trade. Listen to him.', 'And there it is.'],
      ['Me: I just want us to wait until after Easter.', 'I said "just". Again.'],
    ],
    assumptions: [
      ['When Declan and I disagree, Dad backs my brother every time.', 'h10b3'],
      ["If we sign the Mill Lane lease, we'll go under.", 'h10b4'],
      ["If I stand up to Dad at work, it'll blow up into a family row.", 'h10b7'],
    ],
  },
  {
    date: '2027-03-06T15:15:00',
    set: 'D',
    title: 'Greenacre order',
    people: ['Joanne'],
    tags: ['wholesale'],
    situation: "Greenacre Farm Shops' weekly order came through.",
    lines:
      'The order is down twelve percent for the second week running. Joanne\'s email said they are "reviewing all bakery suppliers for the summer range". She copied in someone from their central buying team I have never heard of.',
    assumptions: [['Joanne is going to drop us as a supplier.', 'h10b9']],
  },
  {
    date: '2027-03-09T07:30:00',
    set: 'L',
    title: 'The new production schedule',
    people: ['Kasia', 'Declan'],
    tags: ['bakehouse', 'staff'],
    situation: 'I pinned up the new production schedule to cut waste on the wholesale round.',
    lines: [
      ['Kasia: Declan said we do it the old way this week.', 'Declan said.'],
      ['Me: This is the schedule we agreed on Friday.', 'We did agree. All three of us.'],
      ["Declan: Let's not make a thing of it in front of everyone.", 'You made the thing.'],
    ],
    assumptions: [
      ['The bakehouse only listens to Declan.', 'h10b10'],
      ['My brother reckons he carries the place while I sit at a laptop.', 'h10b2'],
    ],
  },
  {
    date: '2027-03-11T17:45:00',
    set: 'L',
    title: 'Annual review with the bank',
    people: ['Mr Okafor'],
    tags: ['bank', 'wholesale'],
    situation: 'Annual review of our facilities with Mr Okafor, our relationship manager.',
    lines: [
      [
        'Mr Okafor: The last quarter was tight. What happens if Greenacre goes?',
        'How does he know about Greenacre?',
      ],
      ['Mr Okafor: We may need to look at the facility again in June.', 'Look at it. Cut it.'],
      ['Me: We have a plan to diversify.', 'We have an argument about Mill Lane.'],
    ],
    assumptions: [
      ["He'll cut our credit line in June.", 'h10b6'],
      ['Greenacre are going to find a cheaper bakery.', 'h10b9'],
    ],
  },
  {
    date: '2027-03-13T13:20:00',
    set: 'D',
    title: 'The flour',
    people: ['Dad'],
    tags: ['family', 'suppliers'],
    situation: 'I switched the white loaves to a cheaper flour after comparing quotes for a month.',
    lines:
      'Dad opened one sack, rubbed the flour between his fingers and said "we\'ll see". He baked a test batch with the old flour alongside. He told Mum at dinner that I had "changed the flour", and Mum rang me at nine.',
    assumptions: [
      ["Dad doesn't trust the new flour supplier.", 'uh10b1'],
      ["To my father I'm still the teenager on the Saturday till.", 'h10b1'],
      ['If I cross Dad in the bakehouse, the whole family will freeze me out.', 'h10b7'],
    ],
  },
  {
    date: '2027-03-16T16:30:00',
    set: 'L',
    title: 'Market Street staff meeting',
    people: ['Shirin'],
    tags: ['shops', 'staff'],
    situation: 'I dropped in on the Market Street staff meeting.',
    lines: [
      ['Shirin: And here is the boss, come to check up on us.', 'Everyone laughed.'],
      ['Me: Just passing, carry on.', 'I should have stayed.'],
      ["Shirin: We were only talking about the seven o'clock start.", 'And about me.'],
    ],
    assumptions: [
      ['She talks about me behind my back to the girls on the counter.', 'h10b5'],
      ["To the staff I'm just Frank's daughter, not an owner.", 'h10b10'],
    ],
  },
  {
    date: '2027-03-18T18:10:00',
    set: 'L',
    title: 'Niamh and the management accounts',
    people: ['Niamh'],
    tags: ['office', 'family'],
    situation: 'Niamh came in to do the VAT return; I asked to see the draft management accounts.',
    lines: [
      ['Niamh: I usually send those to Declan first.', 'Usually.'],
      ['Niamh: He can forward them if you need them.', 'If I need them. I own half.'],
      ['Me: I would like to be copied in from now on.', 'Said too politely.'],
    ],
    assumptions: [
      ["Declan's wife wants me out of the business.", 'h10b8'],
      ["Mill Lane would drain every penny we've got.", 'h10b4'],
    ],
  },
  {
    date: '2027-03-20T14:00:00',
    set: 'D',
    title: 'Easter order',
    people: ['Joanne'],
    tags: ['wholesale'],
    situation: "Greenacre's Easter order arrived.",
    lines:
      'No hot cross buns on the Easter order, for the first time in six years. Joanne\'s note says the chain is "trialling a central supplier for seasonal lines". Bread volumes are the same as last week.',
    assumptions: [
      ['Joanne will drop the hot cross buns from the Easter order.', 'uh10b2'],
      ["Joanne's shopping around for someone to replace us.", 'h10b9'],
    ],
  },
  {
    date: '2027-03-23T19:00:00',
    set: 'L',
    title: 'Dad at Market Street',
    people: ['Dad', 'Shirin'],
    tags: ['family', 'shops'],
    situation: 'Dad spent Saturday at Market Street and told Shirin to go back to opening at eight.',
    lines: [
      ['Shirin: Frank said eight is fine, so…', 'So Frank decides.'],
      ['Dad: I only said it was quiet before eight.', 'In front of her.'],
      ['Me: The trial runs to the end of April.', 'Trial. Now I am saying it too.'],
    ],
    assumptions: [
      ["He thinks I'll run his bakery into the ground.", 'h10b1'],
      ['She cuts me down in front of her team whenever she gets the chance.', 'h10b5'],
      ["Shirin is undermining the seven o'clock opening.", 'uh10b3'],
    ],
  },
  {
    date: '2027-03-25T16:20:00',
    set: 'D',
    title: 'Mill Lane cash flow',
    people: ['Niamh', 'Declan'],
    tags: ['expansion', 'bank'],
    situation: 'Niamh sent round her cash-flow forecast for Mill Lane.',
    lines:
      'The forecast has the overdraft peaking at £61k in September against a limit of £50k. Declan said the wholesale growth "isn\'t in there yet". Niamh\'s covering email was addressed to Declan, with me in copy.',
    assumptions: [
      ['The new shop will bleed us dry.', 'h10b4'],
      ['The bank will call time on our borrowing after one bad quarter.', 'h10b6'],
      ["She'd be happier if Declan bought me out.", 'h10b8'],
    ],
  },
  {
    date: '2027-03-27T06:40:00',
    set: 'L',
    title: 'Oven trips',
    people: ['Declan'],
    tags: ['bakehouse', 'equipment'],
    situation: 'The deck oven tripped twice during the Friday bake.',
    lines: [
      ["Declan: It's the element again. I told you we need a new one.", 'You told Dad.'],
      ['Me: The engineer says it has another year in it.', 'I hope.'],
      [
        "Declan: Typical. You're up there with your spreadsheets and we're down here sweating.",
        'There it is.',
      ],
    ],
    assumptions: [
      ['The deck oven will pack up before Easter.', 'uh10b4'],
      ["He thinks I swan in at nine while he's been up since three.", 'h10b2'],
    ],
  },
  {
    date: '2027-03-30T18:30:00',
    set: 'L',
    title: 'Sourdough price',
    people: ['Dad', 'Declan'],
    tags: ['family', 'pricing'],
    situation: 'I proposed putting the sourdough up by forty pence.',
    lines: [
      [
        "Declan: Four pounds for a loaf round here? It'll kill the shop.",
        "They pay it at the farmers' market.",
      ],
      ["Dad: Declan's right, love.", 'Before I had finished.'],
      ["Me: Fine, let's leave it.", 'Not fine.'],
    ],
    assumptions: [
      ["Dad sides with Declan before I've even finished a sentence.", 'h10b3'],
      ['If I dig my heels in with my father, it will split the family.', 'h10b7'],
      ['Customers will walk out over the price rise.', 'uh10b6'],
    ],
  },
  {
    date: '2027-04-01T13:30:00',
    set: 'D',
    title: 'Easter rota',
    people: ['Kasia', 'Dad'],
    tags: ['bakehouse', 'staff'],
    situation: 'I sent the Easter rota for the bakehouse on Monday.',
    lines:
      'On Tuesday Kasia asked Declan to confirm it. Two bakers swapped shifts without telling me; they told Declan. Dad rang Kasia on Wednesday evening to go through the rota with her line by line.',
    assumptions: [
      ['Nobody in the bakery takes an instruction from me unless Declan repeats it.', 'h10b10'],
      ["Dad thinks I'm incapable of running the place.", 'h10b1'],
    ],
  },
  {
    date: '2027-04-06T14:10:00',
    set: 'L',
    title: "Shirin's rota",
    people: ['Shirin'],
    tags: ['shops', 'staff'],
    situation: 'While Shirin was on holiday I changed the Market Street rota directly with two of her staff.',
    lines: [
      ['Shirin: You changed my rota with my girls while I was in Spain?', 'Yes.'],
      ['Me: It was urgent and I could not reach you.', 'I did not try.'],
      ['Shirin: Now they think they can go to you over my head.', 'They can. That was the point.'],
    ],
    assumptions: [['I undermined Shirin in front of her own staff.', 'h10b5-rev']],
  },
  {
    date: '2027-04-09T15:30:00',
    set: 'D',
    title: 'Greenacre and the bank',
    people: ['Joanne', 'Mr Okafor'],
    tags: ['wholesale', 'bank'],
    situation: 'A good week on paper.',
    lines:
      'Joanne rang: the central supplier trial failed on quality, and Greenacre want our sourdough in all six of their shops from May. Mr Okafor emailed to say the March figures were "reassuring" and asked to bring the facility review forward to next week.',
    assumptions: [
      ['Joanne is going to stick with us.', 'h10b9-not'],
      ['The bank will renew the overdraft without a fuss.', 'h10b6-not'],
    ],
  },
  {
    date: '2027-04-14T17:20:00',
    set: 'L',
    title: 'Dad steps back',
    people: ['Dad'],
    tags: ['family'],
    situation: 'Dad asked to talk after the Saturday bake.',
    lines: [
      ["Dad: I'm going down to three days. You run the week, the money side is yours.", 'Mine?'],
      [
        "Dad: And on the money I'll back you over your brother, tell him I said so.",
        'He has never said that.',
      ],
      ['Me: Thank you, Dad.', 'I nearly cried in the flour store.'],
    ],
    assumptions: [
      ['My father has faith in me to run the business.', 'h10b1-not'],
      ['When it comes to money, Dad takes my side against Declan.', 'h10b3-rev'],
    ],
  },
  {
    date: '2027-04-20T18:00:00',
    set: 'L',
    title: 'Mill Lane, second look',
    people: ['Declan', 'Niamh'],
    tags: ['expansion', 'family'],
    situation:
      "Went through the revised Mill Lane numbers with Declan and Niamh, with Greenacre's new order in.",
    lines: [
      [
        "Declan: Honestly, I couldn't have got the bank onside without your figures.",
        'I did not know he knew.',
      ],
      ['Niamh: With the Greenacre volume it breaks even in month nine.', 'It does.'],
      ["Declan: Dad will go with whatever I say anyway, but I'd rather you were on board.", 'Anyway.'],
    ],
    assumptions: [
      ['Declan appreciates the work I do in the office.', 'h10b2-not'],
      ['The Mill Lane shop will pay for itself within a year.', 'h10b4-not'],
      ["Declan is Dad's golden boy and always will be.", 'h10b3'],
    ],
  },
];
