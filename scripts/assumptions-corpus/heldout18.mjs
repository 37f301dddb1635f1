// Held-out split `heldout18`, written BLIND in session 9 (2026-11-25) for a later round to score once.
//
// Keeper a (`h18a`): the senior archivist at a county record office (British spelling). Her people: Margaret (the
// county archivist, her manager: "my manager", "the county archivist"), Rhodri (the volunteer coordinator),
// Lionel Featherstone (a difficult family historian who comes in every Tuesday: "Mr Featherstone", "Lionel", "our
// Tuesday regular"), Zoë (the conservator), Patrick D'Arcy (the council's head of culture), Femi (the assistant
// archivist, named only in lines); groups: the council / County Hall / the councillors, the volunteers (the
// indexing team, the Thursday group), the searchroom.
// Keeper b (`h18b`): the chief officer (first mate) of a roll-on/roll-off freight ferry on the Irish Sea (British
// spelling). People: Captain Sørensen ("the captain", "the old man", "the master"), Ramon (the bosun), Ellie (the
// deck cadet), Karen (the shore-side operations manager: "ops", "the shore side"), Aurélien (the port agent);
// groups: the company / head office, the crew (the lads, the ABs, the ratings), the union, the drivers.
//
// Traps: 22 recurring paraphrase groups worded with little overlap (idioms such as "a line in the budget waiting to be
// struck through", "carries the can", "hang me out to dry", "a black hole", "walk all over me"; roles instead of
// names; pronouns; passives; conditionals; "nobody", "anyone"); 10 opposite groups (`-not`) by antonym without a shared
// word ("a born seafarer" / "isn't cut out for a life at sea"), quantifiers ("Nobody else here will pick up ..." /
// "Someone else would pick it up ..."), negation inside words ("dispensable" / "indispensable", "uninterested" /
// "interested", "unsuited", "distrusts" on the paraphrase side), a contrast inside a statement ("cares about safety,
// not just the timetable"); 4 direction traps (`-rev`, same words with roles reversed: Mr Featherstone looks down on
// me / I look down on Mr Featherstone; Rhodri takes credit for my work / I take credit for Rhodri's; the bosun
// undermines me in front of the crew / I undermine the bosun; the captain listens to the bosun over me / to me over
// the bosun); 8 singletons that share a frame with a group but change the object or the person (Margaret and
// Rhodri's judgement, the branch libraries as an expendable cost, Mr Featherstone looking down on the volunteers, Zoë
// and the volunteers' carelessness, the captain and the cadet's watchkeeping, Karen blaming the drivers, the bosun
// undermining the cadet, the crew and the cadet as a soft touch).
// Pronouns refer to the one person of that gender in the entry's people; entries naming two women or two men use
// names or roles in their statements.
//
// Written blind: the writer read only the "Your workspace" part of TEAM.md, scripts/assumptions-corpus/build.mjs,
// the first 30 lines of scripts/assumptions-corpus/heldout16.mjs (its header, for the format) and the first 40 lines
// of tests/fixtures/assumptions-corpus/README.md. Not read: the engine (src/), its unit tests, tests/helpers/, the
// trap-probe fixtures, the README's grouping sections, docs/, any other split's source or generated statements or
// labels. The engine and the eval scripts were never run on this split.

export const groups = {
  h18a1: ['paraphrase', "Margaret doesn't trust my judgement"],
  'h18a1-not': ['opposite', 'Margaret trusts my judgement'],
  h18a2: ['paraphrase', 'The council regards the record office as expendable'],
  'h18a2-not': ['opposite', 'The council values the record office'],
  h18a3: ['paraphrase', 'Mr Featherstone believes we deliberately hide records from him'],
  h18a4: ['paraphrase', 'Mr Featherstone looks down on me'],
  'h18a4-rev': ['direction', 'I look down on Mr Featherstone'],
  h18a5: ['paraphrase', 'The volunteers create more work than they save'],
  'h18a5-not': ['opposite', 'The volunteers save more work than they create'],
  h18a6: ['paraphrase', 'Rhodri takes credit for my work'],
  'h18a6-rev': ['direction', "I take credit for Rhodri's work"],
  h18a7: ['paraphrase', "Zoë thinks I'm careless with fragile documents"],
  h18a8: ['paraphrase', "The head of culture doesn't understand what the archive is for"],
  'h18a8-not': ['opposite', "The head of culture understands and cares about the archive's work"],
  h18a9: ['paraphrase', 'My post will be cut in the restructure'],
  h18a10: ['paraphrase', "If I don't do it myself, nobody will"],
  'h18a10-not': ['opposite', 'Someone else would do it if I stepped back'],
  h18a11: ['paraphrase', "I'm out of my depth as senior archivist"],

  h18b1: ['paraphrase', "The captain doesn't trust me to handle the ship"],
  'h18b1-not': ['opposite', 'The captain trusts me to handle the ship'],
  h18b2: ['paraphrase', 'The company puts the schedule ahead of safety'],
  'h18b2-not': ['opposite', 'The company puts safety ahead of the schedule'],
  h18b3: ['paraphrase', 'The bosun undermines me in front of the crew'],
  'h18b3-rev': ['direction', 'I undermine the bosun in front of the crew'],
  h18b4: ['paraphrase', "Ellie isn't cut out for a life at sea"],
  'h18b4-not': ['opposite', 'Ellie is a natural seafarer'],
  h18b5: ['paraphrase', 'Karen blames the ship for delays the shore side causes'],
  h18b6: ['paraphrase', 'The captain listens to the bosun over me'],
  'h18b6-rev': ['direction', 'The captain listens to me over the bosun'],
  h18b7: ['paraphrase', "The crew think I'm a soft touch"],
  'h18b7-not': ['opposite', "The crew think I'm too harsh"],
  h18b8: ['paraphrase', 'The company plans to replace us with a cheaper crew'],
  h18b9: ['paraphrase', 'The port agent keeps me in the dark'],
  h18b10: ['paraphrase', "I'll never be given my own command"],
  'h18b10-not': ['opposite', "I'll soon be given my own command"],
  h18b11: ['paraphrase', 'The captain will pin the stern door incident on me'],
};

