// A hand-kept lexicon of the ideas that recur in workplace assumptions. Each concept lists phrases that assert it
// (`pos`) and phrases that deny it (`neg`: "ignore" denies "listen", "unappreciated" denies "value"), so
// "she doesn't listen" and "she ignores us" meet as the same concept with the same (negative) polarity, while
// "she does listen" meets them with the opposite one.
//
// Phrase syntax: words are compared after stemming; `*` skips up to three words; `@` is any person or group.
// Predicates carry polarity; nouns are topics (unsigned); groups and roles are who a statement is about.

export type ConceptKind = 'pred' | 'noun';

export interface ConceptDef {
  id: string;
  kind: ConceptKind;
  /** For predicates: is asserting it good (+1) or bad (-1) news for the writer? 0: neither. */
  valence?: 1 | 0 | -1;
  pos: string[];
  neg?: string[];
}

// biome-ignore format: a word list reads best packed
export const CONCEPTS: ConceptDef[] = [
  {
    id: 'trust',
    kind: 'pred',
    valence: 1,
    pos: [
      'believe our', 'believe my', 'believe his', 'believe her', 'believe their', 'believe the', 'take * at * word', 'take * word for',
      'trust', 'rely on', 'count on', 'depend on', 'faith in', 'have faith', 'confidence in', 'confident in',
      'believe in', 'trustworthy', 'reliable', 'confide in', 'leave * to me', 'let me make the call',
    ],
    neg: [
      'distrust', 'mistrust', 'suspicious', 'second guess', 'untrustworthy', 'unreliable', 'wary of',
      'doubt my', 'doubt his', 'doubt her', 'doubt our', 'doubt their',
    ],
  },
  {
    // "the trust" that runs a school or hospital, not trust.
    id: 'organisation',
    kind: 'noun',
    pos: ['the trust', 'academy trust', 'nhs trust', 'the company', 'the firm', 'the business', 'the school', 'the hospital'],
  },
  {
    id: 'judgment',
    kind: 'noun',
    pos: [
      'judgment', 'judgement', 'decision', 'decision making', 'call', 'choice', 'instinct', 'discretion',
      'competence', 'ability', 'expertise',
    ],
  },
  {
    id: 'heed',
    kind: 'pred',
    valence: 1,
    pos: [
      'listen', 'hear', 'heed', 'pay * attention', 'take * seriously', 'take * on board', 'act on', 'attentive',
      'responsive', 'open to', 'receptive', 'interested in what', 'welcome', 'value * input', 'value * opinion',
    ],
    neg: [
      'in the bin', 'bin', 'shelve', 'gather dust', 'on the shelf', 'nod along', 'lip service', 'go nowhere', 'fall flat', 'pay lip service', 'not hear',
      'ignore', 'dismiss', 'dismissive', 'brush off', 'brush aside', 'brush * off', 'brush * aside', 'wave away',
      'wave off', 'wave * away', 'wave * off', 'tune out', 'tune * out', 'switch off', 'disregard', 'shrug off',
      'shrug * off', 'talk over', 'shut * down', 'shoot * down', 'deaf to', 'deaf ear', 'fall on deaf ear',
      'unheard', 'bat away', 'bat * away', 'swat * away', 'gloss over', 'rubbish',
      'pooh pooh', 'write * idea * off', 'write off * idea', 'write * suggestion * off', 'roll * eye', 'not interested in', 'go in one ear',
    ],
  },
  {
    id: 'value',
    kind: 'pred',
    valence: 1,
    pos: [
      'value', 'appreciate', 'appreciation', 'recognise', 'recognition', 'acknowledge', 'notice', 'thank',
      'grateful', 'credit', 'praise', 'rate', 'think highly',
    ],
    neg: [
      'unappreciated', 'undervalued', 'underappreciated', 'taken for granted', 'take * for granted', 'unnoticed',
      'unrecognised', 'unrecognized', 'unseen', 'invisible', 'thankless', 'overlook', 'unacknowledged',
      'unthanked', 'unvalued', 'goes unseen', 'under the radar',
    ],
  },
  {
    id: 'respect',
    kind: 'pred',
    valence: 1,
    pos: ['respect', 'look up to', 'admire', 'hold * in high regard', 'esteem', 'think * of me'],
    neg: [
      'beneath', 'like dirt', 'inferior', 'lesser', 'skivvy', 'skivvies', 'servant', 'servants', 'below them', 'beneath them', 'lowly', 'mere',
      'disrespect', 'disrespectful', 'look down on', 'look down at', 'belittle', 'patronise', 'patronize',
      'patronising', 'condescend', 'condescending', 'talk down to', 'sneer', 'contempt', 'mock', 'humiliate',
      'treat * like a child', 'treat * like an idiot', 'second class',
    ],
  },
  {
    id: 'claim-credit',
    kind: 'pred',
    valence: -1,
    pos: [
      'take * credit', 'claim * credit', 'steal * credit', 'claim', 'present * as * own', 'pass * off as',
      'pass * off', 'get * credit for', 'get * recognition for', 'get * praise for', 'take * glory', 'as her own',
      'as his own', 'as their own', 'hog * credit', 'put * name on',
    ],
    neg: ['give * credit', 'share * credit', 'credit * team', 'name * team', 'shine * light on'],
  },
  {
    id: 'blame',
    kind: 'pred',
    valence: -1,
    pos: [
      'cause', 'caused by', 'because of me', 'fault of', 'take * fall', 'carry the can',
      'blame', 'hold * responsible', 'hold * accountable', 'my fault', 'our fault', 'his fault', 'her fault',
      'point * finger', 'scapegoat', 'pin * on', 'fault', 'the reason', 'responsible for', 'to blame',
      'lay * at * door',
    ],
  },
  {
    id: 'control',
    kind: 'pred',
    valence: 1,
    pos: [
      'control', 'manage * class', 'manage * classes', 'manage * room', 'keep order', 'keep * order',
      'discipline', 'classroom management', 'behaviour management', 'handle * class', 'on top of',
      'in control', 'grip on',
    ],
    neg: ['out of control', 'chaos', 'chaotic', 'riot', 'unruly', 'run riot', 'walk all over'],
  },
  {
    id: 'competent',
    kind: 'pred',
    valence: 1,
    pos: [
      'be up to', 'hold the fort', 'run the place', 'run things', 'cope without', 'keep * afloat', 'manage on my own', 'manage without',
      'competent', 'capable', 'good enough', 'up to * job', 'up to it', 'cope', 'skilled', 'good at',
      'know what * doing', 'effective', 'cut out for', 'on top of things', 'can handle',
    ],
    neg: [
      'sink', 'go under', 'crash and burn', 'make a mess', 'not up to',
      'incompetent', 'incapable', 'useless', 'inadequate', 'weak', 'struggle', 'struggling', 'out of * depth',
      'hopeless', 'clueless', 'mess up', 'screw up', 'fraud', 'impostor', 'imposter', 'not cut out',
      'drop * ball', 'fall apart', 'failure', 'amateur', 'amateurish', 'sloppy', 'ineffective', 'floundering',
      'in over * head', 'sinking', 'drowning in',
      // A business run into the ground is ruined ("running herself into the ground" is worn out: not here).
      'run the * into the ground', 'run his * into the ground', 'run her * into the ground',
      'run my * into the ground', 'run our * into the ground', 'run their * into the ground',
    ],
  },
  {
    id: 'ready',
    kind: 'pred',
    valence: 1,
    pos: [
      'management material', 'manager material', 'leadership material', 'leader material', 'director material',
      'promotion material', 'senior material', 'board material', 'executive material', 'ready for promotion', 'ready to step up', 'ready for the role',
      'ready', 'prepared', 'experienced', 'experience', 'seasoned', 'mature enough', 'senior enough',
      'ready for', 'ripe for',
    ],
    neg: ['unready', 'unprepared', 'inexperienced', 'too junior', 'too green', 'too new', 'premature', 'naive'],
  },
  {
    id: 'lead',
    kind: 'pred',
    pos: [
      'lead', 'head up', 'take charge', 'in charge', 'take * lead', 'take ownership', 'own the', 'run the',
      'run a', 'step up', 'take over', 'leader', 'leading', 'manage the project', 'drive the',
    ],
  },
  {
    id: 'difficult',
    kind: 'pred',
    valence: -1,
    pos: [
      'difficult', 'obstructive', 'blocker', 'negative', 'awkward', 'troublemaker', 'trouble maker', 'complainer',
      'moaner', 'whinger', 'whinge', 'whine', 'moan', 'complain', 'complaining', 'grumble', 'nag', 'nagging',
      'pushy', 'aggressive', 'confrontational', 'not a team player', 'rock * boat', 'make a fuss', 'kick up a fuss',
      'fuss', 'make a drama', 'make * drama', 'cause drama', 'create drama', 'dramatic', 'precious about', 'precious with', 'high maintenance', 'stir', 'stirrer', 'a pain', 'killjoy',
      'pessimist', 'pessimistic', 'cynic', 'cynical', 'obstruct', 'stand in the way', 'get in the way',
      'make trouble', 'cause trouble', 'problem child', 'hard to work with', 'prima donna',
      'demanding', 'bossy', 'defensive', 'emotional', 'hysterical', 'overreact', 'overreacting', 'alarmist',
      'ungrateful',
    ],
  },
  {
    id: 'speak-up',
    kind: 'pred',
    pos: [
      'push back', 'pushback', 'challenge', 'question the', 'question her', 'question his', 'question their',
      'question @', 'raise', 'flag', 'report it', 'report * to', 'speak up', 'speak out', 'bring up', 'bring * up', 'escalate',
      'voice', 'mention', 'say no', 'object', 'disagree', 'point out', 'call out', 'call * out', 'contradict',
      'tell * truth', 'argue', 'ask questions', 'ask a question', 'query', 'bring * to', 'admit', 'confess',
      'say something', 'open * mouth', 'put * foot down', 'decline', 'stand up to',
    ],
  },
  {
    id: 'deadline',
    kind: 'noun',
    pos: [
      'deadline', 'date', 'dates', 'timeline', 'schedule', 'due date', 'timescale', 'roadmap', 'target date',
      'time frame', 'timeframe', 'launch date', 'delivery date', 'go live',
    ],
  },
  {
    id: 'overload',
    kind: 'pred',
    valence: -1,
    pos: [
      'overloaded', 'overworked', 'overstretched', 'stretched', 'stretched thin', 'swamped', 'drowning',
      'maxed out', 'breaking point', 'burned out', 'burnt out', 'burnout', 'flat out', 'underwater', 'buried',
      'at capacity', 'too much work', 'too much on', 'snowed under', 'run ragged', 'exhausted', 'overwhelmed',
      'slammed', 'overstretched', 'at full', 'running on empty', 'stretched too thin', 'too thin',
      'overcommitted', 'over capacity', 'too busy', 'busy', 'overstretch', 'running on fumes', 'crushed',
    ],
    neg: [
      'capacity', 'bandwidth', 'spare', 'room for more', 'take on * more', 'take * more on', 'headroom',
      'breathing room', 'breathing space', 'slack in', 'room to', 'fit * in', 'absorb', 'cope with more',
      'handle more', 'space for',
    ],
  },
  {
    id: 'ask-help',
    kind: 'pred',
    pos: [
      'ask for help', 'ask for support', 'ask * for help', 'ask * for support', 'request help', 'request support',
      'request * help', 'request * support', 'seek help', 'seek support', 'get help', 'need help', 'need support',
      'ask for advice', 'ask * for advice', 'reach out', 'ask for * help', 'ask for * support', 'lean on',
      'put * hand up', 'admit * struggl', 'admit * not coping', 'ask for a hand', 'call for help',
    ],
  },
  {
    id: 'harm-me',
    kind: 'pred',
    valence: -1,
    pos: [
      'count against', 'held against', 'hold * against', 'hurt * career', 'damage * reputation',
      'damage * career', 'black mark', 'reflect badly', 'reflect poorly', 'look bad', 'jeopardise',
      'jeopardize', 'cost me', 'punish', 'penalise', 'penalize', 'used against', 'go on * record',
      'end up in * review', 'mark * down', 'hurt * chance', 'ruin * chance', 'harm * chance', 'sink * chance',
      'look weak', 'show weakness', 'sign of weakness', 'make * look',
    ],
  },
  {
    id: 'intent',
    kind: 'pred',
    valence: -1,
    pos: [
      'test me', 'testing me',
      'on purpose', 'deliberately', 'deliberate', 'intentional', 'intentionally', 'set out to', 'mean to',
      'purposely', 'purposefully', 'knowingly', 'by design', 'wind * up', 'provoke',
      'test * boundaries', 'push * button', 'try it on', 'get a rise', 'out to', 'trying to get',
      'for a reaction', 'to get a reaction',
    ],
    neg: ['accident', 'accidental', 'accidentally', 'by accident', 'unintentional', 'unintentionally', 'inadvertent', 'inadvertently', 'help it'],
  },
  {
    id: 'disrupt',
    kind: 'pred',
    valence: -1,
    pos: [
      'disrupt', 'disruption', 'disruptive', 'derail', 'mess about', 'muck about', 'mess around', 'muck around',
      'act up', 'play up', 'misbehave', 'misbehaviour', 'kick off', 'interrupt', 'distract', 'sabotage',
      'wreck', 'ruin * lesson', 'ruin * meeting', 'hijack', 'play * up', 'clown around', 'clown about',
    ],
  },
  {
    id: 'care',
    kind: 'pred',
    valence: 1,
    pos: [
      'look after', 'care for', 'take care of', 'attend to', 'check on', 'tend to', 'look out for', 'cared for',
      'well looked after', 'in good hands', 'see to',
    ],
    neg: [
      'neglect', 'neglectful', 'neglecting', 'abandon', 'leave * alone', 'leave * on * own', 'unattended',
      'forgotten about', 'forget about', 'left to fend', 'fend for', 'uncared', 'let down', 'fail * father',
      'fail * mother', 'fail * patient', 'fail * client',
      // Not bare "on his own": "can't run a shift on her own" is about working alone, not being neglected.
    ],
  },
  {
    id: 'invest',
    kind: 'pred',
    valence: 1,
    pos: ['care about', 'interested', 'invested', 'committed', 'bothered', 'give a damn', 'engaged', 'passionate', 'motivated', 'keen'],
    neg: ['indifferent', 'could care less', 'apathetic', 'disengaged', 'uninterested', 'checked out', 'unmotivated', 'going through the motions'],
  },
  {
    id: 'offload',
    kind: 'pred',
    valence: -1,
    pos: [
      'leave * for', 'dump * on', 'dump', 'hand over', 'hand * over', 'pass * on to', 'pass on', 'offload',
      'palm off', 'palm * off', 'push * onto', 'push * on to', 'lumber * with', 'saddle * with',
      'leave * undone', 'leave us', 'unfinished', 'undone', 'left over', 'leftover', 'land * on',
      'shove * onto', 'foist', 'hand * off', 'handoff',
    ],
  },
  {
    id: 'exploit',
    kind: 'pred',
    valence: -1,
    pos: [
      'overcharge', 'rip * off', 'rip off', 'fleece', 'cheat', 'swindle', 'take advantage', 'exploit', 'con',
      'inflate', 'inflated', 'padded', 'pad', 'gouge', 'mark up', 'markup', 'scam', 'short change', 'shortchange',
      'price gouging', 'daylight robbery', 'over the odds', 'too much for', 'bump up', 'creaming off', 'skim off', 'skim * off',
    ],
    neg: ['fair price', 'good deal', 'value for money', 'honest price'],
  },
  {
    id: 'sabotage',
    kind: 'pred',
    valence: -1,
    pos: [
      'sabotage', 'sink * project', 'sink the', 'sink this', 'undermine', 'work against', 'working against',
      'torpedo', 'kill the project', 'kill * project', 'want * to fail', 'set * up to fail', 'behind * back',
      'behind the scenes', 'stab * in * back', 'knife', 'white ant', 'scupper', 'block', 'stonewall', 'stall',
      'drag * feet', 'obstruct', 'derail * project', 'water down', 'poison',
    ],
  },
  {
    id: 'authority',
    kind: 'pred',
    valence: 1,
    pos: ['respect my authority', 'back my decision', 'let me run', 'leave * to me', 'let me decide', 'defer to me'],
    neg: [
      'go over * head', 'go round me', 'go around me', 'bypass', 'overrule', 'override', 'undermine me',
      'undermine my', 'countermand', 'contradict me', 'pull rank', 'reverse my', 'redo my',
      'undo my', 'behind my back', 'without asking me', 'without telling me', 'without consulting',
    ],
  },
  {
    id: 'lose-business',
    kind: 'pred',
    valence: -1,
    pos: [
      'lose * contract', 'lose * client', 'lose * business', 'lose the work', 'lose * account', 'cost * renewal',
      'cost * contract', 'cost * client', 'cost * account', 'drop us', 'fire us', 'replace us', 'get us replaced',
      'walk away', 'take * business elsewhere', 'go elsewhere', 'another firm', 'another supplier',
      'another agency', 'pull the plug', 'cancel * contract',
    ],
    neg: ['extend', 'extended', 'renew', 'renewal', 'keep us on', 'repeat business', 'phase two', 'follow on'],
  },
  {
    id: 'always-on',
    kind: 'pred',
    valence: -1,
    pos: [
      'on call', 'around the clock', 'round the clock', '24 7', 'always on', 'always available', 'reachable',
      'available', 'at all hours', 'answer * email', 'answer * emails', 'reply * midnight', 'respond immediately',
      'at midnight', 'every evening', 'never switch off', 'be online', 'on standby', 'at * beck and call',
      'drop everything',
    ],
    neg: ['switch off', 'offline', 'disconnect', 'unplug', 'log off'],
  },
  {
    id: 'like',
    kind: 'pred',
    valence: 1,
    pos: ['like me', 'get on with', 'warm to', 'fond of', 'rate me', 'on good terms'],
    neg: ['dislike', 'can not stand', 'hate', 'cold towards', 'frosty', 'not like me', 'loathe', 'no time for'],
  },
  {
    id: 'fire',
    kind: 'pred',
    valence: -1,
    pos: [
      'get rid of me', 'fire me', 'sack me', 'manage me out', 'let me go', 'lay * off', 'redundant', 'on thin ice',
      'days are numbered', 'out of a job', 'lose my job', 'performance manage', 'show me the door', 'push me out',
    ],
  },
  {
    id: 'threat',
    kind: 'pred',
    valence: -1,
    pos: ['threatened by', 'threat', 'jealous', 'envious', 'insecure', 'competition', 'rival', 'resent my', 'intimidated by me'],
  },
  {
    id: 'closed-mind',
    kind: 'pred',
    valence: -1,
    pos: [
      'made up * mind', 'already decided', 'already been decided', 'decision * already', 'foregone conclusion',
      'done deal', 'rubber stamp', 'box ticking', 'tick box', 'tick * box', 'stitch up', 'stitched up',
      'already made', 'mind is made up',
    ],
    neg: ['open mind', 'open minded', 'still deciding', 'not decided', 'up for discussion'],
  },
  {
    id: 'gossip',
    kind: 'pred',
    valence: -1,
    pos: [
      'gossip', 'talk about me', 'talk behind', 'slag * off', 'complain about me', 'moan about me', 'bitch about',
      'spread rumours', 'spread rumors', 'tell everyone', 'tell the others', 'talk * behind',
    ],
  },
  {
    id: 'work',
    kind: 'noun',
    pos: ['work', 'job', 'jobs', 'task', 'tasks', 'duty', 'duties', 'chore', 'workload', 'load', 'deliverable', 'output', 'to do', 'todo'],
  },
  {
    id: 'mistake',
    kind: 'noun',
    pos: ['mistake', 'error', 'slip', 'slip up', 'blunder', 'screw up', 'cock up', 'mess', 'oversight', 'miss', 'lapse'],
  },
  {
    id: 'cover',
    kind: 'pred',
    valence: -1,
    pos: [
      'keep * from', 'withhold', 'keep quiet about', 'sit on', 'not tell', 'keep * under wraps', 'keep * dark', 'keep * in the dark',
      'cover for', 'cover up', 'cover * up', 'protect', 'shield', 'hide', 'conceal', 'make excuses for',
      'sweep * under', 'keep * quiet', 'hush up', 'paper over', 'whitewash', 'excuse', 'shelter',
      'defend', 'stick up for', 'hide * from',
    ],
  },
  {
    id: 'support',
    kind: 'pred',
    valence: 1,
    pos: [
      'put * forward', 'nominate', 'push for', 'sponsor', 'vouch for', 'recommend me', 'speak up for', 'put in a good word',
      'back @', 'full backing', 'get * backing', 'support', 'stand up for', 'side with', 'have @ back', 'go to bat', 'champion',
      'advocate', 'in * corner', 'behind me', 'fight for', 'stand by', 'on my side', 'got my back',
    ],
    neg: [
      'unsupported', 'throw * under * bus', 'hang * out to dry', 'leave * exposed', 'abandon me', 'cut * loose', 'sell * out',
    ],
  },
  {
    id: 'include',
    kind: 'pred',
    valence: 1,
    pos: ['include', 'involve', 'consult', 'loop * in', 'keep * in * loop', 'invite', 'copy * in', 'ask my view', 'ask my opinion'],
    neg: [
      'exclude', 'leave * out', 'cut * out', 'shut * out', 'sideline', 'keep * out of * loop', 'out of * loop', 'freeze * out', 'left out', 'not invited', 'uninvited',
    ],
  },
  {
    id: 'fair',
    kind: 'pred',
    valence: 1,
    pos: ['fair', 'even handed', 'consistent', 'impartial', 'same rules'],
    neg: ['unfair', 'favour', 'favor', 'favourite', 'favorite', 'favouritism', 'favoritism', 'biased', 'bias', 'play favourites', 'teacher pet', 'golden boy', 'golden girl', 'double standard'],
  },
  {
    id: 'pick-on',
    kind: 'pred',
    valence: -1,
    pos: [
      'pick on', 'single * out', 'target', 'have it in for', 'gunning for', 'out to get', 'victimise',
      'victimize', 'criticise', 'criticize', 'critical of', 'criticism', 'nitpick', 'nit pick', 'find fault',
      'on my case', 'on my back', 'come down on', 'jump on', 'tear into', 'lay into',
    ],
  },
  {
    id: 'want',
    kind: 'pred',
    pos: ['want', 'wish', 'like to', 'would like', 'eager', 'hope', 'prefer', 'would rather', 'happy to', 'glad to', 'keen to', 'keen on', 'need to know'],
    neg: ['reluctant', 'unwilling', 'rather not'],
  },
  {
    id: 'afraid',
    kind: 'pred',
    valence: -1,
    pos: [
      'afraid', 'scared', 'fear', 'frightened', 'nervous', 'anxious', 'intimidated', 'worried', 'worry',
      'hesitant', 'terrified', 'timid', 'shy', 'daunted', 'too scared', 'uneasy',
    ],
    neg: ['fearless', 'unafraid', 'comfortable', 'at ease', 'self assured', 'not shy', 'bold'],
  },
  {
    id: 'know',
    kind: 'pred',
    valence: 1,
    pos: ['know', 'understand', 'aware', 'familiar with', 'grasp', 'get it', 'clue', 'appreciate how', 'realise', 'realize'],
    neg: ['ignorant', 'unaware', 'oblivious', 'no idea', 'no clue', 'clueless about', 'unfamiliar', 'misunderstand', 'out of touch'],
  },
  {
    id: 'pressure',
    kind: 'pred',
    valence: -1,
    pos: [
      'pressure', 'pressured', 'squeeze', 'lean on', 'breathe down * neck', 'breathing down * neck',
      'under the cosh', 'heat on', 'under fire', 'in the firing line', 'on * back about', 'pushed by',
    ],
  },
  {
    id: 'quit',
    kind: 'pred',
    valence: -1,
    pos: [
      'foot out * door', 'interview', 'interviewing', 'apply elsewhere', 'applying for', 'update * cv', 'be gone', 'headhunted', 'poached',
      'quit', 'resign', 'leave * job', 'move on', 'look elsewhere', 'job hunt', 'job hunting', 'hand in * notice',
      'leave the company', 'leave the team', 'jump ship', 'interview elsewhere', 'look for * job', 'out the door',
      'on * way out', 'walk out', 'move to', 'ask for a transfer', 'request a transfer', 'apply for a transfer',
      'transfer to another',
    ],
    neg: ['still be here', 'stick around', 'stick it out', 'be here by', 'here for the long'],
  },
  {
    id: 'replace',
    kind: 'pred',
    valence: -1,
    pos: [
      'want my job', 'after my job', 'replace me', 'replacement', 'take over my', 'take my place', 'better than me',
      'better * than me', 'do my job better', 'after my role', 'want my role', 'eye my job', 'gun for my',
      'push me out', 'edge me out', 'succeed me',
    ],
  },
  {
    id: 'late',
    kind: 'pred',
    valence: -1,
    pos: ['late', 'delay', 'delayed', 'slip', 'behind schedule', 'overdue', 'miss * deadline', 'run late', 'drag on', 'drag out'],
    neg: [
      'on time', 'always on time', 'punctual', 'ahead of schedule', 'early'],
  },
  {
    // "My late husband", "her late father": someone who has died, not lateness (a longer phrase wins over "late").
    id: 'deceased',
    kind: 'noun',
    pos: [
      'late husband', 'late wife', 'late partner', 'late father', 'late mother', 'late dad', 'late mum', 'late mom',
      'late son', 'late daughter', 'late brother', 'late sister', 'late grandfather', 'late grandmother', 'late uncle',
      'late aunt', 'late friend',
    ],
  },
  {
    id: 'angry',
    kind: 'pred',
    valence: -1,
    pos: [
      'take it personally', 'offended', 'take offence', 'take offense', 'feel attacked', 'hurt', 'sulk', 'hold it against',
      'angry', 'upset', 'furious', 'annoyed', 'irritated', 'resent', 'resentful', 'bitter', 'cross', 'mad',
      'fuming', 'frustrated', 'irritable', 'hostile', 'livid', 'hold a grudge', 'grudge', 'anger',
    ],
    neg: ['calm', 'relaxed', 'fine with', 'at peace', 'not bothered'],
  },
  {
    id: 'honest',
    kind: 'pred',
    valence: 1,
    pos: ['honest', 'truthful', 'straight with', 'open with', 'transparent', 'upfront', 'candid', 'tell * the truth'],
    neg: ['lie', 'lies', 'lying', 'liar', 'not tell * truth', 'dishonest', 'mislead', 'misleading', 'deceive', 'spin', 'two faced', 'fake', 'economical with the truth', 'bluff', 'pretend'],
  },
  {
    id: 'effort',
    kind: 'pred',
    valence: 1,
    pos: [
      'work hard', 'hard working', 'hardworking', 'pull * weight', 'put in * effort', 'diligent', 'conscientious',
      'do * share', 'carry * weight', 'go the extra mile', 'graft', 'put the hours in', 'pull * finger out',
    ],
    neg: [
      'lazy', 'slack', 'slacker', 'coast', 'coasting', 'cut corners', 'skive', 'shirk', 'freeload', 'passenger',
      'idle', 'bare minimum', 'minimum effort', 'half hearted', 'half arsed', 'phone it in', 'not bother',
      // Longer than "not bothered" (not annoyed), so the verb wins: "doesn't bother with the rules".
      'not bother with', 'not bother to', 'never bother with', 'never bother to', 'not be bothered',
      // Longer than "leave * to me" (trusts me with it): the work left to me is his share.
      'leave the hard graft to', 'leave the heavy lifting to', 'leave the donkey work to', 'leave the dirty work to',
      'leave the graft to', 'leave all the work to',
    ],
  },
  {
    id: 'micro',
    kind: 'pred',
    valence: -1,
    pos: [
      'recheck', 're check', 'check everything', 'redo', 're do', 'second check', 'verify everything',
      'micromanage', 'micro manage', 'check up on', 'check * work', 'hover', 'look over * shoulder',
      'watch * every move', 'control freak', 'approve every', 'sign off every', 'sign off * every', 'sign off',
      'double check', 'monitor', 'keep tabs on', 'breathing down', 'scrutinise', 'scrutinize', 'audit',
      'review each', 'review every', 'oversee',
    ],
  },
  {
    id: 'obligation',
    kind: 'pred',
    valence: -1,
    pos: [
      'expect * to', 'be expected', 'expected to', 'supposed to', 'required to', 'have to', 'obliged',
      'be meant to', 'meant to be', 'part of the job', 'come with the job', 'come with the territory',
      'no choice', 'must', 'obligation', 'assume i will', 'take for granted that',
    ],
  },
  {
    id: 'own-time',
    kind: 'noun',
    pos: [
      'weekend', 'weekends', 'evening', 'evenings', 'own time', 'free time', 'personal time', 'holiday',
      'holidays', 'time off', 'family time', 'sunday', 'saturday', 'day off', 'days off', 'life outside',
      'home life', 'after hours', 'out of hours', 'overtime', 'unpaid', 'late night',
    ],
  },
  {
    id: 'estimate',
    kind: 'noun',
    pos: ['estimate', 'estimates', 'forecast', 'projection', 'figures', 'numbers', 'sizing', 'guesses'],
  },
  {
    id: 'project',
    kind: 'noun',
    pos: ['project', 'migration', 'cutover', 'rollout', 'roll out', 'launch', 'initiative', 'release', 'programme', 'program', 'workstream'],
  },
  {
    id: 'class',
    kind: 'noun',
    pos: ['class', 'classes', 'lesson', 'lessons', 'classroom', 'pupils', 'students', 'kids'],
  },
  {
    id: 'grade',
    kind: 'noun',
    pos: ['grade', 'grades', 'mark', 'marks', 'result', 'results', 'score', 'scores', 'exam', 'exams', 'failing'],
  },
  {
    id: 'input',
    kind: 'noun',
    pos: [
      'idea', 'suggestion', 'proposal', 'input', 'concern', 'worry', 'feedback', 'opinion', 'view', 'point',
      'comment', 'recommendation', 'observation', 'warning', 'anything * raise', 'anything * suggest',
      'anything * say', 'what * tell', 'what * say', 'what * telling', 'what * saying', 'contribution',
      'issue', 'issues', 'advice',
    ],
  },
  {
    id: 'staffing',
    kind: 'noun',
    pos: [
      'staffing', 'shortfall', 'short staffed', 'understaffed', 'understaffing', 'staffing gap', 'rota',
      'headcount', 'vacancy', 'vacancies', 'short handed', 'shortage', 'cover',
    ],
  },
  {
    id: 'money',
    kind: 'noun',
    pos: ['budget', 'cost', 'costs', 'money', 'spend', 'price', 'prices', 'fee', 'fees', 'invoice', 'margin', 'margins', 'profit', 'revenue', 'pay', 'a raise'],
  },
  {
    id: 'career',
    kind: 'noun',
    pos: [
      'make partner', 'partnership', 'partner material', 'promotion round', 'senior role', 'step up','promotion', 'promote', 'promoted', 'career', 'progression', 'appraisal', 'performance review', 'annual review', 'salary review', 'pay review', 'probation review', 'year review', 'bonus'],
  },
];

