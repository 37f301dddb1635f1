import { describe, expect, it } from 'vitest';
import { groupStatements } from '../../src/domain/assumptions/index.js';
import { groupOf, paraphrasePairs } from '../helpers/grouping-probes.js';

// Probes of the theme table (src/domain/assumptions/themes.ts), written from general knowledge of how people
// phrase common workplace assumptions, not taken from the corpus: four phrasings of one theme and, where it has
// one, its denial. Known misses are left out of the floor rather than fitted (see docs/analysis.md).
// [people, paraphrases, opposite?]
const sets: Array<[string[], string[], string?]> = [
  [
    ['Karen'],
    [
      'Karen is burning herself out.',
      'Karen is completely worn out.',
      "Karen can't keep going at this pace.",
      'Karen is running on fumes.',
    ],
    'Karen is coping well with the workload.',
  ],
  [
    [],
    [
      'I undercharge my clients.',
      "I don't charge enough for my work.",
      'My rates are too low.',
      'I give my time away for free.',
    ],
    'I charge what my work is worth.',
  ],
  [
    ['Tom'],
    [
      'Tom keeps me out of the planning meetings.',
      'Tom sidelines me.',
      'I am left out of the decisions Tom makes.',
      'Tom freezes me out.',
    ],
    'Tom includes me in the planning.',
  ],
  [
    ['Linda'],
    [
      'Linda has favourites.',
      'Linda plays favourites with the day team.',
      'Linda treats some people better than others.',
      'Her pets get the best shifts.',
    ],
    'Linda treats everyone fairly.',
  ],
  [
    ['Raj'],
    [
      'Raj micromanages me.',
      'Raj checks everything I do.',
      'Raj is always looking over my shoulder.',
      'Raj wants to approve every little thing.',
    ],
    'Raj gives me a free hand.',
  ],
  [
    ['Sue'],
    [
      'Sue will blame me if it goes wrong.',
      'If it fails, Sue will pin it on me.',
      'Sue is looking for a scapegoat and it will be me.',
      'I will carry the can for Sue.',
    ],
    undefined,
  ],
  [
    ['Greg'],
    [
      'Greg takes credit for my ideas.',
      'Greg presents my work as his own.',
      'Greg steals the credit for what I do.',
      'Greg puts his name on my reports.',
    ],
    'Greg gives me credit for my work.',
  ],
  [
    ['Helen'],
    [
      'Helen is setting me up to fail.',
      'Helen gave me an impossible deadline so I would fail.',
      'Helen wants me to fail.',
    ],
    undefined,
  ],
  [
    ['Mark'],
    [
      'Mark has a hidden agenda.',
      'Mark is playing politics.',
      'Mark has an ulterior motive.',
      'Mark is up to something.',
    ],
    'Mark means well.',
  ],
  [
    [],
    [
      'My job is at risk.',
      'I will be made redundant.',
      "I'm next on the chopping block.",
      "They're going to let me go.",
    ],
    'My job is safe.',
  ],
  [
    ['Amy'],
    [
      "Amy isn't ready to lead the team.",
      'Amy is out of her depth as a lead.',
      "Amy isn't up to the job yet.",
      'Amy is too inexperienced to run the team.',
    ],
    'Amy is ready to lead the team.',
  ],
  [
    [],
    [
      'I do more than my fair share.',
      'I always end up picking up the slack.',
      'I carry the team.',
      'Everyone dumps their work on me.',
    ],
    'The work is shared fairly.',
  ],
  [
    ['Paul'],
    [
      "Paul doesn't listen to me.",
      'Paul ignores what I say.',
      'Paul brushes off my concerns.',
      'My ideas go in one ear and out the other with Paul.',
    ],
    'Paul listens to me.',
  ],
  [
    ['Dr Hale'],
    [
      "Dr Hale doesn't respect my expertise.",
      'Dr Hale looks down on me.',
      'Dr Hale treats me like a junior.',
      'Dr Hale thinks little of my experience.',
    ],
    'Dr Hale respects my expertise.',
  ],
  [
    ['Jo'],
    [
      "Jo doesn't trust my judgement.",
      'Jo second-guesses my decisions.',
      'Jo has no faith in my calls.',
      'Jo double-checks everything I do.',
    ],
    'Jo trusts my judgement.',
  ],
  [
    ['Ben'],
    [
      'Ben is afraid to speak up in meetings.',
      "Ben doesn't feel safe raising problems.",
      'Ben keeps his head down rather than disagree.',
      'Ben bites his tongue.',
    ],
    'Ben feels free to speak up.',
  ],
  [
    [],
    [
      "If I raise it again I'll look difficult.",
      'Bringing it up again will make me look like a whinger.',
      "I'll be seen as a troublemaker if I complain.",
      "Mentioning it again will make me look like I'm moaning.",
    ],
    undefined,
  ],
  [
    ['Pete'],
    [
      'Pete resists every change.',
      'Pete is set in his ways.',
      'Pete digs his heels in whenever we try something new.',
      'Pete is stuck in the past.',
    ],
    'Pete is open to change.',
  ],
  [
    ['Zoe'],
    ['Zoe covers for Liam.', "Zoe makes excuses for Liam's mistakes.", "Zoe hides Liam's errors from me."],
    undefined,
  ],
  [
    ['Nina'],
    [
      'Nina is thinking of leaving.',
      'Nina has one foot out the door.',
      'Nina is looking for another job.',
      'Nina will hand in her notice soon.',
    ],
    'Nina wants to stay.',
  ],
  [
    ['Omar'],
    [
      'Omar has lost interest in the work.',
      'Omar has checked out.',
      'Omar is just going through the motions.',
      "Omar's heart isn't in it any more.",
    ],
    'Omar is committed to the work.',
  ],
];

