// Fourteenth held-out set: written blind in session 6, after the engine changes of that session had been made and
// before any scoring, without reading the engine, its theme tables, its tests, other splits' statements or any
// failure output, and without running the engine on it. To be scored once, by the lead; never tuned on.
// Two fictional journal keepers writing after difficult work conversations: the operations manager of a regional bus
// depot (Duncan, the area director — "my area director", "head office"; Malcolm, the union rep — "the union rep",
// "the union"; Olwen, the depot engineer — "the engineer", "the depot engineer"; Imogen, the council's transport
// officer — "the council", "the transport officer"; Craig, a driver on a final warning; Esther and Lewis, drivers;
// the drivers, the fitters) and a freelance translator and interpreter who works for a few agencies and one big legal
// client (Zofia, a project manager at one agency; Rhys, a project manager at another — "the agencies"; Mr Pemberton,
// the court clerk — "the clerk"; Anouk, a fellow interpreter she shares jobs with; Idris, her partner at home, who
// thinks she undercharges — "my partner"; Mr Rourke, a client who disputes invoices; Ms Faraday, the partner at the
// law firm that is her biggest client — "the firm").
// Pronouns refer to the one person of that gender in the entry's people; roles and group subjects are used too.
// Traps: opposites (only cares about the figures, sees drivers as numbers / genuinely cares how the drivers are coping;
// ballot the drivers, a strike is coming / no intention of taking action, nobody wants a strike; thinks I want him
// sacked / knows I'm on his side; cut the village routes / keep paying for the rural routes; never trust a manager
// who never drove a bus / trust me to be straight; will let the blame land on me / will stand by me; thinks we fiddle
// the figures / trusts the figures; just a name on a list, interchangeable / rates my work above the rest; sell
// myself short, far too cheap / what I charge is about right; queries every invoice to put off paying / will pay the
// full invoice; ask for more and they'll find someone cheaper / would pay more rather than lose me; replace me with a
// cheaper agency / keep me for the long run; not qualified enough, out of my depth / as qualified as anyone),
// direction (Olwen blames the drivers for breakdowns / the drivers blame Olwen; Malcolm undermines me with the drivers
// / I undermine Malcolm; Anouk passes me the jobs she doesn't want / I pass Anouk the jobs I don't want; Rhys blames me
// when the client complains / I blame Rhys), different objects in the same frame (Esther thinks I'm out to get her;
// the council will cut the school contracts; Malcolm undermines Olwen with the fitters; Olwen resents nights; Rhys
// blames the proofreader; Mr Pemberton thinks the barrister wastes the court's time; Anouk undercharges; the firm will
// drop Anouk), self-beliefs without a person (admitting I need help makes me look weak; turning down a job means
// they won't call again), negation inside paraphrases ("nobody at the council believes a word", "nobody at the
// agencies would notice", "the drivers never give me the benefit of the doubt", "never intended to pay"), passive and
// roles ("the blame for losing the contract will land on me", "the driver on a final warning").

export const groups = {
  // operations manager of a regional bus depot
  h14a1: ['paraphrase', 'Duncan cares only about the punctuality figures, not about the drivers'],
  'h14a1-not': ['opposite', 'Duncan cares about how the drivers are coping'],
  h14a2: ['paraphrase', 'The union will take strike action over the new rota'],
  'h14a2-not': ['opposite', 'The union will not take action over the new rota'],
  h14a3: ['paraphrase', 'Craig thinks I want him sacked'],
  'h14a3-not': ['opposite', 'Craig knows I am trying to keep him in a job'],
  h14a4: ['paraphrase', 'Olwen blames the drivers for the breakdowns'],
  'h14a4-rev': ['direction', 'The drivers blame Olwen for the breakdowns'],
  h14a5: ['paraphrase', 'The council will cut the subsidy for the village routes'],
  'h14a5-not': ['opposite', 'The council will keep funding the village routes'],
  h14a6: ['paraphrase', 'Asking head office for help will make me look as if I cannot run the depot'],
  h14a7: ['paraphrase', 'Malcolm undermines me with the drivers'],
  'h14a7-rev': ['direction', 'I undermine Malcolm with the drivers'],
  h14a8: ['paraphrase', "The drivers don't trust me"],
  'h14a8-not': ['opposite', 'The drivers trust me'],
  h14a9: ['paraphrase', 'Duncan will let me take the blame if the depot loses the council contract'],
  'h14a9-not': ['opposite', 'Duncan will stand by me if the depot loses the council contract'],
  h14a10: ['paraphrase', 'The council thinks we fiddle our punctuality figures'],
  'h14a10-not': ['opposite', 'The council trusts our punctuality figures'],
  // freelance translator and interpreter
  h14b1: ['paraphrase', 'The agencies see me as interchangeable with any other translator'],
  'h14b1-not': ['opposite', 'Zofia values my work above other translators'],
  h14b2: ['paraphrase', 'Idris thinks I undercharge'],
  'h14b2-not': ['opposite', 'Idris thinks my rates are right'],
  h14b3: ['paraphrase', 'Mr Rourke disputes invoices to avoid paying'],
  'h14b3-not': ['opposite', 'Mr Rourke will pay the invoice in full'],
  h14b4: ['paraphrase', 'If I raise my rates, the agencies will drop me'],
  'h14b4-not': ['opposite', 'The agencies would pay higher rates rather than lose me'],
  h14b5: ['paraphrase', "Anouk passes me the jobs she doesn't want"],
  'h14b5-rev': ['direction', "I pass Anouk the jobs I don't want"],
  h14b6: ['paraphrase', 'Mr Pemberton thinks interpreters hold up the court'],
  h14b7: ['paraphrase', 'The firm will replace me with a cheaper agency'],
  'h14b7-not': ['opposite', 'The firm will keep me on for the long term'],
  h14b8: ['paraphrase', 'Rhys blames me when his client complains'],
  'h14b8-rev': ['direction', 'I blame Rhys when his client complains'],
  h14b9: ['paraphrase', 'I am not qualified enough for legal work'],
  'h14b9-not': ['opposite', 'I am as qualified as anyone for legal work'],
  h14b10: ['paraphrase', 'Turning down a job means I will not be offered work again'],
};

