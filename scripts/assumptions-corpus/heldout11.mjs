// Eleventh held-out set: written blind at the start of session 5, without reading the engine, its theme tables, its
// tests or any failure output, and without running the engine on it. To be scored once, by the lead; never tuned on.
// Two fictional journal keepers writing after difficult work conversations: the company stage manager of a regional
// repertory theatre (the Playhouse) during rehearsals, tech, previews and the run of one production and the planning
// of its tour (Lucian, the director — "the director"; Ottilie, the producer — "the producer"; Bram, the deputy stage
// manager — "my DSM"; Rosalind, the lead actor — "our lead", "the star"; Teodor, the production manager — "the
// production manager"; Wren, the new assistant stage manager — "the new ASM"; Saoirse, the set designer; the crew,
// the fly floor, the board) and the regional sales manager of an agricultural machinery dealer (Alistair, the
// managing director — "the MD", "the boss"; Fraser, the longest-serving salesman, who wanted the regional job — "my
// oldest salesman"; Kirsty, a salesperson in her first year; Henrike, the manufacturer's territory manager — "the
// manufacturer", "the factory"; Gethin, the workshop manager — "the workshop"; Douglas Baird, the biggest arable
// customer — "the Bairds"; Mackie's, the rival dealer; the finance house).
// Pronouns refer to the one person of that gender in the entry's people; roles and group subjects are used too.
// Traps: opposites (sees me as the help, thinks my ideas are worthless / values what I bring to the room; after my
// job / uninterested in my job; my last season / wants me back, building the season around me; the crew don't take me
// seriously / trust my calls; out of her depth / on top of the job; only cares about the figure / cares how the team
// are getting on; take the franchise off us / their dealer for the long term; buy his combine from Mackie's / stay
// loyal; won't back me, left unsupported / stand behind me; targets impossible, pure fantasy / within reach, doable), direction
// (Teodor blames stage management / I blame Teodor; Lucian goes over my head to Ottilie / I go over Lucian's head;
// Gethin talks me down to customers / I talk Gethin down; Fraser poaches Kirsty's leads / Kirsty poaches Fraser's),
// different objects in the same frame (Bram is after Teodor's job; Teodor blames Saoirse's design; Lucian goes over
// Saoirse's head; Fraser resents Kirsty's bonus; Henrike gives the telehandler range to Mackie's), self-beliefs that
// recur without a person (pushing back gets me a reputation; being unreachable loses sales), negation inside
// paraphrases ("nobody on the fly floor listens", "no one could sell that many", "never forgiven me"), passive vs
// active ("the overspend will get pinned on me", "the enquiries that come in for Kirsty end up in Fraser's diary")
// and paraphrases with little word overlap ("just the help" ~ "a glorified PA"; "she's drowning" ~ "out of her depth";
// "the boss will fold" ~ "won't back me"; "units on a spreadsheet" ~ "all he cares about is the monthly figure").

export const groups = {
  // company stage manager at a regional repertory theatre
  h11a1: ['paraphrase', 'Lucian sees stage management as there to take orders, not to contribute'],
  'h11a1-not': ['opposite', 'Lucian values what I bring to the rehearsal room'],
  h11a2: ['paraphrase', 'Ottilie will hold me responsible for the overspend'],
  h11a3: ['paraphrase', 'Bram is after my job'],
  'h11a3-not': ['opposite', 'Bram has no wish to take over as stage manager'],
  h11a4: ['paraphrase', 'Pushing back on the director will get me labelled difficult'],
  h11a5: ['paraphrase', "The theatre won't keep me on next season"],
  'h11a5-not': ['opposite', 'The theatre wants me back next season'],
  h11a6: ['paraphrase', "Rosalind thinks the company rules don't apply to her"],
  h11a7: ['paraphrase', 'Teodor blames stage management for whatever goes wrong in tech'],
  'h11a7-rev': ['direction', 'I blame Teodor for whatever goes wrong in tech'],
  h11a8: ['paraphrase', "The crew don't take me seriously"],
  'h11a8-not': ['opposite', 'The crew trust my calls'],
  h11a9: ['paraphrase', 'Lucian goes over my head to Ottilie'],
  'h11a9-rev': ['direction', "I go over Lucian's head to Ottilie"],
  h11a10: ['paraphrase', 'Wren is out of her depth'],
  'h11a10-not': ['opposite', 'Wren is on top of the job'],
  // regional sales manager at an agricultural machinery dealer
  h11b1: ['paraphrase', 'Alistair only cares about the sales figures, not the people'],
  'h11b1-not': ['opposite', 'Alistair cares how the team are getting on'],
  h11b2: ['paraphrase', 'Fraser resents me for getting the job he wanted'],
  h11b3: ['paraphrase', 'The manufacturer will take the franchise off us'],
  'h11b3-not': ['opposite', 'The manufacturer sees us as its dealer for the long term'],
  h11b4: ['paraphrase', "Douglas Baird will take his business to Mackie's"],
  'h11b4-not': ['opposite', 'Douglas Baird will stay loyal to us'],
  h11b5: ['paraphrase', 'Gethin talks the sales team down to customers'],
  'h11b5-rev': ['direction', 'I talk Gethin down to customers'],
  h11b6: ['paraphrase', "Fraser takes Kirsty's leads"],
  'h11b6-rev': ['direction', "Kirsty takes Fraser's leads"],
  h11b7: ['paraphrase', "If I'm not reachable all the time, I'll lose sales"],
  h11b8: ['paraphrase', "Alistair won't back me against the manufacturer"],
  'h11b8-not': ['opposite', 'Alistair will back me against the manufacturer'],
  h11b9: ['paraphrase', "Kirsty thinks I don't rate her"],
  h11b10: ['paraphrase', 'The sales targets are impossible'],
  'h11b10-not': ['opposite', 'The sales targets are achievable'],
};

