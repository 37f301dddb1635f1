// Ninth held-out set: written blind at the start of session 4, before any change to the engine, without reading
// the engine, its theme tables, its tests or any failure output, and without running the engine on it. Not scored
// by its writer; to be scored once, by the lead; never tuned on.
// Two fictional journal keepers writing after difficult work conversations: the fundraising director of a
// medium-sized young carers' charity (the chief executive Joanna; Richard, the chair of trustees; the finance
// director Fergus; Niamh, the director of services; Yusuf, the corporate partnerships manager, who reports to the
// keeper; Freya, the events officer; Hamish, grants officer at the Hartley Trust, a major funder; Mrs Ashworth, a
// long-time major donor) and a first officer on turboprops at a regional airline's island base (Captain Henshaw,
// a senior line captain; Captain Varga, the training captain doing the line check; Brody, the chief pilot; Gemma,
// the senior cabin crew member; Jonas, a fellow first officer; Pavel, a licensed engineer; Dawn in crewing).
// Pronouns refer to the one person of that gender in the entry's people; roles ("the finance director", "the
// CEO", "the captain", "the training captain", "the chief pilot") and group subjects ("the trustees", "the
// board", "services", "finance", "management", "flight ops", "crewing", "rostering", "the engineers", "the crew")
// are used too.
// Traps: opposites (unrealistic / realistic; unsettled / settled; "isn't going anywhere" against "one foot out of
// the door"; "laid at my door" / "nobody on the board holds me responsible"; worthless / worth the trouble;
// "won't renew" / "will renew" / "safe for another three years"; fail / pass / sign me off; replaceable / values;
// "will count against me" / "won't count against me"; "career first officer" / "a future captain"; "cut my team"
// / "invest in my team"), direction (Joanna keeps me in the dark / I keep Joanna in the dark; Niamh talks over me
// / I talk over Niamh; Henshaw doesn't trust my flying / I don't trust Henshaw's flying; Gemma complains about me
// to the captains / I complain about Gemma to the captains), different objects or subjects in the same frame
// (Fergus thinks my forecasts / the gala budget are unrealistic; Joanna is planning to cut my team / the
// peer-support groups; Yusuf is about to hand in his notice / land the supermarket partnership; the Hartley Trust
// won't renew our grant / the Ashworths won't renew their gift; Henshaw doesn't trust my flying / the performance
// software; Varga will fail me / Jonas; Gemma complains about me / about the catering to the captains), negation
// inside paraphrases ("nobody tells me", "will never put me in the left seat", "distrusts", "shameless",
// "clueless") and paraphrases with little word overlap ("keeps me in the dark" ~ "tells Fergus things she doesn't
// tell me"; "first in line when the restructure comes" ~ "planning to cut my team"; "a fusspot who writes up
// everything" ~ "wasting his time with trivial snags"; "has me down as a career first officer" ~ "doesn't see me
// as command material").

export const groups = {
  // fundraising director of a young carers' charity
  h9a1: ['paraphrase', 'The trustees will blame me if we miss the income target'],
  'h9a1-not': ['opposite', 'The trustees do not blame me for the shortfall'],
  h9a2: ['paraphrase', 'Fergus thinks my income forecasts are unrealistic'],
  'h9a2-not': ['opposite', 'Fergus finds my income forecasts realistic'],
  h9a3: ['paraphrase', 'Joanna is planning to cut the fundraising team'],
  'h9a3-not': ['opposite', 'Joanna wants to invest in the fundraising team'],
  h9a4: ['paraphrase', 'Asking donors for money makes me look greedy'],
  h9a5: ['paraphrase', "Niamh thinks I don't understand the charity's frontline work"],
  h9a6: ['paraphrase', 'Yusuf is about to leave for another job'],
  'h9a6-not': ['opposite', 'Yusuf is staying'],
  h9a7: ['paraphrase', 'Joanna keeps me in the dark'],
  'h9a7-rev': ['direction', 'I keep Joanna in the dark'],
  h9a8: ['paraphrase', "Freya isn't up to running the gala"],
  h9a9: ['paraphrase', "The Hartley Trust won't renew our grant"],
  'h9a9-not': ['opposite', 'The Hartley Trust will renew our grant'],
  h9a10: ['paraphrase', 'Niamh talks over me in senior team meetings'],
  'h9a10-rev': ['direction', 'I talk over Niamh in senior team meetings'],
  // first officer at a regional airline
  h9b1: ['paraphrase', "Captain Henshaw doesn't trust my flying"],
  'h9b1-rev': ['direction', "I don't trust Captain Henshaw's flying"],
  h9b2: ['paraphrase', 'Challenging a captain will get me seen as insubordinate'],
  h9b3: ['paraphrase', 'Captain Varga will fail me on the line check'],
  'h9b3-not': ['opposite', 'Captain Varga will pass me on the line check'],
  h9b4: ['paraphrase', 'Management sees first officers as replaceable'],
  'h9b4-not': ['opposite', 'Management values its first officers'],
  h9b5: ['paraphrase', 'Gemma complains about me to the captains'],
  'h9b5-rev': ['direction', 'I complain about Gemma to the captains'],
  h9b6: ['paraphrase', "Jonas can't keep what I tell him to himself"],
  h9b7: ['paraphrase', 'Crewing punishes me for refusing extra duties'],
  h9b8: ['paraphrase', 'Reporting fatigue will count against me'],
  'h9b8-not': ['opposite', "Reporting fatigue won't count against me"],
  h9b9: ['paraphrase', 'Pavel thinks my defect write-ups waste his time'],
  'h9b9-not': ['opposite', 'Pavel values my defect write-ups'],
  h9b10: ['paraphrase', "Brody doesn't see me as command material"],
  'h9b10-not': ['opposite', 'Brody sees me as a future captain'],
};

