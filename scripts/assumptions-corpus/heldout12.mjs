// Twelfth held-out set: written blind at the start of session 6, without reading the engine, its theme tables, its
// tests, the probes or any failure output, and without running the engine, the eval scripts or the CLI on it. To be
// scored once, by the lead; never tuned on.
// Two fictional journal keepers, both new to the corpus. (a) An associate architect at a small practice, running her
// biggest job, the remodelling of Linden House, on site, while an amendment to its planning consent (a glass roof)
// goes through the council (Ambrose, the senior partner — "the senior partner"; Verity, the other partner — "the
// other partner"; Nigel and Celeste Fairbrother, the client couple — "the clients", "the Fairbrothers"; Mr Penhaligon,
// the planning officer — "the planning officer", "the case officer"; Dermot, the contractor — "the contractor", "the
// builder"; Ffion, the junior architect on her Part 2 — "my junior"; the conservation officer and the scaffolding firm
// as other objects). (b) An adult daughter coordinating the care of her widowed father, who is eighty-four, with her
// two brothers, his GP and a home-care agency (Dad; Piers, the older brother who lives forty minutes away — "my older
// brother"; Euan, the younger brother in Singapore — "my younger brother"; Dr Maitland, the GP — "the GP", "the
// surgery"; Lorraine, the care coordinator at Brightwell Care — "the agency", "the care company", "Brightwell";
// Marisol, his regular carer; Camilla, Piers's wife). Family conversations are the difficult ones for her.
// Pronouns refer to the one person of that gender in the entry's people; roles and group subjects are used too.
// Traps: opposites (not partner material, unsuitable for partnership / lining me up to become a partner, the future of
// the firm; already decided to refuse / open-minded about the amendment; cuts corners, does the bare minimum /
// takes pride in the work, scrupulous watched or not; fees are money for nothing / our fee is good value; too
// inexperienced, winging it / more than capable; leaves all of Dad's care to me / isn't leaving it to me any more,
// pulling his weight; exaggerating, doesn't believe a word / has stopped doubting; dismissive, fobs me off / takes
// what I tell her seriously, genuinely listens; a slot on a rota, nobody cares who he is / care about him as a
// person; letting Dad down, failing him / doing right by Dad), direction (Verity undermines me in front of the clients
// / I undermine Verity; Dermot blames me for the delays / I blame Dermot; Piers decides about Dad without consulting
// me / I decide without consulting Piers; Euan blames me for Dad's fall / I blame Euan), different objects in the
// same frame (the scaffolding firm cuts corners; Verity undermines Ffion; the conservation officer has decided
// against the windows; Ambrose doubts Ffion will qualify; the Fairbrothers will blame Dermot for the leak; Dad would
// rather die than give up driving; Piers leaves the school runs to Camilla; Euan thinks the GP is exaggerating; Piers
// decides about the house sale without consulting Euan), self-beliefs that recur without a person (saying no to
// clients loses the commission; if I step back it all falls apart), negation inside paraphrases
// ("nobody at Brightwell cares", "never offer me a share", "never forgive us", "no amount of revised drawings"),
// passive vs active ("it'll be laid at my door", "the last to hear about anything Piers decides") and paraphrases with
// little word overlap ("an associate for ever" ~ "not partner material"; "a forty-five-minute visit, not a person" ~
// "a slot on a rota"; "puts on a show for visitors" ~ "hiding how much he's struggling").

export const groups = {
  // associate architect at a small practice
  h12a1: ['paraphrase', 'Ambrose does not see me as a future partner'],
  'h12a1-not': ['opposite', 'Ambrose sees me as a future partner'],
  h12a2: ['paraphrase', 'The clients will hold me responsible for the cost overrun'],
  h12a3: ['paraphrase', 'The planning officer has already decided to refuse the amendment'],
  'h12a3-not': ['opposite', 'The planning officer is open to approving the amendment'],
  h12a4: ['paraphrase', 'Dermot cuts corners when nobody is checking'],
  'h12a4-not': ['opposite', 'Dermot does careful work whether or not anyone checks'],
  h12a5: ['paraphrase', 'Ffion does not feel able to ask me for help'],
  h12a6: ['paraphrase', 'Saying no to the clients will lose the practice the job'],
  h12a7: ['paraphrase', 'Verity undermines me in front of the clients'],
  'h12a7-rev': ['direction', 'I undermine Verity in front of the clients'],
  h12a8: ['paraphrase', 'The clients think our fees are not worth paying'],
  'h12a8-not': ['opposite', 'The clients think our fees are good value'],
  h12a9: ['paraphrase', 'Dermot blames me for the delays on site'],
  'h12a9-rev': ['direction', 'I blame Dermot for the delays on site'],
  h12a10: ['paraphrase', 'I am not experienced enough to run this job'],
  'h12a10-not': ['opposite', 'I am capable of running this job'],
  // adult daughter coordinating her father's care
  h12b1: ['paraphrase', "Piers leaves Dad's care to me"],
  'h12b1-not': ['opposite', "Piers shares Dad's care with me"],
  h12b2: ['paraphrase', "Euan thinks I exaggerate how bad Dad's condition is"],
  'h12b2-not': ['opposite', "Euan believes me about Dad's condition"],
  h12b3: ['paraphrase', 'Dad would never forgive us for moving him into a care home'],
  h12b4: ['paraphrase', "The GP doesn't take my concerns seriously"],
  'h12b4-not': ['opposite', 'The GP takes my concerns seriously'],
  h12b5: ['paraphrase', 'The care agency treats Dad as a slot on the rota, not a person'],
  'h12b5-not': ['opposite', 'The care agency cares about Dad as a person'],
  h12b6: ['paraphrase', 'Piers makes decisions about Dad without consulting me'],
  'h12b6-rev': ['direction', 'I make decisions about Dad without consulting Piers'],
  h12b7: ['paraphrase', 'If I step back, nobody else will keep the care going'],
  h12b8: ['paraphrase', 'Dad hides how much he is struggling'],
  h12b9: ['paraphrase', "Euan blames me for Dad's fall"],
  'h12b9-rev': ['direction', "I blame Euan for Dad's fall"],
  h12b10: ['paraphrase', 'I am letting Dad down'],
  'h12b10-not': ['opposite', 'I am doing right by Dad'],
};