/**
 * Concepts that often carry the same assumption in other words, with the signs that agree: "doesn't trust
 * my figures" ~ "re-checks everything we send". General knowledge of how workplace assumptions are phrased,
 * not a list of sentences; a pair meets at part weight and never overrides a clash on a shared concept.
 */
// biome-ignore format: a table reads best packed
export const KINDRED: Array<[string, 1 | -1, string, 1 | -1]> = [
  ['trust', -1, 'micro', 1],
  ['competent', 1, 'ready', 1],
  ['competent', 1, 'lead', 1],
  ['ready', 1, 'lead', 1],
  ['competent', 1, 'know', 1],
  ['value', 1, 'respect', 1],
  ['effort', 1, 'invest', 1],
  ['effort', -1, 'offload', 1],
  ['fair', -1, 'pick-on', 1],
  ['closed-mind', 1, 'heed', -1],
  ['afraid', 1, 'speak-up', -1],
  ['pressure', 1, 'overload', 1],
  ['obligation', 1, 'always-on', 1],
  ['exploit', 1, 'honest', -1],
];

/**
 * Attitudes (trusting, respecting, valuing, heeding, liking) aimed either at the writer or at a thing: the same
 * attitude towards "my judgement" and towards "the new rota system" are different assumptions.
 */
export const ATTITUDES = ['trust', 'respect', 'value', 'heed', 'like', 'know', 'afraid', 'blame'];