export const entries = [
  // ---------------------------------------------------------------- operations manager of a regional bus depot
  {
    date: '2027-02-23T20:15:00',
    set: 'L',
    title: 'Monday league table',
    people: ['Duncan'],
    tags: ['area director', 'punctuality'],
    situation:
      'Duncan came in for the Monday review with the regional punctuality table printed out. We are seventh of nine.',
    lines: [
      [
        'Duncan: Seventh. Talk me through that.',
        'Nine drivers off sick and he wants a story about a number.',
      ],
      ['Me: We lost forty-one duties last week to sickness.', 'Say it plainly, at least.'],
      [
        'Duncan: Every depot has sickness. Not every depot is seventh.',
        'I did not mention we are short of drivers too.',
      ],
    ],
    assumptions: [
      ['Duncan only cares about the punctuality figures, not about the people driving the buses.', 'h14a1'],
      ["If I tell head office we're short of drivers, they'll decide I can't run the depot.", 'h14a6'],
    ],
  },
  {
    date: '2027-02-25T18:40:00',
    set: 'D',
    title: 'Rota consultation, first round',
    people: ['Malcolm'],
    tags: ['union', 'rota'],
    situation: 'First consultation meeting on the summer rota with Malcolm.',
    lines:
      'Malcolm read out three complaints from drivers about split shifts. He asked for the draft in writing by Friday. He said "the lads will want to see this before anything is agreed". After the meeting I saw him in the canteen with a group of drivers; they stopped talking when I walked past.',
    assumptions: [
      ['Malcolm is going to ballot the drivers over the new rota.', 'h14a2'],
      ["He tells the drivers I'm on management's side, not theirs.", 'h14a7'],
    ],
  },
  {
    date: '2027-03-01T21:05:00',
    set: 'L',
    title: "Craig's return to work",
    people: ['Craig'],
    tags: ['discipline', 'final warning'],
    situation: 'Return-to-work interview with Craig after three days off, six weeks into his final warning.',
    lines: [
      ['Me: How are you feeling?', 'I meant it.'],
      [
        'Craig: Does it matter? You have already got the form filled in.',
        'The form is the same for everyone.',
      ],
      ['Me: It is a standard form, Craig.', 'I should have put it down and just talked to him.'],
    ],
    assumptions: [["Craig is convinced I'm looking for an excuse to sack him.", 'h14a3']],
  },
  {
    date: '2027-03-03T19:30:00',
    set: 'D',
    title: 'Breakdown report',
    people: ['Olwen'],
    tags: ['engineering', 'breakdowns'],
    situation: "Olwen's weekly breakdown report; fourteen vehicles off the road at some point last week.",
    lines:
      'The report listed "driver abuse of clutch" against six of the fourteen. Olwen said the newer drivers ride the clutch. The council had emailed the same morning asking for our lost-mileage figures again, with a note that they would be "checking them against the ticket machine data".',
    assumptions: [
      ['Olwen puts every breakdown down to the drivers.', 'h14a4'],
      ["The council's transport officer assumes every figure we send in has been fiddled.", 'h14a10'],
    ],
  },
  {
    date: '2027-03-05T17:50:00',
    set: 'L',
    title: 'Route review at the council',
    people: ['Imogen'],
    tags: ['council', 'subsidy'],
    situation: 'Meeting at the council offices about the supported village routes.',
    lines: [
      [
        'Imogen: Members are looking hard at every supported service.',
        'That is the village routes gone, then.',
      ],
      ['Me: Our punctuality on those routes is over ninety per cent.', 'I know how that sounds to her.'],
      ['Imogen: By your figures, yes.', 'By our figures. There it is.'],
    ],
    assumptions: [
      ['The council is going to cut the subsidy for the village routes.', 'h14a5'],
      ['She thinks we massage our punctuality figures.', 'h14a10'],
    ],
  },
  {
    date: '2027-03-08T22:20:00',
    set: 'D',
    title: 'Canteen',
    people: ['Lewis'],
    tags: ['drivers', 'canteen'],
    situation: 'Went into the drivers\u2019 canteen at the start of the late shift to say hello.',
    lines:
      'Conversation stopped when I came in. Lewis said "all right boss" and looked at his phone. Someone at the back said "she\'s never done a Saturday night on the 12". A union leaflet about the rota was on every table.',
    assumptions: [
      ['The drivers will never trust a manager who has never driven a bus.', 'h14a8'],
      ['Malcolm has been running me down to the drivers.', 'h14a7'],
    ],
  },
  {
    date: '2027-03-10T19:10:00',
    set: 'L',
    title: 'Call about lost mileage',
    people: ['Duncan'],
    tags: ['area director', 'council contract'],
    situation: 'Duncan phoned after the council asked him directly about our lost mileage.',
    lines: [
      [
        'Duncan: The council went to me, not you. Why is that?',
        'Because you are the one who signs the contract.',
      ],
      [
        'Duncan: What is the percentage this week?',
        'Not one question about who is covering the late shifts.',
      ],
      ['Me: I will send it over tonight.', 'And it will be my figure he forwards on.'],
    ],
    assumptions: [
      ['All my area director looks at is the percentage on the league table.', 'h14a1'],
      ['Duncan is setting me up to take the fall if the council pulls the contract.', 'h14a9'],
    ],
  },
  {
    date: '2027-03-12T18:00:00',
    set: 'D',
    title: 'Shift swap refused',
    people: ['Esther'],
    tags: ['drivers', 'rota'],
    situation: 'Esther asked to swap a shift for the third time this month; I said no.',
    lines:
      'Esther said "you always say yes to the lads". She asked to see the swap log. I have a meeting with Duncan on Monday and had been going to ask for four relief drivers from the other depot; I took it off the agenda.',
    assumptions: [
      ["Esther thinks I'm out to get her.", 'uh14a1'],
      ["Asking my director for relief drivers will look like I've lost control of the depot.", 'h14a6'],
    ],
  },
  {
    date: '2027-03-15T21:45:00',
    set: 'L',
    title: 'Heater row in the yard',
    people: ['Olwen', 'Lewis'],
    tags: ['engineering', 'drivers'],
    situation:
      'Lewis brought a bus back with no heating for the second time; Olwen and he argued in the yard.',
    lines: [
      ['Lewis: Third bus this week. Your lot never fix anything properly.', 'Here we go.'],
      ['Olwen: I have two fitters on nights. Two.', 'And she has not forgiven me for the night rota.'],
      ['Me: Let us sort this inside.', 'A strike ballot is coming and this will be on the leaflet.'],
    ],
    assumptions: [
      ['The drivers blame Olwen for every bus that breaks down.', 'h14a4-rev'],
      ['Olwen resents being put on the night shift.', 'uh14a3'],
      ['Malcolm will have the drivers out on strike before Easter.', 'h14a2'],
    ],
  },
  {
    date: '2027-03-17T18:25:00',
    set: 'L',
    title: 'Formal consultation',
    people: ['Malcolm'],
    tags: ['union', 'rota'],
    situation: 'Second formal rota consultation with Malcolm and the regional officer on the phone.',
    lines: [
      ['Malcolm: We are not looking for a fight over this.', 'I do not know whether to believe that.'],
      [
        'Malcolm: But the members need to hear it from you, not a notice board.',
        'They listen to him. Not to me.',
      ],
      ['Me: I will do a briefing for each shift.', 'And talk to empty chairs.'],
    ],
    assumptions: [
      ['The union has no intention of taking action over the rota.', 'h14a2-not'],
      ["He's the one the drivers actually listen to, not me.", 'h14a8'],
    ],
  },
  {
    date: '2027-03-19T20:35:00',
    set: 'D',
    title: 'Craig late again',
    people: ['Craig'],
    tags: ['discipline', 'final warning'],
    situation: 'Craig was twenty minutes late for his first duty.',
    lines:
      'Craig rang in at 05:40. When he arrived he said "go on then, write it up". He did not look at me. The final warning letter was signed by me but the decision came from the disciplinary panel.',
    assumptions: [['Craig assumes the final warning was my idea and that I want him gone.', 'h14a3']],
  },
  {
    date: '2027-03-22T19:55:00',
    set: 'L',
    title: 'Site visit from the council',
    people: ['Imogen', 'Duncan'],
    tags: ['council', 'area director'],
    situation: 'Imogen visited the depot with Duncan; we walked through the control room.',
    lines: [
      ['Imogen: This is the system your returns come from?', 'She wants to see how it works, that is all.'],
      ['Imogen: That is helpful. It matches what I have.', 'It matches. Good.'],
      ['Duncan: We would like to talk about next year.', 'So would she, it seems.'],
    ],
    assumptions: [
      ['The transport officer trusts the figures we send her.', 'h14a10-not'],
      ['The council will keep paying for the rural routes as long as we hit the targets.', 'h14a5-not'],
    ],
  },
  {
    date: '2027-03-24T21:00:00',
    set: 'D',
    title: 'Overtime email',
    people: ['Duncan'],
    tags: ['area director', 'overtime'],
    situation: 'Duncan emailed asking why overtime is up twenty per cent.',
    lines:
      'The email had the overtime figure in bold and a line saying "lost mileage must not go above two per cent this period". It copied in finance and the regional director. Nothing about the council contract renewal, which is in six weeks.',
    assumptions: [
      ["My area director doesn't care how tired the drivers are as long as the buses go out.", 'h14a1'],
      ["If the contract goes, it'll be my name on it, not Duncan's.", 'h14a9'],
    ],
  },
  {
    date: '2027-03-26T22:10:00',
    set: 'L',
    title: 'Shift briefing',
    people: ['Malcolm', 'Lewis'],
    tags: ['union', 'rota', 'drivers'],
    situation: 'First of the shift briefings on the rota. Malcolm stood at the back.',
    lines: [
      ['Me: The split shifts go from nine to five.', 'That is a real improvement.'],
      ['Malcolm: Let us see it on paper first, eh, lads?', 'Laughter. He did that on purpose.'],
      ['Lewis: What about Sundays?', 'Nobody heard the rest of what I said.'],
    ],
    assumptions: [
      ['Malcolm undermines me in front of the drivers.', 'h14a7'],
      ['A strike over the rota is coming, whatever I offer.', 'h14a2'],
    ],
  },
  {
    date: '2027-03-29T18:45:00',
    set: 'D',
    title: 'Fleet report',
    people: ['Olwen'],
    tags: ['engineering', 'breakdowns'],
    situation: 'Monthly fleet report from Olwen.',
    lines:
      'The report had a new column, "driver-caused defects", filled in for nineteen of thirty-one defects. Olwen said it was for the insurers. Separately Craig had stopped me in the corridor that morning and said "thanks for the word with the panel".',
    assumptions: [
      ['The depot engineer blames the drivers whenever a bus comes back broken.', 'h14a4'],
      ["Craig understands I'm on his side.", 'h14a3-not'],
    ],
  },
  {
    date: '2027-03-31T20:05:00',
    set: 'L',
    title: 'Leave request',
    people: ['Lewis'],
    tags: ['drivers', 'leave'],
    situation: 'Lewis asked for a week off at short notice for a family funeral.',
    lines: [
      ['Lewis: I know it is short notice. I would rather ask you than go sick.', 'He came to me first.'],
      ['Me: Take it. I will find the cover.', 'Maybe they do believe what I tell them.'],
      ['Lewis: The lads say the rota thing is settled anyway.', 'Settled? Nobody told me.'],
    ],
    assumptions: [
      ['The drivers trust me to be straight with them.', 'h14a8-not'],
      ['Nobody in the union really wants a strike over this.', 'h14a2-not'],
      ['The council will cut the school contracts next year.', 'uh14a2'],
    ],
  },
  {
    date: '2027-04-05T19:20:00',
    set: 'L',
    title: 'Quarterly review',
    people: ['Duncan'],
    tags: ['area director', 'review'],
    situation: 'Quarterly review with Duncan.',
    lines: [
      ['Duncan: How are the drivers holding up with all the extra duties?', 'That was not what I expected.'],
      ['Me: Tired. Some of them are on their sixth day.', 'Tell him about the relief drivers.'],
      ['Duncan: Anything you need from me?', 'I said no.'],
    ],
    assumptions: [
      ['Duncan genuinely cares about how the drivers are coping.', 'h14a1-not'],
      ['Admitting I need help will make me look weak to head office.', 'h14a6'],
    ],
  },
  {
    date: '2027-04-07T21:30:00',
    set: 'D',
    title: 'Consultation pack',
    people: ['Imogen'],
    tags: ['council', 'subsidy'],
    situation: "The council's public consultation pack on bus services arrived.",
    lines:
      'Page four lists the village routes under "options for savings". Our punctuality figures are quoted with an asterisk: "operator-reported, not independently verified". Imogen\'s covering email was two lines long.',
    assumptions: [
      ['The village routes are the first thing the council will cut.', 'h14a5'],
      ['Nobody at the council believes a word of our punctuality returns.', 'h14a10'],
    ],
  },
  {
    date: '2027-04-09T18:15:00',
    set: 'L',
    title: 'Appeal hearing',
    people: ['Craig'],
    tags: ['discipline', 'final warning'],
    situation: 'Craig appealed against a further lateness record; Malcolm represented him.',
    lines: [
      ['Craig: She has had it in for me since January.', 'Said about me, to the panel, in front of me.'],
      ['Me: I have recommended support, not dismissal.', 'It is in the notes. He has not read them.'],
      ['Craig: Words.', 'I gave up at that point.'],
    ],
    assumptions: [['The driver on a final warning has decided I just want him out of the door.', 'h14a3']],
  },
  {
    date: '2027-04-12T22:00:00',
    set: 'D',
    title: 'Post in the drivers\u2019 group',
    people: ['Malcolm'],
    tags: ['union', 'drivers'],
    situation: 'Malcolm showed me a post from the drivers\u2019 group chat quoting something I had said.',
    lines:
      'The post quoted me telling two drivers that "the union always promises more than it can deliver". I did say it. Malcolm said "that is not helpful". Earlier that day he told the fitters that Olwen\'s rota "was never agreed with us".',
    assumptions: [
      ["I've been quietly undermining Malcolm with the drivers.", 'h14a7-rev'],
      ['Malcolm undermines Olwen with the fitters.', 'uh14a4'],
    ],
  },
  {
    date: '2027-04-14T20:40:00',
    set: 'L',
    title: 'After the council letter',
    people: ['Duncan', 'Imogen'],
    tags: ['area director', 'council contract'],
    situation:
      "The council's letter said the contract would go out to tender. Duncan called me; Imogen joined later.",
    lines: [
      ['Duncan: I need a paper from you on what went wrong.', 'From me. Not from us.'],
      ['Imogen: It is a budget decision, not a performance one.', 'Then why tender it at all?'],
      ['Me: I will draft something.', 'I will draft my own resignation letter, it feels like.'],
    ],
    assumptions: [
      ['My area director will let the blame for losing the contract land on me.', 'h14a9'],
      ['The council has already made up its mind to cut the village services.', 'h14a5'],
    ],
  },
  {
    date: '2027-04-19T19:35:00',
    set: 'D',
    title: 'Breakdown meeting',
    people: ['Olwen', 'Lewis'],
    tags: ['engineering', 'drivers'],
    situation: 'Joint meeting on breakdowns with Olwen and two drivers including Lewis.',
    lines:
      'Olwen showed clutch wear photos and said "this is driving style". Lewis said the buses are twelve years old. Nobody asked what I thought. When I suggested a joint inspection Lewis said "we have heard that before".',
    assumptions: [
      ["Olwen blames the drivers for the buses she can't keep on the road.", 'h14a4'],
      ['The drivers never give me the benefit of the doubt.', 'h14a8'],
    ],
  },
  {
    date: '2027-04-22T21:15:00',
    set: 'L',
    title: 'Tender plan',
    people: ['Duncan'],
    tags: ['area director', 'council contract'],
    situation: 'Duncan came down to plan the tender bid with me.',
    lines: [
      ['Duncan: I told the regional director this is not on you.', 'I did not expect that.'],
      ['Duncan: Now, the cost per mile needs to drop by eight pence.', 'And back to the numbers.'],
      ['Me: That means fewer spare drivers.', 'He wrote it down and moved on.'],
    ],
    assumptions: [
      ['Duncan will stand by me if the council pulls the contract.', 'h14a9-not'],
      ['Duncan sees the drivers as numbers on a rota.', 'h14a1'],
    ],
  },
  // ---------------------------------------------------------------- freelance translator and interpreter
  {
    date: '2027-02-24T21:40:00',
    set: 'L',
    title: 'Rate cut',
    people: ['Zofia'],
    tags: ['agency', 'rates'],
    situation: 'Zofia rang to say the agency is moving all translators to a lower rate per word from April.',
    lines: [
      ['Zofia: It is across the board, nothing personal.', 'Across the board. That is the point.'],
      ['Me: I have done your legal work for four years.', 'Say you will not accept it. Say it.'],
      ['Zofia: I know, and we do appreciate it.', 'I said I would think about it.'],
    ],
    assumptions: [
      ["To the agencies I'm just a name on a list; any translator would do.", 'h14b1'],
      ["If I push back on the rate, Zofia's agency will stop sending me work.", 'h14b4'],
    ],
  },
  {
    date: '2027-02-26T22:05:00',
    set: 'D',
    title: 'Dinner',
    people: ['Idris'],
    tags: ['home', 'rates'],
    situation: 'Told Idris about the rate cut over dinner.',
    lines:
      'Idris put his fork down and said "and you said yes?". He worked out my hourly rate on the back of an envelope: fourteen pounds after tax and unpaid revision time. He said "your plumber charges more".',
    assumptions: [['Idris thinks I sell myself short.', 'h14b2']],
  },
  {
    date: '2027-02-28T19:15:00',
    set: 'L',
    title: 'Invoice query',
    people: ['Mr Rourke'],
    tags: ['client', 'invoices'],
    situation: 'Mr Rourke called about my January invoice for the contract translation.',
    lines: [
      ['Mr Rourke: I was quoted by the page, not by the word.', 'I have the quote. It says by the word.'],
      ['Mr Rourke: I will need to see a breakdown.', 'Second month running.'],
      ['Me: I will send it today.', 'And he will find something else.'],
    ],
    assumptions: [['Mr Rourke queries every invoice so he can put off paying it.', 'h14b3']],
  },
  {
    date: '2027-03-02T20:30:00',
    set: 'D',
    title: 'Magistrates, morning list',
    people: ['Mr Pemberton'],
    tags: ['court', 'interpreting'],
    situation: 'Interpreting for a defendant in the morning list.',
    lines:
      'Mr Pemberton said "interpreter case, we will put it last". My case was called at 12:50. When I asked the solicitor to repeat a term he sighed. The prosecutor and the defence solicitor chatted about a case they had both read at law school.',
    assumptions: [
      ['The court clerk sees interpreters as something that slows his list down.', 'h14b6'],
      ['Everyone in that courtroom has a law degree except me, and they can tell.', 'h14b9'],
    ],
  },
  {
    date: '2027-03-04T21:55:00',
    set: 'L',
    title: 'Swapping bookings',
    people: ['Anouk'],
    tags: ['colleague', 'bookings'],
    situation: 'Anouk asked me to take her Friday booking, a two-day tribunal in another city.',
    lines: [
      ['Anouk: You would be doing me a huge favour.', 'Again.'],
      ['Anouk: And you can have the hospital one next month.', 'Which she would never take herself.'],
      ['Me: Fine, send me the details.', 'I did not ask what she is doing instead.'],
    ],
    assumptions: [
      ["Anouk hands me the jobs she doesn't want.", 'h14b5'],
      ["If I turn this one down, she won't offer me the next.", 'h14b10'],
    ],
  },
  {
    date: '2027-03-07T19:40:00',
    set: 'D',
    title: 'Email from the firm',
    people: ['Ms Faraday'],
    tags: ['law firm', 'procurement'],
    situation: 'Email from Ms Faraday about "reviewing our language service arrangements".',
    lines:
      'The email went to me and to two large agencies. It asked for "rates for high-volume document work". It was signed by Ms Faraday\'s assistant, not by her. My last three invoices to the firm were paid within a week.',
    assumptions: [['The firm is getting ready to replace me with a cheaper agency.', 'h14b7']],
  },
  {
    date: '2027-03-09T22:15:00',
    set: 'L',
    title: 'Complaint from the end client',
    people: ['Rhys'],
    tags: ['agency', 'quality'],
    situation:
      'Rhys rang about a complaint on a manual I translated; the client had changed the source text mid-job.',
    lines: [
      [
        'Rhys: The client is not happy with the terminology.',
        'Their terminology. Which arrived after I had finished.',
      ],
      ['Rhys: I have told them we will look at your part.', 'My part. His glossary.'],
      [
        'Me: Can I also have the urgent one tonight? No, I cannot, sorry.',
        'I said no. That is the last job from him.',
      ],
    ],
    assumptions: [
      ['Rhys blames me whenever his client complains.', 'h14b8'],
      ["Turning down a rush job means Rhys won't call me again.", 'h14b10'],
    ],
  },
  {
    date: '2027-03-11T20:50:00',
    set: 'D',
    title: 'Going through the accounts',
    people: ['Idris'],
    tags: ['home', 'invoices', 'rates'],
    situation: 'Idris helped me with the quarterly accounts.',
    lines:
      'Idris highlighted every invoice under fifty pounds. He said "you are far too cheap" twice. Mr Rourke\'s invoice was still unpaid at day forty-five. I told him the agencies can always find someone cheaper.',
    assumptions: [
      ["My partner thinks I'm far too cheap.", 'h14b2'],
      ['Ask for more and the agencies will simply find someone cheaper.', 'h14b4'],
      ["The invoice disputes are just Mr Rourke's way of not paying.", 'h14b3'],
    ],
  },
  {
    date: '2027-03-14T18:30:00',
    set: 'L',
    title: 'Crown court, second day',
    people: ['Mr Pemberton'],
    tags: ['court', 'interpreting'],
    situation:
      'Second day of a trial. The barrister asked for a long adjournment and I asked for a short break.',
    lines: [
      ['Mr Pemberton: Another break, interpreter?', 'Ten minutes in three hours.'],
      ['Mr Pemberton: We are already behind, thanks to counsel.', 'He rolled his eyes at the barrister too.'],
      ['Me: Five minutes will do.', 'I took three.'],
    ],
    assumptions: [
      ["Mr Pemberton thinks I'm holding up his court.", 'h14b6'],
      ["Mr Pemberton thinks the barrister is wasting the court's time.", 'uh14b2'],
    ],
  },
  {
    date: '2027-03-16T21:20:00',
    set: 'D',
    title: 'Revision notes',
    people: ['Zofia'],
    tags: ['agency', 'quality'],
    situation: 'Zofia sent back revision notes on the pharmaceutical job.',
    lines:
      'Two comments in forty pages, both preferential. Zofia\'s email said "as usual, almost nothing to change" and asked if I could mentor a new translator on their legal team.',
    assumptions: [['Zofia rates my work above the rest of her translators.', 'h14b1-not']],
  },
  {
    date: '2027-03-18T19:05:00',
    set: 'L',
    title: 'Second dispute',
    people: ['Mr Rourke', 'Idris'],
    tags: ['client', 'invoices', 'home'],
    situation: 'Mr Rourke disputed the February invoice; Idris heard the call.',
    lines: [
      ['Mr Rourke: I will pay for the pages we actually used.', 'He used all of them.'],
      ['Me: The quote was for the whole document.', 'I should send it to the small claims court.'],
      [
        'Idris (after the call): Add a late fee. And double your rate for him.',
        'He thinks I charge everyone too little.',
      ],
    ],
    assumptions: [
      ['Mr Rourke never intended to pay the full amount.', 'h14b3'],
      ['Idris believes my rates are too low.', 'h14b2'],
    ],
  },
  {
    date: '2027-03-21T22:30:00',
    set: 'D',
    title: 'Interpreters\u2019 day',
    people: ['Anouk'],
    tags: ['colleague', 'bookings', 'rates'],
    situation: 'Regional interpreters\u2019 training day with Anouk.',
    lines:
      'Anouk mentioned she had the two-week arbitration in Geneva in May. She has offered me three hospital appointments and a police station night. Someone told me Anouk quoted forty per cent under the going rate to get the Geneva job.',
    assumptions: [
      ['Anouk keeps the good bookings for herself and passes on the rest.', 'h14b5'],
      ['Anouk undercharges and drags the rates down for everyone.', 'uh14b3'],
    ],
  },
  {
    date: '2027-03-23T20:10:00',
    set: 'L',
    title: 'Call with Ms Faraday',
    people: ['Ms Faraday'],
    tags: ['law firm', 'procurement'],
    situation: 'Ms Faraday called about the procurement email.',
    lines: [
      [
        'Ms Faraday: The review is for the bulk disclosure work, not your work.',
        'Not my work. I should be relieved.',
      ],
      ['Ms Faraday: We want you on the arbitration next year.', 'Arbitration. In front of those barristers.'],
      ['Me: Thank you, I would like that.', 'I am not sure I can do it.'],
    ],
    assumptions: [
      ['The firm means to keep me as its interpreter for the long run.', 'h14b7-not'],
      ["I'm not qualified enough to do their legal work.", 'h14b9'],
    ],
  },
  {
    date: '2027-03-25T18:50:00',
    set: 'D',
    title: 'Glossary errors',
    people: ['Rhys'],
    tags: ['agency', 'quality'],
    situation: 'Rhys forwarded the end client\u2019s marked-up file.',
    lines:
      'The file had eleven terms marked. Nine were glossary terms sent after delivery. Rhys\'s email said "the proofreader should have caught the glossary ones" and "can you rework your sections by Monday, unpaid". It was copied to the end client.',
    assumptions: [
      ['Rhys blames the proofreader for the glossary mistakes.', 'uh14b1'],
      ['Rhys makes me the scapegoat when the end client is unhappy.', 'h14b8'],
    ],
  },
  {
    date: '2027-03-28T21:35:00',
    set: 'L',
    title: 'New project manager',
    people: ['Zofia'],
    tags: ['agency', 'bookings'],
    situation: "Zofia's agency hired a new project manager; Zofia introduced us on a call.",
    lines: [
      ['Zofia: Laila will handle the legal queue now.', 'She will not know who I am.'],
      ['Zofia: Can you take the merger bundle this weekend?', 'My first weekend off in a month.'],
      ['Me: Yes, of course.', 'If I refuse once, the queue will go to somebody else for good.'],
    ],
    assumptions: [
      ['Nobody at the agencies would notice if a different translator did my jobs.', 'h14b1'],
      ['If I say no to Zofia even once, the work will dry up.', 'h14b10'],
    ],
  },
  {
    date: '2027-03-30T19:45:00',
    set: 'D',
    title: 'Payment arrives',
    people: ['Mr Rourke'],
    tags: ['client', 'invoices'],
    situation: 'Mr Rourke emailed after I sent the signed quote.',
    lines:
      'Mr Rourke wrote "apologies, our finance team had the wrong quote; January paid today, February to follow once they have checked the page count". January was paid that afternoon. The same day Anouk sent me a list of four bookings "nobody wants".',
    assumptions: [
      ['Mr Rourke will pay the full invoice once the query is cleared up.', 'h14b3-not'],
      ['Anouk only sends my way the work she would rather not do herself.', 'h14b5'],
    ],
  },
  {
    date: '2027-04-02T22:00:00',
    set: 'L',
    title: 'Talking rates with Idris',
    people: ['Idris'],
    tags: ['home', 'rates'],
    situation:
      'Told Idris I had raised my rate for new agencies by fifteen per cent and two accepted straight away.',
    lines: [
      ['Idris: See? That is about where you should be.', 'About where. So he thinks this is enough.'],
      ['Me: Two said yes without a question.', 'They would have paid more.'],
      ['Idris: Then the old ones will too.', 'Maybe.'],
    ],
    assumptions: [
      ['Idris thinks what I charge now is about right.', 'h14b2-not'],
      ['The agencies would pay higher rates rather than lose me.', 'h14b4-not'],
    ],
  },
  {
    date: '2027-04-06T20:25:00',
    set: 'D',
    title: 'Shared booking at court',
    people: ['Anouk', 'Mr Pemberton'],
    tags: ['court', 'colleague', 'bookings'],
    situation:
      'Anouk and I split a three-day trial; I took the easy first day and left her the cross-examinations.',
    lines:
      'I offered Anouk days two and three "because you are better at speed". Mr Pemberton met her at the door and said "let us hope we start on time today". On day one the hearing started forty minutes late while we waited for a prison van.',
    assumptions: [
      ["I pass Anouk the jobs I don't want.", 'h14b5-rev'],
      ['The clerk treats the interpreters as the reason his hearings never start on time.', 'h14b6'],
    ],
  },
  {
    date: '2027-04-08T19:00:00',
    set: 'L',
    title: 'Tender shortlist',
    people: ['Ms Faraday'],
    tags: ['law firm', 'procurement'],
    situation: 'Ms Faraday told me the firm had shortlisted a national agency for all its language work.',
    lines: [
      ['Ms Faraday: They can offer one invoice for everything.', 'And one price. Lower than mine.'],
      ['Ms Faraday: Anouk\u2019s complaint file did not help her either.', 'So Anouk is out.'],
      ['Me: I understand.', 'I did not ask whether I am out too.'],
    ],
    assumptions: [
      ["Ms Faraday will move the firm's work to a bigger, cheaper agency.", 'h14b7'],
      ['The firm will drop Anouk after the complaint.', 'uh14b4'],
    ],
  },
  {
    date: '2027-04-11T21:10:00',
    set: 'D',
    title: 'Another complaint, another call',
    people: ['Rhys'],
    tags: ['agency', 'quality', 'bookings'],
    situation: 'Rhys rang about a second complaint and offered a rush job I declined.',
    lines:
      'I told Rhys the complaint was his glossary again and that he should tell the client so. He said "noted". I said no to the rush job. He has not sent anything since.',
    assumptions: [
      ['I blame Rhys whenever the end client complains.', 'h14b8-rev'],
      ['Every job I decline is one fewer call from that agency.', 'h14b10'],
    ],
  },
  {
    date: '2027-04-15T18:40:00',
    set: 'L',
    title: 'Interpreting a sentencing',
    people: ['Mr Pemberton'],
    tags: ['court', 'interpreting'],
    situation: 'Interpreted a sentencing hearing; the judge thanked me on the record.',
    lines: [
      ['Mr Pemberton: The judge asked for you by name for the next one.', 'By name.'],
      ['Me: I would be glad to.', 'I know this work as well as anyone in that room.'],
      ['Mr Pemberton: Your rate is the standard one?', 'I said yes. I should have quoted the new one.'],
    ],
    assumptions: [
      ["I'm as qualified as anyone in that courtroom to interpret.", 'h14b9-not'],
      ['Asking for a proper rate will only get me dropped.', 'h14b4'],
    ],
  },
  {
    date: '2027-04-18T20:55:00',
    set: 'D',
    title: 'Agency round-up',
    people: ['Zofia', 'Rhys'],
    tags: ['agency', 'quality'],
    situation: 'A week of emails from both agencies.',
    lines:
      'Zofia\'s agency sent a form email "to all our linguists" about the new rate. Rhys forwarded a client comment with the line "see the attached feedback on your section". No one from either agency has called me in two weeks.',
    assumptions: [
      ['The agencies treat me as interchangeable.', 'h14b1'],
      ['Rhys always puts the client\u2019s complaints down to my translation.', 'h14b8'],
    ],
  },
  {
    date: '2027-04-23T21:25:00',
    set: 'L',
    title: 'The arbitration offer',
    people: ['Idris', 'Ms Faraday'],
    tags: ['law firm', 'home'],
    situation:
      'Ms Faraday confirmed the arbitration booking but asked for a discount; I talked it over with Idris.',
    lines: [
      [
        'Ms Faraday: The agency has offered ten per cent under your rate.',
        'So the moment someone is cheaper, I am gone.',
      ],
      ['Idris: Do not match it.', 'Easy for him to say.'],
      [
        'Me: I am not a lawyer. Maybe the agency would be the safer choice.',
        'I said that out loud to Idris.',
      ],
    ],
    assumptions: [
      ['The firm will drop me the moment somebody quotes less.', 'h14b7'],
      ["Without legal training I'm out of my depth on this contract.", 'h14b9'],
    ],
  },
];
