// Nineteenth held-out set: written blind in session 10, without reading the engine, its tables, its tests, the
// probes, other splits' statements or any failure output, and without running the engine on it. To be scored once,
// by the lead, at the end of the next round; never tuned on.
// Keeper one (h19a): watch manager of Red Watch at a two-pump fire station, transferred in from another county
// station. People: Deborah (station manager, "the station manager", "my boss", "she"), Gareth (crew manager, passed
// over for the watch manager post, "my crew manager", "he"), Kieran (probationer firefighter, "the probationer",
// "our trainee", "he"), Leona (firefighter, twelve years on the watch, "she"), Alan Pryce (group manager, "the group
// manager", "Mr Pryce"); groups: "the watch", "Red Watch", "the crew", "brigade HQ", "headquarters".
// Keeper two (h19b): registered manager of Larchfield House, a privately owned care home. People: Mr Desai (owner,
// "the owner", "he"), Shona (deputy manager, "my deputy", "she"), Tomasz (senior day carer), Bernadette (night
// nurse, "the night nurse"), Patrick (son of the resident Mrs Ellison, "Mrs Ellison's son", "he"), Mrs Ellison
// (resident, "his mother", "his mum"), Grace Okafor (daughter of a resident); groups: "the night staff", "nights",
// "the carers", "the care staff", "the team on the floor", "the agency carers", "the inspectors", "the CQC".
// Traps: opposites by antonym without shared words ("stands behind" vs "won't back"), a contrast reversed (budget vs
// safety; occupancy vs care), how others see me ("counts me as one of their own"), future events going opposite
// ways (losing a pump / keeping both; requires improvement / good), negation inside words and nobody/never in
// paraphrases ("unappreciated", "nobody tells me", "nothing I do is ever recognised"); direction traps between two
// named people (Bernadette/Tomasz), me and another (Gareth; Kieran, active vs passive "was let down by") and a group
// and me (the carers); different-object singletons (the station manager's post instead of mine, the group manager
// instead of Deborah, Kieran's driving course instead of live incidents, the Okafor family instead of Patrick,
// Tomasz wanting Shona's job, the agency carers instead of nights); one-off beliefs (breathing sets, software);
// self-beliefs without a person (admitting I'm struggling; out of my depth).
export const groups = {
  // keeper one: fire-station watch manager
  h19a1: ['paraphrase', "Deborah doesn't back my decisions"],
  'h19a1-not': ['opposite', 'Deborah backs my decisions'],
  h19a2: ['paraphrase', 'Gareth resents that I got the watch manager job over him'],
  h19a3: ['paraphrase', 'Kieran is not ready to ride the pump at live incidents'],
  'h19a3-not': ['opposite', 'Kieran is ready for live incidents'],
  h19a4: ['paraphrase', 'Brigade HQ cares about the budget, not crew safety'],
  'h19a4-not': ['opposite', 'Brigade HQ puts crew safety before the budget'],
  h19a5: ['paraphrase', 'If I admit I am struggling, the watch will lose respect for me'],
  h19a6: ['paraphrase', 'Gareth undermines me in front of the watch'],
  'h19a6-rev': ['direction', 'I undermine Gareth in front of the watch'],
  h19a7: ['paraphrase', 'The station will lose a pump in the cover review'],
  'h19a7-not': ['opposite', 'The station will keep both pumps after the cover review'],
  h19a8: ['paraphrase', 'Leona thinks I am too soft on the watch'],
  h19a9: ['paraphrase', 'The watch sees me as an outsider'],
  'h19a9-not': ['opposite', 'The watch accepts me as one of them'],
  h19a10: ['paraphrase', 'I will be blamed for the slow turnout to the Harcourt Road fire'],
  h19a11: ['paraphrase', 'Nobody on the watch tells me when something goes wrong'],
  'h19a11-not': ['opposite', 'The watch tells me straight away when something goes wrong'],
  h19a12: ['paraphrase', 'I let Kieran down over his assessment'],
  'h19a12-rev': ['direction', 'Kieran let me down at his assessment'],
  // keeper two: care-home manager
  h19b1: ['paraphrase', 'Mr Desai cares about occupancy, not the quality of care'],
  'h19b1-not': ['opposite', 'Mr Desai cares about the quality of care more than occupancy'],
  h19b2: ['paraphrase', 'Shona wants my job'],
  h19b3: ['paraphrase', 'Patrick thinks we are neglecting his mother'],
  h19b4: ['paraphrase', 'If I say no to the owner, I will lose my job'],
  h19b5: ['paraphrase', 'The night staff ignore my instructions'],
  'h19b5-not': ['opposite', 'The night staff follow my instructions'],
  h19b6: ['paraphrase', 'Bernadette blames Tomasz for the handover mistakes'],
  'h19b6-rev': ['direction', 'Tomasz blames Bernadette for the handover mistakes'],
  h19b7: ['paraphrase', "The carers don't trust me"],
  'h19b7-rev': ['direction', "I don't trust the carers"],
  h19b8: ['paraphrase', 'The inspection will rate us requires improvement'],
  'h19b8-not': ['opposite', 'The inspection will rate us good'],
  h19b9: ['paraphrase', "Mr Desai doesn't appreciate my work"],
  'h19b9-not': ['opposite', 'Mr Desai values my work'],
  h19b10: ['paraphrase', 'I am out of my depth as a manager'],
  h19b11: ['paraphrase', "Patrick will make a formal complaint about his mother's fall"],
};

