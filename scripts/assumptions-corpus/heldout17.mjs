// Seventeenth held-out set: written blind in session 8, without reading the engine, its tables, its tests, the
// probes, other splits' statements or any failure output, and without running the engine on it. To be scored once,
// by the lead, at the end of the next round; never tuned on.
// Keeper one (h17a): maintenance supervisor at an offshore wind-farm operations base in a harbour town. People:
// Ingrid (site lead, "the site lead", "she"), Torben (senior technician, "my senior tech"), Jamie (young
// technician, "the lad"), Callum (crew-transfer vessel skipper, "the skipper"), Priya (HSE advisor, "the HSE
// advisor"); groups: "head office", "the asset owner", "onshore management", "the technicians", "the crew", "the lads".
// Keeper two (h17b): associate dentist at Harlow Dental, a family-owned practice. People: Mr Harlow (practice
// owner, "the owner", "my principal", "her father"), Fiona (practice manager, his daughter), Bea (dental nurse,
// "my nurse"), Kwame (fellow associate), Donna (receptionist; "the reception team", "the front desk"), Mrs Pike
// and Mrs Okoro (patients); groups: "the patients", "the older patients", "the Harlow family".
// Traps: opposites by antonym without shared words ("relies on me to make the hard calls"), contrast inside one
// sentence reversed (availability vs safety), how others see me ("still see me as one of their own"), future
// events going opposite ways (contract lost / extended; never a partner / offered a share), negation inside words
// and nobody/never in paraphrases ("unnoticed", "nobody sees", "ignored"); direction traps between two named people
// (Torben/Jamie), me and another (Kwame's patients) and a group and me (reception team); different-object
// singletons (the contractor's mistakes, Callum's boat crew, Bea's work, Kwame as NHS capacity); self-beliefs
// without a person (asking for help, saying no, weakest clinician); passive vs active blame and dismissal.
export const groups = {
  // keeper one: offshore wind maintenance supervisor
  h17a1: ['paraphrase', "Ingrid doesn't trust my technical judgement"],
  'h17a1-not': ['opposite', 'Ingrid relies on my technical judgement'],
  h17a2: ['paraphrase', 'Torben resents me being made his supervisor'],
  h17a3: ['paraphrase', "Head office cares about availability, not the technicians' safety"],
  'h17a3-not': ['opposite', "Head office cares about the technicians' safety, not availability"],
  h17a4: ['paraphrase', 'Asking for help makes me look unfit for the supervisor job'],
  h17a5: ['paraphrase', 'I will be blamed for the delayed maintenance campaign'],
  h17a6: ['paraphrase', 'Callum cancels vessel transfers too readily because of the weather'],
  h17a7: ['paraphrase', 'Nobody listens to me in planning meetings'],
  'h17a7-not': ['opposite', 'My input is taken seriously in planning'],
  h17a8: ['paraphrase', 'Priya is trying to catch my team out'],
  h17a9: ['paraphrase', "Torben covers for Jamie's mistakes"],
  'h17a9-rev': ['direction', "Jamie covers for Torben's mistakes"],
  h17a10: ['paraphrase', 'The technicians see me as management now'],
  'h17a10-not': ['opposite', 'The technicians still see me as one of them'],
  h17a11: ['paraphrase', 'We will lose the service contract at renewal'],
  'h17a11-not': ['opposite', 'The service contract will be extended'],
  // keeper two: associate dentist in a family-owned practice
  h17b1: ['paraphrase', 'Mr Harlow sees me as mere NHS capacity, not a real clinician'],
  'h17b1-not': ['opposite', 'Mr Harlow regards me as a gifted clinician'],
  h17b2: ['paraphrase', 'Fiona takes credit for my ideas'],
  h17b3: ['paraphrase', 'Kwame is poaching my patients'],
  'h17b3-rev': ['direction', "I am taking Kwame's patients"],
  h17b4: ['paraphrase', 'Saying no to extra patients makes me look lazy or uncommitted'],
  h17b5: ['paraphrase', 'The reception team complains about me to Fiona'],
  'h17b5-rev': ['direction', 'I complain about the reception team to Fiona'],
  h17b6: ['paraphrase', 'The patients think I am inexperienced'],
  'h17b6-not': ['opposite', 'The patients see me as experienced'],
  h17b7: ['paraphrase', 'Bea reports what I say to Fiona'],
  h17b8: ['paraphrase', 'My extra hours go unnoticed by Mr Harlow'],
  'h17b8-not': ['opposite', 'Mr Harlow appreciates my extra hours'],
  h17b9: ['paraphrase', 'I will never be made a partner'],
  'h17b9-not': ['opposite', 'I will be offered a partnership'],
  h17b10: ['paraphrase', "I will be dismissed over Mrs Pike's complaint"],
  h17b11: ['paraphrase', 'I am the weakest dentist in the practice'],
  'h17b11-not': ['opposite', 'I am as good a dentist as the others'],
};

