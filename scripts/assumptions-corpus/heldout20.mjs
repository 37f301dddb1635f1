// Held-out split `heldout20`, written BLIND in session 11 (2026-11-25) for a later round to score once.
//
// Keeper a (`h20a`): the team leader of a children's social work (child protection) team at a local authority
// (British spelling). Her people: Gillian (the head of service, her manager: "my manager", "the head of service"),
// Dawn (the senior practitioner, who applied for the team leader post too: "our senior practitioner"), Tariq (a
// newly qualified social worker: "our NQ", "our newly qualified worker"), Kerry-Ann Doyle (a mother whose two boys
// are on child protection plans: "Ms Doyle", "the children's mother"), DS Mark Ellison (the police child abuse
// investigation team: "the police", "DS Ellison"), Sunita (the independent reviewing officer: "the IRO", "the
// reviewing officer", "the conference chair"); groups: senior management (the directorate, "the fourth floor"),
// the team, the police, Ofsted.
// Keeper b (`h20b`): the head brewer at a craft brewery and taproom in Oregon (American spelling). People: Dale (the
// founder and owner: "the owner", "the boss"), Marisol (the taproom manager), Josh (the assistant brewer: "my
// assistant", "the kid"), Priya (the sales director), Trent (the rep at the distributor: "the wholesaler's guy"),
// Kenji and Ruby (bartenders, named in people and lines); groups: the investors ("the money people", "our
// backers", "the investor group"), the taproom staff ("the bartenders", "front of house", "the beertenders"), the
// distributor.
//
// Traps: 22 recurring paraphrase groups worded with little overlap (idioms such as "cry wolf", "my name will be the
// one in it", "one budget meeting away from", "falls through the cracks", "bites people's heads off", "out of his
// depth", "angling to take over"; roles instead of names; pronouns; passives; conditionals; "nobody", "no one",
// "anyone"; negated antonyms such as "thinks little of" / "doesn't value", "has no confidence in" / "doesn't
// trust"); 10 opposite groups (`-not`): antonyms without a shared word ("out of his depth" / "could manage
// protection cases already", "cuts corners on cleaning" / "scrupulous"), negation inside words ("unapproachable" /
// "easy to talk to", "careless" / "anything but careless"), quantifiers ("nobody will" / "Someone else would"), a
// contrast inside a statement ("care about quality, not just volume" / "care only about volume, not quality",
// "would rather sell less and keep the beer great"); 4 direction traps (`-rev`, same relation with roles reversed:
// Dawn undermines me in front of the team / I undermine Dawn; Gillian listens to Dawn over me / to me over Dawn;
// Priya goes over my head to Dale / I go over Priya's head to Dale; Marisol talks down to me / I talk down to
// Marisol); 8 singletons that share a frame with a group but change the object or the person (Gillian not trusting
// Dawn to run the team, senior management and the agency staffing bill, the police and Kerry-Ann's complaints, Dawn
// undermining Tariq, Dale not valuing Marisol's experience, the distributor caring only about volume, Josh careless
// with the forklift, the taproom staff finding Marisol unapproachable).
// Pronouns refer to the one person of that gender in the entry's people; entries naming two women or two men use
// names or roles in their statements.
//
// Written blind: the writer read only the "Your workspace" part of TEAM.md, scripts/assumptions-corpus/build.mjs,
// lines 1-120 of scripts/assumptions-corpus/heldout18.mjs (its header, groups and first entry and a half, for the
// format), lines 1-13 of tests/fixtures/assumptions-corpus/README.md, tests/fixtures/assumptions-corpus/blind.json,
// the root README's non-grouping sections on the answers file and the JSON export (its section headings listed),
// and prompts/ladder-of-inference.yaml (to learn that the ladder's `data` step is one long text). Not read: the
// engine (src/), its unit tests, tests/helpers/, the trap-probe fixtures, the README's grouping sections, docs/, any
// other split's source or generated statements or labels. The engine, the CLI and the eval scripts were never run
// on this split.

export const groups = {
  h20a1: ['paraphrase', "Gillian doesn't trust me to run the team"],
  'h20a1-not': ['opposite', 'Gillian trusts me to run the team'],
  h20a2: ['paraphrase', 'Senior management care more about the Ofsted grade than about the children'],
  'h20a2-not': ['opposite', 'Senior management put the children ahead of the Ofsted grade'],
  h20a3: ['paraphrase', 'Dawn resents me for getting the team leader post'],
  h20a4: ['paraphrase', "Tariq isn't ready to hold child protection cases"],
  'h20a4-not': ['opposite', 'Tariq is ready to hold child protection cases'],
  h20a5: ['paraphrase', 'Dawn undermines me in front of the team'],
  'h20a5-rev': ['direction', 'I undermine Dawn in front of the team'],
  h20a6: ['paraphrase', "The police don't take our concerns seriously"],
  'h20a6-not': ['opposite', 'The police take our concerns seriously'],
  h20a7: ['paraphrase', 'Kerry-Ann thinks I want to take her children away'],
  h20a8: ['paraphrase', "If I don't chase it myself, nobody will"],
  'h20a8-not': ['opposite', 'Someone else would pick it up if I let go'],
  h20a9: ['paraphrase', "I'll be blamed if something happens to a child on our caseload"],
  h20a10: ['paraphrase', "The IRO thinks my team's plans are sloppy"],
  h20a11: ['paraphrase', 'Gillian listens to Dawn over me'],
  'h20a11-rev': ['direction', 'Gillian listens to me over Dawn'],

  h20b1: ['paraphrase', "Dale doesn't value my expertise as a brewer"],
  'h20b1-not': ['opposite', 'Dale values my expertise as a brewer'],
  h20b2: ['paraphrase', 'The investors care only about volume, not quality'],
  'h20b2-not': ['opposite', 'The investors care about quality, not just volume'],
  h20b3: ['paraphrase', 'Josh is careless with sanitation'],
  'h20b3-not': ['opposite', 'Josh is meticulous about sanitation'],
  h20b4: ['paraphrase', 'Marisol blames the brewhouse for taproom complaints'],
  h20b5: ['paraphrase', 'Priya goes over my head to Dale'],
  'h20b5-rev': ['direction', "I go over Priya's head to Dale"],
  h20b6: ['paraphrase', "The distributor rep doesn't push our beer"],
  h20b7: ['paraphrase', 'Dale will replace me with a cheaper brewer'],
  h20b8: ['paraphrase', "The taproom staff think I'm unapproachable"],
  'h20b8-not': ['opposite', 'The taproom staff find me easy to talk to'],
  h20b9: ['paraphrase', 'Josh is after my job'],
  h20b10: ['paraphrase', "I'm a fraud who got lucky as a brewer"],
  'h20b10-not': ['opposite', "I've earned my place as head brewer"],
  h20b11: ['paraphrase', 'Marisol talks down to me'],
  'h20b11-rev': ['direction', 'I talk down to Marisol'],
};

