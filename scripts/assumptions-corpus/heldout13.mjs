// Thirteenth held-out set: written blind at the start of session 6, without reading the engine, its theme tables, its
// tests, the probes or any failure output, and without running the engine on it. To be scored once, by the lead; never
// tuned on.
// Two fictional journal keepers writing after difficult work conversations: the practice manager of a busy GP surgery
// (Graham, the senior partner — "the senior partner"; Priya, a GP partner — "Dr Venkatesan"; Tomasz, the newest
// partner — "our newest partner"; Janice, the reception manager — "the reception manager"; Callum, a receptionist;
// Bernadette, the senior practice nurse; Morag, the health board's primary care lead — "the health board", "the
// board"; Lorraine Pettigrew, the daughter of a patient who complained — "the Pettigrews", "that family"; the
// reception team, "the front desk"; the Abbott family, other complainants) and a self-employed electrician who runs a
// two-person business with his brother-in-law (Dean, his brother-in-law and partner — "my brother-in-law"; Karen, his
// wife, who does the books and is Dean's sister — "my wife"; Kayleigh, the apprentice — "the apprentice"; Phil, the
// site manager of Farrow's, the main contractor who pays late — "the site manager", "the main contractor", "the
// contractor"; Mrs Ingleby, an elderly customer; the Dawsons, customers with an extension; the wholesaler).
// Pronouns refer to the one person of that gender in the entry's people; roles and group subjects are used too.
// Traps: opposites (thinks my job is paperwork / respects my judgement, trusts me to run the surgery; wants to merge us
// / no interest in merging us; will escalate the complaint / unlikely to take it further; planning to leave / sees his
// future here; close to walking out / settled and going nowhere; isn't pulling his weight / pulls his weight; will pay
// late, sitting on our money / won't be late with the money, good for the money; doesn't trust me with the money,
// hopeless with money / trusts my judgement on what we can afford; isn't cut out for it / going to make a cracking
// electrician; drop us for a cheaper firm / want to keep us on), direction (Janice undermines me with the reception
// team / I undermine Janice with it; Priya blames reception when she runs late / reception blame Priya; Dean complains
// to Karen about me / I complain to Karen about Dean; Dean second-guesses my quotes in front of customers / I
// second-guess his), different objects in the same frame (Graham doesn't value the nurses; Janice undermines the new
// phone system; the Abbotts' son will go to the ombudsman; Bernadette is looking for another job; Kayleigh does the
// bare minimum; the Dawsons will never pay; Dean complains to Karen about Kayleigh; Karen doesn't trust Dean with the
// money), self-beliefs that recur without a person (saying no to the doctors makes me the obstructive one; the surgery
// falls apart without me; turning a job down loses the customer for good; one bad month and the business goes under),
// negation inside paraphrases ("nobody on reception can take much more", "won't still be here by the summer", "we'll
// never see that money on time", "customers never come back"), passive vs active ("whatever goes wrong, the sparks get
// the blame"; "the complaint is going to end up at my door") and paraphrases with little word overlap ("filling in
// forms" ~ "push paper" ~ "orders the printer paper"; "fold us into a bigger practice" ~ "too small to survive on our
// own"; "leaves the hard graft to me" ~ "let me do the heavy lifting").

export const groups = {
  // practice manager of a GP surgery
  h13a1: ['paraphrase', 'Graham sees practice management as paperwork, not a real job'],
  'h13a1-not': ['opposite', 'Graham respects my judgement on running the practice'],
  h13a2: ['paraphrase', 'I will be blamed for the Pettigrew complaint'],
  h13a3: ['paraphrase', 'Janice undermines me with the reception team'],
  'h13a3-rev': ['direction', 'I undermine Janice with the reception team'],
  h13a4: ['paraphrase', 'Saying no to the doctors makes me look obstructive'],
  h13a5: ['paraphrase', 'The health board wants to merge or close the practice'],
  'h13a5-not': ['opposite', 'The health board wants the practice to stay independent'],
  h13a6: ['paraphrase', 'The Pettigrews will escalate their complaint'],
  'h13a6-not': ['opposite', 'The Pettigrews will not take their complaint further'],
  h13a7: ['paraphrase', 'Tomasz is planning to leave the practice'],
  'h13a7-not': ['opposite', 'Tomasz is staying at the practice for the long term'],
  h13a8: ['paraphrase', 'The reception staff are close to quitting'],
  'h13a8-not': ['opposite', 'The reception staff are settled'],
  h13a9: ['paraphrase', 'Priya blames reception when her surgeries run late'],
  'h13a9-rev': ['direction', 'Reception blame Priya when her surgeries run late'],
  h13a10: ['paraphrase', 'The surgery cannot run without me there'],
  // self-employed electrician in business with his brother-in-law
  h13b1: ['paraphrase', "Dean doesn't pull his weight"],
  'h13b1-not': ['opposite', 'Dean does his fair share of the work'],
  h13b2: ['paraphrase', "Farrow's will pay us late"],
  'h13b2-not': ['opposite', "Farrow's will pay us on time"],
  h13b3: ['paraphrase', 'Turning a job down loses the customer for good'],
  h13b4: ['paraphrase', "Karen doesn't trust me with the business money"],
  'h13b4-not': ['opposite', 'Karen trusts me with the business money'],
  h13b5: ['paraphrase', "Kayleigh isn't cut out to be an electrician"],
  'h13b5-not': ['opposite', 'Kayleigh will make a good electrician'],
  h13b6: ['paraphrase', 'Dean complains about me to Karen'],
  'h13b6-rev': ['direction', 'I complain about Dean to Karen'],
  h13b7: ['paraphrase', 'Phil blames us when the job on site runs late'],
  h13b8: ['paraphrase', 'Dean second-guesses my quotes in front of customers'],
  'h13b8-rev': ['direction', "I second-guess Dean's quotes in front of customers"],
  h13b9: ['paraphrase', "Farrow's will drop us for a cheaper firm"],
  'h13b9-not': ['opposite', "Farrow's want to keep us on"],
  h13b10: ['paraphrase', 'One bad month and the business goes under'],
};

