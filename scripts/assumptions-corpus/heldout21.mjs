// Held-out split `heldout21`, written BLIND in session 12 (2026-11-25) for a later round to score once.
//
// Keeper a (`h21a`): the herd manager on Penhallow, a family-run dairy farm in Cornwall (British spelling). His
// people: Dennis Pascoe (the owner: "the boss", "the old man", "Dennis"), Tamsin Pascoe (Dennis's daughter, who is
// taking over: "the boss's daughter", "the daughter"), Kuba (the relief milker), Priya Nair (the vet), Gareth Lowe
// (the milk buyer's field rep: "the dairy", "the buyer"), Shaun Treloar (the silage and slurry contractor); groups:
// the family (the Pascoes), the milking team (the lads, the parlour staff).
// Keeper b (`h21b`): the studio manager and senior engineer at Foundry Lane, an independent recording studio in
// Bristol (British spelling). People: Howard Kemp (the owner: "my boss", "the owner"), Nell (the junior assistant
// engineer: "my assistant"), Jonah (the singer of Salt Marsh Radio, a demanding band: "the singer", "the frontman"),
// Saskia Brandt (the band's manager), Dev Malhotra (the label's A&R man: "the A&R man", "the label"), Rosa Quintero
// (a session drummer); groups: the band, the label.
//
// Traps: 24 recurring paraphrase groups (12 per keeper) worded with little overlap (idioms such as "breathing down my
// neck", "my days here are numbered", "an outsider at their kitchen table", "sanding the life out of", "walk all
// over me", "cash out"; roles instead of names; pronouns; passives; hedges: "I suspect", "part of me thinks", "I
// reckon"; "nobody" and "distrusts" on the paraphrase side); 14 opposite groups (`-not`) by antonym without a shared
// word ("doesn't trust" / "has complete faith", "cuts corners" / "scrupulous"), by negation inside words
// ("replaceable" / "irreplaceable", "unfair" / "fair"), by nobody/never ("Nobody in the family thinks of me as just
// the hired hand", "Howard will never sell"), how others see me reversed (Saskia: pandering / too hard on the band),
// future events going opposite ways (Tamsin will replace me / will keep me on; the label will drop / sign the
// band; the dairy will end / keep our contract), contrasts reversed ("cares about the big estates, not small farms"
// / "looks after little farms before the big estates"; "cares about the bookings, not the quality" / "puts the
// quality before the bookings"); 6 direction traps (`-rev`): Tamsin makes me look small in front of the milking team
// / I make Tamsin look small; Dennis doesn't trust Tamsin's decisions / Tamsin doesn't trust her father's; I cover for
// Kuba's mistakes / Kuba covers mine (active and passive); Dev goes over my head / I go over Dev's head; Saskia
// freezes me out / I freeze Saskia out (active and passive); Jonah blames Rosa for the timing / Rosa blames Jonah.
// 20 singletons: near-misses with another person or object (the vet blaming Dennis for the mastitis, Tamsin making
// Kuba look small, Dennis distrusting Shaun, the dairy dropping the neighbours' herd, Jonah blaming Nell, Howard
// seeing Nell as replaceable, Dev going over Saskia's head, the label dropping Rosa), one-off beliefs, and
// self-beliefs with no person ("I can't bear being seen to need help", "I'm bad at letting go of a session").
// Pronouns refer to the one person of that gender in the entry's people; entries naming two men or two women use
// names or roles in their statements.
//
// Written blind: the writer read only the "Your workspace" part of TEAM.md, scripts/assumptions-corpus/build.mjs,
// lines 1-120 of scripts/assumptions-corpus/heldout18.mjs (header, groups and its first two entries, for the
// format), lines 1-13 of tests/fixtures/assumptions-corpus/README.md, tests/fixtures/assumptions-corpus/blind.json
// and /work/shared/PROMPTS.md. Not read: the engine (src/), its tests, the trap-probe fixtures, docs/, the repo
// README, bench/, any other split's source or generated entries or labels. The engine, the CLI and the eval scripts
// were never run on this split.

export const groups = {
  h21a1: ['paraphrase', "Dennis doesn't trust me to run the herd"],
  'h21a1-not': ['opposite', 'Dennis trusts me to run the herd'],
  h21a2: ['paraphrase', 'Tamsin will get rid of me when she takes over the farm'],
  'h21a2-not': ['opposite', 'Tamsin will keep me on when she takes over the farm'],
  h21a3: ['paraphrase', 'The family will always see me as hired help, not one of them'],
  'h21a3-not': ['opposite', 'The family see me as one of them'],
  h21a4: ['paraphrase', 'Kuba cuts corners in the parlour when nobody is watching'],
  'h21a4-not': ['opposite', 'Kuba is careful in the parlour even when nobody is watching'],
  h21a5: ['paraphrase', 'The vet blames me for the lameness in the herd'],
  h21a6: ['paraphrase', 'Tamsin makes me look small in front of the milking team'],
  'h21a6-rev': ['direction', 'I make Tamsin look small in front of the milking team'],
  h21a7: ['paraphrase', "Dennis doesn't trust Tamsin's decisions about the farm"],
  'h21a7-rev': ['direction', "Tamsin doesn't trust Dennis's decisions about the farm"],
  h21a8: ['paraphrase', 'The milk buyer is looking for an excuse to drop our contract'],
  'h21a8-not': ['opposite', 'The milk buyer wants to keep our contract'],
  h21a9: ['paraphrase', "I cover for Kuba's mistakes"],
  'h21a9-rev': ['direction', 'Kuba covers for my mistakes'],
  h21a10: ['paraphrase', 'Shaun cares about the big estates, not small farms like ours'],
  'h21a10-not': ['opposite', 'Shaun puts small farms like ours before the big estates'],
  h21a11: ['paraphrase', "I'm a good stockman but a poor manager"],
  h21a12: ['paraphrase', 'Nobody notices the hours I put in'],
  'h21a12-not': ['opposite', 'The family see how hard I work'],

  h21b1: ['paraphrase', 'Howard sees me as replaceable'],
  'h21b1-not': ['opposite', 'Howard sees me as irreplaceable'],
  h21b2: ['paraphrase', "Jonah thinks I'm ruining the band's sound"],
  h21b3: ['paraphrase', "Saskia thinks I'm pandering to the band"],
  'h21b3-not': ['opposite', "Saskia thinks I'm too hard on the band"],
  h21b4: ['paraphrase', 'Nell is afraid to admit her mistakes to me'],
  'h21b4-not': ['opposite', 'Nell feels safe bringing her mistakes to me'],
  h21b5: ['paraphrase', 'Dev goes over my head'],
  'h21b5-rev': ['direction', "I go over Dev's head"],
  h21b6: ['paraphrase', 'Saskia is freezing me out'],
  'h21b6-rev': ['direction', "I'm freezing Saskia out"],
  h21b7: ['paraphrase', 'Jonah blames Rosa for the timing problems'],
  'h21b7-rev': ['direction', 'Rosa blames Jonah for the timing problems'],
  h21b8: ['paraphrase', 'Howard cares about the bookings, not the quality of the work'],
  'h21b8-not': ['opposite', 'Howard puts the quality of the work before the bookings'],
  h21b9: ['paraphrase', 'The label will drop the band after this album'],
  'h21b9-not': ['opposite', 'The label will keep the band on for more albums'],
  h21b10: ['paraphrase', 'Howard is going to sell the studio'],
  'h21b10-not': ['opposite', 'Howard will never sell the studio'],
  h21b11: ['paraphrase', "I'm losing my touch as an engineer"],
  h21b12: ['paraphrase', 'Howard pays me unfairly for the work I do'],
  'h21b12-not': ['opposite', 'Howard pays me fairly for the work I do'],
};

