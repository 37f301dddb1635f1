// Held-out split `heldout22`, written BLIND in session 12 (2026-11-25) for a later round to score once.
//
// Keeper a (`h22a`): the owner of a small hair salon, Halo, in north Leeds (British spelling). Her people: Priya (the
// senior stylist, nine years with her), Kemal (a colourist who rents a chair), Shannon (the apprentice, seventeen),
// Yuki (the junior stylist), Tomasz ("Tom", her husband, who reads contracts for a living), Mum, Mrs Okonkwo (a
// client since the salon opened: "Mrs O"), Delphine (the landlord's agent), Gareth (the accountant), Ifeoma (Shannon's
// college assessor); groups: the team / the juniors, the clients / the regulars, the landlord.
// Keeper b (`h22b`): a police custody sergeant at a busy custody suite (British spelling). His people: Inspector Niamh
// Fitzgerald ("the inspector", "Niamh"), DC Harpreet Gill (CID), PC Jordan Mensah (a probationer on secondment to
// custody), Dmitri and Sione (the detention officers), Agnieszka (the custody nurse: "the nurse", "Aga"), Mr Haddad
// (the duty solicitor), Bev (the sergeant on the opposite shift), Mei (his wife), Superintendent Oyelaran; groups:
// CID, the bosses / headquarters, the detention officers.
//
// Traps: 24 recurring paraphrase groups (12 per keeper, 2-3 statements each, in different entries, names in one and
// roles or nicknames in another, idioms such as "one foot out of the door", "walk all over me", "hang me out to dry",
// "have my back", "tunes me out", "a stickler who won't bend an inch"); 14 opposite groups (`-not`, one statement each:
// "no longer", "never", "hardly any", "no wish", negation inside words ("incapable" / "capable", "uninterested" /
// "interested", "unsupported", "careless", "disrespectful" on the paraphrase side), quantifiers ("Nobody else ..." /
// "Everybody on this suite ..."), swapped contrast ("the figures, not the people" / "the people, not just the
// figures"), antonyms ("too soft" / "tough enough", "a jobsworth" / "careless with the rule book")); 6 direction traps
// (`-rev`, same words with roles reversed: Priya puts me down / I put Priya down; Kemal is jealous of me / I'm jealous
// of Kemal; Tomasz doesn't listen to me about money / I don't listen to Tomasz; Harpreet goes over my head / I go over
// Harpreet's head; Bev leaves her mess for my shift / I leave my mess for Bev's; the nurse waves away my concerns / I
// wave away the nurse's); 20 singletons, some sharing a frame with a group but changing the person or the object.
// Pronouns refer to the one person of that gender in the entry's people; entries naming two women or two men use
// names or roles in their statements. Ladder-of-inference entries (set 'I') give their observed data as one text.
//
// Written blind: the writer read only the "Your workspace" part of TEAM.md, scripts/assumptions-corpus/build.mjs,
// lines 1-120 of scripts/assumptions-corpus/heldout18.mjs (for the format), lines 1-13 of
// tests/fixtures/assumptions-corpus/README.md, tests/fixtures/assumptions-corpus/blind.json and
// /work/shared/PROMPTS.md. Not read: the engine (src/), docs/, the README's other sections, any test, the trap-probe
// fixtures, the eval scripts, any other split's source or generated statements or labels. The engine and the eval
// scripts were never run on this split.

export const groups = {
  h22a1: ['paraphrase', 'Priya is about to leave and take her clients with her'],
  'h22a1-not': ['opposite', 'Priya is not about to leave'],
  h22a2: ['paraphrase', "Kemal doesn't respect me as the owner"],
  h22a3: ['paraphrase', 'Priya puts me down in front of the juniors'],
  'h22a3-rev': ['direction', 'I put Priya down in front of the juniors'],
  h22a4: ['paraphrase', 'The landlord wants to get rid of us'],
  'h22a4-not': ['opposite', 'The landlord wants to keep us as tenants'],
  h22a5: ['paraphrase', "Shannon doesn't really want to be a hairdresser"],
  'h22a5-not': ['opposite', 'Shannon genuinely wants to learn the trade'],
  h22a6: ['paraphrase', 'Mrs Okonkwo will never be satisfied with what I do'],
  h22a7: ['paraphrase', 'Kemal is jealous of me'],
  'h22a7-rev': ['direction', "I'm jealous of Kemal"],
  h22a8: ['paraphrase', 'If I raise my prices, the regulars will leave'],
  'h22a8-not': ['opposite', 'I can raise my prices and hardly any regulars will leave'],
  h22a9: ['paraphrase', "I'm no good at the business side of the salon"],
  'h22a9-not': ['opposite', "I'm capable of running the business side of the salon"],
  h22a10: ['paraphrase', "Tomasz doesn't listen to me about money"],
  'h22a10-rev': ['direction', "I don't listen to Tomasz about money"],
  h22a11: ['paraphrase', 'The team think I only care about the takings'],
  'h22a11-not': ['opposite', 'The team know I care about them, not just the takings'],
  h22a12: ['paraphrase', 'Mum thinks opening the salon was a mistake'],
  'h22a12-not': ['opposite', 'Mum never thought opening the salon was a mistake'],

  h22b1: ['paraphrase', 'CID treat custody as there for their convenience'],
  h22b2: ['paraphrase', "The inspector won't back me when things go wrong"],
  'h22b2-not': ['opposite', 'The inspector will back me when things go wrong'],
  h22b3: ['paraphrase', 'One death or mistake in my custody suite would end my career'],
  h22b4: ['paraphrase', 'DC Gill goes over my head to the inspector'],
  'h22b4-rev': ['direction', "I go over DC Gill's head to the inspector"],
  h22b5: ['paraphrase', 'Jordan is too soft for the job'],
  'h22b5-not': ['opposite', 'Jordan is tough enough for the job'],
  h22b6: ['paraphrase', 'Mr Haddad is waiting for me to make a mistake he can use'],
  'h22b6-not': ['opposite', "Mr Haddad isn't out to catch me making mistakes"],
  h22b7: ['paraphrase', 'The detention officers think I go too much by the book'],
  'h22b7-not': ['opposite', "The detention officers think I've become careless with the rules"],
  h22b8: ['paraphrase', 'The bosses care about the figures, not the people in the cells'],
  'h22b8-not': ['opposite', 'The bosses care about the people in the cells, not just the figures'],
  h22b9: ['paraphrase', "I'm the only one on the suite who takes detainees' welfare seriously"],
  'h22b9-not': ['opposite', 'Everyone on the suite takes welfare as seriously as I do'],
  h22b10: ['paraphrase', 'Bev leaves her problems for my shift'],
  'h22b10-rev': ['direction', "I leave my problems for Bev's shift"],
  h22b11: ['paraphrase', 'The nurse dismisses my concerns about detainees'],
  'h22b11-rev': ['direction', "I dismiss the nurse's concerns about detainees"],
  h22b12: ['paraphrase', 'Mei thinks I put the job before the family'],
  'h22b12-not': ['opposite', 'Mei no longer thinks I put the job before the family'],
};