export const entries = [
  // ---------------------------------------------------------------- keeper a: children's social work team leader
  {
    date: '2028-02-03T19:10:00',
    set: 'L',
    title: 'Supervision audit results',
    people: ['Gillian'],
    tags: ['supervision', 'audit', 'manager'],
    situation:
      "Gillian came down with the quarterly audit: four of my team's supervision records weren't signed off within the month. She wants to see my supervision diary every Friday until the end of March.",
    lines: [
      [
        'I know, the records are behind. Two of those were while I was covering duty.',
        "I was covering duty because she wouldn't approve another locum.",
      ],
      [
        'Gillian: I just need to see the diary on Fridays. It stops it slipping.',
        'Every Friday. Like a student on placement.',
      ],
      [
        "Fine. I'll have it on your desk by twelve.",
        'And I will chase every single worker for their notes myself, again.',
      ],
    ],
    assumptions: [
      ["Gillian doesn't trust me to run the team.", 'h20a1'],
      ["If I don't chase the paperwork myself, nobody will.", 'h20a8'],
    ],
  },
  {
    date: '2028-02-05T21:25:00',
    set: 'D',
    title: 'Home visit, the Doyle boys',
    people: ['Kerry-Ann Doyle'],
    tags: ['home visit', 'child protection', 'family'],
    situation:
      'Unannounced visit to Kerry-Ann after the school rang about Kai turning up without a coat again. She kept me on the doorstep for ten minutes.',
    lines:
      "I knocked at 3.40pm. Kerry-Ann opened the door on the chain and said 'You lot again.' She said the boys were at her sister's. I asked if I could come in and see the kitchen; she said not without a warrant. After ten minutes she let me in. The fridge had milk, bread and a pack of ham. Kai's coat was on the radiator, wet. She said 'Write that down, he's got a coat.' When I left she shut the door before I was off the step.",
    assumptions: [
      ['Kerry-Ann thinks I want to take her children away.', 'h20a7'],
      ["If anything happens to one of those boys, it'll be on me.", 'h20a9'],
    ],
  },
  {
    date: '2028-02-08T18:45:00',
    set: 'L',
    title: 'Team meeting, allocations',
    people: ['Dawn', 'Tariq'],
    tags: ['team meeting', 'allocation'],
    situation:
      "Monday allocations. I proposed giving Tariq the new section 47 on the Ashworth family with Dawn as co-worker. Dawn said, in front of everyone, that it wasn't fair on the family to have an NQ lead it.",
    lines: [
      [
        "I think Tariq's ready for this one, and he'll have Dawn alongside.",
        "I'm not sure I believe that myself.",
      ],
      [
        "Dawn: With respect, that's not how we used to do it. The family deserve someone experienced.",
        "'How we used to do it' meaning before I got the job.",
      ],
      ["Let's take it offline, Dawn.", 'Six people watching me back down.'],
      ["Tariq: I'm happy either way.", 'He looked terrified.'],
    ],
    assumptions: [
      ['Dawn undermines me in front of the team.', 'h20a5'],
      ['Dawn resents me for getting the team leader post.', 'h20a3'],
      ["He'll sink if I give him a section 47.", 'h20a4'],
    ],
  },
  {
    date: '2028-02-10T20:30:00',
    set: 'D',
    title: 'Strategy discussion by phone',
    people: ['Mark Ellison'],
    tags: ['police', 'strategy meeting', 'section 47'],
    situation:
      'Strategy discussion about the bruise on the Ashworth baby. DS Ellison dialled in eleven minutes late and said it sounded like a rough-and-tumble injury.',
    lines:
      "The call was booked for 10.00. DS Ellison joined at 10.11. He said 'I've skimmed the referral.' He asked whether the health visitor had seen it. I said the GP had flagged it and the child is four months old. He said 'Could be a cot bumper, could be a sibling.' He agreed to do the police checks 'by the end of the week'. By Friday at 4pm nothing had come through and I rang the PPU twice.",
    assumptions: [
      ["The police don't take our concerns seriously.", 'h20a6'],
      ["Unless I do it personally, it won't get done.", 'h20a8'],
    ],
  },
  {
    date: '2028-02-12T17:50:00',
    set: 'L',
    title: "Tariq's first month",
    people: ['Tariq'],
    tags: ['supervision', 'NQSW', 'ASYE'],
    situation:
      "Supervision with Tariq. His visits are thorough but his recordings are three weeks behind and he hadn't spotted that the Ashworth baby's dad has a previous conviction.",
    lines: [
      ['How are you finding the caseload?', 'Please say it is too much, so I can do something about it.'],
      ["Tariq: It's fine, honestly. I'm learning loads.", "It isn't fine. He's drowning and smiling."],
      [
        "Let's go through the chronology together on Thursday.",
        'If that baby comes to harm, the review will ask why I allocated it to him.',
      ],
    ],
    assumptions: [
      ["Tariq isn't ready to hold child protection cases.", 'h20a4'],
      ["I'll be the scapegoat if a child on our caseload gets hurt.", 'h20a9'],
    ],
  },
  {
    date: '2028-02-15T19:35:00',
    set: 'L',
    title: 'Three-way meeting about the duty rota',
    people: ['Gillian', 'Dawn'],
    tags: ['manager', 'duty', 'rota'],
    situation:
      'I wanted to change the duty rota so that nobody does two duty weeks a month. Dawn argued for keeping the old system and Gillian agreed with her before I had finished explaining.',
    lines: [
      [
        'The new pattern spreads duty across everyone, including me.',
        'I had a spreadsheet. Nobody looked at it.',
      ],
      ['Dawn: The old rota worked for eight years.', 'It worked for Dawn.'],
      [
        "Gillian: Let's not fix what isn't broken. Dawn's been here a long time.",
        'And I have been here five months, so I count for less.',
      ],
    ],
    assumptions: [
      ['Gillian listens to Dawn over me.', 'h20a11'],
      ['The head of service has no confidence in my leadership.', 'h20a1'],
    ],
  },
  {
    date: '2028-02-17T20:05:00',
    set: 'D',
    title: 'Review conference for the Doyle boys',
    people: ['Sunita', 'Kerry-Ann Doyle'],
    tags: ['conference', 'IRO', 'child protection plan'],
    situation:
      'Review child protection conference. Sunita stopped the meeting to say the plan had no dates against half its actions, and Kerry-Ann walked out for five minutes.',
    lines:
      "Sunita read out action 4, 'improve home conditions', and asked 'By when, and measured how?' I said we would add dates. She wrote something on her pad. She asked the same about actions 6 and 7. Kerry-Ann stood up, said 'You're all just waiting for an excuse,' and went outside. She came back after five minutes and sat next to her advocate, not next to me. The plan was agreed with four amendments.",
    assumptions: [
      ["Sunita thinks my team's plans are sloppy.", 'h20a10'],
      ["Ms Doyle sees me as the enemy who'll have the children put into care.", 'h20a7'],
    ],
  },
  {
    date: '2028-02-19T18:15:00',
    set: 'L',
    title: 'Performance board',
    people: ['Gillian'],
    tags: ['performance', 'Ofsted', 'directorate'],
    situation:
      "Monthly performance board. Gillian presented our timeliness figures in red and said the director wants every assessment in under 45 days 'before the inspectors arrive'.",
    lines: [
      [
        'Some of those assessments ran long because the families needed longer.',
        'Nobody in this room has met any of those families.',
      ],
      ['Gillian: I hear you, but the figures are what Ofsted will see first.', 'There it is.'],
      [
        "Understood. I'll look at the outliers.",
        'And when one of the rushed ones goes wrong, it will be my signature on it.',
      ],
    ],
    assumptions: [
      ['Senior management care more about the Ofsted grade than about the children.', 'h20a2'],
      ['When the serious case review comes, my name will be the one in it.', 'h20a9'],
    ],
  },
  {
    date: '2028-02-22T21:00:00',
    set: 'D',
    title: "Dawn's email about allocation",
    people: ['Dawn'],
    tags: ['allocation', 'senior practitioner'],
    situation:
      "Dawn sent me an email, copying the whole team, asking for 'clarity on how allocation decisions are now made'.",
    lines:
      "The email arrived at 7.52am, copied to all eight social workers. It listed three cases allocated in the last fortnight and asked what criteria had been used. It ended 'Under the previous arrangements this was discussed openly.' I replied to Dawn only at 9.30, saying I'd explain at team meeting. At team meeting I said the criteria were in the team plan and moved to the next item before she could answer. She didn't speak for the rest of the meeting.",
    assumptions: [
      ["She's never forgiven me for being given the job she applied for.", 'h20a3'],
      ['I undermine Dawn in front of the team.', 'h20a5-rev'],
    ],
  },
  {
    date: '2028-02-24T19:20:00',
    set: 'L',
    title: "Tariq's section 47 visit",
    people: ['Tariq', 'Dawn'],
    tags: ['section 47', 'NQSW', 'co-working'],
    situation:
      "Tariq led the Ashworth visit with Dawn shadowing. He handled the dad's anger calmly and got both parents to agree to a safety plan. In the car park afterwards Dawn went through everything he had 'missed' while two other workers were getting into their cars.",
    lines: [
      ['That was really well handled, Tariq.', 'Better than I would have done at his stage.'],
      [
        "Dawn: He didn't ask about the dog. He didn't look in the baby's room.",
        'She had to say it out there, in front of Lucy and Sam.',
      ],
      ["Tariq: I'll go back tomorrow and check.", "He didn't need to. The safety plan covers it."],
    ],
    assumptions: [
      ['Tariq is more than capable of holding a CP case.', 'h20a4-not'],
      ['Dawn undermines Tariq in front of the team.', 'uh20a4'],
    ],
  },
  {
    date: '2028-02-26T20:40:00',
    set: 'L',
    title: 'Joint visit with DS Ellison',
    people: ['Mark Ellison', 'Kerry-Ann Doyle'],
    tags: ['police', 'joint visit', 'domestic abuse'],
    situation:
      "Joint visit after Kerry-Ann's ex-partner turned up at the house at 2am. She said she had rung 101 twice last month and nobody came. DS Ellison said there was no record of the calls.",
    lines: [
      ['Kerry-Ann: I rang them. Twice. Ask them.', 'She is telling the truth, I can hear it.'],
      ["DS Ellison: There's nothing on the system, so.", "'So' what? So she made it up?"],
      ['Could you check under her previous address?', 'He rolled his eyes at me. Actually rolled them.'],
    ],
    assumptions: [
      ['DS Ellison thinks social workers cry wolf.', 'h20a6'],
      ["The police don't take Kerry-Ann's complaints seriously.", 'uh20a3'],
    ],
  },
  {
    date: '2028-03-01T18:30:00',
    set: 'D',
    title: 'Feedback from Gillian',
    people: ['Gillian'],
    tags: ['manager', 'feedback', 'directorate'],
    situation:
      'Gillian stopped the Friday diary check and told me the directorate had agreed to fund a family support worker for the team, over the inspection-prep budget.',
    lines:
      "Gillian came to my desk at 4.15pm on Friday. She said 'You don't need to send me the diary any more.' She said the director had signed off a family support worker post and that it came out of the money set aside for inspection preparation. She said 'I told them your team would make the best use of it.' On Monday two of my workers had uploaded their supervision notes before I asked.",
    assumptions: [
      ['My manager believes I can run this team without her looking over my shoulder.', 'h20a1-not'],
      ["Senior leaders genuinely put children's safety above the Ofsted judgement.", 'h20a2-not'],
      ['Someone else would pick it up if I let go.', 'h20a8-not'],
    ],
  },
  {
    date: '2028-03-03T19:45:00',
    set: 'L',
    title: 'Pre-conference call with the IRO',
    people: ['Sunita', 'Tariq'],
    tags: ['IRO', 'conference', 'NQSW'],
    situation:
      "Sunita rang before the Ashworth initial conference. Tariq's report was late and she had found two factual errors. Tariq was on speaker with me.",
    lines: [
      [
        "Sunita: I'd expect a report like this to have been checked by a manager.",
        'It was checked. By me. At eleven at night.',
      ],
      ["I'll get the corrections to you by nine tomorrow.", 'She will mention this in the minutes.'],
      ["Tariq: Sorry, that's on me.", "It's on me for giving it to him."],
    ],
    assumptions: [
      ["The reviewing officer doesn't rate the quality of our planning.", 'h20a10'],
      ['Our newly qualified worker is out of his depth with child protection work.', 'h20a4'],
    ],
  },
  {
    date: '2028-03-06T20:10:00',
    set: 'D',
    title: 'Allocations again, with Gillian sitting in',
    people: ['Dawn', 'Gillian'],
    tags: ['team meeting', 'allocation', 'manager'],
    situation:
      'Gillian sat in on team meeting. Dawn proposed reallocating two of my cases to herself and Gillian agreed on the spot.',
    lines:
      "Gillian sat at the end of the table. When I reached the Patel case, Dawn said 'I think I should pick that up, given the history.' Gillian said 'That makes sense.' I said I had already discussed it with Lucy. Dawn said 'Lucy's got enough on.' Lucy looked at the table. Gillian said 'Let's go with Dawn's suggestion.' The same happened with the Morris case four minutes later.",
    assumptions: [
      ["The head of service takes the senior practitioner's word over mine.", 'h20a11'],
      [
        'Our senior practitioner chips away at my authority whenever the social workers are listening.',
        'h20a5',
      ],
    ],
  },
  {
    date: '2028-03-08T18:55:00',
    set: 'L',
    title: 'Agency spend',
    people: ['Gillian'],
    tags: ['budget', 'agency staff', 'manager'],
    situation:
      "Gillian told me my two agency workers' contracts end on the 31st, with no replacements, and that she'd want to look at each case before it's reallocated.",
    lines: [
      ["That's twenty-six children going back into the pot.", 'Twenty-six children and a spreadsheet line.'],
      ["Gillian: The overspend has to come down. It's not my decision.", 'It never is.'],
      ["Gillian: And I'll want to see your reallocation plan before anything moves.", 'Of course you will.'],
    ],
    assumptions: [
      ['Senior management care more about the agency staffing bill than about the children.', 'uh20a2'],
      ['She second-guesses every decision I make as team leader.', 'h20a1'],
      ['The council will pin any tragedy on the team leader.', 'h20a9'],
    ],
  },
  {
    date: '2028-03-10T21:15:00',
    set: 'D',
    title: "Kerry-Ann's phone call",
    people: ['Kerry-Ann Doyle'],
    tags: ['family', 'child protection', 'phone call'],
    situation:
      "Kerry-Ann rang the duty line shouting after the school told her I had asked for the boys' attendance records.",
    lines:
      "The duty worker put the call through at 11.05. Kerry-Ann said 'You're building a case.' I said I ask every school for attendance as part of the plan. She said 'You've wanted them from day one.' She said her sister had told her that social workers get bonuses for adoptions. I said that isn't true. She hung up at 11.12. At 2pm her advocate emailed asking for a copy of all records we hold.",
    assumptions: [["She's convinced my only aim is to get her boys put into care.", 'h20a7']],
  },
  {
    date: '2028-03-13T19:00:00',
    set: 'L',
    title: 'Corridor conversation with Dawn',
    people: ['Dawn'],
    tags: ['senior practitioner', 'relationships'],
    situation:
      "I asked Dawn for a coffee to clear the air. She said she was 'fine' and that she'd just expected the interview panel to value experience. Later I found three court statements nobody had started.",
    lines: [
      ["I'd really like us to work well together.", 'I rehearsed this line in the car.'],
      [
        'Dawn: We do work well together. I just thought experience counted for something.',
        'So that is what this has been about since September.',
      ],
      [
        'It does count. I need it.',
        'And then I go back to my desk and the court statements due Friday have not been touched.',
      ],
    ],
    assumptions: [
      ['Dawn feels the promotion should have been hers.', 'h20a3'],
      ['Everything falls through the cracks the minute I take my eye off it.', 'h20a8'],
    ],
  },
  {
    date: '2028-03-16T20:20:00',
    set: 'D',
    title: 'Inspection readiness briefing',
    people: ['Gillian'],
    tags: ['Ofsted', 'directorate', 'inspection'],
    situation:
      "The director's inspection readiness briefing. Every team leader was given a 'case file quality' target, and Gillian asked me to stay behind.",
    lines:
      "The director spoke for forty minutes. The slides showed the last inspection grade and the words 'Good is the minimum'. There was one slide about children's voices, shown for under a minute. Afterwards Gillian asked me to stay and said 'I'll be sitting in on your case audits for the next couple of months, just while you're still finding your feet.' I said I'd been in post five months. She said 'Exactly.'",
    assumptions: [
      [
        "The directorate is more worried about how we'll look to the inspectors than whether kids are safe.",
        'h20a2',
      ],
      ["As far as the head of service is concerned, I'm still on probation.", 'h20a1'],
    ],
  },
  {
    date: '2028-03-19T18:40:00',
    set: 'L',
    title: 'DS Ellison follows up',
    people: ['Mark Ellison'],
    tags: ['police', 'domestic abuse', 'follow-up'],
    situation:
      "DS Ellison rang me, unprompted, to say he had found Kerry-Ann's two 101 calls logged under her old address and that the ex-partner had been arrested. Meanwhile the duty team had done all the checks while I was at court.",
    lines: [
      ["DS Ellison: You were right to push. They'd been logged wrong.", 'I did not expect that call.'],
      ['Thank you for going back through it.', 'Maybe I have had him wrong.'],
      [
        "DS Ellison: Any worries, ring me direct. I'd rather hear it twice than not at all.",
        'And the checks were all done when I got back from court. Without me.',
      ],
    ],
    assumptions: [
      ['DS Ellison listens properly when we raise a concern.', 'h20a6-not'],
      ['The duty team would cope fine without me chasing every check.', 'h20a8-not'],
    ],
  },
  {
    date: '2028-03-23T19:30:00',
    set: 'L',
    title: 'Team case discussion',
    people: ['Sunita', 'Dawn'],
    tags: ['team meeting', 'IRO', 'planning'],
    situation:
      "Sunita joined our team case discussion to talk about plan quality. When I presented the Patel plan, Dawn said 'I did warn about this one' in front of everyone.",
    lines: [
      [
        "Sunita: I'm seeing the same gaps across this team's plans. Contingencies, mostly.",
        'This team. Not the other two teams.',
      ],
      [
        "The Patel plan's contingency is in section five.",
        'It is half a line long. She is right and I hate it.',
      ],
      ['Dawn: I did warn about this one.', 'Eight faces turned to me.'],
    ],
    assumptions: [
      ['The conference chair thinks we cut corners on the plans.', 'h20a10'],
      ['Dawn makes me look foolish in front of the whole team.', 'h20a5'],
    ],
  },
  {
    date: '2028-03-26T20:50:00',
    set: 'D',
    title: 'Gillian backs my call',
    people: ['Gillian', 'Dawn'],
    tags: ['manager', 'decision', 'directorate'],
    situation:
      'Dawn and I disagreed about whether to step the Morris case down to child in need. Gillian heard us both and went with me, and the directorate agreed to delay closing it despite the inspection figures.',
    lines:
      "We met in Gillian's office at 2pm. Dawn set out the case for stepping down: attendance improved, no new incidents. I set out the case for keeping the plan: the new partner has not been assessed. Gillian said 'I'm going with the team leader on this.' She emailed the assistant director at 3pm. At 4.30 the reply said 'Agreed — keep it open, regardless of the performance figures.' Dawn said 'Fair enough' and left.",
    assumptions: [
      ['Gillian listens to me over Dawn.', 'h20a11-rev'],
      ['The directorate puts the children ahead of the inspection.', 'h20a2-not'],
    ],
  },
  {
    date: '2028-03-30T18:20:00',
    set: 'L',
    title: "Tariq's audit",
    people: ['Tariq', 'Gillian'],
    tags: ['NQSW', 'audit', 'supervision'],
    situation:
      "Gillian audited two of Tariq's files and graded both 'good'. In supervision Tariq told me he had rewritten the Ashworth chronology himself and spotted a pattern in the dad's hospital visits.",
    lines: [
      ['Tariq: I wanted to get it right after the conference.', 'He got it more right than I would have.'],
      ["Gillian: Whatever you're doing with supervision, keep doing it.", 'From her, that is a medal.'],
      ["I think you're ready for the Harlow case.", 'I mean it this time.'],
    ],
    assumptions: [
      ['Our NQ could manage protection cases already.', 'h20a4-not'],
      ['Gillian has faith in how I lead the team.', 'h20a1-not'],
    ],
  },
  {
    date: '2028-04-03T19:05:00',
    set: 'L',
    title: 'Leave cover',
    people: ['Gillian', 'Dawn'],
    tags: ['leave', 'cover', 'manager'],
    situation:
      "I asked for Dawn to act up while I'm on leave at Easter. Gillian said she would cover the team herself. When Dawn and I disagreed about one case in the handover, Gillian took Dawn's side.",
    lines: [
      ["Dawn knows every case. She'd be the obvious person.", 'I actually meant it.'],
      ["Gillian: I'll keep an eye on things myself. Dawn has enough to do.", 'That is not about workload.'],
      ["Gillian: And on the Harlow case, I think Dawn's right, it can wait till you're back.", 'Of course.'],
    ],
    assumptions: [
      ["Gillian doesn't trust Dawn to run the team while I'm on leave.", 'uh20a1'],
      ['When Dawn and I disagree, Gillian sides with Dawn.', 'h20a11'],
    ],
  },
  {
    date: '2028-04-08T20:35:00',
    set: 'D',
    title: 'Strategy meeting, inspection week',
    people: ['Kerry-Ann Doyle', 'Mark Ellison'],
    tags: ['strategy meeting', 'police', 'Ofsted'],
    situation:
      'A second strategy meeting on the Doyle boys in the week Ofsted arrived. The police sent a written update instead of attending, and Kerry-Ann refused to sign the written agreement.',
    lines:
      "The meeting was at 9.30 on the day the inspectors arrived. An email from the assistant director at 8.50 asked all team leaders to 'make sure anything on the tracker is closed or updated by noon'. DS Ellison sent a four-line update saying the matter was 'not a police priority at this time' and did not attend. At 2pm I visited Kerry-Ann with the written agreement. She read it and said 'So you can say I broke it and take them.' She did not sign.",
    assumptions: [
      ["For the fourth floor, a 'Good' judgement matters more than any child on our books.", 'h20a2'],
      ["To the police, a worry raised by children's services is just noise.", 'h20a6'],
      ["As far as the children's mother is concerned, I'm the one who'll have her kids removed.", 'h20a7'],
    ],
  },

  // ---------------------------------------------------------------- keeper b: head brewer
  {
    date: '2028-02-04T20:15:00',
    set: 'L',
    title: 'The hazy IPA conversation',
    people: ['Dale'],
    tags: ['owner', 'recipes', 'brewhouse'],
    situation:
      "Dale wants to change our flagship hazy IPA to a cheaper hop blend he read about in a trade magazine. I've spent two years dialing that recipe in.",
    lines: [
      ['We can trial it on a pilot batch, but the Citra is what people come for.', 'He read one article.'],
      ['Dale: Honestly, hops are hops at this point. Nobody can tell.', 'I can tell. Our regulars can tell.'],
      [
        "Dale: I've been talking to a guy who runs a contract brewery. Super efficient.",
        'Why is he telling me about another brewer?',
      ],
    ],
    assumptions: [
      ["Dale doesn't value my expertise as a brewer.", 'h20b1'],
      ['Dale is going to replace me with a cheaper brewer.', 'h20b7'],
    ],
  },
  {
    date: '2028-02-06T21:30:00',
    set: 'D',
    title: 'Infected batch in FV4',
    people: ['Josh'],
    tags: ['quality', 'sanitation', 'cellar'],
    situation:
      'The pale ale in fermenter 4 came back with a lactobacillus infection. Josh ran the CIP on that tank on Tuesday.',
    lines:
      "Lab results came in at 11am: positive for lacto in FV4. The CIP log for Tuesday shows the caustic cycle at 22 minutes; the SOP says 30. The log is initialed by Josh. When I asked, Josh said 'It was reading clean, so I cut it short, we were slammed.' That afternoon he asked whether he could sit in on my call with the hop supplier and said he'd like to 'learn the ordering side.' We dumped 15 barrels.",
    assumptions: [
      ['Josh is careless with sanitation.', 'h20b3'],
      ['Josh is after my job.', 'h20b9'],
    ],
  },
  {
    date: '2028-02-09T19:40:00',
    set: 'L',
    title: 'Taproom complaints meeting',
    people: ['Marisol'],
    tags: ['taproom', 'complaints', 'quality'],
    situation:
      "Marisol brought me a printout of online reviews saying the stout 'tastes off'. The draft lines haven't been cleaned in three weeks, which is her team's job.",
    lines: [
      [
        'Marisol: So, people are saying the stout tastes weird. Can you fix the beer?',
        'Can you clean your lines?',
      ],
      ['When were the lines last cleaned?', 'I already know the answer.'],
      [
        "Marisol: Okay, so, the lines are a whole process, I don't expect you to follow it.",
        'I designed the line cleaning schedule.',
      ],
    ],
    assumptions: [
      ['Marisol blames the brewhouse for every taproom complaint.', 'h20b4'],
      ['Marisol talks down to me.', 'h20b11'],
    ],
  },
  {
    date: '2028-02-11T18:50:00',
    set: 'D',
    title: 'The seasonal lineup',
    people: ['Priya', 'Dale'],
    tags: ['sales', 'seasonals', 'owner'],
    situation:
      'I found out from the sales deck that the spring seasonal is now a lemon shandy. Priya had pitched it to Dale directly and he approved it.',
    lines:
      "At the Monday meeting Priya put up a slide headed 'Spring Lineup — Approved'. It listed a lemon shandy in place of the Maibock I had scheduled. I asked when this had been decided. Priya said 'Dale and I went over it Friday.' Dale said 'The shandy numbers are great in other markets. You can brew a shandy, right?' I said yes. He said 'Cool,' and moved on to the patio furniture.",
    assumptions: [
      ['Priya goes over my head to Dale.', 'h20b5'],
      ['He thinks little of what I know about brewing.', 'h20b1'],
    ],
  },
  {
    date: '2028-02-13T17:30:00',
    set: 'L',
    title: 'Ride-along with Trent',
    people: ['Trent'],
    tags: ['distributor', 'sales', 'accounts'],
    situation:
      "I went on a ride-along with Trent from the distributor to visit accounts. At five bars he led with other breweries' products and mentioned us only when I was standing there.",
    lines: [
      ['Trent: These guys love the new seltzer line from Summit.', 'We are in the car with you.'],
      ['Could we get the amber on at The Anchor?', 'They had an empty handle.'],
      [
        "Trent: Honestly, man, what moves is whatever's cheapest per case.",
        "So they don't care whether it's any good.",
      ],
    ],
    assumptions: [
      ["Trent doesn't push our beer.", 'h20b6'],
      ['The distributor cares only about volume, not quality.', 'uh20b2'],
    ],
  },
  {
    date: '2028-02-16T20:45:00',
    set: 'L',
    title: 'Investor update',
    people: ['Dale'],
    tags: ['investors', 'growth', 'owner'],
    situation:
      "Quarterly investor update. The investor group want to double production by next year and asked whether we can shorten fermentation times. Afterward Dale asked how much I make 'compared to the market'.",
    lines: [
      [
        'We can shave a couple of days off the lagers, but they will taste like it.',
        'They were already looking at the next slide.',
      ],
      ["Dale: They don't need a lecture, they need a number.", 'The number is the beer.'],
      [
        'Dale: Out of curiosity, what do you think a head brewer goes for around here now?',
        "That isn't curiosity.",
      ],
    ],
    assumptions: [
      ['The investors care only about volume, not quality.', 'h20b2'],
      ["The owner is looking for someone who'll do my job for less money.", 'h20b7'],
    ],
  },
  {
    date: '2028-02-18T21:10:00',
    set: 'D',
    title: 'Taproom staff meeting',
    people: ['Marisol', 'Kenji'],
    tags: ['taproom', 'staff', 'training'],
    situation:
      'I gave a short beer-training session to the taproom staff. Nobody asked a question. Afterward Kenji asked Marisol, not me, what the IBUs on the new pale were.',
    lines:
      "Eight staff attended the 3pm session. I talked for twenty minutes about the new pale. When I asked for questions there were none. At 3.40 I heard Kenji ask Marisol at the bar 'What are the IBUs on that one?' Marisol said 'Ask the brewhouse, they'll get mad if I say it wrong.' Then she said to me 'Maybe next time use smaller words, hon.' Later a guest complaint about a flat pour was logged as 'beer issue'.",
    assumptions: [
      ["The taproom staff think I'm unapproachable.", 'h20b8'],
      ["Whenever a guest grumbles, she decides it's the beer's fault, which means mine.", 'h20b4'],
      ['She speaks to me as if I were a child.', 'h20b11'],
    ],
  },
  {
    date: '2028-02-20T19:25:00',
    set: 'L',
    title: 'Hose on the floor',
    people: ['Josh'],
    tags: ['sanitation', 'cellar', 'assistant brewer'],
    situation:
      'I found the transfer hose lying on the floor drain, uncapped, an hour before Josh was due to transfer the kölsch. Then a brewery tour guest asked about our medal and I froze.',
    lines: [
      ['Josh, the hose was in the drain.', 'Again.'],
      ['Josh: I was going to hit it with Star San before I used it.', 'A spray is not a soak.'],
      [
        'Guest: So how did you come up with the IPA that won gold?',
        "Honestly? I'm not sure I could do it again.",
      ],
    ],
    assumptions: [
      ['My assistant brewer cuts corners on cleaning.', 'h20b3'],
      ["I'm a fraud who got lucky with one good IPA.", 'h20b10'],
    ],
  },
  {
    date: '2028-02-23T18:35:00',
    set: 'L',
    title: 'Sales numbers call',
    people: ['Priya', 'Trent'],
    tags: ['sales', 'distributor', 'numbers'],
    situation:
      "Priya and I had a call with Trent about flat sales in Portland. Priya said she'd already agreed a discount program with Dale, which I had never heard of.",
    lines: [
      [
        'Trent: Your stuff is tough to place right now, a lot of competition.',
        'He placed the seltzer easily enough.',
      ],
      [
        "Priya: That's why Dale and I signed off a case discount yesterday.",
        'Yesterday. I was in the building yesterday.',
      ],
      ['I wish I had been in that conversation.', 'That is the most I said.'],
    ],
    assumptions: [
      ['Our sales director bypasses me and takes things straight to the owner.', 'h20b5'],
      ['The rep barely mentions our brand on his rounds.', 'h20b6'],
    ],
  },
  {
    date: '2028-02-25T20:00:00',
    set: 'D',
    title: 'Dale tastes the pilot batch',
    people: ['Dale'],
    tags: ['owner', 'recipes', 'pilot batch'],
    situation:
      'Dale tasted the pilot batch with the cheaper hops against the original and dropped the idea. He asked me to write up the recipe process for the investors.',
    lines:
      "At 4pm Dale and I tasted the two versions blind. He picked the original both times. He said 'Okay, you were right, that's night and day.' He asked me to write a one-page summary of how I develop recipes 'so the investors see what they're paying for.' He said 'That medal wasn't luck.' He left the tasting glasses on the bar and texted me a thumbs up an hour later.",
    assumptions: [
      ['The owner values what I bring as a brewer.', 'h20b1-not'],
      ["I've earned my place as head brewer.", 'h20b10-not'],
    ],
  },
  {
    date: '2028-02-27T19:50:00',
    set: 'L',
    title: 'Josh and Dale at the bar',
    people: ['Josh', 'Dale'],
    tags: ['assistant brewer', 'owner'],
    situation:
      "I came out of the cold room and found Josh at the bar with Dale, pitching him his own recipe for a West Coast pilsner. Dale said Josh had 'fresh ideas'.",
    lines: [
      [
        'Josh: Oh hey, I was just telling Dale about that pils idea.',
        'The one I told you we had no tank space for.',
      ],
      [
        "Dale: Kid's got fresh ideas. We should let him run with something.",
        'I have fifteen years of ideas.',
      ],
      ["Sure, let's find a slot.", "There isn't a slot. There's my slot."],
    ],
    assumptions: [
      ['My assistant is angling to take over as head brewer.', 'h20b9'],
      ['To the boss, my fifteen years in brewhouses count for nothing.', 'h20b1'],
    ],
  },
  {
    date: '2028-03-02T21:05:00',
    set: 'D',
    title: 'Marisol and the new hire',
    people: ['Marisol'],
    tags: ['taproom', 'staff', 'conflict'],
    situation:
      "Marisol asked whether I could stop correcting her staff's beer descriptions in front of customers. A new bartender quit after her first week and told Marisol she found her 'impossible to approach'.",
    lines:
      "Marisol came to the brewhouse at 10am. She said 'When you correct Ruby in front of guests, it kills her.' I said Ruby had called the porter a stout. Marisol said 'She knows that now.' I said 'Well, it's not complicated.' She was quiet. She said the new hire had quit and her exit note said Marisol was 'impossible to approach'. She said 'So I'm working on it. Maybe you could too.' The staff group chat went quiet when I joined that evening.",
    assumptions: [
      ['I talk down to Marisol.', 'h20b11-rev'],
      ['The taproom staff think Marisol is unapproachable.', 'uh20b4'],
      ["Front-of-house folks see me as the grumpy guy in the back who bites people's heads off.", 'h20b8'],
    ],
  },
  {
    date: '2028-03-04T18:25:00',
    set: 'L',
    title: 'Growth plan meeting',
    people: ['Dale'],
    tags: ['investors', 'growth', 'owner'],
    situation:
      "Dale shared the investor group's growth plan: a second canning line, four new states, and 'streamlining' the core range to three beers. There was a line item for a 'production manager'.",
    lines: [
      [
        'Dale: The money people want forty thousand barrels by 2030.',
        'They have never tasted a beer that came out of a rushed tank.',
      ],
      ['Who is the production manager in this plan?', 'Say it is me.'],
      [
        "Dale: We'll figure out the org chart later. Could be a fresh hire.",
        'Fresh meaning younger. Fresh meaning cheaper.',
      ],
    ],
    assumptions: [
      ['All the money people want is more barrels out the door, whatever the beer tastes like.', 'h20b2'],
      ["I'll be swapped out for a younger, cheaper head brewer before the year's out.", 'h20b7'],
    ],
  },
  {
    date: '2028-03-07T20:40:00',
    set: 'D',
    title: 'Josh and the forklift',
    people: ['Josh'],
    tags: ['cellar', 'safety', 'assistant brewer'],
    situation:
      'The new cleaning checklist Josh wrote is excellent, and every tank passed its swab test. The same afternoon he drove the forklift into a pallet of cans.',
    lines:
      "Josh has been running a written CIP checklist for three weeks. All twelve ATP swabs this week passed. He had added a step for the hose ends and caps. At 2.15pm he reversed the forklift into a pallet of empty cans without looking behind him; about 200 cans were dented. He said 'My bad, I was in a rush.' He hadn't done the forklift refresher.",
    assumptions: [
      ['Josh is meticulous about sanitation.', 'h20b3-not'],
      ['Josh is careless with the forklift.', 'uh20b3'],
    ],
  },
  {
    date: '2028-03-09T19:15:00',
    set: 'L',
    title: 'Distributor warehouse visit',
    people: ['Trent'],
    tags: ['distributor', 'inventory', 'freshness'],
    situation:
      "I visited the distributor's warehouse with Trent and found pallets of our IPA that were packaged 90 days ago, sitting behind brands that came in last week.",
    lines: [
      ['Trent: We rotate based on demand, you know how it is.', 'Our IPA is dying in the back.'],
      [
        'That IPA should be out of here in thirty days.',
        'Someone who knew what they were doing would have pushed for dating.',
      ],
      ["Trent: I'll see what I can do.", 'Which is nothing.'],
    ],
    assumptions: [
      ["The wholesaler's guy sells everyone's brands before ours.", 'h20b6'],
      ["Sooner or later everyone will figure out I don't really know what I'm doing.", 'h20b10'],
    ],
  },
  {
    date: '2028-03-12T21:20:00',
    set: 'L',
    title: 'Friday night rush',
    people: ['Marisol', 'Kenji'],
    tags: ['taproom', 'service', 'staff'],
    situation:
      'The nitro tap went foamy during the Friday rush. Kenji didn\'t come and get me; he pulled the tap and told guests it was "out". Marisol explained the gas blend to me like I had never seen a tap.',
    lines: [
      ["Why didn't anyone come get me?", 'Ten feet away. I was ten feet away.'],
      ["Kenji: We didn't want to bother you.", 'Bother me. It is my beer.'],
      [
        'Marisol: So, nitro is a mix, right, of nitrogen and CO2, so the pressure…',
        'I set the blend. Last Tuesday.',
      ],
    ],
    assumptions: [
      ['Nobody behind the bar feels they can talk to me.', 'h20b8'],
      ["The taproom manager treats me like I'm slow.", 'h20b11'],
    ],
  },
  {
    date: '2028-03-14T18:10:00',
    set: 'D',
    title: 'The cider question',
    people: ['Priya', 'Dale'],
    tags: ['sales', 'owner', 'new products'],
    situation:
      "I went straight to Dale to kill Priya's idea of adding a hard cider, before she had presented it. He agreed with me, then said any of the contract brewers could make our beers anyway.",
    lines:
      "At 9am I went to Dale's office before the sales meeting. I said we had no tank space for cider and it would confuse the brand. He said 'Fine, no cider.' At 10am Priya started presenting the cider proposal and Dale said 'Already decided, we're not doing it.' Priya looked at me. Afterward Dale said 'Honestly, if it came to it, any contract brewer could knock out our core range.'",
    assumptions: [
      ["I go over Priya's head to Dale.", 'h20b5-rev'],
      ['The owner thinks anyone with a homebrew kit could do my job.', 'h20b1'],
    ],
  },
  {
    date: '2028-03-17T20:30:00',
    set: 'L',
    title: 'Investor tasting',
    people: ['Dale'],
    tags: ['investors', 'quality', 'tasting'],
    situation:
      "The investors came for a tasting. One of them, who I'd assumed only cared about spreadsheets, asked whether we'd ever consider cutting a beer from the range to focus on the best ones. Afterward I felt like a kid playing at being a brewer.",
    lines: [
      [
        "Investor: I'd rather you made four great beers than twelve decent ones.",
        'I did not expect that from the guy in the vest.',
      ],
      ['We could drop the wheat and the red.', 'Am I allowed to say that?'],
      [
        "Dale: Let's talk about it. Sounds like they get it.",
        'They get it better than I do. I make it up as I go.',
      ],
    ],
    assumptions: [
      ['Our backers would rather sell less and keep the beer great.', 'h20b2-not'],
      ["I'm not a real brewer, just a homebrewer who fell into this.", 'h20b10'],
    ],
  },
  {
    date: '2028-03-20T19:35:00',
    set: 'D',
    title: 'Josh on the brew schedule',
    people: ['Josh', 'Marisol'],
    tags: ['assistant brewer', 'taproom', 'schedule'],
    situation:
      "Josh volunteered to present the brew schedule at the all-staff meeting while I was at the hop farm. Marisol used the meeting to read out guest complaints under the heading 'beer quality'.",
    lines:
      "Josh sent the all-staff invite at 8am, copying Dale, with the subject 'Brew schedule update from production'. The slides used my schedule. He had added a slide titled 'Process improvements' listing the CIP checklist and the new hose caps. Marisol's section listed six complaints: four were about temperature and wait times, two about flavor. All six were filed under 'beer quality'. Josh's swab log was attached to the minutes: every tank clean.",
    assumptions: [
      ["He's buttering up the owner so he'll be next in line for my job.", 'h20b9'],
      ['The taproom manager pins customer complaints on the production side.', 'h20b4'],
      ['Josh is anything but careless when it comes to sanitizing.', 'h20b3-not'],
    ],
  },
  {
    date: '2028-03-24T18:45:00',
    set: 'L',
    title: 'Dale on the taproom redesign',
    people: ['Dale', 'Marisol'],
    tags: ['owner', 'taproom', 'redesign'],
    situation:
      'Dale hired a consultant to redesign the taproom without asking Marisol, who has run it for six years. He asked my opinion on the brewhouse window instead.',
    lines: [
      [
        "Dale: The consultant says we should open up the wall so people can see the brewing. You're the expert, where should the window go?",
        'He asked me. He actually asked.',
      ],
      ['Marisol: Did anyone think to ask the person who runs the floor?', 'Fair question.'],
      ["Dale: The consultant's handling the floor.", 'Six years she has run that floor.'],
    ],
    assumptions: [
      ["Dale doesn't value Marisol's experience running the taproom.", 'uh20b1'],
      ['Dale respects my brewing know-how.', 'h20b1-not'],
    ],
  },
  {
    date: '2028-03-27T20:55:00',
    set: 'D',
    title: 'Portland numbers again',
    people: ['Trent', 'Priya'],
    tags: ['distributor', 'sales', 'numbers'],
    situation:
      'Portland depletions were down again. Priya had already asked Dale to approve a second discount before the call with Trent.',
    lines:
      "The depletion report showed 140 cases sold in Portland in March against 410 shipped. Trent said 'It's a tough market.' He said the warehouse was holding about 300 cases of our IPA. Priya said she had 'run a second discount past Dale this morning'. Trent said 'That'll help.' Nobody mentioned that the IPA was past its best-by date.",
    assumptions: [
      [
        "Our cans just sit in the distributor's warehouse because nobody there bothers to sell them.",
        'h20b6',
      ],
      ['She skips me and gets the boss to sign off.', 'h20b5'],
    ],
  },
  {
    date: '2028-03-31T19:20:00',
    set: 'L',
    title: 'Bartender training, take two',
    people: ['Kenji', 'Ruby'],
    tags: ['taproom', 'staff', 'training'],
    situation:
      "I ran the beer training again, this time at the bar with samples instead of slides. Kenji and Ruby asked questions the whole time and Ruby asked if I'd do one every month.",
    lines: [
      ['Ruby: Wait, so why does the hazy one go off so fast?', 'Good question. Really good question.'],
      ['Oxygen. Let me show you on the canning line.', 'I know this stuff cold.'],
      ['Kenji: Can we do this every month? Way better than the binder.', 'They want to come back.'],
    ],
    assumptions: [
      ['The beertenders feel comfortable coming to me with questions.', 'h20b8-not'],
      ["I know what I'm doing in the brewhouse.", 'h20b10-not'],
    ],
  },
  {
    date: '2028-04-05T18:55:00',
    set: 'D',
    title: 'Josh and the bright tank',
    people: ['Josh'],
    tags: ['sanitation', 'assistant brewer', 'quality'],
    situation:
      'Josh skipped the acid rinse on the bright tank to get the pils canned before his interview at another brewery — he says. He also asked Dale for a title change.',
    lines:
      "The CIP log for Thursday shows caustic but no acid rinse on BBT2. Josh canned the pils at 1pm and left at 1.30. On Friday he told me he'd had 'a call' with another brewery about a head brewer role. That afternoon he emailed Dale asking to be made 'co-head brewer', copying me. The pils tested slightly hazy on Monday.",
    assumptions: [
      ['The kid is sloppy about keeping things sanitary.', 'h20b3'],
      ['The assistant brewer wants my seat.', 'h20b9'],
    ],
  },
  {
    date: '2028-04-12T20:25:00',
    set: 'L',
    title: 'Budget meeting',
    people: ['Dale', 'Marisol', 'Priya'],
    tags: ['budget', 'owner', 'investors'],
    situation:
      'Annual budget meeting with Dale, Marisol and Priya. The investor group wants payroll cut 10%, and Dale put the brewhouse headcount on the screen first. I cut Marisol off twice.',
    lines: [
      [
        'Dale: The investor group wants growth and a leaner payroll. Both.',
        'Growth first, beer somewhere after.',
      ],
      ['Dale: Brewhouse salaries are the biggest line after rent.', 'Meaning mine.'],
      ['Marisol: The taproom could actually —', "Marisol, let me finish, this isn't about the taproom."],
    ],
    assumptions: [
      ['My job is one budget meeting away from going to someone on half my salary.', 'h20b7'],
      ['For the investor group, quality is an afterthought next to growth.', 'h20b2'],
      ["I'm condescending to the taproom manager.", 'h20b11-rev'],
    ],
  },
];