/** Group nouns and roles: who a statement is about. Keys: `g:*` groups, `r:*` roles (a person in the entry). */
// biome-ignore format: a word list reads best packed
export const GROUPS: Record<string, string[]> = {
  'g:we': [
    'we', 'us', 'our', 'ours', 'ourselves', 'my team', 'our team', 'the team', 'my developers', 'my engineers',
    'my staff', 'my people', 'my reports', 'my direct reports', 'my squad', 'my crew', 'my nurses', 'my group',
    'the staff', 'staff', 'teachers', 'the teachers', 'nurses', 'the nurses', 'nursing staff', 'the nursing staff',
    'engineers', 'the engineers', 'engineering', 'developers', 'the developers', 'devs', 'the devs', 'colleagues',
    'employees', 'the workers', 'frontline', 'the day team', 'day team', 'day shift', 'the day shift',
    'morning shift', 'the morning shift', 'my department', 'our department', 'my kitchen', 'the kitchen',
    'my waiters', 'front of house', 'the floor staff', 'my analysts', 'the analysts', 'servers', 'the servers',
    'waiting staff', 'the waiting staff', 'floor team', 'the floor team', 'the floor', 'waiters', 'the waiters',
  ],
  'g:night': ['nights', 'the night shift', 'night shift', 'night staff', 'the night staff', 'night team', 'the night team'],
  'g:leadership': [
    'management', 'leadership', 'senior leadership', 'slt', 'senior management', 'the board', 'directors',
    'the directors', 'execs', 'exec team', 'head office', 'the leadership team', 'the partners', 'upper management',
    'senior leaders', 'the top',
  ],
  'g:people': ['nobody', 'no one', 'everyone', 'everybody', 'anyone', 'anybody', 'someone', 'somebody', 'people'],
  'r:manager': [
    'my manager', 'my boss', 'my line manager', 'my head of department', 'my hod', 'my supervisor', 'the boss',
    'my lead', 'my director', 'my head', 'the head', 'the headteacher', 'the principal', 'my principal',
    'the owner', 'my partner', 'the partner', 'my superior', 'my chef', 'the head chef', 'the manager',
    'my * manager', 'my * boss', 'my * director', 'my * lead', 'my * supervisor',
  ],
  // Bodies that decide: person-like subjects, never one of the journal's named people.
  'g:body': [
    'the panel', 'the committee', 'the board of trustees', 'the trustees', 'the funder', 'the funders',
    'the council', 'the jury', 'the judges', 'the interview panel', 'the selection panel', 'the review panel',
    'the governors', 'the inspectors', 'the auditors', 'the regulator',
    'procurement', 'the finance team', 'finance', 'legal', 'the legal team', 'the union',
  ],
  'r:client': ['the client', 'my client', 'the customer', 'our client', 'the clients', 'the customers', 'the sponsor'],
};