// A second batch, for the themes added later (priorities, feedback, avoidance, moods, promotion …).
const sets2: Array<[string[], string[], string?]> = [
  [
    ['Ken'],
    [
      'Ken always puts our requests at the bottom of the list.',
      'For Ken we are an afterthought.',
      'Our team always comes last with Ken.',
    ],
    'Ken makes our requests a priority.',
  ],
  [
    ['Lucy'],
    [
      'Lucy never gives me any feedback.',
      "I have no idea how I'm doing in Lucy's eyes.",
      "Lucy's silence means she's unhappy with me.",
    ],
    'Lucy gives me regular feedback.',
  ],
  [
    ['Ivan'],
    ['Ivan is avoiding me.', 'Ivan gives me a wide berth since the meeting.', "Ivan won't return my calls."],
    undefined,
  ],
  [
    ['Meg'],
    [
      'Meg takes her stress out on me.',
      'Meg snaps at me when she is under pressure.',
      'Meg bites my head off over nothing.',
    ],
    undefined,
  ],
  [
    ['Carl'],
    [
      'Carl keeps changing his mind.',
      'Carl blows hot and cold on the project.',
      'Carl sends mixed messages about what he wants.',
    ],
    'Carl is consistent about what he wants.',
  ],
  [
    ['Fay'],
    [
      'Fay never makes a decision.',
      'Fay sits on the fence on everything.',
      'Fay dithers until it is too late.',
    ],
    'Fay is decisive.',
  ],
  [
    [],
    [
      'I am overstepping by giving the surgeons advice.',
      "It's not my place to question the consultant.",
      "I'd be treading on the consultant's toes.",
    ],
    undefined,
  ],
  [
    ['Ruth'],
    [
      'Ruth is judging me.',
      'I am under a microscope with Ruth.',
      'I have to prove myself to Ruth every day.',
    ],
    undefined,
  ],
  [[], ['I am a pushover.', "I can't say no to anyone.", 'People walk all over me.'], 'I stand my ground.'],
  [
    ['Vic'],
    [
      'Vic passed me over for the promotion.',
      'Vic is holding me back.',
      'I will never get promoted while Vic is here.',
    ],
    'Vic is grooming me for promotion.',
  ],
  [
    ['Ada'],
    [
      "Ada doesn't invest in my development.",
      'Ada leaves me to sink or swim.',
      'Ada threw me in at the deep end with no training.',
    ],
    'Ada is investing in my development.',
  ],
  [
    ['Hugo'],
    ['Hugo is in it for himself.', 'Hugo only looks after number one.', 'Hugo is self-serving.'],
    'Hugo has our interests at heart.',
  ],
  [
    [],
    ['The team is underpaid.', 'We are paid peanuts.', 'Our pay is a pittance for what we do.'],
    'We are well paid.',
  ],
  [
    ['Nell'],
    [
      'Nell keeps me in the dark.',
      'Nell never tells me what is going on.',
      'I am always the last to know with Nell.',
    ],
    'Nell keeps me informed.',
  ],
  [
    ['Dan'],
    [
      'Dan broke his promise about the budget.',
      'Dan went back on his word.',
      'Dan moved the goalposts again.',
    ],
    'Dan keeps his word.',
  ],
  [
    ['Eve'],
    ['Eve is loyal to the team.', 'Eve is one of us.', 'Eve is on our side.'],
    'Eve would betray us.',
  ],
];

// A third batch (round nine): everyday rephrasings people use for the same worry — idioms, phrasal verbs,
// British and American — across trust, voice, support, loyalty, honesty, exclusion, job security, overload,
// funding, disengagement, writing someone off, approval in families, being a burden, face-saving and more.
// Written from general knowledge before the tables were extended. "went over my head" was a miss until "my
// head" after a preposition stopped being read as the head teacher.
const sets3: Array<[string[], string[], string?]> = [
  [
    ['Tom'],
    [
      'Tom badmouths me to the others.',
      'Tom criticises me behind my back.',
      'Tom runs me down to everyone.',
      'Tom speaks badly of me to the rest of the team.',
    ],
    'Tom speaks highly of me to others.',
  ],
  [
    ['Omar'],
    [
      'Omar is drifting away from the project.',
      'Omar is losing interest in the project.',
      'Omar has stopped caring about the project.',
      'Omar has gone cold on the project.',
    ],
    'Omar is as committed to the project as ever.',
  ],
  [
    [],
    [
      'The council will pull our funding.',
      'The council is going to cut our funding.',
      'The council will withdraw the grant.',
      'The council will stop funding us.',
    ],
    'The council will renew our funding.',
  ],
  [
    ['Nell'],
    [
      'Nell keeps me out of the loop.',
      "Nell doesn't tell me things.",
      'Nell never fills me in on what is happening.',
      'Nell leaves me in the dark about the plans.',
    ],
    'Nell keeps me in the loop.',
  ],
  [
    ['Ann'],
    [
      'Ann has written me off.',
      'Ann has given up on me.',
      'Ann thinks I am a lost cause.',
      'Ann has washed her hands of me.',
    ],
    'Ann still believes in me.',
  ],
  [
    ['Sophie'],
    [
      'Sophie has my back.',
      'Sophie will stick up for me.',
      'Sophie will go to bat for me.',
      'Sophie is in my corner.',
    ],
    'Sophie will hang me out to dry.',
  ],
  [
    ['Dan'],
    [
      'Dan is hiding something from me.',
      "Dan isn't being straight with me.",
      'Dan is keeping things from me.',
      "Dan isn't telling me the whole story.",
    ],
    'Dan is being straight with me.',
  ],
  [
    ['Ivan'],
    [
      'Ivan avoids me.',
      'Ivan keeps out of my way.',
      'Ivan dodges me in the corridor.',
      'Ivan makes himself scarce when I am around.',
    ],
    undefined,
  ],
  [
    ['Mum'],
    [
      'Mum disapproves of my choices.',
      'Mum is disappointed in me.',
      'Mum frowns on the way I live.',
      'I am a disappointment to Mum.',
    ],
    'Mum is proud of me.',
  ],
  [
    [],
    [
      'I am a burden to my family.',
      'I am a drain on everyone.',
      'They would be better off without me.',
      'I am dead weight.',
    ],
    undefined,
  ],
  [
    ['Rob'],
    [
      'Rob went over my head to the director.',
      'Rob goes around me.',
      'Rob bypasses me.',
      'Rob went straight to my boss behind my back.',
    ],
    undefined,
  ],
  [
    [],
    [
      'I will be the first to go when the cuts come.',
      'My days here are numbered.',
      'I am on borrowed time here.',
      'They are looking for a reason to get rid of me.',
    ],
    'My job is secure.',
  ],
  [
    [],
    [
      "I'm barely keeping my head above water.",
      "I'm buried in work.",
      "I'm up to my eyeballs in work.",
      'I have too much on my plate.',
    ],
    'I have plenty of capacity.',
  ],
  [
    ['Mark'],
    [
      'Mark has something up his sleeve.',
      'Mark is playing a long game.',
      'There is more to Mark than meets the eye.',
      'Mark has a hidden agenda.',
    ],
    'Mark has no hidden agenda.',
  ],
  [
    ['Tom'],
    [
      'Tom is worried about losing face.',
      'Tom cares more about how it looks than whether it works.',
      'Tom is trying to save face in front of the board.',
      'Tom is protecting his image.',
    ],
    undefined,
  ],
  [
    ['Ted'],
    [
      'Ted is careless with the numbers.',
      'Ted rushes his work.',
      "Ted doesn't check his work.",
      'Ted has no attention to detail.',
    ],
    'Ted is meticulous.',
  ],
  [
    ['Kay'],
    [
      'Kay thinks she knows best.',
      'Kay thinks she is always right.',
      'Kay is a know-it-all.',
      "Kay won't be told.",
    ],
    'Kay is open to advice.',
  ],
  [
    ['Ian'],
    [
      'Ian never has time for me.',
      'Ian is always too busy for me.',
      'Ian keeps cancelling our one-to-ones.',
      'I can never get time with Ian.',
    ],
    'Ian always makes time for me.',
  ],
  [
    [],
    [
      'I keep putting it off.',
      'I procrastinate on the hard tasks.',
      'I leave everything to the last minute.',
      'I put off the things I dread.',
    ],
    undefined,
  ],
  [
    ['Eve'],
    [
      'Eve would sell us out.',
      'Eve would betray us.',
      'Eve would turn on us if it suited her.',
      "Eve's only loyalty is to herself.",
    ],
    'Eve is loyal to the team.',
  ],
  [
    ['Dad'],
    [
      'Dad thinks my job is not a real job.',
      "Dad doesn't take my career seriously.",
      'Dad looks down on what I do for a living.',
      'Dad thinks my work is a hobby.',
    ],
    'Dad respects my career.',
  ],
  [
    ['Lisa'],
    [
      'Lisa is taking advantage of my goodwill.',
      'Lisa is using me.',
      'Lisa is milking my good nature.',
      'Lisa sees me as a free resource.',
    ],
    undefined,
  ],
  [
    ['Raj'],
    [
      'Raj needs to see everything before it goes out.',
      'Raj keeps me on a short leash.',
      "Raj won't let me decide anything on my own.",
      'Raj has to sign off everything I do.',
    ],
    'Raj lets me get on with it.',
  ],
  // Second pass: trust with work, replies, glory, fall guy, replacement, change, poisoned chalices, goalposts,
  // favouritism.
  [
    ['Jo'],
    [
      "Jo doesn't trust me with the big clients.",
      "Jo won't let me near the important accounts.",
      'Jo keeps the important work for herself.',
      "Jo won't hand me anything that matters.",
    ],
    'Jo trusts me with the big clients.',
  ],
  [
    ['Paul'],
    [
      'My emails to Paul disappear into a black hole.',
      'Paul leaves my messages unanswered.',
      'Paul never gets back to me.',
      "Paul doesn't respond to my emails.",
    ],
    'Paul always gets back to me quickly.',
  ],
  [
    ['Greg'],
    [
      'Greg gets all the glory for my work.',
      'Greg piggybacks on my work.',
      'Greg passes my ideas off as his.',
      'Greg takes the credit when things go well.',
    ],
    undefined,
  ],
  [
    ['Sue'],
    [
      'When things go wrong, Sue points the finger at me.',
      'Sue will make me the fall guy.',
      'Sue will throw me under the bus.',
      "I'll get the blame from Sue.",
    ],
    undefined,
  ],
  [
    ['Zara'],
    [
      'Zara is being groomed to take my place.',
      'Zara is after my job.',
      'Zara is going to replace me.',
      'Zara is lining up to step into my shoes.',
    ],
    undefined,
  ],
  [
    ['Pete'],
    [
      "Pete won't budge on the new process.",
      'Pete pushes back on anything new.',
      'Pete drags his feet on every change.',
      'Pete is stuck in his ways.',
    ],
    'Pete embraces change.',
  ],
  [
    ['Helen'],
    [
      'Helen has handed me a poisoned chalice.',
      'Helen gave me a project that was doomed from the start.',
      'Helen is setting me up to fail.',
      'Helen gave me a hospital pass.',
    ],
    undefined,
  ],
  [
    [],
    [
      'If I ask for help I will look incompetent.',
      'Asking for help will make me look weak.',
      "Admitting I'm stuck will make me look like I can't cope.",
      'Putting my hand up will make me look useless.',
    ],
    undefined,
  ],
  [
    ['Dee'],
    [
      'Dee is always moving the goalposts.',
      'Dee keeps changing what she wants.',
      'Dee changes the brief every week.',
      'Dee never sticks to what we agreed.',
    ],
    undefined,
  ],
  [
    ['Leo'],
    [
      'Leo gives the plum jobs to his mates.',
      'Leo has his favourites.',
      'Leo looks after his own.',
      'Leo plays favourites.',
    ],
    'Leo treats everyone the same.',
  ],
];