export const entries = [
  // ---------------------------------------------------------------- keeper a: herd manager, dairy farm
  {
    date: '2028-04-22T19:10:00.000Z',
    set: 'L',
    title: 'The dry-cow list',
    people: ['Dennis'],
    tags: ['herd', 'boss', 'drying off'],
    situation:
      "I'd drawn up the list of cows to dry off this month and pinned it in the dairy. Dennis took it down, went through it with a pencil at the kitchen table and moved four cows back a fortnight without asking me.",
    lines: [
      [
        "I put 412 and 389 on because their yields have dropped right off and they're due in early June.",
        "It's on the sheet. He can read a yield as well as I can.",
      ],
      [
        "Dennis: I've known that 389 since she was a calf. She'll milk another fortnight.",
        "Knowing her since she was a calf isn't a reason, it's a feeling.",
      ],
      ['Right. I can leave her on if you want.', 'Eight years I have been running this herd.'],
      [
        'Dennis: And put the list through me next time, before it goes on the wall.',
        'Next time, and the time after that.',
      ],
    ],
    assumptions: [
      ['Dennis distrusts the calls I make about the herd.', 'h21a1'],
      ["I'm a decent stockman but a poor manager.", 'h21a11'],
    ],
  },
  {
    date: '2028-04-26T05:55:00.000Z',
    set: 'D',
    title: 'Pre-dip bucket still full',
    people: ['Kuba'],
    tags: ['parlour', 'relief milker', 'hygiene'],
    situation: 'I came back on Monday after a weekend off. Kuba had done both milkings on Sunday on his own.',
    lines: [
      'The pre-dip bucket was still nearly full on Monday morning; I had filled it on Friday night.',
      'The teat-wipe bin was empty apart from a few from Saturday morning.',
      'Two cows had clots in the strip cup on Monday that nobody had written on the board.',
      'Kuba said the Sunday evening milking finished at 17:40, forty minutes earlier than I usually finish.',
      'He mentioned a mate of his is milking 900 cows on a rotary near Launceston.',
    ],
    assumptions: [
      ["Kuba skips the pre-dip when nobody's watching him.", 'h21a4'],
      ["I'm forever cleaning up after the relief milker.", 'h21a9'],
      ['The relief milker will leave for a bigger unit by Christmas.', 'uh21a4'],
    ],
  },
  {
    date: '2028-04-30T14:20:00.000Z',
    set: 'L',
    title: 'Locomotion scores with Priya',
    people: ['Priya Nair'],
    tags: ['vet', 'lameness', 'herd health'],
    situation:
      'The routine vet visit. Priya mobility-scored the milking herd and went through the numbers with me in the office. Twenty-two cows scored 2 or 3.',
    lines: [
      [
        "Priya: That's up from fourteen in January. What's changed on your side?",
        'On my side. As if there were a side that was mine and one that was hers.',
      ],
      [
        "The track to the top fields is worn, and the trimmer's been booked up.",
        "I've been saying about that track since last summer.",
      ],
      [
        'Priya: The cubicle beds look thin in the back shed as well.',
        "They look thin because I'm bedding them at ten at night on my own.",
      ],
      ["I'll get more sawdust down this week.", 'And who will see me doing it? Nobody.'],
    ],
    assumptions: [
      ['Priya thinks the lameness is down to my management.', 'h21a5'],
      ['Nobody notices the extra hours I put in.', 'h21a12'],
    ],
  },
  {
    date: '2028-05-04T20:35:00.000Z',
    set: 'L',
    title: 'The robot brochure',
    people: ['Tamsin', 'Dennis'],
    tags: ['succession', 'robots', 'family'],
    situation:
      'Tamsin left a brochure for robotic milkers on the office desk with pages folded down. When I asked her about it in front of Dennis, he changed the subject to the slurry store.',
    lines: [
      ['Are we looking at robots, then?', "If the robots come in, what's a herd manager for?"],
      [
        "Tamsin: Just looking. Dad won't hear of it anyway.",
        'Just looking, with the pages folded down at the price list.',
      ],
      [
        'Dennis: The slurry store needs emptying before Shaun comes.',
        "He won't even let her talk about it in front of me.",
      ],
      ["I'll ring Shaun in the morning.", "I'm fifty-four. I'm not learning a touchscreen."],
    ],
    assumptions: [
      ['Tamsin will replace me once the farm is hers.', 'h21a2'],
      ["Dennis won't let Tamsin make a real decision about the farm.", 'h21a7'],
      ["I'm too old to learn the robot system.", 'uh21a6'],
    ],
  },
  {
    date: '2028-05-09T18:00:00.000Z',
    set: 'D',
    title: 'Sunday lunch',
    people: ['Dennis', 'Tamsin'],
    tags: ['family', 'belonging'],
    situation:
      "It was Dennis's seventieth birthday on Sunday. I did the morning milking and the afternoon feed.",
    lines: [
      "The family had lunch at the farmhouse from one o'clock; I saw cars from the yard.",
      'Nobody asked me in; Tamsin brought a plate of cake out to the dairy at half three.',
      'Dennis thanked the family for "keeping the place going" in his speech, which Tamsin told me about afterwards.',
      "I'd been up since 04:15 and finished at 18:40.",
    ],
    assumptions: [
      ["To the Pascoes I'll always be the hired help, however long I stay.", 'h21a3'],
      ["My four o'clock starts go unseen by the family.", 'h21a12'],
    ],
  },
  {
    date: '2028-05-13T11:30:00.000Z',
    set: 'L',
    title: 'The butterfat deduction',
    people: ['Gareth Lowe'],
    tags: ['milk buyer', 'contract', 'milk quality'],
    situation:
      "Gareth from the dairy came out to talk about our April butterfat, which was under the contract's band, and a deduction on the milk cheque.",
    lines: [
      [
        "Gareth: It's the second month running. Head office notice these things.",
        'Head office. That sounds like a threat.',
      ],
      ["It's the spring grass. It always dips when they go out.", 'Any farmer would know that.'],
      [
        "Gareth: Other suppliers manage to hold it. I'll need a plan from you in writing.",
        'A plan in writing is what you ask for when you want a paper trail.',
      ],
      ["I'll put something together with Dennis.", 'He has never had his boots dirty on a farm.'],
    ],
    assumptions: [
      ['The dairy is looking for a reason to end our contract.', 'h21a8'],
      ["Gareth doesn't know one end of a cow from the other.", 'uh21a10'],
    ],
  },
  {
    date: '2028-05-17T21:15:00.000Z',
    set: 'L',
    title: 'First cut put off again',
    people: ['Shaun Treloar', 'Dennis'],
    tags: ['contractor', 'silage'],
    situation:
      'The grass was ready for first cut and the forecast was good for three days. Shaun rang in the evening to say his team would not be with us until next week.',
    lines: [
      [
        "Shaun: We're tied up at Trerice Estate till Thursday, then it's the Bolithos.",
        'Trerice again. Six hundred acres and a land agent who pays on the day.',
      ],
      [
        "It'll be past its best by next week. The quality will drop.",
        "We'll be feeding stalky silage all winter because we're small.",
      ],
      ["Shaun: I'll do what I can, boy.", 'That means nothing.'],
      [
        'Dennis (later): I told you we should have got someone else. He never does the clamp right anyway.',
        'Dennis has never rated anything Shaun does.',
      ],
    ],
    assumptions: [
      ['Shaun cares about the big estates, not small family farms like ours.', 'h21a10'],
      ["Dennis doesn't trust Shaun to do the silage right.", 'uh21a3'],
    ],
  },
  {
    date: '2028-05-21T07:05:00.000Z',
    set: 'L',
    title: 'Tamsin and the cluster change',
    people: ['Tamsin', 'Kuba'],
    tags: ['parlour', 'milking team', 'succession'],
    situation:
      'Tamsin came into the parlour during morning milking and told Kuba and me to change how we take the clusters off, in front of the two students who are helping this spring.',
    lines: [
      [
        "Tamsin: We're over-milking. Take them off at a lower flow, I've read the research.",
        'I set those take-off settings myself. With the engineer.',
      ],
      ['We can talk about that after milking.', 'Not with the students standing here taking it in.'],
      [
        "Tamsin: Kuba, you're too slow on the left side as well. Watch what you're doing.",
        "And now it's his turn. He went red right up to his ears.",
      ],
      ['Kuba: OK.', "He won't look at either of us for the rest of the milking."],
    ],
    assumptions: [
      ['She overrules me on purpose where the parlour staff can hear.', 'h21a6'],
      ['Tamsin makes Kuba look small in front of the milking team.', 'uh21a2'],
    ],
  },
  {
    date: '2028-05-26T16:45:00.000Z',
    set: 'D',
    title: 'The teat-end and the board',
    people: ['Kuba', 'Dennis'],
    tags: ['parlour', 'mastitis', 'relief milker', 'boss'],
    situation: 'A fresh heifer came in with a swollen quarter two days after Kuba had milked her on his own.',
    lines: [
      "Kuba hadn't written the heifer's high strip-cup result on the board on Tuesday.",
      'I treated her on Wednesday morning, marked her on the board myself and dumped her milk.',
      'I did not tell Dennis that the problem had been missed on Tuesday.',
      'Dennis came into the dairy at lunchtime, read the board and asked me why she had been treated and with what.',
      'He checked the treatment book against the board, line by line, while I stood there.',
      'Kuba had finished the milking twenty-five minutes faster than I do, again.',
    ],
    assumptions: [
      ["Kuba's slip-ups get quietly fixed by me before Dennis hears of them.", 'h21a9'],
      ["The boss still checks every decision I make with the cows in case I've got it wrong.", 'h21a1'],
      ['Kuba only does the minimum in the parlour when left to his own devices.', 'h21a4'],
    ],
  },
  {
    date: '2028-05-31T13:00:00.000Z',
    set: 'L',
    title: 'Mastitis and the cell count',
    people: ['Priya Nair', 'Dennis'],
    tags: ['vet', 'mastitis', 'cell count', 'milk buyer'],
    situation:
      'The bulk cell count went over 250,000. Priya came to go through the mastitis records with Dennis and me.',
    lines: [
      [
        'Priya: The dry-cow tubes were changed in February. Who made that call?',
        'Dennis did, to save money. She knows that.',
      ],
      ['Dennis: That was a joint decision.', 'It was not. I argued against it.'],
      [
        "Priya: And the lame ones are lying in the dirty passage, which won't help. Their feet need sorting.",
        'Back to the feet. It always comes back to the feet, and the feet are always mine.',
      ],
      ["I'll speak to the trimmer again.", 'And if the count stays up, Tamar Valley will have their excuse.'],
    ],
    assumptions: [
      ['Priya thinks Dennis is to blame for the mastitis.', 'uh21a1'],
      ['The vet holds me responsible for the lame cows.', 'h21a5'],
      ['I suspect the milk buyer would be glad of an excuse to stop collecting from us.', 'h21a8'],
    ],
  },
  {
    date: '2028-06-05T19:25:00.000Z',
    set: 'L',
    title: 'Tamsin in the collecting yard',
    people: ['Tamsin'],
    tags: ['succession', 'milking team'],
    situation:
      'Tamsin told the lads in the collecting yard that from next month the cows would be moved up a different way, before she had said anything to me.',
    lines: [
      [
        'Tamsin: I was going to tell you, I just saw the lads first.',
        'The lads heard it before the herd manager did.',
      ],
      ["Fine. We'll need to move the electric fence for that.", 'Fine is what I say when it is not fine.'],
      [
        "Tamsin: Dad thinks it's a good idea too. And I'd like to bring Jake from college in for the summer.",
        'Twenty-three years old and trained on robots.',
      ],
      ['Good. We could do with the help.', "She's getting him ready for my job."],
    ],
    assumptions: [
      ['Tamsin undercuts me in front of the lads.', 'h21a6'],
      ["I reckon she's already got someone younger lined up for my job for when her dad retires.", 'h21a2'],
    ],
  },
  {
    date: '2028-06-10T10:40:00.000Z',
    set: 'D',
    title: 'Gareth turns up unannounced',
    people: ['Gareth Lowe'],
    tags: ['milk buyer', 'contract', 'audit'],
    situation: 'Gareth arrived at nine without ringing, to "have a quick look round".',
    lines: [
      'He photographed the slurry lagoon, the calf hutches and the crack in the dairy wall.',
      'He asked to see the medicine book and the last three months of cell counts.',
      'He wrote in a notebook and did not show me what he wrote.',
      'He said the dairy is "reviewing its supply base" ahead of the new contract terms in October.',
      "He left at 10:15 and said he'd be in touch.",
    ],
    assumptions: [["Gareth's visits are about building a case to drop us as a supplier.", 'h21a8']],
  },
  {
    date: '2028-06-14T21:50:00.000Z',
    set: 'L',
    title: 'The heifer shed row',
    people: ['Dennis', 'Tamsin'],
    tags: ['family', 'succession', 'boss', 'buildings'],
    situation:
      'Dennis and Tamsin argued in the yard about whether to put up a new heifer shed or rent the barn at Trewins. They both turned to me at the end.',
    lines: [
      [
        "Tamsin: Dad's numbers are from 2015. Nobody rents a barn at that price any more.",
        "She's saying out loud what she's been thinking for a year.",
      ],
      ["Dennis: You ask him. He'll tell you what we need.", "He'll ask me, and then do the opposite."],
      [
        'I think the shed would pay for itself, but not this year.',
        'Neither of them heard that. They never do, when it is a family matter.',
      ],
      [
        "Tamsin: That's not an answer. You always sit on the fence when it's us two.",
        "Because it's your fence, not mine.",
      ],
    ],
    assumptions: [
      ["Tamsin doesn't trust her father's decisions about the farm any more.", 'h21a7-rev'],
      ["The family don't count me as one of their own.", 'h21a3'],
      [
        "I suspect he's never really believed I can run the herd without him breathing down my neck.",
        'h21a1',
      ],
    ],
  },
  {
    date: '2028-06-19T08:15:00.000Z',
    set: 'L',
    title: 'Who left the gate open',
    people: ['Kuba'],
    tags: ['relief milker', 'mistakes', 'heifers'],
    situation:
      'The heifers got into the maize on Saturday. I had left the gate on the chain, not the latch, on Friday night. Kuba found them at six and had them back before anyone else was up.',
    lines: [
      [
        'Kuba: The gate was open, I think it was the wind.',
        'It was not the wind. It was me, and he knows it.',
      ],
      ['Thanks for getting them back.', 'I should say it was me.'],
      [
        'Kuba: No problem. Nobody saw. I put the wire back up.',
        'Nobody saw. He said it like it was a favour between us.',
      ],
      ['Right. Good.', "I couldn't bring myself to say I'd be grateful for a hand with the fencing."],
    ],
    assumptions: [
      ['My mistakes have been covered by Kuba more often than I admit.', 'h21a9-rev'],
      ["I can't bear being seen to need help.", 'uh21a8'],
    ],
  },
  {
    date: '2028-06-24T20:05:00.000Z',
    set: 'D',
    title: 'Silage finally in',
    people: ['Shaun Treloar'],
    tags: ['contractor', 'silage'],
    situation: "Shaun's team did our first cut eleven days after we asked for it.",
    lines: [
      'The grass was heading; the analysis came back at 10.4 ME against 11.6 last year.',
      'Shaun said he had done Trerice, the Bolithos and the Duchy tenancy at Lanhydrock first.',
      'He brought two trailers, not the three he brought last year.',
      'The clamp was sheeted by 21:30 and he had gone by 21:45.',
    ],
    assumptions: [["We're last on the contractor's list because we're small.", 'h21a10']],
  },
  {
    date: '2028-06-29T15:30:00.000Z',
    set: 'L',
    title: 'Foot trimmer booking',
    people: ['Priya Nair', 'Kuba'],
    tags: ['vet', 'lameness', 'relief milker'],
    situation:
      'Priya came to look at two lame cows. Kuba had been doing the foot-bath on the days I was off; the solution was a week old.',
    lines: [
      ['Priya: When did the trimmer last come?', 'She knows when. It is in her notes.'],
      [
        "March. I tried to get him in May but he's booked solid.",
        'I should have chased him harder. She is right about that.',
      ],
      [
        "Priya: And this foot-bath hasn't been changed since last week.",
        "Kuba was meant to change it Tuesday. I didn't check.",
      ],
      ["Kuba: I didn't know it was my job.", "It was on the list, and he rushes the list when I'm away."],
    ],
    assumptions: [
      ['She reckons the foot problems are my fault for not getting the trimmer in sooner.', 'h21a5'],
      ["The relief milker rushes the routine the minute I'm off the farm.", 'h21a4'],
    ],
  },
  {
    date: '2028-07-04T17:20:00.000Z',
    set: 'L',
    title: 'The succession meeting',
    people: ['Dennis', 'Tamsin'],
    tags: ['succession', 'family', 'accounts', 'future'],
    situation:
      'The accountant came to the farmhouse to go through the succession plan. Dennis asked me to sit in for the herd figures, then I was asked to wait outside for the second half.',
    lines: [
      [
        'Accountant: And the cost of production, per litre, for the last three years?',
        'I had the litres. I did not have the costs, not like that.',
      ],
      [
        "I'd have to pull that together. The feed's on one system and the vet on another.",
        'Tamsin had it on her laptop in a minute.',
      ],
      [
        'Dennis: Would you mind giving us the room for a bit?',
        'The room. Their room. My job is in the second half of that meeting.',
      ],
      ['Of course.', "However many calvings I do, I'm still outside that door."],
    ],
    assumptions: [
      ['When the daughter takes the reins, my days here are numbered.', 'h21a2'],
      ["Part of me thinks I'm only any good with the cows, not with the money side.", 'h21a11'],
      ["However many calvings I do, I'm an outsider at their kitchen table.", 'h21a3'],
    ],
  },
  {
    date: '2028-07-09T12:10:00.000Z',
    set: 'L',
    title: 'Cell count appeal',
    people: ['Gareth Lowe'],
    tags: ['milk buyer', 'contract', 'cell count'],
    situation:
      "Gareth rang about our appeal on June's cell-count penalty. He had argued our case with his manager and got half of it back.",
    lines: [
      [
        "Gareth: I've told them you're one of the better-run units on my patch. They listened.",
        'I did not expect that from him.',
      ],
      [
        "That's good of you. I thought you'd come to close us down.",
        'I nearly did not say that. I am glad I did.',
      ],
      [
        "Gareth: Close you down? We're short of milk. It's the Trewins I'm worried about, not you.",
        "So it's the Trewins they are after.",
      ],
      ['Well, thank you.', 'Poor old Jim Trewin.'],
    ],
    assumptions: [
      ['The buyer is keen to hold on to us as a supplier.', 'h21a8-not'],
      ['The dairy wants an excuse to stop collecting from the Trewins up the lane.', 'uh21a7'],
    ],
  },
  {
    date: '2028-07-15T18:30:00.000Z',
    set: 'D',
    title: 'Dennis signs off the breeding plan',
    people: ['Dennis'],
    tags: ['boss', 'breeding', 'paperwork'],
    situation: 'I handed Dennis the breeding plan for the autumn block on Monday.',
    lines: [
      'He read it in the office for about five minutes and signed the bottom without changing anything.',
      'He said "You know them better than I do now" and went out.',
      'The sexed-semen costings on page two had a formula error that I found on Wednesday.',
      'Tamsin corrected the spreadsheet in ten minutes on Wednesday evening.',
    ],
    assumptions: [
      ['Dennis has complete faith in how I handle the cows.', 'h21a1-not'],
      ["All the spreadsheets and the compliance prove I'm out of my depth as a manager.", 'h21a11'],
    ],
  },
  {
    date: '2028-07-21T19:45:00.000Z',
    set: 'L',
    title: 'Shaun comes for the second cut',
    people: ['Shaun Treloar'],
    tags: ['contractor', 'silage', 'weather'],
    situation:
      "Shaun turned up with the mower a day early for the second cut. He'd left a job at Trerice half-done because the forecast was turning.",
    lines: [
      [
        "Shaun: Trerice can wait, they've got the kit to do it themselves. You haven't.",
        "I've had him wrong all summer.",
      ],
      ['I thought we were at the bottom of your list.', 'Said it. He laughed.'],
      [
        "Shaun: My father cut grass here for Dennis's father. The little places come first with me when the weather's going.",
        'He has never said that before.',
      ],
      ["We'd better get on, then.", 'The rain will be here by Wednesday.'],
    ],
    assumptions: [
      ['Shaun looks after little farms like ours before the big estates.', 'h21a10-not'],
      ["The weather will break before the second cut's in the clamp.", 'uh21a9'],
    ],
  },
  {
    date: '2028-07-28T20:20:00.000Z',
    set: 'L',
    title: 'Tamsin asks about the five-year plan',
    people: ['Tamsin'],
    tags: ['succession', 'future', 'milking team'],
    situation:
      'Tamsin asked me to walk the top fields with her. She wanted to talk about the next five years and, she said, about last Tuesday in the parlour, when I told the lads to ignore her new take-off settings.',
    lines: [
      [
        "Tamsin: When I take over I want you running the herd. I can't do it without you.",
        "I've spent three months waiting for the opposite.",
      ],
      ['I appreciate that.', "I didn't say that I thought she was lining someone up."],
      [
        "Tamsin: But Tuesday wasn't OK. You told the lads to ignore me while I was standing there.",
        'I did. I wanted them to see who runs the parlour.',
      ],
      ["That wasn't fair of me. I'm sorry.", 'I did to her exactly what I hated her doing to me.'],
    ],
    assumptions: [
      ['Tamsin will want to keep me on after the handover.', 'h21a2-not'],
      ['I make Tamsin look small in front of the milking team.', 'h21a6-rev'],
    ],
  },
  {
    date: '2028-08-05T22:40:00.000Z',
    set: 'D',
    title: 'Harvest supper',
    people: ['Dennis', 'Tamsin'],
    tags: ['family', 'belonging', 'recognition'],
    situation: 'The Pascoes held a harvest supper in the big barn for family, neighbours and staff.',
    lines: [
      'Dennis gave a speech and named me first, before the family, for "keeping three hundred cows well through a wet spring".',
      'Tamsin sat me at the family table, next to her mother.',
      'People clapped; Kuba and the students banged the table.',
      'Dennis\'s brother asked me how long I\'d been "one of the Pascoes".',
      "Tamsin mentioned my four o'clock starts to the neighbours by name.",
    ],
    assumptions: [
      ['Nobody in the family thinks of me as just the hired hand.', 'h21a3-not'],
      ['The Pascoes see exactly how hard I graft.', 'h21a12-not'],
    ],
  },
  {
    date: '2028-08-14T09:30:00.000Z',
    set: 'L',
    title: 'Back from a weekend away',
    people: ['Kuba'],
    tags: ['relief milker', 'time off', 'parlour'],
    situation:
      'My first full weekend off since February. Kuba milked alone both days. I rang the farm four times on Saturday.',
    lines: [
      [
        "Kuba: All fine. I changed the foot-bath, I wrote two on the board, and 412's off her feed.",
        'All of it done, and written up better than I do it.',
      ],
      [
        "You didn't need to do the foot-bath as well.",
        "I'd checked the pre-dip bucket before I'd even said hello. It was empty, and refilled.",
      ],
      ['Kuba: You rang four times. Why?', "Because I can't switch off, and that's not about you."],
      ['Habit.', 'He did it properly because he always does, when I let him.'],
    ],
    assumptions: [
      ['Kuba is scrupulous about the routine when he milks alone.', 'h21a4-not'],
      ["I can't switch off when I'm away from the farm.", 'uh21a5'],
    ],
  },
  {
    date: '2028-08-25T18:55:00.000Z',
    set: 'D',
    title: 'The vet bill at the kitchen table',
    people: ['Dennis', 'Tamsin', 'Priya Nair'],
    tags: ['family', 'vet', 'succession', 'money'],
    situation:
      "Priya's quarterly bill came in. Tamsin suggested moving to a herd-health contract; Dennis said no. Priya was at the table for the herd review.",
    lines: [
      'Tamsin had printed out a comparison of the two pricing schemes, with totals.',
      'Dennis pushed it back across the table without reading it and said "We\'ll see next year".',
      'Priya said her fee schedule would be reviewed in September.',
      'Tamsin looked at me; I said nothing.',
      "Dennis signed the cheque himself, not Tamsin, although she's been on the account since January.",
    ],
    assumptions: [
      ["The old man still thinks his daughter isn't ready to run the place.", 'h21a7'],
      ['Priya will put her fees up again in the autumn.', 'uh21a11'],
    ],
  },

  // ---------------------------------------------------------------- keeper b: studio manager, recording studio
  {
    date: '2028-09-02T23:15:00.000Z',
    set: 'L',
    title: 'The Saturday lockout',
    people: ['Howard'],
    tags: ['owner', 'bookings', 'money'],
    situation:
      "Howard booked a two-day lockout in Studio A for a corporate podcast on the same weekend as the mix I'd promised a folk duo. He asked me to do both.",
    lines: [
      [
        "Howard: The podcast pays double and it's two blokes talking. You can mix in B at night.",
        "B's monitors are twenty years old. The duo's record will sound like it.",
      ],
      ["I'd rather move the podcast.", "I know he won't."],
      [
        "Howard: We can't turn down that money, mate. And it's flat day rate, same as ever.",
        'Same as ever. Two sessions, one day rate, my Saturday.',
      ],
      ['OK. I will make it work.', 'I always make it work. That is the problem.'],
    ],
    assumptions: [
      ['Howard cares about the bookings, not the quality of the work that comes out of them.', 'h21b8'],
      ['The way Howard pays me for weekend sessions is unfair.', 'h21b12'],
    ],
  },
  {
    date: '2028-09-06T10:20:00.000Z',
    set: 'D',
    title: "Nell's missing backup",
    people: ['Nell'],
    tags: ['assistant', 'mistakes', 'backups'],
    situation: 'I went to restore a session from Thursday and the backup drive did not have it.',
    lines: [
      "The backup log showed Thursday's job had failed at 23:02.",
      'Nell\'s initials were on the end-of-day checklist for Thursday with "backup OK" ticked.',
      'She had re-run the backup on Friday at 08:10, before I came in, and told me nothing.',
      'When I asked, she said "I think it was fine", and went red.',
      'Her edit of the drum comp on Friday was cleaner than I would have done it.',
    ],
    assumptions: [
      ["Nell's afraid to tell me when she's made a mistake.", 'h21b4'],
      ['Nell will be a better engineer than I am within five years.', 'uh21b1'],
    ],
  },
  {
    date: '2028-09-10T21:40:00.000Z',
    set: 'L',
    title: 'Salt Marsh Radio, day one',
    people: ['Jonah', 'Saskia Brandt'],
    tags: ['band', 'tracking', 'manager'],
    situation:
      'First day with Salt Marsh Radio. Jonah hated the guitar sound in playback and asked for his amp to be miked the way their last producer did it. Saskia sat in for the afternoon.',
    lines: [
      [
        "Jonah: It's all too polite. You've made us sound like a wedding band.",
        "It's a clean capture. You add dirt later. That's how it works.",
      ],
      ["Let's try a ribbon on the back of the cab, then.", 'Fourth mic change in an hour.'],
      [
        "Saskia: You don't have to give him everything he asks for, you know.",
        "Easy for her. She doesn't have to sit in a room with him for six weeks.",
      ],
      ["I'd rather keep him happy on day one.", 'She thinks I roll over.'],
    ],
    assumptions: [
      ["The singer thinks I'm flattening their sound.", 'h21b2'],
      ["Saskia thinks I'm pandering to the band.", 'h21b3'],
    ],
  },
  {
    date: '2028-09-14T19:05:00.000Z',
    set: 'D',
    title: 'Drum tracking with Rosa',
    people: ['Rosa Quintero', 'Jonah'],
    tags: ['session drummer', 'band', 'timing'],
    situation: "The band's drummer left in the summer, so Saskia hired Rosa for the album. Day one of drums.",
    lines: [
      'Rosa played the first song in three takes, without a click, at the tempo Jonah asked for.',
      'Jonah said "it drags in the chorus" after each take and looked at her when he said it.',
      'Playing the takes back against a grid, the chorus pushed ahead by 4 bpm, and the guide guitar Jonah played was pushing first.',
      'Rosa did not say anything; she asked me for a click for the next song.',
    ],
    assumptions: [
      ['Jonah blames Rosa for the timing problems.', 'h21b7'],
      ["Rosa is the best drummer I've recorded in ten years.", 'uh21b6'],
    ],
  },
  {
    date: '2028-09-18T17:50:00.000Z',
    set: 'L',
    title: "Dev's call to Howard",
    people: ['Dev Malhotra', 'Howard'],
    tags: ['label', 'owner', 'schedule'],
    situation:
      "Dev, the A&R at the label, rang Howard and got the band's mix deadline moved forward a week. Howard told me afterwards, in passing, in the kitchen.",
    lines: [
      [
        "Howard: Dev rang. They want mixes by the 20th. I said that's fine.",
        'Fine for whom? I am the one mixing it.',
      ],
      ["It'd have been good to be asked.", 'That is the most I said.'],
      [
        "Howard: It's the label, mate. If it's not you, they'll find someone who can turn it round.",
        'That was not about the label.',
      ],
      ["I'll make it work.", 'Again.'],
    ],
    assumptions: [
      ['Dev goes over my head to Howard whenever the label wants something changed.', 'h21b5'],
      ["To Howard I'm just another pair of hands on the desk.", 'h21b1'],
    ],
  },
  {
    date: '2028-09-22T22:30:00.000Z',
    set: 'L',
    title: 'Rough mixes',
    people: ['Jonah'],
    tags: ['band', 'mixing', 'feedback'],
    situation:
      'I sent Jonah rough mixes of the first four songs. He replied with a voice note, which I played in the control room with Nell out of the room.',
    lines: [
      [
        'Jonah: The demos had something. These have had everything good scrubbed off.',
        'The demos were recorded on a phone.',
      ],
      [
        'I can send you a version with less compression on the bus.',
        "Maybe he's right. Maybe I can't hear it any more.",
      ],
      ["Jonah: It's not the compression, man. It's the whole approach.", 'The whole approach. Meaning me.'],
      ["Let's talk on Monday.", "Twenty years ago I'd have known exactly what he meant."],
    ],
    assumptions: [
      ['Jonah believes my mixes are sanding the life out of the band.', 'h21b2'],
      ["I've lost my touch at the desk.", 'h21b11'],
    ],
  },
  {
    date: '2028-09-27T08:45:00.000Z',
    set: 'D',
    title: "Saskia's group chat",
    people: ['Saskia Brandt'],
    tags: ['manager', 'band', 'communication'],
    situation: 'I found out the band had changed the running order of the album from Nell.',
    lines: [
      'Saskia set up a group chat for the album with the band, Dev and Nell in it; I am not in it.',
      'The new running order and the decision to re-record "Tidewater" were agreed there on Tuesday.',
      'Nell told me on Thursday, after she had assumed I knew.',
      'My two emails to Saskia since Monday have not been answered; she replied to Nell within an hour.',
    ],
    assumptions: [["I'm being frozen out of the band's decisions by their manager.", 'h21b6']],
  },
  {
    date: '2028-10-02T18:15:00.000Z',
    set: 'L',
    title: 'The quote for the strings day',
    people: ['Howard'],
    tags: ['owner', 'money', 'future'],
    situation:
      "I put together a quote for a string session and asked Howard about overtime for the two late nights. He said he'd think about it. There was a man measuring the car park when I came out.",
    lines: [
      ['Can we talk about the overtime for the late nights?', "I've asked three times this year."],
      [
        "Howard: Things are tight, you know that. Let's see how the quarter goes.",
        'Things are tight, and there is a man measuring the car park.',
      ],
      ['Who was that outside?', "I asked it lightly so he couldn't tell I was worried."],
      ['Howard: Just a surveyor. Insurance thing.', 'Insurance people do not measure car parks for flats.'],
    ],
    assumptions: [
      ["I'm underpaid for what I actually do here.", 'h21b12'],
      ['The owner is quietly looking for a buyer for the place.', 'h21b10'],
    ],
  },
  {
    date: '2028-10-06T20:00:00.000Z',
    set: 'L',
    title: 'Nell and the talkback',
    people: ['Nell', 'Jonah'],
    tags: ['assistant', 'band', 'mistakes'],
    situation:
      "The best vocal take of the night wasn't recorded: the track was armed but the input was set to the wrong bus. Nell had set up the session.",
    lines: [
      ['Jonah: That was the one. Tell me you got that.', 'We did not get that.'],
      ["We had a routing problem. Let's go again while you're warm.", "I didn't say whose routing problem."],
      [
        "Jonah: Brilliant. Your assistant's lost me the best take I've ever sung.",
        'And he looked straight at her through the glass.',
      ],
      [
        "Nell (after): It was the template, I think. I don't know.",
        "She knew, and she was hoping I hadn't seen.",
      ],
    ],
    assumptions: [
      ['My assistant would sooner hide a slip than own up to me.', 'h21b4'],
      ['Jonah blames Nell for the lost vocal take.', 'uh21b2'],
    ],
  },
  {
    date: '2028-10-11T04:10:00.000Z',
    set: 'D',
    title: 'Overdubs overnight',
    people: ['Rosa Quintero', 'Jonah'],
    tags: ['session drummer', 'band', 'timing', 'late nights'],
    situation:
      'Jonah booked an overnight session for percussion overdubs, with Rosa, after the label asked for a tighter feel.',
    lines: [
      'We started at 22:00 and stopped at 03:45; I had been in since 10:00 the day before.',
      'Jonah told Saskia by phone at 01:30 that "the drums are why it feels loose".',
      "On the grid, Rosa's overdubs were within 5 ms of the click all night.",
      'Rosa packed up without speaking to Jonah, and thanked Nell and me.',
    ],
    assumptions: [
      ['The tempo drift is being pinned on Rosa by the singer.', 'h21b7'],
      ['These overnight sessions will catch up with my health.', 'uh21b9'],
    ],
  },
  {
    date: '2028-10-15T16:30:00.000Z',
    set: 'L',
    title: 'The A&R listening session',
    people: ['Dev Malhotra', 'Saskia Brandt'],
    tags: ['label', 'manager', 'band', 'future'],
    situation:
      'Dev came to hear the first six mixes. Saskia came with him. They talked in the car park for twenty minutes before coming in, and again afterwards.',
    lines: [
      [
        "Dev: It's a good record. Whether it's a second-album record, we'll see.",
        'Whether it is a second-album record. That means no.',
      ],
      ['Saskia: Could we have the room for five minutes?', 'My control room.'],
      ['Sure. Shout when you want me.', "They didn't shout. I heard the front door."],
      ["Dev (leaving): Let's see how the singles do in the spring.", "He'll drop them after this one."],
    ],
    assumptions: [
      ["Dev's going to let Salt Marsh Radio go once this record's out.", 'h21b9'],
      ['Saskia shuts me out of the conversations that matter.', 'h21b6'],
    ],
  },
  {
    date: '2028-10-20T18:40:00.000Z',
    set: 'L',
    title: 'Howard and the rate card',
    people: ['Howard', 'Nell'],
    tags: ['owner', 'assistant', 'money', 'staffing'],
    situation:
      "Howard showed me a new rate card in which Nell would engineer small sessions alone at a lower rate. He'd worked it out with a freelancer's rate as the comparison for my sessions too.",
    lines: [
      [
        'Howard: If Nell can do the podcasts, and we get freelancers in for the overflow, it saves us a fortune.',
        'Freelancers for the overflow. My work is the overflow.',
      ],
      ["Nell's not ready to run sessions on her own.", 'She is nearly ready. I said it anyway.'],
      [
        "Howard: If she's not, there are ten graduates who'll do it for less.",
        'That is how he sees her. That is how he sees me.',
      ],
      ['Let me think about it.', 'He had already thought about it.'],
    ],
    assumptions: [
      ["The owner could swap me for a cheaper engineer tomorrow and wouldn't think twice.", 'h21b1'],
      ['Howard sees Nell as replaceable.', 'uh21b3'],
    ],
  },
  {
    date: '2028-10-24T09:15:00.000Z',
    set: 'D',
    title: 'Estate agent in the car park',
    people: ['Howard'],
    tags: ['owner', 'future', 'building', 'money'],
    situation: 'A Tuesday morning, no session until two.',
    lines: [
      "An estate agent's car was parked in the yard at 09:00; the man in it went in with Howard.",
      'They walked through Studio A and the live room for about forty minutes.',
      'Howard told me afterwards it was "a valuation for the bank".',
      'The diary for January is empty after the 15th; Howard has not taken bookings past it.',
      "This month's pay came on the 28th, as always, at the same rate as last year.",
    ],
    assumptions: [
      ['Part of me thinks my boss has already decided to sell up and cash out.', 'h21b10'],
      ["The owner gets my evenings and weekends for the same flat wage, and that isn't right.", 'h21b12'],
    ],
  },
  {
    date: '2028-10-29T20:50:00.000Z',
    set: 'L',
    title: 'Jonah wants the vocal retuned',
    people: ['Jonah', 'Saskia Brandt'],
    tags: ['band', 'manager', 'vocals', 'mixing'],
    situation:
      "Jonah wanted every vocal on the record hard-tuned, which we'd agreed in week one not to do. I said no. Saskia was in the room.",
    lines: [
      ["Jonah: It's my voice, it's my record. Just do it.", 'It is also my name on the sleeve.'],
      [
        "I think it takes the character out of it. I'm not doing it on every line.",
        'First time I have said no to him in six weeks.',
      ],
      [
        "Saskia: You could be a bit less rigid. They're paying for the room.",
        "A month ago she thought I was a pushover. Now I'm rigid.",
      ],
      ["Jonah: You just don't get us.", 'He has thought that since day one.'],
    ],
    assumptions: [
      ["Saskia thinks I'm too hard on the band.", 'h21b3-not'],
      ["He reckons I don't get what the band is about.", 'h21b2'],
    ],
  },
  {
    date: '2028-11-03T13:25:00.000Z',
    set: 'L',
    title: "Rosa's invoice",
    people: ['Rosa Quintero', 'Jonah'],
    tags: ['session drummer', 'band', 'timing', 'money'],
    situation:
      "Rosa came to collect a hard drive and to ask why her invoice hadn't been paid. In the corridor she talked about the sessions.",
    lines: [
      [
        "Rosa: I'm not playing the re-records unless he plays to a click too. He's the one running away with it.",
        "She's said it to me, not to him.",
      ],
      ['I can put a click in his headphones as well.', 'I should have done it on day one, for everyone.'],
      ["Rosa: It's always the drummer's fault. Always.", 'And here it is the singer who rushes.'],
      ["I'll chase the invoice with Saskia.", 'And she will not answer me.'],
    ],
    assumptions: [
      ['Rosa blames the singer for the tempo drifting.', 'h21b7-rev'],
      ['I should have insisted on a click track from the first day.', 'uh21b4'],
    ],
  },
  {
    date: '2028-11-08T11:10:00.000Z',
    set: 'D',
    title: 'Mix notes from the label',
    people: ['Dev Malhotra'],
    tags: ['label', 'mixing', 'feedback', 'future'],
    situation: 'The label sent mix notes on the six songs.',
    lines: [
      'The notes came from Howard\'s email, forwarded, with "can you sort these" on top; Dev had sent them to Howard only.',
      'Three of the nine notes were about a hi-hat I had not noticed on the 12-kHz shelf; Nell said she had heard it.',
      "The label's release schedule on their website lists the band's album for March and nothing after it.",
      'Dev\'s note ended: "let\'s get this one over the line".',
    ],
    assumptions: [
      ['When the A&R man wants changes, he bypasses me and rings the owner.', 'h21b5'],
      ['The younger engineers hear things I have stopped hearing.', 'h21b11'],
      ['I doubt the label will still want the band by the spring.', 'h21b9'],
    ],
  },
  {
    date: '2028-11-13T19:35:00.000Z',
    set: 'L',
    title: 'Nell runs the session alone',
    people: ['Nell'],
    tags: ['assistant', 'delegation', 'mistakes'],
    situation:
      'Nell ran a voice-over session on her own for the first time. I stayed in the office next door "doing paperwork". She came in at the end.',
    lines: [
      [
        'Nell: I crashed the session halfway through and lost ten minutes. I wanted you to know before the client mentions it.',
        'She came straight to me. No going red, no "I think it was fine".',
      ],
      ['Thanks for telling me. What happened?', "I wanted to go in there three times and didn't."],
      [
        "Nell: Too many plug-ins on the template. I've made a lighter one.",
        'Better fix than mine would have been.',
      ],
      ["Good. Next time I'll go home.", 'I will not go home.'],
    ],
    assumptions: [
      ['Nell feels she can come to me with anything.', 'h21b4-not'],
      ["I'm bad at letting go of a session.", 'uh21b5'],
    ],
  },
  {
    date: '2028-11-18T17:00:00.000Z',
    set: 'L',
    title: 'Howard turns down the jingle job',
    people: ['Howard'],
    tags: ['owner', 'bookings', 'quality'],
    situation:
      "An agency offered to block-book Studio A for a week of jingles over the band's mix week. Howard turned it down without asking me.",
    lines: [
      [
        "Howard: Told them no. You need A for the mix and I'm not having you do it in B.",
        'That is the opposite of September.',
      ],
      ["That's a lot of money to turn down.", 'I wanted to hear him say why.'],
      [
        "Howard: The records are why people come here. The jingles can go to Dean's place.",
        "Maybe I've only been counting the times he doesn't.",
      ],
      ['Thanks, Howard.', 'I should have said more than thanks.'],
    ],
    assumptions: [['Howard puts the quality of the work before the bookings.', 'h21b8-not']],
  },
  {
    date: '2028-11-23T21:20:00.000Z',
    set: 'L',
    title: 'The release date',
    people: ['Dev Malhotra', 'Saskia Brandt'],
    tags: ['label', 'manager', 'band', 'schedule'],
    situation:
      "Dev moved the mastering date without telling me, through Saskia. I wrote to the label's head of A&R, who is Dev's boss, copying Howard.",
    lines: [
      [
        "Dev (on the phone): I hear you've been emailing Carla. You could have come to me.",
        'I could have, and he would have gone to Howard.',
      ],
      [
        "You moved mastering without asking. I didn't know who else to go to.",
        'I knew exactly who else to go to. That is why I did it.',
      ],
      [
        "Dev: Saskia says I went behind her back to the band on the artwork too. It's a pattern, apparently.",
        'So he does it to her as well.',
      ],
      ["I'll talk to you first next time.", 'Maybe.'],
    ],
    assumptions: [
      ["I'm going over Dev's head by writing to his boss at the label.", 'h21b5-rev'],
      ["Dev goes over Saskia's head to the band.", 'uh21b7'],
    ],
  },
  {
    date: '2028-11-29T18:05:00.000Z',
    set: 'D',
    title: "Howard's pension talk",
    people: ['Howard'],
    tags: ['owner', 'future', 'building'],
    situation: 'Howard asked me to stay after the last session for a drink in the kitchen.',
    lines: [
      'He showed me a letter from a developer offering to buy the building, dated August.',
      'He had written "NO" across the top in marker.',
      'He said his father built the live room in 1971 and that he wanted to be carried out of it.',
      'He said the estate agent in October was for a remortgage to replace the roof.',
    ],
    assumptions: [['Howard will never sell the studio, whatever the developers offer.', 'h21b10-not']],
  },
  {
    date: '2028-12-05T20:40:00.000Z',
    set: 'L',
    title: "Saskia's apology",
    people: ['Saskia Brandt'],
    tags: ['manager', 'band', 'communication'],
    situation:
      'Saskia rang to apologise for the group chat and asked me to join it. I had not replied to her last three messages, or told her why.',
    lines: [
      [
        "Saskia: I didn't leave you out on purpose. I thought Nell would pass things on.",
        'She did leave me out. I think.',
      ],
      ["It's fine.", "It is not fine, and I've been making her pay for it for two months."],
      [
        "Saskia: You've been a bit of a closed door since, to be honest.",
        'Because I have. I answer Jonah and Dev and let her messages sit.',
      ],
      [
        'Saskia: And you let the boys walk all over you, so I end up the bad cop.',
        'I thought she had changed her mind about that.',
      ],
    ],
    assumptions: [
      ["I've been freezing Saskia out since the row over the group chat.", 'h21b6-rev'],
      ["The band's manager reckons I let them walk all over me.", 'h21b3'],
    ],
  },
  {
    date: '2028-12-12T16:30:00.000Z',
    set: 'L',
    title: 'Year-end review',
    people: ['Howard'],
    tags: ['owner', 'money', 'review'],
    situation:
      "Howard's first proper review with me in six years. He put a new contract on the table with a pay rise and paid overtime after ten hours.",
    lines: [
      [
        "Howard: I should have done this years ago. The place doesn't run without you.",
        'I have waited six years to hear that.',
      ],
      ["I wasn't expecting this.", 'I came in ready for the rate-card conversation again.'],
      [
        'Howard: The rate card was a stupid idea. Nell needs you, and so do I.',
        'I could feel myself arguing with it, looking for the catch.',
      ],
      ['Thank you. Really.', "It's a fair deal. I'll say so."],
    ],
    assumptions: [
      ['Howard considers me irreplaceable.', 'h21b1-not'],
      ['My pay is fair for the hours I put in.', 'h21b12-not'],
    ],
  },
  {
    date: '2028-12-18T22:10:00.000Z',
    set: 'D',
    title: "The band's last day",
    people: ['Jonah', 'Saskia Brandt', 'Dev Malhotra'],
    tags: ['band', 'label', 'future'],
    situation: 'The final playback of the album in Studio A, with the band, Saskia and Dev.',
    lines: [
      'Dev brought champagne and a contract extension for two more albums, which the band signed on the desk.',
      'Dev said the touring drummer "will be someone cheaper than Rosa" and the band nodded.',
      'Jonah shook my hand and said the record was "better than we are".',
      'Saskia asked whether I would do the next one.',
    ],
    assumptions: [
      ['The label will sign Salt Marsh Radio for another two records.', 'h21b9-not'],
      ['The label will drop Rosa from the tour line-up.', 'uh21b8'],
    ],
  },
  {
    date: '2029-01-08T18:20:00.000Z',
    set: 'L',
    title: 'New year, new bookings',
    people: ['Howard', 'Nell'],
    tags: ['owner', 'assistant', 'bookings', 'self'],
    situation:
      "First week back. Howard filled January with a run of cheap demo days, and Nell found a phase problem in a mix I'd signed off before Christmas.",
    lines: [
      [
        "Howard: Demo days. Twelve of them. It's January, we take what comes.",
        'Twelve bands, twelve days, no time to do any of them properly.',
      ],
      [
        "Nell: I think the overheads on the Marsh mix are out of phase. Sorry, I wasn't going to say.",
        "She wasn't going to say. And I didn't hear it in three passes.",
      ],
      [
        "You're right. Good catch.",
        'Past it. That is what a phase problem in a signed-off mix means at my age.',
      ],
      [
        'Howard: Can you two cover the demos between you?',
        'He will take anything that pays and leave us to make it sound like something.',
      ],
    ],
    assumptions: [
      ["I'm past my best as an engineer.", 'h21b11'],
      ['The owner would take any booking that pays, whatever it does to the records.', 'h21b8'],
      ["She'd sooner botch something quietly than ask me.", 'h21b4'],
    ],
  },
];