export const entries = [
  // ---------------------------------------------------------------- keeper a: senior archivist
  {
    date: '2027-07-01T21:40:00',
    set: 'L',
    title: 'Weeding the Harcourt deposit',
    people: ['Margaret'],
    tags: ['appraisal', 'manager'],
    situation:
      "I proposed destroying the duplicate conveyancing files in the Harcourt & Lyle solicitors' deposit. Margaret asked for the full list and said she wants to sign off every box before anything goes to the shredder.",
    lines: [
      [
        "I've flagged the duplicates on the spreadsheet, they're all marked in orange.",
        "Eleven years I've been doing this.",
      ],
      [
        "Margaret: I'd like to go through it box by box before we commit to anything.",
        'Three hundred and forty boxes. Box by box.',
      ],
      [
        "Of course. I'll bring the first ten up to your office tomorrow.",
        "There goes the week I'd set aside for the accessions backlog.",
      ],
      [
        "Margaret: It isn't about you, it's about the depositor.",
        'It is always about me when she says that.',
      ],
    ],
    assumptions: [
      ["Margaret doesn't trust my judgement on appraisal.", 'h18a1'],
      ["I'm out of my depth as senior archivist.", 'h18a11'],
    ],
  },
  {
    date: '2027-07-06T20:55:00',
    set: 'L',
    title: 'Tuesday, the workhouse registers again',
    people: ['Lionel Featherstone'],
    tags: ['searchroom', 'access', 'family history'],
    situation:
      'Mr Featherstone asked for the 1920s workhouse admission registers again. They are closed for another three years because they name individuals, and I offered him a redacted extract instead.',
    lines: [
      [
        "Mr Featherstone: I simply want to see my grandmother's entry. It's hardly state secrets.",
        "I've explained this four Tuesdays running.",
      ],
      [
        'The closure is about everyone else on the page, not your grandmother.',
        "Please don't make me read out the Data Protection Act again.",
      ],
      [
        'Mr Featherstone: And who decided that? You, I suppose.',
        'Not me, the law. But fine, blame the woman at the desk.',
      ],
      ['I can do a redacted copy of her entry by Friday.', "He'll say it's been doctored."],
    ],
    assumptions: [
      ["Mr Featherstone thinks we're deliberately keeping documents from him.", 'h18a3'],
      ['Mr Featherstone looks down on me.', 'h18a4'],
    ],
  },
  {
    date: '2027-07-09T22:10:00',
    set: 'D',
    title: 'The financial plan email',
    people: ["Patrick D'Arcy", 'the council'],
    tags: ['budget', 'council'],
    situation: "The head of culture sent round the council's savings plan late on Friday afternoon.",
    lines:
      "At 4.52 on Friday Patrick D'Arcy forwarded the medium-term financial plan to all heritage and leisure managers. Every 'discretionary service' is asked to model a 15% reduction by September. The record office is listed under 'heritage and leisure', between the golf course and the Christmas lights. His covering note says 'Happy to chat about ways to make the archive more visitor-facing'. Our statutory duties under the Public Records Act and the Local Government Act are not mentioned anywhere in the plan.",
    assumptions: [
      ['The council sees the record office as an expendable cost.', 'h18a2'],
      ["Patrick D'Arcy doesn't understand what an archive is for.", 'h18a8'],
    ],
  },
  {
    date: '2027-07-13T21:20:00',
    set: 'L',
    title: 'Quarter sessions index',
    people: ['Rhodri'],
    tags: ['volunteers', 'backlog'],
    situation:
      "I spent the afternoon correcting the volunteers' index to the quarter sessions rolls, about one entry in five wrong. Rhodri came by to ask whether we could give the group an extra day a week.",
    lines: [
      ["Rhodri: They're loving it. Could we open up Wednesdays as well?", 'Another day of corrections.'],
      ['Let me finish checking this batch first.', 'Half the parish names are spelt the way they sound.'],
      ["Rhodri: You don't need to check everything, you know.", 'Yes I do, because nobody else will.'],
      ["I'll have a think and get back to you.", "I'll be here till seven again."],
    ],
    assumptions: [
      ['The volunteers create more work than they save.', 'h18a5'],
      ["If I don't do it myself, it won't get done.", 'h18a10'],
    ],
  },
  {
    date: '2027-07-16T21:05:00',
    set: 'L',
    title: 'The tithe map report',
    people: ['Rhodri', 'Margaret'],
    tags: ['credit', 'funding', 'volunteers'],
    situation:
      'Rhodri emailed Margaret the draft end-of-project report for the tithe map grant. It describes the volunteer programme in detail; the cataloguing and the digitisation specification I wrote are not mentioned.',
    lines: [
      [
        "Margaret: Rhodri's report reads very well, doesn't it?",
        'It reads well because half of it is my catalogue introduction.',
      ],
      [
        "It does. There's a bit missing about the cataloguing, I'll send him a paragraph.",
        "A paragraph he'll trim to a line.",
      ],
      [
        "Margaret: He wants the volunteers doing the map descriptions too. I told him I'd want your view first.",
        'She never lets his ideas through without running them past me.',
      ],
      [
        "I'm not sure that's where they'd be most useful.",
        'The last time they described a map they got north wrong.',
      ],
    ],
    assumptions: [
      ['Rhodri takes credit for my work.', 'h18a6'],
      ["Margaret doesn't trust Rhodri's judgement about the volunteers.", 'uh18a1'],
    ],
  },
  {
    date: '2027-07-20T21:50:00',
    set: 'L',
    title: 'Conservation studio',
    people: ['Zoë'],
    tags: ['conservation', 'handling'],
    situation:
      'I took the mould-damaged estate survey up to the studio for assessment. Zoë noticed I had carried it without a support board and asked me to use the trolley next time.',
    lines: [
      ['Zoë: You brought this up by hand? Without a board?', "It's fifteen steps."],
      [
        'Sorry, the trolley was in the searchroom.',
        "Twenty years handling documents and I'm being told off like a trainee.",
      ],
      [
        "Zoë: The spine's already cracked. It won't take much.",
        "I know it's cracked. I'm the one who reported it.",
      ],
      ["Next time I'll wait for the trolley.", "Maybe she's right and I've got sloppy."],
    ],
    assumptions: [
      ["Zoë thinks I'm careless with fragile documents.", 'h18a7'],
      ["Sooner or later they'll realise I was promoted beyond my competence.", 'h18a11'],
    ],
  },
  {
    date: '2027-07-23T22:30:00',
    set: 'D',
    title: 'Service review announced',
    people: ['Margaret', 'the council'],
    tags: ['restructure', 'council'],
    situation: "Margaret called a staff meeting to tell us about the council's service review.",
    lines:
      "Margaret read out a statement from the council's HR team: all heritage services will be reviewed by an external consultancy over the autumn, with 'new structures' in place by April. She said she did not yet know what that meant for individual posts. The consultancy's previous client, a neighbouring county, merged its record office with the library service and deleted two senior posts. The statement said the council 'remains committed to its heritage offer' but gave no budget figures. Margaret looked at me twice while she was reading.",
    assumptions: [
      ['My post will go in the restructure.', 'h18a9'],
      ['County Hall would shut us tomorrow if they thought nobody would make a fuss.', 'h18a2'],
    ],
  },
  {
    date: '2027-07-27T21:15:00',
    set: 'L',
    title: 'The bundle that went to the diocese',
    people: ['Lionel Featherstone'],
    tags: ['searchroom', 'family history'],
    situation:
      'Mr Featherstone asked for a bundle of estate papers that the old card catalogue lists but which was transferred to the diocesan registry in 1986. I showed him the transfer note.',
    lines: [
      [
        "Mr Featherstone: It was here in 1986 and now it isn't. Convenient.",
        'Nothing about this is convenient for me.',
      ],
      [
        "Here's the transfer letter. It went to the diocesan registry with the glebe terriers.",
        "He won't even look at it.",
      ],
      [
        'Mr Featherstone: Fetch me the person in charge, would you, dear?',
        'I am the person in charge on Tuesdays.',
      ],
      ["I'm the senior archivist; I can help you with this.", 'Dear.'],
      ["Mr Featherstone: Well. I'd like it in writing.", 'Of course you would.'],
    ],
    assumptions: [
      ['He treats me like the girl who fetches and carries.', 'h18a4'],
      ["He's convinced there's a box in the strongroom we don't want him to see.", 'h18a3'],
    ],
  },
  {
    date: '2027-07-30T21:35:00',
    set: 'L',
    title: 'One-to-one and the accessions register',
    people: ['Margaret', 'Femi'],
    tags: ['manager', 'backlog'],
    situation:
      'At my one-to-one Margaret asked for a weekly list of everything I had catalogued, and suggested Femi, the assistant archivist, take over the accessions register while the review is on.',
    lines: [
      [
        'Margaret: Just a short list each Friday, so I can see where we are.',
        "So she can see what I've been doing all week.",
      ],
      ['Fine. Do you want item level or collection level?', 'Whatever I pick will be the wrong one.'],
      ['Margaret: And perhaps let Femi handle accessions for a while.', 'Femi has been here four months.'],
      [
        "I'd rather keep accessions until the backlog is down.",
        'If I hand it over it will sit in a pile until I take it back.',
      ],
    ],
    assumptions: [
      ['My manager thinks every decision I make needs checking.', 'h18a1'],
      ['Nobody else here will pick up the accessions backlog if I let it drop.', 'h18a10'],
    ],
  },
  {
    date: '2027-08-03T22:05:00',
    set: 'D',
    title: 'Regional archives forum',
    people: ['Rhodri'],
    tags: ['credit', 'conference', 'volunteers'],
    situation:
      'I presented our census index project at the regional archives forum. Rhodri was in the audience.',
    lines:
      "My slides showed the searchable 1851 census index and its usage figures. The index was compiled by the volunteers over two years under Rhodri's coordination. The slides carried the record office logo and my name, and the acknowledgements slide was the one I skipped when I ran over time. Three people came up afterwards to congratulate me. Rhodri left before the tea break and did not reply to my message that evening.",
    assumptions: [
      ["I'm the one who takes credit for Rhodri's work.", 'h18a6-rev'],
      ["I'm a fraud with a job title.", 'h18a11'],
    ],
  },
  {
    date: '2027-08-06T21:25:00',
    set: 'L',
    title: 'Tour for the head of culture',
    people: ["Patrick D'Arcy"],
    tags: ['council', 'visitors'],
    situation:
      "Patrick D'Arcy came for his first tour of the record office. He asked whether the strongrooms could become an exhibition space and whether we could 'lose some of the paper' to free up room.",
    lines: [
      [
        'Patrick: Imagine this room with some good lighting and a few showcases.',
        "It's a strongroom. It's meant to be dark.",
      ],
      [
        'We keep it at sixteen degrees and dark for the documents.',
        "He's not listening, he's measuring up for a café.",
      ],
      ['Patrick: Does all of it need keeping, though? Honestly?', "Yes. That's what the word archive means."],
      ["Most of it we're legally required to hold.", "And when the cuts come he'll quote this tour."],
    ],
    assumptions: [
      ["The head of culture thinks we're a museum with worse lighting.", 'h18a8'],
      ["To the councillors we're a line in the budget waiting to be struck through.", 'h18a2'],
    ],
  },
  {
    date: '2027-08-10T21:00:00',
    set: 'L',
    title: 'Volunteers in the studio?',
    people: ['Zoë', 'Rhodri'],
    tags: ['conservation', 'volunteers'],
    situation:
      "Rhodri asked whether his volunteers could help Zoë surface-clean the tithe apportionments. Zoë said she'd rather train me first and then decide. I had just spent the morning redoing a volunteer box list.",
    lines: [
      [
        "Rhodri: They'd be really careful, they're dying to get their hands on the real thing.",
        "That's exactly what worries me.",
      ],
      [
        "Zoë: Let me show you first, and then we'll see about the group.",
        "Show me. As if I've never held a smoke sponge.",
      ],
      ["I'm happy to learn the method.", 'Smile. Nod.'],
      [
        "Rhodri: Great, I'll tell them it's on the cards.",
        "And I'll be the one checking every sheet they touch.",
      ],
    ],
    assumptions: [
      ["The conservator reckons I'd let anyone paw the parchment if it kept the public happy.", 'h18a7'],
      ['Zoë thinks the volunteers are careless with fragile documents.', 'uh18a4'],
      ['Every hour the indexing team gives me costs me two putting it right.', 'h18a5'],
    ],
  },
  {
    date: '2027-08-13T21:45:00',
    set: 'D',
    title: 'Letter of complaint',
    people: ['Lionel Featherstone', 'the volunteers'],
    tags: ['searchroom', 'complaint', 'volunteers'],
    situation: 'Mr Featherstone sent a written complaint after his Tuesday visit.',
    lines:
      "The letter, two handwritten pages, says that on Tuesday a volunteer at the help desk 'could not locate' a nonconformist baptism register he had requested, and that he was told it was 'missing'. The register has been on the shelf list as missing since the 1974 audit. The letter calls the volunteers 'well-meaning amateurs' and asks that in future he be served only by 'qualified staff'. It ends by asking for a full list of every item the office holds that is closed, missing or withdrawn, 'and the reasons'.",
    assumptions: [
      ["Our Tuesday regular believes anything we can't produce is being hidden on purpose.", 'h18a3'],
      ['Mr Featherstone looks down on the volunteers.', 'uh18a3'],
    ],
  },
  {
    date: '2027-08-17T22:20:00',
    set: 'L',
    title: "The consultants' questionnaire",
    people: ['Margaret'],
    tags: ['restructure', 'manager'],
    situation:
      'The consultants sent every member of staff a questionnaire about our roles. Margaret asked me to let her see my answers before I submit them.',
    lines: [
      [
        "Margaret: Just so we're telling a consistent story.",
        'A consistent story about why my job should exist.',
      ],
      ["I've put that I manage both the searchroom and the strongroom.", 'Which I do, badly, both at once.'],
      [
        "Margaret: Maybe don't overstate the searchroom side.",
        "Because the searchroom side is the bit they'll cut?",
      ],
      ["Okay. I'll tone it down.", 'I should have asked her what she knows.'],
    ],
    assumptions: [
      ["When they redraw the staffing chart, the senior archivist box won't be on it.", 'h18a9'],
      ["I'm not up to running the searchroom and the strongroom at once.", 'h18a11'],
    ],
  },
  {
    date: '2027-08-24T20:40:00',
    set: 'L',
    title: 'Back from leave',
    people: ['Rhodri'],
    tags: ['volunteers', 'backlog', 'leave'],
    situation:
      "I came back from two weeks' leave expecting a pile. Rhodri's group had listed the whole of the Pendle Mill deposit, forty boxes, and Femi had accessioned it.",
    lines: [
      ["Rhodri: We thought we'd surprise you.", 'I was braced for chaos.'],
      ["This is brilliant. Honestly, it's better than my last box list.", 'It actually is.'],
      [
        "Rhodri: They had a great time. Mrs Oduya found the founder's letters.",
        "And I wasn't even here to hover.",
      ],
      ["Let's get them on to the Cooper papers next.", "Maybe I've been the bottleneck."],
    ],
    assumptions: [
      ["Without the volunteers we'd be years behind; they more than pay their way.", 'h18a5-not'],
      ['Someone else would pick it up if I stepped back.', 'h18a10-not'],
    ],
  },
  {
    date: '2027-08-31T21:30:00',
    set: 'D',
    title: 'Patrick at the open day',
    people: ["Patrick D'Arcy", 'the council'],
    tags: ['council', 'open day'],
    situation:
      "We held the heritage open day. Patrick D'Arcy spent the afternoon with us and stayed for the strongroom tour.",
    lines:
      "Patrick arrived at two and stayed until five, which nobody had asked him to do. He asked three questions about the Public Records Act and wrote down the answers. He told the deputy leader, who came for half an hour, that the record office 'is the council's memory' and that the new structure 'has to protect the statutory core'. The deputy leader's post on social media that evening had a photograph of the borough charter of 1282 and called the office 'a jewel'.",
    assumptions: [
      ["Patrick is genuinely interested in the record office's work.", 'h18a8-not'],
      ['The council regards the archive as indispensable.', 'h18a2-not'],
    ],
  },
  {
    date: '2027-09-07T21:10:00',
    set: 'L',
    title: 'Water in strongroom two',
    people: ['Margaret', 'Zoë'],
    tags: ['emergency', 'conservation', 'manager'],
    situation:
      'A pipe leaked into strongroom two overnight. I ran the salvage on my own until Margaret arrived; Zoë took over the wet deeds when she came in.',
    lines: [
      [
        "Margaret: You did the right thing with the priority list. Carry on, I'll ring facilities.",
        "Margaret didn't even check the list.",
      ],
      [
        "Thanks. The estate deeds are the worst, they're on the bottom shelf.",
        "The ones Zoë's been nagging me to move for a year.",
      ],
      ["Zoë: I'll take the deeds. Can you do the boxes?", "I've been doing the deeds since six."],
      ["Sure. They're in the freezer bags by the door.", 'Fine. Hand them over.'],
    ],
    assumptions: [
      ['Margaret backs my decisions without a second thought.', 'h18a1-not'],
      ["Zoë doesn't trust me anywhere near the water-damaged deeds.", 'h18a7'],
    ],
  },
  {
    date: '2027-09-14T21:55:00',
    set: 'L',
    title: 'The asylum case file',
    people: ['Lionel Featherstone'],
    tags: ['searchroom', 'access', 'family history'],
    situation:
      "Mr Featherstone had found that his uncle's asylum case file is closed until 2039. He asked who decides closure periods and whether I had 'personally' set this one.",
    lines: [
      ['Mr Featherstone: A hundred years. For a man who died in 1952.', "I'd be angry too, honestly."],
      [
        "The closure follows national guidance for medical records. It isn't set for your family.",
        'Nothing in this building is about him.',
      ],
      [
        "Mr Featherstone: I'll write to my MP. Perhaps I'll get a straight answer from somebody who matters.",
        'Somebody who matters.',
      ],
      ["You're very welcome to. I can give you the guidance reference.", 'Smile. Write down the reference.'],
    ],
    assumptions: [
      ["In Lionel's eyes I'm nothing more than a glorified clerk.", 'h18a4'],
      ['Lionel assumes the closure periods are a cover-up aimed at his family.', 'h18a3'],
    ],
  },
  {
    date: '2027-09-21T22:00:00',
    set: 'D',
    title: "Consultants' interim findings",
    people: ["Patrick D'Arcy"],
    tags: ['restructure', 'council'],
    situation: "Patrick D'Arcy presented the consultants' interim findings to the heritage managers.",
    lines:
      "The slides proposed a 'single heritage and libraries team' with one 'collections lead' covering museums, archives and local studies. The collections lead job description listed 'visitor experience' first and 'records management' last. Patrick called the searchroom 'the reading room' throughout. The senior archivist and museum curator posts appear on the 'existing structure' slide and not on the 'proposed structure' slide. He said no decisions had been made and that staff would be consulted in October.",
    assumptions: [
      ["He hasn't the faintest idea what an archivist actually does all day.", 'h18a8'],
      ["I'll be the first one they let go once the review reports.", 'h18a9'],
    ],
  },
  {
    date: '2027-09-28T21:20:00',
    set: 'L',
    title: 'Thursday group transcriptions',
    people: ['Rhodri', 'the volunteers'],
    tags: ['volunteers', 'credit'],
    situation:
      "I checked a month of the Thursday group's transcriptions of the overseers' accounts. Rhodri had already put a piece about 'the team's' progress in the council newsletter, including the catalogue of the overseers' accounts I finished in June.",
    lines: [
      [
        'Rhodri: Did you see the newsletter? The group were thrilled.',
        'I saw my catalogue under their photo.',
      ],
      ['I did. Nice photo.', "Say something. Don't say something."],
      [
        'Rhodri: Could you sign off the transcriptions by Friday? They want to start the next parish.',
        'Forty pages, and every third one has a date in the wrong year.',
      ],
      ["I'll get through as many as I can.", "I'll do all of them, myself, on Saturday."],
    ],
    assumptions: [
      ["The volunteer coordinator passes my cataloguing off as his team's achievement.", 'h18a6'],
      ['Checking what the Thursday group transcribes takes longer than doing it myself.', 'h18a5'],
      ['Anything I hand over comes back half-finished, so I might as well keep it.', 'h18a10'],
    ],
  },
  {
    date: '2027-10-05T21:30:00',
    set: 'L',
    title: "Lionel's family history",
    people: ['Lionel Featherstone'],
    tags: ['searchroom', 'family history'],
    situation:
      "Mr Featherstone brought in a bound copy of his family history for the office library. In the preface he thanks 'the staff of the county record office' for their patience.",
    lines: [
      [
        "Mr Featherstone: It's not much, but I wanted you to have a copy.",
        "I'd assumed it would be a list of complaints.",
      ],
      [
        "That's very kind. We'll catalogue it for the library.",
        "Four hundred pages. He's put years into this.",
      ],
      [
        "Mr Featherstone: You've had to put up with me.",
        'I have rolled my eyes at this man every Tuesday for a year.',
      ],
      ["It's been a pleasure.", "It hasn't, but that's partly my doing."],
    ],
    assumptions: [['I look down on Mr Featherstone.', 'h18a4-rev']],
  },
  {
    date: '2027-10-12T21:50:00',
    set: 'D',
    title: 'The consultation response',
    people: ['Margaret', 'the council'],
    tags: ['restructure', 'council', 'manager'],
    situation:
      "The council opened formal consultation on the heritage and libraries restructure. Margaret and I were to draft the record office's response.",
    lines:
      "The consultation document proposes closing four branch libraries and cutting the record office's public opening from four days to two. It gives the saving from our reduced opening as £38,000 and describes the archive as 'a specialist function that could be delivered through partnership'. I sent Margaret my draft response on Monday. On Wednesday she sent back her own version, which kept two of my paragraphs and removed the section on statutory duties. She copied it to the head of culture without sending it back to me first.",
    assumptions: [
      ['The council thinks the archive service is dispensable.', 'h18a2'],
      ['The council sees the branch libraries as an expendable cost.', 'uh18a2'],
      ["She'd rather go over my calls herself than let them stand.", 'h18a1'],
    ],
  },
  {
    date: '2027-10-19T21:15:00',
    set: 'L',
    title: 'Briefing for the culture committee',
    people: ["Patrick D'Arcy", 'Rhodri'],
    tags: ['council', 'credit', 'volunteers'],
    situation:
      "Patrick D'Arcy asked Rhodri and me to brief him before he takes the tithe map project to the culture committee. He wanted 'three photos and a headline'.",
    lines: [
      [
        "Patrick: What's the one thing the committee will love?",
        'The one thing. Out of twelve hundred map sheets.',
      ],
      [
        'The apportionments are fully catalogued and linked to the maps now.',
        "That's two years of my life in one sentence.",
      ],
      [
        "Rhodri: And forty volunteers gave five thousand hours. That's the headline.",
        'And who catalogued the maps they were volunteering on?',
      ],
      ['Patrick: Perfect. Rhodri, can you come and present it?', 'Of course Rhodri can.'],
    ],
    assumptions: [
      ["Patrick is uninterested in anything that can't be put in a glass case for a photo op.", 'h18a8'],
      ['Rhodri will present the tithe map project to the committee as if it were all his own.', 'h18a6'],
    ],
  },
  {
    date: '2027-10-26T21:40:00',
    set: 'L',
    title: 'A thank-you, and the press release',
    people: ['Margaret'],
    tags: ['manager', 'council', 'exhibition'],
    situation:
      'Margaret passed on a note from the chief executive thanking the record office for the open day and the flood response. Then she told me she had rewritten my press release about the Pendle Mill letters and changed which letters go in the exhibition case.',
    lines: [
      [
        'Margaret: The chief exec wants the exhibition in the council foyer by Christmas.',
        "Well, that's a first.",
      ],
      ["That's great news. I've picked six letters that work together.", 'I spent a week choosing them.'],
      [
        "Margaret: I've swapped three of them, and the press release has gone out in my words.",
        'Of course it has.',
      ],
      ['Right. Could I see the final list?', 'Why do I have to ask to see my own selection?'],
    ],
    assumptions: [
      ['County Hall is actually proud of the record office.', 'h18a2-not'],
      [
        "As far as the county archivist is concerned, I can't be left to make a single choice unsupervised.",
        'h18a1',
      ],
    ],
  },

  // ---------------------------------------------------------------- keeper b: chief officer, ro-ro freight ferry
  {
    date: '2027-07-02T22:30:00',
    set: 'L',
    title: 'Berthing at the outer linkspan',
    people: ['Captain Sørensen', 'Ellie'],
    tags: ['berthing', 'captain', 'cadet'],
    situation:
      'Strong crosswind at the outer linkspan. I was due to take the ship alongside as agreed, but the captain took the con back on the approach. Ellie, the cadet, was on the bridge wing with me and went white when we touched the fenders.',
    lines: [
      ['Captain Sørensen: I have the con, Mate.', 'We agreed this morning. I had it.'],
      ['Captain has the con.', "Eleven years' seniority and he takes it back in front of the cadet."],
      ['Ellie: Is it always like that, coming in?', "She's been sick twice today already."],
      ["Only when it blows. You'll get used to it.", 'Not sure she will.'],
      ['Captain Sørensen: Next time, Mate. Maybe.', 'Maybe. Always maybe.'],
    ],
    assumptions: [
      ["The captain doesn't trust me to handle the ship.", 'h18b1'],
      ["I'll never be given my own command.", 'h18b10'],
      ["Ellie isn't cut out for a life at sea.", 'h18b4'],
    ],
  },
  {
    date: '2027-07-05T21:50:00',
    set: 'D',
    title: 'Late sailing report',
    people: ['Karen', 'the company'],
    tags: ['delays', 'shore side', 'schedule'],
    situation: 'We sailed forty minutes late after the shore team changed the loading plan twice.',
    lines:
      "The revised loading plan arrived at 18:10 for an 18:30 sailing and moved six hazardous-cargo trailers to the weather deck. We finished lashing at 19:05 and sailed at 19:10. Karen's delay report, copied to the company's operations director, gives the delay code as 'vessel - cargo operations'. The report does not mention the plan change. The same week the company circulated a memo saying that vessels 'must protect the schedule' during the summer peak.",
    assumptions: [
      ['Karen blames the ship for delays the shore side causes.', 'h18b5'],
      ['The company puts the schedule ahead of safety.', 'h18b2'],
    ],
  },
  {
    date: '2027-07-08T22:15:00',
    set: 'L',
    title: 'Lashings on the weather deck',
    people: ['Ramon', 'the crew'],
    tags: ['bosun', 'crew', 'lashings'],
    situation:
      'I told the deck crew to double the chains on the trailers at the stern for a forecast force 8. Later I found only half of them done; Ramon had told the lads single chains were enough.',
    lines: [
      ["Ramon: Single is fine, Chief. Forecast's overdone.", "It's not your call, and you know it."],
      ['I want them doubled. All of them aft of frame forty.', 'The lads are watching him, not me.'],
      ['Ramon: Okay, okay. Boys, you heard the Chief.', "The way he says it, it's a joke."],
      ['Thanks, Bosun.', 'Why am I thanking him?'],
    ],
    assumptions: [
      ['The bosun undermines me in front of the crew.', 'h18b3'],
      ["The crew think I'm a soft touch.", 'h18b7'],
    ],
  },
  {
    date: '2027-07-12T21:40:00',
    set: 'D',
    title: 'The missing DG declaration',
    people: ['Aurélien'],
    tags: ['port agent', 'cargo', 'paperwork'],
    situation:
      'A trailer carrying lithium batteries was loaded before its dangerous goods declaration had reached the ship.',
    lines:
      "I emailed Aurélien at 14:00 asking for the dangerous goods manifest for the evening sailing; the usual cut-off is 16:00. The manifest reached the ship at 18:20, ten minutes before sailing, and listed a Class 9 trailer that had already been loaded in a non-DG lane. His email said the shipper had sent it to him 'this morning'. We sailed on time after restowing the trailer with the tug-master. Nobody from the terminal or the agency called the ship.",
    assumptions: [
      ['Aurélien keeps me in the dark.', 'h18b9'],
      ["As long as we're off the berth on time, nobody ashore cares how.", 'h18b2'],
    ],
  },
  {
    date: '2027-07-15T22:05:00',
    set: 'L',
    title: 'Drill debrief',
    people: ['Captain Sørensen', 'Ramon'],
    tags: ['drills', 'captain', 'bosun'],
    situation:
      "After the abandon-ship drill I reported that the rescue boat launch took too long and proposed a change to the muster list. Ramon said the drill was fine. The captain agreed with Ramon and said we'd leave it.",
    lines: [
      [
        'Eight minutes to launch the rescue boat is too slow. I want to change who goes to station four.',
        'I have the stopwatch figures right here.',
      ],
      [
        'Ramon: Captain, it was fine. Davit was stiff, that is all.',
        "The davit was stiff because nobody greased it. Ramon's job.",
      ],
      ["Captain Sørensen: Let's leave the muster as it is.", "Didn't even look at my figures."],
      ["Understood. I'll get the davit seen to.", 'And the old man will ask me why at the next drill.'],
    ],
    assumptions: [['The captain listens to the bosun over me.', 'h18b6']],
  },
  {
    date: '2027-07-19T21:30:00',
    set: 'D',
    title: 'Fleet crewing review memo',
    people: ['the company', 'the union'],
    tags: ['company', 'jobs', 'union'],
    situation: 'Head office sent a fleet memo to all officers while we were on the Dublin run.',
    lines:
      "The memo, from the new chief operating officer, announces a 'fleet crewing review' to 'ensure our cost base is competitive'. It says two of the company's five ships will move to a third-party manning agency from January as a pilot, and that the rest of the fleet will be 'assessed'. The union sent a circular the same afternoon saying it had not been consulted. The memo also says that promotions to master are 'paused pending the review'.",
    assumptions: [
      ['The company plans to replace us with a cheaper crew.', 'h18b8'],
      ['The company will keep me as mate until I retire.', 'h18b10'],
    ],
  },
  {
    date: '2027-07-23T22:10:00',
    set: 'L',
    title: 'Cadet on the car deck',
    people: ['Ellie', 'Ramon'],
    tags: ['cadet', 'bosun', 'crew'],
    situation:
      "Ellie was supervising the chocking of cars on the upper car deck. Ramon shouted at her in front of the ABs for standing in a lane, then sent her up to the bridge 'to get out of the way'.",
    lines: [
      ['Ramon: Cadet! Off the lane! Go see the Chief, go on.', 'She was exactly where I told her to stand.'],
      ['Ellie: He told me to come up here.', 'Eyes full. Trying not to show it.'],
      ["You were where I put you. I'll talk to Ramon.", "And he'll nod and do it again tomorrow."],
      ["Ellie: It's fine. I'm probably just in the way.", 'Three weeks in and already saying that.'],
    ],
    assumptions: [
      ["The cadet won't last past her first trip.", 'h18b4'],
      ['The bosun undermines the cadet in front of the crew.', 'uh18b3'],
    ],
  },
  {
    date: '2027-07-27T22:45:00',
    set: 'L',
    title: 'Stern door alarm',
    people: ['Captain Sørensen'],
    tags: ['incident', 'captain', 'stern door'],
    situation:
      "The stern door showed a 'not secured' alarm ten minutes after sailing. I had signed the door checklist. We went back to the berth and found a lashing point fouling the seal; the lower hinge was damaged.",
    lines: [
      [
        'Captain Sørensen: You signed the checklist, Chief?',
        'Yes, and the indicator was green when I signed it.',
      ],
      ['I did. All green at 19:02.', 'Here we go.'],
      ['Captain Sørensen: Write it up tonight. Every detail.', 'So he can read it for mistakes.'],
      ["I'll have it to you by midnight.", "And he'll never let me take her off the berth again."],
    ],
    assumptions: [
      ['The captain will pin the stern door incident on me.', 'h18b11'],
      ["He still thinks I'm not fit to berth the ship without him on the bridge wing.", 'h18b1'],
    ],
  },
  {
    date: '2027-07-31T21:35:00',
    set: 'D',
    title: 'Punctuality report',
    people: ['Karen'],
    tags: ['delays', 'shore side', 'stern door'],
    situation: 'Karen sent her weekly punctuality report and a message about the stern door.',
    lines:
      "The report lists four late sailings for our ship; three are coded 'vessel'. Two of those were nights when the linkspan was out of service for repair. Karen's message asks whether we could 'work around' the damaged hinge and keep the 19:30 slot until the dry dock in November, because another operator wants the slot. The class surveyor's note, further down the same email chain, says the door may be used only with the temporary repair and an inspection at each port call.",
    assumptions: [
      ['She writes the delay reports so that the ship carries the can.', 'h18b5'],
      ['Head office would rather we sailed with a dodgy stern ramp than lose the slot.', 'h18b2'],
    ],
  },
  {
    date: '2027-08-04T22:00:00',
    set: 'L',
    title: 'Chipping and painting',
    people: ['Ramon', 'the crew'],
    tags: ['bosun', 'crew', 'maintenance'],
    situation:
      "I changed the maintenance plan so the lads would chip and paint the bow area before the monkey island. When I came back up after lunch they were all on the monkey island; Ramon said he'd 'sorted it' with them.",
    lines: [
      ['Why is everyone on the monkey island?', 'I know why.'],
      [
        'Ramon: Better weather up top today, Chief. Bow tomorrow.',
        "Tomorrow's forecast is worse. He knows that.",
      ],
      ['AB: The bosun said it was okay, sir.', 'The bosun said.'],
      ['Fine. Bow first thing tomorrow, no arguments.', "They're grinning. All of them."],
    ],
    assumptions: [
      ['Ramon goes behind my back to the deck lads.', 'h18b3'],
      ['The lads reckon they can walk all over me.', 'h18b7'],
    ],
  },
  {
    date: '2027-08-09T21:25:00',
    set: 'D',
    title: 'Gate failure at the terminal',
    people: ['Aurélien', 'Karen'],
    tags: ['port agent', 'shore side', 'drivers', 'delays'],
    situation: 'We lost the evening slot after a hold-up at the terminal.',
    lines:
      "The terminal's gate system failed at 16:00 and trailers queued outside until 17:40. According to the terminal's own log, Aurélien was told about the failure at 16:10; he told the ship at 17:45. Karen's incident summary, sent at 21:00, says the late sailing was caused by 'vessel readiness' and 'drivers arriving late for check-in'. The tachograph printouts two of the drivers showed me at the ramp have them at the gate before 16:30.",
    assumptions: [
      ["He sits on information until it's too late for me to do anything with it.", 'h18b9'],
      ['Karen blames the drivers for delays the terminal causes.', 'uh18b2'],
      ['Whenever we sail late, ops will put it down to us even when the problem was ashore.', 'h18b5'],
    ],
  },
  {
    date: '2027-08-14T20:50:00',
    set: 'L',
    title: "Ellie's fire drill",
    people: ['Ellie', 'the crew'],
    tags: ['cadet', 'drills', 'crew'],
    situation:
      'During the engine room fire drill Ellie ran the boundary cooling team on the car deck on her own because the AB in charge was ashore. She did it by the book. Afterwards some of the ABs were teasing her and asking her to fetch their coffees.',
    lines: [
      [
        "Ellie: Was that okay? I didn't know if I should have called the bridge first.",
        'It was better than okay.',
      ],
      ['You did exactly the right thing. Calm and clear.', 'Better than some of the ABs with ten years in.'],
      ["AB: Chief, can the cadet do the coffee run now she's the boss?", 'Laughing at her, not with her.'],
      ["She's busy. Get your own.", "She'll have to learn to bark back."],
    ],
    assumptions: [
      ['The cadet is a born seafarer.', 'h18b4-not'],
      ['The crew think the cadet is a soft touch.', 'uh18b4'],
    ],
  },
  {
    date: '2027-08-19T22:20:00',
    set: 'L',
    title: 'Statements for the investigation',
    people: ['Captain Sørensen', 'Ramon'],
    tags: ['incident', 'captain', 'bosun'],
    situation:
      "The company's designated person ashore asked for written statements on the stern door incident. The captain asked to see mine before it went, and told me Ramon's statement said the lashing point had been left in place 'on the Chief Officer's instruction'.",
    lines: [
      [
        'Captain Sørensen: Ramon remembers you telling them to leave the lashing point.',
        'I told them the opposite.',
      ],
      ["That's not what I said. I said clear it before the door closed.", 'Whose word counts here?'],
      [
        "Captain Sørensen: Well, it's your word against the bosun's. I'll send both.",
        "With the captain's own note on top.",
      ],
      ["Fine. I'd like mine sent as I wrote it.", 'Ramon gets believed. I get written up.'],
    ],
    assumptions: [
      ["The old man takes Ramon's word over mine every time.", 'h18b6'],
      ['The old man will hang me out to dry over the stern door.', 'h18b11'],
    ],
  },
  {
    date: '2027-08-23T21:45:00',
    set: 'D',
    title: 'Two emails from head office',
    people: ['the company', 'head office', 'Captain Sørensen'],
    tags: ['company', 'incident', 'jobs'],
    situation: 'Two emails from head office on the same afternoon.',
    lines:
      "The first, from the designated person ashore, says the stern door investigation 'has identified a failure to follow the door-closing checklist' and that 'the officer responsible' will attend a refresher course. The captain is copied; I am not named, but I am the only officer who signed the checklist. The second, from HR, confirms that the manning agency pilot starts in January on our sister ship and attaches a list of questions and answers. The same email attaches the fleet punctuality league table, with our ship at the bottom; the extra door inspections are not mentioned.",
    assumptions: [
      ["Whatever the final report says, it's my name that'll be on the damage.", 'h18b11'],
      ['Head office would sack the lot of us over a video call if an agency offered cheaper hands.', 'h18b8'],
      ['To head office, a late sailing is a bigger sin than a near miss.', 'h18b2'],
    ],
  },
  {
    date: '2027-08-28T21:15:00',
    set: 'L',
    title: 'Taking her out',
    people: ['Captain Sørensen'],
    tags: ['berthing', 'captain', 'promotion'],
    situation:
      "Flat calm evening. The captain handed me the con for unberthing and the whole passage down the river without a word, and went below for his dinner. Afterwards he said he'd put me forward for the company's command assessment in the spring.",
    lines: [
      ["Captain Sørensen: She's yours, Chief. Call me if you need me.", "He's leaving the bridge?"],
      ['Aye, Captain. I have the con.', "Don't hit anything."],
      [
        "Captain Sørensen: Good. Nice and easy off the berth. I've put your name down for the assessment.",
        'Did he just say that?',
      ],
      ["Thank you. I won't let you down.", "He's been watching after all."],
    ],
    assumptions: [
      ['The master is quite happy to leave the berthing in my hands.', 'h18b1-not'],
      ['A command is coming my way sooner rather than later.', 'h18b10-not'],
    ],
  },
  {
    date: '2027-09-03T22:35:00',
    set: 'L',
    title: 'Losing it on the car deck',
    people: ['Ramon', 'the crew'],
    tags: ['bosun', 'crew', 'temper'],
    situation:
      'After a trailer shifted because of a missed chain, I tore into the deck crew on the car deck and told Ramon, in front of them, that his checks were worthless.',
    lines: [
      ['Who checked this lane? Who?', "I'm shouting. I never shout."],
      ['Ramon: Chief, let me handle the boys.', 'No. Not this time.'],
      ['Your checks are worthless, Bosun. Worthless.', 'In front of all of them. That was wrong.'],
      ["AB: Sorry, sir. It won't happen again.", "They won't look at me now."],
    ],
    assumptions: [
      ['I undermine the bosun in front of the crew.', 'h18b3-rev'],
      ["The ratings think I'm a tyrant.", 'h18b7-not'],
    ],
  },
  {
    date: '2027-09-10T21:05:00',
    set: 'D',
    title: 'Held in port for the gale',
    people: ['Karen', 'Ellie', 'the company'],
    tags: ['weather', 'shore side', 'cadet'],
    situation:
      'Karen held the ship in port for a storm. Ellie had been seasick for most of the previous crossing.',
    lines:
      "The forecast for the crossing was severe gale 9 with five-metre seas. At 15:00 Karen phoned the bridge and said the company would hold the ship overnight and she would 'take the punctuality hit'. The marine superintendent emailed to say the decision was 'absolutely right'. On the crossing before, Ellie was sick from departure to arrival, missed her bridge watch and spent the night in the hospital cabin. This morning Ellie asked me whether it gets better.",
    assumptions: [
      ['The company cares about safety, not just the timetable.', 'h18b2-not'],
      ['Ellie is unsuited to shipboard life.', 'h18b4'],
    ],
  },
  {
    date: '2027-09-16T22:25:00',
    set: 'L',
    title: 'Cadet on watch',
    people: ['Captain Sørensen', 'Ellie'],
    tags: ['cadet', 'captain', 'watchkeeping'],
    situation:
      'I wanted Ellie to keep the 8-to-12 watch with me, with just the two of us on the bridge. The captain said no, then stayed up for the river passage himself, standing behind me the whole way.',
    lines: [
      [
        'Captain Sørensen: The cadet stays with the AB. Not with you on your own.',
        'What does he think I would let her do?',
      ],
      ["She's ready for it. She's done the courses.", "Or is it me he's worried about?"],
      ["Ellie: I don't mind. I'll go back on lookout.", "She does mind. She's halfway out the door."],
      ["Captain Sørensen: I'll stay up for the river.", 'Of course you will.'],
    ],
    assumptions: [
      ["The captain doesn't trust the cadet to keep a watch.", 'uh18b1'],
      ["She'll pack it in before she ever gets her ticket.", 'h18b4'],
      [
        'The old man hovers at my shoulder whenever I have the con, waiting for me to hit the linkspan.',
        'h18b1',
      ],
    ],
  },
  {
    date: '2027-09-23T21:55:00',
    set: 'L',
    title: 'Mooring stations',
    people: ['Ramon', 'the crew'],
    tags: ['bosun', 'crew', 'mooring'],
    situation:
      'I gave the aft mooring team a sequence for singling up. After I went down to the car deck, Ramon changed the sequence and the lads followed him. Nothing went wrong, but nobody told me.',
    lines: [
      ['I want the spring last, then the stern line.', 'Clear enough.'],
      ['Ramon: Yes, Chief.', 'Yes, Chief.'],
      ['AB, later: Bosun said stern line first, sir, always has been.', 'Always has been. So why ask me.'],
      ['Next time, the sequence I give is the sequence. Understood?', 'Nobody even pretended to look sorry.'],
    ],
    assumptions: [
      ["Whatever I tell the ABs, he quietly countermands once I've gone below.", 'h18b3'],
      ["Nobody on deck takes my orders seriously because I don't shout.", 'h18b7'],
    ],
  },
  {
    date: '2027-09-30T21:40:00',
    set: 'D',
    title: 'Berth change in Dublin',
    people: ['Aurélien'],
    tags: ['port agent', 'delays'],
    situation: 'We arrived to find our usual berth occupied.',
    lines:
      "According to the harbour master's notice, the berth change was decided at 09:00. I had asked Aurélien at 08:00 to confirm our berth and arrival window and had no reply. At 13:30 the pilot told us on boarding that we were going to another berth. We waited two hours at anchor while the linkspan there was rigged. The terminal's delay log, copied to the company, puts the wait down to 'late arrival of vessel'.",
    assumptions: [
      ['Anything I send through the agent vanishes into a black hole.', 'h18b9'],
      ['The shore side never owns up when the hold-up was theirs.', 'h18b5'],
    ],
  },
  {
    date: '2027-10-08T22:10:00',
    set: 'L',
    title: 'The winch and the dry dock',
    people: ['Captain Sørensen', 'Ramon'],
    tags: ['captain', 'bosun', 'promotion'],
    situation:
      "Ramon told the captain the forward mooring winch was fine; I had reported that its brake needed an overhaul. The captain deferred the overhaul and said he'd take the ship into the dry dock himself. At the end of the meeting the captain mentioned that the company had appointed a master from another company to our sister ship.",
    lines: [
      [
        'The winch brake is slipping. I want it opened up before we go into dry dock.',
        "I've got the test results.",
      ],
      [
        "Ramon: It's fine, Captain, it's always been like that.",
        "Always been like that. The bosun's favourite engineering standard.",
      ],
      ['Captain Sørensen: Then it can wait for the yard. I will take her in myself.', 'Of course.'],
      [
        "Captain Sørensen: Oh, and they've brought in an outside master for the sister ship.",
        'From outside. Again.',
      ],
    ],
    assumptions: [
      ['If Ramon and I disagree, Captain Sørensen sides with the bosun.', 'h18b6'],
      ["I'll be passed over for master again.", 'h18b10'],
      ['Captain Sørensen distrusts my shiphandling.', 'h18b1'],
    ],
  },
  {
    date: '2027-10-16T21:30:00',
    set: 'D',
    title: 'Letters about the manning agency',
    people: ['the company', 'the union'],
    tags: ['company', 'jobs', 'union', 'promotion'],
    situation: 'Letters from the company to every officer and rating on board.',
    lines:
      "The letter says that from April all deck ratings on our ship will be employed through the manning agency, and that officers will be 'offered the opportunity' to transfer on agency terms. It gives a consultation period of thirty days. The union's circular says it will ballot. The letter also says the command assessment programme is 'postponed until the new structure is in place'. Three of the ABs asked me tonight whether I knew anything more; I didn't.",
    assumptions: [
      ['Our jobs will be handed to a manning agency whatever the consultation says.', 'h18b8'],
      ['Command is something that happens to other people.', 'h18b10'],
    ],
  },
  {
    date: '2027-10-24T21:50:00',
    set: 'L',
    title: 'Dry dock work list',
    people: ['Captain Sørensen', 'Ramon'],
    tags: ['captain', 'bosun', 'dry dock'],
    situation:
      "In the dry dock planning meeting the captain accepted my work list in full, over Ramon's objections about the winch and the deck crew's hours.",
    lines: [
      ["Ramon: Captain, the Chief's list is too much for ten days.", 'Here we go.'],
      ["Captain Sørensen: The Chief's right about the winch. We do the list.", 'Wait, what?'],
      ['Ramon: Okay, Captain.', "Ramon's face."],
      ["I'll split the deck jobs so nobody's doing doubles.", "Don't gloat."],
    ],
    assumptions: [['The captain listens to me over the bosun.', 'h18b6-rev']],
  },
];