// Round ten: judgement words people fear being seen as (in the frames "X will think I'm …", "I'll come across as
// …", "… will make me look …"), clients (leaving, price, scope, silence), checking and control, overwhelm, family.
const sets4: Array<[string[], string[], string?]> = [
  // Judgement adjectives the writer fears being seen as, in the frames people use.
  [
    ['Gemma'],
    [
      "Gemma will think I'm being difficult.",
      "I'll come across as awkward to Gemma.",
      'Gemma will see me as obstructive.',
      'Raising it again will make me look difficult to Gemma.',
    ],
    "Gemma thinks I'm easy to work with.",
  ],
  [
    ['Chris'],
    [
      "Chris will think I'm unhelpful.",
      'Chris sees me as uncooperative.',
      "Chris thinks I'm a pain.",
      'Saying no will make me look difficult to Chris.',
    ],
    "Chris thinks I'm helpful.",
  ],
  [
    ['Dee'],
    [
      "Dee will think I'm high-maintenance.",
      "Dee will think I'm a pain to deal with.",
      "Dee thinks I'm hard to work with.",
      "I'll come across as demanding to Dee.",
    ],
    "Dee thinks I'm a team player.",
  ],
  [
    ['Ben'],
    [
      "Ben will think I'm pushy.",
      "I'll come across as aggressive to Ben.",
      'Ben will find me bossy.',
      'Chasing Ben again will make me look pushy.',
    ],
  ],
  [
    ['Bea'],
    [
      "Bea thinks I'm bossy.",
      'I come across as aggressive to Bea.',
      "Bea thinks I'm domineering.",
      "Bea thinks I'm overbearing.",
    ],
  ],
  [
    ['Priya'],
    [
      "Priya will think I'm needy.",
      "I'll come across as clingy to Priya.",
      'Texting Priya again will make me look needy.',
      "Priya will think I'm too clingy.",
    ],
  ],
  [
    ['Tom'],
    [
      "Tom will think I'm lazy.",
      'Leaving at five will make me look like a slacker to Tom.',
      "I'll come across as lazy to Tom.",
      "Tom thinks I'm a slacker.",
    ],
    "Tom knows I'm hard-working.",
  ],
  [
    ['Ruth'],
    [
      "If I leave early, Ruth will think I'm lazy.",
      'Ruth sees me as a slacker.',
      "Ruth thinks I don't pull my weight.",
      "Ruth thinks I'm idle.",
    ],
    'Ruth knows I work hard.',
  ],
  [
    ['Ana'],
    [
      "Ana will think I'm incompetent.",
      'Asking Ana will make me look useless.',
      "Ana will realise I'm out of my depth.",
      "I'll come across as not up to it to Ana.",
    ],
    "Ana thinks I'm capable.",
  ],
  [
    ['Keisha'],
    [
      'Asking for help will make me look incompetent to Keisha.',
      "Keisha will think I can't do my job.",
      "I'll look like I don't know what I'm doing in front of Keisha.",
      "Keisha will decide I'm not up to the job.",
    ],
    "Keisha thinks I'm on top of it.",
  ],
  [
    ['Ingrid'],
    [
      'Asking Ingrid for a raise will make me look greedy.',
      "Ingrid will think I'm grabby.",
      "I'll come across as greedy to Ingrid.",
      "Ingrid will think I'm being greedy.",
    ],
  ],
  [
    ['Gus'],
    [
      "Gus thinks I'm aloof.",
      'Gus finds me standoffish.',
      'I come across as unfriendly to Gus.',
      "Gus thinks I'm stand-offish.",
    ],
    "Gus thinks I'm friendly.",
  ],
  [
    ['Hal'],
    [
      "Hal thinks I'm cold.",
      'Hal finds me aloof.',
      'I come across as cold to Hal.',
      'Hal sees me as distant and aloof.',
    ],
    "Hal thinks I'm warm.",
  ],
  [
    ['Nia'],
    [
      'Presenting my results will make me look arrogant to Nia.',
      "Nia will think I'm full of myself.",
      'Nia sees me as big-headed.',
      "Nia will think I'm arrogant.",
    ],
    "Nia thinks I'm humble.",
  ],
  [
    ['Raj'],
    [
      "Raj will think I'm cocky.",
      "Raj will think I'm a show-off.",
      "Raj thinks I'm conceited.",
      "I'll come across as arrogant to Raj.",
    ],
    "Raj thinks I'm modest.",
  ],
  [
    ['Kim'],
    [
      "Kim will think I'm sloppy.",
      'The typo will make me look careless to Kim.',
      "Kim thinks I'm careless.",
      'Kim thinks my work is sloppy.',
    ],
    "Kim thinks I'm thorough.",
  ],
  [
    ['Oli'],
    [
      'Oli thinks I rush my work.',
      "Oli thinks I'm slapdash.",
      "Oli thinks I'm careless with the details.",
      "Oli thinks I'm sloppy.",
    ],
    "Oli thinks I'm meticulous.",
  ],
  [
    ['Flo'],
    [
      "Flo thinks I'm unreliable.",
      "Flo thinks I'm flaky.",
      "Flo doesn't think she can count on me.",
      'Flo sees me as undependable.',
    ],
    "Flo thinks I'm dependable.",
  ],
  [
    ['Jo'],
    [
      'Missing the call will make me look unreliable to Jo.',
      "Jo will think I'm flaky.",
      "Jo will think she can't rely on me.",
      "Jo thinks I'm unreliable.",
    ],
    'Jo knows she can rely on me.',
  ],
  // Clients: leaving, price, scope, silence.
  [
    [],
    [
      'The client will take their work elsewhere.',
      'The client is going to move the account.',
      'The client will fire us.',
      "The client won't renew the contract.",
    ],
    'The client will renew the contract.',
  ],
  [
    [],
    [
      'We are going to lose the client.',
      'The client will switch suppliers.',
      'The client will pull the contract.',
      'The client will walk away.',
    ],
    'The client will stay with us.',
  ],
  [
    [],
    [
      'The client thinks we are too expensive.',
      'The client thinks we overcharge.',
      'The client feels we are ripping them off.',
      'The client thinks we are not worth the money.',
    ],
    'The client thinks we are good value.',
  ],
  [
    [],
    ['Our fees are too high.', 'We charge too much.', 'We are overpriced.', 'The client is paying too much.'],
    'Our fees are fair.',
  ],
  [
    [],
    [
      'The client keeps adding to the brief.',
      'The scope keeps creeping.',
      'The client wants more for the same money.',
      'The client keeps asking for extras.',
    ],
    'The client sticks to the brief.',
  ],
  [
    [],
    [
      'The client has gone quiet.',
      'The client has stopped replying.',
      'The client has gone silent on us.',
      "We haven't heard from the client in weeks.",
    ],
    'The client replies quickly.',
  ],
  // Control and checking.
  [
    ['Lena'],
    [
      'Lena checks everything I send.',
      'Lena double-checks my work.',
      "Lena won't let me sign off anything.",
      'Lena needs to approve everything.',
    ],
    'Lena trusts me to get on with it.',
  ],
  [
    ['Mo'],
    [
      'Mo looks over my shoulder.',
      'Mo watches everything I do.',
      'Mo has to see every email before it goes out.',
      'Mo checks all my work.',
    ],
    'Mo leaves me to it.',
  ],
  [
    ['Abe'],
    [
      'Abe trusts me to get on with it.',
      'Abe leaves me to it.',
      'Abe lets me run my own projects.',
      'Abe gives me a free hand.',
    ],
    'Abe checks everything I do.',
  ],
  // Workload and overwhelm.
  [
    [],
    [
      "I'm stretched too thin.",
      "I can't keep up.",
      'I have too much on my plate.',
      "I'm spinning too many plates.",
    ],
    'My workload is manageable.',
  ],
  [
    [],
    ["I'm drowning.", "I'm swamped.", "I'm snowed under.", "I'm up to my eyes in it."],
    "I'm coping fine.",
  ],
  [
    ['Mia'],
    [
      'Mia is drowning in work.',
      'Mia is completely swamped.',
      'Mia has too much on.',
      "Mia can't keep up with her workload.",
    ],
    'Mia has capacity for more.',
  ],
  [
    [],
    [
      "There aren't enough hours in the day.",
      "I'm chasing my tail.",
      "I'm juggling too much.",
      "I'm overwhelmed.",
    ],
    "I've got plenty of time.",
  ],
  // Family and personal.
  [
    ['Dad'],
    [
      "Dad doesn't listen to me.",
      'Dad never hears me out.',
      'Talking to Dad is like talking to a brick wall.',
      'Dad tunes me out.',
    ],
    'Dad listens to me.',
  ],
  [
    ['Josh'],
    [
      'Josh ignores everything I say.',
      "Josh doesn't listen to a word I say.",
      'Whatever I say to Josh goes in one ear and out the other.',
      'Josh tunes me out.',
    ],
    'Josh listens to me.',
  ],
  [
    ['Josh'],
    [
      "Josh thinks I'm too strict.",
      "Josh thinks I'm too hard on him.",
      "Josh thinks I'm overprotective.",
      "Josh thinks I'm too harsh with him.",
    ],
    "Josh thinks I'm fair with him.",
  ],
  [
    ['Lily'],
    [
      "Lily thinks I'm too soft.",
      "Lily thinks I'm a pushover.",
      'Lily knows she can walk all over me.',
      "Lily thinks I'm too lenient.",
    ],
  ],
  [
    ['Sam'],
    [
      'Sam takes me for granted.',
      "Sam doesn't appreciate what I do.",
      'Sam never thanks me.',
      'Everything I do goes unnoticed by Sam.',
    ],
    'Sam appreciates everything I do.',
  ],
  [
    ['Sam'],
    [
      'Sam never listens to me.',
      "Sam doesn't hear a word I say.",
      'Sam switches off when I talk.',
      "Sam doesn't pay attention to what I say.",
    ],
    'Sam really listens to me.',
  ],
  [
    ['Mum'],
    [
      'Mum compares me to my sister.',
      'Mum always compares me with my brother.',
      "Mum asks why I can't be more like my sister.",
      "I'll never measure up to my brother in Mum's eyes.",
    ],
  ],
  [
    ['Ollie'],
    [
      'Ollie wants me to fail.',
      'Ollie would love to see me fail.',
      'Ollie is hoping I fall flat on my face.',
      'Ollie wants to see me fail.',
    ],
    'Ollie wants me to succeed.',
  ],
  [
    ['Dad'],
    [
      'Dad is proud of me.',
      'Dad thinks the world of me.',
      'Dad is pleased with me.',
      'Dad boasts about me to his friends.',
    ],
    'Dad is disappointed in me.',
  ],
  [
    ['Mum'],
    [
      'Mum is ashamed of me.',
      "I'm a disappointment to Mum.",
      'Mum is disappointed in me.',
      'Mum thinks I have let her down.',
    ],
    'Mum is proud of me.',
  ],
  // Second pass of round ten.
  [
    ['Vera'],
    [
      'Nothing goes out without Vera checking it.',
      'Vera has to see everything before it is sent.',
      'Vera insists on reviewing all my work.',
      "I'm not allowed to send anything without Vera's approval.",
    ],
    'Vera lets me send things without checking them.',
  ],
  [
    [],
    [
      "I've got too much on.",
      "I'm at capacity.",
      "I'm buried under emails.",
      'My to-do list is out of control.',
    ],
    'I have room for more.',
  ],
  [
    [],
    [
      'The client will find another agency.',
      'We will lose the client to a cheaper firm.',
      'The client is going to cancel.',
      'The client is thinking of leaving us.',
    ],
    'The client is happy to stay with us.',
  ],
  [
    [],
    [
      'The client thinks we cost too much.',
      'The client thinks our rates are extortionate.',
      'The client will balk at the price.',
      "The client thinks they aren't getting their money's worth.",
    ],
    'The client thinks our fees are fair.',
  ],
  [
    ['Pam'],
    [
      "Pam will think I'm a nuisance.",
      "Pam will think I'm being difficult.",
      'Pam will see me as a troublemaker.',
      "Pam will think I'm awkward.",
    ],
  ],
  [
    ['Lou'],
    [
      "Lou will think I'm not committed.",
      "Lou will think I don't care.",
      "Lou will think my heart isn't in it.",
      "Lou will think I've checked out.",
    ],
    "Lou knows I'm committed.",
  ],
  [
    ['Zac'],
    [
      "Zac thinks I'm unfair.",
      "Zac thinks I'm too strict with him.",
      'Zac thinks my rules are too harsh.',
      "Zac thinks I'm too hard on him.",
    ],
  ],
  [
    ['Kay'],
    [
      'Kay thinks I nag.',
      'Kay thinks I go on at her.',
      "Kay thinks I'm always on at her.",
      'Kay thinks I nag her constantly.',
    ],
  ],
  [
    ['Mum'],
    [
      'Mum favours my brother.',
      "My brother is the favourite in Mum's eyes.",
      'Mum has always preferred my brother.',
      'Mum treats my brother better than me.',
    ],
    'Mum treats us the same.',
  ],
  [
    ['Dad'],
    [
      'Dad never has time for me.',
      'Dad is always too busy for me.',
      'Dad never makes time for me.',
      "Dad can't spare any time for me.",
    ],
    'Dad always has time for me.',
  ],
  [
    ['Al'],
    [
      'Al takes me for granted.',
      'Al expects me to do everything.',
      'Al never notices what I do.',
      "Al doesn't value what I do.",
    ],
    'Al appreciates what I do.',
  ],
  [
    [],
    [
      "I can't cope.",
      "I'm not coping.",
      "I'm struggling to cope with the workload.",
      "I'm overwhelmed by work.",
    ],
    "I'm coping fine.",
  ],
  // Third pass of round ten: client satisfaction and haggling, being thought stupid, rude or weak, prying, housework.
  [
    [],
    [
      'The client is unhappy with our work.',
      "The client isn't happy with the service.",
      'The client is dissatisfied with us.',
      'The client is disappointed with the results.',
    ],
    'The client is delighted with our work.',
  ],
  [
    [],
    [
      'The client will ask for a discount.',
      'The client will push for a lower price.',
      'The client will try to knock the price down.',
      'The client wants to renegotiate the fee.',
    ],
    'The client will pay the full price.',
  ],
  [
    ['Rosa'],
    [
      "Rosa will think I'm stupid.",
      "Rosa will think I'm thick.",
      "Rosa will think I'm an idiot.",
      "Rosa will think I'm dim.",
    ],
    "Rosa thinks I'm bright.",
  ],
  [
    ['Ivy'],
    [
      "Ivy will think I'm rude.",
      'Ivy will find me rude.',
      "Ivy will think I'm impolite.",
      "Ivy will think I'm being rude.",
    ],
    "Ivy thinks I'm polite.",
  ],
  [
    ['Ned'],
    [
      "Ned will think I'm weak.",
      'Ned will see me as weak.',
      "Ned will think I'm a soft touch.",
      "Ned will think I'm spineless.",
    ],
    "Ned thinks I'm strong.",
  ],
  [
    ['Josh'],
    [
      "Josh thinks I don't understand him.",
      "Josh thinks I don't get him.",
      "Josh thinks I'm out of touch.",
      'Josh thinks I never understand him.',
    ],
    'Josh feels understood by me.',
  ],
  [
    ['Mum'],
    [
      'Mum interferes in everything.',
      'Mum meddles in my life.',
      "Mum can't stay out of my business.",
      'Mum sticks her nose into everything.',
    ],
    'Mum respects my privacy.',
  ],
  [
    ['Sam'],
    [
      "Sam doesn't pull their weight at home.",
      'Sam leaves all the housework to me.',
      'Sam never helps around the house.',
      'I do all the chores while Sam does nothing.',
    ],
    'Sam does their share at home.',
  ],
  [
    ['Jay'],
    [
      "Jay will think I'm not a team player.",
      "Jay will think I'm selfish.",
      'Jay will think I only look out for myself.',
      "Jay will think I'm in it for myself.",
    ],
    "Jay thinks I'm a team player.",
  ],
  [
    ['Uma'],
    [
      "Uma will think I'm ungrateful.",
      "Uma will think I don't appreciate what she's done.",
      'Uma will see me as ungrateful.',
      "Uma will think I'm being ungrateful.",
    ],
    "Uma knows I'm grateful.",
  ],
  [
    [],
    [
      'I never get a minute to myself.',
      "I don't have a second to breathe.",
      "I'm run off my feet.",
      "I'm rushed off my feet.",
    ],
    "I've got time to breathe.",
  ],
  [
    ['Eli'],
    [
      'Eli is too busy to help me.',
      'Eli never has time to help.',
      'Eli is always too busy for me.',
      'Eli can never find time for me.',
    ],
    'Eli always makes time for me.',
  ],
  // Fourth pass: copied on everything, deadlines, changing briefs, a wasted life, running my life, work first.
  [
    ['Cy'],
    [
      'Cy makes me cc him on every email.',
      'Cy rewrites everything I write.',
      'Cy wants a daily report on what I have done.',
      'Cy has to be copied on everything I send.',
    ],
    'Cy lets me get on with it.',
  ],
  [
    [],
    [
      "I'm doing the work of three people.",
      "I'm covering two jobs.",
      "I'm doing two people's jobs.",
      "I'm doing the job of two people.",
    ],
    'My workload is fair.',
  ],
  [
    [],
    [
      'The client always wants it yesterday.',
      'The client expects everything done overnight.',
      'The client sets impossible deadlines.',
      "The client's deadlines are unrealistic.",
    ],
    "The client's deadlines are realistic.",
  ],
  [
    [],
    [
      'The client keeps changing their mind.',
      'The client changes the brief every week.',
      "The client doesn't know what they want.",
      'The client keeps moving the goalposts.',
    ],
    'The client knows exactly what they want.',
  ],
  [
    ['Dad'],
    [
      'Dad thinks I am wasting my life.',
      'Dad thinks I have thrown my life away.',
      "Dad thinks I'm going nowhere.",
      "Dad thinks I've wasted my potential.",
    ],
    "Dad thinks I'm doing well with my life.",
  ],
  [
    ['Mum'],
    [
      'Mum never lets me make my own decisions.',
      'Mum decides everything for me.',
      'Mum tries to run my life.',
      'Mum treats me like a child.',
    ],
    'Mum lets me make my own decisions.',
  ],
  [
    ['Sam'],
    [
      'Sam thinks I work too much.',
      'Sam thinks I put work before the family.',
      'Sam thinks I care more about work than about us.',
      "Sam thinks I'm never home.",
    ],
    'Sam is fine with my hours.',
  ],
  [
    ['Josh'],
    [
      'Josh is embarrassed by me.',
      'Josh is ashamed of me.',
      'Josh cringes when I turn up.',
      "Josh doesn't want his friends to see me.",
    ],
    'Josh is proud of me.',
  ],
  // Reputation frames: "people will say I'm …" reads people as the subject, like "X will think I'm …".
  [
    [],
    [
      "I'll be seen as difficult.",
      "I'll get a reputation for being difficult.",
      "I'll be labelled as awkward.",
      "People will say I'm difficult.",
    ],
  ],
  [
    [],
    [
      "I'll be seen as lazy.",
      "I'll get a reputation for being lazy.",
      "I'll be labelled a slacker.",
      "People will say I'm lazy.",
    ],
  ],
  [
    [],
    [
      "I'll be seen as incompetent.",
      "I'll get a reputation for being useless.",
      "People will say I'm out of my depth.",
      "I'll be seen as not up to the job.",
    ],
  ],
  [
    [],
    [
      "I'll be seen as greedy.",
      "I'll get a reputation for being greedy.",
      "People will say I'm only in it for the money.",
      "I'll look greedy.",
    ],
  ],
  [
    [],
    [
      "I'll be seen as unreliable.",
      "I'll get a reputation for being flaky.",
      "People will say they can't rely on me.",
      "I'll look unreliable.",
    ],
  ],
  [
    [],
    [
      "I'll be seen as arrogant.",
      "I'll get a reputation for being arrogant.",
      "People will say I'm full of myself.",
      "I'll look arrogant.",
    ],
  ],
];