export const entries = [
  // ---------------------------------------------------------------- fundraising director of a young carers' charity
  {
    date: '2027-02-23T19:10:00',
    set: 'L',
    title: 'Budget sign-off with Fergus',
    people: ['Fergus'],
    tags: ['finance', 'budget'],
    situation: "Signing off next year's budget with Fergus. I had put voluntary income at £3.4m.",
    lines: [
      [
        'Fergus: Three point four. We raised two point nine last year.',
        'Last year we had no legacy officer and no gala.',
      ],
      [
        "Fergus: I'll put three point one in the board pack and call the rest upside.",
        'Upside. Half my plan is upside.',
      ],
      [
        'Me: Fine, as long as my target stays at three point four.',
        'So I carry the target and he carries the caution.',
      ],
    ],
    assumptions: [
      ['Fergus thinks my income forecasts are unrealistic.', 'h9a2'],
      ['If we miss the income target, the trustees will blame me.', 'h9a1'],
    ],
  },
  {
    date: '2027-02-25T18:40:00',
    set: 'D',
    title: 'Senior team meeting',
    people: ['Niamh', 'Joanna'],
    tags: ['senior team'],
    situation: 'Monthly senior team meeting. January income was the third item.',
    lines:
      'I had ten minutes for January income. Two minutes in, Niamh started on the caseload figures and Joanna let her run. We ran out of time and my item was moved to March. On the way out Niamh said the charity needs "income people who understand the work".',
    assumptions: [
      ['Niamh talks over me in senior team meetings.', 'h9a10'],
      ['Services sees fundraisers as salespeople who have never met a young carer.', 'h9a5'],
    ],
  },
  {
    date: '2027-02-26T17:25:00',
    set: 'L',
    title: 'Interim call with the Hartley Trust',
    people: ['Hamish'],
    tags: ['trusts', 'grants'],
    situation: 'Interim report call with Hamish on the three-year Hartley grant, which ends in September.',
    lines: [
      ['Hamish: The panel has a lot of new priorities this year, climate mostly.', 'We are not climate.'],
      ["Hamish: I can't promise anything about a second round.", 'He always used to promise.'],
      ['Me: Would it help if we sent the outcomes report early?', 'I sound like I am begging.'],
    ],
    assumptions: [
      ["The Hartley Trust won't renew our grant.", 'h9a9'],
      ['Pressing Hamish on the renewal will come across as grabby.', 'h9a4'],
    ],
  },
  {
    date: '2027-03-01T18:05:00',
    set: 'L',
    title: 'The shape review',
    people: ['Joanna'],
    tags: ['ceo', 'restructure'],
    situation:
      'Joanna told the senior team that a "shape review" of head office will run through the spring.',
    lines: [
      [
        'Joanna: Every department will look hard at its costs, fundraising included.',
        'Fundraising especially.',
      ],
      ['Joanna: Fergus has already started on the numbers with me.', 'Already. Since when?'],
      ['Me: Happy to be part of that.', 'Am I part of it, or the subject of it?'],
    ],
    assumptions: [
      ['Joanna is planning to cut my team.', 'h9a3'],
      ['Joanna keeps me in the dark.', 'h9a7'],
    ],
  },
  {
    date: '2027-03-02T17:50:00',
    set: 'D',
    title: "Yusuf's one-to-one",
    people: ['Yusuf'],
    tags: ['team'],
    situation: 'Monthly one-to-one with Yusuf, who runs corporate partnerships.',
    lines:
      'Yusuf moved our one-to-one twice this month. Today he had his camera off and answered most questions in a line. On Sunday his LinkedIn headline changed from "Corporate Partnerships Manager" to "Partnerships | purpose-led growth".',
    assumptions: [['Yusuf is about to hand in his notice.', 'h9a6']],
  },
  {
    date: '2027-03-04T16:30:00',
    set: 'L',
    title: 'Gala planning with Freya',
    people: ['Freya'],
    tags: ['events', 'gala'],
    situation: 'Planning meeting for the spring gala on 24 April: 300 guests, an auction and three sponsors.',
    lines: [
      ['Freya: The venue wants final numbers by Friday, I think.', 'You think?'],
      [
        "Freya: Two of the sponsors haven't got back to me. Should I chase?",
        'You should have chased three weeks ago.',
      ],
      ["Me: I'll ring them myself.", 'Again.'],
    ],
    assumptions: [
      ["Freya isn't up to running the gala on her own.", 'h9a8'],
      ['The gala will make a loss.', 'uh9a1'],
    ],
  },
  {
    date: '2027-03-05T21:15:00',
    set: 'L',
    title: 'Lunch with Mrs Ashworth',
    people: ['Mrs Ashworth'],
    tags: ['donors', 'major gifts'],
    situation:
      "Lunch with Mrs Ashworth, who has given £25,000 a year for six years. I meant to ask her to fund the new carers' hub.",
    lines: [
      ['Mrs Ashworth: Tell me about the children, not the building.', 'The building is the ask.'],
      [
        'Me: The hub would let us double the number of groups.',
        'I did not say the number. Two hundred thousand.',
      ],
      ['Mrs Ashworth: Send me something, dear.', 'Something.'],
    ],
    assumptions: [
      ["If I make the ask too plainly, Mrs Ashworth will think I'm only after her money.", 'h9a4'],
    ],
  },
  {
    date: '2027-03-08T20:00:00',
    set: 'D',
    title: 'Finance committee',
    people: ['Richard', 'Fergus'],
    tags: ['board', 'finance'],
    situation: 'Finance committee of the board, quarter three figures.',
    lines:
      "Richard read out the variance: voluntary income eleven per cent behind budget, everything else on track. He asked me, not Fergus, for a recovery plan by the next meeting. Fergus's paper had a line saying that the income risk sits with fundraising, and a footnote that the pipeline includes 'unconfirmed expectations'.",
    assumptions: [
      ['Any shortfall this year will be laid at my door.', 'h9a1'],
      ['The finance director writes off my pipeline as wishful thinking.', 'h9a2'],
    ],
  },
  {
    date: '2027-03-10T18:20:00',
    set: 'L',
    title: 'Case studies for the Hartley report',
    people: ['Niamh'],
    tags: ['services', 'trusts'],
    situation: 'Asked Niamh for two family case studies for the Hartley report.',
    lines: [
      ['Niamh: Our families are not a marketing asset.', 'I never said they were.'],
      [
        'Niamh: Have you ever actually sat in on a group? Because last time the consent forms were a mess, and the time before that...',
        'Twice, and you know it. I could not get a sentence out.',
      ],
      ['Me: I just need permission to tell the story.', 'And I need it by Friday.'],
    ],
    assumptions: [
      ["Niamh thinks I don't understand what her teams actually do.", 'h9a5'],
      ["I can't get a word in when Niamh is in the room.", 'h9a10'],
    ],
  },
  {
    date: '2027-03-12T19:30:00',
    set: 'L',
    title: 'The scenario in the board pack',
    people: ['Joanna', 'Fergus'],
    tags: ['ceo', 'finance', 'restructure'],
    situation:
      'Found out from the draft board pack that Joanna and Fergus had modelled a fifteen per cent cut to head office.',
    lines: [
      ['Joanna: It is scenario planning. Nothing is decided.', 'Then why is it in the pack?'],
      [
        'Fergus: Scenario B closes the peer-support groups in the north as well.',
        'And scenario A starts with my team.',
      ],
      ["Me: I'd rather be worried than surprised.", 'That came out well, for once.'],
    ],
    assumptions: [
      ["She tells Fergus things she doesn't tell me.", 'h9a7'],
      ['Fundraising will be first in line when the restructure comes.', 'h9a3'],
      ['Joanna is planning to cut the peer-support groups.', 'uh9a2'],
    ],
  },
  {
    date: '2027-03-15T18:45:00',
    set: 'D',
    title: "Yusuf's supermarket pitch",
    people: ['Yusuf'],
    tags: ['team', 'corporate'],
    situation: 'Yusuf and I pitched to the charity committee of a supermarket chain.',
    lines:
      'The committee asked for a full proposal by the end of April and said we were on a shortlist of two. On the train back Yusuf took a call, said "I\'ll ring you back when I\'m off the train" and went out into the corridor. He left at four for a dentist appointment, the third this month.',
    assumptions: [
      ['Yusuf is about to land the supermarket partnership.', 'uh9a3'],
      ["He's got one foot out of the door.", 'h9a6'],
    ],
  },
  {
    date: '2027-03-17T17:05:00',
    set: 'L',
    title: 'The brewery pulls out',
    people: ['Freya', 'Yusuf'],
    tags: ['events', 'gala', 'team'],
    situation: 'Gala update with Freya; Yusuf joined. One of the three sponsors has dropped out.',
    lines: [
      ['Freya: The brewery pulled out. They emailed on Monday.', 'Monday. It is Wednesday.'],
      ['Yusuf: Sorry, I need to take this, it is... personal.', 'Personal. At eleven on a Wednesday.'],
      ["Me: Freya, I'll take the sponsor calls from now on.", 'Her face.'],
    ],
    assumptions: [
      ['The spring gala is too big a job for her.', 'h9a8'],
      ['Yusuf is unsettled and eyeing other jobs.', 'h9a6'],
      ['Freya resents me for stepping in on the sponsors.', 'uh9a4'],
    ],
  },
  {
    date: '2027-03-19T20:40:00',
    set: 'L',
    title: "Richard's Friday phone call",
    people: ['Richard'],
    tags: ['board'],
    situation: 'Richard rang on Friday evening after reading the February figures.',
    lines: [
      ['Richard: The board will want to understand what went wrong.', 'What went wrong with me.'],
      ["Richard: I've always backed you, you know that.", 'Always. Past tense.'],
      ['Me: The gala and the Hartley renewal will close most of the gap.', 'If either of them comes in.'],
    ],
    assumptions: [
      ['Richard will make me the scapegoat for a bad year.', 'h9a1'],
      ["We'll lose the Hartley money next year.", 'h9a9'],
    ],
  },
  {
    date: '2027-03-22T18:10:00',
    set: 'D',
    title: 'Senior team, income first',
    people: ['Niamh', 'Fergus'],
    tags: ['senior team', 'services'],
    situation: 'Senior team meeting; my income item was first on the agenda for once.',
    lines:
      'After my second slide Niamh said, "Can we park the income and talk about the waiting list, which is the actual work?" Fergus agreed. I finished the item in four minutes and nobody asked a question. The waiting list discussion took fifty.',
    assumptions: [
      ['She cuts me off whenever I raise income.', 'h9a10'],
      ["She thinks I'm clueless about the frontline.", 'h9a5'],
    ],
  },
  {
    date: '2027-03-24T19:00:00',
    set: 'L',
    title: "Hamish's site visit",
    people: ['Hamish', 'Niamh'],
    tags: ['trusts', 'services'],
    situation: "Hamish visited the Thursday young carers' group. Niamh hosted; I drove him from the station.",
    lines: [
      ['Hamish: My trustees want to see evidence, not stories.', 'And we gave him stories.'],
      ['Niamh: Our outcomes framework is being rebuilt.', 'They have been rebuilding it since 2024.'],
      ["Hamish: I'll write my notes up for the panel.", 'Notes that say no.'],
    ],
    assumptions: [['Hamish is going to recommend they drop us.', 'h9a9']],
  },
  {
    date: '2027-03-26T18:30:00',
    set: 'L',
    title: 'Ashworth follow-up call',
    people: ['Mrs Ashworth'],
    tags: ['donors', 'major gifts'],
    situation: 'Follow-up call with Mrs Ashworth about the hub proposal I sent.',
    lines: [
      ['Mrs Ashworth: My son is handling the family giving from next year.', 'And he has never met us.'],
      ['Mrs Ashworth: Your proposal was very thorough. Very ambitious.', 'Ambitious means expensive.'],
      ['Me: We could start with a smaller first phase.', 'Do not lower it. I lowered it.'],
    ],
    assumptions: [
      ['Asking for a bigger gift makes me look shameless.', 'h9a4'],
      ["The Ashworths won't renew their annual gift.", 'uh9a5'],
    ],
  },
  {
    date: '2027-03-30T20:15:00',
    set: 'D',
    title: "Joanna's consultation email",
    people: ['Joanna', 'Freya'],
    tags: ['ceo', 'restructure'],
    situation: 'Joanna emailed all staff at 18:40 to open a consultation on "a leaner central team".',
    lines:
      'The chart attached to the email shows fundraising at nine posts now and six from September. Services are not on the chart. I heard about the email from Freya, who read it on her phone in the pub before I had opened mine.',
    assumptions: [
      ['The CEO wants to shrink the fundraising department to balance the books.', 'h9a3'],
      ["Nobody tells me what the CEO has decided until it's done.", 'h9a7'],
    ],
  },
  {
    date: '2027-04-01T17:40:00',
    set: 'L',
    title: 'Reforecast with Fergus',
    people: ['Fergus'],
    tags: ['finance'],
    situation: 'Reforecast meeting with Fergus. Legacy income came in £180,000 above plan in March.',
    lines: [
      ["Fergus: Legacies are lumpy. I wouldn't bank March.", 'He banked the bad months quickly enough.'],
      [
        'Fergus: Can you send me the notification letters behind the March figure?',
        'Evidence, like a suspect.',
      ],
      [
        'Fergus: And the gala: forty-two thousand for three hundred people looks light.',
        'He may be right about that one.',
      ],
    ],
    assumptions: [
      ["He assumes I've padded the legacy figures.", 'h9a2'],
      ['Fergus thinks the gala budget is unrealistic.', 'uh9a6'],
    ],
  },
  {
    date: '2027-04-06T18:00:00',
    set: 'L',
    title: "Yusuf's news",
    people: ['Yusuf'],
    tags: ['team'],
    situation: 'Yusuf asked for a quick word at the end of the day.',
    lines: [
      ["Yusuf: I've been offered a place on the Institute's leadership course.", 'A course. Not a job.'],
      [
        'Yusuf: I want to build partnerships here for a few years. I wanted you to hear that from me.',
        'I had him halfway out of the door.',
      ],
      ["Me: Of course, we'll find the budget.", 'We will have to.'],
    ],
    assumptions: [['Yusuf is settled here and wants to stay.', 'h9a6-not']],
  },
  {
    date: '2027-04-08T19:20:00',
    set: 'L',
    title: 'Gala tickets',
    people: ['Joanna', 'Freya'],
    tags: ['ceo', 'gala'],
    situation: 'Joanna stopped by my desk to ask how gala ticket sales were going.',
    lines: [
      ['Joanna: Are we nearly sold out?', 'Thirty tables, nineteen sold.'],
      [
        'Me: On track. Freya has a push going out this week.',
        'There is no push. Freya does not know about the push.',
      ],
      ['Joanna: Great, the trustees will ask on Thursday.', 'And I will say on track again.'],
    ],
    assumptions: [
      ["I've been keeping Joanna in the dark.", 'h9a7-rev'],
      ['The gala has got away from Freya.', 'h9a8'],
    ],
  },
  {
    date: '2027-04-13T18:35:00',
    set: 'D',
    title: 'Shape review outcome',
    people: ['Niamh', 'Joanna', 'Fergus'],
    tags: ['senior team', 'restructure'],
    situation: 'Senior team meeting where Joanna presented the outcome of the shape review.',
    lines:
      'Joanna said fundraising keeps its nine posts and gets a digital lead, funded from reserves for two years. Fergus presented my March reforecast as the base case without changes. When Niamh started on the waiting list I cut in twice to finish my point about the digital post. Niamh said nothing for the rest of the item.',
    assumptions: [
      ['I talk over Niamh in our senior team meetings.', 'h9a10-rev'],
      ['Joanna is ready to invest in my team.', 'h9a3-not'],
      ['Finance takes my numbers at face value now.', 'h9a2-not'],
    ],
  },
  {
    date: '2027-04-15T17:55:00',
    set: 'D',
    title: 'A good week',
    people: ['Hamish', 'Yusuf'],
    tags: ['trusts', 'corporate', 'team'],
    situation: 'Two emails on the same afternoon.',
    lines:
      "Hamish wrote that the panel is minded to renew the grant for three years, subject to a revised outcomes framework by June. Yusuf signed the bank as the gala's third sponsor and asked whether he could take the supermarket proposal to their board himself in May.",
    assumptions: [
      ['The Hartley Trust will renew our grant.', 'h9a9-not'],
      ["Yusuf isn't going anywhere.", 'h9a6-not'],
    ],
  },
  {
    date: '2027-04-20T20:10:00',
    set: 'L',
    title: 'Board meeting',
    people: ['Richard', 'Fergus'],
    tags: ['board', 'finance'],
    situation: 'Full board meeting: year-end income and the reforecast.',
    lines: [
      ['Richard: The gap is half what it was in March. Well done to the team.', 'To the team. Including me?'],
      ["Fergus: I have used fundraising's forecast as it stands; I think it is sound.", 'Sound.'],
      ['Richard: And the Hartley news means next year starts on a firm footing.', 'Firm.'],
    ],
    assumptions: [
      ['Nobody on the board holds me responsible for the shortfall.', 'h9a1-not'],
      ['Fergus finds my forecast realistic this time.', 'h9a2-not'],
      ['Our Hartley funding is safe for another three years.', 'h9a9-not'],
    ],
  },
  // ---------------------------------------------------------------- first officer at a regional airline
  {
    date: '2027-02-22T21:30:00',
    set: 'L',
    title: 'Four sectors with Captain Henshaw',
    people: ['Captain Henshaw'],
    tags: ['flight deck', 'captain'],
    situation: 'Four-sector day to the islands with Captain Henshaw. Sectors two and four were mine.',
    lines: [
      [
        "Henshaw: Gusty at Sumburgh. I'll keep this one.",
        'Twenty knots across. I am signed off for thirty-five.',
      ],
      ['Henshaw: You can have the last one if it settles.', 'It did not settle. He flew it.'],
      ["Me: No problem, I'll do the radio.", 'As usual.'],
    ],
    assumptions: [
      ["Captain Henshaw doesn't trust my flying.", 'h9b1'],
      ["If I challenge the captain, I'll be seen as insubordinate.", 'h9b2'],
    ],
  },
  {
    date: '2027-02-24T19:45:00',
    set: 'D',
    title: 'March roster',
    people: ['Jonas'],
    tags: ['roster', 'crewing'],
    situation: 'The March roster was published.',
    lines:
      'I have eleven earlies, including four 04:45 reports in a row. Jonas, who took the extra days in February, has mostly lates. I turned down two requests to work on my days off last month. My Easter leave request from January still shows as pending.',
    assumptions: [
      ['Crewing is punishing me for refusing overtime.', 'h9b7'],
      ['Crewing will lose my Easter leave request.', 'uh9b1'],
    ],
  },
  {
    date: '2027-02-26T16:10:00',
    set: 'L',
    title: 'Bleed fault light',
    people: ['Pavel'],
    tags: ['engineering', 'tech log'],
    situation:
      'Wrote up an intermittent bleed fault light on the number two engine after the last sector. Pavel met the aircraft.',
    lines: [
      ['Pavel: Came on once and went off again?', 'Yes, and I know how that sounds.'],
      [
        "Pavel: I'll reset it and sign it off. It's the sensor, it always is.",
        'Then why does it keep coming back?',
      ],
      ['Me: Sorry to hold you up.', 'Why am I apologising for doing my job?'],
    ],
    assumptions: [["Pavel thinks I'm wasting his time with trivial snags.", 'h9b9']],
  },
  {
    date: '2027-03-01T20:20:00',
    set: 'D',
    title: 'Line check briefing',
    people: ['Captain Varga'],
    tags: ['training', 'line check'],
    situation: 'Briefing for my annual line check on the 18th with Captain Varga.',
    lines:
      'She asked me three questions about the new de-icing holdover tables and wrote something down after each answer. She did not smile once. At the end she mentioned that forty cadets start in May and the company wants them in the right seat by the autumn. Jonas says she failed two first officers last year.',
    assumptions: [
      ['Captain Varga is going to fail me on the line check.', 'h9b3'],
      ['Management sees first officers as replaceable.', 'h9b4'],
    ],
  },
  {
    date: '2027-03-03T22:05:00',
    set: 'L',
    title: 'Boarding delay',
    people: ['Gemma', 'Captain Henshaw'],
    tags: ['cabin crew', 'flight deck'],
    situation: 'Boarding ran twenty minutes late because I held the doors for a corrected load sheet.',
    lines: [
      [
        "Gemma: Passengers have been sitting there for twenty minutes. Who's holding us?",
        'Me. For a load sheet that adds up.',
      ],
      ['Henshaw: Gemma tells me you were a bit short with her.', 'She went straight to him.'],
      ["Henshaw: I'll fly this one back too, we're late enough.", 'It was my sector.'],
    ],
    assumptions: [
      ['Gemma complains about me to the captains.', 'h9b5'],
      ["He'd rather fly every sector himself than hand the aircraft to me.", 'h9b1'],
    ],
  },
  {
    date: '2027-03-05T18:40:00',
    set: 'L',
    title: 'Call with the chief pilot',
    people: ['Brody'],
    tags: ['fatigue', 'chief pilot'],
    situation:
      "Third early after a late. I nearly called in fatigued and rang the chief pilot's office instead to ask about the pattern.",
    lines: [
      [
        'Brody: Fatigue reporting is a safety tool. Use it if you need it.',
        'And then see who gets the command course.',
      ],
      ["Brody: Mind you, we've had a lot of fatigue calls from your intake.", 'There it is.'],
      ["Me: Understood. I'm fine for today.", 'I am not.'],
    ],
    assumptions: [
      ['A fatigue report will count against me at my next review.', 'h9b8'],
      ["Brody doesn't see me as command material.", 'h9b10'],
    ],
  },
  {
    date: '2027-03-08T21:50:00',
    set: 'L',
    title: 'Approach into Kirkwall',
    people: ['Captain Henshaw'],
    tags: ['flight deck', 'captain', 'safety'],
    situation:
      'Captain Henshaw flew the approach into Kirkwall. We were fast and high below five hundred feet.',
    lines: [
      ['Me: Speed.', 'Go around. Say go around.'],
      ["Henshaw: I've got it, I've got it.", 'He did not have it.'],
      ['Henshaw: Bit sporty. No need to write that up, it was fine.', 'It was not fine.'],
    ],
    assumptions: [
      ["I don't trust Captain Henshaw's flying.", 'h9b1-rev'],
      ['Calling a go-around on Henshaw will get me labelled as awkward.', 'h9b2'],
    ],
  },
  {
    date: '2027-03-12T19:15:00',
    set: 'D',
    title: 'Crew room',
    people: ['Jonas'],
    tags: ['crew room', 'crewing'],
    situation: 'Crew room before a late duty.',
    lines:
      "On Friday I told Jonas, and only Jonas, that the Kirkwall approach had been unstable. This morning two captains asked me in the crew room whether I'd 'had a scary one with Mike'. Jonas was at the coffee machine and did not look round. Later he asked whether I had said no to crewing again and said, 'Enjoy your earlies.'",
    assumptions: [
      ["Jonas can't keep anything to himself.", 'h9b6'],
      ['The crew think an FO who questions the captain is trouble.', 'h9b2'],
      ['Saying no to crewing gets you the worst pairings.', 'h9b7'],
    ],
  },
  {
    date: '2027-03-15T20:30:00',
    set: 'L',
    title: 'Trim wheel',
    people: ['Pavel', 'Captain Henshaw'],
    tags: ['engineering', 'tech log', 'flight deck'],
    situation:
      'The pitch trim wheel felt stiff on the morning sector and I wanted it in the tech log. Henshaw was redoing the take-off figures by hand, as usual, instead of using the tablet.',
    lines: [
      [
        "Pavel: Trim's fine. I've moved it twenty times.",
        'On the ground, warm. Not cold-soaked at ten thousand feet.',
      ],
      [
        "Henshaw: Let's not delay for a feel thing. I'll fly the next one myself.",
        'A feel thing. And he is flying it in case I mishandle it.',
      ],
      ['Me: I would like it written up anyway.', 'Said it. Did not feel brave.'],
    ],
    assumptions: [
      ['The engineers see me as a fusspot who writes up everything.', 'h9b9'],
      ['The captain distrusts my handling of the aircraft.', 'h9b1'],
      ["Henshaw doesn't trust the new performance software.", 'uh9b2'],
    ],
  },
  {
    date: '2027-03-18T22:40:00',
    set: 'L',
    title: 'Line check',
    people: ['Captain Varga'],
    tags: ['training', 'line check'],
    situation: 'Line check, two sectors, Captain Varga on the jump seat.',
    lines: [
      ['Varga: Talk me through why you chose flap fifteen there.', 'Because it is in the book. Is it not?'],
      ["Varga: We'll do the full debrief next week.", 'Next week. She is writing it up first.'],
      ['Me: Thanks, I learned a lot.', 'I learned that I freeze when someone writes.'],
    ],
    assumptions: [["She's already decided I won't pass.", 'h9b3']],
  },
  {
    date: '2027-03-19T23:10:00',
    set: 'D',
    title: 'Late call from crewing',
    people: ['Dawn'],
    tags: ['roster', 'crewing'],
    situation: 'Dawn from crewing rang at 21:10 on my day off.',
    lines:
      "Dawn asked me to swap my day off for a Stornoway night-stop because two first officers had gone sick. I said no. At 22:30 a roster change came through moving Sunday's late to a 05:10 report. The message ended with 'thanks for your flexibility'.",
    assumptions: [
      ['Rostering has stuck me on another early because I turned down the extra day.', 'h9b7'],
      ["To the company I'm just a staff number on the roster.", 'h9b4'],
    ],
  },
  {
    date: '2027-03-23T20:50:00',
    set: 'L',
    title: 'Crew bus',
    people: ['Gemma', 'Jonas'],
    tags: ['cabin crew', 'crew room'],
    situation: 'Crew bus back from the airport hotel. Gemma sat with Jonas, two rows in front of me.',
    lines: [
      [
        'Gemma: You are so easy to fly with, Jonas. Some people are hard work.',
        'Some people. Said loud enough.',
      ],
      ['Jonas: Funny, Henshaw said the same thing last week.', 'Because she told him.'],
      ['Me: Good night, all.', 'I said nothing else for forty minutes.'],
    ],
    assumptions: [
      ["Behind my back she tells the captains I'm difficult.", 'h9b5'],
      ['Whatever I tell Jonas is round the crew room by lunchtime.', 'h9b6'],
    ],
  },
  {
    date: '2027-03-25T19:05:00',
    set: 'D',
    title: 'Fatigue report',
    people: ['Brody'],
    tags: ['fatigue', 'chief pilot'],
    situation: 'I filed a fatigue report before the Sunday 05:10 report, which followed two lates.',
    lines:
      "The report went in at 04:20. At 09:00 I had an email from Brody's office asking me to 'pop in for a chat about your rest'. The crew room notice board has a new poster about personal responsibility for fitness to fly. The autumn command course list went up on the same board. My name is not on it.",
    assumptions: [
      ["If I call in tired, Brody will think I'm not committed.", 'h9b8'],
      ['The chief pilot has me down as a career first officer.', 'h9b10'],
    ],
  },
  {
    date: '2027-03-29T21:00:00',
    set: 'L',
    title: 'Line check debrief',
    people: ['Captain Varga', 'Jonas'],
    tags: ['training', 'line check'],
    situation: 'Debrief of my line check with Captain Varga.',
    lines: [
      ['Varga: I want to see one more sector before I sign anything.', 'Anything.'],
      [
        'Varga: Your flows are fine. It is your monitoring of the captain I want to see.',
        'Monitoring Henshaw, she means.',
      ],
      ['Varga: I have Jonas in the sim next week, so it will be April.', 'Jonas is in trouble too, then.'],
    ],
    assumptions: [
      ['The training captain will mark me down as below standard.', 'h9b3'],
      ['Varga is going to fail Jonas on his sim check.', 'uh9b3'],
    ],
  },
  {
    date: '2027-03-31T18:25:00',
    set: 'D',
    title: 'Email from flight operations',
    people: ['Brody'],
    tags: ['management', 'chief pilot'],
    situation: 'All-pilot email from flight operations, signed by Brody.',
    lines:
      "The email announced a pay freeze for first officers for the coming year and the cadet intake in May. It included a table of sickness days by fleet, with first officers on the turboprops at the top. The last paragraph thanked the captains for 'carrying the operation through the winter'.",
    assumptions: [
      ['Flight ops thinks any FO could fill my seat tomorrow.', 'h9b4'],
      ['Going sick with fatigue puts a black mark on your file here.', 'h9b8'],
    ],
  },
  {
    date: '2027-04-02T17:30:00',
    set: 'L',
    title: 'De-icing boots',
    people: ['Pavel', 'Gemma'],
    tags: ['engineering', 'cabin crew', 'weather'],
    situation:
      'I wrote up a slow inflation on the left de-icing boot before the afternoon Sumburgh rotation. Fog was forecast there by the evening.',
    lines: [
      [
        'Pavel: It cycles. Slowly, but it cycles. Do you want me to sign it off or not?',
        'I want you to look at it.',
      ],
      [
        "Gemma: The captain says we're going to be late again because of the tech log.",
        'The captain says. She told him first, then me.',
      ],
      ['Me: It goes in the log.', 'Small victory.'],
    ],
    assumptions: [
      ['He thinks my write-ups are worthless.', 'h9b9'],
      ['She moans about me to whoever is in the left seat.', 'h9b5'],
      ['Fog at Sumburgh will force us to divert tonight.', 'uh9b4'],
    ],
  },
  {
    date: '2027-04-06T20:15:00',
    set: 'L',
    title: 'Observed sector',
    people: ['Captain Varga'],
    tags: ['training', 'line check'],
    situation:
      'The extra sector Captain Varga wanted to observe, with Captain Okoro in the left seat and me monitoring.',
    lines: [
      ['Me: Check speed, we are five knots fast.', 'Said it. Out loud. First time.'],
      ['Varga: Good call. That is what I was looking for.', 'That is what she was looking for.'],
      ['Varga: I will do the paperwork this week.', 'Paperwork.'],
    ],
    assumptions: [['Captain Varga will pass me on the line check.', 'h9b3-not']],
  },
  {
    date: '2027-04-09T21:35:00',
    set: 'L',
    title: 'Gemma, Henshaw and the catering',
    people: ['Gemma', 'Captain Henshaw'],
    tags: ['cabin crew', 'flight deck'],
    situation: 'Gemma came up to the flight deck on the turnaround while I was doing the walk-round.',
    lines: [
      [
        'Henshaw: Gemma was on about the catering again. Missing meals for the third day running.',
        'The catering. Not me.',
      ],
      [
        "Henshaw: And you were on about her on Tuesday. I've had both of you in my ear.",
        'I was, to him and to Okoro.',
      ],
      ['Me: Fair enough.', 'Not my finest week.'],
    ],
    assumptions: [
      ['Gemma complains about the catering to the captains.', 'uh9b5'],
      ['I complain about Gemma to the captains.', 'h9b5-rev'],
    ],
  },
  {
    date: '2027-04-13T18:50:00',
    set: 'D',
    title: 'Command course list',
    people: ['Captain Varga', 'Jonas'],
    tags: ['training', 'command'],
    situation: 'Crew room. The updated command course list was on the notice board.',
    lines:
      "Jonas has a command course date in September. Captain Varga's form for my line check is in my pigeonhole waiting for her signature, with every grade at 'standard' or above. Nobody in the office has said anything to me about command.",
    assumptions: [
      ["She's going to sign me off without any trouble.", 'h9b3-not'],
      ['Management will never put me in the left seat.', 'h9b10'],
    ],
  },
  {
    date: '2027-04-16T17:45:00',
    set: 'L',
    title: 'Pavel and the trim cable',
    people: ['Pavel'],
    tags: ['engineering', 'tech log'],
    situation: 'Pavel found me in the crew room after the trim was looked at again in the hangar.',
    lines: [
      ['Pavel: The trim cable was frayed at the pulley. Your write-up is why we looked.', 'Oh.'],
      ['Pavel: Keep doing that. Most people do not bother.', 'Most people.'],
      ['Me: Thanks for telling me.', 'I nearly cried in the crew room.'],
    ],
    assumptions: [['Pavel thinks my write-ups are worth the trouble.', 'h9b9-not']],
  },
  {
    date: '2027-04-20T19:40:00',
    set: 'L',
    title: 'Meeting with Brody',
    people: ['Brody'],
    tags: ['chief pilot', 'command', 'fatigue'],
    situation: 'Brody asked me in for the chat about my rest, four weeks late.',
    lines: [
      [
        'Brody: Your fatigue report was the right call. It changed two patterns on the roster.',
        'The right call.',
      ],
      ['Brody: I would like you on the command list for next spring.', 'Next spring. Me.'],
      [
        'Brody: This base does not run without its first officers, whatever that email sounded like.',
        'Whatever it sounded like.',
      ],
    ],
    assumptions: [
      ['The chief pilot sees a future captain in me.', 'h9b10-not'],
      ["Filing a fatigue report won't count against me.", 'h9b8-not'],
      ['Management values the first officers on this base.', 'h9b4-not'],
    ],
  },
];
