// Fourth held-out set: written at the start of the theme-lexicon round, before any change to the engine and
// without looking at any failure output; scored once as the baseline and once at the end, never tuned on.
// Two fictional journal keepers: a lead pharmacist for the surgical wards of a hospital, and the principal
// investigator of a university molecular-biology lab.

export const groups = {
  // hospital pharmacist
  h1: ['paraphrase', 'Dr Okafor ignores my prescribing advice'],
  'h1-not': ['opposite', 'Dr Okafor takes my prescribing advice seriously'],
  h2: ['paraphrase', 'Mei is not ready to screen prescriptions on her own'],
  'h2-not': ['opposite', 'Mei is ready to screen prescriptions on her own'],
  h3: ['paraphrase', 'Gareth will blame me if the audit goes badly'],
  h4: ['paraphrase', 'Bethan is burning out'],
  'h4-not': ['opposite', 'Bethan is coping fine'],
  h5: ['paraphrase', 'Raising the staffing gap again will make me look like a complainer'],
  h6: ['paraphrase', 'Gareth favours the oncology team'],
  h7: ['paraphrase', "Sister Ruiz doesn't trust my dose calculations"],
  'h7-not': ['opposite', 'Sister Ruiz trusts my dose calculations'],
  'h7-rev': ['direction', "I don't trust Sister Ruiz's dose calculations"],
  h8: ['paraphrase', "Nobody on the wards notices pharmacy's work"],
  h9: ['paraphrase', 'Gareth does not support my stewardship project'],
  'h9-not': ['opposite', 'Gareth supports my stewardship project'],
  h10: ['paraphrase', 'Mei is afraid to ask me questions'],
  'h10-not': ['opposite', 'Mei is comfortable asking me questions'],
  h11: ['paraphrase', 'Dr Okafor undermines me in front of the junior doctors'],
  'h11-rev': ['direction', 'I undermine Dr Okafor in front of the junior doctors'],
  // university lab PI
  l1: ['paraphrase', "Prof Whitfield doesn't rate my research"],
  'l1-not': ['opposite', 'Prof Whitfield values my research'],
  l2: ['paraphrase', 'Aisha will not finish her thesis on time'],
  'l2-not': ['opposite', 'Aisha is on track to finish her thesis on time'],
  l3: ['paraphrase', "Tomasz takes credit for Aisha's results"],
  'l3-rev': ['direction', "Aisha takes credit for Tomasz's results"],
  l4: ['paraphrase', "I'm not good enough to run a lab"],
  'l4-not': ['opposite', 'I am good at running this lab'],
  l5: ['paraphrase', 'Dev has lost interest in his project'],
  'l5-not': ['opposite', 'Dev is committed to his project'],
  l6: ['paraphrase', "Lena gets stuck with everyone else's chores"],
  l7: ['paraphrase', 'The grant renewal will be rejected'],
  'l7-not': ['opposite', 'The grant renewal will be funded'],
  l8: ['paraphrase', 'Asking for more bench space will make me look greedy'],
  l9: ['paraphrase', 'Tomasz is planning to leave the lab'],
  'l9-not': ['opposite', 'Tomasz wants to stay in the lab'],
  l10: ['paraphrase', 'Prof Whitfield leaves me out of department decisions'],
  l11: ['paraphrase', 'Dev is jealous of Aisha'],
  'l11-rev': ['direction', 'Aisha is jealous of Dev'],
};