export const entries = [
  {
    date: '2027-11-02T20:10:00',
    set: 'L',
    title: 'Debrief after the Elm Lane flat fire',
    people: ['Deborah', 'Gareth'],
    tags: ['station-manager', 'fireground', 'debrief'],
    situation:
      'Hot debrief in the appliance bay after a kitchen fire at Elm Lane. Deborah had turned up as the incident was closing down.',
    lines: [
      [
        'Deborah: Why did you commit a BA team before the second pump was in attendance?',
        'Because there was a report of a child upstairs. She knows that.',
      ],
      [
        'Me: We had a persons-reported message from control, so I made the call.',
        'I sounded defensive even to myself.',
      ],
      [
        "Deborah: I'd have waited. We'll talk about it properly on Thursday.",
        'In front of the whole watch. Brilliant.',
      ],
      [
        "Gareth: For what it's worth, ma'am, I said the same to him on the way.",
        'He said nothing of the sort.',
      ],
    ],
    assumptions: [
      ["Deborah won't back my calls on the fireground.", 'h19a1'],
      ['Gareth resents that I got the watch manager job instead of him.', 'h19a2'],
    ],
  },
  {
    date: '2027-11-03T21:00:00',
    set: 'L',
    title: 'Occupancy meeting with Mr Desai',
    people: ['Mr Desai'],
    tags: ['owner', 'admissions'],
    situation:
      'Monthly figures meeting in the office. Mr Desai wanted two new admissions by the end of the month.',
    lines: [
      [
        "Mr Desai: We're at 89 per cent. I need us over 95 by December.",
        'Not one question about the residents.',
      ],
      [
        'Me: The two enquiries we have are both high dependency, and we are short on nights.',
        'I worked three weekends in October to cover nights.',
      ],
      ['Mr Desai: Then use agency. An empty room earns nothing.', 'And the weekends? Not a word.'],
      ["Me: I'll look at the rota.", 'I always say that.'],
    ],
    assumptions: [
      ['Mr Desai cares about filling beds, not about the quality of care.', 'h19b1'],
      ["Mr Desai doesn't appreciate the hours I put in.", 'h19b9'],
    ],
  },
  {
    date: '2027-11-04T19:45:00',
    set: 'D',
    title: 'Kieran on the hose reel drill',
    people: ['Kieran'],
    tags: ['probationer', 'training'],
    situation:
      'Evening drill in the yard; I watched Kieran run the hose reel and BA entry drill, then found out about the ladder.',
    lines:
      'Kieran took 2 minutes 40 to get the hose reel to the drill tower door; the target is under 2. He started the BA entry control board and left the time of entry blank. When I asked him about it he said "sorry, guv" twice. Afterwards the watch log showed the 13.5 metre ladder had been put away with a damaged pawl on Sunday, and nobody had mentioned it to me; I found the defect tag myself.',
    assumptions: [
      ["Kieran isn't ready to be on the pump at real jobs.", 'h19a3'],
      ['Nobody on the watch tells me when something goes wrong.', 'h19a11'],
    ],
  },
  {
    date: '2027-11-05T20:30:00',
    set: 'L',
    title: 'Shona and the rota',
    people: ['Shona'],
    tags: ['deputy', 'rota'],
    situation: 'Shona had rewritten the December rota without asking me and shared it with the seniors.',
    lines: [
      [
        "Shona: I've done December for you, saves you a job.",
        'Saves me a job, or shows everyone she can do mine?',
      ],
      ['Me: Thanks. I had a draft started, though.', 'I did not. I had not even looked at it.'],
      ['Shona: Oh, Mr Desai said it looked great.', 'So he has seen it before me.'],
      ["Me: Fine, let's go with yours.", 'I could not have done it as well anyway.'],
    ],
    assumptions: [
      ['Shona is after my job.', 'h19b2'],
      ["I'm out of my depth as a manager.", 'h19b10'],
    ],
  },
  {
    date: '2027-11-06T20:20:00',
    set: 'L',
    title: 'Gareth on the morning parade',
    people: ['Gareth', 'Leona'],
    tags: ['crew-manager', 'watch'],
    situation: 'Start of the day shift. I gave out the riding positions and the routine for the day.',
    lines: [
      ['Me: Hydrant inspections on the east side after the standard test.', 'Simple enough.'],
      [
        "Gareth: We did the east side last month, boss. Let's do the industrial estate.",
        'Said to the room, not to me.',
      ],
      [
        'Leona: Either way, are we letting the youngsters off the gym session again?',
        'Aimed straight at me.',
      ],
      ['Me: Industrial estate, then. Gym after lunch.', 'I folded in ten seconds.'],
    ],
    assumptions: [
      ['Gareth undermines me in front of the watch.', 'h19a6'],
      ["Leona thinks I'm too soft on the crew.", 'h19a8'],
    ],
  },
  {
    date: '2027-11-07T21:10:00',
    set: 'D',
    title: 'Handover book, Sunday morning',
    people: ['Bernadette', 'Tomasz'],
    tags: ['night-staff', 'handover'],
    situation: 'Reading the handover book when I came in on Sunday.',
    lines:
      'Bernadette\'s entry for the night read "Room 12 fluids not recorded on day shift AGAIN — T." underlined twice. My note from Friday asked for two-hourly turns for Mr Abbott to be signed on the chart; the chart had signatures at 22:00 and 06:00 only. Tomasz had written under Bernadette\'s line: "recorded on the tablet, see system". The tablet did show the fluids.',
    assumptions: [
      ['Bernadette blames Tomasz for the handover mistakes.', 'h19b6'],
      ['The night staff ignore my instructions.', 'h19b5'],
    ],
  },
  {
    date: '2027-11-08T19:55:00',
    set: 'D',
    title: 'Group manager email on the cover review',
    people: ['Alan Pryce'],
    tags: ['headquarters', 'cover-review', 'overtime'],
    situation: 'Email from Alan Pryce to all watch managers about the cover review and the overtime freeze.',
    lines:
      'The email said overtime for detached duties is frozen until April "to bring the service within budget". It said the cover review will "model single-appliance options for stations with low second-pump utilisation". Our second pump turned out 212 times last year. The email asked watch managers to "minimise standbys". The last paragraph thanked crews for their hard work in the summer.',
    assumptions: [
      ['Headquarters cares about saving money, not about crew safety.', 'h19a4'],
      ['Our station will be downgraded to one pump in the review.', 'h19a7'],
    ],
  },
  {
    date: '2027-11-09T20:40:00',
    set: 'L',
    title: 'Patrick at the visit',
    people: ['Patrick', 'Mrs Ellison'],
    tags: ['family', 'complaint'],
    situation: 'Patrick caught me in the corridor after visiting Mrs Ellison.',
    lines: [
      [
        'Patrick: Mum was sitting in the lounge on her own for an hour. Nobody came.',
        'There were two carers in that lounge.',
      ],
      ['Me: I will look at the staffing in the afternoons.', 'Why did I not tell him that?'],
      ["Patrick: Please do. I'm paying nine hundred a week for this.", 'There it is.'],
    ],
    assumptions: [['Patrick thinks we are neglecting his mother.', 'h19b3']],
  },
  {
    date: '2027-11-10T20:05:00',
    set: 'L',
    title: 'Leona in the mess room',
    people: ['Leona'],
    tags: ['watch', 'welfare'],
    situation: 'Late on the night shift, Leona and I were the only two still up in the mess room.',
    lines: [
      ['Leona: You look shattered. Everything all right at home?', "No. I haven't slept properly in weeks."],
      ['Me: All good, just the review paperwork.', 'Lie.'],
      [
        'Leona: Old Frank used to come round to the pub with us on a Friday.',
        'I am not Old Frank and never will be to them.',
      ],
      ["Me: I'll come next time.", "I won't."],
    ],
    assumptions: [
      ['The watch still sees me as an outsider from another station.', 'h19a9'],
      ["If I admit I'm struggling, the watch will stop respecting me.", 'h19a5'],
    ],
  },
  {
    date: '2027-11-11T21:20:00',
    set: 'D',
    title: 'Staff survey results',
    people: ['Shona'],
    tags: ['carers', 'survey', 'inspection'],
    situation: 'The anonymous staff survey came back the same day as the CQC letter.',
    lines:
      '14 of 31 staff replied. 9 ticked "disagree" for "I feel able to raise concerns with management". One comment said "anything you say goes straight upstairs". The CQC letter said an inspection is due "within the next quarter". Our last rating was good, three years ago. Two medication errors were reported in October.',
    assumptions: [
      ["The carers don't trust me.", 'h19b7'],
      ['The CQC inspection will rate us requires improvement.', 'h19b8'],
    ],
  },
  {
    date: '2027-11-12T20:50:00',
    set: 'L',
    title: 'Phone call with Deborah about Harcourt Road',
    people: ['Deborah'],
    tags: ['station-manager', 'harcourt-road', 'turnout'],
    situation:
      "Deborah rang about last night's house fire at Harcourt Road, where we were four minutes over the attendance standard.",
    lines: [
      [
        'Deborah: Control has flagged the attendance time. What happened?',
        'The satnav, the roadworks, the lot.',
      ],
      ['Me: The bridge was closed and the MDT route took us round it.', 'Why does it sound like an excuse?'],
      [
        "Deborah: Write it up. If it goes to a review, it's your name on the incident.",
        'And hers nowhere near it.',
      ],
    ],
    assumptions: [
      ['The station manager would hang me out to dry if a decision went wrong.', 'h19a1'],
      ["I'm going to carry the blame for the slow turnout to Harcourt Road.", 'h19a10'],
    ],
  },
  {
    date: '2027-11-13T20:15:00',
    set: 'L',
    title: 'Mr Desai and the two admissions',
    people: ['Mr Desai'],
    tags: ['owner', 'admissions'],
    situation: 'Mr Desai phoned to say he had accepted both high-dependency admissions without asking me.',
    lines: [
      [
        'Mr Desai: Both families have signed. They come in on Monday.',
        'We have not even assessed the second one.',
      ],
      ['Me: I would have liked to do the assessments first.', 'Say it. Say we cannot staff it.'],
      ["Mr Desai: You'll manage, you always do.", 'Meaning: do it or I find someone who will.'],
      ['Me: Okay.', 'I said okay.'],
    ],
    assumptions: [
      ["If I say no to Mr Desai, I'll be out of a job.", 'h19b4'],
      ['The owner sees the residents as room income.', 'h19b1'],
    ],
  },
  {
    date: '2027-11-14T19:40:00',
    set: 'D',
    title: 'Gareth and the promotion board',
    people: ['Gareth'],
    tags: ['crew-manager', 'promotion', 'equipment'],
    situation:
      'Gareth came back from the breathing apparatus trial at HQ; the new watch manager board was advertised the same day.',
    lines:
      'Gareth printed the watch manager advert and pinned it on the board with "good luck lads" written on it. He told the others at tea that the panel "went for the CV last time". He reported that two of the new BA sets had shown low-pressure warnings during the cold-store trial. The trial report said the warnings were sensor faults and had been fixed.',
    assumptions: [
      ['My crew manager still thinks the promotion should have been his.', 'h19a2'],
      ['The new breathing apparatus sets will fail us in the cold.', 'uh19a4'],
    ],
  },
  {
    date: '2027-11-15T21:30:00',
    set: 'L',
    title: 'Patrick after the fall',
    people: ['Patrick', 'Mrs Ellison'],
    tags: ['family', 'fall', 'complaint'],
    situation:
      'Mrs Ellison fell in her bathroom yesterday afternoon; no fracture. Patrick came in this evening.',
    lines: [
      ['Patrick: Who was with her when it happened?', 'Nobody, because she asked for privacy.'],
      [
        "Me: She'd asked to be left alone in the bathroom, and the sensor mat was off.",
        'Why was the mat off? I do not know yet.',
      ],
      ['Patrick: I want all of that in writing. All of it.', 'Writing means a complaint.'],
      ["Me: You'll have it by Friday.", 'And a copy will go to the council.'],
    ],
    assumptions: [
      ["Patrick will make a formal complaint about his mother's fall.", 'h19b11'],
      ["Mrs Ellison's son believes she's being left on her own all day.", 'h19b3'],
    ],
  },
  {
    date: '2027-11-16T20:25:00',
    set: 'L',
    title: 'Kieran and the van fire',
    people: ['Kieran', 'Leona'],
    tags: ['probationer', 'incident'],
    situation: 'A van fire on the bypass. Kieran was on the hose reel with Leona.',
    lines: [
      ['Me: Kieran, knock it down from the front, stay low.', 'He just stood there for five seconds.'],
      [
        'Leona: I took the branch off him, it was quicker.',
        'And she tells me now, after the job, not at the time.',
      ],
      ['Kieran: I was getting my footing, guv.', 'You were not.'],
      ["Me: Fine. Let's get made up.", 'And I said nothing about it.'],
    ],
    assumptions: [
      ['The probationer would freeze at a proper fire.', 'h19a3'],
      ["I'm always the last to hear about problems on my own watch.", 'h19a11'],
    ],
  },
  {
    date: '2027-11-17T20:55:00',
    set: 'D',
    title: 'Night checks and the agency shift',
    people: ['Bernadette'],
    tags: ['night-staff', 'agency'],
    situation: 'I came in unannounced at 23:30 to see the night shift.',
    lines:
      'Bernadette was doing the medication round. Two permanent night carers were in the staff room with the lights off. The new falls-risk checks I asked for last week were not on the observation sheets; the old sheets were still in the folders. Two agency carers were on; one had not read Mrs Ellison\'s care plan and did not know about the sensor mat. Bernadette said: "We do what works for nights."',
    assumptions: [
      ['Whatever I put in the handover book, nights do it their own way.', 'h19b5'],
      ['The agency carers ignore my instructions.', 'uh19b3'],
    ],
  },
  {
    date: '2027-11-18T19:50:00',
    set: 'L',
    title: 'Harcourt Road review meeting',
    people: ['Alan Pryce', 'Deborah'],
    tags: ['group-manager', 'harcourt-road', 'overtime'],
    situation:
      'Meeting at the station with Alan Pryce and Deborah about the Harcourt Road attendance time and the overtime rota.',
    lines: [
      [
        'Alan Pryce: I need to understand the decision to take the bridge route.',
        'It was the route the MDT gave us.',
      ],
      ['Me: The MDT had no record of the closure.', 'Deborah said nothing. Nothing.'],
      [
        "Alan Pryce: And the overtime rota for December, I've sent it back. Too many standbys.",
        'I built that rota to keep two pumps on the run.',
      ],
      ["Me: I'll rework it.", 'Of course I will.'],
    ],
    assumptions: [
      ['The investigation will pin the Harcourt Road delay on me.', 'h19a10'],
      ["The group manager won't back my decisions on the overtime rota.", 'uh19a2'],
    ],
  },
  {
    date: '2027-11-20T20:35:00',
    set: 'L',
    title: 'Shona and Tomasz in the office',
    people: ['Shona', 'Tomasz'],
    tags: ['deputy', 'senior-carer'],
    situation:
      'I came back from a meeting to find Shona and Tomasz at my desk going through the supervision files.',
    lines: [
      [
        "Shona: We thought we'd get the supervisions up to date while you were out.",
        'On my computer. In my chair.',
      ],
      [
        "Tomasz: Shona's been brilliant, she's got half of them done.",
        'And he would be deputy the day she moves up.',
      ],
      [
        "Me: Thanks. Leave them on the side and I'll sign them off.",
        'I wanted to say: those are mine to do.',
      ],
    ],
    assumptions: [
      ['My deputy is positioning herself to replace me.', 'h19b2'],
      ["Tomasz wants Shona's job.", 'uh19b2'],
    ],
  },
  {
    date: '2027-11-21T20:00:00',
    set: 'D',
    title: 'Watch night out',
    people: ['Leona', 'Gareth'],
    tags: ['watch', 'welfare'],
    situation: 'The watch went for a curry after the last night shift. I went for an hour.',
    lines:
      'Gareth sat at the head of the table and ordered for everyone. The talk was about Old Frank and the 2019 mill fire, which I wasn\'t at. When I left, Leona said "early night, guv?" and two of them laughed. My GP appointment about the sleeping was the next morning; I didn\'t mention it. On the group chat later someone posted a photo of the table with the caption "the real Red Watch".',
    assumptions: [
      ["Red Watch hasn't accepted me as one of their own.", 'h19a9'],
      ["Showing any weakness would cost me the crew's respect.", 'h19a5'],
    ],
  },
  {
    date: '2027-11-22T21:15:00',
    set: 'L',
    title: 'Mr Desai and the new admissions',
    people: ['Mr Desai'],
    tags: ['owner', 'admissions'],
    situation: 'Mr Desai visited for the first time in three weeks, after both new admissions had come in.',
    lines: [
      [
        'Mr Desai: I saw the paperwork for the Clarke admission. It is well done.',
        'I did that at midnight on Sunday.',
      ],
      [
        'Mr Desai: And I turned down the third enquiry. Too complex for us right now.',
        'He turned down a paying resident? That is new.',
      ],
      ['Me: Thank you, that helps with nights.', 'I expected to fight him on that.'],
      ["Mr Desai: Don't thank me. Just don't burn out.", 'Does he mean it?'],
    ],
    assumptions: [
      ['My work goes unappreciated by the owner.', 'h19b9'],
      ['Mr Desai cares about the quality of care more than about filling beds.', 'h19b1-not'],
    ],
  },
  {
    date: '2027-11-23T19:35:00',
    set: 'L',
    title: 'Gareth and Kieran in the yard',
    people: ['Gareth', 'Kieran'],
    tags: ['crew-manager', 'probationer'],
    situation: 'I was giving Kieran feedback on the van fire in the yard when Gareth came over.',
    lines: [
      ['Me: Kieran, next time get the water on first, then think.', 'Fair and clear, I thought.'],
      [
        "Gareth: Don't listen to him, son, you did what I'd have done.",
        'Loud enough for the whole bay to hear.',
      ],
      ['Kieran: Thanks. And guv, can I put in for the driving course?', 'Not this year, no.'],
      ["Me: Let's talk about that next week.", 'I should have answered Gareth, not Kieran.'],
    ],
    assumptions: [
      ['My crew manager makes me look foolish in front of the crew.', 'h19a6'],
      ["Kieran isn't ready for his HGV driving course.", 'uh19a3'],
    ],
  },
  {
    date: '2027-11-25T20:45:00',
    set: 'D',
    title: 'The night after the medication error',
    people: ['Shona'],
    tags: ['self', 'medication', 'carers'],
    situation:
      'A second medication error this month; I sat in the car park for twenty minutes before driving home.',
    lines:
      'A resident got her 8 am tablets twice because the MAR chart was not signed. The carer who gave them told Shona, not me. Shona told me at 4 pm. I have been in post eleven months. I spent 40 minutes writing the incident form and another hour on the safeguarding notification, which I had to look up how to do. My predecessor ran this home for nine years.',
    assumptions: [
      ["I'm not cut out to run a home this size.", 'h19b10'],
      ["The care staff think I'd sell them out to the owner.", 'h19b7'],
    ],
  },
  {
    date: '2027-11-26T20:15:00',
    set: 'L',
    title: 'Deborah on the Elm Lane decision',
    people: ['Deborah'],
    tags: ['station-manager', 'headquarters'],
    situation: 'Deborah came in to go through the Elm Lane debrief one to one.',
    lines: [
      [
        "Deborah: I've read your notes. I'd have done the same with a persons-reported. I've told HQ so.",
        'I spent three weeks dreading this.',
      ],
      ['Me: Thanks. I thought you were going to pull it apart.', 'At least I said that.'],
      [
        "Deborah: HQ want me to cut the standbys to save on overtime. I'm not doing it at the cost of riding short.",
        'HQ want the money. She is the one holding the line.',
      ],
    ],
    assumptions: [
      ['Deborah stands behind the decisions I take.', 'h19a1-not'],
      ['Brigade HQ would rather save on overtime than keep us safe.', 'h19a4'],
    ],
  },
  {
    date: '2027-11-27T20:30:00',
    set: 'L',
    title: 'Tomasz and Bernadette at handover',
    people: ['Tomasz', 'Bernadette'],
    tags: ['handover', 'senior-carer', 'night-staff'],
    situation: 'I sat in on the 8 pm handover for the first time in a month.',
    lines: [
      [
        "Bernadette: Room 4's catheter wasn't mentioned again, Tomasz.",
        'Again. In front of the new starter.',
      ],
      ["Tomasz: It's on the tablet, Bernadette. Read the tablet.", 'He is tired of this.'],
      [
        "Me: Let's make sure it's said out loud as well.",
        'Soft. The inspectors would eat this handover alive.',
      ],
    ],
    assumptions: [
      ['The night nurse holds Tomasz responsible whenever a handover goes wrong.', 'h19b6'],
      ["We're going to be downgraded when the inspectors come.", 'h19b8'],
    ],
  },
  {
    date: '2027-11-29T19:55:00',
    set: 'D',
    title: 'Leona and the gym session',
    people: ['Leona'],
    tags: ['watch', 'fitness'],
    situation: 'Leona asked for a word after I let two of the younger firefighters skip the gym session.',
    lines:
      'Leona said: "You let them walk all over you, guv." She said she would not have let them skip it under Frank. Later I found that the thermal imaging camera had been out of service since Saturday; it was written in the defect log but nobody had told me. Leona mentioned, on the way out, that HQ were "talking about our second pump again" at the union meeting.',
    assumptions: [
      ['She sees me as a pushover.', 'h19a8'],
      ['The crew keeps its mistakes from me.', 'h19a11'],
    ],
  },
  {
    date: '2027-11-30T21:05:00',
    set: 'L',
    title: 'Patrick and the written account',
    people: ['Patrick', 'Mrs Ellison'],
    tags: ['family', 'fall', 'complaint'],
    situation: 'Patrick came in to go through the written account of the fall I sent him.',
    lines: [
      [
        'Patrick: It says the sensor mat was switched off. By whom?',
        'By his mother, most likely. I cannot say that.',
      ],
      ["Me: We're still establishing that.", 'Which sounds like a cover-up.'],
      [
        "Patrick: I've spoken to a solicitor friend. Just so you know.",
        'Next stop, a letter to the council and the CQC.',
      ],
      ['Patrick: And she says her call bell takes twenty minutes.', 'He believes every word of it.'],
    ],
    assumptions: [
      ["Mrs Ellison's son is going to report us to the council over the fall.", 'h19b11'],
      ["He is convinced the staff don't look after his mum properly.", 'h19b3'],
    ],
  },
  {
    date: '2027-12-02T20:40:00',
    set: 'L',
    title: 'Gareth applies again',
    people: ['Gareth', 'Deborah'],
    tags: ['crew-manager', 'promotion', 'cover-review'],
    situation:
      'Gareth told me and Deborah he is applying for the station manager vacancy at Westgate, and we talked about the review.',
    lines: [
      ["Gareth: I'm going for Westgate. Station manager. About time.", 'About time what?'],
      ['Deborah: Good for you. Ask me for a reference.', 'She never offered me one.'],
      ['Gareth: Should have had this place first time round, mind.', 'Meaning my job.'],
      [
        'Deborah: Whoever gets Westgate, the review will probably take one of our two pumps.',
        'There it is, out loud.',
      ],
    ],
    assumptions: [
      ['He is bitter about being passed over for my post.', 'h19a2'],
      ["Gareth thinks he should have got the station manager's post.", 'uh19a1'],
      ['The second appliance is going to be taken away from us next year.', 'h19a7'],
    ],
  },
  {
    date: '2027-12-03T20:20:00',
    set: 'D',
    title: 'Budget letter from Mr Desai',
    people: ['Mr Desai'],
    tags: ['owner', 'budget'],
    situation: 'Mr Desai sent the budget for next year by email.',
    lines:
      'The budget increases the fee for new residents by 7%. It cuts the activities coordinator from 30 to 20 hours. It has a line for redecorating the reception and the front garden. It holds the agency budget flat although agency spend went up 40% this year. The covering email says: "Please confirm you are happy with this by Friday."',
    assumptions: [
      ['For him it is all about occupancy figures.', 'h19b1'],
      ['Refusing the owner anything is a sure way to get replaced.', 'h19b4'],
    ],
  },
  {
    date: '2027-12-05T19:30:00',
    set: 'D',
    title: "Kieran's first assessment",
    people: ['Kieran'],
    tags: ['probationer', 'assessment', 'self'],
    situation:
      "Kieran's first formal development assessment at the training centre; I went as his watch manager.",
    lines:
      'Kieran failed the BA practical: he did not do his buddy check and missed the entry control procedure. The assessor noted he "had not practised this under supervision". I had cancelled two of our drill nights in November for the review paperwork. He sat in the car on the way back and didn\'t speak. I didn\'t either. That night I slept three hours.',
    assumptions: [
      ['I let Kieran down over his first assessment.', 'h19a12'],
      ["Telling anyone I'm not coping would finish me as a leader on this watch.", 'h19a5'],
    ],
  },
  {
    date: '2027-12-06T20:50:00',
    set: 'L',
    title: 'Shona and the owner visit',
    people: ['Shona', 'Mr Desai'],
    tags: ['deputy', 'owner'],
    situation: 'Mr Desai visited; Shona walked him round the home while I was on a call with the GP.',
    lines: [
      ['Shona: I showed Mr Desai the new activity board, he loved it.', 'My idea. Her tour.'],
      [
        'Mr Desai: Shona tells me the supervisions are all up to date.',
        'Because I stayed until nine to sign them.',
      ],
      ['Me: We have worked hard on them.', '"We."'],
      ['Mr Desai: Good, good. Anything else?', 'He was looking at his phone.'],
    ],
    assumptions: [
      ["She'd like nothing better than to take over as manager.", 'h19b2'],
      ['He takes everything I do for granted.', 'h19b9'],
    ],
  },
  {
    date: '2027-12-08T20:10:00',
    set: 'L',
    title: 'Kieran after the assessment',
    people: ['Kieran'],
    tags: ['probationer', 'assessment'],
    situation: 'I sat down with Kieran to plan the resit.',
    lines: [
      [
        "Me: We'll get you through it. Two drills a week until the resit.",
        'If the watch will give me the time.',
      ],
      ['Kieran: I revised the whole weekend, guv. I just blanked.', 'You told me you were ready.'],
      ['Me: It happens.', 'I had told Deborah he was the best probationer I had seen.'],
      ['Kieran: Can I still do the hose reel on nights?', 'Not inside anything that is on fire, no.'],
    ],
    assumptions: [
      ['Kieran let me down at his assessment.', 'h19a12-rev'],
      ["Our trainee can't yet be trusted inside a burning building.", 'h19a3'],
    ],
  },
  {
    date: '2027-12-09T21:25:00',
    set: 'D',
    title: 'Night visit, second time',
    people: ['Bernadette'],
    tags: ['night-staff', 'carers'],
    situation: 'I came in at midnight again, this time with notice.',
    lines:
      'The falls-risk sheets were in the folders but half were blank after 02:00 on the previous three nights. Bernadette said: "We were one down on Tuesday." The staff room door was closed. I checked the call bell log myself rather than asking the carers, and I took the MAR charts home to go through rather than trusting the sign-off sheet.',
    assumptions: [
      ["My instructions mean nothing once I've gone home.", 'h19b5'],
      ["I don't trust the carers.", 'h19b7-rev'],
    ],
  },
  {
    date: '2027-12-11T20:00:00',
    set: 'L',
    title: 'Alan Pryce at the station',
    people: ['Alan Pryce'],
    tags: ['group-manager', 'cover-review', 'harcourt-road'],
    situation: 'Alan Pryce came to the station to brief the watch on the cover review.',
    lines: [
      [
        'Alan Pryce: Nothing is decided. But the modelling favours single-pump cover here.',
        'Nothing is decided means it is decided.',
      ],
      ['Me: The second pump turned out 212 times last year.', 'He knew the number before I said it.'],
      [
        'Alan Pryce: The finance envelope is what it is. The overtime freeze stays.',
        'And if two of us get hurt on one pump, the envelope will be fine.',
      ],
      [
        'Alan Pryce: And I still need your Harcourt Road statement before the review panel.',
        'The panel already has its answer.',
      ],
    ],
    assumptions: [
      ['The cover review will end with this station losing a pump.', 'h19a7'],
      ['To the people at HQ, the budget line matters more than whether firefighters get hurt.', 'h19a4'],
      ['The Harcourt Road review will find it was my fault we were late.', 'h19a10'],
    ],
  },
  {
    date: '2027-12-12T20:35:00',
    set: 'L',
    title: 'Grace Okafor on the phone',
    people: ['Grace Okafor'],
    tags: ['family', 'self'],
    situation: 'Grace Okafor rang about her father, who has lost weight since October.',
    lines: [
      [
        "Grace Okafor: Dad's lost four kilos. Is anyone actually feeding him?",
        'Yes. He refuses most lunches.',
      ],
      [
        'Me: He has been refusing lunch; we are offering snacks and have referred him to the dietitian.',
        'Was that done? I think so.',
      ],
      ["Grace Okafor: Well, it's not working, is it.", 'No. Nothing I do here is working.'],
    ],
    assumptions: [
      ['The Okafor family think we are neglecting their father.', 'uh19b1'],
      ['Somebody more capable should be doing this job.', 'h19b10'],
    ],
  },
  {
    date: '2027-12-14T19:45:00',
    set: 'D',
    title: 'Christmas rota on Red Watch',
    people: ['Gareth', 'Leona'],
    tags: ['watch', 'rota'],
    situation: 'The Christmas leave rota went up on the board.',
    lines:
      'Four people swapped shifts among themselves and wrote it up in pencil on the rota before I saw it. Leona had put a Secret Santa with my name on the list without asking. Gareth asked me in front of everyone whether I had "cleared the swaps with the boss"; I said "I\'m the boss, Gareth", and two of the crew looked at the floor. Gareth went quiet for the rest of the shift.',
    assumptions: [
      ['Red Watch now counts me as one of their own.', 'h19a9-not'],
      ['I make Gareth look foolish in front of the watch.', 'h19a6-rev'],
    ],
  },
  {
    date: '2027-12-15T20:40:00',
    set: 'L',
    title: 'Tomasz and the handover log',
    people: ['Tomasz', 'Bernadette'],
    tags: ['handover', 'senior-carer', 'carers'],
    situation: 'Tomasz asked to speak to me privately about handovers.',
    lines: [
      [
        'Tomasz: Every time something is missed on nights, Bernadette writes it up as days.',
        'He is right about that.',
      ],
      [
        "Tomasz: But last night's missed fluids were on her shift, and she knows it.",
        'Now it is the other way round.',
      ],
      ["Me: I'll talk to both of you together.", 'He will not come to that.'],
      ["Tomasz: With respect, the team won't say anything in front of you.", 'Why not?'],
    ],
    assumptions: [
      ['Tomasz blames Bernadette for the handover mistakes.', 'h19b6-rev'],
      ["The team on the floor doesn't believe I'm on their side.", 'h19b7'],
    ],
  },
  {
    date: '2027-12-18T20:20:00',
    set: 'L',
    title: 'Leona and the resit drills',
    people: ['Leona', 'Kieran'],
    tags: ['watch', 'probationer'],
    situation: 'I asked Leona to run the resit drills with Kieran on nights.',
    lines: [
      ["Leona: Happy to. You're finally going to make him do them, then?", 'Finally.'],
      ['Me: He needs the practice I should have given him in November.', 'At least I said part of it.'],
      ['Leona: You give this lot an inch, guv.', 'She has been saying that since I arrived.'],
      ["Kieran: I'll be there, guv.", 'He always is. I was not.'],
    ],
    assumptions: [
      ['Leona reckons I let the younger ones get away with too much.', 'h19a8'],
      ['I failed the probationer by not preparing him for the assessment.', 'h19a12'],
    ],
  },
  {
    date: '2027-12-19T21:00:00',
    set: 'D',
    title: 'Mock inspection report',
    people: ['Shona', 'Mr Desai'],
    tags: ['inspection', 'owner'],
    situation: 'The consultant Mr Desai hired did a mock inspection; the report came today.',
    lines:
      'The report rated us "requires improvement" in Safe and Well-led and "good" in Caring. It listed 11 actions; 7 were about records. It praised the activity programme and the family newsletter, which I started in March. Mr Desai forwarded it to me and Shona with one line: "Please action." He did not mention the newsletter.',
    assumptions: [
      ['The inspectors will find enough to mark us down.', 'h19b8'],
      ['Nothing I do here is ever recognised by the owner.', 'h19b9'],
    ],
  },
  {
    date: '2027-12-22T19:50:00',
    set: 'D',
    title: 'Deborah and the standby order',
    people: ['Deborah'],
    tags: ['station-manager', 'headquarters', 'fireground'],
    situation:
      'Deborah called about my decision to stand the second pump down at the chemical works job on Saturday.',
    lines:
      'She asked three questions about why I stood the second pump down before the hazmat officer arrived. She asked for my decision log by the end of the shift. The same afternoon the brigade issued a notice reinstating overtime for standbys "where crew safety requires it", signed by the chief officer. Deborah forwarded the notice with "told you so".',
    assumptions: [
      ['She second-guesses every operational decision I make.', 'h19a1'],
      ["Headquarters puts firefighters' safety ahead of the overtime budget.", 'h19a4-not'],
    ],
  },
  {
    date: '2027-12-23T20:30:00',
    set: 'L',
    title: 'Mr Desai and the Christmas bonus',
    people: ['Mr Desai'],
    tags: ['owner', 'staff', 'budget'],
    situation: 'Mr Desai came in for the Christmas lunch and took me aside.',
    lines: [
      [
        "Mr Desai: I've told the Hendry family we can take him a week early, on the second.",
        'Another one we have not assessed. Over Christmas.',
      ],
      [
        "Mr Desai: And there's a bonus for you in this month's pay. You've carried this place.",
        'I did not expect that.',
      ],
      [
        'Me: Thank you. Could the bonus go to the night staff instead, or some of it?',
        'Why did I say that? Because I cannot say no to him, so I give things away.',
      ],
      ["Mr Desai: We'll talk in January about the fees.", 'And the fees will go up again.'],
    ],
    assumptions: [
      ["Profit comes before the residents' wellbeing as far as the owner is concerned.", 'h19b1'],
      ['Pushing back on him would cost me my position.', 'h19b4'],
      ['Mr Desai values the work I do.', 'h19b9-not'],
    ],
  },
  {
    date: '2027-12-28T20:05:00',
    set: 'L',
    title: 'Gareth on the Boxing Day shift',
    people: ['Gareth', 'Leona'],
    tags: ['crew-manager', 'watch'],
    situation:
      'Boxing Day night shift. I told the crew to carry out the hydrant defect reports before stand-down.',
    lines: [
      ['Me: Defects in before ten, please.', 'Reasonable.'],
      [
        "Gareth: It's Christmas, boss. Leave it, lads, we'll do it Thursday.",
        'He said that while I was still in the room.',
      ],
      ['Me: Before ten, Gareth.', 'I held it. For once.'],
      [
        'Gareth: The panel picked the right man, then.',
        'Sarcasm. Still about the board, eighteen months on.',
      ],
      [
        "Leona: Leave it, Gareth, the guv's right. Defects first, then the Quality Street.",
        'Nobody treated me like the new one tonight.',
      ],
    ],
    assumptions: [
      ['He contradicts my orders when the others are listening.', 'h19a6'],
      ["Gareth hasn't forgiven the panel for choosing me.", 'h19a2'],
      ["The crew treats me as if I'd always been here.", 'h19a9-not'],
    ],
  },
  {
    date: '2027-12-30T21:10:00',
    set: 'L',
    title: 'Bernadette on nights',
    people: ['Bernadette'],
    tags: ['night-staff', 'handover'],
    situation: 'I worked a night shift alongside Bernadette because of sickness.',
    lines: [
      [
        "Bernadette: We've done the falls checks every two hours, all signed, like you asked.",
        'Every sheet. I checked.',
      ],
      [
        "Bernadette: But I'll say this, the day staff leave us the mess.",
        'And by day staff she means Tomasz.',
      ],
      ['Me: Thank you for the sheets.', 'I meant it; I should have said more.'],
    ],
    assumptions: [
      ["In Bernadette's eyes, every missed detail at handover is Tomasz's fault.", 'h19b6'],
      ['The night team follow my instructions to the letter.', 'h19b5-not'],
    ],
  },
  {
    date: '2028-01-04T19:40:00',
    set: 'D',
    title: "Kieran's resit",
    people: ['Kieran'],
    tags: ['probationer', 'assessment'],
    situation: 'Kieran resat his BA practical at the training centre.',
    lines:
      'Kieran passed with two minor observations. The assessor wrote "calm, methodical, good communication with BA entry control". On the drive back he reminded me that when he broke a facemask strap on Tuesday he had rung me at home within the hour. On the day of the first attempt he had told me he had been up all night with his daughter; I had not passed that on to the assessor.',
    assumptions: [
      ['The probationer will cope fine when the bells go down for real.', 'h19a3-not'],
      ['I was let down by the probationer on assessment day.', 'h19a12-rev'],
      ['The crew comes to me straight away when something goes wrong.', 'h19a11-not'],
    ],
  },
  {
    date: '2028-01-06T20:25:00',
    set: 'D',
    title: "Patrick's letter",
    people: ['Patrick'],
    tags: ['family', 'complaint', 'software'],
    situation: 'A letter from Patrick arrived the same week as the switch to the new care-planning system.',
    lines:
      'The letter was addressed to me, with "cc: Mr Desai" at the bottom. It asked for the falls log for December and the minutes of the review of Mrs Ellison\'s care plan. It did not use the word complaint. On the same day the new care-planning software lost two days of daily notes during the migration; the supplier restored them from a backup by 6 pm.',
    assumptions: [
      ['A complaint from Patrick about the fall is only a matter of time.', 'h19b11'],
      ['The new care-planning software will lose our records.', 'uh19b4'],
    ],
  },
  {
    date: '2028-01-09T20:15:00',
    set: 'L',
    title: 'Deborah and Leona at the Sunday drill',
    people: ['Deborah', 'Leona'],
    tags: ['station-manager', 'watch', 'self'],
    situation: 'Deborah turned up unannounced at the Sunday drill; Leona was running it.',
    lines: [
      ["Deborah: I'll take the drill from here, Leona.", 'Over my head, in front of my watch.'],
      ["Leona: Guv's already set it up, ma'am.", 'Leona stood up for me. I did not.'],
      ['Me: No problem, go ahead.', 'I had slept four hours. I could not face an argument.'],
      ["Leona: You all right, guv? You've gone grey.", 'Say yes. Say yes.'],
    ],
    assumptions: [
      ["My boss isn't behind me when it counts.", 'h19a1'],
      ["To the crew I'm still the new guy from across the county.", 'h19a9'],
      ["The crew would think less of me if they knew I wasn't sleeping.", 'h19a5'],
    ],
  },
  {
    date: '2028-01-11T20:45:00',
    set: 'L',
    title: 'January meeting with Mr Desai',
    people: ['Mr Desai'],
    tags: ['owner', 'fees'],
    situation: 'The fees meeting Mr Desai promised before Christmas.',
    lines: [
      [
        "Mr Desai: I'm holding the fees this year. The Okafor and Ellison families have had a hard winter.",
        'Holding them?',
      ],
      [
        "Mr Desai: And I'd rather keep two rooms empty than take people we can't look after.",
        'This is the man I said only counts beds.',
      ],
      ['Mr Desai: You did that. The families trust the home again.', 'I did not know he noticed.'],
      ['Me: Thank you.', 'Two words. Next time, more.'],
    ],
    assumptions: [
      [
        "The owner would leave a room empty rather than take a resident we can't look after properly.",
        'h19b1-not',
      ],
      ["The owner knows how much I've done for this home.", 'h19b9-not'],
    ],
  },
  {
    date: '2028-01-14T19:55:00',
    set: 'L',
    title: 'Alan Pryce and the review outcome',
    people: ['Alan Pryce', 'Kieran', 'Deborah'],
    tags: ['group-manager', 'cover-review', 'probationer'],
    situation:
      'Alan Pryce rang with the draft outcome of the cover review; Deborah had sat on the panel. Kieran was in the office when I came off the phone.',
    lines: [
      [
        'Alan Pryce: The draft keeps both your appliances. The utilisation figures made the case.',
        'I do not believe it.',
      ],
      ["Me: That's good news for the watch.", 'Say thank you, you idiot.'],
      [
        'Alan Pryce: Deborah argued your Elm Lane decision at the panel too, for the record.',
        'She did that for me? Without telling me?',
      ],
      [
        'Kieran: Guv, thanks for the drills before the resit. Leona said it was your idea.',
        'It was. Too late.',
      ],
      ['Me: You did the work.', 'I should have done it in November.'],
    ],
    assumptions: [
      ['Both our appliances will survive the cover review.', 'h19a7-not'],
      ['Kieran was badly let down by me before the assessment.', 'h19a12'],
      ['The station manager would defend my call to headquarters.', 'h19a1-not'],
    ],
  },
  {
    date: '2028-01-16T20:30:00',
    set: 'D',
    title: 'Inspection feedback',
    people: ['Shona'],
    tags: ['inspection', 'deputy'],
    situation: 'The CQC inspected on Tuesday and Wednesday; Shona and I sat in the verbal feedback.',
    lines:
      'The lead inspector said the records had "improved significantly" since the mock inspection. The inspector asked about the falls-risk checks on nights and was shown signed sheets for every night since Christmas. She said the draft rating would come in four weeks. She praised the activity programme and asked who runs it; Shona said it was my idea.',
    assumptions: [['The inspectors will rate Larchfield good again.', 'h19b8-not']],
  },
];
