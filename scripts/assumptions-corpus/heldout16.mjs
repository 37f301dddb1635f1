// Held-out split `heldout16`, written BLIND in session 7 (2026-11-25) for the next round to score once.
//
// Keeper a (`h16a`): a rank-and-file second violinist in a regional symphony orchestra. Her people: Ingrid (principal
// of the second violins, "my section leader"), Kenji (her desk partner), Maestro Quintero (the music director,
// "the conductor", "the podium"), Mrs Flint (Deborah, the orchestra manager), Dr Raman (the physiotherapist who
// treats her shoulder tendonitis), Callum (chair of the players' committee); groups: the board, management, head
// office, the section, the players' committee.
// Keeper b (`h16b`): a funeral director in a small family firm she is taking over from her father. Her people:
// Gerald ("Dad", "my father"), Nadia (the embalmer), Lucía (the trainee), Rev Pryce (Aled, the parish vicar),
// Mrs Okafor (a widow whose husband's funeral went wrong, "the widow"), Mr Brennan (the crematorium manager);
// groups: the co-op / "the chain down the road", the crematorium, the council's bereavement services, "the town hall".
//
// Traps: 20 recurring paraphrase groups worded with little overlap (idioms such as "bums on seats", "one foot out the
// door", "keeping his chair warm"; roles instead of names; pronouns; passives; conditionals; "nobody", "anyone");
// opposites (`-not`) by antonym without a shared word ("weak link" / "most reliable"), quantifiers ("Nobody else can
// be trusted with the night calls" / "Someone else can always take the night calls"; "Nobody would think less of
// me"), negation inside words ("unfazed", "harmless", "distrusts" on the paraphrase side), contrasts inside a
// statement ("cares about the music, not just the box office"); direction traps (`-rev`, same words with roles
// reversed: carrying Kenji / Kenji carrying me; fed up sitting next to Kenji; blaming Mrs Okafor / she blames me;
// undermining Dad / Dad undermines me); singletons that share a frame with a group but change the object or person
// ("Ingrid thinks Kenji is the weak link", "Dad doesn't trust the new booking software", "The co-op is trying to poach
// Nadia", "Lucía is quietly looking for another job", "Mrs Okafor blames her brother ...").
// Pronouns refer to the one person of that gender in the entry's people; entries naming two women or two men use names.
//
// Written blind: the writer read only the "Your workspace" part of TEAM.md, scripts/assumptions-corpus/build.mjs and the
// first 40 lines of tests/fixtures/assumptions-corpus/README.md. Not read: the engine (src/domain/assumptions/), its
// unit tests, the grouping probes, the trap-probe fixtures, the README's grouping sections, docs/, any other split's
// source or generated statements. The engine and the eval scripts were never run on this split.

export const groups = {
  h16a1: ['paraphrase', 'Ingrid thinks I am the weak player in the section'],
  'h16a1-not': ['opposite', 'Ingrid rates my playing highly'],
  h16a2: ['paraphrase', 'The conductor does not know who I am'],
  'h16a2-not': ['opposite', 'The conductor knows who I am'],
  h16a3: ['paraphrase', 'Management only cares about money, not the music'],
  'h16a3-not': ['opposite', 'The board cares about the music'],
  h16a4: ['paraphrase', 'Kenji thinks he is carrying me'],
  'h16a4-rev': ['direction', 'I am carrying Kenji'],
  h16a5: ['paraphrase', 'Mrs Flint wants to get rid of me'],
  'h16a5-not': ['opposite', 'Mrs Flint wants to keep me'],
  h16a6: ['paraphrase', 'Speaking up will get me labelled a troublemaker'],
  'h16a6-not': ['opposite', 'Speaking up would do me no harm'],
  h16a7: ['paraphrase', 'Admitting the injury will be seen as weakness'],
  'h16a7-not': ['opposite', 'Nobody would hold the injury against me'],
  h16a8: ['paraphrase', 'The section talks about me behind my back'],
  h16a9: ['paraphrase', 'Kenji does not want to sit with me'],
  'h16a9-rev': ['direction', 'I do not want to sit with Kenji'],
  h16a10: ['paraphrase', 'Management treats my free time as theirs'],

  h16b1: ['paraphrase', 'Dad does not trust me to run the business'],
  'h16b1-not': ['opposite', 'Dad trusts me to run the business'],
  h16b2: ['paraphrase', 'Nadia is about to leave'],
  'h16b2-not': ['opposite', 'Nadia is staying'],
  h16b3: ['paraphrase', 'The chain wants to put us out of business'],
  h16b4: ['paraphrase', 'Mrs Okafor blames me for the funeral going wrong'],
  'h16b4-not': ['opposite', 'Mrs Okafor does not blame me'],
  'h16b4-rev': ['direction', 'I blame Mrs Okafor for the funeral going wrong'],
  h16b5: ['paraphrase', 'The crematorium favours the chain'],
  h16b6: ['paraphrase', 'Rev Pryce thinks we profit from grief'],
  'h16b6-not': ['opposite', 'Rev Pryce thinks we care about families'],
  h16b7: ['paraphrase', 'Lucía is not cut out for the work'],
  'h16b7-not': ['opposite', 'Lucía copes with the work'],
  h16b8: ['paraphrase', 'Nothing works unless I am there'],
  'h16b8-not': ['opposite', 'Others can cover for me'],
  h16b9: ['paraphrase', 'The council makes life hard for small firms'],
  h16b10: ['paraphrase', 'Dad undermines me in front of others'],
  'h16b10-rev': ['direction', 'I undermine Dad in front of others'],
};