export const entries = [
  // ---------------------------------------------------------------- company stage manager at a repertory theatre
  {
    date: '2027-02-23T22:10:00',
    set: 'L',
    title: 'First day in the rehearsal room',
    people: ['Lucian'],
    tags: ['director', 'rehearsals'],
    situation:
      'First day of rehearsals. I suggested we block the ballroom scene before the interval so the crew could plan the furniture moves.',
    lines: [
      ["Lucian: Let's not get ahead of ourselves. Just keep the book for now.", 'Keep the book. Right.'],
      ['Lucian: I work best when the room is quiet.', 'Meaning me.'],
      ['Me: Of course. I will have the rehearsal call out by six.', 'And I will say nothing else all week.'],
    ],
    assumptions: [['Lucian thinks my job is to write down what he says and keep quiet.', 'h11a1']],
  },
  {
    date: '2027-02-24T19:40:00',
    set: 'D',
    title: 'Budget meeting',
    people: ['Ottilie', 'Teodor'],
    tags: ['producer', 'budget'],
    situation: 'Production budget meeting with Ottilie and Teodor.',
    lines:
      'Ottilie put the set build at eleven per cent over on the screen and looked at me, not at Teodor. She said "stage management will need to keep a very close eye on consumables". Afterwards she mentioned she was meeting a stage manager from Birmingham Rep "for a coffee" next week.',
    assumptions: [
      ['Ottilie will hold me responsible if the show goes over budget.', 'h11a2'],
      ['Ottilie is quietly looking for a new stage manager for next year.', 'h11a5'],
    ],
  },
  {
    date: '2027-02-27T18:15:00',
    set: 'L',
    title: 'Rosalind late again',
    people: ['Rosalind', 'Bram'],
    tags: ['cast', 'calls'],
    situation:
      'Rosalind arrived forty minutes after her call for the third time. Bram had already told Lucian before I could speak to her.',
    lines: [
      ["Rosalind: Darling, I was learning lines. You can't rush that.", 'Everyone else managed.'],
      ['Bram: I mentioned it to Lucian, thought he should know.', 'That was my conversation to have.'],
      ["Me: Let's talk about calls at the end of the day.", 'We will not.'],
    ],
    assumptions: [
      ['Rosalind thinks the rules are for everybody else.', 'h11a6'],
      ['Bram is after my job.', 'h11a3'],
    ],
  },
  {
    date: '2027-03-01T21:00:00',
    set: 'D',
    title: 'Safety walk-round',
    people: ['Lucian', 'Ottilie'],
    tags: ['safety', 'director'],
    situation:
      'Walked the set model through with Lucian and Ottilie and raised the unguarded edge on the upper level.',
    lines:
      'Lucian said the rail would "kill the picture". I said we could not run the scene without one. He said nothing more to me. At four, Ottilie emailed asking whether "the rail question" could be solved "without holding up the room", copying Lucian.',
    assumptions: [
      ["If I push back on Lucian in rehearsal, I'll be labelled difficult.", 'h11a4'],
      ['Lucian goes over my head to Ottilie.', 'h11a9'],
    ],
  },
  {
    date: '2027-03-04T20:20:00',
    set: 'D',
    title: "Wren's first week",
    people: ['Wren', 'Bram'],
    tags: ['team', 'props'],
    situation: 'End of the first week for Wren, the new ASM.',
    lines:
      'Wren had the props list two days late and the prop table for act three was missing the samovar. She said "sorry" four times. Bram offered to "take the props side off her" and then said that he had "run a room like this before, at Chichester".',
    assumptions: [
      ['Wren is out of her depth.', 'h11a10'],
      ['My DSM is setting himself up to replace me.', 'h11a3'],
    ],
  },
  {
    date: '2027-03-06T17:30:00',
    set: 'L',
    title: 'The contract conversation that did not happen',
    people: ['Ottilie'],
    tags: ['producer', 'contract'],
    situation: 'Asked Ottilie in the corridor whether the autumn contracts were being sorted out.',
    lines: [
      ["Ottilie: We're not there yet, it depends on the season.", 'Everyone else has heard.'],
      ["Ottilie: Let's get this one open first, shall we?", 'That means no.'],
      ['Me: Sure, no rush.', 'There is a rush. I have a mortgage.'],
    ],
    assumptions: [["My contract won't be renewed for the autumn season.", 'h11a5']],
  },
  {
    date: '2027-03-08T18:50:00',
    set: 'L',
    title: 'Fit-up planning',
    people: ['Teodor'],
    tags: ['crew', 'fit-up'],
    situation: 'Went through the fit-up schedule with Teodor and the crew chiefs.',
    lines: [
      [
        'Me: I need the flying sequence rehearsed on Thursday, before the actors are on.',
        'Please just say yes.',
      ],
      ["Teodor: We'll see what the lads think.", 'The lads think what you think.'],
      ['Me: Okay, let me know.', 'I should not have to ask twice.'],
    ],
    assumptions: [["The crew don't take me seriously.", 'h11a8']],
  },
  {
    date: '2027-03-10T19:05:00',
    set: 'D',
    title: 'Production meeting',
    people: ['Lucian', 'Saoirse'],
    tags: ['production meeting', 'design'],
    situation: 'Weekly production meeting with Lucian and Saoirse, the designer.',
    lines:
      'Lucian asked Saoirse to "lose the back wall" and asked me to "note that". When I asked how the scene change would work without it he turned to Saoirse and said "we will solve that later". He had already sent Ottilie a revised ground plan that morning without Saoirse seeing it.',
    assumptions: [
      ["To the director, I'm just the help.", 'h11a1'],
      ["Lucian goes over Saoirse's head to Ottilie.", 'uh11a1'],
    ],
  },
  {
    date: '2027-03-12T22:30:00',
    set: 'L',
    title: 'Notes session',
    people: ['Lucian'],
    tags: ['director', 'notes'],
    situation:
      "Lucian's notes session after the first full run. I said the quick change in act two was not possible in twelve seconds.",
    lines: [
      ['Lucian: Everything is possible if people want it to be.', 'People. Me.'],
      ['Lucian: Could you make it happen, please, and not tell me why it cannot?', 'Everyone heard that.'],
      ["Me: I'll talk to wardrobe.", 'I will talk to wardrobe and it will still be twelve seconds.'],
    ],
    assumptions: [
      ['He sees the stage manager as a glorified PA.', 'h11a1'],
      ['Saying no in the rehearsal room makes me the awkward one.', 'h11a4'],
    ],
  },
  {
    date: '2027-03-15T23:40:00',
    set: 'D',
    title: 'Tech, day one',
    people: ['Teodor', 'Wren'],
    tags: ['tech', 'crew'],
    situation: 'First day of the technical rehearsal.',
    lines:
      'The truck for the ballroom stuck twice. Teodor said on cans, to everyone, "that is a stage management cue". It was a crew cue. Wren missed two prop settings and I found her in the dock crying at the dinner break.',
    assumptions: [
      ['Teodor blames my team for everything that goes wrong in tech.', 'h11a7'],
      ["The new ASM can't keep up with the pace of tech.", 'h11a10'],
    ],
  },
  {
    date: '2027-03-16T23:55:00',
    set: 'L',
    title: 'Tech, day two',
    people: ['Teodor', 'Saoirse'],
    tags: ['tech', 'flying'],
    situation: 'Second day of tech. We stopped for forty minutes on the act one flying sequence.',
    lines: [
      ['Teodor: If the design had been finished on time we would not be here.', 'Saoirse went white.'],
      ['Me: Standby fly cue twelve. Standby. Can I get an answer from the fly floor?', 'Silence. Again.'],
      ["Teodor: They're ready, go on.", 'They answer him.'],
    ],
    assumptions: [
      ["Teodor blames Saoirse's design for the delays in tech.", 'uh11a2'],
      ['Nobody on the fly floor listens to my standbys.', 'h11a8'],
    ],
  },
  {
    date: '2027-03-18T23:20:00',
    set: 'L',
    title: 'Dress rehearsal',
    people: ['Rosalind', 'Lucian'],
    tags: ['dress', 'cast'],
    situation:
      'First dress. Rosalind came in at the quarter, not the half. Lucian spoke to Ottilie about the running time before he spoke to me.',
    lines: [
      ['Rosalind: The half is a guideline for people who need it.', 'It is in your contract.'],
      ["Lucian: Ottilie and I think the interval is too long. She'll let you know.", 'I run the interval.'],
      ['Me: Fine, I will wait to hear.', 'From the producer. About my own job.'],
    ],
    assumptions: [
      ["Our lead believes she's above the half-hour call.", 'h11a6'],
      ['The director takes his complaints straight to the producer instead of to me.', 'h11a9'],
    ],
  },
  {
    date: '2027-03-20T23:45:00',
    set: 'D',
    title: 'First preview',
    people: ['Teodor'],
    tags: ['previews', 'tech'],
    situation: 'First preview. The revolve stopped a quarter turn short in the storm scene.',
    lines:
      'The revolve stopped; the scene played on the wrong side of the house for two minutes. In the debrief Teodor said "we will look at the calling" before anyone had looked at the motor. The engineer found a loose encoder cable at eleven. Teodor left before he found it.',
    assumptions: [
      ["Whatever actually broke, he'll say it was us.", 'h11a7'],
      ['The revolve will jam again before press night.', 'uh11a3'],
    ],
  },
  {
    date: '2027-03-22T18:10:00',
    set: 'L',
    title: 'The overspend email',
    people: ['Ottilie', 'Lucian'],
    tags: ['budget', 'producer'],
    situation:
      'Ottilie called me in about the props and consumables line, with Lucian in the room for the last five minutes.',
    lines: [
      [
        'Ottilie: I need to understand how props has got to this number.',
        'Lucian asked for three new chandeliers.',
      ],
      ["Lucian: I don't need to be in this, do I?", 'You never need to be in anything I say.'],
      ['Me: I will send a breakdown tonight.', 'With his name on every line.'],
    ],
    assumptions: [
      ['If the budget blows, the producer will make me carry the can.', 'h11a2'],
      ['Lucian thinks my ideas about the show are worthless.', 'h11a1'],
    ],
  },
  {
    date: '2027-03-24T22:00:00',
    set: 'D',
    title: 'Bram and Wren',
    people: ['Bram', 'Wren'],
    tags: ['team', 'deputy'],
    situation: 'Came back from a meeting to find Bram had reorganised the prompt desk and the ASM rota.',
    lines:
      'Bram had put Wren on the book for the matinee "to give her experience" and himself on the stage-left track. He said the board had asked him about touring "in a bigger role". Wren said she was fine with it and then did not eat at the break.',
    assumptions: [
      ['He wants to be running the show by next season, and that means pushing me out.', 'h11a3'],
      ["She's drowning and won't say so.", 'h11a10'],
    ],
  },
  {
    date: '2027-03-27T23:50:00',
    set: 'L',
    title: 'Press night',
    people: ['Lucian', 'Ottilie'],
    tags: ['press night', 'director'],
    situation:
      'Press night. At the party Ottilie told me Lucian wanted the curtain call restaged from tomorrow.',
    lines: [
      [
        "Ottilie: He mentioned it to me this afternoon, I said I'd pass it on.",
        'This afternoon. I was in the building.',
      ],
      ["Lucian: Congratulations, everyone. Well, nearly everyone's show.", 'Nearly.'],
      [
        "Me: I'll schedule it for tomorrow at four.",
        'I did not say a word about the actors being exhausted.',
      ],
    ],
    assumptions: [
      ['Any stage manager who argues with the director gets a reputation.', 'h11a4'],
      ['He bypasses me whenever he wants something changed.', 'h11a9'],
    ],
  },
  {
    date: '2027-03-30T18:25:00',
    set: 'D',
    title: 'Board visit',
    people: ['Ottilie'],
    tags: ['board', 'contract'],
    situation: 'Two members of the board watched the matinee and came backstage with Ottilie.',
    lines:
      'Ottilie introduced everyone on the stage-management team except me by their plans for the autumn. The board chair asked how the studio theatre was doing and Ottilie said "that is a conversation for after this season". I went back to the desk.',
    assumptions: [
      ['This is my last season at the Playhouse.', 'h11a5'],
      ['The board will close the studio theatre after this season.', 'uh11a4'],
    ],
  },
  {
    date: '2027-04-02T19:15:00',
    set: 'L',
    title: 'Show report row',
    people: ['Rosalind', 'Teodor'],
    tags: ['show report', 'cast'],
    situation:
      'I put in the show report that Rosalind had moved the act three chair, which caused the missed light cue.',
    lines: [
      ["Rosalind: Putting my name in a report is a bit much, isn't it?", 'It is what the report is for.'],
      [
        "Teodor: Lighting didn't miss anything, the chair was on the wrong mark. Your department's call.",
        'She moved it.',
      ],
      ['Me: I will word it differently tomorrow.', 'I will not.'],
    ],
    assumptions: [
      ['She thinks being the star exempts her from the company rules.', 'h11a6'],
      ['Whenever a cue goes wrong, the production manager points the finger at stage management.', 'h11a7'],
    ],
  },
  {
    date: '2027-04-06T18:40:00',
    set: 'D',
    title: 'Crew call and the consumables line',
    people: ['Teodor'],
    tags: ['crew', 'budget'],
    situation: 'Crew call for the mid-run maintenance, then a look at the final figures with Teodor.',
    lines:
      'I asked for the flying lines to be checked before the matinee; nothing happened until Teodor repeated it an hour later, in the same words. The production account showed the chandelier bill coded to stage management consumables. Teodor said "finance will sort it".',
    assumptions: [
      ['The crew only do what I ask once Teodor says it too.', 'h11a8'],
      ['The overspend will get pinned on me.', 'h11a2'],
    ],
  },
  {
    date: '2027-04-09T17:50:00',
    set: 'L',
    title: 'Tour planning',
    people: ['Lucian', 'Ottilie'],
    tags: ['tour', 'director'],
    situation:
      'Tour planning with Lucian and Ottilie. Lucian asked for my view on cutting the revolve for the tour, and then used it.',
    lines: [
      ['Lucian: You know the show better than I do now. What would you cut?', 'I was not ready for that.'],
      ["Lucian: You went to Ottilie about the tour dates before you came to me, didn't you?", 'I did.'],
      ['Ottilie: Some of the venues are tiny, we should be honest about that.', 'Tiny is generous.'],
    ],
    assumptions: [
      ['Lucian actually values what I bring to the rehearsal room.', 'h11a1-not'],
      ["I go over Lucian's head to Ottilie.", 'h11a9-rev'],
      ["The touring venues won't have the wing space for our set.", 'uh11a5'],
    ],
  },
  {
    date: '2027-04-13T18:05:00',
    set: 'D',
    title: 'Autumn season meeting',
    people: ['Ottilie', 'Bram'],
    tags: ['contract', 'season'],
    situation: 'Ottilie called Bram and me in about the autumn season.',
    lines:
      'Ottilie had a draft autumn schedule with my name against all three productions. Bram asked to stay as DSM and said he was "not built for the desk, too much politics". He said the touring question from the board had been about the van.',
    assumptions: [
      ['The Playhouse wants me back next season.', 'h11a5-not'],
      ['Bram is uninterested in my job and happy to stay on the book.', 'h11a3-not'],
    ],
  },
  {
    date: '2027-04-16T22:45:00',
    set: 'L',
    title: "Wren's show",
    people: ['Wren'],
    tags: ['team', 'run'],
    situation:
      'Wren ran the stage-left track alone for the first time and reset two props that the cast had moved.',
    lines: [
      ['Wren: I caught the dagger before it went on, it was on the wrong table.', 'I did not even see it.'],
      ['Wren: Can I do the track again on Saturday?', 'Yes. Obviously yes.'],
      ['Me: Good work tonight.', 'Better than good.'],
    ],
    assumptions: [['Wren has got completely on top of the job.', 'h11a10-not']],
  },
  {
    date: '2027-04-20T23:10:00',
    set: 'L',
    title: 'After the get-out rehearsal',
    people: ['Teodor'],
    tags: ['tour', 'crew'],
    situation: 'Practice get-out for the tour. The crew struck the set twenty minutes under the schedule.',
    lines: [
      ['Teodor: Your calls were spot on tonight. The lads said so.', 'The lads said so.'],
      ["Teodor: Bram's been asking about production management courses, did you know?", 'I did not.'],
      ["Me: The masking took ages again, that's your side.", 'I said it before I checked.'],
    ],
    assumptions: [
      ['The crew trust my calls completely.', 'h11a8-not'],
      ['I blame Teodor for everything that goes wrong in tech.', 'h11a7-rev'],
      ["Bram is after Teodor's job.", 'uh11a6'],
    ],
  },
  {
    date: '2027-04-22T17:35:00',
    set: 'D',
    title: 'Next season, and the rail again',
    people: ['Ottilie'],
    tags: ['producer', 'safety'],
    situation: 'Meeting with Ottilie about the autumn season and the tour risk assessment.',
    lines:
      'Ottilie asked me which autumn show I wanted to start with and said she had held off booking the Christmas show until I had seen the script. The tour risk assessment still had the upper-level rail marked "director to decide". I did not mention it.',
    assumptions: [
      ['Ottilie is building the autumn season around having me there.', 'h11a5-not'],
      ['Raising the safety issue again will make me look like a troublemaker.', 'h11a4'],
    ],
  },
  // ---------------------------------------------------------------- regional sales manager at a machinery dealer
  {
    date: '2027-02-23T20:30:00',
    set: 'L',
    title: 'Monthly figures',
    people: ['Alistair'],
    tags: ['MD', 'targets'],
    situation:
      'Monthly figures meeting with Alistair. The region is at sixty per cent of the February target.',
    lines: [
      ['Alistair: Sixty per cent. What do I tell the bank, that it rained?', 'It did rain. For five weeks.'],
      ['Me: Kirsty had a rough month, her dad has been in hospital.', 'He did not even look up.'],
      ['Alistair: I need twelve tractors out of the gate in March.', 'Twelve. In this spring.'],
    ],
    assumptions: [
      ['All Alistair cares about is the monthly figure.', 'h11b1'],
      ['The new targets are impossible to hit.', 'h11b10'],
    ],
  },
  {
    date: '2027-02-25T19:00:00',
    set: 'D',
    title: 'Monday sales meeting',
    people: ['Fraser', 'Kirsty'],
    tags: ['team', 'leads'],
    situation: 'Monday sales meeting with Fraser and Kirsty.',
    lines:
      "Fraser arrived ten minutes late and sat at my end of the table. When I went through the regional plan he said \"that is how we did it under the old manager, it didn't work then either\". The lead board showed the Harper enquiry, which came in on Kirsty's phone, with Fraser's initials on it.",
    assumptions: [
      ['Fraser resents me getting the regional job he wanted.', 'h11b2'],
      ["Fraser is poaching Kirsty's leads.", 'h11b6'],
    ],
  },
  {
    date: '2027-02-26T18:20:00',
    set: 'L',
    title: "Henrike's visit",
    people: ['Henrike'],
    tags: ['manufacturer', 'franchise'],
    situation: "Henrike, the manufacturer's territory manager, visited for the quarterly review.",
    lines: [
      ["Henrike: Mackie's have asked about the territory north of the river.", 'Our territory.'],
      [
        'Henrike: We are reviewing all dealer agreements this year. Nothing personal.',
        'It is always personal.',
      ],
      ['Me: We are confident about the spring.', 'We are not.'],
    ],
    assumptions: [["Henrike is going to give our territory to Mackie's.", 'h11b3']],
  },
  {
    date: '2027-03-01T21:30:00',
    set: 'D',
    title: "Baird's, Sunday",
    people: ['Douglas'],
    tags: ['customer', 'combine'],
    situation:
      'Drove out to the Bairds on Sunday afternoon after Douglas rang twice about the combine quote.',
    lines:
      'Douglas had a Mackie\'s brochure on the kitchen table, open at the combine page. He said "I like to know what\'s out there". He also said he had rung on Saturday night and "got nobody". I had been at my daughter\'s birthday.',
    assumptions: [
      ["Douglas will buy his next combine from Mackie's.", 'h11b4'],
      ["If I don't answer the phone on a Sunday, the farmer goes elsewhere.", 'h11b7'],
    ],
  },
  {
    date: '2027-03-03T18:45:00',
    set: 'L',
    title: 'Workshop handover',
    people: ['Gethin', 'Kirsty'],
    tags: ['workshop', 'team'],
    situation: 'Handover of a new baler to a customer, with Gethin from the workshop and Kirsty.',
    lines: [
      [
        'Gethin: I told him, the sales lads will promise you the moon, we fix what they sold you.',
        'In front of the customer.',
      ],
      ['Kirsty: Do you want me to do the paperwork or will you?', 'She does not ask, usually.'],
      ["Me: I'll do it, you watch this time.", 'She looked like I had slapped her.'],
    ],
    assumptions: [
      ['Gethin talks me down to customers.', 'h11b5'],
      ["Kirsty thinks I don't rate her.", 'h11b9'],
    ],
  },
  {
    date: '2027-03-05T19:10:00',
    set: 'L',
    title: "Kirsty's one-to-one",
    people: ['Kirsty', 'Fraser'],
    tags: ['team', 'one-to-one'],
    situation: 'One-to-one with Kirsty. Fraser put his head round the door halfway through.',
    lines: [
      ['Kirsty: Should I be looking for something else? Just tell me.', 'Where did that come from?'],
      ['Fraser: When you two are done, boss.', 'Boss. He never says it straight.'],
      ['Me: You are doing fine, we can talk about the numbers next week.', 'That did not help.'],
    ],
    assumptions: [
      ["She believes I've already written her off.", 'h11b9'],
      ["He's never forgiven me for being promoted over him.", 'h11b2'],
    ],
  },
  {
    date: '2027-03-09T20:05:00',
    set: 'D',
    title: 'Target letter from the factory',
    people: ['Alistair', 'Henrike'],
    tags: ['targets', 'manufacturer'],
    situation: "The manufacturer's target letter came in. Call with Henrike, Alistair joining.",
    lines:
      'The telehandler target for the region is up forty per cent on last year. Henrike said the figure was "not negotiable, it is the same for every dealer". I said our territory has lost two big dairy units. Alistair said "we\'ll find a way" and moved the call on to the open day.',
    assumptions: [
      ["Alistair won't back me against the manufacturer.", 'h11b8'],
      ['No one could sell that many telehandlers in this region.', 'h11b10'],
    ],
  },
  {
    date: '2027-03-11T18:30:00',
    set: 'L',
    title: 'The Pryce enquiry',
    people: ['Fraser', 'Kirsty'],
    tags: ['leads', 'finance'],
    situation: 'The Pryces rang Kirsty about a tractor on finance. By the afternoon Fraser was quoting them.',
    lines: [
      [
        "Fraser: Their dad's an old customer of mine, I thought I'd save her the bother.",
        'Save her the commission.',
      ],
      ["Kirsty: It's fine, honestly.", 'It is not fine.'],
      ["Me: Let's keep the Pryces with Kirsty from now on.", 'I said it too quietly.'],
    ],
    assumptions: [
      ['He helps himself to her enquiries.', 'h11b6'],
      ["The finance house will turn down the Pryces' application.", 'uh11b1'],
    ],
  },
  {
    date: '2027-03-15T19:20:00',
    set: 'D',
    title: 'Holiday request',
    people: ['Alistair'],
    tags: ['MD', 'holiday'],
    situation: 'Asked Alistair for a week off at Easter for a family holiday booked last year.',
    lines:
      'Alistair looked at the wall chart and said "Easter, in a spring like this?" He approved it and then went straight on to the March forecast: units, margin, units. He asked nothing about the team except whether Kirsty "was going to make it".',
    assumptions: [
      ["Taking a week off in spring would cost me the season's sales.", 'h11b7'],
      ['To the MD, the sales team are just units on a spreadsheet.', 'h11b1'],
    ],
  },
  {
    date: '2027-03-17T17:55:00',
    set: 'L',
    title: 'Douglas on the phone',
    people: ['Douglas'],
    tags: ['customer', 'competition'],
    situation:
      "Douglas rang to ask for a better trade-in price on his old combine and mentioned a figure he had 'heard about'.",
    lines: [
      ['Douglas: I hear the other lot are doing fifteen off list.', 'Heard from whom?'],
      ["Douglas: I'm not saying I'm going anywhere.", 'Then why say it?'],
      ['Me: Let me see what I can do on the trade-in.', 'I had nothing to offer.'],
    ],
    assumptions: [['The Bairds are shopping around behind my back.', 'h11b4']],
  },
  {
    date: '2027-03-19T18:35:00',
    set: 'D',
    title: 'Baler warranty claim',
    people: ['Gethin'],
    tags: ['workshop', 'warranty'],
    situation: 'Customer complaint about the baler sold on the 3rd; it went back into the workshop.',
    lines:
      'The customer told me on the phone that Gethin had said "it was never the right baler for his ground, but sales wanted the deal". The fault was a sheared pin. Gethin\'s job card said "operator error, setup as delivered".',
    assumptions: [['The workshop tells farmers we oversell the machines.', 'h11b5']],
  },
  {
    date: '2027-03-22T19:45:00',
    set: 'L',
    title: 'Dealer review preparation',
    people: ['Henrike', 'Alistair'],
    tags: ['manufacturer', 'franchise'],
    situation: "Preparing for the manufacturer's dealer review with Alistair, Henrike on the speakerphone.",
    lines: [
      [
        "Henrike: I'll be honest, the regional office is asking whether two dealers is the right number.",
        "Two dealers. Us and Mackie's.",
      ],
      ['Alistair: We hear you, Henrike. Whatever you need from us.', 'Whatever she needs.'],
      ['Me: Our service numbers are the best in the area.', 'Nobody replied.'],
    ],
    assumptions: [
      ['The manufacturer will take the franchise off us.', 'h11b3'],
      ['When Henrike leans on him, the boss will fold.', 'h11b8'],
    ],
  },
  {
    date: '2027-03-25T18:00:00',
    set: 'D',
    title: 'Quarter-end sales meeting',
    people: ['Fraser', 'Kirsty'],
    tags: ['team', 'bonus'],
    situation: 'Quarter-end sales meeting. Kirsty made her first bonus.',
    lines:
      'When I read out the bonus list Fraser said "some of us had to earn ours". Later, in the yard, he told the parts counter that the region "used to have a manager who had sold a tractor". He did not look at me for the rest of the day.',
    assumptions: [
      ["Fraser thinks the regional manager's job should have been his.", 'h11b2'],
      ["Fraser resents Kirsty's bonus.", 'uh11b2'],
    ],
  },
  {
    date: '2027-03-29T19:30:00',
    set: 'L',
    title: 'Yard stock',
    people: ['Alistair', 'Kirsty'],
    tags: ['MD', 'stock'],
    situation:
      'Walked the yard with Alistair and Kirsty. Eleven used tractors, four of them since last autumn.',
    lines: [
      [
        'Alistair: Get them gone. I do not care what you have to do.',
        'Kirsty has been in since six every day.',
      ],
      ['Kirsty: I could do a used-stock open day?', 'Good idea, and he ignored it.'],
      ['Alistair: Just get them gone.', 'Gone.'],
    ],
    assumptions: [
      ["He doesn't care how we are as long as the tractors go out the gate.", 'h11b1'],
      ["The used tractors in the yard won't shift before harvest.", 'uh11b3'],
    ],
  },
  {
    date: '2027-04-01T20:40:00',
    set: 'D',
    title: 'The combine decision',
    people: ['Douglas'],
    tags: ['customer', 'combine'],
    situation: 'Douglas said he would "let me know" about the combine after the weekend.',
    lines:
      "He had said the same in February and then ordered his sprayer from Mackie's. His son did not come out of the office to say hello. I had my phone on all weekend and checked it during my son's football match.",
    assumptions: [
      ["We've lost the Baird account, he just hasn't told me yet.", 'h11b4'],
      ["A salesman who isn't reachable at all hours doesn't sell machines.", 'h11b7'],
    ],
  },
  {
    date: '2027-04-05T18:50:00',
    set: 'D',
    title: 'New price list',
    people: ['Henrike'],
    tags: ['manufacturer', 'prices'],
    situation:
      "Henrike sent the manufacturer's new price list, effective the 15th, with a note on the telehandler range.",
    lines:
      'The price list is up six per cent across the board. Henrike\'s note said the telehandler range "may be better served by a specialist dealer in parts of the territory". The target for telehandlers was not changed.',
    assumptions: [
      ["Henrike is going to give the telehandler range to Mackie's.", 'uh11b4'],
      ['The April price rise will kill the spring orders.', 'uh11b5'],
      ["The factory's numbers for this region are pure fantasy.", 'h11b10'],
    ],
  },
  {
    date: '2027-04-08T19:05:00',
    set: 'L',
    title: "Kirsty's first big sale",
    people: ['Kirsty', 'Gethin'],
    tags: ['team', 'workshop'],
    situation: 'Kirsty sold a tractor and loader to a new customer. Gethin did the pre-delivery inspection.',
    lines: [
      ["Kirsty: I didn't think you'd let me do this one on my own.", 'Why would she think that?'],
      ["Gethin: Tell him not to believe the brochure, that's all I said.", 'To the customer. Again.'],
      ["Me: The Morgan enquiry was yours, wasn't it? Why is it in Fraser's diary?", 'She shrugged.'],
    ],
    assumptions: [
      ['Kirsty assumes I see her as the weak link on the team.', 'h11b9'],
      ['He badmouths the sales side whenever a customer is in the workshop.', 'h11b5'],
      ["The enquiries that come in for Kirsty end up in Fraser's diary.", 'h11b6'],
    ],
  },
  {
    date: '2027-04-12T20:15:00',
    set: 'D',
    title: 'Dealer review',
    people: ['Alistair', 'Henrike'],
    tags: ['manufacturer', 'franchise'],
    situation: "The manufacturer's dealer review at our place, with Henrike and her regional director.",
    lines:
      'The regional director went through our market share slide by slide. When he asked about the telehandler shortfall Alistair said "that is really a question for the regional team" and looked at me. Henrike said the agreement would be "looked at again in the autumn".',
    assumptions: [
      ["I'll be left unsupported when the factory comes after the region.", 'h11b8'],
      ["We'll lose the dealership when the agreement comes up in the autumn.", 'h11b3'],
    ],
  },
  {
    date: '2027-04-15T18:25:00',
    set: 'L',
    title: 'Fraser in the yard',
    people: ['Fraser'],
    tags: ['team', 'leads'],
    situation: 'Fraser caught me in the yard to say Kirsty had quoted one of his customers.',
    lines: [
      ["Fraser: She rang the Hendersons. They've been mine twenty years.", 'He might be right.'],
      ['Fraser: Not that you would know, you were selling quads when I started.', 'There it is.'],
      [
        'Me: The telehandler number, I think we can actually get there.',
        'Where did that come from? Three orders this week.',
      ],
    ],
    assumptions: [
      ["Kirsty is poaching Fraser's leads.", 'h11b6-rev'],
      ['My oldest salesman still sees me as the upstart who jumped the queue.', 'h11b2'],
      ['Hitting the telehandler number this year is doable.', 'h11b10-not'],
    ],
  },
  {
    date: '2027-04-17T17:40:00',
    set: 'D',
    title: "Gethin's complaint",
    people: ['Gethin'],
    tags: ['workshop', 'customers'],
    situation: 'Gethin came to my office about something a customer told him.',
    lines:
      'Gethin said a customer had told him I had said "the workshop will find a fault if you give them long enough". I had said something like it, at the show, as a joke. I switched my phone off for the conversation and had three missed calls afterwards, one of them a new enquiry that had already gone to Mackie\'s by the time I rang back.',
    assumptions: [
      ['I talk Gethin down to customers.', 'h11b5-rev'],
      ["The minute I switch my phone off, Mackie's get the deal.", 'h11b7'],
    ],
  },
  {
    date: '2027-04-20T19:50:00',
    set: 'L',
    title: 'Alistair after the review',
    people: ['Alistair', 'Henrike'],
    tags: ['MD', 'manufacturer'],
    situation:
      "Alistair rang Henrike with me in the room about the review's findings, then asked me how the team were.",
    lines: [
      [
        "Alistair: Henrike, my regional manager's numbers are the best we've had in a wet spring. I won't have my regional manager blamed for it.",
        'I did not expect that.',
      ],
      [
        "Henrike: Understood. For what it's worth, we want you in this territory for the next ten years.",
        'Ten years.',
      ],
      ['Alistair: And how is Kirsty doing? And you?', 'He asked twice.'],
    ],
    assumptions: [
      ['Alistair will stand behind me when the manufacturer pushes.', 'h11b8-not'],
      ['Henrike sees us as their dealer for the long term.', 'h11b3-not'],
      ['Alistair genuinely cares how the team are getting on.', 'h11b1-not'],
    ],
  },
  {
    date: '2027-04-22T18:35:00',
    set: 'D',
    title: 'Spring figures',
    people: ['Kirsty', 'Douglas'],
    tags: ['targets', 'customer'],
    situation:
      'End of the spring campaign. Kirsty and I went through the order book; Douglas came in to sign.',
    lines:
      'The region is at ninety-one per cent of the spring target with three weeks to go. Douglas signed for the combine at list less the usual, and said Mackie\'s had offered more and he had "never bought a machine from a man who didn\'t come out on a Sunday".',
    assumptions: [
      ['The targets are within reach.', 'h11b10-not'],
      ["Douglas will stay loyal to us whatever Mackie's offer.", 'h11b4-not'],
    ],
  },
];