export const entries = [
  // ---------------------------------------------------------------- associate architect at a small practice
  {
    date: '2027-02-23T21:15:00',
    set: 'L',
    title: 'Associate review',
    people: ['Ambrose'],
    tags: ['partners', 'review'],
    situation:
      'My annual review with Ambrose. I asked, carefully, what the route to partnership looks like at the practice.',
    lines: [
      [
        "Ambrose: Partnership isn't a ladder, it's a marriage. These things take time.",
        'I have been here nine years.',
      ],
      [
        "Ambrose: Focus on getting Linden House built. That's what matters this year.",
        'The biggest job I have ever run, and I am making it up as I go.',
      ],
      ['Me: Of course. I just wanted to put it on the table.', 'And now it is off the table again.'],
    ],
    assumptions: [
      ["Ambrose doesn't see me as partner material.", 'h12a1'],
      ["I'm too inexperienced to run a house of this size.", 'h12a10'],
    ],
  },
  {
    date: '2027-02-25T19:30:00',
    set: 'D',
    title: 'Site meeting, week seven',
    people: ['Dermot'],
    tags: ['site', 'contractor'],
    situation: 'Fortnightly site meeting at Linden House with Dermot.',
    lines:
      'The mortar on the new garden wall was the wrong colour, three courses high, not the sample panel we agreed. Dermot said the lads "must have picked up the wrong bags" on the day I was at the office. In the minutes he wanted "awaiting architect\'s information" next to four items; I had issued two of them the week before.',
    assumptions: [
      ['Dermot cuts corners whenever nobody from the practice is on site.', 'h12a4'],
      ['Dermot blames me for the delays on site.', 'h12a9'],
    ],
  },
  {
    date: '2027-02-26T17:45:00',
    set: 'L',
    title: 'The glass roof',
    people: ['Nigel', 'Celeste'],
    tags: ['clients', 'design change'],
    situation:
      'Nigel and Celeste came to the office wanting to swap the slate roof over the kitchen for a frameless glass one, three months into the build.',
    lines: [
      [
        "Celeste: We saw one in a magazine. It's exactly what the house needs.",
        'It needs a new planning consent and about forty thousand pounds.',
      ],
      [
        "Nigel: Surely it's just a drawing change for you. You're being paid anyway.",
        'Paid for the drawings, yes.',
      ],
      [
        'Me: Let me look at what it would involve and come back to you.',
        'I should have said no in the room.',
      ],
    ],
    assumptions: [
      ["If I say no to the Fairbrothers, they'll take the job to another practice.", 'h12a6'],
      ['The Fairbrothers think our fees are money for nothing.', 'h12a8'],
    ],
  },
  {
    date: '2027-03-01T20:10:00',
    set: 'D',
    title: 'Pre-application call',
    people: ['Mr Penhaligon', 'Ffion'],
    tags: ['planning', 'team'],
    situation:
      'Phoned the planning officer about an amendment to the Linden House consent for the glass roof. Ffion listened in to learn how it is done.',
    lines:
      'Mr Penhaligon said the conservation area appraisal "talks about roofscape for a reason" and that he had "seen a lot of glass boxes go in lately". He did not ask to see the drawings. After the call Ffion went back to her desk without a word and spent the afternoon redrawing the eaves detail I had asked her to leave until Thursday.',
    assumptions: [
      ['The planning officer has already made up his mind to refuse the amendment.', 'h12a3'],
      ["Ffion doesn't feel she can come to me with questions.", 'h12a5'],
    ],
  },
  {
    date: '2027-03-05T18:40:00',
    set: 'L',
    title: 'Cost report',
    people: ['Celeste', 'Verity'],
    tags: ['budget', 'partners'],
    situation:
      "Went through the quantity surveyor's cost report with Celeste. Verity sat in because she knows the Fairbrothers socially.",
    lines: [
      [
        'Celeste: Eighteen per cent over. How did nobody see this coming?',
        'I wrote to you about it in November.',
      ],
      [
        'Verity: To be fair, I think we could have flagged the steel price sooner.',
        'We? I flagged it. In writing.',
      ],
      [
        'Me: Most of the increase is the changes you asked for, and I can take you through them.',
        'Too late. The decision about who to blame was made before the meeting.',
      ],
    ],
    assumptions: [
      ['The Fairbrothers will blame me for the extra cost.', 'h12a2'],
      ['Verity undermines me in front of the clients.', 'h12a7'],
    ],
  },
  {
    date: '2027-03-08T19:20:00',
    set: 'D',
    title: 'Programme slips again',
    people: ['Dermot', 'Ffion'],
    tags: ['programme', 'site'],
    situation: 'Site visit with Ffion to check the first-floor setting out.',
    lines:
      'Dermot\'s revised programme moves completion from July to late September. The covering email says "due to outstanding design information and client variations" and is copied to the Fairbrothers. The scaffold had no toe boards on the rear lift; Ffion photographed it. The scaffolding foreman said they would "sort it before the inspector comes".',
    assumptions: [
      ['The contractor will pin the late finish on the architect.', 'h12a9'],
      ['The scaffolding firm cuts corners on the edge protection.', 'uh12a1'],
    ],
  },
  {
    date: '2027-03-10T21:50:00',
    set: 'L',
    title: 'The library competition',
    people: ['Ambrose'],
    tags: ['partners', 'career'],
    situation: 'Asked Ambrose if I could lead our entry for the library competition.',
    lines: [
      ["Ambrose: I think I'll keep that one close. It's a big name for us.", 'And I am not a big name.'],
      [
        "Ambrose: You're invaluable on the delivery side, you know that.",
        'Invaluable where nobody can see me.',
      ],
      [
        'Me: Fine. Let me know if you want a second pair of hands.',
        'I offered to make the tea, basically. Maybe that is my level.',
      ],
    ],
    assumptions: [
      ["As far as he's concerned I'll be an associate for ever.", 'h12a1'],
      ["Sooner or later everyone will realise I'm winging it.", 'h12a10'],
    ],
  },
  {
    date: '2027-03-12T18:05:00',
    set: 'D',
    title: 'Submitting the amendment',
    people: ['Mr Penhaligon', 'Verity'],
    tags: ['planning', 'clients'],
    situation:
      'Submitted the amendment for the glass roof after Verity told me to "give the clients what they want and let planning say no".',
    lines:
      'The validation email from Mr Penhaligon arrived within an hour. It gave 9 April as the target date and said the application "may be reported to committee given the sensitivity of the site". Verity forwarded it to me with one line: "Told you it was worth a try."',
    assumptions: [
      ['Penhaligon was always going to turn the new roof down, whatever we sent him.', 'h12a3'],
      ['Any time I refuse the clients something, I put the commission at risk.', 'h12a6'],
    ],
  },
  {
    date: '2027-03-15T20:30:00',
    set: 'L',
    title: 'The fee invoice',
    people: ['Nigel'],
    tags: ['fees', 'clients'],
    situation: 'Nigel rang about our stage five invoice.',
    lines: [
      [
        "Nigel: I'm struggling to see what we're getting for this, honestly.",
        'Three hundred drawings and a planning consent.',
      ],
      [
        'Nigel: The builder seems to do most of the thinking on site.',
        'The builder rings me ten times a day.',
      ],
      ["Me: I'll send you a breakdown of the hours.", 'A spreadsheet will not change his mind.'],
    ],
    assumptions: [
      ['Nigel sees the architect as an overpriced extra he could have done without.', 'h12a8'],
      ["When the final account comes in over budget, it'll be laid at my door.", 'h12a2'],
    ],
  },
  {
    date: '2027-03-17T18:55:00',
    set: 'D',
    title: 'Unannounced visit',
    people: ['Dermot'],
    tags: ['site', 'quality'],
    situation: 'Called in at Linden House on my way back from another job, without telling anyone.',
    lines:
      'The underfloor heating pipes in the kitchen had been screeded over before the pressure test certificate was sent. The fire stopping above the utility room was missing. Dermot said both were "in hand" and that he had "never had a complaint in twenty years".',
    assumptions: [["If I'm not standing over his lads, the work gets bodged.", 'h12a4']],
  },
  {
    date: '2027-03-19T19:40:00',
    set: 'L',
    title: 'Ffion at the client meeting',
    people: ['Verity', 'Ffion', 'Nigel'],
    tags: ['team', 'clients'],
    situation:
      'Verity brought Ffion to the Linden House meeting to present the joinery drawings, then took over halfway through.',
    lines: [
      [
        'Verity: Let me jump in, Ffion, I think Nigel wants the big picture.',
        'Ffion had the big picture. It was on the table.',
      ],
      ["Nigel: Yes, let's not get lost in the skirting boards.", 'A week of work on those boards.'],
      [
        'Me: Ffion, can you send Nigel the set tonight?',
        'Afterwards Ffion went straight home. Not one question to me about any of it.',
      ],
    ],
    assumptions: [
      ['Verity undermines Ffion in front of the clients.', 'uh12a2'],
      ['My junior would sooner struggle on alone than knock on my door.', 'h12a5'],
    ],
  },
  {
    date: '2027-03-22T20:15:00',
    set: 'D',
    title: 'Consultation responses',
    people: ['Mr Penhaligon'],
    tags: ['planning', 'conservation'],
    situation: 'The consultation responses on the glass-roof amendment went up on the council website.',
    lines:
      'The conservation officer\'s response was two paragraphs. It objected to "the incongruous glazed roof form" and to "the replacement of the original sash windows", which are not part of the application. Mr Penhaligon\'s email to me quoted the objection in full and asked whether we would "like to withdraw and discuss".',
    assumptions: [
      ['No amount of revised drawings will get this past the case officer.', 'h12a3'],
      ['The conservation officer has already decided against the new windows.', 'uh12a3'],
    ],
  },
  {
    date: '2027-03-24T18:25:00',
    set: 'L',
    title: 'Kitchen island, again',
    people: ['Celeste', 'Verity'],
    tags: ['clients', 'partners'],
    situation:
      'Celeste wanted to move the kitchen island again, which would mean cutting up the new screed. I said it was possible but would cost money and time.',
    lines: [
      ['Celeste: Verity, you said last week it would be simple.', 'Was that said? Not to me.'],
      [
        "Verity: Nothing's impossible. I'm sure we can find a way to make it easy for you.",
        'And I am left as the one who said it was hard.',
      ],
      ["Me: I'll price both options.", 'Priced and ignored.'],
    ],
    assumptions: [
      ['The other partner contradicts me in client meetings to look like the reasonable one.', 'h12a7'],
    ],
  },
  {
    date: '2027-03-25T22:05:00',
    set: 'D',
    title: 'Drinks before Easter',
    people: ['Ambrose', 'Ffion'],
    tags: ['partners', 'team'],
    situation: 'Practice drinks before the Easter break. Ambrose talked to Ffion about her plans for Part 3.',
    lines:
      'Ambrose told Ffion she "might find a bigger firm suits her better for the exams". Later, to the room, he said the practice would "need a new generation of partners in five years" and raised his glass to the two architecture students on placement. He did not look at me.',
    assumptions: [
      ["Ambrose doesn't think Ffion has what it takes to qualify.", 'uh12a4'],
      ['Ambrose considers me unsuitable for partnership.', 'h12a1'],
    ],
  },
  {
    date: '2027-03-30T19:10:00',
    set: 'L',
    title: 'The rooflight leak',
    people: ['Celeste', 'Dermot'],
    tags: ['clients', 'contractor'],
    situation:
      'Met Celeste and Dermot at Linden House after rain came through the new rooflight onto the oak floor.',
    lines: [
      [
        'Celeste: This is exactly what I was afraid of. Who is paying for the floor?',
        'The answer wanted here is me.',
      ],
      ["Dermot: Flashing detail's as drawn.", 'It is not as drawn. The drawing has an upstand.'],
      [
        "Me: Let's get the roofer back and look at it before anyone decides anything.",
        'I sounded like I was covering for somebody.',
      ],
    ],
    assumptions: [
      ['Celeste holds me personally responsible for every pound the build has gone over.', 'h12a2'],
      ['The Fairbrothers will blame Dermot for the leaking rooflight.', 'uh12a5'],
    ],
  },
  {
    date: '2027-03-31T18:35:00',
    set: 'D',
    title: 'Information required schedule',
    people: ['Dermot'],
    tags: ['programme', 'contractor'],
    situation: 'Dermot sent a new information required schedule.',
    lines:
      'The schedule lists twenty-three items as "late". Nineteen of them were issued before the dates it gives; the other four are for the glass roof, which has no consent yet. The stair balustrade it says is waiting on me was fixed in place on Monday, to a drawing two revisions old.',
    assumptions: [
      ["Every week the programme slips, the builder says it's because of my late information.", 'h12a9'],
      ["The contractor does the bare minimum and hopes we won't notice.", 'h12a4'],
    ],
  },
  {
    date: '2027-04-02T20:00:00',
    set: 'L',
    title: 'Feedback after lunch',
    people: ['Verity', 'Nigel'],
    tags: ['partners', 'fees'],
    situation: 'Verity had lunch with Nigel and then called me in to "share some feedback".',
    lines: [
      [
        "Verity: Nigel feels a bit squeezed on fees. I said we'd look at the stage six charge.",
        'You said that to him before you said it to me.',
      ],
      [
        'Verity: He also felt you were a little defensive about the roof.',
        'I was the only one who told him the truth about the roof.',
      ],
      ["Me: Okay. I'll bear it in mind.", 'I will bear it in mind for a long time.'],
    ],
    assumptions: [
      ['She cuts the ground from under me whenever the Fairbrothers are in the room.', 'h12a7'],
      ['The clients resent paying for drawings they think anyone could do.', 'h12a8'],
    ],
  },
  {
    date: '2027-04-05T21:20:00',
    set: 'D',
    title: 'Visitors in the meeting room',
    people: ['Ambrose'],
    tags: ['partners', 'practice'],
    situation:
      'Ambrose was in the meeting room all morning with a director of a larger practice and a solicitor.',
    lines:
      'The meeting room blind was down. At lunch Ambrose said it was "just a chat about the future" and that "nothing changes for anyone for now". The partners\' calendar shows a follow-up on the 20th. No associates are invited.',
    assumptions: [
      ['The senior partner will never offer me a share in the practice.', 'h12a1'],
      ['Ambrose is going to sell the practice within five years.', 'uh12a6'],
    ],
  },
  {
    date: '2027-04-07T18:15:00',
    set: 'D',
    title: "Planning officer's site visit",
    people: ['Mr Penhaligon'],
    tags: ['planning', 'site'],
    situation:
      "Mr Penhaligon came to see the Linden House roof from the street and from the neighbours' garden.",
    lines:
      'He spent forty minutes on site. He asked for a long section showing the glass behind the parapet and a sample of the fritted glass. He said "if it reads as a lightweight addition behind the ridge, I can see a way through". He asked when we could send the section and wrote the date in his notebook.',
    assumptions: [['The planning officer is open-minded about the amendment.', 'h12a3-not']],
  },
  {
    date: '2027-04-09T19:45:00',
    set: 'L',
    title: "Ffion's question",
    people: ['Ffion'],
    tags: ['team', 'mentoring'],
    situation:
      'Ffion finally asked me about the balustrade calculation, three days after she must have got stuck on it.',
    lines: [
      ["Ffion: Sorry, I know you're busy, I didn't want to bother you.", 'Three days.'],
      [
        "Ffion: I looked it up but I wasn't sure which load to use.",
        'Neither was I, at her stage. Nor last year, honestly.',
      ],
      ["Me: Always ask. That's what I'm here for.", 'I had to check the answer myself afterwards.'],
    ],
    assumptions: [
      ['She finds me too intimidating to ask for help.', 'h12a5'],
      ["I don't have the experience to lead this job.", 'h12a10'],
    ],
  },
  {
    date: '2027-04-12T18:50:00',
    set: 'D',
    title: 'Extension of time claim',
    people: ['Dermot', 'Ambrose'],
    tags: ['contractor', 'partners'],
    situation: "Dermot's extension of time claim arrived; Ambrose asked me to draft the response.",
    lines:
      'The claim asks for eleven weeks. I went through the site diary and wrote "contractor\'s own delay" next to eight of the eleven weeks: the mortar, the screed, the rooflight. Ambrose read my draft and said "be careful; Dermot\'s lads have done lovely work on the oak frame, I\'ve never seen joints that tight".',
    assumptions: [
      ['I blame Dermot for every delay on site.', 'h12a9-rev'],
      ['Dermot takes real pride in the quality of the work.', 'h12a4-not'],
    ],
  },
  {
    date: '2027-04-14T20:25:00',
    set: 'L',
    title: 'Fee reconciliation',
    people: ['Nigel', 'Celeste'],
    tags: ['clients', 'fees'],
    situation:
      'Went through the fee account with Nigel and Celeste and said we could not do the stage six work for nothing.',
    lines: [
      ["Nigel: That's fair. You've earned it with the planners, frankly.", 'I was braced for the opposite.'],
      [
        "Celeste: We'd like you to do the garden room next year as well.",
        'So why am I still scared of them?',
      ],
      [
        "Me: Thank you. I'll put a proposal together.",
        'And I will still not tell them no about the kitchen island.',
      ],
    ],
    assumptions: [
      ['The Fairbrothers think our fee is good value.', 'h12a8-not'],
      ['Clients like these walk if their architect ever tells them no.', 'h12a6'],
    ],
  },
  {
    date: '2027-04-16T21:40:00',
    set: 'D',
    title: 'The partnership conversation',
    people: ['Ambrose', 'Verity'],
    tags: ['partners', 'career'],
    situation: 'Ambrose and Verity asked me into the meeting room.',
    lines:
      'Ambrose said the talks with the larger practice "came to nothing" and that they want to "bring in one new partner from inside within two years". He said my name first. Verity said that before then she would like me to "work on how I come across with clients", and mentioned the kitchen meeting with Celeste and the site meeting after the leak. In both I had said, in front of the clients, that her suggestion would not work.',
    assumptions: [
      ['Ambrose is lining me up to become a partner.', 'h12a1-not'],
      ["I'm the one who undermines Verity when clients are in the room.", 'h12a7-rev'],
    ],
  },
  {
    date: '2027-04-21T19:05:00',
    set: 'D',
    title: 'Consent, and the oak posts',
    people: ['Dermot', 'Verity'],
    tags: ['site', 'partners'],
    situation: 'Site visit with Verity the week the amendment was approved.',
    lines:
      'Dermot had taken down and refixed two oak posts on his own initiative because the shakes were facing the wrong way; nobody from the practice had been on site that week. On the drive back Verity told me Ambrose had called me "the future of this place" at the partners\' away day. The glass roof goes to order on Monday; I wrote the specification myself and the supplier had no questions.',
    assumptions: [
      ['The builder is scrupulous about doing things properly, watched or not.', 'h12a4-not'],
      ["I'm more than capable of running this job.", 'h12a10-not'],
      ['The senior partner sees me as the future of the firm.', 'h12a1-not'],
    ],
  },
  // ---------------------------------------------------------------- adult daughter coordinating her father's care
  {
    date: '2027-02-24T22:20:00',
    set: 'L',
    title: "Dad's prescription",
    people: ['Piers'],
    tags: ['family', 'medication'],
    situation:
      "Rang Piers to ask if he could collect Dad's repeat prescription on Thursday, as I'm in Leeds for work.",
    lines: [
      [
        "Piers: Thursday's tricky. Can't the pharmacy deliver?",
        'They can. Someone has to be in. That someone is always me.',
      ],
      ["Piers: You're so much better at all this than I am.", 'Because I have had to be.'],
      ["Me: Fine, I'll move my train.", 'I always move my train.'],
    ],
    assumptions: [
      ["Piers assumes looking after Dad is my job because I'm the daughter.", 'h12b1'],
      ['If I step back even for a week, everything will fall apart.', 'h12b7'],
    ],
  },
  {
    date: '2027-02-28T21:30:00',
    set: 'D',
    title: "Sunday at Dad's",
    people: ['Dad', 'Marisol'],
    tags: ['Dad', 'home'],
    situation: "Sunday afternoon at Dad's. Marisol was finishing the lunchtime visit when I arrived.",
    lines:
      'The fridge had three unopened pints of milk and no bread. Dad said he had "had a big breakfast". There was a bruise on his forearm that he said came from the car door. When I mentioned the brochure for Ashgrove, he said "they\'ll carry me out of this house in a box, and not before". Marisol wrote in the folder that he had refused his shower again.',
    assumptions: [
      ["Dad is hiding how much he's struggling.", 'h12b8'],
      ['Dad would rather die in his own chair than live in a care home.', 'h12b3'],
      ["I'm letting Dad down.", 'h12b10'],
    ],
  },
  {
    date: '2027-03-01T22:40:00',
    set: 'L',
    title: 'Video call with Euan',
    people: ['Euan'],
    tags: ['family', 'siblings'],
    situation: 'Weekly video call with Euan in Singapore. I told him about the milk and the bruise.',
    lines: [
      ['Euan: Dad sounded totally fine when I rang on Tuesday.', 'For six minutes.'],
      ['Euan: You do tend to see the worst in things, sis.', 'I see the fridge.'],
      [
        'Me: Maybe. Can you ring him more often, though?',
        'He will ring once and tell me I was worrying about nothing.',
      ],
    ],
    assumptions: [
      ["Euan thinks I'm exaggerating how bad Dad has got.", 'h12b2'],
      ["Nobody else will remember Dad's tablets if I don't.", 'h12b7'],
    ],
  },
  {
    date: '2027-03-03T18:30:00',
    set: 'L',
    title: 'GP appointment',
    people: ['Dr Maitland', 'Dad'],
    tags: ['GP', 'memory'],
    situation:
      'Went with Dad to the surgery and asked Dr Maitland about a memory assessment. Dad waited in the car for the second half.',
    lines: [
      [
        'Dr Maitland: He scored well on the quick test today. Some forgetfulness is normal at eighty-four.',
        'He had rehearsed the date in the car.',
      ],
      ["Dr Maitland: Let's review in three months.", 'Three months of milk going off.'],
      ['Me: Okay. Thank you.', 'I said thank you. For nothing.'],
    ],
    assumptions: [["Dr Maitland doesn't take my concerns seriously.", 'h12b4']],
  },
  {
    date: '2027-03-04T19:15:00',
    set: 'D',
    title: 'Rota changes',
    people: ['Lorraine'],
    tags: ['agency', 'carers'],
    situation:
      "Lorraine at Brightwell Care rang to say Dad's morning visit would move from eight to half past ten.",
    lines:
      'Three different carers came this week, none of them Marisol. The half-past-ten slot means his tablets will be two hours late. Lorraine said it was "the only way to make the rota work" and that the new rates letter "should be with families shortly".',
    assumptions: [
      ['The agency sees Dad as just a slot on a rota.', 'h12b5'],
      ['The agency will put the hourly rate up again in April.', 'uh12b1'],
    ],
  },
  {
    date: '2027-03-07T23:10:00',
    set: 'D',
    title: 'The fall',
    people: ['Dad', 'Piers'],
    tags: ['hospital', 'family'],
    situation: 'Dad fell in the bathroom last night and was taken to A&E. Piers got there first.',
    lines:
      'When I arrived at one in the morning Piers had already told the doctors Dad would "go to ours for a bit" after discharge and had asked about respite beds. He had not called me until Dad was in a cubicle. At three Piers went home to sleep; I stayed until the ward round. At nine he messaged asking me to "let him know what they say".',
    assumptions: [
      ['Piers makes decisions about Dad without consulting me.', 'h12b6'],
      ["Piers leaves all of Dad's care to me.", 'h12b1'],
    ],
  },
  {
    date: '2027-03-09T21:45:00',
    set: 'L',
    title: 'Euan after the fall',
    people: ['Euan'],
    tags: ['siblings', 'hospital'],
    situation: 'Euan rang from Singapore after hearing about the fall from Piers.',
    lines: [
      [
        'Euan: How was Dad on the floor for two hours? I thought the carers came in the evening.',
        'They come at seven. He fell at nine.',
      ],
      [
        "Euan: And now you want a care home. Isn't that a bit much after one fall?",
        'It is not one fall. It is the first one you have heard about.',
      ],
      ["Me: I don't want anything yet. I want us to talk.", 'I wanted him to say I had been right.'],
    ],
    assumptions: [
      ["Euan blames me for Dad's fall.", 'h12b9'],
      [
        "From eight thousand miles away, my younger brother believes I'm making a drama out of nothing.",
        'h12b2',
      ],
    ],
  },
  {
    date: '2027-03-11T20:40:00',
    set: 'D',
    title: 'Home from hospital',
    people: ['Dad', 'Lorraine'],
    tags: ['discharge', 'agency'],
    situation: 'Dad came home from hospital with a walking frame and four visits a day from Brightwell.',
    lines:
      'Lorraine did the assessment in twenty minutes, standing in the hall. The care plan she left says "client likes tea" and spells his name wrong. Dad asked her twice when he could "stop all this". When the occupational therapist mentioned "a period in a care setting", Dad turned the television up and did not speak to me until the therapist had gone.',
    assumptions: [
      ['Dad would never forgive us for putting him in a home.', 'h12b3'],
      ['Nobody at Brightwell cares who Dad actually is.', 'h12b5'],
    ],
  },
  {
    date: '2027-03-14T19:55:00',
    set: 'L',
    title: "Sunday lunch at Piers's",
    people: ['Piers', 'Camilla'],
    tags: ['family', 'siblings'],
    situation: "Lunch at Piers and Camilla's. I suggested a rota between the three of us for visiting Dad.",
    lines: [
      ["Piers: The thing is, you're ten minutes away and we're forty.", 'And my job is a job.'],
      [
        "Camilla: Piers is up to his eyes at work, and I've got the boys' school runs every day.",
        'Every day. He has never done one.',
      ],
      ['Me: Maybe one weekend a month?', 'I asked for one weekend. I should have asked for half.'],
    ],
    assumptions: [
      ['My older brother thinks that since I live closest, it all falls to me.', 'h12b1'],
      ['Piers leaves all the school runs to Camilla.', 'uh12b2'],
    ],
  },
  {
    date: '2027-03-16T18:20:00',
    set: 'D',
    title: 'Falls review',
    people: ['Dr Maitland', 'Dad'],
    tags: ['GP', 'falls'],
    situation: 'Rang the surgery for a falls review. Dr Maitland saw Dad this morning and I joined by phone.',
    lines:
      'The receptionist said there was "no need for a relative to be present". On the phone Dr Maitland asked Dad whether he was managing and he said "perfectly, thank you". She said the hospital letter "doesn\'t mention cognition" and that the review would be in May. Dad had his good jumper on. At five he rang me to ask where the remote was, for the third time that day.',
    assumptions: [
      ['The surgery just fobs me off whenever I ring about Dad.', 'h12b4'],
      ["He tells me he's fine so that I won't worry.", 'h12b8'],
    ],
  },
  {
    date: '2027-03-18T22:30:00',
    set: 'L',
    title: 'Family call about a care home',
    people: ['Euan', 'Piers'],
    tags: ['siblings', 'care home'],
    situation: 'Three-way call with Piers and Euan about whether Dad should move into Ashgrove.',
    lines: [
      [
        "Euan: I just think if someone had put a rail in that bathroom months ago we wouldn't be here.",
        'Someone. Me.',
      ],
      ["Piers: I've already told Dad we'll look round Ashgrove next week, by the way.", 'By the way.'],
      ['Me: Right. Which day?', 'I found out about my own father from a by the way.'],
    ],
    assumptions: [
      [
        "My younger brother thinks Dad wouldn't have fallen if I'd been keeping a proper eye on things.",
        'h12b9',
      ],
      ['My older brother settles things with Dad and tells me afterwards.', 'h12b6'],
    ],
  },
  {
    date: '2027-03-21T20:50:00',
    set: 'D',
    title: 'Dad and the car',
    people: ['Dad'],
    tags: ['Dad', 'driving'],
    situation: "Drove over because a neighbour had seen Dad's car out late at night.",
    lines:
      'The car has a new scrape along the passenger door. Dad said he had been to the garage for milk. When I said the DVLA should be told about the memory questions, he said "I\'ll give up that car when they prise the keys out of my cold hand". I drove home to my own house, where the spare room is still full of boxes.',
    assumptions: [
      ['Dad would rather die than give up driving.', 'uh12b3'],
      ['Any decent daughter would have taken him in by now.', 'h12b10'],
    ],
  },
  {
    date: '2027-03-23T19:35:00',
    set: 'L',
    title: "Marisol's notes",
    people: ['Marisol'],
    tags: ['carers', 'Dad'],
    situation: "Marisol was back on Dad's rota and caught me at the door as she left.",
    lines: [
      [
        'Marisol: He is lovely when you are here. After you go, he cries sometimes. He asks for his wife.',
        'He has never once cried in front of me.',
      ],
      ['Marisol: Maybe tell the doctor about the nights?', 'The doctor will tell me he is eighty-four.'],
      ["Me: Thank you. Really. I didn't know.", 'How would I know, if I am the one he performs for?'],
    ],
    assumptions: [
      ['Dad puts on a show for visitors and falls apart when they leave.', 'h12b8'],
      ["To the GP, I'm just an anxious daughter making a fuss.", 'h12b4'],
    ],
  },
  {
    date: '2027-03-25T21:10:00',
    set: 'D',
    title: 'Power of attorney papers',
    people: ['Piers'],
    tags: ['paperwork', 'siblings'],
    situation: 'Piers came round to sign the lasting power of attorney forms as my co-attorney.',
    lines:
      'He signed where I had put the sticky notes and left after twenty-five minutes. He had not read the guidance I printed. On his way out he said he had "had a chat with an estate agent" about what Dad\'s house might fetch and that Euan "doesn\'t need to be bothered with that side of it yet".',
    assumptions: [
      ["He's happy to leave every appointment and phone call to me.", 'h12b1'],
      ['Piers makes decisions about the house sale without consulting Euan.', 'uh12b4'],
    ],
  },
  {
    date: '2027-03-29T21:30:00',
    set: 'L',
    title: 'Chasing the memory clinic',
    people: ['Dr Maitland'],
    tags: ['GP', 'memory'],
    situation:
      "Rang Dr Maitland after Marisol's notes about the nights to ask again for a memory clinic referral.",
    lines: [
      [
        'Dr Maitland: I hear you. These things fluctuate, and your father presents very well.',
        'Presents. Exactly.',
      ],
      [
        "Dr Maitland: I'll make the referral, but the wait is about four months.",
        'Only because I would not get off the phone.',
      ],
      [
        "Me: Please do. I'll keep a diary of the nights in the meantime.",
        'Another job for me. Nobody else is going to keep it.',
      ],
    ],
    assumptions: [
      ['The GP is dismissive of anything I notice at home.', 'h12b4'],
      ["The whole arrangement only holds together because I'm holding it.", 'h12b7'],
    ],
  },
  {
    date: '2027-03-30T20:25:00',
    set: 'D',
    title: 'Visiting Ashgrove',
    people: ['Dad', 'Lorraine'],
    tags: ['care home', 'agency'],
    situation: 'Took Dad to look round Ashgrove. Lorraine rang during the visit about the lunchtime call.',
    lines:
      'Dad walked round the garden and said nothing. In the lounge a man his age was asleep in front of the racing. In the car Dad said "your mother would never have done this to me". Lorraine said that if he was "going into residential", Brightwell would need two weeks\' notice to "release the hours to another client".',
    assumptions: [
      ['Moving him into residential care would break his heart.', 'h12b3'],
      ["To the care company he's a forty-five-minute visit, not a person.", 'h12b5'],
    ],
  },
  {
    date: '2027-04-03T21:35:00',
    set: 'L',
    title: 'Euan and the memory clinic',
    people: ['Euan'],
    tags: ['siblings', 'memory'],
    situation: 'Told Euan the memory clinic referral had gone in.',
    lines: [
      [
        "Euan: Honestly, I think the GP's being a bit dramatic. Dad was sharp as anything on Sunday.",
        'The GP was dragged into it by me.',
      ],
      [
        "Euan: And Dad would be fine if he wasn't on his own so much.",
        'On his own when I am not there. I am there every day.',
      ],
      ['Me: Come and stay for a week and see.', 'He will not come. Then he cannot be wrong.'],
    ],
    assumptions: [
      ["Euan thinks Dr Maitland is exaggerating Dad's memory loss.", 'uh12b5'],
      ["Euan doesn't believe a word I say about Dad's memory.", 'h12b2'],
      ['As far as Euan is concerned, the fall happened on my watch.', 'h12b9'],
    ],
  },
  {
    date: '2027-04-06T19:50:00',
    set: 'D',
    title: 'Piers at the fracture clinic',
    people: ['Piers'],
    tags: ['siblings', 'hospital'],
    situation: 'Piers took Dad to the fracture clinic follow-up on his own, without my asking.',
    lines:
      'He booked the day off, took Dad and bought him lunch. He sent a photo of Dad with a sausage roll. In the same message he said he had "agreed with Dad" that the lunchtime call could stop and that he would "sort it with Brightwell". I heard that the call had stopped from Marisol this morning.',
    assumptions: [
      ["Piers isn't leaving Dad's care to me any more.", 'h12b1-not'],
      ["I'm the last to hear about anything Piers decides for Dad.", 'h12b6'],
    ],
  },
  {
    date: '2027-04-09T20:15:00',
    set: 'L',
    title: 'The GP rings back',
    people: ['Dr Maitland', 'Dad'],
    tags: ['GP', 'memory'],
    situation: "Dr Maitland rang after reading my diary of Dad's nights, while I was at Dad's.",
    lines: [
      [
        "Dr Maitland: This is really useful. I've asked the clinic to bring him forward.",
        'I had the phone on speaker in case I needed a witness.',
      ],
      [
        "Dr Maitland: You're doing a lot. Are you getting any support yourself?",
        'I nearly cried in his kitchen.',
      ],
      [
        "Me: I'm fine. Thank you for reading it.",
        'I left at seven while he was still asking about the appointment.',
      ],
    ],
    assumptions: [
      ['Dr Maitland takes what I tell her seriously.', 'h12b4-not'],
      ["I'm failing him every time I leave after an hour.", 'h12b10'],
    ],
  },
  {
    date: '2027-04-13T22:00:00',
    set: 'D',
    title: "Euan's visit",
    people: ['Euan', 'Dad'],
    tags: ['siblings', 'Dad'],
    situation: "Euan flew in for five days and stayed at Dad's.",
    lines:
      'On the second night Dad got up at three and tried to go out to "open the shop". Euan texted me at twenty past three. On the fourth day Euan said "I didn\'t get it, I\'m sorry" and asked me to show him the tablet box. When Piers asked how the fall had happened, I heard myself say that Euan had talked us out of the bathroom rail in January.',
    assumptions: [
      ['Euan has stopped doubting what I say about Dad.', 'h12b2-not'],
      ["Deep down I blame Euan for Dad's fall.", 'h12b9-rev'],
    ],
  },
  {
    date: '2027-04-17T19:25:00',
    set: 'L',
    title: 'Splitting the week',
    people: ['Piers'],
    tags: ['siblings', 'rota'],
    situation:
      "Piers offered to take Tuesdays and Saturdays with Dad. I told him I'd already arranged with Brightwell to add a Saturday visit.",
    lines: [
      ["Piers: You did that without asking me? I'd have gone.", 'Yes. I did.'],
      ["Piers: I'm trying here. I've taken Tuesdays off for the next two months.", 'He has. He really has.'],
      ["Me: Sorry. Let's do Saturdays your way.", 'I do exactly what I accuse him of.'],
    ],
    assumptions: [
      ['My older brother is finally pulling his weight.', 'h12b1-not'],
      ['I make decisions about Dad without consulting Piers.', 'h12b6-rev'],
    ],
  },
  {
    date: '2027-04-20T18:40:00',
    set: 'D',
    title: 'Care review',
    people: ['Lorraine', 'Marisol'],
    tags: ['agency', 'GP'],
    situation: "Six-week care review at Dad's with Lorraine and Marisol.",
    lines:
      'Lorraine had rewritten the care plan: it now says Dad was a printer, likes the cricket on the radio and takes his tea black. Marisol is down as his main carer "for as long as she\'s with us", and the morning call is back to eight. Lorraine said Dr Maitland had phoned her directly about the night-time waking, after reading my diary.',
    assumptions: [
      ["Lorraine's team care about Dad as a person.", 'h12b5-not'],
      ['The GP genuinely listens to me about Dad.', 'h12b4-not'],
    ],
  },
  {
    date: '2027-04-23T20:55:00',
    set: 'L',
    title: 'Talking to Dad about the future',
    people: ['Dad'],
    tags: ['Dad', 'care home'],
    situation: 'Sat with Dad in the garden and asked him what he wants if staying at home stops being safe.',
    lines: [
      ["Dad: You've done more than enough, love. More than your brothers.", 'I did not know he saw it.'],
      [
        "Dad: But I'd feel you'd all given up on me, if it came to a home.",
        'Given up on him. That is what he hears.',
      ],
      ["Me: Nobody's giving up on you, Dad.", 'I meant it this time.'],
    ],
    assumptions: [
      ["I'm doing right by Dad.", 'h12b10-not'],
      ['A care home would feel to Dad like being abandoned by his children.', 'h12b3'],
    ],
  },
];
