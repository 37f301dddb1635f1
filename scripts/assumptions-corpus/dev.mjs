// Dev half of the assumptions corpus: written before the grouping method was designed, and used to design it.
// Two fictional journal keepers: a software team lead and a secondary-school teacher.
// Entry: { date, set: 'L' (left-hand column) | 'D' (ladder), title, people, tags, situation, lines, assumptions }
// `lines` is the dialogue ([said, unsaid] pairs) for L, or the observable data (a string) for D.
// `assumptions` is a list of [text, group]; group ids ending in -not are opposites, -rev are direction traps.

export const groups = {
  a1: ['paraphrase', "Priya doesn't trust my judgement"],
  'a1-not': ['opposite', 'Priya trusts my judgement'],
  a2: ['paraphrase', "Marco dismisses Kevin's ideas"],
  'a2-rev': ['direction', "Kevin dismisses Marco's ideas"],
  a3: ['paraphrase', "Pushing back on Dana's dates will make me look difficult"],
  'a3-not': ['opposite', 'Dana welcomes pushback on dates'],
  a4: ['paraphrase', 'The team has no capacity left'],
  a5: ['paraphrase', "Kevin isn't ready to lead a project"],
  'a5-not': ['opposite', 'Kevin is ready to lead a project'],
  a6: ['paraphrase', "Priya takes credit for my team's work"],
  a7: ['paraphrase', "Dana doesn't listen to the engineers"],
  'a7-not': ['opposite', 'Dana listens to the engineers'],
  b1: ['paraphrase', "Mrs Hughes thinks I can't control my classes"],
  'b1-not': ['opposite', 'Mrs Hughes is confident in my classroom management'],
  b2: ['paraphrase', "Mr Grant dismisses the teachers' concerns"],
  'b2-not': ['opposite', "Mr Grant takes the teachers' concerns seriously"],
  b3: ['paraphrase', "Mr Novak blames me for Ethan's grades"],
  'b3-rev': ['direction', "I blame Mr Novak for Ethan's grades"],
  b4: ['paraphrase', 'Leila feels unappreciated'],
  'b4-not': ['opposite', 'Leila feels appreciated'],
  b5: ['paraphrase', 'Asking for help will make me look incompetent'],
  b6: ['paraphrase', 'Ethan disrupts lessons on purpose'],
  'b6-not': ['opposite', "Ethan doesn't mean to disrupt"],
  b7: ['paraphrase', 'I am expected to mark in my own time'],
};