export const entries = [
  // ---------------------------------------------------------------- practice manager of a GP surgery
  {
    date: '2027-02-23T20:40:00',
    set: 'L',
    title: "Partners' meeting about the locum budget",
    people: ['Graham'],
    tags: ['partners', 'budget'],
    situation:
      "Monthly partners' meeting. I said we could not afford a second locum on Fridays unless we dropped the extended-hours clinic.",
    lines: [
      [
        "Graham: Let's leave the clinical side to the clinicians, shall we?",
        'The money is not the clinical side.',
      ],
      ["Graham: Just find the budget somewhere. That's what you're good at.", 'Conjure it up, you mean.'],
      ["Me: I'll look at the figures again.", "I've looked at them four times."],
    ],
    assumptions: [
      ['Graham thinks my job is filling in forms, not running the practice.', 'h13a1'],
      ["If I tell the doctors no, I'll be seen as obstructive.", 'h13a4'],
    ],
  },
  {
    date: '2027-02-25T18:30:00',
    set: 'D',
    title: 'Letter from the Pettigrews',
    people: ['Lorraine'],
    tags: ['complaint', 'patients'],
    situation: "A formal complaint arrived from Lorraine Pettigrew about her father's delayed referral.",
    lines:
      'Four pages, typed, copied to the MP and the health board. She has dated every phone call she made to reception since November. The last paragraph says she "will not hesitate to take this further". The partners read it at lunch and Graham said "that one is an admin matter, I think".',
    assumptions: [
      ['Lorraine Pettigrew is going to take this to the ombudsman.', 'h13a6'],
      ['The partners will let me take the fall for the Pettigrew complaint.', 'h13a2'],
    ],
  },
  {
    date: '2027-02-27T17:50:00',
    set: 'L',
    title: 'The new reception rota',
    people: ['Janice', 'Callum'],
    tags: ['reception', 'rota'],
    situation:
      "I put up the new reception rota, with the eight o'clock phone line staffed by three instead of two.",
    lines: [
      ['Janice: The girls have seen it. They have views.', 'You have views.'],
      ["Callum: Nobody asked us, that's all.", 'Janice asked you, clearly.'],
      ['Me: My door is open if anyone wants to talk it through.', 'Nobody will come.'],
    ],
    assumptions: [
      ['Janice is turning the reception team against me.', 'h13a3'],
      ['The reception staff are close to walking out.', 'h13a8'],
    ],
  },
  {
    date: '2027-03-02T19:15:00',
    set: 'D',
    title: 'Health board visit',
    people: ['Morag'],
    tags: ['health board', 'premises'],
    situation: 'Morag from the health board came to look at the building and the list size figures.',
    lines:
      'She spent twenty minutes in the upstairs consulting rooms and asked twice how far we are from the Riverside practice. She said "economies of scale" once and "sustainability" three times. She did not look at our access figures, which are the best in the cluster.',
    assumptions: [['The health board wants to merge us with Riverside.', 'h13a5']],
  },
  {
    date: '2027-03-04T20:05:00',
    set: 'L',
    title: 'Session changes',
    people: ['Tomasz', 'Bernadette'],
    tags: ['partners', 'nursing'],
    situation:
      'Tomasz asked to drop his Thursday session from May. Bernadette was in the room about the immunisation clinic.',
    lines: [
      [
        "Tomasz: It's a family thing. I'd rather not go into it.",
        'A family thing that needs a whole session.',
      ],
      [
        'Bernadette: While we are asking, could I have my Friday afternoons back?',
        'Everyone is asking for less.',
      ],
      ['Me: Leave it with me, both of you.', "I'll be leaving it with me for weeks."],
    ],
    assumptions: [
      ['Tomasz is planning to leave the partnership.', 'h13a7'],
      ['Bernadette is looking for a job at another practice.', 'uh13a4'],
    ],
  },
  {
    date: '2027-03-08T18:20:00',
    set: 'D',
    title: "Priya's Monday list",
    people: ['Priya', 'Graham'],
    tags: ['appointments', 'reception'],
    situation: "Priya's Monday morning surgery overran by fifty minutes.",
    lines:
      'At twelve she came out to the desk and said, loud enough for the waiting room, "who booked three double appointments into my list?" Graham walked past and asked me to "have a word with reception about the booking". The appointments were all booked by the duty doctor on Friday.',
    assumptions: [
      ["As far as the senior partner is concerned, I push paper and that's it.", 'h13a1'],
      ['Priya blames reception for her surgeries running late.', 'h13a9'],
    ],
  },
  {
    date: '2027-03-10T21:30:00',
    set: 'L',
    title: 'Asking for leave',
    people: ['Janice'],
    tags: ['leave', 'complaint'],
    situation:
      'I asked Janice whether she could cover the office for a week at Easter so I could take my leave.',
    lines: [
      ["Janice: I can do the desk. I can't do your job.", 'Nobody can, apparently.'],
      [
        'Janice: And the Pettigrew woman rang again. She said she has a friend at the Gazette.',
        'Of course she has.',
      ],
      ['Me: Maybe I will leave it till the summer.', 'Maybe I will never go.'],
    ],
    assumptions: [
      ["The Pettigrews won't stop until it's in the local paper.", 'h13a6'],
      ['If I take a week off, the surgery will fall apart.', 'h13a10'],
    ],
  },
  {
    date: '2027-03-12T19:00:00',
    set: 'L',
    title: 'Minor surgery room',
    people: ['Tomasz'],
    tags: ['partners', 'premises'],
    situation:
      "Tomasz wants the minor surgery room kitted out for joint injections. There is no money in this year's budget.",
    lines: [
      ["Tomasz: It would pay for itself in two years. I'm thinking long term.", 'Long term. Interesting.'],
      ["Me: It isn't in the budget this year.", 'Here I go again.'],
      ['Tomasz: Right. OK.', 'Another doctor who thinks I am in the way.'],
    ],
    assumptions: [
      ['Every time I refuse a GP something, I become the awkward one.', 'h13a4'],
      ['Tomasz sees his future at this surgery.', 'h13a7-not'],
    ],
  },
  {
    date: '2027-03-15T18:45:00',
    set: 'D',
    title: 'The Abbott complaint',
    people: ['Graham'],
    tags: ['complaint', 'partners'],
    situation: "A second complaint came in, from Mr Abbott's son, about a home visit that did not happen.",
    lines:
      'Graham read my draft reply and changed one sentence. He said "you know how these go better than I do; send it as it is". The son\'s email mentions the ombudsman in its first line and has the ombudsman\'s web address pasted at the bottom.',
    assumptions: [
      ['Graham actually respects my judgement on how the place is run.', 'h13a1-not'],
      ["Mr Abbott's son is going to take the complaint to the ombudsman.", 'uh13a3'],
    ],
  },
  {
    date: '2027-03-17T20:10:00',
    set: 'L',
    title: 'Significant event meeting',
    people: ['Graham'],
    tags: ['complaint', 'partners'],
    situation:
      'Significant event review of the Pettigrew referral. The referral letter was dictated eleven days after the consultation.',
    lines: [
      [
        'Graham: The timeline shows the letter sat in the typing queue.',
        'It sat in your dictation for eleven days first.',
      ],
      ['Graham: I may not be doing this for many more years, you know.', 'Is he telling me something?'],
      ['Me: I will write up the learning points.', 'I will write up my own charge sheet.'],
    ],
    assumptions: [
      ['The Pettigrew complaint is going to end up at my door.', 'h13a2'],
      ['Graham will retire before the end of the year.', 'uh13a5'],
    ],
  },
  {
    date: '2027-03-19T18:35:00',
    set: 'D',
    title: 'Front desk on Friday',
    people: ['Janice', 'Priya'],
    tags: ['reception', 'appointments'],
    situation: 'Friday afternoon at the front desk, when I went down to cover lunches.',
    lines:
      'The receptionists stopped talking when I came in. Janice said "we were just saying the old rota worked better" and went to the back office. Ten minutes later Dr Venkatesan rang down to ask why her four o\'clock had been "squeezed in" and asked for the name of whoever did it.',
    assumptions: [
      ["Janice undermines me whenever I'm not on the front desk.", 'h13a3'],
      ['Dr Venkatesan holds the receptionists responsible whenever her list overruns.', 'h13a9'],
    ],
  },
  {
    date: '2027-03-22T19:40:00',
    set: 'L',
    title: 'Staff survey results',
    people: ['Graham', 'Tomasz'],
    tags: ['partners', 'staff'],
    situation: "I presented the staff survey results at the partners' meeting.",
    lines: [
      ['Graham: Very nice. Can we get to the clinical items now?', 'Nine weeks of work. Very nice.'],
      ['Tomasz: I had a call from a practice in Leeds, by the way. Just a chat.', 'Just a chat.'],
      ['Me: I will circulate the full report.', 'No one will open it.'],
    ],
    assumptions: [
      ['Graham has never seen what I do as anything more than admin.', 'h13a1'],
      ['Our newest partner is quietly job-hunting.', 'h13a7'],
    ],
  },
  {
    date: '2027-03-24T18:15:00',
    set: 'D',
    title: 'Cluster meeting',
    people: ['Morag', 'Callum'],
    tags: ['health board', 'reception'],
    situation:
      'Cluster meeting at the health board offices, then back to the surgery for the end of the day.',
    lines:
      'Morag showed a slide of "future models" with three practices, including ours, drawn inside one circle. She asked me to stay behind to talk about "options for the building". When I got back, Callum was on the phone to a recruitment agency in the staff room and hung up when I walked in. Two receptionists have asked for their holiday balance this week.',
    assumptions: [
      ['Morag is building a case to fold us into a bigger practice.', 'h13a5'],
      ['Half the front desk will hand in their notice before Easter.', 'h13a8'],
    ],
  },
  {
    date: '2027-03-26T21:05:00',
    set: 'L',
    title: 'Janice and the phone script',
    people: ['Janice'],
    tags: ['reception', 'team'],
    situation:
      'I rewrote the phone script myself and sent it straight to the receptionists, without going through Janice.',
    lines: [
      ['Janice: I found out about the new script from Callum.', 'Yes. That was a mistake.'],
      ['Janice: They come to me now and ask which version to use.', 'And you tell them yours.'],
      [
        'Me: I should have shown you first. I was rushing before my day off.',
        'A day off I spent on the phone to the desk.',
      ],
    ],
    assumptions: [
      ["Without meaning to, I'm undermining Janice with the reception team.", 'h13a3-rev'],
      ['Nobody else here could keep the place running for a fortnight.', 'h13a10'],
    ],
  },
  {
    date: '2027-03-29T19:25:00',
    set: 'D',
    title: 'Board letter and a second letter from the Pettigrews',
    people: ['Lorraine', 'Morag'],
    tags: ['health board', 'complaint'],
    situation: 'Two letters in the same post.',
    lines:
      'The health board wants "a conversation about the practice\'s long-term viability" before the next contract round. The Pettigrews\' letter rejects our offer of a meeting, calls the apology "words", and asks for the names of every member of staff who took a call from the family.',
    assumptions: [
      ["The board has already decided we're too small to survive on our own.", 'h13a5'],
      ['That family will escalate the complaint whatever we offer them.', 'h13a6'],
    ],
  },
  {
    date: '2027-03-31T18:55:00',
    set: 'L',
    title: 'Extra slots for Priya',
    people: ['Priya', 'Callum'],
    tags: ['appointments', 'reception'],
    situation:
      'Priya asked me to block out the last hour of her Tuesday list for admin. We are already short of appointments.',
    lines: [
      ["Priya: I'm not asking for much. Just protect the hour.", 'Nobody ever asks for much.'],
      ["Callum: We get it in the neck when she's late anyway.", 'And you tell everyone it is her fault.'],
      ['Me: I will see what I can do.', 'I will say yes, because the alternative is worse.'],
    ],
    assumptions: [
      ['The doctors will see me as the one who gets in their way if I keep refusing.', 'h13a4'],
      ['Reception blame Priya when her surgeries run late.', 'h13a9-rev'],
    ],
  },
  {
    date: '2027-04-02T20:30:00',
    set: 'D',
    title: 'Complaint response sign-off',
    people: ['Graham', 'Janice'],
    tags: ['complaint', 'reception'],
    situation:
      'Sign-off of the final complaint response to the Pettigrews, then a quick team huddle at the front desk.',
    lines:
      'Graham asked me to take out the paragraph about the dictation delay. "It isn\'t helpful to go into the clinical workflow." At the huddle, Janice read out the new phone figures: waiting times down by a third. The receptionists applauded. Two of them asked to do the customer care course in June.',
    assumptions: [
      ["If the complaint is upheld, I'm the one who'll be blamed.", 'h13a2'],
      ['The reception team are settled and going nowhere.', 'h13a8-not'],
    ],
  },
  {
    date: '2027-04-06T18:10:00',
    set: 'L',
    title: 'Nurse pay review',
    people: ['Graham', 'Janice'],
    tags: ['partners', 'nursing'],
    situation: "I took the practice nurses' pay review to Graham. Janice came in halfway with the post.",
    lines: [
      ['Graham: The nurses are very well paid for what they do.', 'For what they do.'],
      ["Janice: The desk were saying you're changing the lunch cover again.", "I haven't told anyone that."],
      ['Me: Nothing is changing without a conversation.', 'Where do they hear these things?'],
    ],
    assumptions: [
      ["Behind my back, she tells the front desk my changes won't last.", 'h13a3'],
      ["Graham doesn't value what the practice nurses do.", 'uh13a1'],
    ],
  },
  {
    date: '2027-04-08T19:35:00',
    set: 'D',
    title: 'The printer and the rota',
    people: ['Graham', 'Priya'],
    tags: ['partners', 'appointments'],
    situation: "Thursday partners' lunch.",
    lines:
      'Graham asked me, in front of everyone, whether the printer cartridges had been ordered, and then moved to the next item before I could raise the winter access plan. Priya said her Thursday list had "again been booked without thought" and that she would be "raising it with the desk".',
    assumptions: [
      ['He still thinks of me as the person who orders the printer paper.', 'h13a1'],
      ["She'll say it's reception's fault again when she runs late.", 'h13a9'],
    ],
  },
  {
    date: '2027-04-12T20:20:00',
    set: 'L',
    title: 'Health board call about the new premises money',
    people: ['Tomasz', 'Morag'],
    tags: ['health board', 'partners'],
    situation: 'Phone call with Morag about the premises improvement grant, with Tomasz on speaker.',
    lines: [
      ['Morag: The board is very keen for you to carry on serving that side of town.', 'Since when?'],
      ["Tomasz: I'd be careful what we commit to for the next five years.", 'We. For how much longer?'],
      ['Me: We will send the application by the end of the month.', 'And see who is still here to sign it.'],
    ],
    assumptions: [
      ["He won't still be here by the summer.", 'h13a7'],
      ['The health board has no interest in merging us with anyone.', 'h13a5-not'],
    ],
  },
  {
    date: '2027-04-14T18:40:00',
    set: 'D',
    title: 'Back from the conference',
    people: ['Janice', 'Callum'],
    tags: ['leave', 'health board'],
    situation: "First day back after two days at the practice managers' conference.",
    lines:
      'Forty-one unread emails marked urgent. The building insurance renewal had not gone. Callum had told two patients the practice "might be closing" because "that\'s what they\'re saying at the board". Janice said the desk had been "fine, mostly".',
    assumptions: [
      ["The practice can't cope without me on the premises.", 'h13a10'],
      ['Sooner or later the health board will shut this surgery.', 'h13a5'],
    ],
  },
  {
    date: '2027-04-19T19:05:00',
    set: 'L',
    title: 'Staffing plan',
    people: ['Graham', 'Callum'],
    tags: ['partners', 'reception'],
    situation: 'I asked Graham to approve a fourth receptionist for the winter.',
    lines: [
      ['Graham: If you say we need her, we need her. You know the desk.', 'That was easier than I expected.'],
      ['Callum: Thanks. Honestly. We were drowning.', 'Were? Still are.'],
      ['Me: The advert will go out on Monday.', 'Four weeks to fill it, if we are lucky.'],
    ],
    assumptions: [
      ['The senior partner trusts me to run the surgery.', 'h13a1-not'],
      ['Nobody on reception can take much more of this.', 'h13a8'],
    ],
  },
  {
    date: '2027-04-22T18:25:00',
    set: 'D',
    title: 'Meeting with the Pettigrews',
    people: ['Lorraine', 'Janice'],
    tags: ['complaint', 'reception'],
    situation:
      'Lorraine Pettigrew finally agreed to come in, with her brother. Janice joined me for the first half.',
    lines:
      'Lorraine thanked us for "actually listening" and asked for the referral process to be written down for other families. Her brother asked for a copy of the notes. Afterwards Janice said the phone system changeover was "another of your ideas" in front of Callum, and the desk have been logging calls on paper again.',
    assumptions: [
      ['The Pettigrews are unlikely to take the complaint any further.', 'h13a6-not'],
      ['Janice is undermining the new phone system with the team.', 'uh13a2'],
    ],
  },
  // ---------------------------------------------------------------- self-employed electrician and his brother-in-law
  {
    date: '2027-02-24T21:15:00',
    set: 'L',
    title: 'Saturday call-out',
    people: ['Dean'],
    tags: ['business', 'partner'],
    situation:
      'A landlord rang about a tripping board at a rental flat on Saturday morning. I asked Dean to take it.',
    lines: [
      ["Dean: Can't, mate. Got the kids' football.", 'Every Saturday has the football.'],
      ["Dean: You're better at the fault-finding anyway.", 'Flattery instead of a Saturday.'],
      ['Me: No bother. I will go.', 'I always go.'],
    ],
    assumptions: [["Dean isn't pulling his weight.", 'h13b1']],
  },
  {
    date: '2027-02-26T19:30:00',
    set: 'D',
    title: 'Farrow site meeting',
    people: ['Phil'],
    tags: ['contractor', 'site'],
    situation: "Weekly progress meeting on the Farrow's housing site, plots 14 to 22.",
    lines:
      'Phil put the programme on the table and circled second fix on plots 17 and 18 in red. The plasterers had not finished 17, so we could not have started it. He said "the sparks need to get a shift on". I asked about January\'s valuation, which was due on the 15th. He said "accounts are running a bit behind".',
    assumptions: [
      ["Farrow's will pay late again this month.", 'h13b2'],
      ['Phil blames us whenever the programme slips.', 'h13b7'],
    ],
  },
  {
    date: '2027-03-01T20:50:00',
    set: 'L',
    title: 'Turning down the Hendersons',
    people: ['Kayleigh'],
    tags: ['customers', 'apprentice'],
    situation:
      'The Hendersons wanted a full rewire starting next week. We are booked up until April, and I said so. Kayleigh had spent the afternoon in the van on her phone.',
    lines: [
      ["Mrs Henderson (on the phone): Oh. We'll have to find someone else then.", 'And keep them.'],
      ["Kayleigh: Can I knock off? There's nothing left to do.", 'There are forty metres of cable to clip.'],
      ['Me: Go on then.', 'Easier than the argument.'],
    ],
    assumptions: [
      ["If I turn a job down, that customer won't ring again.", 'h13b3'],
      ['Kayleigh does the bare minimum on site.', 'uh13b1'],
    ],
  },
  {
    date: '2027-03-03T22:05:00',
    set: 'L',
    title: 'The new van',
    people: ['Karen'],
    tags: ['money', 'family'],
    situation:
      'I told Karen I had seen a second-hand van that would replace the one with the failing clutch.',
    lines: [
      ["Karen: Let's see what Farrow's pay first.", "Farrow's pay when they feel like it."],
      ['Karen: Send me the link and I will look at the numbers.', 'Meaning she will decide.'],
      ['Me: Fine. It might be gone by then.', 'And the clutch with it.'],
    ],
    assumptions: [
      ["Karen doesn't trust me with the business money.", 'h13b4'],
      ['One more late payment and the business goes under.', 'h13b10'],
    ],
  },
  {
    date: '2027-03-06T18:40:00',
    set: 'D',
    title: "Mrs Ingleby's cooker circuit",
    people: ['Kayleigh', 'Mrs Ingleby'],
    tags: ['customers', 'apprentice'],
    situation: "Fitting a new cooker circuit at Mrs Ingleby's bungalow, with Kayleigh.",
    lines:
      'Mrs Ingleby stood in the kitchen doorway for three hours and asked whether we were "proper electricians with the certificate". Kayleigh wired the cooker switch with the live and neutral swapped and did not test it before saying it was done. When I showed her, she said "I always get them the wrong way round".',
    assumptions: [
      ["Kayleigh isn't cut out to be an electrician.", 'h13b5'],
      ['Mrs Ingleby thinks every electrician is a cowboy.', 'uh13b5'],
    ],
  },
  {
    date: '2027-03-09T21:40:00',
    set: 'L',
    title: 'Quoting the Dawsons',
    people: ['Dean', 'Steve'],
    tags: ['quotes', 'partner'],
    situation:
      "Dean and I went to price the Dawsons' extension together. I gave Steve Dawson a figure for the first fix.",
    lines: [
      ['Dean: That sounds a bit steep. We could probably sharpen that.', 'In front of the customer. Again.'],
      ['Steve: Well, if your partner thinks it can come down…', 'It can now.'],
      [
        "Dean (in the van): I'll leave the testing on the Farrow's job to you, you're quicker.",
        'Quicker because I do it all.',
      ],
    ],
    assumptions: [
      ['My brother-in-law leaves the hard graft to me.', 'h13b1'],
      ['Dean second-guesses my quotes in front of customers.', 'h13b8'],
    ],
  },
  {
    date: '2027-03-11T22:20:00',
    set: 'D',
    title: 'Sunday dinner',
    people: ['Dean', 'Karen'],
    tags: ['family', 'partner'],
    situation: "Sunday dinner at Karen's mum's. Dean and Karen were in the kitchen for half an hour.",
    lines:
      'When they came out, Karen asked me whether I had "had a word with Dean about the hours". Dean had a new phone, a big one. Later Karen said she had told Dean he was not to use the business card for fuel for his own car any more.',
    assumptions: [
      ["Dean goes running to Karen whenever he's unhappy with me.", 'h13b6'],
      ["Karen doesn't trust Dean with the money.", 'uh13b4'],
    ],
  },
  {
    date: '2027-03-13T19:10:00',
    set: 'L',
    title: "Chasing Farrow's accounts",
    people: ['Phil'],
    tags: ['contractor', 'money'],
    situation: "Rang Farrow's accounts about the January valuation, then Phil rang back.",
    lines: [
      ["Phil: It's in the next run. End of the month, probably.", "That was last month's answer."],
      ["Phil: There's a firm from Doncaster been in touch. Very keen, very sharp on price.", 'A warning.'],
      ["Me: We're not the most expensive, Phil.", 'We are the ones who turn up.'],
    ],
    assumptions: [
      ['The main contractor is sitting on our money to help its own cash flow.', 'h13b2'],
      ["Farrow's will drop us as soon as a cheaper firm comes along.", 'h13b9'],
    ],
  },
  {
    date: '2027-03-16T20:35:00',
    set: 'D',
    title: 'Plot 19 handover',
    people: ['Phil', 'Dean'],
    tags: ['contractor', 'site'],
    situation: "Handover inspection on plot 19 with Phil and the buyer's surveyor.",
    lines:
      'The surveyor found two sockets behind the kitchen units. Phil said to the surveyor "electrics, I\'m afraid" although the kitchen fitters moved the units after we had finished. On the way home we called at the Dawsons\' to price the patio lights. Dean gave Mrs Dawson a figure and I said, before she had written it down, that he had left out the labour and it would be nearer double.',
    assumptions: [
      ['The site manager will say the electrics are why the handover is late.', 'h13b7'],
      ["I second-guess Dean's quotes in front of the customer.", 'h13b8-rev'],
    ],
  },
  {
    date: '2027-03-18T21:55:00',
    set: 'L',
    title: 'Booked up',
    people: ['Karen'],
    tags: ['customers', 'money'],
    situation:
      'A builder I had never worked with asked us to do three barn conversions in April. I said I would get back to him.',
    lines: [
      ['Karen: You cannot be in three places at once.', 'I can if I have to.'],
      [
        'Karen: And the wholesaler statement came. Eleven thousand.',
        "Eleven thousand and Farrow's owe us nine.",
      ],
      ["Me: I'll take it. We can't say no.", 'We cannot afford to.'],
    ],
    assumptions: [
      ['Say no once and people find another electrician for good.', 'h13b3'],
      ["We're one bad month away from going bust.", 'h13b10'],
    ],
  },
  {
    date: '2027-03-20T18:20:00',
    set: 'D',
    title: 'Kayleigh and the college report',
    people: ['Kayleigh'],
    tags: ['apprentice', 'contractor'],
    situation:
      "Kayleigh brought home her college progress report. Farrow's paid the January valuation the same day.",
    lines:
      'Her theory marks are the lowest in the group; her practical is "satisfactory". She said she was thinking of "going back to the salon". The January money landed at nine in the morning, with a remittance that said the February valuation will follow "in line with terms".',
    assumptions: [
      ['The apprentice will never make a sparky.', 'h13b5'],
      ["Farrow's won't be late with this month's money.", 'h13b2-not'],
    ],
  },
  {
    date: '2027-03-23T20:00:00',
    set: 'L',
    title: "The Dawsons' final account",
    people: ['Karen', 'Steve'],
    tags: ['money', 'customers'],
    situation:
      "Karen went through the Dawsons' final account with me. Steve Dawson rang halfway through to query the extras.",
    lines: [
      ["Steve: I'm not paying for sockets I never asked for.", 'You asked for them in writing.'],
      ["Karen: I'll deal with the Dawsons. You'll only give them a discount.", 'Once. I did that once.'],
      ['Me: Fine, you deal with it.', 'As always.'],
    ],
    assumptions: [
      ["My wife thinks I'd have us bankrupt if she didn't do the books.", 'h13b4'],
      ['The Dawsons will never pay the final invoice.', 'uh13b2'],
    ],
  },
  {
    date: '2027-03-25T21:25:00',
    set: 'D',
    title: 'Late start on the barn',
    people: ['Dean', 'Karen'],
    tags: ['partner', 'family'],
    situation: 'First day on the barn conversions.',
    lines:
      'Dean arrived at ten past nine; I had been there since half seven. He left at three for the dentist. That evening Karen asked whether I had "been short with Dean again", and said he had found me "a bit much lately".',
    assumptions: [
      ['He turns up late and knocks off early while I carry the jobs.', 'h13b1'],
      ['My brother-in-law moans about me to his sister.', 'h13b6'],
    ],
  },
  {
    date: '2027-03-27T19:45:00',
    set: 'L',
    title: 'Phase two',
    people: ['Phil'],
    tags: ['contractor', 'money'],
    situation: "Phil rang about the second phase of the Farrow's site, plots 23 to 40.",
    lines: [
      ["Phil: We'd want you on phase two. Same rates.", 'Same rates, same payment terms, I suppose.'],
      [
        "Phil: February's valuation will be a bit delayed, there's a query on it.",
        'There is always a query.',
      ],
      ['Me: Send me the query in writing and I will look at it.', 'It will not come.'],
    ],
    assumptions: [
      ["We'll never see that money on time from Farrow's.", 'h13b2'],
      ["Farrow's want to keep us on for the next phase.", 'h13b9-not'],
    ],
  },
  {
    date: '2027-03-30T22:10:00',
    set: 'D',
    title: 'Quote for the pub',
    people: ['Dean', 'Karen'],
    tags: ['quotes', 'family'],
    situation: 'Dean quoted the Red Lion for new emergency lighting while I was on the barns.',
    lines:
      'His quote was eight hundred pounds under what I would have charged. I rang Karen before I rang Dean and talked for twenty minutes about how he always does this. When I did speak to Dean, he said the landlord had shown him my old quote for the car park lighting, and that he had told the landlord, at the bar with the staff listening, that I price everything "for a hospital".',
    assumptions: [
      ["I'm the one who moans to Karen about Dean.", 'h13b6-rev'],
      ['My brother-in-law questions my figures in front of the client.', 'h13b8'],
    ],
  },
  {
    date: '2027-04-01T20:30:00',
    set: 'L',
    title: 'Snagging on plot 21',
    people: ['Phil', 'Dean'],
    tags: ['contractor', 'partner'],
    situation: 'Phil called us both back to plot 21 for snagging the day before the buyer moved in.',
    lines: [
      [
        "Phil: Buyer's moving in tomorrow and there's no power to the garage.",
        'The groundworkers cut the cable.',
      ],
      ['Dean: Leave it with me. I will stay and sort it tonight.', 'Fair play to him.'],
      ["Me: I'll bring the tester over after tea.", 'Dean had it done by the time I got there.'],
    ],
    assumptions: [
      ["Whatever goes wrong on the Farrow's site, the sparks get the blame.", 'h13b7'],
      ['Dean pulls his weight on the big jobs.', 'h13b1-not'],
    ],
  },
  {
    date: '2027-04-03T18:50:00',
    set: 'D',
    title: 'Kayleigh on site',
    people: ['Kayleigh', 'Phil'],
    tags: ['apprentice', 'contractor'],
    situation: "Kayleigh's first week on the Farrow's site on her own while I was on the barns.",
    lines:
      'Phil rang to say she had left a consumer unit live with the cover off at lunchtime. In the same call he asked whether we "had capacity" for phase two "or should I be looking elsewhere". The Doncaster firm\'s van was parked outside the site office when I went round at four.',
    assumptions: [
      ["She hasn't got what it takes for this trade.", 'h13b5'],
      ["Phil's lining up another electrical contractor to replace us.", 'h13b9'],
    ],
  },
  {
    date: '2027-04-07T21:00:00',
    set: 'L',
    title: 'Dean and Kayleigh',
    people: ['Dean', 'Kayleigh', 'Karen'],
    tags: ['apprentice', 'family'],
    situation:
      'A customer asked us to add an EV charger next Tuesday. I said the week after, and Karen told me at tea that Dean had been on to her about Kayleigh.',
    lines: [
      ["Karen: Dean says Kayleigh's on her phone all day and you let her.", 'He said it to you, not me.'],
      ["Dean (on the phone later): I didn't mean anything by it.", 'He meant it.'],
      ['Kayleigh (next morning): Have I done something?', 'Not to me.'],
    ],
    assumptions: [
      ['Customers never come back to a sparky who was too busy for them.', 'h13b3'],
      ['Dean complains about Kayleigh to Karen.', 'uh13b3'],
    ],
  },
  {
    date: '2027-04-09T22:30:00',
    set: 'D',
    title: 'Quarter-end figures',
    people: ['Karen'],
    tags: ['money', 'family'],
    situation: 'Karen did the quarter-end accounts at the kitchen table.',
    lines:
      'She put the overdraft figure on a Post-it and stuck it to the kettle. She said the VAT would "take everything Farrow\'s owe us and then some". She asked me to stop buying tools on the trade card "without telling her first" and moved the card into her purse.',
    assumptions: [
      ["She thinks I'm hopeless with money.", 'h13b4'],
      ["The business won't survive another quiet spell.", 'h13b10'],
    ],
  },
  {
    date: '2027-04-13T20:15:00',
    set: 'L',
    title: "Consumer unit at the Patels'",
    people: ['Dean'],
    tags: ['quotes', 'partner'],
    situation:
      "Dean and I went to the Patels' to quote for a consumer unit change and two new circuits. Dean left at two for a 'meeting'.",
    lines: [
      [
        'Dean (to Mr Patel): He always prices high, we can look at that.',
        'I have been doing this twenty years.',
      ],
      ["Dean: I'll leave you to it, got to be somewhere.", 'He always has to be somewhere.'],
      ['Me: See you tomorrow then.', 'See you when you feel like it.'],
    ],
    assumptions: [
      ["Dean's happy to let me do the heavy lifting and still take an equal share.", 'h13b1'],
      ["He makes me look like I don't know my own prices when the customer's there.", 'h13b8'],
    ],
  },
  {
    date: '2027-04-15T19:20:00',
    set: 'D',
    title: 'Inspection day',
    people: ['Kayleigh'],
    tags: ['apprentice', 'contractor'],
    situation: "The college assessor came to watch Kayleigh on a Farrow's plot.",
    lines:
      'The assessor said Kayleigh\'s testing sequence was "textbook" and that she was the only apprentice on his list who wrote up her own schedule of test results. She did the whole second fix on plot 24 on her own. Farrow\'s February valuation has still not come; the query Phil mentioned has never been put in writing.',
    assumptions: [
      ['The contractor holds back what it owes us for as long as it can.', 'h13b2'],
      ["Kayleigh's going to make a cracking electrician.", 'h13b5-not'],
    ],
  },
  {
    date: '2027-04-20T21:45:00',
    set: 'L',
    title: 'Karen and the phase two rates',
    people: ['Karen', 'Dean'],
    tags: ['money', 'family'],
    situation: "I told Karen I wanted to ask Farrow's for five per cent more on phase two.",
    lines: [
      ['Karen: If you think we can carry it, go for it. You know the margins.', 'That is new.'],
      ['Karen: Dean thinks you will lose us the job.', 'Dean told you that, not me.'],
      ["Me: I'll talk to Dean tomorrow.", 'He will have talked to you first.'],
    ],
    assumptions: [
      ['Dean complains about me to Karen behind my back.', 'h13b6'],
      ['Karen trusts my judgement on what we can afford.', 'h13b4-not'],
    ],
  },
  {
    date: '2027-04-23T19:00:00',
    set: 'D',
    title: 'Phase two contract',
    people: ['Phil'],
    tags: ['contractor', 'money'],
    situation: "Meeting at the Farrow's site office about the phase two contract.",
    lines:
      'Phil said the rates were "under review" and that the board "has to look at all options". He said the Doncaster firm had priced phase two at twelve per cent under us. February and March were both paid in full the same morning, with a note from accounts apologising for the delay.',
    assumptions: [
      ["We'll lose the Farrow's work to a cut-price outfit.", 'h13b9'],
      ['The contractor is good for the money.', 'h13b2-not'],
    ],
  },
];