describe('theme probes', () => {
  it('groups most phrasings of each theme and never its denial', () => {
    const { together, pairs } = paraphrasePairs([...sets, ...sets2]);
    // Measured 154/168 (114/120 and 40/48) when the table was written; 145/168 since every pair in a group must
    // pass the same threshold (WEAKEST_LINK, session 6: a precision gain on blind text, paid for in recall here).
    expect(together / pairs).toBeGreaterThanOrEqual(0.85);
  });
  it('groups most everyday rephrasings (third batch) and never their denials', () => {
    const { together, pairs } = paraphrasePairs(sets3);
    // Measured before round nine's phrases 35/198 (18/138 and 17/60), after 189/198 (135/138 and 54/60).
    // 186/198 since WEAKEST_LINK (session 6).
    expect(pairs).toBe(198);
    expect(together / pairs).toBeGreaterThanOrEqual(0.93);
  });
  it('groups most judgement, client, control, workload and family phrasings (fourth batch), never their denials', () => {
    const { together, pairs } = paraphrasePairs(sets4);
    // Measured before round ten's phrases 178/480, after 335/480. Most misses were one frame: "Ana will think I'm
    // incompetent" read Ana as the one judging, "I'll come across as useless" read me, and the two never met; with
    // the frames of a view read as one (seen.ts, session 4) 371/480.
    expect(pairs).toBe(480);
    expect(together / pairs).toBeGreaterThanOrEqual(0.75);
  });
});