export const entries = [
  // ---------------------------------------------------------------- software team lead
  {
    date: '2027-03-01T10:30:00',
    set: 'L',
    title: '1:1 with Priya about the migration',
    people: ['Priya'],
    tags: ['1:1'],
    situation: 'Weekly 1:1. I proposed moving the billing service to the new queue in one go.',
    lines: [
      ["Priya: Let's do it in three phases, and I'll review each one.", 'She thinks I would blow it up.'],
      ['Me: Sure, phases are fine.', 'One go was the better plan and I know it.'],
    ],
    assumptions: [
      ["Priya doesn't trust my judgement.", 'a1'],
      ['Priya is under pressure from the CTO to avoid another outage.', 'ua1'],
    ],
  },
  {
    date: '2027-03-02T15:00:00',
    set: 'D',
    title: 'Design review',
    people: ['Marco', 'Kevin'],
    tags: ['design-review'],
    situation: 'Design review for the search rewrite. Kevin proposed caching at the edge.',
    lines:
      'Kevin presented for four minutes. Marco said "that will not scale" and moved to the next slide. Nobody asked Kevin a question.',
    assumptions: [
      ['Marco brushes aside anything Kevin suggests.', 'a2'],
      ['Kevin is afraid to ask questions in meetings.', 'ua2'],
    ],
  },
  {
    date: '2027-03-03T11:00:00',
    set: 'L',
    title: 'Roadmap planning with Dana',
    people: ['Dana'],
    tags: ['planning'],
    situation: 'Dana brought a roadmap with the reporting feature due at the end of the month.',
    lines: [
      ['Dana: Can the team hit the 31st?', 'Not without cutting testing.'],
      ["Me: We'll do our best.", 'Say no. Say it now.'],
    ],
    assumptions: [
      ["If I push back on the deadline, Dana will think I'm being difficult.", 'a3'],
      ["The team can't take on any more work.", 'a4'],
    ],
  },
  {
    date: '2027-03-04T16:30:00',
    set: 'D',
    title: 'Who leads the migration',
    people: ['Kevin', 'Priya'],
    tags: ['staffing'],
    situation: 'Priya asked whether Kevin could lead the queue migration.',
    lines:
      'Kevin has shipped two features alone. He asked for help twice in the last sprint. He has never run a cutover.',
    assumptions: [
      ["Kevin isn't ready to own the migration.", 'a5'],
      ['She does not trust my judgment.', 'a1'],
    ],
  },
  {
    date: '2027-03-08T14:00:00',
    set: 'L',
    title: 'Quarterly review prep',
    people: ['Priya'],
    tags: ['reviews'],
    situation: "Priya's slides for the directors' review were missing my team's name on the payments work.",
    lines: [
      ['Priya: I folded payments into the platform story.', 'Folded it into your story.'],
      ['Me: Okay, makes sense.', 'It does not.'],
    ],
    assumptions: [
      ['Priya takes the credit for what my team delivers.', 'a6'],
      ['The directors only read the first slide.', 'ua3'],
    ],
  },
  {
    date: '2027-03-09T10:00:00',
    set: 'D',
    title: 'Tech debt discussion',
    people: ['Dana', 'Marco'],
    tags: ['planning'],
    situation: 'Marco raised flaky tests for the third sprint running.',
    lines:
      'Marco spoke for two minutes about flaky tests. Dana said "noted, let\'s park it". The item was not in the notes.',
    assumptions: [
      ['She never hears what the developers are telling her.', 'a7'],
      ['Marco wants my job.', 'ua4'],
    ],
  },
  {
    date: '2027-03-10T17:00:00',
    set: 'L',
    title: 'Sprint planning',
    people: ['Dana', 'Kevin'],
    tags: ['planning'],
    situation: 'Sprint planning. Dana added two stories after we had committed.',
    lines: [
      ['Dana: These two are small, right?', 'Nothing is small when we are full.'],
      ["Me: We'll see what we can do.", 'I have said that every sprint this quarter.'],
    ],
    assumptions: [
      ["We're already stretched too thin.", 'a4'],
      ['Dana will see me as obstructive if I question the dates.', 'a3'],
    ],
  },
  {
    date: '2027-03-11T11:30:00',
    set: 'D',
    title: 'Code review thread',
    people: ['Marco', 'Dana'],
    tags: ['code-review'],
    situation: "Kevin's pull request on the retry logic was closed by Marco.",
    lines:
      'Marco closed the pull request with the comment "not how we do it". Kevin did not reopen it. Dana asked me why the fix slipped.',
    assumptions: [
      ["He never takes Kevin's ideas seriously.", 'a2'],
      ['Dana thinks the retry bug is trivial.', 'ua5'],
    ],
  },
  {
    date: '2027-03-15T15:30:00',
    set: 'L',
    title: 'Escalation about the outage',
    people: ['Priya', 'Kevin'],
    tags: ['incident'],
    situation: 'After the Sunday outage Priya asked to approve every deploy herself for a month.',
    lines: [
      ["Priya: I'd like to sign off deploys until things settle.", 'Until you trust me again, you mean.'],
      ['Me: Understood.', 'I did not cause the outage.'],
    ],
    assumptions: [
      ['She has no faith in my decisions.', 'a1'],
      ['Kevin is unprepared to lead anything on his own yet.', 'a5'],
    ],
  },
  {
    date: '2027-03-16T10:15:00',
    set: 'D',
    title: 'Stand-up',
    people: ['Kevin', 'Marco'],
    tags: ['standup'],
    situation: 'Stand-up ran long; Kevin gave a one-word update.',
    lines: 'Kevin said "same as yesterday". Marco asked about his ticket. Kevin looked at the floor.',
    assumptions: [
      ["Kevin isn't afraid to ask questions when he's stuck.", 'ua6'],
      ["Kevin's proposals get shot down by Marco.", 'a2'],
    ],
  },
  {
    date: '2027-03-17T16:00:00',
    set: 'L',
    title: 'Roadmap follow-up',
    people: ['Dana'],
    tags: ['planning'],
    situation: 'Dana asked why reporting was at risk.',
    lines: [
      ['Dana: Why am I only hearing about this now?', 'Because I did not want to be the blocker again.'],
      ['Me: We found more edge cases than expected.', 'True, and not the whole story.'],
    ],
    assumptions: [
      ['Questioning her timeline would get me labelled as negative.', 'a3'],
      ['Dana tunes out whenever we raise technical debt.', 'a7'],
    ],
  },
  {
    date: '2027-03-18T13:00:00',
    set: 'D',
    title: 'Directors demo',
    people: ['Priya', 'Marco'],
    tags: ['reviews'],
    situation: 'Directors demo of the payments work.',
    lines:
      'Priya gave the demo. She said "we" eleven times and named no one on my team. Marco left straight after.',
    assumptions: [
      ['She presents our work to the directors as her own.', 'a6'],
      ['Marco thinks the architecture belongs to him.', 'ua7'],
    ],
  },
  {
    date: '2027-03-22T11:00:00',
    set: 'L',
    title: 'Capacity conversation',
    people: ['Priya'],
    tags: ['1:1', 'staffing'],
    situation: 'I asked Priya for a contractor for Q2.',
    lines: [
      ['Priya: Show me the numbers.', 'She could just look at our overtime.'],
      ['Me: I will put something together.', 'Another spreadsheet nobody reads.'],
    ],
    assumptions: [
      ['My developers have no capacity left this sprint.', 'a4'],
      ['Priya trusts me to make the call on the contractor.', 'a1-not'],
      ['Our wins get claimed by Priya.', 'a6'],
    ],
  },
  {
    date: '2027-03-23T14:30:00',
    set: 'D',
    title: 'Pairing session',
    people: ['Kevin'],
    tags: ['mentoring'],
    situation: 'Pairing with Kevin on the cutover plan.',
    lines:
      'Kevin wrote the rollback section without help. He missed the data backfill. He asked good questions about the feature flags.',
    assumptions: [
      ['Kevin lacks the experience to run a cutover.', 'a5'],
      ['Kevin is ready to lead the next migration.', 'a5-not'],
    ],
  },
  {
    date: '2027-03-24T10:00:00',
    set: 'L',
    title: 'Retro',
    people: ['Dana', 'Marco'],
    tags: ['retro'],
    situation: 'Sprint retro; Dana joined for the first time.',
    lines: [
      ['Marco: We keep shipping with flaky tests.', 'Here we go.'],
      ["Dana: Let's give that a whole sprint then.", 'Wait, what?'],
    ],
    assumptions: [
      ['Dana actually listens to the engineers.', 'a7-not'],
      ['Dana welcomes pushback on the dates.', 'a3-not'],
    ],
  },
  {
    date: '2027-03-25T15:00:00',
    set: 'D',
    title: 'Architecture guild',
    people: ['Marco', 'Kevin'],
    tags: ['design-review'],
    situation: 'Architecture guild meeting; Marco proposed event sourcing.',
    lines:
      'Marco presented. Kevin said "we tried that at my last job and it was painful" and moved on. Marco did not finish.',
    assumptions: [
      ["Kevin dismisses Marco's suggestions.", 'a2-rev'],
      ['The new CI pipeline will break on release day.', 'ua8'],
      ['Engineering concerns get ignored by Dana.', 'a7'],
    ],
  },
  // ---------------------------------------------------------------- secondary-school teacher
  {
    date: '2027-03-01T16:00:00',
    set: 'L',
    title: 'Observation feedback',
    people: ['Mrs Hughes'],
    tags: ['observation'],
    situation: 'Feedback on my Year 9 lesson observation.',
    lines: [
      ['Mrs Hughes: The back row was off task for most of it.', 'The back row is off task for everyone.'],
      ['Me: I am working on seating.', 'I have tried four seating plans.'],
    ],
    assumptions: [
      ["Mrs Hughes thinks I can't manage my classes.", 'b1'],
      ['Mrs Hughes is being squeezed by the trust over results.', 'ub1'],
    ],
  },
  {
    date: '2027-03-02T12:30:00',
    set: 'D',
    title: 'Staff briefing',
    people: ['Mr Grant'],
    tags: ['briefing'],
    situation: 'Morning staff briefing on the new detention system.',
    lines:
      'Three teachers raised the workload of the new detention log. Mr Grant said "it is happening, let\'s move on". The briefing ended four minutes early.',
    assumptions: [
      ['Mr Grant dismisses anything the staff raise.', 'b2'],
      ['The new behaviour policy will not last the term.', 'ub2'],
    ],
  },
  {
    date: '2027-03-03T17:30:00',
    set: 'L',
    title: 'Phone call with Mr Novak',
    people: ['Mr Novak'],
    tags: ['parents'],
    situation: "Mr Novak called about Ethan's mock exam.",
    lines: [
      ['Mr Novak: He was getting sevens last year.', 'Last year he did his homework.'],
      ['Me: I will send some revision materials.', 'Why am I apologising?'],
    ],
    assumptions: [
      ["Mr Novak blames me for Ethan's falling grades.", 'b3'],
      ['Ethan has problems at home.', 'ub3'],
    ],
  },
  {
    date: '2027-03-04T15:45:00',
    set: 'D',
    title: 'TA timetable',
    people: ['Leila', 'Mr Grant'],
    tags: ['support-staff'],
    situation: 'Leila was moved to cover lunch duty again.',
    lines:
      'Leila sighed when she read the rota. Mr Grant had not asked her. She stayed until five preparing my resources.',
    assumptions: [
      ['She thinks nobody values her work.', 'b4'],
      ['Leila would be a better teacher than me.', 'ub4'],
    ],
  },
  {
    date: '2027-03-05T14:00:00',
    set: 'L',
    title: 'Year 9 lesson',
    people: ['Ethan', 'Leila'],
    tags: ['behaviour'],
    situation: 'Ethan threw a pen across the room during the starter.',
    lines: [
      ['Me: Ethan, pick that up please.', 'You did that to see what I would do.'],
      ['Ethan: It slipped, Miss.', 'It did not.'],
    ],
    assumptions: [
      ['Ethan disrupts my lessons on purpose.', 'b6'],
      ["If I ask for help with Year 9, I'll look incompetent.", 'b5'],
    ],
  },
  {
    date: '2027-03-08T16:30:00',
    set: 'D',
    title: 'Department meeting',
    people: ['Mrs Hughes', 'Mr Grant'],
    tags: ['department'],
    situation: 'Department meeting about behaviour data.',
    lines:
      'Mrs Hughes showed a chart of behaviour points by class. My Year 9 group had the most. She looked at me when she said "some of us need support".',
    assumptions: [
      ["She believes I've lost control of Year 9.", 'b1'],
      ["Asking for support would show I can't cope.", 'b5'],
    ],
  },
  {
    date: '2027-03-09T13:00:00',
    set: 'L',
    title: 'Marking deadline',
    people: ['Mrs Hughes'],
    tags: ['workload'],
    situation: 'Mrs Hughes moved the mock marking deadline forward to Monday.',
    lines: [
      ['Mrs Hughes: Monday should be fine for everyone.', 'Fine if I mark all weekend.'],
      ['Me: Okay.', 'Not okay.'],
    ],
    assumptions: [
      ['The department expects me to mark over the weekend.', 'b7'],
      ['Hughes doubts I can keep order in my room.', 'b1'],
    ],
  },
  {
    date: '2027-03-10T16:00:00',
    set: 'D',
    title: 'Parents evening',
    people: ['Mr Novak'],
    tags: ['parents'],
    situation: 'Parents evening appointment with Mr Novak; Ethan came along.',
    lines:
      'Mr Novak said "he was fine with his old teacher". Ethan stayed silent. The appointment ran ten minutes over.',
    assumptions: [
      ["He holds me responsible for his son's results.", 'b3'],
      ['Ethan is deliberately winding me up.', 'b6'],
    ],
  },
  {
    date: '2027-03-15T12:00:00',
    set: 'L',
    title: 'Union rep chat',
    people: ['Mr Grant', 'Leila'],
    tags: ['workload'],
    situation: 'Talked to Mr Grant about the cover policy after Leila was moved again.',
    lines: [
      ['Mr Grant: Everyone has to be flexible this term.', 'Everyone except you.'],
      ['Me: I understand.', 'I understand that nothing will change.'],
    ],
    assumptions: [
      ['Our concerns are disregarded by Mr Grant.', 'b2'],
      ['Leila feels taken for granted.', 'b4'],
    ],
  },
  {
    date: '2027-03-16T15:00:00',
    set: 'D',
    title: 'Appraisal prep',
    people: ['Mrs Hughes'],
    tags: ['appraisal'],
    situation: 'Preparing for my mid-year appraisal.',
    lines:
      'The appraisal form asks for "areas where I need support". Last year I left it blank. Mrs Hughes wrote "confident practitioner" on it.',
    assumptions: [
      ["Admitting I'm struggling will count against me at appraisal.", 'b5'],
      ['Mrs Hughes is confident in my classroom management.', 'b1-not'],
    ],
  },
  {
    date: '2027-03-17T17:00:00',
    set: 'L',
    title: 'Sunday emails',
    people: ['Mrs Hughes', 'Leila'],
    tags: ['workload'],
    situation: 'Mrs Hughes emailed data requests on Sunday evening.',
    lines: [
      ['Mrs Hughes: Can I have your predictions by first thing?', 'On a Sunday.'],
      ['Me: Will do.', 'There goes the evening.'],
    ],
    assumptions: [
      ["I'm expected to give up my evenings and weekends for marking.", 'b7'],
      ['Leila believes her contribution goes unnoticed.', 'b4'],
    ],
  },
  {
    date: '2027-03-18T14:30:00',
    set: 'D',
    title: 'Ethan after school',
    people: ['Ethan'],
    tags: ['behaviour'],
    situation: 'Ethan stayed behind after a detention.',
    lines:
      'Ethan said "I don\'t get the work so I muck about". He finished the worksheet in detention. He said sorry on the way out.',
    assumptions: [
      ["Ethan doesn't mean to disrupt the lesson.", 'b6-not'],
      ['He sets out to derail the class.', 'b6'],
    ],
  },
  {
    date: '2027-03-22T16:15:00',
    set: 'L',
    title: 'Leadership meeting',
    people: ['Mr Grant'],
    tags: ['briefing'],
    situation: 'I raised the cover workload at the leadership drop-in.',
    lines: [
      ["Mr Grant: That's a fair point, I'll take it to SLT.", 'Will you, though?'],
      ['Me: Thanks.', 'That was easier than I expected.'],
    ],
    assumptions: [
      ["Mr Grant takes teachers' concerns seriously.", 'b2-not'],
      ['He pays no attention to what teachers tell him.', 'b2'],
    ],
  },
  {
    date: '2027-03-23T15:30:00',
    set: 'D',
    title: 'Email from Mr Novak',
    people: ['Mr Novak', 'Mrs Hughes'],
    tags: ['parents'],
    situation: 'Mr Novak emailed Mrs Hughes and copied me.',
    lines:
      'The email said "the teaching in this class is not what it was". It did not mention homework. Mrs Hughes forwarded it with no comment.',
    assumptions: [
      ['Mr Novak believes I am the reason Ethan is failing.', 'b3'],
      ["I blame Mr Novak for Ethan's grades.", 'b3-rev'],
    ],
  },
  {
    date: '2027-03-24T16:45:00',
    set: 'L',
    title: 'Thank-you card',
    people: ['Leila', 'Mr Grant'],
    tags: ['support-staff'],
    situation: 'The department gave Leila a card for her birthday.',
    lines: [
      ['Leila: This is so kind, thank you all.', 'She looked surprised.'],
      ['Me: You deserve it.', 'We should say it more often.'],
    ],
    assumptions: [
      ['Leila feels appreciated by the department.', 'b4-not'],
      ["Mr Grant is protecting the school's league table position.", 'ub5'],
    ],
  },
  {
    date: '2027-03-25T13:45:00',
    set: 'D',
    title: 'Marking moderation',
    people: ['Mrs Hughes'],
    tags: ['workload'],
    situation: 'Moderation meeting for the mocks.',
    lines:
      'Mrs Hughes said "we all mark at home, that is the job". Two colleagues nodded. The meeting was at 4.30 on a Friday.',
    assumptions: [
      ['Marking is supposed to eat into my own time.', 'b7'],
      ['Mrs Hughes considers my classroom discipline poor.', 'b1'],
      ["Ethan's disruptions are intentional.", 'b6'],
    ],
  },
];