export const entries = [
  // ---------------------------------------------------------------- keeper a: second violinist
  {
    date: '2027-02-23T22:40:00',
    set: 'L',
    title: 'Sectional on the Shostakovich',
    people: ['Ingrid'],
    tags: ['section', 'rehearsal'],
    situation:
      'Ingrid ran a sectional for the second violins on Shostakovich 10 and stopped us three times at bar 112. The third time she asked the back two desks to play it on their own.',
    lines: [
      ["Ingrid: Back desks only, from 112. Let's hear it.", 'Why the back desks? Why now?'],
      ['Me: Could we take it a little under tempo first?', "I sound like I'm making excuses."],
      ["Ingrid: We don't have time for under tempo.", 'She has already decided who the problem is.'],
      ['Me: Fine.', 'Everyone will be talking about this at the break.'],
    ],
    assumptions: [
      ["Ingrid thinks I'm the weak link in the second violins.", 'h16a1'],
      ['The section gossips about me in the green room.', 'h16a8'],
    ],
  },
  {
    date: '2027-02-25T23:20:00',
    set: 'D',
    title: 'Easter rota email',
    people: ['Mrs Flint'],
    tags: ['schedule', 'management'],
    situation:
      'An email from the orchestra office added two schools concerts to the week of leave I booked back in October for my sister’s wedding.',
    lines:
      "Email from Mrs Flint at 22:58 adding two education concerts on the Saturday and Sunday of my approved leave week. No question mark anywhere, just 'please confirm availability by Friday'. Three of us on leave that week were copied in. The leave form I filled in in October is still in the shared drive, signed off. She signed the email 'Deborah' and not 'Mrs Flint'.",
    assumptions: [
      ['Management assumes my days off are theirs to take.', 'h16a10'],
      ['Mrs Flint is looking for an excuse not to renew my contract.', 'h16a5'],
    ],
  },
  {
    date: '2027-02-27T21:05:00',
    set: 'L',
    title: 'The page turn',
    people: ['Kenji'],
    tags: ['desk partner', 'rehearsal'],
    situation:
      'In the Dvořák run-through I missed a page turn, and Kenji turned it for me and played my bars as well. Afterwards he suggested that he should do all the turns from now on.',
    lines: [
      ['Kenji: Maybe I should just do the turns from now on.', "Because I can't be trusted with a page."],
      ['Me: It was one turn.', 'One turn in three years of sitting together.'],
      ['Kenji: It just makes things easier.', 'Easier for whom?'],
      ['Me: Whatever you prefer.', "I don't want him to see this bothers me."],
    ],
    assumptions: [
      ["Kenji thinks he's carrying me through the hard passages.", 'h16a4'],
      ['Kenji would rather share a stand with anyone but me.', 'h16a9'],
    ],
  },
  {
    date: '2027-03-02T18:30:00',
    set: 'D',
    title: 'Quintero stops the Brahms',
    people: ['Maestro Quintero'],
    tags: ['conductor', 'rehearsal'],
    situation: 'First rehearsal of Brahms 2 with the music director.',
    lines:
      "Maestro Quintero stopped the slow movement at the second-violin entry, pointed the baton towards the back of our section and said 'you, the lady at the back, you are late'. He was looking at his score, not at me. There are two women on the back desks. He did not use a name. We played it again and he said nothing. The entry is exposed: nobody else plays for two bars before it.",
    assumptions: [
      ["The maestro doesn't even know my name.", 'h16a2'],
      ['The conductor has no idea how exposed the second violin part is.', 'uh16a2'],
    ],
  },
  {
    date: '2027-03-04T22:10:00',
    set: 'L',
    title: 'Before the players’ committee',
    people: ['Callum'],
    tags: ['committee', 'tour'],
    situation:
      'Callum chairs the players’ committee. I asked him before the meeting whether I could bring up the Spain tour schedule, which has us travelling overnight by coach and playing the same evening.',
    lines: [
      [
        'Callum: You can, but think about how it lands.',
        "So he agrees it's a problem and still won't say it.",
      ],
      ['Me: Someone has to say it.', 'Why is it always someone else?'],
      [
        'Callum: Management has already sold the dates to the promoter.',
        "Sold. That's the word that matters to them.",
      ],
      ["Me: I'll think about it.", "I won't raise it. I never do."],
    ],
    assumptions: [
      ["If I raise the tour schedule at committee, I'll be seen as a troublemaker.", 'h16a6'],
      ['Management only cares about ticket sales, not the music.', 'h16a3'],
    ],
  },
  {
    date: '2027-03-07T13:15:00',
    set: 'D',
    title: 'First physio appointment',
    people: ['Dr Raman'],
    tags: ['shoulder', 'health'],
    situation: 'I went privately to a physio about the pain in my right shoulder after long calls.',
    lines:
      "Dr Raman pressed on the front of my right shoulder and I flinched. She said 'early tendonitis, you need two weeks off the instrument'. She asked whether the orchestra has an occupational health route. I said I would check. She printed a fit note; I folded it into my violin case and didn't hand it in. Two players were off sick last season and their names came up in the committee minutes.",
    assumptions: [
      ['Admitting my shoulder hurts will be taken as weakness.', 'h16a7'],
      ['Anyone who complains in this orchestra gets marked down as difficult.', 'h16a6'],
    ],
  },
  {
    date: '2027-03-09T22:45:00',
    set: 'L',
    title: 'Seating for the Mahler',
    people: ['Ingrid', 'Kenji'],
    tags: ['section', 'desk partner'],
    situation:
      'Ingrid told Kenji and me that she is keeping us together for Mahler 5, but wants Kenji on the outside seat so he leads the bowings.',
    lines: [
      ['Ingrid: Kenji, you take the outside for this one.', 'The outside seat is for the player she trusts.'],
      ['Kenji: Sure, happy to.', 'Of course he is.'],
      ['Me: Any particular reason?', 'Say it out loud if you think it.'],
      ["Ingrid: It's just what works best for the desk.", 'Best for the desk means best without me leading.'],
    ],
    assumptions: [
      ['My desk partner believes he has to cover for my mistakes.', 'h16a4'],
      ["My section leader has me down as the one who can't keep up.", 'h16a1'],
    ],
  },
  {
    date: '2027-03-11T21:30:00',
    set: 'D',
    title: 'Mahler, third movement',
    people: ['Maestro Quintero'],
    tags: ['conductor', 'rehearsal'],
    situation: 'A forty-minute rehearsal on the scherzo of Mahler 5.',
    lines:
      "Quintero worked the third movement for forty minutes. He spoke to the principal horn by name, to the leader by name and to the viola principal by name. He said 'second violins' four times and 'back there' twice. At the break he went over and shook hands with the new cellist, who joined on Monday.",
    assumptions: [["To Quintero I'm just another bow arm at the back.", 'h16a2']],
  },
  {
    date: '2027-03-13T17:50:00',
    set: 'L',
    title: 'Back early from the break',
    people: ['Kenji'],
    tags: ['section', 'shoulder'],
    situation:
      'I came back early from the break and Kenji and two of the other seconds stopped talking when I opened the band-room door. Then Kenji asked about my shoulder.',
    lines: [
      ["Kenji: How's the shoulder?", 'Who told him about the shoulder?'],
      ['Me: Fine. Why?', 'I sound defensive.'],
      ['Kenji: You were shaking your arm out in the Mahler.', 'So they were all watching.'],
      ["Me: Just a bit stiff. It's nothing.", "If it's nothing, why am I lying?"],
    ],
    assumptions: [
      ['Whenever I walk into the band room they go quiet because they were talking about me.', 'h16a8'],
      ["If I mention the tendonitis they'll decide I can't hack the job.", 'h16a7'],
    ],
  },
  {
    date: '2027-03-16T20:00:00',
    set: 'D',
    title: "Next season's brochure",
    people: ['Mrs Flint'],
    tags: ['management', 'programme'],
    situation: 'The draft brochure for next season was sent round to players for comment.',
    lines:
      "Four of the six Saturday concerts are film-music nights. The Bruckner 7 the players voted for in January is not in it. Mrs Flint's covering note says 'the board is keen to grow new audiences'. The brass have a new feature concert with their own photo on the cover; there is nothing for the strings. The comment deadline is two days away.",
    assumptions: [
      ["For the board it's all about bums on seats.", 'h16a3'],
      ['Management only cares about the brass, not the strings.', 'uh16a5'],
    ],
  },
  {
    date: '2027-03-18T19:25:00',
    set: 'L',
    title: 'Called in about being late',
    people: ['Mrs Flint'],
    tags: ['management', 'contract'],
    situation:
      'Mrs Flint asked to see me because I was four minutes late to the Tuesday call after my train was cancelled. She had the sign-in sheet printed out on her desk.',
    lines: [
      ["Mrs Flint: It's the second time this season.", "She's counting."],
      ['Me: The train was cancelled. I messaged the office at 9.52.', 'I did everything right.'],
      ['Mrs Flint: I have to note it either way.', 'Note it for what, and for whom?'],
      [
        'Mrs Flint: While you are here, could you cover the schools concert on the 27th?',
        'And I said yes. Of course I said yes.',
      ],
    ],
    assumptions: [
      ['The orchestra manager wants me gone by the end of the season.', 'h16a5'],
      ["Extra calls get added because they know I'll never say no.", 'h16a10'],
    ],
  },
  {
    date: '2027-03-21T16:40:00',
    set: 'D',
    title: 'The Adagietto email',
    people: ['Ingrid', 'Kenji'],
    tags: ['section'],
    situation: 'I found out that Ingrid had offered Kenji a one-to-one session.',
    lines:
      "Ingrid emailed Kenji, not the two of us, offering him a one-to-one on the Adagietto before Thursday. I only know because he forwarded it to me with 'did you get this too?'. I didn't. At the next call Ingrid smiled at me, asked about my shoulder and said the back desks had sounded 'much more together'.",
    assumptions: [['Ingrid thinks Kenji is the weak link in the second violins.', 'uh16a1']],
  },
  {
    date: '2027-03-23T22:15:00',
    set: 'L',
    title: 'The fast bit in the Rondo',
    people: ['Kenji'],
    tags: ['desk partner', 'concert'],
    situation:
      'In the concert I lost my place for a bar in the Rondo-Finale of the Mahler. Kenji played louder until I came back in. In the interval he said "don\'t worry, I\'ve got you".',
    lines: [
      ["Kenji: Don't worry, I've got you.", 'I never asked to be got.'],
      ['Me: Thanks. It was one bar.', 'One bar, and he will tell this story for a year.'],
      ['Kenji: Lucky we sit together, eh?', 'Lucky for whom.'],
    ],
    assumptions: [
      ['He sees himself as propping me up every time the Mahler gets fast.', 'h16a4'],
      ['My desk partner would swap seats the first chance he got.', 'h16a9'],
    ],
  },
  {
    date: '2027-03-26T14:00:00',
    set: 'D',
    title: 'Green room after the matinee',
    people: ['Ingrid', 'Kenji'],
    tags: ['section', 'gossip'],
    situation: 'The green room after the Sunday matinee, while Ingrid was out of the room.',
    lines:
      "Kenji and two of the firsts were talking about Ingrid's house going on the market and whether her husband had moved out. They stopped when Ingrid came back in. Then one of the firsts said 'rough bar 48 today, eh?' to nobody in particular and Kenji laughed. I had been the one who came in early at bar 48.",
    assumptions: [
      ["The section gossips about Ingrid's divorce in the green room.", 'uh16a4'],
      ['My mistakes get picked over by the other seconds as soon as I leave.', 'h16a8'],
    ],
  },
  {
    date: '2027-03-29T12:30:00',
    set: 'L',
    title: 'Second physio appointment',
    people: ['Dr Raman'],
    tags: ['shoulder', 'health'],
    situation:
      'Dr Raman reviewed my shoulder. It is worse, and she asked again whether I had told the orchestra.',
    lines: [
      ['Dr Raman: Did you talk to your manager?', "No, because I know what they'd think."],
      [
        "Me: Not yet. It's renewal season.",
        'Renewal season is every season when you are on a one-year contract.',
      ],
      [
        'Dr Raman: You need the rest more than they need you for one concert.',
        'She has never sat in a section.',
      ],
      [
        'Me: I could complain about the rota instead, the extra calls are half the problem.',
        'And be the one who complains.',
      ],
    ],
    assumptions: [
      ["Going off sick would prove I'm not up to a full-time contract.", 'h16a7'],
      ['Speaking up about the rota will get me labelled awkward.', 'h16a6'],
    ],
  },
  {
    date: '2027-03-31T23:05:00',
    set: 'D',
    title: 'The review and the curtain call',
    people: ['Ingrid', 'Maestro Quintero'],
    tags: ['concert', 'review'],
    situation:
      'The morning after the Mahler concert, the local paper review and Ingrid’s notes to the section.',
    lines:
      "The review called the Adagietto 'ravishing' and said the second violins were 'occasionally ragged in the Rondo'. Ingrid's email to the section quoted that line and said 'let's tidy the Rondo before the repeat'. At the curtain call Quintero had the leader, the principal horn and the trumpet stand up; he did not look at the back of the section. The orchestra's social media post was about the concert selling out, with a picture of the queue for the bar.",
    assumptions: [
      ["She reckons I'm the reason the seconds sounded ragged.", 'h16a1'],
      ["As far as the podium is concerned, I'm invisible.", 'h16a2'],
      ['Head office sees the orchestra as a line on a spreadsheet.', 'h16a3'],
    ],
  },
  {
    date: '2027-04-03T18:20:00',
    set: 'L',
    title: 'Notes on file',
    people: ['Mrs Flint'],
    tags: ['management', 'contract', 'tour'],
    situation:
      'Mrs Flint stopped me in the corridor to say that the note about my lateness is "on file" and asked if there was anything else she should know. Then she talked about the Spain tour budget.',
    lines: [
      ['Mrs Flint: Anything else I should be aware of?', 'She knows about the shoulder.'],
      ['Me: No, nothing.', 'Now I have lied to her on the record too.'],
      [
        "Mrs Flint: Spain is costing us more than the promoter's fee, you know.",
        'Why is she telling me this?',
      ],
      ['Me: That sounds difficult.', 'That sounds like the tour is going and so am I.'],
    ],
    assumptions: [
      ['Deborah is quietly building a case against me.', 'h16a5'],
      ['Mrs Flint is looking for an excuse to cancel the Spanish tour.', 'uh16a3'],
    ],
  },
  {
    date: '2027-04-06T21:40:00',
    set: 'L',
    title: 'Kenji about the shoulder',
    people: ['Kenji'],
    tags: ['desk partner', 'shoulder'],
    situation:
      'Kenji asked me straight out whether I was injured, and said he would rather sit with a deputy for a fortnight than watch me play through it.',
    lines: [
      ["Kenji: I'd rather have a deputy next to me for two weeks.", 'Rather have anyone but me.'],
      ["Me: You'd be fine without me, I'm sure.", 'That came out bitter.'],
      ['Kenji: Take the time. Nobody here would blink, honestly.', 'He sounds as if he means it.'],
    ],
    assumptions: [
      ["He's fed up sitting next to me.", 'h16a9'],
      ['Nobody here would think less of me for taking time off for my shoulder.', 'h16a7-not'],
    ],
  },
  {
    date: '2027-04-09T22:30:00',
    set: 'D',
    title: 'Players’ meeting about the summer',
    people: ['Callum'],
    tags: ['committee', 'schedule'],
    situation: 'The open players’ meeting about the summer festival schedule.',
    lines:
      "Callum read out the festival schedule: five weekends out of six, with the sixth 'to be confirmed'. He asked 'any questions?' and waited about three seconds. Nobody put a hand up. I had written my question on the back of the agenda. After the meeting two people told me in the car park that they agreed with what I would have said.",
    assumptions: [
      ["Putting my hand up at the players' meeting would put a target on my back.", 'h16a6'],
      ['As far as the office is concerned, my free weekends belong to the orchestra.', 'h16a10'],
    ],
  },
  {
    date: '2027-04-12T20:50:00',
    set: 'L',
    title: 'My name from the podium',
    people: ['Maestro Quintero', 'Ingrid'],
    tags: ['conductor', 'section'],
    situation:
      'In the Sibelius rehearsal Quintero stopped and asked me by name to play the pizzicato passage alone, then said "like that, everybody". Ingrid looked at her part the whole time.',
    lines: [
      [
        'Quintero: Miss Haller, the pizzicato from letter F, alone please.',
        'He knows my name. He has always known.',
      ],
      ['Quintero: Like that, everybody.', "I don't know where to look."],
      [
        "Ingrid (at the break): Let's not get carried away, it's one passage.",
        'So she is annoyed that he picked me.',
      ],
    ],
    assumptions: [
      ['Quintero knows exactly who I am and listens for me.', 'h16a2-not'],
      ["In Ingrid's eyes I'm the player dragging the back desks down.", 'h16a1'],
    ],
  },
  {
    date: '2027-04-15T22:00:00',
    set: 'L',
    title: 'Outside seat for the tour',
    people: ['Ingrid', 'Kenji'],
    tags: ['section', 'desk partner', 'tour'],
    situation:
      'Ingrid asked me to take the outside seat for the Spain tour because Kenji has been struggling with the Sibelius. She said it in front of him.',
    lines: [
      [
        "Ingrid: I want you on the outside for Spain. Kenji, it's just for the tour.",
        'She has never said anything like that to me.',
      ],
      ['Kenji: Fair enough.', 'He looks relieved, not hurt.'],
      [
        "Me: Thanks. I'll do the bowings tonight.",
        "I've been covering his entries in the Sibelius for a week.",
      ],
    ],
    assumptions: [
      ['Ingrid rates my playing far more than she lets on.', 'h16a1-not'],
      ["I'm the one carrying Kenji through the hard passages.", 'h16a4-rev'],
    ],
  },
  {
    date: '2027-04-19T17:10:00',
    set: 'L',
    title: 'Renewal meeting',
    people: ['Mrs Flint'],
    tags: ['management', 'contract', 'shoulder'],
    situation:
      'My contract renewal meeting with Mrs Flint. She offered me next season and asked about my shoulder without my raising it.',
    lines: [
      [
        "Mrs Flint: We'd like you back next season, on the same terms.",
        'I had a speech ready for the opposite.',
      ],
      [
        'Mrs Flint: And if the shoulder needs rest, take it. Sit out the Sibelius if you must.',
        'Who told her? And why is she not angry?',
      ],
      [
        "Mrs Flint: The board put the Bruckner back, by the way. They listened to the players' vote.",
        'They listened.',
      ],
      ['Me: Thank you. I will.', 'I did not expect to say thank you in this room.'],
    ],
    assumptions: [
      ['Mrs Flint is keen to keep me on next season.', 'h16a5-not'],
      ['Everyone would understand if I sat out the Sibelius to rest my arm.', 'h16a7-not'],
      ['The board cares about the music, not just the box office.', 'h16a3-not'],
    ],
  },
  {
    date: '2027-04-23T23:30:00',
    set: 'L',
    title: 'Drinks after the last concert',
    people: ['Ingrid', 'Kenji', 'Callum'],
    tags: ['section', 'committee', 'desk partner'],
    situation:
      'Drinks after the last concert of the season. Callum told me the committee had raised the tour travel day after all and management moved it. Ingrid asked whether I would sit on the first desk next season. Kenji was at the bar talking about which desk he wanted.',
    lines: [
      [
        'Callum: We raised the overnight coach. They moved the travel day. No drama.',
        'No drama. I was so sure there would be.',
      ],
      ['Ingrid: I want someone I can rely on at the front next season.', 'Someone she can rely on. Me.'],
      ["Kenji: I'd stay where I am, to be honest.", 'I realise I want to move, not him.'],
    ],
    assumptions: [
      ['She sees me as one of the most reliable players she has.', 'h16a1-not'],
      ["I'm fed up sitting next to Kenji.", 'h16a9-rev'],
      ['Raising the tour schedule at committee would have been completely harmless.', 'h16a6-not'],
    ],
  },

  // ---------------------------------------------------------------- keeper b: funeral director
  {
    date: '2027-02-22T21:00:00',
    set: 'L',
    title: 'Dad in the arrangement room',
    people: ['Gerald'],
    tags: ['family', 'business'],
    situation:
      'Dad came in on his day off and sat in on my arrangement meeting with the Haskins family. When I explained the coffin range he cut in and recommended a different one.',
    lines: [
      [
        'Dad: If I may, the oak is what most families choose for a man of his generation.',
        'I was about to say that.',
      ],
      ['Me: We were just coming to the oak.', 'I sound like the junior in my own firm.'],
      [
        'Dad (afterwards): You did fine, love. I just like to keep an eye.',
        "An eye. He's been keeping an eye for eleven months.",
      ],
    ],
    assumptions: [
      ["Dad doesn't believe I can run the place without him.", 'h16b1'],
      ['Dad undermines me in front of the families.', 'h16b10'],
    ],
  },
  {
    date: '2027-02-24T19:30:00',
    set: 'D',
    title: 'Nadia and the weekend rota',
    people: ['Nadia'],
    tags: ['staff', 'rota'],
    situation: 'Nadia came to me about the weekend cover after three call-outs in one week.',
    lines:
      "Nadia had her coat on when she came into the office at 6pm. She said 'I can't do another weekend like the last one' and put the rota on my desk with her name crossed out twice. She did not sit down. I said I would cover Saturday myself. On Saturday I had tickets for my daughter's swimming gala; I did not mention them.",
    assumptions: [
      ['Nadia is one bad week away from handing in her notice.', 'h16b2'],
      ['If I take a weekend off, something will go wrong.', 'h16b8'],
    ],
  },
  {
    date: '2027-02-26T16:45:00',
    set: 'L',
    title: 'Ringing the crematorium',
    people: ['Mr Brennan'],
    tags: ['crematorium', 'bookings'],
    situation:
      'I rang Mr Brennan to book a Thursday midday service for the Haskins family. He offered 9am or 4pm. The co-op hearse was booked in at 12 and 1.',
    lines: [
      ['Mr Brennan: I can do you nine or four.', 'The family asked for midday. I told them I would try.'],
      ['Me: Nothing around twelve at all?', 'I already know the answer.'],
      ["Mr Brennan: Midday's spoken for, I'm afraid. Block booking.", 'Block booked by whom, I wonder.'],
    ],
    assumptions: [
      ['Mr Brennan gives the chain the best crematorium slots.', 'h16b5'],
      ['The co-op is trying to put us out of business.', 'h16b3'],
    ],
  },
  {
    date: '2027-03-01T22:15:00',
    set: 'D',
    title: 'The vicar on funeral costs',
    people: ['Rev Pryce'],
    tags: ['church', 'costs'],
    situation: 'Rev Pryce mentioned funeral costs in his sermon, and I was in the congregation.',
    lines:
      "Rev Pryce's sermon was about the cost of dying. He said 'a family should not have to choose between grief and debt', and mentioned 'the funeral industry'. He shook my hand at the door as usual and said he would see me on Thursday for the Haskins service. Two people from the congregation looked at me during the sermon.",
    assumptions: [["Rev Pryce thinks we profit from people's grief.", 'h16b6']],
  },
  {
    date: '2027-03-03T23:40:00',
    set: 'L',
    title: "Lucía's first removal",
    people: ['Lucía'],
    tags: ['trainee', 'night calls'],
    situation:
      'I took Lucía on her first night removal from a care home. In the lift she went white and had to stand outside for a few minutes.',
    lines: [
      ['Lucía: Sorry. Sorry. Give me a minute.', 'We have maybe two minutes before the family arrive.'],
      ["Me: Take your time. It's a lot the first time.", "I'll have to do this one on my own."],
      ['Lucía: I can come next time, I promise.', 'And who covers tonight if she cannot?'],
    ],
    assumptions: [
      ["Lucía isn't cut out for this work.", 'h16b7'],
      ['Nobody else can be trusted with the night calls.', 'h16b8'],
    ],
  },
  {
    date: '2027-03-05T18:10:00',
    set: 'L',
    title: 'Arranging Mr Okafor’s funeral',
    people: ['Mrs Okafor', 'Gerald'],
    tags: ['families', 'family', 'bookings'],
    situation:
      'The arrangement meeting for Mr Okafor’s funeral. Dad sat in. When I booked the date on the new system, Dad wrote it in the old paper diary as well and corrected the price I had quoted.',
    lines: [
      [
        "Dad: The price is a little different, Mrs Okafor, I'll write it down for you.",
        'It is not different. He has the old price list.',
      ],
      ["Me: I'll check that and confirm by email.", "I won't correct him in front of her."],
      [
        'Dad (to me, afterwards): Best put it in the diary too. Computers lose things.',
        'Three months of training on that system.',
      ],
    ],
    assumptions: [
      ["My father corrects me in the arrangement room so the family know he's still the boss.", 'h16b10'],
      ["Dad doesn't trust the new booking software.", 'uh16b1'],
    ],
  },
  {
    date: '2027-03-08T11:20:00',
    set: 'D',
    title: 'Forms back from the council',
    people: ['Ms Varga'],
    tags: ['council', 'paperwork'],
    situation: 'The council bereavement services office returned our cemetery forms again.',
    lines:
      "Ms Varga emailed at 9.02 to say the grave-reopening form for the Haskins funeral had an initial missing on page 3 and could not be processed. It is the second return this month. The funeral is on Thursday. When I rang, she said 'we have to be consistent with all firms'. The co-op's form for the same cemetery that week was processed on the day it was sent.",
    assumptions: [
      ['The council goes out of its way to make things hard for small firms like ours.', 'h16b9'],
    ],
  },
  {
    date: '2027-03-10T20:30:00',
    set: 'L',
    title: 'The Okafor service',
    people: ['Mrs Okafor'],
    tags: ['families', 'service', 'crematorium'],
    situation:
      'At Mr Okafor’s service the printed order of service had the wrong second hymn, because we had to print early for the 9am slot. Mrs Okafor noticed as soon as she sat down.',
    lines: [
      [
        'Mrs Okafor: This is not the hymn we chose.',
        'It was the hymn from the first draft. I sent the second to the printer.',
      ],
      ["Me: I'm so sorry. The organist has the right one.", 'Nothing I say now will help.'],
      ['Mrs Okafor: He chose that hymn himself.', 'And we had to rush it for a nine o’clock slot.'],
    ],
    assumptions: [
      ['Mrs Okafor blames me for what went wrong at the service.', 'h16b4'],
      ['The crematorium keeps the good times for the big operators.', 'h16b5'],
    ],
  },
  {
    date: '2027-03-12T22:50:00',
    set: 'D',
    title: "Nadia's profile",
    people: ['Nadia'],
    tags: ['staff', 'competition', 'council'],
    situation:
      'After a morning of council paperwork Nadia went home early, and that evening I saw her online profile.',
    lines:
      "Nadia spent the whole morning redoing cemetery forms the council had sent back. She left at 2pm with a headache. That evening her online profile said 'open to work'. The co-op's regional manager had liked her last post. She had not said anything to me.",
    assumptions: [
      ['Our embalmer is quietly looking for another job.', 'h16b2'],
      ['The co-op is trying to poach Nadia.', 'uh16b3'],
      ['Bereavement services treat us as a nuisance.', 'h16b9'],
    ],
  },
  {
    date: '2027-03-15T21:45:00',
    set: 'L',
    title: 'Talking about retirement',
    people: ['Gerald'],
    tags: ['family', 'business'],
    situation:
      'I asked Dad when he wanted to hand over the business properly. He said he would stay on "until it\'s safe" and asked who was on call the weekend I go to my daughter\'s gala.',
    lines: [
      ["Dad: When it's safe, love. When the books are steady.", 'The books have been steady for two years.'],
      ["Me: I'm off the weekend of the 20th.", 'I have already half decided to cancel.'],
      ["Dad: Who's on the phone that weekend, then?", 'That is the weekend a family will ring.'],
    ],
    assumptions: [
      ['Gerald is convinced the firm will fold the moment he steps back.', 'h16b1'],
      ["The one day I'm not on call will be the day a family really needs me.", 'h16b8'],
    ],
  },
  {
    date: '2027-03-17T19:10:00',
    set: 'L',
    title: 'Rev Pryce after the Haskins funeral',
    people: ['Rev Pryce'],
    tags: ['church', 'costs', 'crematorium'],
    situation:
      'Rev Pryce and I were waiting in the car park after the Haskins committal. He said the crematorium fees had gone up again and that families are "being squeezed from every side".',
    lines: [
      [
        'Rev Pryce: Eleven hundred pounds for twenty minutes. Scandalous.',
        "He's looking at our hearse while he says it.",
      ],
      ['Me: The fees are set by the council.', 'I sound like I am defending myself.'],
      ['Rev Pryce: Squeezed from every side, these families.', 'Every side includes us.'],
    ],
    assumptions: [
      ['The vicar sees undertakers as vultures.', 'h16b6'],
      ['Rev Pryce thinks the crematorium overcharges families.', 'uh16b4'],
    ],
  },
  {
    date: '2027-03-19T17:30:00',
    set: 'D',
    title: "Mrs Okafor's letter",
    people: ['Mrs Okafor'],
    tags: ['families', 'complaint'],
    situation: 'A handwritten letter from Mrs Okafor arrived about her husband’s funeral.',
    lines:
      "Two pages. The first is about the hymn: 'we trusted you with the one thing he asked for'. The second is about the forty-minute wait at the crematorium, where her brother had told the chapel attendant they could start late. She writes 'Emeka should never have spoken to the attendant'. She asks for a reduction on the account. She signed it 'yours sincerely', not 'with thanks' as her first card did.",
    assumptions: [
      ["As far as she's concerned, the mix-up over the order of service was my fault.", 'h16b4'],
      ['Mrs Okafor blames her brother for the delay at the crematorium.', 'uh16b5'],
    ],
  },
  {
    date: '2027-03-22T20:20:00',
    set: 'L',
    title: 'Lucía and the mortuary',
    people: ['Lucía'],
    tags: ['trainee', 'mortuary'],
    situation:
      'I asked Lucía to help Nadia in the mortuary on Wednesday. She asked whether she could do the family liaison instead, and then asked for Friday afternoon off for "an interview, just something for later".',
    lines: [
      ['Lucía: Could I do the family calls instead on Wednesday?', 'She is avoiding the mortuary again.'],
      ['Me: You need the mortuary hours for your certificate.', 'I sound like my father.'],
      ['Lucía: And could I have Friday afternoon? Just an interview, for later.', 'An interview. For what?'],
    ],
    assumptions: [
      ["The trainee won't cope with the mortuary side.", 'h16b7'],
      ['Lucía is quietly looking for another job.', 'uh16b2'],
    ],
  },
  {
    date: '2027-03-24T22:05:00',
    set: 'L',
    title: 'Dad and Nadia in the prep room',
    people: ['Gerald', 'Nadia'],
    tags: ['family', 'staff'],
    situation:
      'I had agreed with Nadia that she could leave early on Thursday. Dad overruled it in front of her and the trainee, and said "we do things properly here".',
    lines: [
      [
        'Dad: Nobody leaves early with two in the fridge. We do things properly here.',
        'I agreed this with her yesterday.',
      ],
      ['Me: Nadia and I had arranged cover, Dad.', 'In front of the trainee, too.'],
      ["Nadia: It's fine. Forget it.", 'She has stopped arguing. That is worse.'],
    ],
    assumptions: [
      ["Gerald contradicts me in front of the staff to show who's really in charge.", 'h16b10'],
      ["She's got one foot out the door already.", 'h16b2'],
    ],
  },
  {
    date: '2027-03-27T15:00:00',
    set: 'D',
    title: 'Crematorium diary and the leaflet',
    people: ['Mr Brennan'],
    tags: ['crematorium', 'competition'],
    situation: 'Booking two April services and picking up a leaflet at the crematorium reception.',
    lines:
      "Mr Brennan offered 9am and 4.30pm for both April dates. The printout on the reception desk showed the co-op at 11, 12 and 1 on four weekdays. In the rack by the door there was a new co-op leaflet: 'a dignified funeral from £1,495, with a free consultation in your home'. Our postcode was printed on the back as a service area.",
    assumptions: [
      ["We'll always get the leftover slots while the co-op gets midday.", 'h16b5'],
      ['The chain down the road wants to swallow us whole.', 'h16b3'],
    ],
  },
  {
    date: '2027-03-30T22:35:00',
    set: 'L',
    title: 'Dad and the chair',
    people: ['Gerald'],
    tags: ['family', 'business', 'staff'],
    situation:
      'Dad came in to "pick up his post" and sat at the desk in the office, which has been mine since last spring. He asked to see the month\'s accounts and said we should start looking for an embalmer "for when Nadia goes".',
    lines: [
      ["Dad: Just let me see the figures, I won't touch anything.", 'He is sitting in my chair.'],
      ["Me: They're on the system. I'll print them.", 'The printed copy he can take home and check.'],
      ['Dad: And start asking round for an embalmer. For when Nadia goes.', 'So he can see it too.'],
      ['Me: I was going to take Friday off.', 'If I go out for an afternoon, nothing here works.'],
    ],
    assumptions: [
      ['My father sees me as a caretaker keeping his chair warm.', 'h16b1'],
      ["Nadia won't still be with us by the summer.", 'h16b2'],
      ["Nothing runs properly here unless I'm in the building.", 'h16b8'],
    ],
  },
  {
    date: '2027-04-02T19:50:00',
    set: 'D',
    title: 'Leaflets in the church porch',
    people: ['Rev Pryce'],
    tags: ['church', 'competition'],
    situation: 'I went to St Anne’s to go through the plans for a funeral on the 9th.',
    lines:
      "There was a stack of the co-op's direct cremation leaflets on the table in the church porch, next to the parish newsletter. Rev Pryce said the co-op's area manager had dropped them off and 'it's good for people to have options'. He asked me how much our simplest funeral costs and wrote the figure in his diary. He did not ask for any of our leaflets.",
    assumptions: [
      ["Aled believes we're in it for the money.", 'h16b6'],
      ['Their cut-price packages are aimed squarely at our families.', 'h16b3'],
    ],
  },
  {
    date: '2027-04-05T18:00:00',
    set: 'L',
    title: 'Headstone at the cemetery',
    people: ['Mrs Okafor'],
    tags: ['families', 'council', 'headstone'],
    situation:
      'I met Mrs Okafor at the cemetery to look at the plot for the headstone. The council has turned down the design because the kerb is 5cm over the limit, and she brought up the crematorium wait again.',
    lines: [
      [
        'Mrs Okafor: And now the stone. Forty minutes we stood in the rain at that crematorium.',
        "The wait was her brother's doing, not ours.",
      ],
      [
        "Me: I'll go back to the council with a new drawing this week.",
        'Third time. They will find something else.',
      ],
      ['Mrs Okafor: I hope this time it is done properly.', 'This time. She means last time was us.'],
    ],
    assumptions: [
      ['The widow holds me personally responsible for the wait at the crematorium.', 'h16b4'],
      ["To the town hall, a little family undertaker is more bother than it's worth.", 'h16b9'],
    ],
  },
  {
    date: '2027-04-08T21:15:00',
    set: 'L',
    title: 'Dad changes the rota',
    people: ['Lucía', 'Gerald'],
    tags: ['trainee', 'family', 'night calls'],
    situation:
      'I had put Lucía on the removal rota with me for April. Dad took her off it without telling me and wrote himself in instead, at seventy-one.',
    lines: [
      ["Dad: She's not ready. I've put myself down.", 'I decided she was ready. It is my rota.'],
      ["Lucía: I don't mind, honestly.", 'She looks relieved.'],
      ['Me: Dad, we agreed I do the rota.', "He doesn't trust my call on anything."],
    ],
    assumptions: [
      ["She hasn't got the stomach for removals.", 'h16b7'],
      ['He distrusts my judgement when it comes to the business.', 'h16b1'],
    ],
  },
  {
    date: '2027-04-11T20:40:00',
    set: 'D',
    title: 'Dad away, Mrs Okafor settles the account',
    people: ['Gerald', 'Mrs Okafor'],
    tags: ['family', 'business', 'families'],
    situation: 'Dad went to Tenby for a week, and Mrs Okafor came in to settle her account.',
    lines:
      "Dad left on Saturday without ringing to check anything, and his text said 'you've got it, love'. Lucía took two night calls on her own while he was away, with Nadia on the phone. Mrs Okafor came in, paid the account in full without the reduction she had asked for, and left a card: 'Thank you for everything. The wait was not your doing. Emeka has apologised'.",
    assumptions: [
      ['Dad trusts me to run the place on my own now.', 'h16b1-not'],
      ['Someone else can always take the night calls.', 'h16b8-not'],
      ["She understands the wait wasn't down to us.", 'h16b4-not'],
    ],
  },
  {
    date: '2027-04-14T22:25:00',
    set: 'L',
    title: "Mr Okafor's memorial",
    people: ['Mrs Okafor', 'Rev Pryce'],
    tags: ['families', 'church', 'costs'],
    situation:
      'At the memorial service Mrs Okafor thanked me in front of the family. Afterwards Rev Pryce said memorials are "a nice little extra for you".',
    lines: [
      ['Mrs Okafor: This one is perfect. Thank you, my dear.', 'I had been dreading this for a week.'],
      ['Me: He would have liked the hymn.', 'I kept thinking she would bring up the first service.'],
      ['Rev Pryce: A nice little extra for your firm, these memorials.', 'We charged nothing for today.'],
      ["Me: We don't charge for memorials.", 'He did not hear it, or did not want to.'],
    ],
    assumptions: [
      ["Mrs Okafor doesn't hold the mix-up against me.", 'h16b4-not'],
      ['Deep down I blame Mrs Okafor for what went wrong at the service.', 'h16b4-rev'],
      ["He thinks we're fleecing grieving families.", 'h16b6'],
    ],
  },
  {
    date: '2027-04-18T19:05:00',
    set: 'D',
    title: 'Lucía and Nadia in the mortuary',
    people: ['Lucía', 'Nadia'],
    tags: ['trainee', 'staff', 'mortuary'],
    situation: 'Lucía’s first full day in the mortuary with Nadia.',
    lines:
      "Lucía worked the whole day in the mortuary with Nadia and came out at five asking when she could do the next one. Nadia said Lucía had been 'steadier than I was in my first month'. Nadia asked me to order a new set of instruments 'for the next five years', and asked whether the firm would pay for her advanced certificate next spring.",
    assumptions: [
      ['Lucía is unfazed by the mortuary side.', 'h16b7-not'],
      ['Nadia is settled here for the long haul.', 'h16b2-not'],
    ],
  },
  {
    date: '2027-04-22T21:50:00',
    set: 'L',
    title: 'Handover lunch',
    people: ['Gerald', 'Rev Pryce'],
    tags: ['family', 'business', 'church'],
    situation:
      'Dad and Rev Pryce had lunch with me at the Red Lion. Dad told Aled that he is signing the firm over to me in June. At the Carter arrangement last week I had talked over Dad twice.',
    lines: [
      [
        "Dad: She runs it better than I did, Aled. I'm signing it over in June.",
        'He has never said that out loud.',
      ],
      [
        'Rev Pryce: I know. The families tell me you look after them, not the bill.',
        'All those sermons, and he meant the chains.',
      ],
      ['Dad: Though she does cut me off at the arrangements now.', 'I did. Twice, at the Carters.'],
    ],
    assumptions: [
      ['Gerald has every confidence in the way I run things.', 'h16b1-not'],
      ['The vicar thinks we care about the families, not the money.', 'h16b6-not'],
      ["Maybe I'm the one undermining Dad in front of the families.", 'h16b10-rev'],
    ],
  },
];