// Pairs that share a theme word but are different assumptions (other person, other object, reversed roles,
// negation inside a word, a hedge).
const traps: Array<[string, string, string[]]> = [
  ['The grant will be rejected.', 'The planning application will be rejected.', []],
  ['Tom is burnt out.', 'Sara is burnt out.', ['Tom', 'Sara']],
  ["Tom doesn't trust the new software.", "Tom doesn't trust my figures.", ['Tom']],
  ["I'm afraid the deadline will slip.", "I'm afraid to speak up in the meeting.", []],
  ['Tom is worried about the budget.', 'Tom is afraid of me.', ['Tom']],
  ['Sara blames the supplier for the delay.', 'Sara blames me for the delay.', ['Sara']],
  ['The client will complain about the invoice.', "I'll look like a complainer if I ask again.", []],
  ["I'm too soft on Liam.", "I'm too soft on fees.", ['Liam']],
  ['Tom undermines me in front of the team.', 'I undermine Tom in front of the team.', ['Tom']],
  ['Sara takes credit for my work.', "I take credit for Sara's work.", ['Sara']],
  ['Tom is jealous of Sara.', 'Sara is jealous of Tom.', ['Tom', 'Sara']],
  ['Tom will leave the team.', 'Tom will stay in the team.', ['Tom']],
  ['The project will be late.', 'The project will be on time.', []],
  ['Sara is ready for promotion.', 'Sara is not ready for promotion.', ['Sara']],
  ['Tom is unsupportive of the plan.', 'Tom supports the plan.', ['Tom']],
  ['Sara feels unsafe raising concerns.', 'Sara feels safe raising concerns.', ['Sara']],
  ['Tom is uninterested in the project.', 'Tom is interested in the project.', ['Tom']],
  ['Nobody notices my work.', 'Everybody notices my work.', []],
  ['Sara ignores my emails.', 'Sara ignores the rules.', ['Sara']],
  ['Tom respects the process.', 'Tom respects my judgement.', ['Tom']],
  ['Sara resents my success.', "I resent Sara's success.", ['Sara']],
  ['My manager favours Tom.', 'My manager favours Sara.', ['Tom', 'Sara']],
  ['Sara thinks I am lazy.', 'I think Sara is lazy.', ['Sara']],
  ['Tom is happy to delegate.', 'Tom is unhappy to delegate.', ['Tom']],
  ['We are undercharging the council.', 'The council is overcharging us.', []],
  ['Sara gives me honest feedback.', 'Sara never gives me feedback.', ['Sara']],
  // The writer undergoing it (passive, `~` phrases) is not the writer doing it, nor someone else undergoing it.
  ["I'm left out of the planning meetings.", 'Tom is left out of the planning meetings.', ['Tom']],
  ['I feel undervalued by Tom.', 'Tom feels undervalued by me.', ['Tom']],
  ['We always get overlooked.', 'Tom always gets overlooked.', ['Tom']],
  ["I'm excluded from decisions.", 'I exclude Tom from decisions.', ['Tom']],
  ['I am blamed for everything.', 'Tom is blamed for everything.', ['Tom']],
  ['I am micromanaged by Sara.', 'I micromanage Sara.', ['Sara']],
  // Titles open a name ("Sister", "Father"); wanting is framing; "matter" is not valuing.
  [
    'Sister Ruiz double-checks every dose I calculate.',
    "I don't trust Sister Ruiz's dose calculations.",
    ['Sister Ruiz'],
  ],
  ['Tom wants to move to the night shift.', 'Tom would rather struggle than ask me.', ['Tom']],
  ['Vera leaves me out of the decisions that matter.', 'Vera values my research.', ['Vera']],
  // Kindred concepts keep the object check; a compound is not its second word.
  ['Jo double-checks every figure I send.', "Jo doesn't trust the new payroll system.", ['Jo']],
  ['I am under-appreciated by Ann.', 'Ann appreciates my work.', ['Ann']],
  // Round five: the same phrase aimed at another thing; undergoer vs doer; a deciding body is not a person.
  ['The delivery will be late again.', 'The report will be late again.', []],
  ['Tom is struggling with the new system.', 'Tom is struggling with his workload.', ['Tom']],
  ['Tom is set up to fail.', 'Tom set me up to fail.', ['Tom']],
  ['Tom is left out.', 'Tom leaves me out.', ['Tom']],
  ['Nobody listens to me in meetings.', 'Ann ignores me in meetings.', ['Ann']],
  ['The panel will reject my application.', 'Ann will reject my application.', ['Ann']],
  // Round nine: direction, other person, other object, denial, word sense ("has hurt her back").
  ['Tom badmouths me to the others.', 'I badmouth Tom to the others.', ['Tom']],
  ['Tom badmouths me.', 'Tom badmouths Sara.', ['Tom', 'Sara']],
  ['The council will cut our funding.', 'The council will increase our funding.', []],
  ['The client will pull our funding.', 'The council will pull our funding.', []],
  ['Ann has written me off.', 'Ann has written off the debt.', ['Ann']],
  ['Ann has given up on me.', 'I have given up on Ann.', ['Ann']],
  ['Sophie has my back.', 'Sophie has hurt her back.', ['Sophie']],
  ['Dan is hiding something from me.', 'I am hiding something from Dan.', ['Dan']],
  ['Ivan avoids me.', 'Ivan avoids conflict.', ['Ivan']],
  ['Mum is disappointed in me.', 'I am disappointed in Mum.', ['Mum']],
  ['Mum is proud of me.', 'Mum is not proud of me.', ['Mum']],
  ['Mum disapproves of my choices.', 'Mum approves of my choices.', ['Mum']],
  ['Rob went over my head.', "I went over Rob's head.", ['Rob']],
  ['I am a burden to Jen.', 'Jen is a burden to me.', ['Jen']],
  ['My days here are numbered.', "Tom's days here are numbered.", ['Tom']],
  ["I'm buried in work.", "I'm no longer buried in work.", []],
  ['Ted is careless with the numbers.', 'Ted is careful with the numbers.', ['Ted']],
  ['Ted is careless with the numbers.', 'Sam is careless with the numbers.', ['Ted', 'Sam']],
  ['Ian never has time for me.', 'Ian always has time for me.', ['Ian']],
  ['Eve would betray us.', 'We would betray Eve.', ['Eve']],
  ['Lisa is using me.', 'I am using Lisa.', ['Lisa']],
  ['Dad looks down on my career.', 'Dad looks up to me.', ['Dad']],
  ['Nell keeps me out of the loop.', 'Nell keeps Tom out of the loop.', ['Nell', 'Tom']],
  ['Tom is losing interest in the project.', 'Tom is losing money on the project.', ['Tom']],
  ['Raj keeps me on a short leash.', 'Raj keeps Tom on a short leash.', ['Raj', 'Tom']],
  ['I keep putting it off.', 'Tom keeps putting it off.', ['Tom']],
  ['Mark has something up his sleeve.', 'Mark has nothing up his sleeve.', ['Mark']],
  ['Tom speaks badly of me.', 'Tom speaks well of me.', ['Tom']],
  ['Jo trusts me with the big clients.', 'Jo trusts Tom with the big clients.', ['Jo', 'Tom']],
  ['Paul never gets back to me.', 'I never get back to Paul.', ['Paul']],
  ['Zara is after my job.', "I am after Zara's job.", ['Zara']],
  ['Pete drags his feet on every change.', 'Tom drags his feet on every change.', ['Pete', 'Tom']],
  ['Leo looks after his own.', 'Leo looks after his health.', ['Leo']],
  // Round ten: direction, denial, in-word negation, other person, word sense ("exhausting", "a cold", "goes quiet").
  ["Gemma will think I'm difficult.", 'I think Gemma is difficult.', ['Gemma']],
  ["Gemma thinks I'm difficult.", "Gemma thinks I'm easy to work with.", ['Gemma']],
  ["Chris thinks I'm unhelpful.", "Chris thinks I'm helpful.", ['Chris']],
  ["Flo thinks I'm unreliable.", "Flo thinks I'm reliable.", ['Flo']],
  ['Asking for a raise will make me look greedy.', 'Ingrid is greedy.', ['Ingrid']],
  ["Nia will think I'm full of myself.", 'Nia is full of herself.', ['Nia']],
  ['The client thinks we are too expensive.', 'The client thinks we are good value.', []],
  ['We overcharge the council.', 'We undercharge the council.', []],
  ['The client has gone quiet.', 'The team goes quiet when I walk in.', []],
  ["I'm drowning in work.", "I'm out of my depth.", []],
  ['Lena checks everything I send.', 'I check everything Lena sends.', ['Lena']],
  ['Lena checks everything I send.', 'Lena trusts me to get on with it.', ['Lena']],
  ['Dee finds me exhausting.', 'Dee is exhausted.', ['Dee']],
  ["Gus thinks I'm cold.", 'Gus has a cold.', ['Gus']],
  ["Josh thinks I'm too strict.", "Josh thinks I'm too soft.", ['Josh']],
  ['Mum compares me to my sister.', 'Mum compares prices.', ['Mum']],
  ['Ollie wants me to fail.', 'Ollie is afraid he will fail.', ['Ollie']],
  ['Dad is proud of me.', 'I am proud of Dad.', ['Dad']],
  ['Ruth thinks I am lazy.', 'Ruth thinks Tom is lazy.', ['Ruth', 'Tom']],
  ['I have too much on my plate.', 'Tom has too much on his plate.', ['Tom']],
  ['Sam takes me for granted.', 'I take Sam for granted.', ['Sam']],
  ["I'm swamped.", "I'm not swamped.", []],
  ['The client will fire us.', 'Tom will be fired.', ['Tom']],
  ["Kim thinks I'm sloppy.", "Kim thinks I'm thorough.", ['Kim']],
  ["Hal thinks I'm cold.", "Hal thinks I'm warm.", ['Hal']],
  ["We haven't heard from the client in weeks.", "The client hasn't heard from us in weeks.", []],
  ["Kim thinks I'm careless.", 'Kim thinks Tom is incompetent.', ['Kim', 'Tom']],
  ["Kim thinks I'm careless.", "Kim thinks I'm competent.", ['Kim']],
  ['The client thinks we are too expensive.', 'We think the client is too expensive.', []],
  ["Kay thinks I'm always on at her.", 'Kay is always on at me.', ['Kay']],
  ['Vera insists on reviewing all my work.', "I insist on reviewing all Vera's work.", ['Vera']],
  ['The client thinks our rates are extortionate.', "We think the supplier's rates are extortionate.", []],
  ["Dad can't spare any time for me.", "I can't spare any time for Dad.", ['Dad']],
  ['Zac thinks my rules are too harsh.', "Zac thinks the school's rules are too harsh.", ['Zac']],
  ['The client is unhappy with our work.', "I am unhappy with the client's work.", []],
  ["Ivy will think I'm rude.", 'Ivy is rude to me.', ['Ivy']],
  ["Rosa will think I'm stupid.", 'Rosa thinks the plan is stupid.', ['Rosa']],
  ['Mum sticks her nose into everything.', 'I stick my nose into everything.', ['Mum']],
  ['The client will ask for a discount.', 'We will ask the supplier for a discount.', []],
  ['Sam leaves all the housework to me.', 'I leave all the housework to Sam.', ['Sam']],
  ["I'm rushed off my feet.", 'Tom is rushed off his feet.', ['Tom']],
  ['The client is unhappy with our work.', 'The client is happy with our work.', []],
  ["Ned will think I'm weak.", "Ned will think I'm strong.", ['Ned']],
  ['Cy makes me cc him on every email.', 'I make Cy cc me on every email.', ['Cy']],
  ['Dad thinks I am wasting my life.', 'I think Dad is wasting his life.', ['Dad']],
  ['Dad thinks I am wasting my life.', 'Dad thinks I am doing well for myself.', ['Dad']],
  ['Mum tries to run my life.', "I try to run Mum's life.", ['Mum']],
  ['Sam thinks I work too much.', 'I think Sam works too much.', ['Sam']],
  ['Josh cringes when I turn up.', 'I cringe when Josh turns up.', ['Josh']],
];