export const entries = [
  // ---------------------------------------------------------------- hospital pharmacist
  {
    date: '2027-02-24T16:30:00',
    set: 'L',
    title: 'Ward round on Ward 7',
    people: ['Dr Okafor', 'Mei'],
    tags: ['ward-round'],
    situation: 'Joined the surgical ward round; flagged the gentamicin levels on bed 12.',
    lines: [
      ['Dr Okafor: Noted. Next patient.', 'Noted means nothing.'],
      ['Me: The level was high yesterday too.', 'He had already walked off.'],
    ],
    assumptions: [
      ['Dr Okafor ignores my recommendations.', 'h1'],
      ["Mei isn't ready to screen charts on her own yet.", 'h2'],
    ],
  },
  {
    date: '2027-02-25T18:10:00',
    set: 'D',
    title: 'Dispensary at closing',
    people: ['Bethan'],
    tags: ['dispensary'],
    situation: 'Stayed late to help close the dispensary.',
    lines:
      'Bethan was still labelling at seven. She skipped lunch. She has covered two extra Saturdays this month.',
    assumptions: [
      ['Bethan is running on empty.', 'h4'],
      ['The wholesaler will be late with the insulin delivery again.', 'uh1'],
    ],
  },
  {
    date: '2027-02-26T12:00:00',
    set: 'L',
    title: 'Audit planning with Gareth',
    people: ['Gareth'],
    tags: ['audit'],
    situation: 'Gareth asked for the controlled-drugs audit to be done by the end of March.',
    lines: [
      ['Gareth: This one goes to the board, so it needs to be clean.', 'So if it is not clean, it is mine.'],
      ['Me: We are two pharmacists down.', 'He knows that.'],
    ],
    assumptions: [
      ['Gareth will hang the audit on me if it goes wrong.', 'h3'],
      ['If I bring up the staffing gap again, Gareth will see me as a complainer.', 'h5'],
    ],
  },
  {
    date: '2027-03-01T17:20:00',
    set: 'D',
    title: 'Night drug chart check',
    people: ['Sister Ruiz'],
    tags: ['ward'],
    situation: 'Checked the evening doses on the high-dependency bay.',
    lines:
      'Sister Ruiz recalculated the heparin infusion I had written up. She did it in front of the student nurses. She found no error.',
    assumptions: [
      ['Sister Ruiz double-checks every dose I calculate.', 'h7'],
      ["Sister Ruiz doesn't trust the new electronic prescribing system.", 'uh2'],
    ],
  },
  {
    date: '2027-03-02T13:40:00',
    set: 'L',
    title: 'Mei and the warfarin query',
    people: ['Mei'],
    tags: ['supervision'],
    situation: 'Found out Mei had held a warfarin dose without asking anyone.',
    lines: [
      ['Me: Why not phone me?', 'I am always on the bleep.'],
      ['Mei: I did not want to bother you.', 'Bother me?'],
    ],
    assumptions: [
      ['Mei is scared to ask me questions.', 'h10'],
      ['She is out of her depth on the surgical wards.', 'h2'],
    ],
  },
  {
    date: '2027-03-03T16:00:00',
    set: 'D',
    title: 'Budget bids',
    people: ['Gareth'],
    tags: ['budget'],
    situation: 'Read the pharmacy budget allocations for next year.',
    lines:
      'Oncology got the extra band 7 post. Our bid for a surgical technician was deferred. Oncology also got the new aseptic unit.',
    assumptions: [
      ['Gareth always gives oncology whatever they ask for.', 'h6'],
      ['Gareth is unsupportive of the antimicrobial stewardship project.', 'h9'],
    ],
  },
  {
    date: '2027-03-04T11:15:00',
    set: 'L',
    title: 'Teaching session',
    people: ['Dr Okafor'],
    tags: ['teaching'],
    situation: 'Gave the junior doctors a session on antibiotic choices; Dr Okafor came in at the end.',
    lines: [
      ['Dr Okafor: In real life we do it differently.', 'In real life you follow the guideline.'],
      ['Me: The guideline is the trust policy.', 'The juniors looked at the floor.'],
    ],
    assumptions: [
      ['Dr Okafor undermines me in front of the juniors.', 'h11'],
      ['He treats my advice on his prescriptions as optional.', 'h1'],
    ],
  },
  {
    date: '2027-03-05T19:00:00',
    set: 'D',
    title: 'Missed doses report',
    people: ['Bethan', 'Sister Ruiz'],
    tags: ['incident'],
    situation: 'Went through the missed-doses report for February.',
    lines:
      'Most missed doses were out-of-stock items. Pharmacy sorted all of them within a day. The ward meeting minutes only mention the delays.',
    assumptions: [
      ['Nobody on the wards notices what pharmacy does.', 'h8'],
      ['Bethan is coping fine with the extra work.', 'h4-not'],
    ],
  },
  {
    date: '2027-03-08T14:30:00',
    set: 'L',
    title: 'Chart review with Sister Ruiz',
    people: ['Sister Ruiz', 'Mei'],
    tags: ['ward'],
    situation: 'Sister Ruiz phoned to query a dose change Mei had made.',
    lines: [
      ['Sister Ruiz: I would rather hear it from you.', 'Not from the junior.'],
      ['Me: Mei is right, the dose is correct.', 'I checked it twice.'],
    ],
    assumptions: [
      ['She has no confidence in my numbers.', 'h7'],
      ['Mei can screen prescriptions perfectly well by herself.', 'h2-not'],
    ],
  },
  {
    date: '2027-03-09T17:50:00',
    set: 'D',
    title: 'Staffing spreadsheet',
    people: ['Gareth', 'Bethan'],
    tags: ['rota'],
    situation: 'Updated the staffing spreadsheet for April.',
    lines:
      'Three weekends have one technician. Bethan is on two of them. Gareth has not replied to my email from last week.',
    assumptions: [
      ["Bethan can't keep up this pace much longer.", 'h4'],
      ['Bringing up the rota again will make me look difficult.', 'h5'],
      ['The robot dispenser will break down over the Easter weekend.', 'uh3'],
    ],
  },
  {
    date: '2027-03-10T12:45:00',
    set: 'L',
    title: 'Stewardship steering group',
    people: ['Gareth', 'Dr Okafor'],
    tags: ['stewardship'],
    situation: 'Presented the first quarter of stewardship data; Gareth chaired.',
    lines: [
      ['Gareth: Interesting, let us park it until the new financial year.', 'Park it again.'],
      ['Dr Okafor: My team uses what works.', 'Meaning not the guideline.'],
    ],
    assumptions: [
      ["Gareth won't back my stewardship work.", 'h9'],
      ['Dr Okafor takes my prescribing advice seriously when it matters.', 'h1-not'],
    ],
  },
  {
    date: '2027-03-12T10:20:00',
    set: 'D',
    title: 'Quiet week on Ward 7',
    people: ['Mei'],
    tags: ['supervision'],
    situation: 'Reviewed the interventions log for Mei this week.',
    lines:
      'Mei logged twenty interventions. She phoned me twice, both good questions. One intervention was not needed.',
    assumptions: [
      ['Mei is comfortable coming to me when she is unsure.', 'h10-not'],
      ['Mei wants to move to the oncology team.', 'uh4'],
    ],
  },
  {
    date: '2027-03-15T16:40:00',
    set: 'L',
    title: 'Board paper on medicines safety',
    people: ['Gareth'],
    tags: ['audit'],
    situation: "Gareth's draft board paper on medicines safety arrived.",
    lines: [
      ['Gareth: I have kept surgery light in this one.', 'Light means absent.'],
      ['Me: Our ward work cut the missed doses by a third.', 'Not in his paper.'],
    ],
    assumptions: [
      ['The work my team does on the wards goes unnoticed.', 'h8'],
      ['If the audit fails, it will land on my head.', 'h3'],
    ],
  },
  {
    date: '2027-03-17T18:30:00',
    set: 'D',
    title: 'Handover to the weekend team',
    people: ['Bethan', 'Mei'],
    tags: ['rota'],
    situation: 'Wrote the weekend handover.',
    lines:
      'Bethan left the handover half done and went home at six. She looked grey. Mei stayed to finish it.',
    assumptions: [
      ['She is completely worn out.', 'h4'],
      ['Mei would rather guess than ring me.', 'h10'],
    ],
  },
  {
    date: '2027-03-19T13:00:00',
    set: 'L',
    title: 'Conversation about the oncology post',
    people: ['Gareth'],
    tags: ['budget'],
    situation: 'Asked Gareth why the surgical technician post was deferred.',
    lines: [
      ['Gareth: Oncology made a stronger case.', 'Oncology always makes the stronger case.'],
      ['Me: We will make ours again in autumn.', 'Same result, I expect.'],
    ],
    assumptions: [
      ['The oncology pharmacists are his favourites.', 'h6'],
      ['Gareth has already decided the rota for the summer.', 'uh5'],
    ],
  },
  {
    date: '2027-03-22T15:10:00',
    set: 'D',
    title: 'Heparin query',
    people: ['Sister Ruiz'],
    tags: ['ward'],
    situation: 'Sister Ruiz rang about the heparin protocol.',
    lines:
      'She read my calculation back to me line by line. She said it was fine and thanked me. She asked me to write the next one up too.',
    assumptions: [
      ['Sister Ruiz trusts my dose calculations.', 'h7-not'],
      ["I don't trust Sister Ruiz's dose calculations.", 'h7-rev'],
    ],
  },
  {
    date: '2027-03-24T11:40:00',
    set: 'L',
    title: 'Junior doctors teaching, part two',
    people: ['Dr Okafor'],
    tags: ['teaching'],
    situation: 'Second teaching session; this time I spoke about his protocol in front of the juniors.',
    lines: [
      ['Me: Some teams choose differently from the guideline.', 'That was a dig and he heard it.'],
      ['Dr Okafor: Fair enough.', 'He did not look at me.'],
    ],
    assumptions: [
      ['I undermine Dr Okafor in front of the junior doctors.', 'h11-rev'],
      ['He contradicts me in front of the junior doctors to show who is in charge.', 'h11'],
    ],
  },
  {
    date: '2027-03-26T17:00:00',
    set: 'D',
    title: 'Staff survey results',
    people: ['Gareth'],
    tags: ['team'],
    situation: 'Read the pharmacy staff survey results.',
    lines:
      'Surgical pharmacy scored lowest on feeling valued. Oncology scored highest. Gareth said the numbers were small.',
    assumptions: [
      ['Gareth plays favourites with oncology.', 'h6'],
      ['The wards take pharmacy for granted.', 'h8'],
    ],
  },
  {
    date: '2027-03-29T12:30:00',
    set: 'L',
    title: 'One-to-one with Gareth',
    people: ['Gareth'],
    tags: ['one-to-one'],
    situation: 'Monthly one-to-one; I wanted to talk about staffing and stewardship.',
    lines: [
      ['Gareth: Good to see the stewardship numbers moving.', 'He said it as if he meant it.'],
      ['Me: I still need two more people.', 'I said it and nothing happened.'],
    ],
    assumptions: [
      ['Gareth supports my stewardship project.', 'h9-not'],
      ['Mentioning the shortages again will make me come across as moaning.', 'h5'],
      ['Gareth is looking for someone to blame for the audit, and it will be me.', 'h3'],
    ],
  },
  {
    date: '2027-04-01T16:15:00',
    set: 'D',
    title: 'Discharge prescriptions',
    people: ['Dr Okafor', 'Mei'],
    tags: ['ward'],
    situation: 'Went through the week of discharge prescriptions.',
    lines:
      'Six of my notes on his discharge letters were unanswered. Two were changed by the registrar instead. Mei had flagged the same ones.',
    assumptions: [
      ['My advice on his patients goes in one ear and out the other.', 'h1'],
      ['Dr Okafor is under pressure from his own clinical director.', 'uh6'],
    ],
  },
  // ---------------------------------------------------------------- university lab PI
  {
    date: '2027-02-24T10:00:00',
    set: 'L',
    title: 'Lab meeting',
    people: ['Aisha', 'Tomasz'],
    tags: ['lab-meeting'],
    situation: 'Weekly lab meeting; Aisha presented her knockout data.',
    lines: [
      ['Tomasz: As I showed last month, the phenotype is robust.', 'Aisha showed it, not you.'],
      ['Aisha: Yes.', 'She said nothing else for an hour.'],
    ],
    assumptions: [
      ["Tomasz takes credit for Aisha's results.", 'l3'],
      ['Aisha is falling behind on her thesis.', 'l2'],
    ],
  },
  {
    date: '2027-02-25T15:30:00',
    set: 'D',
    title: 'Department strategy email',
    people: ['Prof Whitfield'],
    tags: ['department'],
    situation: 'The new department strategy arrived by email.',
    lines:
      'The strategy was agreed at a meeting I did not know about. Two of the five themes overlap with my lab. My name is not in it.',
    assumptions: [
      ['Prof Whitfield leaves me out of the decisions that matter.', 'l10'],
      ["Prof Whitfield doesn't rate my research.", 'l1'],
    ],
  },
  {
    date: '2027-02-27T11:00:00',
    set: 'L',
    title: 'Dev and the cloning',
    people: ['Dev'],
    tags: ['supervision'],
    situation: 'Asked Dev how the cloning for chapter two was going.',
    lines: [
      ['Dev: It is fine, it is going.', 'It has been going since November.'],
      ['Me: Shall we look at the gels together?', 'He said maybe next week.'],
    ],
    assumptions: [
      ['Dev has lost interest in his project.', 'l5'],
      ['The freezer alarm will go off again this weekend.', 'ul1'],
    ],
  },
  {
    date: '2027-03-01T18:00:00',
    set: 'D',
    title: 'Grant reviews back',
    people: [],
    tags: ['grant'],
    situation: 'The external reviews of the renewal came back.',
    lines:
      'Two reviews were positive, one was lukewarm. The lukewarm one questioned the feasibility of aim 3. The panel meets in April.',
    assumptions: [
      ['The grant renewal will be turned down.', 'l7'],
      ["I don't have what it takes to lead this group.", 'l4'],
      ['Reviewer 3 did not read the methods section.', 'ul2'],
    ],
  },
  {
    date: '2027-03-02T09:30:00',
    set: 'L',
    title: 'Bench space',
    people: ['Lena', 'Prof Whitfield'],
    tags: ['department'],
    situation: 'Lena showed me the floor plan for the refurbished lab.',
    lines: [
      ['Lena: We lose two benches to the new imaging suite.', 'And gain nothing.'],
      ['Me: I will talk to Whitfield.', 'Will I, though?'],
    ],
    assumptions: [
      ['If I ask Whitfield for more bench space, I will look greedy.', 'l8'],
      ['Lena ends up doing the chores the students should do.', 'l6'],
    ],
  },
  {
    date: '2027-03-04T14:20:00',
    set: 'D',
    title: "Tomasz's calendar",
    people: ['Tomasz'],
    tags: ['lab'],
    situation: "Noticed Tomasz's shared calendar.",
    lines:
      'Two afternoons blocked as "personal" this week. He updated his profile on a jobs site. He asked for a reference letter "just in case".',
    assumptions: [
      ['Tomasz is looking for another job.', 'l9'],
      ['He presents work the students did as his own.', 'l3'],
    ],
  },
  {
    date: '2027-03-05T16:45:00',
    set: 'L',
    title: 'Thesis timeline',
    people: ['Aisha'],
    tags: ['supervision'],
    situation: 'Went through the thesis timeline with Aisha.',
    lines: [
      ['Aisha: I can write chapter three in April.', 'She has not started chapter two.'],
      ['Me: Let us plan backwards from September.', 'She nodded too quickly.'],
    ],
    assumptions: [
      ['She is never going to submit by September.', 'l2'],
      ['Aisha would like to go into industry after the PhD.', 'ul3'],
    ],
  },
  {
    date: '2027-03-08T10:10:00',
    set: 'D',
    title: 'Coffee room',
    people: ['Dev', 'Aisha'],
    tags: ['lab'],
    situation: 'Walked into the coffee room after the journal club.',
    lines:
      'Dev stopped talking when I came in. Aisha had just had her paper accepted. Dev left without his coffee.',
    assumptions: [
      ["Dev is jealous of Aisha's paper.", 'l11'],
      ['He is just going through the motions on his PhD.', 'l5'],
    ],
  },
  {
    date: '2027-03-10T17:30:00',
    set: 'L',
    title: 'Lab admin',
    people: ['Lena'],
    tags: ['lab'],
    situation: 'Lena asked who was supposed to order the tips this month.',
    lines: [
      ['Lena: I did the orders, the waste and the rota again.', 'She did.'],
      ['Me: I will remind everyone.', 'I reminded everyone last month.'],
    ],
    assumptions: [
      ['Everyone dumps their jobs on Lena.', 'l6'],
      ['Lena wants a pay rise.', 'ul4'],
    ],
  },
  {
    date: '2027-03-12T12:00:00',
    set: 'D',
    title: 'Seminar invitations',
    people: ['Prof Whitfield'],
    tags: ['department'],
    situation: 'Saw the list of internal speakers for the department seminar series.',
    lines: 'Every other PI in the building is on it. I am not. The list was drawn up by Prof Whitfield.',
    assumptions: [
      ['Whitfield sees my group as second-rate.', 'l1'],
      ["I'm kept out of the loop on department decisions.", 'l10'],
    ],
  },
  {
    date: '2027-03-15T15:00:00',
    set: 'L',
    title: 'Student feedback',
    people: ['Aisha', 'Dev'],
    tags: ['supervision'],
    situation: 'Anonymous lab feedback came back from the graduate school.',
    lines: [
      ['Feedback: The PI is hard to reach.', 'That one stung.'],
      ['Feedback: Good science, chaotic organisation.', 'Fair.'],
    ],
    assumptions: [
      ["I'm not cut out to run a lab.", 'l4'],
      ['Aisha is on track to finish her thesis on time.', 'l2-not'],
    ],
  },
  {
    date: '2027-03-17T11:20:00',
    set: 'D',
    title: 'Author order',
    people: ['Tomasz', 'Aisha'],
    tags: ['paper'],
    situation: 'Tomasz sent round the draft of the knockout paper.',
    lines:
      'Tomasz is first author. Aisha did most of the experiments. Aisha had put herself first on her own draft of the same paper.',
    assumptions: [
      ['Tomasz puts his name on what Aisha did.', 'l3'],
      ["Aisha takes credit for Tomasz's results.", 'l3-rev'],
    ],
  },
  {
    date: '2027-03-19T16:00:00',
    set: 'L',
    title: 'Departmental space committee',
    people: ['Prof Whitfield'],
    tags: ['department'],
    situation: 'Space committee meeting.',
    lines: [
      ['Prof Whitfield: Anyone with a case for more space, send it to me.', 'Looking at me.'],
      ['Me: (nothing)', 'I had the case in my bag.'],
    ],
    assumptions: [
      ['Pushing for more lab space will get me labelled as difficult.', 'l8'],
      ['She values my research.', 'l1-not'],
    ],
  },
  {
    date: '2027-03-22T13:30:00',
    set: 'D',
    title: 'Reference letter',
    people: ['Tomasz'],
    tags: ['lab'],
    situation: 'Wrote the reference letter Tomasz asked for.',
    lines:
      'The job is a fellowship in Zurich. The deadline is Friday. He has not mentioned it at lab meeting.',
    assumptions: [
      ['Tomasz has one foot out the door.', 'l9'],
      ['The panel will reject the renewal.', 'l7'],
    ],
  },
  {
    date: '2027-03-24T10:45:00',
    set: 'L',
    title: 'Dev comes back',
    people: ['Dev'],
    tags: ['supervision'],
    situation: 'Dev came to my office with a new plan for chapter two.',
    lines: [
      ['Dev: I want to redo the constructs properly.', 'I did not expect that.'],
      ['Me: Great, show me the plan.', 'He had a plan.'],
    ],
    assumptions: [
      ['Dev is committed to his project after all.', 'l5-not'],
      ['The sequencing core will lose our samples again.', 'ul5'],
    ],
  },
  {
    date: '2027-03-26T15:15:00',
    set: 'D',
    title: 'Paper acceptance',
    people: ['Aisha', 'Dev'],
    tags: ['paper'],
    situation: "Aisha's paper came out online.",
    lines:
      'Dev did not like the post on the lab channel. Aisha did not congratulate Dev on his poster prize last month either.',
    assumptions: [
      ['Aisha is jealous of Dev.', 'l11-rev'],
      ["Dev resents Aisha's success.", 'l11'],
    ],
  },
  {
    date: '2027-03-29T11:00:00',
    set: 'L',
    title: 'Chat with Tomasz',
    people: ['Tomasz'],
    tags: ['lab'],
    situation: 'Asked Tomasz directly about his plans.',
    lines: [
      ['Tomasz: I am happy here, I want to see the paper through.', 'Then why Zurich?'],
      ['Me: Good. Tell me if that changes.', 'I did not ask about Zurich.'],
    ],
    assumptions: [
      ['Tomasz wants to stay in the lab.', 'l9-not'],
      ['I am good at running this lab.', 'l4-not'],
    ],
  },
  {
    date: '2027-04-01T17:40:00',
    set: 'D',
    title: 'Cold room rota',
    people: ['Lena'],
    tags: ['lab'],
    situation: 'Found the cold room rota blank for April.',
    lines: 'Lena had filled in her own slots. Nobody else had. She cleaned the cold room herself on Friday.',
    assumptions: [
      ["Lena gets stuck with everyone else's chores.", 'l6'],
      ['The department does things without asking me.', 'l10'],
    ],
  },
  {
    date: '2027-04-05T12:30:00',
    set: 'L',
    title: 'Panel preparation',
    people: ['Prof Whitfield'],
    tags: ['grant'],
    situation: 'Prof Whitfield offered to read the renewal before the panel interview.',
    lines: [
      ['Prof Whitfield: It is strong; aim 3 is the only worry.', 'The only worry is the whole grant.'],
      ['Me: I will tighten it.', 'I will not sleep either.'],
    ],
    assumptions: [
      ['The grant renewal will be funded.', 'l7-not'],
      ["We won't get the renewal funded.", 'l7'],
      ['Prof Whitfield is retiring next year.', 'ul6'],
    ],
  },
];
