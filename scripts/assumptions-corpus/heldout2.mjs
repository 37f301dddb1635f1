// Second held-out set: written after all tuning on dev.mjs and heldout.mjs, scored once and not tuned on.
// Two fictional journal keepers: a construction site manager and a call-centre team leader.

export const groups = {
  e1: ['paraphrase', 'Gary cuts corners on safety'],
  'e1-not': ['opposite', 'Gary is careful about safety'],
  e2: ['paraphrase', 'Mrs Osei will blame me for the delay'],
  e3: ['paraphrase', "Bronwyn doesn't respect my experience"],
  'e3-rev': ['direction', "I don't respect Bronwyn's experience"],
  f1: ['paraphrase', 'Sandra only cares about the numbers'],
  f2: ['paraphrase', 'Jamal is about to quit'],
  'f2-not': ['opposite', 'Jamal is staying'],
  f3: ['paraphrase', 'Standing up for the team will make Sandra think I am soft'],
  f4: ['paraphrase', 'Beth feels her effort goes unnoticed'],
  'f4-not': ['opposite', 'Beth feels recognised'],
};

export const entries = [
  {
    date: '2027-04-05T07:30:00',
    set: 'L',
    title: 'Toolbox talk',
    people: ['Gary', 'Bronwyn'],
    tags: ['safety'],
    situation: "Morning toolbox talk; two of Gary's lads were on the scaffold without harnesses yesterday.",
    lines: [
      ['Gary: They were only up there five minutes.', 'Five minutes is all it takes.'],
      ["Me: Let's keep it tight today.", 'Keep it tight. Very firm.'],
    ],
    assumptions: [
      ['Gary cuts corners when nobody is watching.', 'e1'],
      ['The steel delivery will be late again.', 'ue1'],
    ],
  },
  {
    date: '2027-04-06T16:00:00',
    set: 'D',
    title: 'Client progress meeting',
    people: ['Mrs Osei'],
    tags: ['client'],
    situation: 'Monthly progress meeting with the client representative.',
    lines:
      'Mrs Osei asked for the handover date three times. She wrote it down each time. She did not ask about the steel delay.',
    assumptions: [
      ['Mrs Osei will hold me responsible for the late handover.', 'e2'],
      ['The weather will wreck the concrete pour.', 'ue2'],
    ],
  },
  {
    date: '2027-04-07T15:30:00',
    set: 'L',
    title: 'Design team meeting',
    people: ['Bronwyn'],
    tags: ['design'],
    situation: 'Design team meeting about the stair core clash.',
    lines: [
      ['Bronwyn: It is all on the drawings, if anyone reads them.', 'Anyone meaning me.'],
      ['Me: The drawings changed twice last week.', 'Say it louder.'],
    ],
    assumptions: [
      ["Bronwyn doesn't rate my experience.", 'e3'],
      ['Gary wants the foreman job on the next project.', 'ue3'],
    ],
  },
  {
    date: '2027-04-08T12:00:00',
    set: 'D',
    title: 'Permit audit',
    people: ['Gary', 'Bronwyn'],
    tags: ['safety'],
    situation: 'Spot check of hot-work permits.',
    lines:
      'Three of eight hot-work permits were signed after the work started. All three were for Gary\'s crew. Gary said "paperwork catches up".',
    assumptions: [
      ['He skips the safety checks to save time.', 'e1'],
      ["She thinks I'm just a builder who can't read drawings.", 'e3'],
    ],
  },
  {
    date: '2027-04-12T17:00:00',
    set: 'L',
    title: 'Programme review',
    people: ['Mrs Osei', 'Gary'],
    tags: ['client'],
    situation: 'Reviewed the revised programme with the client.',
    lines: [
      ['Mrs Osei: So whose delay is this?', 'Here it comes.'],
      ['Me: The steel supplier has slipped two weeks.', 'True, and she will not care.'],
    ],
    assumptions: [
      ['The client is going to pin the overrun on me.', 'e2'],
      ['Gary treats the permit system as optional.', 'e1'],
    ],
  },
  {
    date: '2027-04-14T16:30:00',
    set: 'D',
    title: 'Design meeting again',
    people: ['Bronwyn', 'Gary'],
    tags: ['design'],
    situation: 'Second design meeting; Bronwyn presented the revised stair.',
    lines:
      'Bronwyn addressed every question to the engineer. She corrected my terminology once. She thanked Gary for his input on the formwork.',
    assumptions: [
      ['Bronwyn talks down to me in the design meetings.', 'e3'],
      ["I don't rate Bronwyn's experience on site.", 'e3-rev'],
    ],
  },
  {
    date: '2027-04-19T13:00:00',
    set: 'L',
    title: 'Near miss',
    people: ['Gary'],
    tags: ['safety'],
    situation: 'A pallet of blocks slipped from the forklift; nobody was hurt.',
    lines: [
      ['Gary: I had already stopped the lads and fenced it off.', 'He had. Before I got there.'],
      ['Me: Good call.', 'I did not expect that.'],
    ],
    assumptions: [
      ['Gary is careful about site safety when it really matters.', 'e1-not'],
      ["Gary doesn't bother with the harness rules.", 'e1'],
    ],
  },
  {
    date: '2027-04-21T16:00:00',
    set: 'D',
    title: 'Handover date letter',
    people: ['Mrs Osei'],
    tags: ['client'],
    situation: 'The client sent a formal letter about the handover date.',
    lines:
      "The letter listed the original date and the new date. It named me as the contractor's representative. It mentioned damages.",
    assumptions: [["When the programme slips, Mrs Osei will say it's my fault.", 'e2']],
  },
  {
    date: '2027-04-05T18:00:00',
    set: 'L',
    title: 'Stats review with Sandra',
    people: ['Sandra', 'Jamal'],
    tags: ['targets'],
    situation: 'Weekly stats review; our average handling time was 40 seconds over target.',
    lines: [
      ['Sandra: Forty seconds, every call.', 'The calls are harder this month.'],
      ["Me: I'll look at it.", 'I always say that.'],
    ],
    assumptions: [
      ['Sandra only cares about the call-handling figures.', 'f1'],
      ['Jamal is looking for another job.', 'f2'],
    ],
  },
  {
    date: '2027-04-06T17:45:00',
    set: 'D',
    title: 'Jamal one-to-one',
    people: ['Jamal'],
    tags: ['team'],
    situation: 'Monthly one-to-one with Jamal.',
    lines:
      'Jamal answered every question with one word. He asked when bonuses are paid. He did not ask about the team lead vacancy.',
    assumptions: [
      ['Jamal has mentally checked out.', 'f2'],
      ['The new dialler is slowing everyone down.', 'uf1'],
    ],
  },
  {
    date: '2027-04-08T18:15:00',
    set: 'L',
    title: 'Targets meeting',
    people: ['Sandra'],
    tags: ['targets'],
    situation: 'Sandra announced a new wrap-time target.',
    lines: [
      ['Sandra: Any objections?', 'Yes. Many.'],
      ['Me: None from me.', 'Coward.'],
    ],
    assumptions: [
      ['If I stand up for the team, Sandra will see me as soft.', 'f3'],
      ['Sandra is under pressure from head office.', 'uf2'],
    ],
  },
  {
    date: '2027-04-09T17:30:00',
    set: 'D',
    title: 'Beth after the complaint call',
    people: ['Beth', 'Mr Kowalski'],
    tags: ['team'],
    situation: 'Beth handled a 50-minute complaint call from Mr Kowalski.',
    lines:
      'Beth resolved the complaint and got a thank-you email. Nobody mentioned it at the huddle. She left without saying goodbye.',
    assumptions: [
      ['Beth feels nobody notices her effort.', 'f4'],
      ['Mr Kowalski will escalate to the ombudsman.', 'uf3'],
    ],
  },
  {
    date: '2027-04-13T18:00:00',
    set: 'L',
    title: 'Monthly review',
    people: ['Sandra', 'Jamal'],
    tags: ['targets'],
    situation: 'Monthly review; customer satisfaction was up, handling time slightly up too.',
    lines: [
      ['Sandra: Satisfaction is nice, but handling time is what the client pays for.', 'There it is.'],
      ['Me: They go together.', 'She did not hear that.'],
    ],
    assumptions: [
      ["All she's interested in is the numbers.", 'f1'],
      ["He'll resign after his bonus is paid.", 'f2'],
    ],
  },
  {
    date: '2027-04-15T17:20:00',
    set: 'D',
    title: 'Huddle',
    people: ['Beth', 'Sandra'],
    tags: ['team'],
    situation: 'Morning huddle; Sandra gave out the monthly awards.',
    lines:
      'Sandra gave the award to the agent with the shortest calls. Beth had the highest satisfaction score. Beth looked at her screen.',
    assumptions: [
      ['Beth thinks her hard work goes unrewarded.', 'f4'],
      ['Defending my agents makes me look weak to Sandra.', 'f3'],
    ],
  },
  {
    date: '2027-04-20T17:40:00',
    set: 'L',
    title: 'Jamal and the vacancy',
    people: ['Jamal'],
    tags: ['team'],
    situation: 'Jamal asked about the team lead vacancy after all.',
    lines: [
      ['Jamal: What would I need to do to go for the team lead role?', 'Oh.'],
      ["Me: Let's plan it together.", 'I had written him off.'],
    ],
    assumptions: [
      ['Jamal is planning to stay for the long haul.', 'f2-not'],
      ['Beth believes management overlooks her.', 'f4'],
    ],
  },
  {
    date: '2027-04-22T17:00:00',
    set: 'D',
    title: 'Awards follow-up',
    people: ['Beth', 'Sandra'],
    tags: ['team'],
    situation: 'Sandra sent a thank-you note to Beth copied to head office.',
    lines:
      'The note named the complaint call. Beth replied "thank you, that means a lot". Sandra asked me to suggest more names next month.',
    assumptions: [
      ['Beth feels recognised by management.', 'f4-not'],
      ['Sandra cares more about stats than customers.', 'f1'],
      ["Sandra will think I can't manage people if I push back on the targets.", 'f3'],
    ],
  },
];