// Who: a group of no fixed membership ("nobody") meets another group; a role or an ambiguous pronoun meets
// the entry's people it may be; an ambiguous pronoun never meets one from an entry with other people.
const together: Array<[string, string[], string, string[]]> = [
  ['Nobody listens to me in meetings.', [], 'The team tunes me out in meetings.', []],
  ['My area manager does not trust me.', ['Ann'], 'Ann does not trust me.', ['Ann']],
  ['The panel will reject my application.', [], 'The panel will turn down my application.', []],
  ['She does not trust me.', ['Ann', 'Beth'], 'Ann does not trust me.', ['Ann']],
  ['Ann is lying about the figures.', ['Ann'], 'Ann is not telling the truth about the figures.', ['Ann']],
  ['The project will fail.', [], 'The project is going to flop.', []],
];

describe('who and what', () => {
  it.each(together)('groups "%s" with "%s"', (a, pa, b, pb) => {
    const { groups } = groupStatements([
      { id: 1, entryId: 1, text: a, people: pa },
      { id: 2, entryId: 2, text: b, people: pb },
    ]);
    expect(groups.some((g) => g.length === 2)).toBe(true);
  });
  it('keeps an ambiguous pronoun from people of another entry', () => {
    const { groups } = groupStatements([
      { id: 1, entryId: 1, text: 'She does not trust me.', people: ['Ann', 'Beth'] },
      { id: 2, entryId: 2, text: 'She does not trust me at all.', people: ['Carol', 'Dana'] },
    ]);
    expect(groups.some((g) => g.length === 2)).toBe(false);
  });
});

describe('theme traps', () => {
  it.each(traps)('keeps "%s" apart from "%s"', (a, b, people) => {
    const at = groupOf([a, b], people);
    expect(at.get(1)).not.toBe(at.get(2));
  });
});

describe('entry context', () => {
  const run = (otherPeople: string[]) => {
    const { groups } = groupStatements([
      {
        id: 1,
        entryId: 1,
        text: "If I ask Ingrid for a pay rise she'll think I'm greedy.",
        people: ['Ingrid'],
      },
      { id: 2, entryId: 2, text: 'Asking for more money will make me look greedy.', people: otherPeople },
    ]);
    return groups.some((g) => g.length === 2);
  };
  it('reads a statement that names no one as about its entry’s people', () => {
    expect(run(['Gareth'])).toBe(false);
    expect(run(['Ingrid', 'Gareth'])).toBe(true);
  });
});