export const entries = [
  {
    date: '2027-05-03T19:40:00',
    set: 'L',
    title: 'Blade repair sign-off with Ingrid',
    people: ['Ingrid'],
    tags: ['site-lead', 'blades'],
    situation:
      'Morning stand-up at the base. I wanted to sign off the leading-edge repair on turbine C07 myself.',
    lines: [
      [
        "Me: The repair on C07 is done, I'm happy for it to go back into service.",
        'I have done forty of these.',
      ],
      [
        "Ingrid: Send me the photos first, and I'll get the blade specialist to look too.",
        "So my word isn't enough.",
      ],
      ["Me: Fine, I'll send them over after lunch.", 'And the lads watching will know I got overruled.'],
    ],
    assumptions: [
      ["Ingrid doesn't trust my judgement on the blade repairs.", 'h17a1'],
      ["The technicians think I've gone over to management.", 'h17a10'],
    ],
  },
  {
    date: '2027-05-04T20:15:00',
    set: 'L',
    title: 'Monday list with Mr Harlow',
    people: ['Mr Harlow'],
    tags: ['owner', 'workload'],
    situation: "Mr Harlow stopped by my surgery at 8:20 to hand me the week's list.",
    lines: [
      [
        "Mr Harlow: I've put the NHS recalls and the two new-patient exams on you this week.",
        'Again. The implant consult went to him.',
      ],
      ["Me: I'd like to do more of the restorative work at some point.", 'I said "at some point". Coward.'],
      [
        "Mr Harlow: Let's see how the numbers look in the summer.",
        "He didn't mention that I did both Saturdays last month.",
      ],
    ],
    assumptions: [
      ['Mr Harlow sees me as a pair of hands for the NHS list.', 'h17b1'],
      ['My extra hours go unnoticed by Mr Harlow.', 'h17b8'],
    ],
  },
  {
    date: '2027-05-05T21:05:00',
    set: 'L',
    title: 'Torben and the torque log',
    people: ['Torben', 'Jamie'],
    tags: ['technicians', 'quality'],
    situation: 'Checking the torque logs from the B-string bolt campaign in the workshop.',
    lines: [
      ["Me: Two of Jamie's bolt readings on B11 are missing.", 'Third time this month.'],
      ["Torben: I'll sort it, I was with him, they were fine.", 'You always say that.'],
      ['Torben: If you want them redone, you can climb it yourself, boss.', 'The "boss" was not friendly.'],
      ['Me: Just get them into the log by Friday.', 'I backed off. Again.'],
    ],
    assumptions: [
      ['Torben resents having me as his supervisor.', 'h17a2'],
      ["Torben covers for Jamie's mistakes.", 'h17a9'],
    ],
  },
  {
    date: '2027-05-06T19:30:00',
    set: 'L',
    title: 'Staff meeting: the recall idea',
    people: ['Fiona', 'Bea'],
    tags: ['practice-manager', 'nurse', 'meeting'],
    situation: 'Monthly staff meeting in the waiting room after closing.',
    lines: [
      [
        "Fiona: I've been thinking we should text recalls instead of posting letters.",
        'I suggested exactly that in March. To her. In writing.',
      ],
      ["Bea: That's what you were saying, isn't it?", 'Bea looked at me, then at Fiona.'],
      ["Me: Yes, I think it's a good idea.", 'Why did I say nothing more?'],
      [
        "Fiona: Bea mentioned you weren't happy about the Thursday list, by the way.",
        'I only said that to Bea, in surgery, with the door shut.',
      ],
    ],
    assumptions: [
      ['Fiona takes credit for my ideas.', 'h17b2'],
      ['Bea tells Fiona everything I say in the surgery.', 'h17b7'],
    ],
  },
  {
    date: '2027-05-07T18:50:00',
    set: 'D',
    title: 'Availability report from head office',
    people: ['Ingrid'],
    tags: ['head-office', 'safety'],
    situation: "Weekly availability report forwarded by Ingrid with head office's comments.",
    lines:
      'The report showed 96.1% availability against a 97% target. Head office\'s comment, in red, asked why three turbines had been stopped for "non-critical" ladder inspections. Ingrid forwarded it with "please discuss Monday". The ladder inspections were booked because a technician found a cracked rung on C02. Nothing in the email mentioned the rung. The same email said our parts order from the usual supplier was delayed "due to their restructuring".',
    assumptions: [
      ["Head office cares about availability figures, not the technicians' safety.", 'h17a3'],
      ['The spare-parts supplier is about to go bust.', 'uh17a3'],
    ],
  },
  {
    date: '2027-05-08T13:10:00',
    set: 'L',
    title: 'Saturday squeeze-in',
    people: ['Donna', 'Fiona'],
    tags: ['reception', 'workload'],
    situation: 'Saturday morning session; Donna rang through at 11:50 to add an emergency.',
    lines: [
      [
        "Donna: There's a broken tooth in reception, can you fit him in before you go?",
        'I have been here since 8 and I have nothing left.',
      ],
      ["Me: I can't today, can he see Kwame on Monday morning?", 'Cue the sigh.'],
      ["Donna: Okay. I'll let Fiona know.", 'Let Fiona know what, exactly?'],
    ],
    assumptions: [
      ['Saying no to an extra patient makes me look lazy.', 'h17b4'],
      ['The reception team complains about me to Fiona.', 'h17b5'],
    ],
  },
  {
    date: '2027-05-10T20:25:00',
    set: 'L',
    title: 'Weather call with Callum',
    people: ['Callum', 'Ingrid'],
    tags: ['vessel', 'weather'],
    situation:
      'Crew-transfer boat at the quay at 06:30, forecast 1.4 m significant wave height, limit 1.5 m.',
    lines: [
      [
        "Callum: I'm not taking them out today, it'll build by noon.",
        'It is 1.4 and the other operator is sailing.',
      ],
      [
        'Me: Could we do the near turbines and come back early?',
        "I should ring Ingrid and ask what she'd do. But I won't.",
      ],
      ['Callum: My boat, my call.', 'And my turbines stay down another day.'],
    ],
    assumptions: [
      ['Callum calls off transfers at the first sign of swell.', 'h17a6'],
      ["Asking for help makes me look like I'm not up to the supervisor job.", 'h17a4'],
    ],
  },
  {
    date: '2027-05-11T19:55:00',
    set: 'D',
    title: 'Kwame and Mr Dale',
    people: ['Kwame'],
    tags: ['associate', 'patients'],
    situation: "Mr Dale, one of my regular patients since I started, appeared on Kwame's list.",
    lines:
      'Mr Dale has been on my list for two years. On the day list he was booked with Kwame for a crown prep. Kwame said at lunch, "Your guy Dale asked for me, said his wife recommended me." Donna said the booking was made on the phone while I was in surgery. At check-out Mr Dale said to Donna, "Is the other dentist still a bit new?"',
    assumptions: [
      ['Kwame is poaching my patients.', 'h17b3'],
      ["The patients think I'm inexperienced.", 'h17b6'],
    ],
  },
  {
    date: '2027-05-12T21:00:00',
    set: 'D',
    title: 'Planning call: gearbox swap',
    people: ['Ingrid'],
    tags: ['planning', 'site-lead'],
    situation: 'Weekly planning call with Ingrid, the planners and the crane contractor.',
    lines:
      'I said twice that the jack-up crane is only free in week 24. The planner put the gearbox swap in week 22. Ingrid said, "Let\'s keep 22 and see." The call moved on to the next item. After the call Ingrid sent the plan with the crane for week 22 and a note, "please double-check the lifting plan with me before you send it".',
    assumptions: [
      ['The site lead second-guesses every call I make.', 'h17a1'],
      ['Nobody in the planning meeting listens to me.', 'h17a7'],
    ],
  },
  {
    date: '2027-05-13T20:40:00',
    set: 'D',
    title: 'Sterilisation room and the compressor',
    people: ['Bea'],
    tags: ['nurse', 'equipment', 'confidence'],
    situation: 'The compressor cut out twice during my afternoon list; Bea reset it.',
    lines:
      'The compressor stopped at 14:10 and again at 15:45; Bea reset it both times. The engineer had replaced a valve two weeks ago. My 15:00 patient, a woman in her sixties, asked at the desk if she could "wait for Mr Harlow next time". Bea said the composite I placed on the upper left was "fine" and then checked the bite again herself. Kwame\'s composite case on the same day took him half the time.',
    assumptions: [
      ["I'm the weakest clinician in the practice.", 'h17b11'],
      ['The new compressor will break down again before the inspection.', 'uh17b3'],
      ['Patients would rather wait for a more senior dentist than see me.', 'h17b6'],
    ],
  },
  {
    date: '2027-05-14T19:20:00',
    set: 'L',
    title: "Priya's spot check",
    people: ['Priya'],
    tags: ['hse', 'safety'],
    situation: 'Priya turned up unannounced at the quay while my team was loading the boat.',
    lines: [
      ['Priya: Whose harness is this with no inspection tag?', 'It was tagged yesterday, the tag fell off.'],
      ['Me: It was inspected yesterday, I can show you the register.', "She wasn't listening."],
      ["Priya: I'll need to put it in my report anyway.", "Another report with my team's name on it."],
      ["Me: We're already two days behind on the campaign.", "And you know who that's going to land on."],
    ],
    assumptions: [
      ['Priya is looking for a reason to write up my team.', 'h17a8'],
      ['The blame for the missed maintenance window will be put on me.', 'h17a5'],
    ],
  },
  {
    date: '2027-05-15T17:45:00',
    set: 'L',
    title: 'Partnership question, sort of',
    people: ['Mr Harlow'],
    tags: ['owner', 'career'],
    situation: 'End of the day, Mr Harlow in the corridor talking about his retirement in a few years.',
    lines: [
      ['Mr Harlow: Fiona will need good people around her when I step back.', 'Around her. Not with her.'],
      [
        "Me: I'd be interested in talking about the future, when you're ready.",
        "Say the word partnership. I didn't.",
      ],
      [
        "Mr Harlow: Of course. Now, can you take Mrs Allen's check-up tomorrow, it's only a quick one?",
        'Always the quick ones.',
      ],
    ],
    assumptions: [
      ["My principal thinks I'm only good for check-ups and fillings.", 'h17b1'],
      ['I will never be made a partner here.', 'h17b9'],
    ],
  },
  {
    date: '2027-05-17T20:10:00',
    set: 'L',
    title: 'Torben at the toolbox talk',
    people: ['Torben'],
    tags: ['technicians', 'team'],
    situation: 'Monday toolbox talk. I was reading out the new climbing procedure.',
    lines: [
      [
        "Torben: We've done it the old way for twelve years and nobody fell off.",
        'He says that to the room, not to me.',
      ],
      ["Me: It's from the owner, we have to follow it.", '"It\'s from the owner." Listen to me.'],
      ['Torben: Sure. Whatever the office wants.', 'The lads laughed.'],
    ],
    assumptions: [
      ['He thinks the supervisor job should have been his.', 'h17a2'],
      ['My old crew see me as one of the office lot now.', 'h17a10'],
    ],
  },
  {
    date: '2027-05-18T19:05:00',
    set: 'D',
    title: "Mrs Pike's complaint letter",
    people: ['Mrs Pike', 'Mr Harlow'],
    tags: ['complaint', 'patients', 'owner'],
    situation: 'Mr Harlow handed me a copy of a written complaint from Mrs Pike.',
    lines:
      'Mrs Pike wrote that the filling I placed on 28 April still hurts and that I "seemed rushed". Mr Harlow gave me the letter at 9:00 and said, "We need to reply within three days, let\'s talk at lunch." At lunch he was with a rep and we did not talk. The letter also mentions that her husband has been ill and she has not been sleeping. Her notes show a cold sensitivity test was normal.',
    assumptions: [
      ["I'll be let go over Mrs Pike's complaint.", 'h17b10'],
      ["Mrs Pike's pain is more about the stress at home than the tooth.", 'uh17b4'],
    ],
  },
  {
    date: '2027-05-19T21:30:00',
    set: 'D',
    title: 'Callum and the Tuesday window',
    people: ['Callum', 'Torben', 'Jamie'],
    tags: ['vessel', 'weather', 'technicians'],
    situation: 'Second cancelled transfer this week, logged in the marine coordination sheet.',
    lines:
      'Callum cancelled the 07:00 transfer at 05:50 by text: "swell building, not going". The buoy read 1.2 m at 07:00 and 1.3 m at noon. The other operator\'s boat sailed to the neighbouring farm. Torben and Jamie spent the day in the workshop; Torben redid the torque log for B11 and signed it himself, although Jamie had done the work.',
    assumptions: [
      ['The skipper uses the weather as an excuse to stay in harbour.', 'h17a6'],
      ['Torben keeps hiding the errors Jamie makes.', 'h17a9'],
    ],
  },
  {
    date: '2027-05-20T20:35:00',
    set: 'L',
    title: "Fiona's practice newsletter",
    people: ['Fiona', 'Mr Harlow'],
    tags: ['practice-manager', 'owner', 'recognition'],
    situation: 'Practice newsletter draft circulated by Fiona; I stayed till 19:30 finishing notes.',
    lines: [
      [
        "Fiona: The newsletter says we're launching evening appointments — great idea, wasn't it?",
        'Evening clinics were my proposal. In the staff meeting. In January.',
      ],
      ["Me: I'm glad it's happening.", 'Glad and invisible.'],
      [
        "Mr Harlow (passing): Still here? Don't forget to lock up.",
        "I've been doing the late clinics for three weeks.",
      ],
    ],
    assumptions: [
      ['The practice manager passes my suggestions off as her own.', 'h17b2'],
      ['The owner never notices the evenings I stay late.', 'h17b8'],
    ],
  },
  {
    date: '2027-05-21T19:45:00',
    set: 'L',
    title: 'Morning briefing, crane again',
    people: ['Ingrid'],
    tags: ['planning', 'head-office'],
    situation: 'Morning briefing with Ingrid and two planners from head office on video.',
    lines: [
      ["Me: The crane problem is still there, week 22 won't work.", "Third time I've said it."],
      ["Planner: Let's take that offline.", 'Offline means never.'],
      ['Ingrid: Next item, the availability bonus.', 'Of course. The bonus.'],
    ],
    assumptions: [
      ['My views get ignored at the morning briefing.', 'h17a7'],
      ['For the asset owner the megawatt-hours matter more than the people climbing the towers.', 'h17a3'],
    ],
  },
  {
    date: '2027-05-22T14:20:00',
    set: 'D',
    title: "Mrs Okoro's first visit",
    people: ['Mrs Okoro'],
    tags: ['patients', 'workload'],
    situation: 'New-patient exam for Mrs Okoro, booked into my lunch break by reception.',
    lines:
      'Mrs Okoro asked how long I had been qualified. I said six years. She said, "You look like you\'re just out of school." She asked if Mr Harlow could "have a look as well". The appointment was in my lunch slot; I had agreed to it at 8:30 when Donna asked. I ate at 15:10.',
    assumptions: [
      ["The older patients assume I'm too young to know what I'm doing.", 'h17b6'],
      ["If I refuse a double-booked slot I'll be seen as not pulling my weight.", 'h17b4'],
    ],
  },
  {
    date: '2027-05-24T20:00:00',
    set: 'L',
    title: "Converter fault I couldn't diagnose",
    people: ['Ingrid'],
    tags: ['site-lead', 'contract'],
    situation: 'Converter fault on C11 that none of us could find. Ingrid asked for an update at 17:00.',
    lines: [
      ['Ingrid: Where are we on C11?', "Nowhere. I have no idea what's wrong with it."],
      [
        "Me: We're working through it, should have it tomorrow.",
        "I could have rung the manufacturer's hotline at noon.",
      ],
      ["Ingrid: The owner's asking. They're looking at the renewal numbers.", 'There it is.'],
    ],
    assumptions: [
      ["If I admit I don't know something, the crew will stop respecting me.", 'h17a4'],
      ["We'll lose the service contract at renewal.", 'h17a11'],
    ],
  },
  {
    date: '2027-05-25T19:15:00',
    set: 'L',
    title: 'Bea and the Thursday list',
    people: ['Bea', 'Fiona'],
    tags: ['nurse', 'reception', 'practice-manager'],
    situation: 'Fiona came into surgery three at lunch to talk about overruns.',
    lines: [
      [
        "Fiona: I hear you're finding the Thursday list too much.",
        "I said that to Bea at 11:00. It's 13:00.",
      ],
      [
        'Me: Honestly, reception books new patients into twenty-minute slots and it never works.',
        'I went straight to blaming the front desk. Not my proudest moment.',
      ],
      ["Fiona: I'll talk to Donna.", 'Donna will know it came from me.'],
    ],
    assumptions: [
      ['My nurse repeats my complaints to the practice manager.', 'h17b7'],
      ['I complain about the reception team to Fiona.', 'h17b5-rev'],
    ],
  },
  {
    date: '2027-05-26T21:10:00',
    set: 'L',
    title: 'C07 back into service',
    people: ['Ingrid', 'Torben'],
    tags: ['site-lead', 'technicians'],
    situation: 'Ingrid and Torben in the control room discussing whether to restart C07.',
    lines: [
      ["Me: C07 is ready, I'd like to restart it this afternoon.", 'Please just say yes.'],
      [
        "Ingrid: Let's wait for the specialist's report. Torben, can you check the contractor's work on the pitch bearing?",
        'Not me. Torben.',
      ],
      [
        "Torben: The contractor's fine, I'll tidy up their paperwork.",
        'Tidy up meaning hide the missing step.',
      ],
    ],
    assumptions: [
      ["She won't let me decide when a turbine goes back into service.", 'h17a1'],
      ["Torben covers for the contractor's mistakes.", 'uh17a1'],
    ],
  },
  {
    date: '2027-05-27T20:50:00',
    set: 'L',
    title: 'Kwame and my leave',
    people: ['Kwame', 'Fiona'],
    tags: ['associate', 'patients', 'confidence'],
    situation: "Back from a week's leave; Fiona mentioned Kwame had seen several of my patients.",
    lines: [
      [
        'Fiona: Kwame kindly took your emergencies last week. A few want to stay with him.',
        'A few. Which few?',
      ],
      ['Kwame: They just liked the evening slots, nothing personal.', 'Nothing personal. Sure.'],
      [
        'Me: Of course, whatever suits the patients.',
        "Maybe they're right to switch. His work is cleaner than mine.",
      ],
    ],
    assumptions: [
      ["He's steering my regulars onto his own list while I'm on leave.", 'h17b3'],
      ['Everyone else here is a better dentist than me.', 'h17b11'],
    ],
  },
  {
    date: '2027-05-28T19:35:00',
    set: 'D',
    title: "Priya's audit report",
    people: ['Priya'],
    tags: ['hse', 'delays'],
    situation: "Priya's monthly audit report arrived by email.",
    lines:
      'The report listed six findings: four for my team, one for the vessel crew, one for the warehouse. The harness tag was listed as a "major" finding. My team was named; the vessel crew was referred to as "marine operations". The campaign tracker shows 14 turbines done of 22 planned by the end of May. Ingrid was copied on both.',
    assumptions: [
      ['The HSE advisor wants to catch us breaking a rule.', 'h17a8'],
      ["When the summer campaign overruns, I'm the one who'll carry the can.", 'h17a5'],
    ],
  },
  {
    date: '2027-05-29T16:00:00',
    set: 'D',
    title: 'Reply to Mrs Pike',
    people: ['Mr Harlow', 'Mrs Pike'],
    tags: ['complaint', 'owner'],
    situation: "Finally discussed the reply to Mrs Pike's complaint with Mr Harlow.",
    lines:
      'Mr Harlow read my draft reply and changed two sentences. He said, "I\'ll offer her a review appointment with me." He said the indemnity provider should be told "just in case". He then asked whether I could take two more NHS exams on Friday because Kwame was on a course. He did not ask about my view of the clinical case.',
    assumptions: [
      ['The owner will use this complaint to get rid of me.', 'h17b10'],
      ["The owner doesn't see me as a proper clinician, just extra capacity.", 'h17b1'],
    ],
  },
  {
    date: '2027-05-31T20:20:00',
    set: 'L',
    title: "Torben's leaving drinks comment",
    people: ['Torben'],
    tags: ['technicians', 'team'],
    situation: 'Leaving drinks for a retiring technician at the harbour pub.',
    lines: [
      ['Torben: To Henrik, the last of the real technicians.', 'Everyone looked at me.'],
      ['Me: To Henrik.', 'I used to be one of the real technicians.'],
      ['Torben: Some of us got promoted, some of us stayed on the tools.', 'Aimed straight at me.'],
    ],
    assumptions: [
      ["Torben hasn't forgiven me for getting the promotion over him.", 'h17a2'],
      ['The lads think I sold out when I took the promotion.', 'h17a10'],
    ],
  },
  {
    date: '2027-06-01T19:40:00',
    set: 'L',
    title: 'Second Saturday in a row',
    people: ['Donna'],
    tags: ['reception', 'workload', 'recognition'],
    situation: 'Donna asked on Tuesday if I could cover Saturday again because Kwame was away.',
    lines: [
      [
        "Donna: Could you do Saturday again? I've already booked three in.",
        'You booked them before asking me.',
      ],
      ['Me: Yes, okay.', "That's the fourth Saturday since April."],
      ['Donna: Brilliant, thanks.', "Mr Harlow won't hear about this. He never does."],
    ],
    assumptions: [
      ['Nobody sees the Saturday sessions I cover.', 'h17b8'],
      ['Setting limits on my day gets a dentist labelled as difficult.', 'h17b4'],
    ],
  },
  {
    date: '2027-06-02T21:15:00',
    set: 'D',
    title: 'Gearbox decision goes my way',
    people: ['Ingrid'],
    tags: ['site-lead', 'planning'],
    situation: 'Planning call. The crane contractor confirmed week 22 was impossible.',
    lines:
      'The crane contractor emailed at 08:00 that the jack-up would not be free until week 24. Ingrid said on the call, "You called that one. What do you want to do with the gearboxes?" I proposed swapping the order of C11 and C14. She said, "Do it, you don\'t need to run it past me." The planner moved on to the next item without discussing my earlier warning.',
    assumptions: [
      ['Ingrid has complete faith in my calls on the gearboxes.', 'h17a1-not'],
      ['Whatever I raise on the planning call goes nowhere.', 'h17a7'],
    ],
  },
  {
    date: '2027-06-03T20:05:00',
    set: 'L',
    title: 'Fiona and her father on the recall system',
    people: ['Fiona', 'Mr Harlow'],
    tags: ['practice-manager', 'owner', 'career'],
    situation: 'Mr Harlow thanked Fiona in front of me for the new text recall system.',
    lines: [
      ["Mr Harlow: Fiona's recall texts have filled the June book already.", "Fiona's recall texts."],
      ['Fiona: It was such an obvious idea, really.', 'It was obvious. I said it in March.'],
      ["Me: It's working well.", "And one day she'll own this place and I'll still be here doing recalls."],
    ],
    assumptions: [
      ['She told her father the online recall system was her idea.', 'h17b2'],
      ['The partnership will always stay in the Harlow family.', 'h17b9'],
    ],
  },
  {
    date: '2027-06-04T19:50:00',
    set: 'L',
    title: "Jamie's first lead climb",
    people: ['Torben', 'Jamie'],
    tags: ['technicians', 'contract'],
    situation: 'Jamie asked to lead a climb on C14; Torben said he would shadow him.',
    lines: [
      [
        'Jamie: Can I lead the C14 climb tomorrow?',
        "He's not ready, but Torben will make it look like he is.",
      ],
      ["Torben: He'll be fine, I'll be right behind him.", 'Behind him with an eraser.'],
      [
        'Me: Okay, but I want to see the checklist afterwards.',
        "I should ask Ingrid whether Jamie is signed off to lead. I'm not going to.",
      ],
      [
        "Torben: Relax, the owner's going to keep us here for years anyway.",
        "He heard something at the owner's visit.",
      ],
    ],
    assumptions: [
      ['A supervisor who has to ask questions looks out of their depth.', 'h17a4'],
      ['Torben shields Jamie whenever the lad gets a torque check wrong.', 'h17a9'],
      ['The owner is bound to extend our contract for another five years.', 'h17a11-not'],
    ],
  },
  {
    date: '2027-06-05T12:40:00',
    set: 'D',
    title: "Regulars' feedback cards",
    people: ['Mrs Okoro'],
    tags: ['patients', 'confidence'],
    situation: "Fiona left the month's patient feedback cards on my desk.",
    lines:
      'Eleven cards named me. Nine were rated five out of five. Mrs Okoro wrote, "Much better than I expected, very calm and clear." Two regulars wrote that they had "been with her for years and wouldn\'t go anywhere else". One card said the wait was too long. Kwame had eight cards, seven rated five.',
    assumptions: [
      ['My regular patients regard me as an experienced dentist.', 'h17b6-not'],
      ["I'm as capable as any dentist at Harlow Dental.", 'h17b11-not'],
    ],
  },
  {
    date: '2027-06-07T20:30:00',
    set: 'D',
    title: 'Head office visit',
    people: ['Ingrid'],
    tags: ['head-office', 'safety', 'technicians'],
    situation: 'Two directors from head office visited the base with Ingrid.',
    lines:
      'The directors spent forty minutes on the availability dashboard and ten minutes in the workshop. One asked, "Can the ladder inspections be done during low wind?" Ingrid said yes. In the workshop Jamie showed them the cracked rung from C02; the director said "good catch". At lunch the technicians sat with me and asked what the directors were "really" here for.',
    assumptions: [
      ['Onshore management would trade a safe climb for a few more hours of uptime.', 'h17a3'],
      ['The technicians still see me as one of their own.', 'h17a10-not'],
    ],
  },
  {
    date: '2027-06-08T19:25:00',
    set: 'L',
    title: 'Donna and the late finish',
    people: ['Donna', 'Fiona', 'Bea'],
    tags: ['reception', 'practice-manager', 'nurse'],
    situation: 'My list ran 25 minutes over; Fiona mentioned it the next morning.',
    lines: [
      [
        'Fiona: Donna said you ran late again and two patients left without paying.',
        "Donna didn't say a word to me.",
      ],
      ['Me: The 16:20 was a difficult extraction.', 'Which Bea documented beautifully, by the way.'],
      [
        "Fiona: And the sterilisation audit is in, I've told Dad it's all done.",
        'Bea did that audit, every page of it.',
      ],
    ],
    assumptions: [
      ['Donna and the front desk go to the practice manager behind my back about my running late.', 'h17b5'],
      ["Fiona takes credit for Bea's work on the sterilisation audit.", 'uh17b1'],
    ],
  },
  {
    date: '2027-06-09T21:00:00',
    set: 'L',
    title: 'Campaign review with head office',
    people: ['Callum'],
    tags: ['head-office', 'vessel', 'contract', 'delays'],
    situation: 'Video call on the campaign, Callum joining from the boat.',
    lines: [
      [
        "Head office: We're at 16 of 22. What's the plan for the rest?",
        'The plan was fine until the boat stayed in.',
      ],
      [
        "Callum: Weather's been marginal, I won't apologise for keeping people safe.",
        'Marginal. The other boats went.',
      ],
      ["Me: We'll recover it in June.", "We won't, and it'll be on me."],
      [
        "Head office: The owner's watching this closely with the tender coming up.",
        'Read: someone else is cheaper.',
      ],
    ],
    assumptions: [
      ['Head office will pin the campaign delays on me.', 'h17a5'],
      ['He scrubs sailings that other boats would happily make.', 'h17a6'],
      ['The owner will hand the maintenance contract to another firm.', 'h17a11'],
    ],
  },
  {
    date: '2027-06-10T20:15:00',
    set: 'D',
    title: "Mr Harlow's overtime comment",
    people: ['Kwame', 'Mr Harlow'],
    tags: ['owner', 'associate', 'career'],
    situation: 'Associate meeting with Mr Harlow and Kwame about the summer rota.',
    lines:
      'Mr Harlow put the summer rota on the screen. I was down for four Saturdays, Kwame for one. Mr Harlow said, "You\'re used to Saturdays by now." Kwame\'s list showed six of my former regulars. Mr Harlow mentioned that "Fiona will be taking on more of the business side from next year".',
    assumptions: [
      ['My fellow associate is quietly building his book from my patient list.', 'h17b3'],
      ['Mr Harlow takes my overtime for granted.', 'h17b8'],
      ['Mr Harlow is keeping the practice for Fiona, not for me.', 'h17b9'],
    ],
  },
  {
    date: '2027-06-11T19:55:00',
    set: 'D',
    title: "Ingrid's question about the pitch bearing",
    people: ['Ingrid', 'Priya', 'Callum'],
    tags: ['site-lead', 'hse', 'vessel'],
    situation: "Ingrid rang after the specialist's report on C07.",
    lines:
      "The specialist's report agreed with my assessment of C07. Ingrid asked me to send her my assessments on the next three turbines \"before anything restarts\". She also mentioned that Priya had asked for the vessel log of Callum's boat for the last month, including the transfer times and the crew's rest hours.",
    assumptions: [
      ['Ingrid thinks my technical calls need checking by someone senior.', 'h17a1'],
      ["Priya is looking for a reason to write up Callum's boat crew.", 'uh17a2'],
    ],
  },
  {
    date: '2027-06-12T13:30:00',
    set: 'L',
    title: 'Bea in surgery three',
    people: ['Bea'],
    tags: ['nurse', 'confidence'],
    situation: 'Quiet Saturday morning; I said to Bea I was tired of the rota.',
    lines: [
      ["Me: Four Saturdays. I'm starting to feel like the practice workhorse.", 'Why am I telling her this?'],
      ['Bea: You should say that to Fiona.', 'Or you will, for me.'],
      [
        'Me: Maybe. Can you pass me the shade guide?',
        'The shade on that upper incisor was wrong last week. Kwame would have got it right.',
      ],
    ],
    assumptions: [
      ['She passes on every grumble I make in surgery three to the front office.', 'h17b7'],
      ["My work isn't up to the standard of the others in this building.", 'h17b11'],
    ],
  },
  {
    date: '2027-06-14T20:40:00',
    set: 'L',
    title: 'Not calling the manufacturer',
    people: ['Ingrid'],
    tags: ['confidence', 'planning'],
    situation: 'C11 converter fault came back. The weekly planning call decided the next steps.',
    lines: [
      ['Planner: What do you recommend for C11?', "They're actually asking."],
      [
        'Me: Replace the whole converter module rather than chase the fault.',
        'I should have said this a fortnight ago.',
      ],
      ['Ingrid: Agreed. Planners, put it in as proposed.', 'Done exactly as I said.'],
      [
        "Me (after): I'll sort the module myself, no need to get the manufacturer involved.",
        "Calling them would show I couldn't fix it.",
      ],
    ],
    assumptions: [
      ["Ringing round for advice shows I can't cope.", 'h17a4'],
      ['My input genuinely shapes the weekly plan.', 'h17a7-not'],
    ],
  },
  {
    date: '2027-06-15T19:10:00',
    set: 'D',
    title: "Mrs Pike's review appointment",
    people: ['Mr Harlow', 'Fiona'],
    tags: ['complaint', 'owner'],
    situation: 'Mr Harlow saw Mrs Pike for the review and told me afterwards.',
    lines:
      'Mr Harlow said the filling was "perfectly fine" and he had adjusted the bite. He said Mrs Pike was happy and the complaint was closed. He then told Fiona to book the next two implant consultations with him "for now". Fiona asked me whether my indemnity renewal was up to date.',
    assumptions: [
      ["He keeps the implant cases away from me because he doesn't rate my skills.", 'h17b1'],
      ['This complaint could cost me my associate contract.', 'h17b10'],
    ],
  },
  {
    date: '2027-06-16T21:20:00',
    set: 'L',
    title: "Jamie's incident report",
    people: ['Torben', 'Priya', 'Jamie'],
    tags: ['hse', 'technicians'],
    situation: 'Near miss on C14: a dropped spanner. Priya interviewed the team.',
    lines: [
      ['Priya: Who was tethering tools on the nacelle?', 'She already knows. She wants us to say it.'],
      [
        "Jamie: That was me, Torben had already told me to check the lanyard and I hadn't.",
        "Jamie taking the fall for Torben's spanner.",
      ],
      [
        "Torben: Well, it's the supervisor who signs the method statement.",
        'Thanks, Torben. Worth the wait.',
      ],
    ],
    assumptions: [
      ['My senior tech is bitter that I was made his boss.', 'h17a2'],
      ['She audits our work hoping to find something wrong.', 'h17a8'],
      ["Jamie covers for Torben's mistakes.", 'h17a9-rev'],
    ],
  },
  {
    date: '2027-06-17T20:00:00',
    set: 'L',
    title: "Kwame's implant patient",
    people: ['Kwame', 'Mr Harlow'],
    tags: ['associate', 'patients', 'owner'],
    situation: 'Kwame said a patient he had been treating for years had asked to move to me.',
    lines: [
      [
        'Kwame: Mrs Reid wants to switch to you. Did you say something to her?',
        'I did mention I had evening slots. Oops.',
      ],
      ['Me: Only that I had evening appointments free.', 'Which is exactly what he did to me in May.'],
      [
        "Mr Harlow: Kwame, don't worry, you've got plenty of NHS exams to keep you busy.",
        "So it's not only me he sees like that.",
      ],
    ],
    assumptions: [
      ["I've been taking Kwame's patients without meaning to.", 'h17b3-rev'],
      ['Mr Harlow sees Kwame as just a pair of hands for the NHS list.', 'uh17b2'],
    ],
  },
  {
    date: '2027-06-18T19:30:00',
    set: 'D',
    title: 'Crane problem again',
    people: ['Ingrid'],
    tags: ['planning', 'site-lead'],
    situation: 'Weekly planning call; the crane contractor was late again.',
    lines:
      'I raised that the crane contractor had moved our slot twice. A planner started speaking over me after about ten seconds. Ingrid said, "Let him finish." She then said to the planners, "When it comes to the gearboxes, I go with what the base says." The call ended with the crane question marked "open".',
    assumptions: [
      ['The site lead relies on me to make the hard calls.', 'h17a1-not'],
      ['I get talked over every time I bring up the crane problem.', 'h17a7'],
    ],
  },
  {
    date: '2027-06-19T17:05:00',
    set: 'L',
    title: 'Fiona and the staff day',
    people: ['Fiona', 'Donna'],
    tags: ['practice-manager', 'reception', 'meeting'],
    situation: 'Staff training day; Fiona presented the plan for the second half of the year.',
    lines: [
      [
        'Fiona: My big idea for the autumn is a hygiene-only evening clinic.',
        'I wrote that in my appraisal form. She has the form.',
      ],
      ['Me: That sounds familiar.', 'Best I could manage.'],
      [
        "Donna: And we'd like the dentists to finish on time so we can get out too.",
        'Looked at me while saying it.',
      ],
      ["Fiona: Yes, I've had a few comments about that.", 'A few comments from the front desk.'],
    ],
    assumptions: [
      ['Fiona presents whatever I propose at the staff meeting as something she thought of.', 'h17b2'],
      ['The receptionists grumble to Fiona whenever my list overruns.', 'h17b5'],
    ],
  },
  {
    date: '2027-06-21T20:45:00',
    set: 'L',
    title: 'Priya on the quay, and the safety memo',
    people: ['Priya', 'Ingrid'],
    tags: ['hse', 'head-office', 'technicians'],
    situation:
      'Head office issued a memo stopping all climbs above 12 m/s wind. Priya handed it out on the quay.',
    lines: [
      [
        'Priya: From today, no climbs above 12 metres per second, availability or not.',
        'Head office actually said "availability or not".',
      ],
      [
        'Me: Good. The lads have been asking for that for years.',
        'The lads stood behind Priya, not behind me.',
      ],
      [
        "Priya: I'll be checking the wind logs against your climb times every week.",
        'Every week. Just for us.',
      ],
      ["Ingrid: Let's all make this work.", ''],
    ],
    assumptions: [
      ["Head office puts the technicians' safety ahead of the availability figures.", 'h17a3-not'],
      ['The crew no longer see me as one of them.', 'h17a10'],
      ['Priya is building a case against my crew.', 'h17a8'],
    ],
  },
  {
    date: '2027-06-22T19:50:00',
    set: 'D',
    title: 'A word from Mr Harlow',
    people: ['Mr Harlow'],
    tags: ['owner', 'recognition'],
    situation: 'Mr Harlow asked me into his office at the end of the day.',
    lines:
      'Mr Harlow said, "I know you\'ve been doing most of the Saturdays, and I\'ve noticed." He gave me a card with a voucher. He said he had looked at my endodontic cases from the spring and that they were "among the best work in the building". He asked if I would take on the referred root canals from July.',
    assumptions: [
      ["Mr Harlow appreciates the extra sessions I've been doing.", 'h17b8-not'],
      ['Mr Harlow regards me as a gifted clinician.', 'h17b1-not'],
    ],
  },
  {
    date: '2027-06-24T21:25:00',
    set: 'D',
    title: 'End of June turbine count',
    people: ['Ingrid'],
    tags: ['delays', 'contract', 'site-lead'],
    situation: 'Month-end campaign report, sent to Ingrid and head office.',
    lines:
      'Nineteen of 22 turbines done by 24 June; C11, C14 and C20 still offline. The tender documents for the next service contract were published on the owner\'s portal the same day. Ingrid replied to my report with "thanks, let\'s talk about the tender on Monday". She did not comment on the three turbines.',
    assumptions: [
      ["I'll be held responsible for the turbines still offline at the end of June.", 'h17a5'],
      ['This base will be shut down when the contract ends.', 'h17a11'],
    ],
  },
  {
    date: '2027-06-27T18:15:00',
    set: 'L',
    title: 'Talking about the autumn',
    people: ['Mr Harlow', 'Donna'],
    tags: ['owner', 'career', 'reception'],
    situation: 'Mr Harlow asked to talk about "the autumn" after clinic; Donna was locking up.',
    lines: [
      [
        "Mr Harlow: I'd like us to have a proper talk about your future here in September.",
        'Future here. Is this the partnership?',
      ],
      [
        'Donna: Shall I put the broken crown in with you tomorrow at 8?',
        'I was meant to have an admin morning.',
      ],
      ["Me: Yes, that's fine.", 'Say no and it\'ll be "she doesn\'t care about the practice".'],
    ],
    assumptions: [
      ['The owner is going to offer me a share of the practice this autumn.', 'h17b9-not'],
      ["Turning down emergency squeeze-ins marks me out as someone who isn't committed.", 'h17b4'],
    ],
  },
];