export const entries = [
  // ---------------------------------------------------------------- keeper a: hair salon owner
  {
    date: '2029-01-12T21:15:00',
    set: 'L',
    title: 'Priya wants her Saturdays back',
    people: ['Priya'],
    tags: ['staff', 'rota'],
    situation:
      "Priya asked to stop working Saturdays from March. Half her regulars come in on a Saturday and she's the salon's top earner.",
    lines: [
      [
        "Priya: I've been thinking, I'd like Saturdays off from March. I've done nine years of them.",
        'Nine years, and she picks the week the rent review letter lands.',
      ],
      ["Can we talk about it once the rota's done?", "I can't afford to lose her Saturdays."],
      [
        "Priya: It's not really a negotiation, I'm just telling you early.",
        "That's someone who's already got another chair lined up.",
      ],
      ["Okay. Let's see how we cover it.", 'I said okay. Why did I say okay?'],
    ],
    assumptions: [
      ["Priya's getting ready to leave and take her clients with her.", 'h22a1'],
      ['The team think all I care about is the Saturday takings.', 'h22a11'],
    ],
  },
  {
    date: '2029-01-16T13:40:00',
    set: 'I',
    title: "Kemal's before-and-after post",
    people: ['Kemal'],
    tags: ['social media', 'chair renter'],
    situation:
      'Kemal posted a blonde transformation he did in my salon on his own Instagram without tagging the salon. It got four thousand likes.',
    lines:
      "The post went up at 9.12 on Monday. It shows the client in my third chair, with the salon mirror and half the logo in frame. His caption tags the client and the toner brand, not Halo. He came in at ten and said nothing about it; I didn't mention it either.",
    assumptions: [
      ["Kemal doesn't respect me as the owner of this place.", 'h22a2'],
      ["Kemal's jealous of me, that's what the post is about.", 'h22a7'],
    ],
  },
  {
    date: '2029-01-18T19:50:00',
    set: 'L',
    title: 'Delphine rings about the rent review',
    people: ['Delphine'],
    tags: ['landlord', 'lease'],
    situation:
      'The landlord\'s agent rang to say the rent review would be "market-led" this time, and mentioned in passing that the landlord has had "interest in the unit for redevelopment".',
    lines: [
      [
        "Delphine: He's not saying anything's decided, he just wants to keep his options open.",
        'Options meaning us out.',
      ],
      ["We've been good tenants for six years. We've never once been late.", 'I sound like I am begging.'],
      [
        "Delphine: Nobody's questioning that. I'll send the figures over by Friday.",
        "She'll send figures I won't understand.",
      ],
      [
        "Great, thanks. I'll go through them with my accountant.",
        "Gareth will have to explain it to me like I'm five.",
      ],
    ],
    assumptions: [
      ['The landlord wants us out so he can redevelop.', 'h22a4'],
      ["I'm useless with leases and anything on the business side.", 'h22a9'],
    ],
  },
  {
    date: '2029-01-20T18:25:00',
    set: 'L',
    title: 'Shannon, twenty minutes late',
    people: ['Shannon'],
    tags: ['apprentice', 'timekeeping'],
    situation:
      "Shannon arrived twenty minutes late for the third Saturday running and missed the nine o'clock shampoo, so Yuki had to fit it in between her own clients.",
    lines: [
      ["Shannon: The bus just didn't come, honestly.", 'The bus that comes every twelve minutes.'],
      [
        "It's the third week, Shannon. Yuki had to cover for you.",
        'I hate how I sound. I sound like my old boss.',
      ],
      [
        'Shannon: Sorry. (puts her headphones in her pocket)',
        "She's not sorry, she's counting the days till she's eighteen.",
      ],
      ["Just get the towels on, we'll talk later.", "We won't talk later. I never do."],
    ],
    assumptions: [
      ["Shannon doesn't really want to be a hairdresser.", 'h22a5'],
      ["If I come down hard on Shannon she'll drop out of the apprenticeship.", 'uh22a1'],
    ],
  },
  {
    date: '2029-01-24T21:05:00',
    set: 'L',
    title: 'Mrs Okonkwo and the copper tone',
    people: ['Mrs Okonkwo'],
    tags: ['client', 'complaint'],
    situation:
      'Mrs Okonkwo came back a week after her colour saying the copper had "gone brassy" and she wanted it redone free. She has had a Thursday appointment every four weeks for five years.',
    lines: [
      [
        "Mrs Okonkwo: It's not what I asked for. I said warm, not orange.",
        "It's exactly the shade she picked from the swatch book.",
      ],
      ["Let's have a look in the daylight by the window.", 'Buying time.'],
      [
        "Mrs Okonkwo: I've been coming here since you opened. I expect better.",
        'Here we go. Since you opened.',
      ],
      [
        "Of course, we'll put a gloss over it for you on Saturday, no charge.",
        'Another free hour on the busiest day of the week.',
      ],
    ],
    assumptions: [
      ['Nothing I do will ever be good enough for Mrs Okonkwo.', 'h22a6'],
      ["If I charged Mrs Okonkwo for the redo, she'd tell the whole street.", 'uh22a2'],
    ],
  },
  {
    date: '2029-01-27T22:10:00',
    set: 'L',
    title: 'Tomasz and the card machine fees',
    people: ['Tomasz'],
    tags: ['money', 'home'],
    situation:
      "Tomasz went through the bank statements and said we're paying far too much in card fees and should switch provider. I said I'd look at it after the rent review.",
    lines: [
      [
        "Tomasz: You're losing about ninety quid a month to these people.",
        "He says 'you' like it isn't our money.",
      ],
      ["I know, I'll sort it when the lease stuff is done.", "I didn't know. I had no idea."],
      ['Tomasz: You said that in November.', "He's keeping score."],
      ['Can we not do this tonight?', "I'm tired of being the one who gets audited at the kitchen table."],
    ],
    assumptions: [
      ["Tomasz doesn't listen to me when it comes to money.", 'h22a10'],
      ["I'm hopeless with the numbers side of the salon.", 'h22a9'],
    ],
  },
  {
    date: '2029-02-01T13:20:00',
    set: 'I',
    title: 'Priya corrects my cut in front of Yuki',
    people: ['Priya', 'Yuki'],
    tags: ['staff', 'feedback'],
    situation: 'Priya commented on a bob I was cutting, to Yuki, while the client was in the chair.',
    lines:
      "At 11.30 I was finishing a graduated bob. Priya walked past, stopped, and said to Yuki, loud enough for the client to hear, 'See how the back's a bit heavy? That's why we point-cut.' Yuki looked at me. The client asked if something was wrong. Priya went back to her station and carried on with her foils.",
    assumptions: [
      ['Priya puts me down in front of the juniors.', 'h22a3'],
      ["Yuki trusts Priya's eye more than mine now.", 'uh22a3'],
    ],
  },
  {
    date: '2029-02-03T19:45:00',
    set: 'L',
    title: 'Kemal asks to pay less chair rent',
    people: ['Kemal'],
    tags: ['chair renter', 'money'],
    situation:
      'Kemal asked to drop his chair rent by fifty pounds a week because "January was dead". He had a full column on Saturday.',
    lines: [
      ["Kemal: Everybody's cutting back, babe. I'm only asking.", "Don't 'babe' me in my own salon."],
      ["I'll have a think. The rent's going up here too, you know.", "He knows. He doesn't care."],
      ['Kemal: I could always go mobile. Loads of colourists do now.', 'There it is.'],
      ["Let's not be dramatic.", "And now I'm the dramatic one."],
    ],
    assumptions: [
      ['Kemal thinks he can walk all over me.', 'h22a2'],
      ['If I put his chair rent up, Kemal will go mobile and take his clients.', 'uh22a4'],
    ],
  },
  {
    date: '2029-02-06T21:30:00',
    set: 'L',
    title: 'Mum at Sunday dinner',
    people: ['Mum'],
    tags: ['family'],
    situation:
      'At Sunday dinner Mum asked whether I had "thought any more" about going back to a salaried job at one of the big salons in town, now the rent is going up.',
    lines: [
      [
        "Mum: I'm only saying, you'd have a pension. And your weekends.",
        "She's been 'only saying' for six years.",
      ],
      ["The salon's doing all right, Mum.", "It isn't, quite."],
      ["Mum: All right isn't the same as good, love.", "She's right, and I hate it."],
      ['Can you pass the gravy.', 'Subject closed.'],
    ],
    assumptions: [
      ['Mum thinks opening the salon was a mistake.', 'h22a12'],
      ["I'd be a failure if I went back to working for someone else.", 'uh22a5'],
    ],
  },
  {
    date: '2029-02-09T12:55:00',
    set: 'L',
    title: "Gareth's spreadsheet",
    people: ['Gareth'],
    tags: ['prices', 'accountant'],
    situation:
      'Gareth showed me that our prices are about fifteen per cent under the other salons in the area and suggested five pounds on every service.',
    lines: [
      [
        'Gareth: Honestly, you could go up a tenner on colour and nobody would blink.',
        "He doesn't have to look them in the eye.",
      ],
      ["Our clients aren't city-centre clients, though.", 'Half of them are pensioners.'],
      ["Gareth: The figures say you're undercharging.", "The figures don't get phoned up by Mrs Okonkwo."],
      ["I'll think about it for April.", "I'll put it off till April and then till June."],
    ],
    assumptions: [
      ['The minute I put my prices up, the regulars will go elsewhere.', 'h22a8'],
      ["Gareth thinks I'm too soft to run a business.", 'uh22a6'],
      ['Mrs O will find something to moan about whatever I do.', 'h22a6'],
    ],
  },
  {
    date: '2029-02-12T20:40:00',
    set: 'L',
    title: 'Shannon on her phone at the basin',
    people: ['Shannon'],
    tags: ['apprentice', 'client care'],
    situation:
      'I found Shannon scrolling on her phone at the back basin while a client sat with conditioner on for fifteen minutes.',
    lines: [
      ['Shannon: She said she was fine to wait.', "She said it because she's polite."],
      ["That's not the point. You rinse at five minutes.", 'I told her this on day one.'],
      ['Shannon: Fine.', "Fine. Everything's fine with her."],
      [
        "I'd like you to watch Yuki's blow-dries this afternoon.",
        'Maybe watching someone who loves it will rub off.',
      ],
    ],
    assumptions: [
      ["Shannon's heart isn't in hairdressing at all.", 'h22a5'],
      ["Clients are too polite to tell me when something's wrong.", 'uh22a7'],
    ],
  },
  {
    date: '2029-02-15T21:50:00',
    set: 'L',
    title: "Kemal's balayage course",
    people: ['Kemal'],
    tags: ['chair renter', 'training'],
    situation:
      'Kemal told me a brand has asked him to teach a balayage course, and suggested I "come along and pick up a few tricks".',
    lines: [
      [
        "Kemal: It'd be good for you, you've not done a course in ages.",
        "I've done three. He just didn't notice.",
      ],
      ["Congratulations, that's great news.", "It is great news. That's the problem."],
      ["Kemal: You can put it on the salon's page, I don't mind.", "He doesn't mind me advertising him."],
      ["Let's see how Saturdays go first.", "Why can't I just be pleased for him?"],
    ],
    assumptions: [
      ["I'm jealous of Kemal, if I'm honest.", 'h22a7-rev'],
      ['The brand only asked Kemal because of his follower count.', 'uh22a8'],
    ],
  },
  {
    date: '2029-02-19T19:10:00',
    set: 'L',
    title: 'Priya and the price list',
    people: ['Priya'],
    tags: ['prices', 'staff'],
    situation:
      'I asked Priya what she thought about a price rise. She said her clients would "walk" and she would be the one who had to tell them.',
    lines: [
      ["Priya: My ladies won't pay forty-five for a wash and set. They'll go to Joanne's.", "'My ladies.'"],
      ["I'm thinking about a small rise, not a big one.", 'Backing down already.'],
      ["Priya: It's your salon.", 'Said like an accusation.'],
      ["I'd like the team's view before I decide.", 'I only asked so she would agree with me.'],
    ],
    assumptions: [
      ["When Priya goes, 'her ladies' will go with her.", 'h22a1'],
      ["Any price rise and the clients will drift off to Joanne's.", 'h22a8'],
    ],
  },
  {
    date: '2029-02-22T22:00:00',
    set: 'L',
    title: 'Tomasz offers to read the lease',
    people: ['Tomasz'],
    tags: ['lease', 'home'],
    situation:
      'Tomasz offered to go through the new lease with Gareth himself "so you don\'t have to worry about it". I said I could manage.',
    lines: [
      ['Tomasz: I read contracts all day at work. Let me do it.', "Let me do it, because you can't."],
      ['I can read a lease, Tom.', 'Can I?'],
      ["Tomasz: I didn't say you couldn't.", "He didn't have to."],
      ["Fine, read it, and then we'll go through it together.", "He'll have decided before we sit down."],
    ],
    assumptions: [
      ["I'm incapable of running the business side of the salon.", 'h22a9'],
      ["I don't listen to Tomasz when it comes to money.", 'h22a10-rev'],
    ],
  },
  {
    date: '2029-02-26T13:15:00',
    set: 'I',
    title: 'The three-star review',
    people: ['Mrs Okonkwo'],
    tags: ['client', 'reviews'],
    situation: 'A three-star review appeared on Google and I decided straight away who had written it.',
    lines:
      "A three-star Google review went up on Sunday from 'Grace O.': 'Used to be lovely, standards slipping.' No detail. Mrs Okonkwo's first name is Grace. She kept her Thursday appointment, said hello to everyone and tipped Yuki.",
    assumptions: [
      ['Mrs Okonkwo is never going to be satisfied, whatever I do for her.', 'h22a6'],
      ['One bad review and new clients will stop booking.', 'uh22a9'],
    ],
  },
  {
    date: '2029-03-01T20:20:00',
    set: 'L',
    title: 'Team meeting about the tips',
    people: ['Priya', 'Yuki', 'Shannon'],
    tags: ['staff', 'tips', 'meeting'],
    situation:
      'At the monthly team meeting I proposed putting card tips through the till and sharing them out. Priya said nothing, Yuki asked how it would work, Shannon laughed.',
    lines: [
      ['Yuki: Would it be split by hours or by takings?', "At least she's asking."],
      ["By hours, I thought. It's fairer on the juniors.", 'Fairer on everyone except Priya.'],
      ['Priya: Whatever you think is best. You always do.', 'In front of the girls. Again.'],
      ["Shannon: So I'd get the same as Priya?", 'She only perks up when there is money in it.'],
    ],
    assumptions: [
      ["The team think I'm only in it for the money.", 'h22a11'],
      ["Shannon's uninterested in the trade itself; she's only here for the wage.", 'h22a5'],
      ['Priya makes me look small in front of Yuki and Shannon.', 'h22a3'],
    ],
  },
  {
    date: '2029-03-05T21:35:00',
    set: 'L',
    title: "Delphine's second letter",
    people: ['Delphine'],
    tags: ['landlord', 'lease'],
    situation:
      'The rent review figure came in forty per cent higher, with a line about a "shorter lease term in view of the landlord\'s plans".',
    lines: [
      [
        "Delphine: It's just the market, I'm afraid. He's not singling you out.",
        'He just wants the unit back empty.',
      ],
      ['Could we talk about a five-year term instead of two?', 'Please say yes.'],
      ["Delphine: I can put it to him, but I wouldn't hold your breath.", "There's my answer."],
      ['Thanks, please do.', 'I should have had Gareth on the call.'],
    ],
    assumptions: [
      ["The landlord's pricing us out on purpose to get the unit back.", 'h22a4'],
      ['Mum will say she always knew the salon was a bad idea.', 'h22a12'],
    ],
  },
  {
    date: '2029-03-08T18:05:00',
    set: 'I',
    title: 'Priya and the Roundhay advert',
    people: ['Priya'],
    tags: ['staff', 'social media'],
    situation: 'A new salon in Roundhay is advertising for stylists, and Priya seemed interested.',
    lines:
      "On Tuesday Priya liked a Facebook post from a new salon opening in Roundhay that is advertising for stylists. On Wednesday she asked me for a printout of her appointment history 'for her records'. She was in at 8.45 as usual and did a full column.",
    assumptions: [['Priya has one foot out of the door already.', 'h22a1']],
  },
  {
    date: '2029-03-11T21:45:00',
    set: 'L',
    title: "Shannon's college review",
    people: ['Shannon', 'Ifeoma'],
    tags: ['apprentice', 'college'],
    situation:
      'Ifeoma, Shannon\'s college assessor, came in for her review and told me Shannon\'s practical work at college is "the best in the group" and that she talks about the salon all the time.',
    lines: [
      ['Ifeoma: Shannon did a lovely set of finger waves for her assessment.', 'Finger waves? Shannon?'],
      ["That's good to hear. Here, she's struggled with timekeeping.", 'Why did I lead with the negative?'],
      [
        "Ifeoma: Shannon says she's scared of letting you down.",
        "Scared of me. I thought she just didn't care.",
      ],
      ["I'll have a proper chat with Shannon.", 'I actually will, this time.'],
    ],
    assumptions: [
      ['Shannon is genuinely interested in learning the trade.', 'h22a5-not'],
      ["The juniors are too frightened of me to say when they're struggling.", 'uh22a10'],
    ],
  },
  {
    date: '2029-03-15T20:30:00',
    set: 'L',
    title: "Kemal's joke",
    people: ['Kemal'],
    tags: ['chair renter', 'clients'],
    situation:
      'A client told Kemal that I had done her colour for years, and he said, laughing, "We\'ll soon fix that then."',
    lines: [
      ['Kemal: Only joking! She knows I love you.', "He wasn't joking."],
      ["Ha. Anyway, your eleven o'clock is here.", 'I laughed along. Again.'],
      ["Kemal: Somebody's touchy today.", "Somebody's making me touchy."],
      ['Just busy.', "Say it. Say it's not okay."],
    ],
    assumptions: [
      ["Kemal can't stand that I've got the salon and he hasn't.", 'h22a7'],
      ['Kemal is disrespectful of my position here.', 'h22a2'],
    ],
  },
  {
    date: '2029-03-20T21:10:00',
    set: 'L',
    title: 'Tomasz and the savings',
    people: ['Tomasz'],
    tags: ['money', 'refit', 'home'],
    situation:
      'I told Tomasz I wanted to put eight thousand of our savings into new basins and a refit. He said we should wait until the lease is signed.',
    lines: [
      ["Tomasz: Just wait three months. That's all I'm saying.", "He's saying no."],
      ["If it looks tired, people go somewhere that doesn't.", "I've said this twice before."],
      [
        "Tomasz: And if the lease isn't renewed, we've bought basins for the next tenant.",
        'Fair. Annoyingly fair.',
      ],
      ["You always know best with money, don't you.", 'That was unfair and I knew it.'],
    ],
    assumptions: [
      ['When it comes to money, Tom tunes me out.', 'h22a10'],
      ['The landlord is never going to renew us, whatever we spend on the place.', 'h22a4'],
    ],
  },
  {
    date: '2029-03-27T13:30:00',
    set: 'I',
    title: 'The price rise, first fortnight',
    people: ['Gareth', 'Yuki'],
    tags: ['prices', 'staff'],
    situation: 'Two weeks after the new prices went up, I looked at the bookings with Gareth.',
    lines:
      "New prices went up on 15 March. In two weeks: 212 appointments against 205 in the same fortnight last year. Two clients asked about the rise; one said 'about time'. Nobody cancelled a standing appointment. Mrs Okonkwo booked her next three. Gareth said the takings were up eleven per cent. Yuki asked if the extra would pay for the training day I'd promised; I said yes, and the girls clapped.",
    assumptions: [
      ['I can put my prices up and hardly any of the regulars will go elsewhere.', 'h22a8-not'],
      ["I'm perfectly capable of running the business side of the salon.", 'h22a9-not'],
      ['The team know I care about them, not just about the takings.', 'h22a11-not'],
    ],
  },
  {
    date: '2029-04-03T21:20:00',
    set: 'L',
    title: 'Mum comes in for a blow-dry',
    people: ['Mum', 'Mrs Okonkwo'],
    tags: ['family', 'landlord'],
    situation:
      'Mum came in for a blow-dry before cousin Lucia\'s wedding and told Mrs Okonkwo, in the next chair, that I "always had golden hands". She also said her friend Angela\'s brother-in-law owns our building.',
    lines: [
      [
        "Mum: She was doing my hair at nine years old, weren't you?",
        "She's never said that in front of anyone.",
      ],
      ['And you hated every fringe I cut.', 'Keep it light.'],
      ["Mum: I didn't hate them. I kept the photos.", 'She kept the photos?'],
      [
        "Mum: And Angela says he'd hate to lose you, the landlord. Says you're the only tenant who pays on time.",
        'Then what are the letters about?',
      ],
    ],
    assumptions: [
      ['Mum never thought opening the salon was a mistake.', 'h22a12-not'],
      ['The landlord has no wish to get rid of us.', 'h22a4-not'],
    ],
  },
  {
    date: '2029-04-10T19:40:00',
    set: 'L',
    title: 'Priya stays after close',
    people: ['Priya'],
    tags: ['staff', 'retention'],
    situation:
      "Priya asked to talk after close. She told me she'd been offered the manager's job at the new Roundhay salon and had turned it down; she wants to go down to four days and train Yuki in precision cutting.",
    lines: [
      [
        "Priya: I didn't want you hearing it from someone else.",
        "I'd already heard it from Kemal and decided the worst.",
      ],
      ['Why did you turn it down?', 'Finally, an actual question.'],
      [
        "Priya: Because I like it here. I don't like being corrected in front of Shannon, but I like it here.",
        'Corrected in front of Shannon. Last week, the foils. She is right.',
      ],
      ['Can we talk about how I run things? Properly?', "I'm scared of what she'll say."],
    ],
    assumptions: [
      ['Priya no longer has one foot out of the door.', 'h22a1-not'],
      ['I put Priya down in front of the juniors.', 'h22a3-rev'],
    ],
  },

  // ---------------------------------------------------------------- keeper b: police custody sergeant
  {
    date: '2029-01-13T07:50:00',
    set: 'L',
    title: 'Handover from Bev',
    people: ['Bev'],
    tags: ['handover', 'welfare'],
    situation:
      'Came on at six for earlies. At handover Bev had nine in the cells, two with risk assessments not updated since arrival, and a drunk in cell 7 who had been "fine" but had not been roused since three.',
    lines: [
      [
        "Bev: It's been mental, sorry, you'll have to pick up cell 7's reviews.",
        "It's always mental on Bev's nights.",
      ],
      ['When was 7 last roused?', 'I knew the answer from her face.'],
      ["Bev: About three? Dmitri'll know.", "About three. It's ten to six."],
      ["Okay. Go home, I've got it.", "I've got it. Like always."],
    ],
    assumptions: [
      ['Bev leaves her mess for my shift to clean up.', 'h22b10'],
      ["I'm the only sergeant on this suite who takes the welfare checks seriously.", 'h22b9'],
    ],
  },
  {
    date: '2029-01-16T23:20:00',
    set: 'L',
    title: 'DC Gill wants the review pushed back',
    people: ['Harpreet'],
    tags: ['CID', 'PACE review'],
    situation:
      'DC Gill asked me to put back a detainee\'s review so that the extension could be sought later, "once we\'ve got the phone download back".',
    lines: [
      [
        "Harpreet: Can't you push the review back an hour? It's a formality.",
        "It's the law, not a formality.",
      ],
      ["The review's due at 23:40. It happens at 23:40.", 'She thinks I am a clock she can wind back.'],
      ['Harpreet: You know CID are short tonight.', "And custody isn't?"],
      ["I'll do the review. If the grounds are there, they're there.", "They probably aren't."],
    ],
    assumptions: [
      ['CID treat custody as a waiting room for their convenience.', 'h22b1'],
      ['DC Gill will go straight to the inspector behind my back.', 'h22b4'],
    ],
  },
  {
    date: '2029-01-19T08:15:00',
    set: 'I',
    title: "Jordan's first strip search",
    people: ['Jordan'],
    tags: ['probationer', 'search'],
    situation: 'PC Mensah was present for his first strip search in custody.',
    lines:
      'At 03.10 PC Mensah brought in a male, 19, for possession with intent to supply. When I authorised the search he looked at the floor and asked twice whether he had to be present. Afterwards he was pale and went out to the yard for ten minutes. His paperwork was complete and accurate.',
    assumptions: [
      ["Jordan's too soft for this line of work.", 'h22b5'],
      ['The lad we searched will put in a complaint about it.', 'uh22b1'],
    ],
  },
  {
    date: '2029-01-22T18:40:00',
    set: 'L',
    title: 'Mei and the school play',
    people: ['Mei'],
    tags: ['family', 'overtime'],
    situation:
      "I missed our daughter Lian's school play because I stayed two hours past the end of my shift to finish a fifteen-year-old's detention.",
    lines: [
      [
        'Mei: She looked for you. In the second half she stopped looking.',
        'That sentence is going to stay with me.',
      ],
      [
        "There was a fifteen-year-old with no appropriate adult. I couldn't hand that over.",
        'I could have. Bev was on.',
      ],
      ["Mei: There's always a fifteen-year-old.", "She's not wrong. There always is."],
      ["I'll be at the next one.", 'I said that last time.'],
    ],
    assumptions: [
      ['Mei thinks the job comes before our family for me.', 'h22b12'],
      ["Nobody else on the suite would have looked after that boy's welfare properly.", 'h22b9'],
    ],
  },
  {
    date: '2029-01-25T15:30:00',
    set: 'L',
    title: 'The inspector and the lighter',
    people: ['Niamh'],
    tags: ['inspector', 'self-harm', 'Professional Standards'],
    situation:
      'A detainee, Mr Karimi, self-harmed with a lighter that had been missed; I had done his booking-in search. Inspector Fitzgerald called me in to "go through it".',
    lines: [
      [
        'Niamh: I just need to understand the timeline for the referral.',
        "Referral. She's already referred it.",
      ],
      [
        'The search was done to standard. The lighter was sewn into the waistband.',
        "I'm defending myself before I've been accused.",
      ],
      [
        "Niamh: I'm not saying it wasn't. Professional Standards will ask, though.",
        "And she'll stand well back while they do.",
      ],
      ["Understood, ma'am.", 'Understood. On my own.'],
    ],
    assumptions: [
      ['If this goes to Professional Standards, the inspector will leave me to take the fall.', 'h22b2'],
      ["One mistake on this suite and my career's finished.", 'h22b3'],
    ],
  },
  {
    date: '2029-01-29T07:40:00',
    set: 'L',
    title: 'Dmitri and the phone call',
    people: ['Dmitri'],
    tags: ['detention officers', 'rights'],
    situation:
      "Dmitri asked why I wouldn't let a detainee ring his mother when he'd heard the arresting officer say it was fine. I said the delay had been authorised and recorded and the grounds still stood.",
    lines: [
      ["Dmitri: Sarge, it's his mum. He's been crying for an hour.", 'I know. I can hear him.'],
      ["The delay's been authorised. I can't overrule it on a whim.", 'I could review it, though.'],
      ['Dmitri: Rules are rules, yeah.', "Said the way you'd say it to a traffic warden."],
      ["I'll review it at ten.", "And I did, and let him ring her. Dmitri didn't see that bit."],
    ],
    assumptions: [
      ["The detention officers think I'm a jobsworth who hides behind the rule book.", 'h22b7'],
      ['The officer in the case delayed that call just to make the lad sweat.', 'uh22b2'],
    ],
  },
  {
    date: '2029-02-01T22:50:00',
    set: 'L',
    title: 'Mr Haddad and the custody record',
    people: ['Mr Haddad'],
    tags: ['solicitor', 'custody record'],
    situation:
      'The duty solicitor, Mr Haddad, asked for a copy of the custody record and pointed out that the time the detainee was given his rights was written as 14:05, and the arrest time as 14:20.',
    lines: [
      ["Mr Haddad: Either your clock's wrong or the record is, sergeant.", 'Or Jordan mistyped.'],
      ["That'll be a typing error. I'll annotate it.", "Annotate, don't delete."],
      ["Mr Haddad: Please do. I'll be noting it too.", 'Of course you will.'],
      ["Your client's ready for consultation in room 2.", 'Get him out of my sight.'],
    ],
    assumptions: [
      ['Mr Haddad is combing the record for any mistake of mine to get his client out.', 'h22b6'],
      ['If Haddad makes a complaint stick, Niamh will hang me out to dry.', 'h22b2'],
      ['The magistrates will throw the case out over one wrong time on the record.', 'uh22b3'],
    ],
  },
  {
    date: '2029-02-04T14:10:00',
    set: 'I',
    title: 'The district performance meeting',
    people: ['Superintendent Oyelaran'],
    tags: ['bosses', 'figures'],
    situation: 'Custody was on the agenda at the monthly district performance meeting.',
    lines:
      "Slide four: 'Custody throughput: average time to charge 9h 40m, target 8h.' The superintendent said, 'We need to get people through quicker.' No slide mentioned the two self-harm incidents last month or the nurse vacancy. The meeting lasted fifty minutes; custody got six.",
    assumptions: [
      ['The bosses only care about the figures, not the people in the cells.', 'h22b8'],
      ['The superintendent has never set foot in a custody suite at three in the morning.', 'uh22b4'],
    ],
  },
  {
    date: '2029-02-08T07:55:00',
    set: 'L',
    title: 'Sione and the drunk in cell 3',
    people: ['Sione'],
    tags: ['detention officers', 'observation levels'],
    situation:
      'Sione told me I was "overdoing it" by putting a drunk man who had hit his head on constant observation, when the nurse had cleared him.',
    lines: [
      ["Sione: Aga said he's fine, sarge. We're two down tonight.", "Aga said he's fine an hour ago."],
      ["I want eyes on him till he's sober. Humour me.", 'Humour me. Weak.'],
      ["Sione: You're the boss.", "Meaning: you're the pain."],
      ["I'll take the obs myself for the first half hour.", 'Proving a point to nobody.'],
    ],
    assumptions: [
      ['Sione thinks I go by the book for the sake of it.', 'h22b7'],
      ['Agnieszka brushes off my worries about detainees.', 'h22b11'],
    ],
  },
  {
    date: '2029-02-11T19:05:00',
    set: 'L',
    title: 'Jordan asks to go back to response',
    people: ['Jordan'],
    tags: ['probationer', 'wellbeing'],
    situation:
      'PC Mensah asked if I would support him leaving his custody secondment early and going back to response. He said the suite "gets in his head".',
    lines: [
      [
        "Jordan: I'm not sleeping, sarge. The shouting, the lad in 9 banging his head.",
        'I remember my first year. I never said it out loud.',
      ],
      ["It gets easier, Jordan. You're doing fine.", 'Is that true?'],
      ["Jordan: Does it? You don't look like it gets easier.", "I didn't have an answer to that."],
      ['Let me talk to the inspector.', "And tell her what? That he isn't built for it?"],
    ],
    assumptions: [
      ["Jordan hasn't got the thick skin this job needs.", 'h22b5'],
      ["If I back Jordan's move, the inspector will think I can't keep my staff.", 'uh22b5'],
    ],
  },
  {
    date: '2029-02-14T16:20:00',
    set: 'L',
    title: 'Harpreet rings the inspector',
    people: ['Harpreet', 'Niamh'],
    tags: ['CID', 'inspector', 'solicitor access'],
    situation:
      "Inspector Fitzgerald rang the suite to ask why I had refused DC Gill's request to delay a detainee's access to a solicitor. Harpreet had called her directly without speaking to me first.",
    lines: [
      ["Niamh: Harpreet says you wouldn't even discuss it.", 'Harpreet never asked me to discuss it.'],
      ["Ma'am, there were no grounds under Annex B. I've written it up.", 'I sound like a textbook.'],
      [
        'Niamh: Fine. Just talk to each other, please.',
        "Niamh isn't backing either of us. She's backing a quiet life.",
      ],
      ['Will do.', "I won't."],
    ],
    assumptions: [
      ['Harpreet goes over my head to Niamh whenever I say no.', 'h22b4'],
      ['CID think the custody suite exists to serve their investigations.', 'h22b1'],
    ],
  },
  {
    date: '2029-02-18T08:05:00',
    set: 'I',
    title: "The nurse's note on cell 5",
    people: ['Agnieszka'],
    tags: ['nurse', 'healthcare'],
    situation: 'I asked for a doctor for a detainee in alcohol withdrawal and the nurse said no.',
    lines:
      "Agnieszka's note for cell 5: 'Alcohol withdrawal, mild. Observe. Review 10:00.' At 06:30 I had asked for a doctor because his hands were shaking badly. She wrote 'not indicated at this time' and initialled it. At 09:15 the day nurse called the FME.",
    assumptions: [
      ['The nurse waves away my concerns about detainees.', 'h22b11'],
      ["Medical staff think a sergeant's view of a detainee counts for nothing.", 'uh22b6'],
    ],
  },
  {
    date: '2029-02-21T23:45:00',
    set: 'L',
    title: "Mei's parents' visit",
    people: ['Mei'],
    tags: ['family', 'overtime'],
    situation:
      "Mei's parents are over from Singapore for three weeks and I've picked up two overtime shifts while they're here.",
    lines: [
      ['Mei: Dad asked if you are avoiding him.', 'A bit.'],
      ["It's the overtime, it's not personal. The suite's short.", "The suite's always short."],
      ['Mei: You could have said no. People say no.', 'Not people like me.'],
      ["I'll take them to the coast on Sunday.", "If Sunday doesn't get cancelled."],
    ],
    assumptions: [
      ["Mei thinks I'd rather be at work than at home.", 'h22b12'],
      ["Her dad thinks a police sergeant isn't good enough for his daughter.", 'uh22b7'],
    ],
  },
  {
    date: '2029-02-25T14:30:00',
    set: 'L',
    title: "Bev's complaint in the car park",
    people: ['Bev'],
    tags: ['handover', 'PACE review'],
    situation:
      "Bev told me in the car park that she's fed up with coming on for nights to find my day-shift detainees with their reviews not done.",
    lines: [
      ["Bev: Three times this month. I'm not your clean-up crew.", 'Three? I can think of one.'],
      ['That Tuesday was the firearms job, we had fourteen in.', 'Excuses. I hate hearing myself.'],
      ["Bev: Everyone's busy, mate.", "That's my line. That's exactly what I say about her."],
      ["Fair enough. I'll check the board before I hand over.", 'Do I do to her what she does to me?'],
    ],
    assumptions: [
      ["I leave my mess for Bev's shift to clean up.", 'h22b10-rev'],
      ["Bev's been moaning about me to the other sergeants.", 'uh22b8'],
    ],
  },
  {
    date: '2029-03-01T07:35:00',
    set: 'L',
    title: 'The inspection debrief',
    people: ['Niamh'],
    tags: ['inspector', 'inspection', 'staffing'],
    situation:
      'The inspectorate visited the suite and criticised how long detainees waited to be booked in. At the debrief Niamh said "the suite" needed to improve and said nothing about the extra staffing we had asked her for.',
    lines: [
      ["Niamh: It's a suite issue, not a personal one.", 'My suite. My name on the shift.'],
      ['We asked for a third sergeant in October.', 'Said in front of everyone. Too late to take back.'],
      ["Niamh: That's a separate conversation.", 'Separate from the one where I get blamed.'],
      ["Okay, ma'am.", 'I should have asked her what she put in her report.'],
    ],
    assumptions: [
      ["Niamh won't have my back when it matters.", 'h22b2'],
      ['To the bosses, the people in our cells are just numbers on a slide.', 'h22b8'],
    ],
  },
  {
    date: '2029-03-04T22:15:00',
    set: 'I',
    title: 'Jordan at the desk',
    people: ['Jordan'],
    tags: ['probationer', 'de-escalation'],
    situation: 'A detainee kicked off at the booking-in desk and PC Mensah dealt with it.',
    lines:
      'At 20.40 a detainee kicked off at the desk and headbutted the screen. PC Mensah stepped between him and Sione, talked him down in about four minutes without using force, and got him to sit. Afterwards he filled in a use-of-force form although no force was used, "just in case". The detainee\'s solicitor asked for the CCTV the next morning.',
    assumptions: [
      ["Jordan's tough enough for this line of work after all.", 'h22b5-not'],
      ["Haddad's just waiting for me to slip up so his client walks.", 'h22b6'],
      ['Talking a detainee down only works on quiet nights.', 'uh22b9'],
    ],
  },
  {
    date: '2029-03-08T08:20:00',
    set: 'L',
    title: 'Sergeant Section Nine',
    people: ['Dmitri'],
    tags: ['detention officers', 'codes of practice'],
    situation:
      'Dmitri told me the detention officers call me "Sergeant Section Nine" because I quote the codes of practice at them.',
    lines: [
      ["Dmitri: It's affectionate, sarge. Mostly.", 'Mostly.'],
      ['Well, Code C is what keeps us all out of court.', 'Quoting it again. Brilliant.'],
      ['Dmitri: We know. We just think you could relax a bit.', 'Relax, and someone dies.'],
      ["I'll relax when the inspectors stop coming.", 'I will never relax.'],
    ],
    assumptions: [
      ["Dmitri and Sione see me as a stickler who won't bend an inch.", 'h22b7'],
      ["If I ease off for a single shift, someone will die in a cell and that'll be the end of me.", 'h22b3'],
    ],
  },
  {
    date: '2029-03-12T15:10:00',
    set: 'L',
    title: 'Mr Haddad in the corridor',
    people: ['Mr Haddad'],
    tags: ['solicitor', 'juvenile'],
    situation:
      'Mr Haddad stopped me in the corridor to say the juvenile from Sunday had got bail and had "thanked the custody sergeant" for getting his appropriate adult in quickly.',
    lines: [
      [
        "Mr Haddad: I thought you'd want to know. It doesn't always go that way.",
        'He is being kind. Why is he being kind?',
      ],
      [
        "That's good to hear. PC Mensah sat with him most of the night.",
        "I've had him down as the enemy for a year.",
      ],
      [
        'Mr Haddad: You run a fair suite. That makes my job easier, not harder.',
        "I didn't know what to do with that.",
      ],
      ["Thanks. Your next client's in room 1.", 'Back to business, fast.'],
    ],
    assumptions: [
      ["Mr Haddad isn't waiting for me to slip up; he just wants his client treated fairly.", 'h22b6-not'],
      ["Jordan's too gentle to last in custody.", 'h22b5'],
    ],
  },
  {
    date: '2029-03-16T07:45:00',
    set: 'L',
    title: 'Agnieszka and the head injury',
    people: ['Agnieszka'],
    tags: ['nurse', 'healthcare', 'ambulance'],
    situation:
      'Agnieszka challenged me for calling an ambulance for a detainee with a cut head without asking her first. She had been in the next room.',
    lines: [
      ['Agnieszka: I was ten metres away. You could have asked me.', "You'd have said he's fine."],
      ["He was slurring. I wasn't going to wait.", "I didn't trust her to take it seriously."],
      [
        'Agnieszka: I would have called it too. And yesterday you ignored me when I asked for cell 2 to go on camera.',
        'She would have called it too. And cell 2, she was right.',
      ],
      ["Understood. Next time I'll shout for you first.", "Maybe I'm the one who isn't listening."],
    ],
    assumptions: [
      ["I wave away the nurse's concerns about detainees.", 'h22b11-rev'],
      ["If I didn't keep an eye on welfare, nobody on this suite would.", 'h22b9'],
    ],
  },
  {
    date: '2029-03-20T23:30:00',
    set: 'I',
    title: "Bev's night, again",
    people: ['Bev', 'Mei'],
    tags: ['handover', 'family'],
    situation: 'Handover from Bev at the start of nights, and a text from home.',
    lines:
      "I came on at 22:00. The board showed four reviews overdue by less than an hour, all logged with reasons. Bev stayed until 22:40 to brief me on each one. On the noticeboard: the superintendent's email confirming a third custody sergeant for nights from May, 'for detainee safety'. Mei texted at 22:15: 'Lian asked if you're working her birthday too.'",
    assumptions: [
      ["Bev dumps whatever she can't be bothered with on my shift.", 'h22b10'],
      ['The bosses care about the people in the cells, not just the figures.', 'h22b8-not'],
      ["Mei's convinced the job will always win over us.", 'h22b12'],
    ],
  },
  {
    date: '2029-03-25T14:50:00',
    set: 'L',
    title: 'The nurse post',
    people: ['Superintendent Oyelaran', 'Niamh'],
    tags: ['bosses', 'inspector', 'healthcare', 'budget'],
    situation:
      "The superintendent announced that the suite's second nurse post would not be filled and we would use the on-call service overnight. Niamh was in the meeting.",
    lines: [
      ["Superintendent Oyelaran: Nobody's saying welfare isn't a priority.", 'Nobody has to say it.'],
      ['Sir, last month the on-call took ninety minutes to arrive, twice.', 'Give him the data.'],
      [
        "Niamh: For what it's worth, sir, the sergeant's right about the call-out times. I've seen the log.",
        'She said that. Out loud, to him.',
      ],
      [
        "Superintendent Oyelaran: I'll look at it. But the money isn't there.",
        'He will look at it, and the money still will not be there.',
      ],
    ],
    assumptions: [
      ['Headquarters would rather save a salary than keep someone safe in a cell.', 'h22b8'],
      ['Niamh will have my back when it matters.', 'h22b2-not'],
    ],
  },
  {
    date: '2029-04-02T07:30:00',
    set: 'L',
    title: "Mei's birthday",
    people: ['Mei'],
    tags: ['family', 'death in custody'],
    situation:
      "I swapped a night to be home for Mei's birthday and booked the restaurant myself. At half seven I got a call: a suite in the next force had a death overnight, and the sergeant was Marcus, who I trained with.",
    lines: [
      ['Mei: Take the call. Then come back to the table.', "Come back to the table. Not 'go'."],
      ["It's Marcus. Their suite had a death last night.", 'It could have been mine.'],
      [
        "Mei: Then go outside, ring him, and come back. I'll order you the lamb.",
        "She wasn't angry. She was making room for it.",
      ],
      ['Ten minutes.', "It was twenty. She didn't mention it."],
    ],
    assumptions: [
      ['Mei no longer thinks the job comes before our family for me.', 'h22b12-not'],
      ['Marcus will carry the blame for that death on his own.', 'uh22b10'],
    ],
  },
  {
    date: '2029-04-09T16:00:00',
    set: 'L',
    title: 'Harpreet comes to the desk',
    people: ['Harpreet'],
    tags: ['CID', 'fitness for interview'],
    situation:
      "DC Gill came down to the desk before interview and asked what I thought about the detainee's fitness, instead of ringing the inspector.",
    lines: [
      ["Harpreet: You've seen more of him than I have. Is he fit?", "She's asking me. Asking."],
      ["He's been steady since the nurse saw him. I'd give it another hour.", 'Wait for the catch.'],
      [
        "Harpreet: Fine, an hour. And for the record, I'd rather you came to me than to Fitzgerald, like on the Yilmaz job.",
        'Fair. I went straight to Niamh on that one without a word to her.',
      ],
      ['Thanks for coming down.', 'I meant that.'],
    ],
    assumptions: [["I go over Harpreet's head to Niamh whenever she says no.", 'h22b4-rev']],
  },
  {
    date: '2029-04-20T07:45:00',
    set: 'L',
    title: 'The detention officers set the rota',
    people: ['Dmitri', 'Sione'],
    tags: ['detention officers', 'welfare', 'rota'],
    situation:
      'I asked the detention officers how they would run the overnight checks if they set the rota. Dmitri suggested pairing up the rousing checks so nobody rouses a drunk on their own.',
    lines: [
      ["Dmitri: Honestly, sarge, we didn't think you'd ask.", 'Neither did I, until last week.'],
      [
        'Dmitri: Mind you, since you let that lad ring his mum, the new ones think anything goes.',
        'So now I am the soft one.',
      ],
      ['Sione: We care about them too, you know. Not just you.', 'That landed.'],
      ["Let's trial it for a month.", "And I'll stop doing every check myself."],
    ],
    assumptions: [
      ['Everybody on this suite takes welfare as seriously as I do.', 'h22b9-not'],
      ["The detention officers think I've got careless with the rule book.", 'h22b7-not'],
    ],
  },
];