/** Words that turn the polarity of the next predicate ("not", "never", "lost", "lacks"…). */
// biome-ignore format: a word list reads best packed
/** Words that end a clause: what a verb says stops before them ("… but", "… because", "… when"). */
export const CLAUSE_BREAKS = new Set([
  'but',
  'because',
  'so',
  'if',
  'unless',
  'when',
  'whenever',
  'although',
  'though',
  'while',
  'and',
  'or',
  'since',
]);

export const FLIPPERS = new Set([
  'not',
  'never',
  'no',
  'nobody',
  'nothing',
  'none',
  'neither',
  'nor',
  'without',
  'hardly',
  'barely',
  'rarely',
  'seldom',
  'lack',
  'lacks',
  'lacking',
  'lacked',
  'unable',
  'lose',
  'lost',
  'losing',
  'loses',
  'doubt',
  'doubts',
  'doubted',
  'doubting',
  'refuse',
  'refuses',
  'refused',
  'stop',
  'stopped',
  'stops',
  'poor',
  'cease',
  'fail',
  'fails',
  'failed',
  'noone',
  'impossible',
]);

/** Words that carry no meaning for grouping: grammar, framing verbs ("thinks", "believes"), fillers. */
export const STOPWORDS = new Set(
  `a an the this that these those it its it's there here what which who whom whose where when why how
   and or but so if then than as at by for from in into of off on onto out over to up with about after again
   against all any both each few more most other some such only own same very just also even still already
   yet ever always often usually sometimes really actually quite rather much many lot lots bit kind sort way
   be am is are was were been being have has had having do does did doing done will would shall should can
   could may might must get gets got getting go goes going went gone make makes made making let lets
   think thinks thought believe believes believed feel feels felt felt reckon reckons assume assumes
   suppose supposes convinced sure certain seem seems seemed see sees saw seen view views consider considers
   regard regards find finds found guess guesses imagine clearly obviously probably definitely surely
   maybe perhaps because since while though although whether until unless once whenever
   they them their theirs themselves it itself one ones thing things something anything everything
   someone anyone everyone somebody anybody everybody time really again back just now today tomorrow yesterday
   week weeks month months day days year years keep keeps kept keeping`.split(/\s+/),
);
