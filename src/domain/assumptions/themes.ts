// Themes of workplace assumptions: a systematic table, written from general knowledge of how people talk about
// work (a taxonomy of recurring worries: recognition, voice, trust, autonomy, competence, workload, fairness,
// security, career, relationships, politics, change, money, safety to speak), NOT from any corpus sentence.
//
// Same shape and phrase syntax as `CONCEPTS` in lexicon.ts. A theme whose id is a lexicon concept adds phrasings
// to it (its valence stays the lexicon's); any other id is a new concept. `pos` asserts the theme, `neg` denies
// it ("coping fine" denies burnout), so a denied theme meets an asserted one as an opposite, never a merge.
// Review rules (checked by `scripts/check-themes.ts`): no stemmed phrase in two themes; no single common word that
// also has an everyday meaning outside the theme; idioms spelled with `*` where people insert words.
import type { ConceptDef } from './lexicon.js';

type Theme = Omit<ConceptDef, 'kind' | 'pos'> & { pos?: string[] };

// Places and services people fear will be closed (session 7, recall15): "the council will shut the youth centre",
// "the surgery will be closed", "the branch won't survive" are one event whoever tells it. Homes, farms and stations
// are left out: "close to home", "shut the station door" are other things.
const PLACES = [
  'centre',
  'center',
  'surgery',
  'practice',
  'clinic',
  'ward',
  'unit',
  'branch',
  'library',
  'club',
  'site',
  'office',
  'depot',
  'school',
  'nursery',
  'shop',
  'store',
  'plant',
  'factory',
  'pub',
  'restaurant',
  'cafe',
  'gym',
  'museum',
  'theatre',
  'hostel',
  'workshop',
  'business',
  'company',
  'firm',
];
function closurePhrases(): string[] {
  // Only with the place after the verb: a place named before it ("the clinic will be shut down") is the subject,
  // and a phrase that took it in would hide the topic that tells two places apart.
  return PLACES.flatMap((p) =>
    ['the', 'this', 'our', 'down the'].flatMap((d) => [`close ${d} * ${p}`, `shut ${d} * ${p}`]),
  );
}

// biome-ignore format: a phrase table reads best packed
const TABLE: Theme[] = [
  // ── Recognition and voice ─────────────────────────────────────────────────────────────────────────────────
  { id: 'heed', pos: [
      'take * on board', 'take * advice', 'follow * advice', 'act on * advice', 'take * seriously', 'give * weight',
      'give * a hearing', 'hear * out', 'listen to reason', 'take notice of', 'take note of',
    ], neg: [
      'go in one ear and out the other', 'in one ear and out', 'treat * as optional', 'as optional', 'fall on deaf',
      'turn a deaf ear', 'talk to a brick wall', 'talk to a wall', 'pay no heed', 'overrule * advice',
      'override * advice', 'ride roughshod', 'shrug * shoulders at', 'humour me', 'pat on the head',
      'nod and smile', 'nod and ignore', 'kick * into the long grass', 'long grass', 'park it',
      'park * idea', 'sit on * email', 'never reply', 'never respond', 'leave * on read', 'blank * email',
    ] },
  { id: 'value', pos: [ 'see * value', 'see the value', 'notice what', 'notice * work', 'appreciate what',
      'recognise what', 'value what', 'valued', 'well regarded', 'pat on the back', 'praise', 'thank you',
      'say thank you', 'speak highly', 'rate * highly',
    ], neg: [
      'go unnoticed', 'go unseen', 'go unrecognised', 'go unthanked', 'fly under the radar', 'behind the scenes work',
      'not a word of thanks',
      'take * for granted', 'for granted', 'thankless', 'invisible', 'unsung', 'underrated', 'undervalue',
      'a cog', 'just a number', 'a number to', 'expect it as standard',
    ] },
  { id: 'respect', pos: [
      'think much of', 'think highly of', 'high opinion', 'rate * work', 'take * expertise seriously', 'respect * expertise', 'defer to', 'look up to', 'see * as an equal',
      'treat * as an equal', 'treat * as a professional', 'professional respect', 'hold * in esteem',
    ], neg: [
      'second rate', 'second tier', 'second class', 'third rate', 'low opinion', 'poor opinion', 'think little of',
      'not impressed', 'unimpressed', 'not rate', 'not take * seriously as', 'a glorified', 'just a nurse', 'just the admin', 'just an assistant', 'the help', 'dogsbody',
      'talk down', 'treat * like a junior', 'treat * like a student', 'treat * like a child', 'put * in * place',
      'know * place', 'make * feel small', 'make * look small', 'make * look stupid', 'make * look foolish',
      'show @ up', 'cut * down to size', 'snub', 'dismiss * as', 'sneer at', 'scoff',
      // A view of the writer that reduces them to a lesser part (session 10, recall10): "sees me as just a pair of
      // hands", "thinks I'm only good for check-ups", "thinks I'm nothing more than the admin".
      'think i am just a', 'think i am just an', 'think i am just the', 'think i am only a', 'think i am only an',
      'think i am only good for', 'think i am merely a', 'think i am nothing more than', 'think i am no more than',
      'think i am little more than', 'think we are just a', 'think we are only a', 'think we are nothing more than',
    ] },
  { id: 'include', pos: [
      'in the loop', 'in the room', 'at the table', 'a seat at', 'a say in', 'have a say', 'ask * opinion',
      'run * past me', 'check with me', 'bring me in', 'invite me',
    ], neg: [
      'sideline', 'sidelined', 'on the sidelines', 'side line', 'side lined', 'push * aside', 'pushed aside',
      'sidestep', 'side step', 'keep * out', 'keep * out of', 'kept out', 'leave * out of', 'left out of',
      'cut * out of', 'frozen out', 'freeze out', 'behind closed doors', 'without me',
      'over my head', '~not in the room', '~not at the table', '~no say', '~no seat at', '~find out last',
      '~last to know', '~last to hear', '~hear * second hand', 'hear * on the grapevine', 'through the grapevine',
      'blindside', 'blindsided', 'out of the blue', 'exclude', 'excluded',
      'not included', 'not consulted', 'not involved', 'off the list', 'not on the list',
      'not invited', 'uninvited', 'cold shoulder', 'freeze * out', 'shut out', 'left in the dark',
    ] },
  // ── Trust, autonomy, control ──────────────────────────────────────────────────────────────────────────────
  { id: 'trust', pos: [
      'trust * judgement', 'trust * judgment', 'trust * call', 'trust me to', 'leave it to me', 'leave * in my hands', 'take my word', 'rely on my', 'believe my',
      'confidence in my', 'faith in my', 'have * faith',
    ], neg: [
      'second guess', 'second guessing', 'question every', 'question everything',
      'no confidence', 'no faith', 'lost faith', 'lost confidence', 'not trust', 'does not believe',
      'suspicious of', 'wary of', 'sceptical of', 'skeptical of', 'take * with a pinch of salt',
      'with a pinch of salt', 'does not buy', 'not buy it',
    ] },
  { id: 'autonomy', valence: 1, pos: [
      'autonomy', 'free rein', 'free hand', 'a free hand', 'leave me to it', 'leave me alone to',
      'let me get on with', 'let me get on', 'room to decide', 'latitude', 'independence', 'hands off',
      'let me run with', 'let me make', 'give me space', 'empower', 'empowered',
    ], neg: [
      'short leash', 'tight leash', 'on a leash', 'rein * in', 'reined in', 'clip * wings', 'no freedom',
      'no autonomy', 'spoon feed', 'hand hold', 'hold my hand', 'permission for everything',
      'ask permission', 'need permission', 'sign off on everything', 'have to ask', 'every decision goes',
    ] },
  { id: 'micro', pos: [
      'micromanage', 'micromanaging', 'micro managing', 'look over * shoulder',
      'watch my every move', 'every move', 'every little thing', 'check in constantly', 'check on me',
      'chase me', 'chasing me', 'hovering', 'hover over', 'want to see everything', 'cc on everything',
      'copy * on everything', 'approve everything', 'nitpick * work', 'control everything', 'controlling',
      'not let go', 'can not let go', 'rewrite my', 'redo my work', 'correct every',
    ] },
  { id: 'authority', pos: [
      'back me up', 'back my call', 'back my decisions', 'stand behind my', 'respect my decision',
      'let me lead', 'defer to my',
    ], neg: [
      'contradict me', 'contradict * in front', 'correct me in front',
      'overrule me', 'go over my head', 'go behind my back', 'countermand', 'cut * legs from under',
      'cut the ground from under', 'who is in charge', 'who is boss',
      'show * who is boss', 'pull rank', 'throw * weight about', 'throw * weight around',
    ] },
  // ── Competence, readiness, impostor feelings ──────────────────────────────────────────────────────────────
  { id: 'competent', pos: [
      'have what it takes', 'know * stuff', 'know what * doing', 'safe pair of hands', 'on top of it',
      'up to the job', 'up to the task', 'up to scratch', 'perfectly capable', 'more than capable',
      'do * job well', 'good at * job', 'good at running', 'good at', 'handle it', 'can manage',
      'manage * own', 'by herself', 'by himself', 'by themselves', 'single handed', 'on * own two feet',
    ], neg: [
      'not have what it takes', 'out of * depth', 'out of * league', 'in over * head', 'punch above',
      'not good enough', 'not up to scratch', 'not cut out', 'not cut out for', 'found out', 'be found out',
      'winging it', 'wing it', 'make it up as', 'faking it', 'a fraud', 'an imposter', 'an impostor',
      'lucky to be here', 'fluke', 'not qualified', 'underqualified', 'under qualified', 'not clever enough',
      'not smart enough', 'not senior enough', 'out of * element', 'at sea', 'all at sea', 'flounder',
      'drop the ball', 'way behind the others', 'not the right person', 'the wrong person for',
    ] },
  { id: 'ready', pos: [
      'ready to', 'ready for', 'ready to go', 'good to go', 'safe to let', 'able to * on * own',
      'work unsupervised', 'unsupervised', 'fly solo', 'go solo', 'stand on * own', 'ready to fly',
    ], neg: [
      'not ready', 'not yet ready', 'too early for', 'too soon for', 'need more time', 'not there yet',
      'still learning', 'still green', 'wet behind the ears', 'too junior', 'too inexperienced',
      'can not * on * own yet', 'need hand holding', 'need supervision', 'need * watching', 'need watching',
      'can not be trusted to', 'not be left', 'can not be left',
    ] },
  { id: 'grow', valence: 0, pos: [
      'learn fast', 'learning fast', 'pick * up quickly', 'pick things up', 'come on leaps', 'come on well', 'find * feet', 'grow into', 'growing into', 'develop * well', 'develop fast', 'blossom',
      'hit * stride', 'getting there', 'turn a corner', 'turned a corner',
    ], neg: [
      'not improving', 'stagnate', 'stagnating', 'plateau', 'plateaued', 'go backwards', 'going backwards',
      'stand still', 'standing still', 'not learning', 'never learn', 'same mistakes',
    ] },
  // ── Workload, burnout, fairness of load ───────────────────────────────────────────────────────────────────
  { id: 'overload', pos: [
      'run * into the ground', 'running * into the ground', 'into the ground', 'worn out', 'worn down', 'wear * out',
      'wear * down', 'burning out', 'burn * out', 'burning * out', 'burnt * out', 'burn out', 'burnt out', 'close to burnout', 'heading for burnout',
      'on the edge', 'on * last legs', 'at the end of * tether', 'end of * rope', 'run out of steam',
      'running out of steam', 'out of steam', 'on fumes', 'running on fumes', 'running on empty', 'frazzled',
      'wiped out', 'shattered', 'knackered', 'exhausted', 'dead on * feet', 'spread too thin',
      'spread thin', 'juggling too much', 'too many plates', 'too many balls', 'drowning', 'snowed under',
      'up to * eyes', 'up to * neck', 'at breaking point', 'near breaking point', 'at the limit', 'at * limit',
      'stretched to the limit', 'no time to breathe', 'no slack', 'no let up', 'work * to the bone',
      'work * into the ground', 'close to tears',
      'in tears', 'running ragged', 'run ragged', 'too much on * plate',
      'too much on', 'unsustainable', 'can not go on like this', 'can not sustain', 'can not carry on',
    ], neg: [
      'keep up * pace', 'keep going at this', 'keep this up', 'coping fine', 'coping well',
      'cope fine', 'cope well', 'cope with * work', 'manage fine', 'managing fine', 'on top of * workload',
      'on top of * work', 'in good shape', 'well rested', 'full of energy', 'energised',
      'thriving', 'plenty of time', 'take it in * stride', 'take * in * stride',
      'handle the load', 'handle the workload',
    ] },
  { id: 'unfair-load', valence: -1, pos: [
      'more than * share', 'more than * fair share', 'carry the team', 'carry everyone', 'carry @', 'carry the rest',
      'pick up the slack', 'pick up * slack', 'stuck with', 'get stuck with', 'end up doing', 'left holding the baby', 'holding the baby', 'left to pick up', 'left to do', 'left to clear up',
      'clean up after', 'tidy up after', 'everyone else * work', 'everyone else * job', 'everyone else * chore',
      'do everyone', 'always the one', 'the only one who', 'nobody else will',
      'nobody else does', 'grunt work', 'donkey work', 'dirty work', 'dogsbody work', 'thankless task',
      'thankless job', 'picks up the pieces', 'pick up the pieces', 'unfair share', 'lion share',
    ], neg: [
      'fair share', 'share the load', 'share the work', 'split fairly', 'pull together', 'everyone mucks in',
      'everyone pitches in', 'equal share', 'divide * fairly', 'spread * evenly', 'evenly spread',
    ] },
  { id: 'offload', pos: [
      'dump * on', 'dumps * on', 'off load', 'push * work onto', 'pass the buck', 'pass * buck', 'lumber me',
      'lumber * with', 'saddle me', 'leave it for me', 'leave it to others', 'leave * to the rest',
    ] },
  { id: 'always-on', pos: [
      'never off', 'never switch off', 'can not switch off', 'on the clock', 'work every weekend',
      'work weekends', 'work late', 'work nights', 'answer emails at', 'email at midnight', 'message at night',
      'expected to be available', 'be available', 'no life outside', 'no evenings', 'no weekends',
    ] },
  // ── Fairness, favouritism, being picked on ────────────────────────────────────────────────────────────────
  { id: 'fair', pos: [
      'fair to', 'treat * fairly', 'treat * the same', 'treat everyone the same', 'even handed', 'level playing field',
      'on merit', 'by the book', 'same standard', 'no favourites',
    ], neg: [
      'favourites', 'play favourites', 'plays favourites', 'favour', 'favours', 'favoured', 'treat * better than', 'treats * better than', 'better than others', 'some people better', 'blue eyed boy',
      'blue eyed girl', 'golden child', 'teacher pet', 'can do no wrong', 'get away with', 'gets away with',
      'special treatment', 'one rule for', 'different rules', 'rules do not apply', 'double standards',
      'whatever they ask for', 'whatever they want', 'always get * way', 'first pick', 'first dibs', 'the pick of',
      'gets the best', 'get the best', 'nepotism', 'cronyism', 'old boys', 'old boy network', 'in crowd',
      'inner circle', 'clique', 'cliquey', 'rigged', 'stacked against', 'loaded against', 'skewed',
      'uneven', 'not fair', 'unfair',
    ] },
  { id: 'pick-on', pos: ['has it in for', 'on my case', 'always on at me', 'on at me', 'singled out',
      'single me out', 'picked on', 'pick holes', 'find fault with', 'blame me for everything', 'out to get me',
      'waiting for me to fail', 'waiting for me to slip', 'watch me like a hawk', 'hold me to a higher',
      'higher standard than', 'harder on me', 'tougher on me', 'come down hard', 'lay into', 'tear a strip',
      'make an example of', 'scapegoat me',
    ] },
  // ── Blame, credit, sabotage, hidden agendas ───────────────────────────────────────────────────────────────
  { id: 'blame', pos: [
      'hang * on me', 'pin * on me', 'land on my head', 'land on me', 'come back on me', 'on my head',
      'my head on the block', 'my neck on the line', 'heads will roll', 'head will roll', '~fall guy',
      '~take the rap', '~take the fall', '~carry the can', 'point the finger', 'point * finger at',
      'looking for someone to blame', 'someone to blame', 'need a scapegoat', 'a scapegoat', 'scapegoat',
      'it will be my fault', 'my fault', 'be held responsible', 'held accountable', 'answer for',
      'the one who pays', '~take the hit', 'throw * under the bus', 'under the bus',
      'blame', 'blamed', 'at fault', 'responsible for the failure', 'get the blame', 'cop the blame',
    ] },
  { id: 'claim-credit', pos: [
      'take credit', 'takes credit', 'took credit', 'steal * credit', 'steal my idea', 'steal * idea',
      'steal * work', 'put * name on', 'put * name to', 'name on * paper', 'first author', 'present * as * own',
      'presents * as * own', 'pass * off as * own', 'as if * were * own', 'as his own', 'as her own',
      'as their own', 'claim * as * own', 'claim the credit', 'hog the limelight', 'take the glory',
      'bask in', 'ride on * coat tails', 'coat tails', 'get the credit', 'get the praise', 'get the recognition',
      'take the plaudits', 'own the success',
    ], neg: [
      'give credit where', 'give * the credit', 'share the credit', 'credit * properly', 'name * properly',
      'acknowledge * contribution', 'acknowledge * work',
    ] },
  { id: 'sabotage', pos: [
      'set * up to fail', 'set up to fail', 'setting me up', 'set me up', 'doomed to fail', 'doomed from the start',
      'impossible target', 'impossible deadline', 'impossible task', 'no chance of success', 'want me to fail',
      'want * to fail', 'pull the rug', 'knife in the back', 'stab * in the back', 'back stab', 'backstab',
      'dig * grave', 'trip * up', 'catch * out', 'catches * out', 'try to catch', 'throw a spanner', 'spanner in the works', 'put obstacles', 'block * at every',
      'quietly kill', 'kill * off', 'bury * project', 'starve * of',
    ] },
  { id: 'agenda', valence: -1, pos: [
      'hidden agenda', 'be up to something', 'up to no good', 'ulterior motive', 'ulterior motives', 'own agenda', 'an agenda', 'up to something',
      'play games', 'playing games', 'mind games', 'play politics', 'playing politics', 'political game',
      'office politics', 'politicking', 'angling for', 'angle for', 'empire building', 'build * empire', 'in it for himself', 'in it for herself', 'in it for themselves',
      'self serving', 'look after number one', 'looking after number one', 'own interests', 'manipulate',
      'manipulative', 'pull * strings', 'pulling strings', 'behind the curtain', 'position himself', 'position herself', 'jockey for', 'jockeying', 'make * look good',
      'make himself look good', 'make herself look good', 'cover * own back', 
    ], neg: [
      'no agenda', 'no hidden agenda', 'mean well', 'means well', 'good intentions', 'well meaning',
      'well intentioned', 'in good faith', 'have my interests at heart', 'my best interests',
      'genuinely want', 'nothing behind it', 'take * at face value', 'at face value', 'what you see is',
    ] },
  { id: 'honest', pos: [
      'tell it straight', 'straight talking', 'tell me the truth', 'level with', 'give it to me straight',
      'no spin', 'above board', 'play it straight',
    ], neg: [
      'not straight', 'not being straight', 'not tell me the truth', 'tell me what i want to hear', 'sugar coat',
      'sugarcoat', 'economical with', 'bend the truth', 'stretch the truth', 'fib', 'cover story',
      'smoke and mirrors', 'hold something back', 'hold back the truth', 'not the whole story', 'half truth',
      'half the story', 'two faced', 'say one thing',
    ] },
  { id: 'gossip', pos: [
      'talk about me', 'talking about me', 'talk behind my back', 'slag me off', 'run me down', 'running me down', 'criticise me to', 'complain about me to',
      'moan about me', 'whisper', 'whispering', 'rumour', 'rumours', 'rumor', 'the grapevine', 'spread stories',
      'stir things up', 'poison the well', 'turn * against me', 'turning * against me', 'set * against me',
    ] },
  { id: 'cover', pos: [
      'cover for', 'covering for', 'cover * mistakes', 'catch * mistakes', 'clean up * mess', 'make excuses',
      'hide * mistakes', 'keep * quiet', 'bury * problem', 'brush * under the carpet', 'under the carpet',
      'under the rug', 'sweep * under',
    ] },
  // ── Security, career, leaving ─────────────────────────────────────────────────────────────────────────────
  { id: 'fire', pos: [
      'on the chopping block', 'chopping block', 'next to go', 'for the chop', 'get the chop', 'get the sack',
      'get sacked', 'be sacked', 'be fired', 'get fired', 'let go', 'be let go', 'made redundant', 'be redundant',
      'restructure me out', 'restructured out', 'job is at risk', 'job at risk', 'role at risk',
      'job is not safe', 'my job is on the line', 'out on * ear', 'shown the door', 'ease me out', 'managed out', 'paper trail', 'building a case', 'build a case', 'on notice',
      'on a warning', 'final warning', 'disciplinary', 'capability process', 'performance plan', 
    ], neg: [
      'job is safe', 'jobs are safe', 'job security', 'safe job', 'here to stay', 'not going anywhere',
      'a future here', 'future here',
    ] },
  { id: 'replace', pos: [ 'easily replaced', 'easy to replace', 'expendable',
      'just a cog', 'cheaper option', 'someone cheaper', 'someone younger', 'fresh blood',
      'new blood', 'be replaced', 'get replaced',
    ], neg: ['irreplaceable', 'can not do without', 'could not do without'] },
  { id: 'passed-over', valence: -1, pos: [
      'passed over', 'pass me over', 'overlooked for', 'overlook me for', '~dead end', '~dead end job',
      '~stuck in * role', '~stuck at * level', '~glass ceiling', '~no way up', 'career * stall', 'career stalled',
      '~never get promoted', '~never be promoted', 'not promotable', 'hold me back', 'holding me back',
      'held back', 'keep me down', 'block * promotion', '~no future', '~no prospects', 'someone else got', 'get the job instead', 
    ], neg: [
      'fast track', 'fast tracked', 'on track for promotion', 'groomed for', 'being groomed', 'in line for',
      'next in line', 'earmarked for', 'tipped for', 'rising star', 'high potential', 'talent pool',
    ] },
  { id: 'quit', pos: [
      'plan * to leave', 'planning to leave', 'want * to leave', 'about to leave', 'thinking of leaving',
      'think about leaving', 'leave the lab', 'leave the team', 'leave the practice', 'leave the firm',
      'leave the ward', 'leave the department', 'leave the school', 'leave the business', 'want out', 'look for another job', 'looking for another job', 'another job', 'new job',
      'other jobs', 'job site', 'jobs site', 'job board', 'job advert', 'job ads', 'apply for jobs',
      'apply elsewhere', 'interview elsewhere', 'one foot out', 'foot out the door', 'half way out the door',
      'on * way out', 'eye the exit', 'eyeing the exit', 'head for the exit', 'hand in * notice',
      'give notice', 'resign', 'resignation', 'jump ship', 'move on', 'moving on', 'poach', 'poached', 'headhunt',
      'headhunted', 'go to a competitor', 'reference letter', 'ask for a reference',
    ], neg: [
      'want to stay', 'stay put', 'stay on', 'here for the long haul', 'in it for the long haul',
      'long haul', 'committed to staying', 'happy here', 'put down roots', 
    ] },
  // ── Relationships, feelings about the writer ──────────────────────────────────────────────────────────────
  { id: 'like', pos: ['get on well', 'get along', 'get on with me', 'warm to me', 'a soft spot', 'a fan of'], neg: [
      'can not stand', 'has a problem with me', 'have a problem with me', 'got a problem with me', 'rub * the wrong way',
      'get on * nerves', 'not a fan', 'no fan of', 'dislike', 'disliked', 'take against', 'taken against', 'bear a grudge', 'cool towards', 'cold with me', 'frosty with', 'off with me',
      'give me the cold shoulder',
    ] },
  { id: 'threat', pos: [
      'jealous of', 'jealous', 'envy', 'envious', 'resent * success', 'resents * success', 'begrudge', 'green with envy',
      'feel threatened', 'feels threatened', 'threatened by', 'put out by', 'put * nose out of joint', 'rivalry',
      'competitive with', 'compete with', 'see * as a rival', 'see * as competition', 'insecure about',
    ] },
  { id: 'angry', pos: [
      'take * personally', 'take it badly', 'take * to heart', 'take offence', 'feel attacked', 'feel got at',
      'feel criticised', 'get defensive', 'put out', 'in a huff', 'huffy', 'sulk', 'sulking', 'seethe',
      'fuming', 'livid', 'furious', 'annoyed with me', 'cross with me', 'angry with me', 'upset with me',
      'upset', 'hurt', 'wounded', 'take umbrage', 'hold * against me', 'bear a grudge against',
    ], neg: ['not mind', 'does not mind', 'fine with', 'okay with', 'ok with', 'relaxed about', 'take it well', 'take * in good part', 'shrug it off'] },
  { id: 'afraid', pos: [
      'scared to', 'afraid to', 'frightened to', 'too scared to', 'too afraid to', 'too nervous to',
      'daren t', 'dare not', 'not dare', 'terrified of', 'walk on eggshells', 'walking on eggshells',
      'keep * head down', 'keep * head below', 'bite * tongue', 'hold * tongue', 'keep quiet', 'stay quiet',
      'keep * mouth shut', 'rather guess than', 'rather not ask', 'not want to bother', 'do not want to bother','reluctant to ask', 'hesitant to ask', 'nervous around', 'scared of me',
      'afraid of me', 'fear of', 'fear', 'dread', 'dreading',
    ], neg: [
      'feel safe', 'feels safe', 'safe to', 'comfortable', 'comfortable asking', 'comfortable coming to',
      'at ease', 'relaxed around', 'not afraid to', 'not scared to', 'happy to ask', 'feel free',
      'feels free', 'confident enough to', 'come to me when', 'come to me with', 'comfortable coming',
      'approach me', 
    ] },
  { id: 'approachable', valence: 1, pos: [ 'easy to talk to', 'open door', 'always available to', 'easy to reach', 'easy to approach',
      'door is always open',
    ], neg: [
      'unapproachable', 'hard to reach', 'hard to talk to', 'hard to approach', 'scary',
      'too busy to talk', 'never around', 'never there', 'not around', 'always in meetings', 'a closed door',
    ] },
  // ── Speaking up, looking difficult ────────────────────────────────────────────────────────────────────────
  { id: 'difficult', pos: [
      'whinge', 'whinging', 'whinger', 'whine', 'whining', 'moaning', 'a moaner', 'complainer', 'grumbling', 'bleating', 'a broken record', 'broken record', 'bang on about', 'banging on',
      'go on about', 'harp on', 'harping on', 'the same drum', 'kick up a stink', 'make a song and dance',
      'song and dance', 'make a scene', 'make waves', 'rock the boat', 'rocking the boat', 'a nuisance',
      'a burden', 'a pain', 'needy', 'high maintenance', 'greedy', 'grabby', 'sense of entitlement', 'demanding',
      'pushy', 'awkward', 'a troublemaker', 'trouble maker', 'not a team player', 'negative', 'a drama queen',
      'a diva', 'precious about', 'oversensitive', 'too sensitive', 'emotional', 'hysterical', 'over the top',
      'making a fuss', 'make a fuss', 'a fuss', 'stroppy', 'bolshy', 'difficult', 'obstructive', 
    ] },
  { id: 'speak-up', pos: [
      'raise it', 'raise * concern', 'bring it up', 'bring * up again', 'mention it', 'mention * again',
      'flag it', 'say something', 'speak my mind', 'push back', 'ask for more', 'ask * for more', 'ask for a raise', 'ask for a rise', 'ask for a pay rise',
      'make * case', 'put * case', 'fight * corner', 'say no', 'object', 'challenge',
      'question * decision', 'blow the whistle', 'whistleblow', 'report it', 'escalate',
    ] },
  { id: 'ask-help', pos: [
      'ask for more staff', 'ask for another', 'ask for extra', 'ask for resources', 'ask for more people',
      'ask for more time', 'admit * struggling', 'admit i can not cope', 'put * hand up',
    ] },
  { id: 'harm-me', pos: [
      'look weak', 'look bad', 'look incompetent', 'look like * can not cope', 'look like * failing',
      'look like * can not manage', 'come across badly',
      'make * look like', 'count against me', 'be held against me', 'used against me',
      'damage my reputation', 'ruin my reputation', 'career limiting', 'career suicide', 'mark my card',
    ] },
  // ── Engagement and effort of others ───────────────────────────────────────────────────────────────────────
  { id: 'invest', pos: [
      'committed to', 'dedicated', 'engaged', 'fired up', 'all in', 'enthusiastic', 'excited about',
      'motivated', 'keen', 'passionate about', 'care about * work', 'care about * project', 'throw * into',
      'heart in it', 'invested in', 'give it * all',
    ], neg: [
      'lost interest', 'lose interest', 'losing interest', 'heart is not in it', 'heart not in it',
      'checked out', 'given up', 'give up on', 'giving up',
      'does not care any more', 'not care any more', 'no longer care', 'could not care less', 'going through the motions',
      'go through the motions', 'through the motions', 'clock watching',
      'clock watcher', 'mentally left', 'disengaged', 'demotivated', 'unmotivated', 'apathetic',
      
    ] },
  { id: 'effort', pos: ['pull * weight', 'pull * finger out', 'put the work in', 'put in the work', 'go the extra mile', 'above and beyond'], neg: [
      'not pull * weight', 'skive', 'skiving', 'shirk', 'shirking', 'slack off', 'slacking', 'freeload', 'freeloader',
      'lazy', 'cut corners', 'do the bare minimum', 'bare minimum', 'minimum effort', 'half hearted', 'passenger',
      'along for the ride', 'let * others do',
    ] },
  // ── Change, decisions, outcomes ───────────────────────────────────────────────────────────────────────────
  { id: 'resist-change', valence: -1, pos: [
      'resist change', 'resist * change', 'resists * change', 'resisting * change', 'resistant to change', 'resists change', 'resisting change', 'hate change', 'hates change',
      'fear change', 'afraid of change', 'set in * ways', 'stuck in * ways', 'stuck in the past', 'old school',
      'old fashioned', 'always done it this way', 'always been done', 'the way we have always', 'dig * heels in',
      'digging * heels in', 'not on board', 'will not change', 'never change', 'refuse to change', 'dinosaur',
      'block change', 'block every change', 'slow walk', 'pay lip service to change', 'if it ain t broke', 'if it is not broken',
    ], neg: [
      'open to change', 'embrace change', 'embraces change', 'on board with', 'get on board', 'up for change',
      'welcome change', 'welcomes change', 'open to new ideas', 'open to new', 'early adopter', 'willing to try',
      'keen to try',
    ] },
  { id: 'closed-mind', pos: [
      'mind is made up', 'mind made up', 'already decided', 'decision is made', 'decided already', 'a done deal',
      'done deal', 'fait accompli', 'just for show', 'a formality', 'going through the process', 'box ticking',
      'tick box exercise', 'consultation is fake', 'pre decided', 'predetermined', 'stitched up',
    ], neg: ['still open', 'genuinely open', 'open to persuasion', 'can be persuaded', 'up for grabs', 'all to play for'] },
  { id: 'succeed', valence: 1, pos: [
      'be funded', 'get funded', 'get * funded', 'be approved', 'get approved', 'be accepted',
      'get accepted', 'get the go ahead', 'green light', 'greenlit', 'pay off', 'be a success', 'succeed', 'successful', 'land the', 'win the', 'get the contract',
      'get the grant', 'get the money', 'sail through', 'fly through',
    ], neg: [
      'be rejected', 'get rejected', 'rejected', 'reject', 'be turned down', 'get turned down', 'turn down', 'turn * down', 'knock back',
      'knocked back', 'be refused', 'get refused', 'fall through', 'flop', 'be a disaster', 'unsuccessful', 'not get funded', 'not be funded', 'be declined', 'get declined',
      'be binned', 'be thrown out', 'be cut', 'get cut', 'be axed', 'get axed', 'be scrapped', 'get scrapped',
      'no chance', 'dead in the water', 'doomed', 'not a hope', 'be shelved', 'get shelved', 'be killed off',
    ] },
  { id: 'late', pos: [
      'fall behind', 'falling behind', 'fallen behind', 'get behind', 'behind on', 'behind with', 'off track',
      'off course', 'not going to make it', 'not make it', 'will not finish', 'never finish', 'not finish in time',
      'miss * deadline', 'slip', 'slipping', 'overrun', 'run over', 'drag on', 'take forever',
      'not submit', 'never submit', 'never going to submit',
    ], neg: [
      'on track', 'on schedule', 'on course', 'in time', 'on target', 'ahead of', 'make good progress',
      'good progress', 'finish on time', 'submit on time', 'meet the deadline', 'hit the deadline',
    ] },
  // ── Money and value ───────────────────────────────────────────────────────────────────────────────────────
  { id: 'undercharge', valence: -1, pos: [
      'undercharge', 'undercharging', 'under charge', 'undersell', 'underselling', 'underprice', 'underpriced',
      'under price', 'charge too little', 'charge * too little', 'charge too low', 'charge * too low', 'too soft on fees',
      'too soft on price', 'too soft on prices', 'too soft on rates', 'too soft on * fees', 'not charge * enough', 'charge less than', 'too cheap', 'price * too low',
      'prices * too low', 'rate * too low', 'rates * too low', 'fee * too low', 'fees * too low', 'rates are too low', 'sell * short', 'give it away', 'give * away for free', 'work for free', 'work for nothing',
      'for peanuts', 'leave money on the table', 'discount too', 'too many discounts', 'cut * rate', 'cut * fees',
      'for a song',
      'cut price', 'cheap rate', 'mates rates',
    ], neg: [
      'charge properly', 'charge what * worth', 'charge * full rate', 'price * right', 'priced right',
      'charge enough', 'full price', 'premium price', 'charge a premium',
    ] },
  { id: 'underpaid', valence: -1, pos: [
      'underpaid', 'under paid', 'paid peanuts', 'pay * peanuts', 'paid less than', 'paid less', 'not paid enough',
      'a pittance', 'pay * pittance', 'worth more than', 'paid a fraction', 'pay is a joke', 'low pay', 'badly paid',
      'poorly paid',
    ], neg: ['well paid', 'paid well', 'paid fairly', 'fairly paid', 'generous salary', 'good salary', 'overpaid', 'paid too much'] },
  { id: 'only-money', valence: -1, pos: [
      'only care about money', 'only care about the money', 'only cares about money', 'only cares about the money',
      'bottom line', 'only about money', 'only about the money', 'all about money', 'all about the money',
      'profit over', 'money over', 'numbers over people', 'bean counter', 'bean counters', 'penny pinching',
      'penny pincher', 'cost cutting', 'cut costs', 'only the figures', 'targets over',
      'the numbers are all', 'money first', 'profit first',
    ] },
  { id: 'exploit', pos: ['take advantage of me', 'take advantage of us', 'take me for a ride', 'take us for a ride', 'use me', 'using me', 'squeeze every'] },
  // ── The writer's own habits ───────────────────────────────────────────────────────────────────────────────
  { id: 'pushover', valence: -1, pos: [
      'pushover', 'doormat', 'soft touch', 'a soft touch', 'too soft', 'too nice', 'people pleaser',
      'people pleasing', 'say yes to everything', 'can not say no', 'never say no', 'walk all over me',
      'walk over me', 'roll over', 'caving', 'cave in', 'give in', 'back down',
    ], neg: ['stand firm', 'hold * line', 'hold firm', 'stick to * guns', 'put my foot down', 'draw a line', 'set boundaries',
      'dig in', 'dig * heels in', 'dig in * heels', 'stand * ground', 'hold * ground'] },
  { id: 'delegate', valence: 0, pos: ['delegate', 'delegating', 'let go of', 'hand things over', 'share the work out', 'let others'], neg: [
      'do it all myself', 'do everything myself', 'do it myself', 'faster to do it myself', 'quicker to do it myself',
      'hold on to', 'hang on to',
    ] },
  { id: 'overstep', valence: -1, pos: [
      'overstep', 'overstepping', 'step on * toes', 'tread on * toes', 'not my place', 'out of line', 'above my station',
      'overreach', 'stay in my lane', 'out of my lane', 'none of my business', 'interfere', 'interfering', 'meddle',
      'meddling', 'butt in', 'poke * nose', 'stick * nose in', 'presumptuous', 'too big for * boots',
    ] },
  { id: 'judged', valence: -1, pos: [
      'judge me', 'judging me', '~under a microscope', '~under the microscope', '~on trial', '~prove myself',
      '~have to prove', '~something to prove', 'every mistake counts', 'one mistake', 'one slip', 'being watched',
      'watching me', 'keep score', 'keeping score', 'keep a list', 'keep tabs on me',
    ] },
  { id: 'bully', valence: -1, pos: [
      'bully', 'bullying', 'bullied', 'bullies', 'shout at', 'shouts at', 'yell at', 'yells at',
      'scream at', 'bawl * out', 'harass', 'harassing', 'rule by fear', 'throw * toys out', 'lose * temper with',
      'explode at', 'rip into', 'humiliate * in public', 'dress me down', 'dressing down',
    ] },
  { id: 'middle', valence: -1, pos: [
      'caught in the middle', 'stuck in the middle', 'piggy in the middle', 'between a rock', 'torn between',
      'pulled in * directions', 'pulled both ways', 'serve two masters', 'go between', 'the buffer',
      'the meat in the sandwich', 'squeezed from both',
    ] },
  { id: 'pointless', valence: -1, pos: [
      'waste of time', 'a waste of time', 'pointless', 'no point', 'futile', 'for nothing', 'makes no difference',
      'make no difference', 'will not make a difference', 'nothing will change', 'nothing ever changes', 'bang * head against', 'banging * head against',  'a lost cause', 'lost cause',
      'why bother', 'what is the point', 'fall on stony ground', 'a box ticking exercise', 
    ], neg: ['worth it', 'worthwhile', 'make a difference', 'makes a difference', 'worth the effort', 'worth doing', 'pay dividends'] },
  { id: 'promise', valence: 1, pos: ['keep * word', 'keep * promise', 'keep * promises', 'follow through', 'deliver on', 'as good as * word', 'true to * word'], neg: [
      'break * promise', 'broke * promise', 'broken promise', 'broken promises', 'go back on', 'went back on',
      'renege', 'reneged', 'empty promise', 'empty promises', 'hollow promise', 'not keep * word', 'u turn',
      'moved the goalposts', 'move the goalposts', 'shift the goalposts', 'goalposts',
    ] },
  { id: 'inform', valence: 1, pos: [
      'keep * informed', 'keep * posted', 'keep * updated', 'keep me in the picture', 'fill me in', 'a heads up', 'brief me', 'let me know', 'tell me first', 'warn me',
    ], neg: [ 'kept in the dark', '~in the dark', 'never told', 'nobody told', 'no one told',
      'no warning', 'without warning', 'no heads up', 'need to know basis', 
    ] },
  { id: 'team-split', valence: -1, pos: [
      'us and them', 'them and us', 'factions', 'split into camps', 'two camps', 'closing ranks', 'close ranks',
      'silo', 'silos', 'turf war', 'turf wars', 'territorial', 'tribal',
    ] },
  { id: 'overpromise', valence: -1, pos: [
      'overpromise', 'over promise', 'promise too much', 'promised the moon', 'sign up to too much', 'take on too much',
      'bite off more', 'say yes too quickly', 'commit too much', 'over commit',
    ] },
  { id: 'perfection', valence: -1, pos: [
      'has to be perfect', 'must be perfect', 'needs to be perfect', 'perfectionist', 'perfectionism', 'no room for error',
      'zero tolerance for mistakes', 'one mistake and', 'never good enough', 'nothing is ever good enough',
      'impossible standards', 'impossibly high standards', 'moving target',
    ] },
  { id: 'customer-angry', valence: -1, pos: [
      'make a complaint', 'put in a complaint', 'go to the press',
      'write to the paper', 'leave a bad review', 'bad review', 'one star', 'go to the ombudsman', 'take * custom elsewhere',
      'sue', 'legal action', 'lawyer up',
    ] },
  // ── More themes: development, style, process, relationships ──────────────────────────────────────────────
  { id: 'harsh', valence: -1, pos: [
      'too harsh', 'too blunt', 'too direct', 'abrasive', 'brutal feedback', 'crush * confidence', 'knock * confidence',
      'tear * apart', 'rip * apart', 'pick * apart', 'pull * to pieces', 'come across as harsh', 'come across as cold',
      'rub people up', 'scathing', 'savage feedback',
    ], neg: ['too gentle', 'pull * punches', 'sugar the pill'] },
  { id: 'self-doubt', valence: -1, pos: [
      'self doubt', 'low self esteem', 'doubt herself', 'doubt himself', 'doubt myself', 'second guess myself',
      'second guess herself', 'second guess himself', 'lost * nerve', 'lose * nerve', 'confidence is shot',
      'confidence has gone', 'lack confidence', 'lacks confidence', 'no self belief', 'not believe in myself',
      'not believe in herself', 'not believe in himself',
    ], neg: ['self confident', 'believe in myself', 'believe in herself', 'believe in himself', 'sure of herself', 'sure of himself', 'sure of myself'] },
  { id: 'develop-me', valence: 1, pos: [
      'invest in me', 'invest in my development', 'develop me', 'mentor me', 'coach me', 'give me opportunities',
      'stretch assignment', 'training budget', 'sponsor me', 'grow me', 'bring me on', 'bring * on',
      'give * a chance', 'give me a chance', 'take a chance on',
    ], neg: [
      '~sink or swim', 'thrown in at the deep end', 'thrown in the deep end', '~in at the deep end', 'no training',
      'no development', 'never trained', 'not trained', 'untrained', 'learn the hard way', 'left to work it out',
      'figure it out alone', 'work it out alone', 'no mentoring',
    ] },
  { id: 'unpredictable', valence: -1, pos: [
      'moody', 'unpredictable', 'blow hot and cold', 'blows hot and cold', 'hot and cold', 'change * mind',
      'changes * mind', 'keep changing', 'keeps changing', 'mixed messages', 'mixed signals', 'inconsistent',
      'depend on * mood', 'depends on * mood', 'never know where i stand', 'never know which',
    ], neg: ['predictable', 'steady', 'know where i stand', 'even tempered'] },
  { id: 'unclear', valence: -1, pos: [
      'no direction', 'no clear direction', 'unclear priorities', 'unclear what', 'no idea what * want',
      'no idea what * wants', 'not sure what * want', 'vague', 'clear as mud', 'no vision', 'no strategy', 'no plan',
      'muddled', 'confusing', 'all over the place', 'shifting priorities', 'priorities change',
    ], neg: ['clear direction', 'clear priorities', 'clear about what', 'know what * want', 'crystal clear', 'clear plan'] },
  { id: 'bias', valence: -1, pos: [
      'because i am a woman', 'because she is a woman', 'because i am young', 'because of my age', 'because of my accent',
      'sexist', 'sexism', 'racist', 'racism', 'ageist', 'ageism', 'too old', 'too young', 'boys club', 'token',
      'tokenism', 'diversity hire', 'not one of them', 'not the right background', 'wrong accent', 'the wrong school',
    ] },
  { id: 'unsafe', valence: -1, pos: [
      'unsafe', 'not safe for', 'an accident waiting to happen', 'accident waiting', 'someone will get hurt',
      'someone is going to get hurt', 'patients at risk', 'put * at risk', 'a risk to', 'dangerous', 'a near miss',
      'near miss', 'cause harm', 'come to harm', 'corners are cut',
    ], neg: ['perfectly safe', 'safe enough', 'under control'] },
  { id: 'fixer', valence: -1, pos: [
      'expected to fix', 'fix everything', 'firefight', 'firefighting', 'fire fighting', 'put out fires',
      'the go to person', 'go to person', 'always come to me', 'everything lands on', 'everything comes to me',
      'sort everything out', 'pick up everything', 'the one who fixes',
    ] },
  { id: 'imposed', valence: -1, pos: [
      'imposed on', 'forced on', 'forced through', 'rammed through', 'pushed through', 'done to us', 'top down',
      'from on high', 'handed down', 'no consultation', 'without consultation', 'dictated', 'presented as a done',
    ] },
  { id: 'loyal', valence: 1, pos: ['loyal', 'loyalty', 'one of us', 'on our side', 'in our corner', 'a team player', 'team player'], neg: [
      'disloyal', 'betray', 'betrayed', 'betrayal', 'turn on us', 'turned on us', 'traitor', 'snake', 'switch sides',
      'changed sides', 'go over to',
    ] },
  { id: 'underused', valence: -1, pos: [
      'underused', 'underutilised', 'underutilized', 'wasted in this role', 'waste my skills', 'waste of my skills',
      'waste of my talent', 'capable of more', 'could do more', 'overqualified',
      'over qualified', 'bored stiff', 'bored in', 'treading water', 'pigeonholed', 'pigeon holed', 'boxed in',
    ] },
  { id: 'guilt', valence: -1, pos: [
      'feel guilty', 'feels guilty', 'guilty about', 'guilt trip', 'guilt tripped', 'guilt', 'bad about leaving',
      'feel bad about', 'ashamed', 'let the team down', 'let everyone down', 'let * patients down',
    ] },
  { id: 'red-tape', valence: -1, pos: [
      'red tape', 'bureaucracy', 'bureaucratic', 'paperwork', 'jump through hoops', 'jumping through hoops', 'hoops',
      'admin burden', 'form filling', 'forms for everything', 'process for the sake of',
    ] },
  { id: 'priority', valence: 1, pos: ['a priority', 'top priority', 'high priority', 'prioritise', 'prioritize', 'matter to', 'matters to', 'first in line'], neg: [
      'not a priority', 'low priority', 'bottom of the list', 'bottom of * list', 'back burner', 'on the back burner',
      '~an afterthought', '~afterthought', 'deprioritise', 'deprioritize', '~always last', '~come last', '~comes last',
      '~bottom of the pile', '~second fiddle', '~play second fiddle', '~the poor relation', '~poor relation', 'cinderella',
    ] },
  { id: 'compared', valence: -1, pos: [
      'compare me', 'compares me', 'compared to', 'compared with', 'measured against', 'not as good as', 'in * shadow',
      'live up to', 'never measure up', 'measure up', 'pale in comparison', 'the benchmark',
    ] },
  { id: 'feedback', valence: 1, pos: ['give * feedback', 'gives * feedback', 'regular feedback', 'tell me how i am doing', 'honest feedback'], neg: [
      '~no feedback', '~never get feedback', 'never gives feedback', '~no idea how i am doing', 'radio silence',
      '~heard nothing', '~hear nothing back', '~heard nothing back', 'no response', 'no reply', '~left hanging',
    ] },
  { id: 'late-payment', valence: -1, pos: [
      'pay late', 'pays late', 'paid late', 'never pay on time', 'chase * invoice', 'chasing invoices', 'unpaid invoice',
      'unpaid invoices', 'owe us', 'owes us', 'bad debt', 'slow to pay', 'will not pay', 'refuse to pay',
    ] },
  { id: 'scope-creep', valence: -1, pos: [
      'scope creep', 'extra scope', 'keep adding', 'keeps adding', 'one more thing', 'just one more', 'extra requests',
      'more and more requests', 'out of scope', 'beyond the brief', 'not in the contract', 'outside the contract',
    ] },
  { id: 'indecisive', valence: -1, pos: [
      'indecisive', 'can not make a decision', 'can not decide', 'never decide', 'sit on the fence', 'sits on the fence',
      'fence sitting', 'dither', 'dithering', 'waffle', 'kick the can', 'kicks the can', 'put off decisions',
      'avoid decisions', 'avoid making decisions',
    ], neg: ['decisive', 'make decisions', 'make a decision', 'make decisions quickly', 'make a call', 'makes a call'] },
  { id: 'avoid-conflict', valence: -1, pos: [
      'avoid conflict', 'avoids conflict', 'conflict averse', 'avoid confrontation', 'avoids confrontation',
      'hate confrontation', 'hates confrontation', 'avoid difficult conversations', 'avoid the conversation',
      'dodge the issue', 'duck the issue', 'bury * head in the sand', 'head in the sand', 'avoid the issue',
      'put off the conversation', 'put off talking',
    ] },
  { id: 'avoid-me', valence: -1, pos: [
      'avoid me', 'avoiding me', 'avoids me', 'steer clear of me', 'give me a wide berth', 'keep * distance',
      'keep away from me', 'blank me', 'blanking me', 'blanks me', 'ghost me', 'ghosting me', 'ghosted me',
      'not return my calls', 'dodge my calls', 'dodging my calls', 'duck me',
    ] },
  { id: 'take-out', valence: -1, pos: [
      'take it out on', 'takes it out on', 'took it out on', 'take * out on', 'takes * out on', 'vent at', 'vents at', 'snap at', 'snaps at', 'snapped at',
      'bite * head off', 'short with me', 'curt with', 'curt', 'snappy', 'tetchy', 'in a mood',
    ] },
  { id: 'hoard', valence: -1, pos: [
      'hoard information', 'hoards information', 'hoard knowledge', 'keep * knowledge to', 'keep it all in * head',
      'gatekeep', 'gatekeeping', 'gatekeeper', 'knowledge is power', 'only one who knows', 'single point of failure',
      'will not share information', 'does not share information', 'share nothing', 'keep * cards close'
    ] },
  { id: 'depend-on-me', valence: -1, pos: [
      'can not cope without me', 'fall apart without me', 'falls apart without me', 'lost without me',
      'rely on me for everything', 'relies on me for everything', 'depend on me for everything',
      'need me for everything', 'can not manage without me', 'can not function without me', 'indispensable',
    ] },
  { id: 'meetings', valence: -1, pos: [
      'too many meetings', 'back to back meetings', 'back to back', 'meeting after meeting', 'death by meeting',
      'meetings all day', 'endless meetings', 'pointless meetings',
    ] },
  { id: 'harm-me', pos: [
      'look lazy', 'look uncommitted', 'look unprofessional', 'look stupid', 'look silly', 'look needy',
      'look like a troublemaker', 'look like a slacker', 'stupid question', 'dumb question', 'silly question',
      'look like * do not know', 'admit * do not know', 'look like i do not care',
    ] },
  { id: 'blame', pos: ['blame culture', 'culture of blame', 'witch hunt', 'witch hunts'] },
  { id: 'gaslight', valence: -1, pos: [
      'gaslight', 'gaslighting', 'gaslights', 'rewrite history', 'rewrites history', 'twist my words', 'twists my words',
      'put words in my mouth', 'make me doubt my', 'pretend * never said', 'deny * ever said', 'denies * ever said',
    ] },
  { id: 'boundaries', valence: 1, pos: ['respect my boundaries', 'respect * time off', 'leave me alone on holiday', 'leave me alone at weekends'], neg: [
      'no boundaries', 'cross the line', 'crosses the line', 'overstep the mark', 'contact me on holiday',
      'call me on my day off', 'message me at the weekend', 'text me at weekends', 'ring me on holiday',
    ] },
  { id: 'quality', valence: 1, pos: ['high standard', 'high quality', 'quality work', 'excellent work', 'top notch', 'first class work'], neg: [
      'shoddy', 'sloppy work', 'botched', 'a rushed job', 'rushed job', 'half baked', 'not up to standard', 'below standard',
      'substandard', 'poor quality', 'full of errors', 'riddled with errors', 'careless mistakes', 'slapdash',
    ] },
  { id: 'rewarded', valence: 1, pos: ['be rewarded', 'get rewarded', 'rewarded for', 'pays off for me', 'pay off for me'], neg: [
      'no reward', 'unrewarded', 'reward for good work is more work', 'more work as a reward', 'punished for doing well',
      'punished for being good', 'get nothing for it', 'nothing to show for',
    ] },
  { id: 'unrealistic', valence: -1, pos: [
      'unrealistic', 'unrealistic deadline', 'unrealistic expectations', 'pie in the sky', 'not achievable', 'unachievable',
      'impossible to hit', 'impossible to meet', 'pipe dream', 'fantasy numbers', 'plucked out of the air',
    ], neg: ['realistic', 'achievable', 'doable'] },
  { id: 'mind-read', valence: -1, pos: [
      'read * mind', 'expect me to know', 'expects me to know', 'expect me to guess', 'expects me to guess',
      'should just know', 'psychic', 'mind reader',
    ] },
  { id: 'risk-averse', valence: -1, pos: [
      'risk averse', 'play it safe', 'plays it safe', 'playing it safe', 'too cautious', 'overly cautious', 'no appetite for risk',
      'will not take risks', 'never takes risks', 'scared of risk', 'afraid of risk',
    ], neg: ['take risks', 'takes risks', 'bold bets', 'appetite for risk'] },
  { id: 'change-fatigue', valence: -1, pos: [
      'too much change', 'change fatigue', 'constant change', 'another restructure', 'another reorganisation',
      'another reorganization', 'yet another restructure', 'change for change sake', 'one initiative after another',
      'initiative fatigue', 'flavour of the month',
    ] },
  { id: 'agony-aunt', valence: -1, pos: [
      'pour * heart out', 'pours * heart out', 'come to me with * problems', 'comes to me with * problems', 'agony aunt',
      'shoulder to cry on', 'unpaid counsellor', 'unofficial counsellor', 'emotional support for',
    ] },
  { id: 'belong', valence: 1, pos: ['fit in here', 'fit in with', 'fits in with', 'one of the gang', 'part of the team', 'belong here', 'belong in'], neg: [
      'outsider', 'an outsider', 'odd one out', 'the odd one out', 'never invited out', 'not invited to drinks',
      'drinks without me', 'lunch without me', 'go for drinks without me', 'on the outside', 'not part of the gang',
    ] },
  // ── Round five: a second pass over a general taxonomy of workplace worries (motives and rivalry, conduct,
  // morale and engagement, standards, status, reliability, image), each with its denials.
  { id: 'resent', valence: -1, pos: [
      'bitter about',
      'sore about', 'chip on * shoulder', 'hard feelings', 'never forgive', 'still smarting',
    ], neg: ['no hard feelings', 'let it go', 'over it', 'moved on from', 'bear no grudge', 'hold no grudge'] },
  { id: 'rival', valence: -1, pos: [
      'gunning for my job', 'angling for my', 'angle to replace', 'after my position', 'step into my shoes', 'waiting for me to fall', 'positioning * to take over',
    ], neg: ['no interest in my job', 'not after my job', 'happy in * role', 'has no designs on'] },
  { id: 'entitled', valence: -1, pos: [
      'entitled', 'think * owed', 'expect special treatment', 'above the rules', 'act like * owns the place',
    ], neg: ['grateful for', 'never expects favours', 'does not expect special'] },
  { id: 'obstacle', valence: -1, pos: [
      'in the way of', 'an obstacle', 'a blocker', 'a hurdle', 'the fun police', 'department of no', 'more paperwork', 'another form', 'slow * down',
    ], neg: ['add value', 'adds value', 'an enabler', 'a partner to', 'make * job easier', 'makes * job easier'] },
  { id: 'bully', pos: [
      'rule * by fear', 'rules * by fear', 'climate of fear', 'walk on eggshells', 'tread on eggshells', 'intimidate',
      'intimidates', 'intimidating', 'throw * weight around', 'shout at', 'shouts at', 'yell at', 'yells at',
      'browbeat', 'tear * strip off', 'tears * strip off', 'scared of him', 'scared of her',
    ] },
  { id: 'politics', valence: -1, pos: [
      'schmooze', 'suck up', 'sucks up',
      'brown nose', 'curry favour', 'kiss up', 'kisses up', 'teacher s pet', 'in with the right people',
      'who you know',
    ], neg: ['no time for politics', 'stay out of politics', 'above the politics', 'merit not politics'] },
  { id: 'morale', valence: 1, pos: [
      'high morale', 'morale is high', 'morale is good', 'in good spirits', 'happy team', 'team is happy',
      'buzz in the team', 'team spirit',
    ], neg: [
      'low morale', 'morale is low', 'morale is rock bottom', 'morale is on the floor', 'demoralised',
      'demoralized', 'morale has dropped', 'miserable team',
    ] },
  { id: 'double-standard', valence: -1, pos: [
      'rules do not apply to', 'let off', 'a free pass', 'never pulled up', 'turn a blind eye',
    ], neg: ['same rules for everyone', 'hold everyone to the same', 'consistent with everyone', 'no exceptions'] },
  { id: 'patronise', valence: -1, pos: [
      'mansplain', 'explain * slowly',
    ], neg: ['treat * like an adult', 'treats * like an adult', 'treat * as an adult', 'speak to * as an equal'] },
  { id: 'reliable', valence: 1, pos: [
      'dependable', 'always delivers',
      'good as * word',
    ], neg: [
      'flaky', 
      'never follows through', 'let things slide', 'lets things slide',
    ] },
  { id: 'territorial', valence: -1, pos: [
      'protect * patch', 'protects * patch', 'guard * patch', 'own little kingdom',
    ], neg: ['share * resources', 'shares * resources', 'happy to share'] },
  { id: 'look-weak', valence: -1, pos: [
      'seen as weak', 'look soft', 'seen as soft',
      ], neg: ['seen as strong', 'look strong', 'command respect'] },
  { id: 'pull-rank', valence: -1, pos: [
      'above * station', 'remind me who is boss', 'put me in my place', 'puts me in my place',
    ] },
  { id: 'sick', valence: -1, pos: [
      'pull a sickie', 'pulling a sickie', 'faking illness', 'swing the lead', 'swinging the lead',
      'not really ill', 'not really sick', 'putting it on', 'skive off',
    ], neg: ['genuinely ill', 'really is ill', 'really is sick', 'genuinely sick'] },
  { id: 'disengaged', valence: -1, pos: [
      'goes through the motions', 'lost * spark',
      'lost * motivation', ], neg: ['fully engaged', 'highly motivated', 'heart is in it', 'puts * heart into', 'goes the extra mile'] },
  { id: 'settlement', valence: -1, pos: [
      'a payout', 'a settlement', 'after a settlement', 'after money', 'in it for the money', 'take * to tribunal',
      'go to tribunal', 'paper trail against',
    ] },
  { id: 'favour-back', valence: -1, pos: [
      'owe * a favour', 'owes * a favour', 'call in a favour', 'quid pro quo', 'scratch * back', 'strings attached',
    ] },
  { id: 'hide-problems', valence: -1, pos: [
      'hide * problems', 'hides * problems', 'sweep * under the carpet',
      'sweep * under the rug', 'bury bad news', 'keep bad news from',
      'not tell me when', 'never tell me when', ], neg: [
      'tell me straight away', 'tells me straight away', 'flag problems early', 'flags problems early',
      'come to me with problems', 'open with me about', 'tell me when something goes wrong',
      'tells me when something goes wrong',
    ] },
  // ── Round nine: everyday rephrasings (idioms, phrasal verbs, British and American) of the same worries, and
  // family and client relationships; each with its denials where people voice them.
  { id: 'gossip', pos: [
      'badmouth', 'bad mouth', 'criticise * behind', 'criticize * behind', 'criticise me to', 'criticize me to',
      'speak badly of', 'speak ill of', 'say bad things about', 'trash talk',
      'bitch about me', 'slate me', 'run * down to',
      'tell tales', 'dish the dirt', 'spread * about me', 'stories about me', 'complain about me behind',
      'moan about me behind',
    ], neg: ['speak well of', 'say good things about', 'sing * praises'] },
  { id: 'invest', neg: [
      'drift away', 'drifting away', 'drifted away', 'drift off', 'go cold on', 'gone cold on', 'cool on',
      'cooling on', 'cooled on', 'lose enthusiasm', 'losing enthusiasm', 'lost enthusiasm', 'lose * appetite for',
      'lost * appetite for', 'enthusiasm * faded', 'enthusiasm * gone', 'mentally checked out', 'switched off from',
      'tuned out of', 'not care * any more', 'stopped caring',
    ] },
  { id: 'funding', valence: 1, pos: [
      'renew * funding', 'renew * grant', 'keep funding', 'keep * funding', 'continue * funding', 'continue to fund',
      'increase * funding', 'extend * funding', 'extend * grant', 'fund us', 'funding us', 'back us financially',
    ], neg: [
      'pull * funding', 'pull the money', 'pull * money', 'pull * grant', 'pull * budget', 'cut * funding',
      'slash * funding', 'cut * grant', 'cut * budget', 'slash * budget', 'withdraw * funding', 'withdraw * grant',
      'withdraw * money', 'freeze * funding', 'freeze * budget', 'funding * dry up',
      'money * dry up', 'funding * run out', 'money * run out', 'lose * funding', 'lose the grant', 'defund',
      'stop * funding', 'stop funding', 'turn off the tap', 'turn off the taps', 'tighten * purse strings',
      'take * money away', 'claw back', ] },
  { id: 'inform', pos: ['keep * in the loop', 'loop me in', 'let me in on', 'tell me things', 'tell me what is going on'], neg: [
      'not tell me', 'never tell me', 'not tell us', 'never tell us', 'leave * in the dark',
      '~find out * from others', '~hear * from others', '~hear it from', 'in the dark about',
      'find out after', 'after the fact', 'left to find out', 'keep * guessing', 'need to know basis',
    ] },
  { id: 'write-off', valence: -1, pos: [
      'write @ off', 'give up on me', 'give up on us', 'given up on me', 'given up on us',
      'give up on him', 'give up on her', 'wash * hands of', 'be a lost cause', 'a hopeless case', 'beyond help',
      'no hope for me', 'past saving', 'not worth bothering with', 'a lost cause to',
    ], neg: ['believe in me', 'believe in us', 'not given up on', 'not give up on', 'back me to', 'still rate me'] },
  { id: 'support', pos: [
      'stick up for me', 'stick up for us', 'defend me', 'defend us', 'look out for me', 'in my corner', 'on my side', 'fight my corner',
      'go out on a limb for', 'put * neck out for', 'cover my back', 'watch my back', 'back me against',
    ], neg: [
      'leave me to fend', 'throw me to the wolves', 'throw * to the wolves', 'feed me to the wolves',
      'hang me out', 'leave me high and dry', 'high and dry', 'drop me in it', 'not back me', 'side against me',
      'take * side against me', 'leave me on my own with',
    ] },
  { id: 'honest', pos: ['be straight with', 'level with me', 'come clean', 'tell me everything'], neg: [
      'hide something from @', 'hide things from @', 'hiding something', 'keep something from @', 'keep things from @',
      'keep secrets', 'keeping secrets', 'not tell * the whole story', 'not tell * the whole truth',
      'not tell me everything', 'not come clean', 'hold * back from me', 'something to hide', 'being shady',
      'shady', 'lie to me', 'lie to us', 'lying to me', 'pull the wool', 'a cover up', 'bluffing',
      'spin me a line', 'string me along', 'string us along', 'lead me on', 'lead us on', 'fob me off',
      'fob us off', 'fob * off with',
    ] },
  { id: 'avoid-me', pos: [
      'keep out of my way', 'stay out of my way', 'dodge me', 'dodge my', 'make * scarce', 'avoid eye contact',
      'not look me in the eye', 'hide from me', 'go out of * way to avoid',
      'not meet with me', 'will not meet me', 'cancel on me', 'avoid talking to me', 'avoid being alone with',
    ], neg: ['seek me out', 'come and find me'] },
  { id: 'approve', valence: 1, pos: [
      'approve of', 'proud of', 'give * blessing', 'pleased with me', 'happy with me', 'think the world of',
      'a credit to', 'impressed with me', 'impressed by me',
    ], neg: [
      'disapprove', 'disapproving', 'disapproval', 'disappointed in', 'be disappointed in', 'be disappointed with', 'disappointed with me', '~a disappointment',
      '~a let down', 'frown on', 'frown upon', 'frowns on', 'ashamed of me', 'be ashamed of me', 'embarrassed by me', 'be embarrassed by me', 'embarrassed of me',
      '~an embarrassment', '~the black sheep', 'look down on my choices',
      'judge my choices', 'sigh at', 'tut at', 'not approve of',
    ] },
  { id: 'burden', valence: -1, pos: [
      'a burden to', 'a burden on', 'burden to', 'burden on', 'a drain on', 'dead weight', 'deadweight',
      'better off without me', 'better off without us', 'hold everyone back', 'holding everyone back',
      'a liability', 'a millstone', 'more trouble than * worth', 'a charity case', 'carry me', 'carrying me',
      'in everyone s way', 'get in everyone s way', 'a waste of space', 'take up space',
    ], neg: ['an asset', 'a real asset', 'worth having', 'glad to have me', 'better with me'] },
  { id: 'authority', neg: [
      'goes around me', 'goes round me', 'goes over my head', 'go above * head', 'goes above * head',
      'went above * head', 'went over my head', 'go straight to * boss', 'go straight to * manager', 'go straight to the top', 'goes straight to', 'went straight to',
      'go to * boss behind', 'go to * manager behind', 'escalate over * head', 'bypass me', 'bypasses me',
      'cut me out of the decision', 'undercut me', 'undercuts me', 'undo * decisions', 'reverse * decisions',
      'make me look powerless', 'without checking with me', 'behind * back to',
    ] },
  { id: 'fire', pos: [
      'first to go', 'days * numbered', 'borrowed time', 'reason to get rid of', 'excuse to get rid of',
      'want me gone', 'want me out', 'ease me out', 'show me the door', 'out of a job', 'lose my job', 'losing my job', 'on the scrap heap', 'on the scrapheap', 'let me go',
      'axe my role', 'axe my job', 'my role will go', 'my post will go', 'cut my role', 'cut my hours',
      'reduce my hours', 'slash my hours', 'cut back my hours', 'cut back on my hours',
    ], neg: ['job is secure', 'position is secure', 'role is secure', 'secure here', 'job for life'] },
  { id: 'overload', pos: [
      'up to * eyeballs', 'be up to * eyeballs', 'be up to * eyes', 'be up to * neck', 'buried in', 'swamped with', 'drowning in work', 'over my head in work', 'flat out',
      'in the weeds', 'underwater', 'under water', 'sinking under', 'treading water to keep up',
      'no time to think', 'not enough hours in the day', 'not enough hours', 'chasing my tail', 'chasing * tail',
      'firefighting all day', 'stretched to breaking', 'burning the candle', 'burn the candle at both ends',
      'running myself ragged', 'at the end of my rope', 'barely coping', 'barely cope',
      'can not keep up', 'buckling', 'buckle under',
    ], neg: ['keep * head above water', 'keep * above water', 'keep up with * work', 'plenty of capacity'] },
  { id: 'agenda', pos: [
      'up * sleeve', 'something up * sleeve', 'long game', 'play * long game', 'more than meets the eye',
      'more to * than meets the eye', 'an angle', 'got an angle', 'working an angle', 'what * really after',
      'want something from me', 'not what it seems', 'too good to be true', 'trojan horse', 'ulterior', 'scheming', 'plotting', 'a reason behind', 'secretly want', 'secretly wants',
    ] },
  { id: 'face', valence: -1, pos: [
      'lose face', 'losing face', 'save face', 'saving face', 'face saving', 'how it looks', 'how things look',
      'how it will look', 'how it would look', 'appearances', 'keep up appearances', 'protect * image',
      'protecting * image', 'own image', 'look good in front', 'look good to', 'optics',
      'image conscious', 'want to be seen', 'look like * in charge', 'pride is hurt', 'wounded pride', 'hurt * pride', 'ego', 'bruised ego', 'protect * ego', 'cover * back', 'cover himself', 'cover herself', 'cover themselves',
    ] },
  { id: 'quality', pos: ['careful with', 'meticulous', 'attention to detail', 'eye for detail', 'check * own work', 'double check * own'], neg: [
      'careless', 'rush * work', 'rush through', 'not check * work', 'never check * work',
      'lack attention to detail', 'no eye for detail', 'sloppy with', 'cut * corners on', 'rough and ready',
      'full of mistakes', 'riddled with mistakes', 'keep making mistakes', 'error prone', 'half finished', 'not proofread', 'not proof read', 'not double check',
    ] },
  { id: 'know-best', valence: -1, pos: [
      'know best', 'know it all', 'a know all', 'always right', 'never wrong', 'will not be told',
      'can not be told', 'right about everything', 'an answer for everything', 'all the answers', 'not take advice',
      'never take advice', 'never admit * wrong', 'never admit * mistake', 'not admit * wrong', 'not admit * mistake',
      'arrogant', 'full of himself', 'full of herself', 'big headed', 'my way or the highway', 'their way or',
      'his way or', 'her way or', 'better than everyone', 'smartest person in the room', ], neg: ['open to advice', 'take advice', 'admit * wrong', 'admit * mistakes', 'humble', 'willing to learn'] },
  { id: 'approachable', pos: ['have time for me', 'make time for me', '~get time with'], neg: [
      'no time for me', 'too busy for me', 'too busy to see me', 'cancel * one to one', 'cancel * one to ones',
      'cancel our meetings', 'cancel our catch up', 'keep cancelling our', 'keep cancelling on me', 'cancel * 1 1', 'move * one to one', 'can not get hold of', 'impossible to pin down', 'never available', ] },
  { id: 'procrastinate', valence: -1, pos: [
      'put it off', 'put off the', 'put off things', 'put things off', 'put off * dread', 'keep putting off',
      'procrastinate', 'procrastinating', 'procrastination', 'leave * to the last minute', 'leave things to the last', 'drag my heels', 'kick it down the road', 'avoid starting',
      'can not get started', 'never get round to', 'never get around to', 'get round to it', 'get around to it',
    ], neg: ['get on with it straight away', 'do it straight away', 'tackle it head on', 'start early'] },
  { id: 'loyal', pos: ['got our backs', 'stand by us', 'stick with us', 'ride or die', 'in it together'], neg: [
      'sell us out', 'sell me out', 'sell @ out', 'stab us in the back', 'turn on me', 'turn on @', 'loyalty * to herself',
      'loyalty * to himself', 'loyalty * to themselves', 'loyal only to', 'only loyal to', 'loyal to herself',
      'loyal to himself', 'loyal to themselves', 'switch allegiance', 'double cross', 'rat on',
      'grass on', 'grass me up', 'drop us in it', 'fair weather', 'a fair weather friend', ] },
  { id: 'respect', pos: [
      'take * career seriously', 'take * job seriously', 'take * work seriously', 'respect what i do', 'proud of what i do', 'see me as a professional', 'treat me as a grown up',
    ], neg: [
      'not a real job', 'not a proper job', 'not real work', 'a hobby', 'just a hobby', 'treat me like a kid', 'treat me like a child', 'treat * like an idiot', 'talk to me like',
      'brush aside my experience', 'not taken seriously', 'a laughing stock', 'laugh at me', 'laugh at my',
      'roll * eyes at me', 'sneer at my', 'look down * nose', 'scoff at', 'make fun of',
    ] },
  { id: 'exploit', pos: [
      'take advantage of my', 'take advantage of * goodwill', 'milk * goodwill', 'milk * good nature', 'milk me',
      'milking me', 'free resource', 'free labour', 'free labor', 'a free pair of hands', 'walk all over my',
      'take the mickey', 'take the piss', 'take liberties', 'taking liberties', 'treat me like staff',
      'treat me like a servant', 'a doormat for', ] },
  { id: 'autonomy', pos: [
      'let me decide * on my own', 'decide * on my own', 'decide for myself', 'make * own decisions',
      'make my own calls', 'run my own', 'trust me to get on', 'leave * to get on with', 'free to decide',
    ], neg: ['every decision * through', 'run everything past', 'run everything by', 'check everything with'] },
  { id: 'micro', pos: [
      'see everything before', 'need to see everything', 'check everything before', 'sign off everything',
      'copied on every', 'copy * on every', 'in the weeds of my', 'check up on me', 'checks up on me', 'track my', 'tracking my', 'count my hours',
      'clock watch me', 'want updates', 'constant updates', 'daily updates', 'hourly updates',
    ] },
  { id: 'trust', pos: [
      'trust me with', 'trust us with', 'let me near', 'let me anywhere near', 'let me loose on', 'let me handle',
      'hand me anything', 'give me anything important', 'give me the big',
    ], neg: [
      'keep the important work', 'keep the big * for', 'keep * important * for herself', 'keep * important * for himself',
      'keep the best work for', 'not let me near', 'not let me handle',
    ] },
  { id: 'heed', pos: [
      'get back to me', 'get back to us', 'reply to me', 'reply to my', 'respond to my', 'respond to me',
      'answer my email', 'answer my emails', 'answer my messages', 'answer my calls',
    ], neg: ['black hole', 'into a black hole', 'unanswered', 'go unanswered', 'leave * unanswered', 'never hear back', 'left on read'] },
  { id: 'claim-credit', pos: [
      'get * glory for', 'get all the glory', 'piggyback', 'piggy back', 'piggybacks on', 'ride on the back of my',
      'pass * ideas off', 'dine out on my', 'take the credit when',
    ] },
  { id: 'blame', pos: [
      'make me the fall guy', 'make me the scapegoat', 'make me carry the can', 'make me take the fall',
      '~get the blame from', '~get the blame for', '~cop the blame for', '~catch the blame', 'blame it on me',
      'pass the blame', 'shift the blame', 'shift * blame onto',
    ] },
  { id: 'resist-change', pos: [
      'will not budge', 'not budge', 'refuse to budge', 'push back on anything new', 'against anything new', 'hate anything new',
      'resist anything new', 'drag * feet on * change', 'wedded to the old', 'the old way', 'the old ways',
      'the way things were', 'cling to the old', 'stuck in a rut',
    ] },
  { id: 'sabotage', pos: [
      'poisoned chalice', 'hospital pass', 'a hiding to nothing', 'designed to fail', 'bound to fail', 'a no win',
      'no win situation', 'leave me to fail', 'let me fail', 'watch me fail', 'hang me out to dry',
    ] },
  { id: 'promise', pos: ['stick to what * agreed', 'stick to the agreement', 'stick to * plan', 'honour the agreement'], neg: [
      'change * brief', 'keep changing what', 'keep changing the', 'shift the goalposts', 'moving goalposts',
      'rewrite the brief', 'change the rules', 'change the rules halfway', 'not what we agreed', 'go back on * deal',
    ] },
  { id: 'fair', neg: [
      'plum jobs', 'plum projects', 'plum shifts', 'the plum', 'to his mates', 'to her mates', 'to their mates', 'look after his own',
      'look after her own', 'look after their own', 'jobs for the boys', 'his pet', 'her pet',
    ] },
  // ── Round ten: judgement words people fear being seen as (near-synonyms with their opposites), clients
  // (leaving, price, scope, silence), checking and control, overwhelm, and family.
  { id: 'difficult', pos: [
      'unhelpful', 'uncooperative', 'un cooperative', 'hard work to deal with', 'a pain to deal with',
      'a pain to work with', 'domineering', 'overbearing', 'clingy', 'too clingy', 'a nightmare to work with',
      'difficult to work with', 'awkward to deal with', 'go on at her', 'go on at him', 'on at her', 'on at him',
      'nag * constantly', 'exhausting to deal with', 'find me exhausting',
      'finds me exhausting',
    ], neg: ['easy to work with', 'easy to deal with', 'easy going', 'cooperative', 'accommodating'] },
  { id: 'effort', neg: ['work shy', 'workshy', 'a layabout', 'bone idle', 'a shirker', 'a skiver'] },
  { id: 'aloof', valence: -1, pos: [
      'aloof', 'standoffish', 'stand offish', 'cold and distant', 'distant and aloof', 'a cold fish',
      'unwelcoming', 'keep * at arm s length', 'at arm s length', 'think i am cold', 'find me cold', 'finds me cold',
      'see me as cold', 'sees me as cold', 'cold to me', 'seem cold',
    ], neg: ['warm and friendly', 'personable', 'approachable and warm'] },
  { id: 'know-best', pos: [
      'cocky', 'conceited', 'a show off', 'show off', 'showing off',
      'smug', 'boastful', 'bragging', 'a bighead', 'big head', 'up * own backside', 'too clever by half',
    ], neg: ['modest', 'down to earth'] },
  { id: 'quality', neg: ['careless with', 'rush * work', 'rush things', 'rush my', 'cut corners with'],
    pos: ['thorough', 'painstaking', 'conscientious about'] },
  { id: 'reliable', pos: ['count on me', 'count on us', 'rely on me to', 'trust me to deliver'],
    neg: ['undependable', 'can not count on', 'let people down', 'drop the ball on'] },
  { id: 'lose-business', pos: [
      'take * work elsewhere', 'take * account elsewhere', 'move the account',
      'move * account', 'switch supplier', 'switch suppliers', 'switch agency', 'switch agencies', 'change supplier',
      'change suppliers', 'pull the contract', 'pull * contract', 'end the contract', 'terminate * contract',
      'not renew', 'shop around', 'shopping around', 'talk to * competitors', 'go with a cheaper',
      'go with someone cheaper', 'look at other suppliers', 'look at other agencies', 'put * out to tender',
      'take the account', 'walk away from us',
    ], neg: ['stay with us', 'renew with us', 'keep working with us', 'sign again', 'stay on with us'] },
  { id: 'exploit', pos: [
      'too expensive', 'overcharging', 'over charge', 'overpriced', 'over priced', 'ripping * off', 'a rip off',
      'charge too much', 'charge * too much', 'fees * too high', 'prices * too high', 'rates * too high',
      'fee * too high', 'price * too high', 'too pricey', 'pricey', 'cost too much', 'costs too much', 'too dear',
      'fleecing', 'price * out of', 'extortionate', 'balk at the price', 'baulk at the price', 'balk at * fees', 'baulk at * fees',
    ], neg: ['good value', 'worth the money', 'money s worth', 'get * money s worth', 'worth every penny', 'reasonably priced', 'fees are fair', 'fees * fair',
      'prices * fair', 'rates * fair'] },
  { id: 'scope-creep', pos: [
      'add to the brief', 'adding to the brief', 'scope * creep', 'scope * grow', 'scope * growing',
      'more for the same', 'more for less', 'want extras', 'wants extras', 'keep asking for extras', 'keeps asking for extras', 'extras for free', 'free extras',
      'on top of what * agreed', 'beyond what * agreed', 'more than * paid for', 'more than we agreed',
    ], neg: ['stick to the brief', 'sticks to the brief', 'stay within scope', 'within the brief', 'within scope'] },
  { id: 'heed', neg: [
      'go quiet', 'gone quiet', 'went quiet', 'goes quiet on', 'go silent', 'gone silent', 'went silent',
      'go dark', 'gone dark', 'stop replying', 'stopped replying', 'stop responding', 'stopped responding',
      '~not heard from', '~not hear from', '~hear nothing from', '~heard nothing from',
    ] },
  { id: 'micro', pos: [
      'not let me sign off', 'not let me sign anything off', 'not let me send', 'double checks my', 'double check my',
      'check all my', 'checks all my', 'see every email', 'see every * before', 'has to see every', 'approve every',
      'watch everything i do', 'watches everything i do', 'check everything i', 'needs to approve',
      'breathing down my neck', 'peer over * shoulder', 'peering over * shoulder', 'nothing goes out without',
      'nothing goes out until', 'has to see everything', 'have to see everything', 'insist on reviewing', 'insists on reviewing',
      'insist on checking', 'insists on checking', 'insist on seeing', 'insists on seeing', 'review all my', 'reviews all my',
      'not allowed to send',
    ] },
  { id: 'overload', pos: [
      'stretched too thin', 'can not keep up', 'keep up with everything', 'spinning too many plates',
      'spin too many plates', 'too many plates spinning', 'up to my eyes in it', 'up to * eyes in it',
      'too much to do', 'more than i can handle', 'more than i can manage', 'juggle too much', 'juggling too many',
      'overwhelmed by', 'going under', 'sinking under the', 'not enough hours in the day',
    ], neg: ['workload is manageable', 'workload is fine', 'plenty of time', 'got time to spare'] },
  { id: 'competent', neg: ['can not do * job', 'can not do the work', 'not able to do * job', 'not capable of doing'] },
  { id: 'autonomy', pos: ['let me run my own', 'lets me run my own', 'let me send * without', 'lets me send * without', 'let me get on with it', 'lets me get on with it'] },
  { id: 'approachable', pos: ['spare * time for me', 'find time for me'] },
  { id: 'overload', pos: ['to do list * out of control', 'to do list * never ending', 'never ending to do list'] },
  { id: 'satisfied', valence: 1, pos: [
      'happy with our', 'happy with the service', 'happy with the work', 'happy with us', 'pleased with our',
      'pleased with the work', 'delighted with our', 'delighted with the', 'thrilled with our', 'satisfied with',
      'satisfied customer', 'satisfied client',
    ], neg: [
      'unhappy with', 'dissatisfied', 'disappointed with the', 'disappointed with our', 'displeased with',
      'fed up with us', 'not happy with our', 'not happy with the',
    ] },
  { id: 'haggle', valence: -1, pos: [
      'ask for a discount', 'asking for a discount', 'want a discount', 'push for a lower', 'push * price down',
      'knock the price down', 'knock * price down', 'knock * fee down', 'renegotiate the fee', 'renegotiate * fee',
      'renegotiate * price', 'renegotiate * rate', 'haggle', 'haggling', 'beat us down', 'beat * down on price',
      'squeeze * on price', 'squeeze our margin', 'squeeze our margins', 'drive * price down', 'chip away at * fee',
      'chip away at * price', 'try it on with * price',
    ], neg: ['pay the full price', 'pay the full fee', 'pay the asking price', 'pay what we ask', 'pay our rate'] },
  { id: 'competent', pos: ['think i am bright', 'think i am clever', 'think i am smart'], neg: [
      'think i am stupid', 'think i am thick', 'think i am an idiot', 'think i am dim', 'think i am dumb',
      'see me as stupid', 'take me for an idiot', 'take me for a fool', 'think i am a fool',
    ] },
  { id: 'look-weak', pos: ['think i am weak', 'see me as weak', 'think i am soft', 'spineless', 'a wimp', 'no backbone'],
    neg: ['think i am strong', 'see me as strong'] },
  // Only the judged frame: "she was rude to me" is another assumption, and the judge reads as the subject.
  { id: 'rude', valence: -1, pos: [
      'think i am rude', 'think i am being rude', 'find me rude', 'see me as rude', 'come across as rude',
      'think i am impolite', 'find me impolite', 'think i am bad mannered', 'look rude', 'seem rude',
    ], neg: ['think i am courteous', 'think i am well mannered'] },
  { id: 'overstep', pos: [
      'stick * nose into', 'nose into everything', 'nosy', 'nosey', 'pry into', 'prying into',
      'can not stay out of', 'interfere in everything', 'meddle in my',
    ], neg: ['respect my privacy', 'respects my privacy', 'stay out of my business', 'keep out of my business'] },
  { id: 'effort', pos: ['help around the house', 'do * share at home', 'pull * weight at home', 'help with the housework'] },
  { id: 'offload', pos: ['leave all the housework to', 'leave * housework to me', 'leave the chores to', 'leave all the chores to'] },
  { id: 'unfair-load', pos: ['do all the chores', 'do all the housework', 'do all the cooking', 'do all the cleaning'] },
  { id: 'difficult', pos: ['selfish', 'only look out for myself', 'in it for myself', 'look out for number one'] },
  { id: 'overload', pos: ['run off * feet', 'rushed off * feet'], neg: ['a minute to myself', 'a second to breathe', 'time to breathe'] },
  { id: 'approachable', pos: ['time to help me', 'have time to help'], neg: ['too busy to help'] },
  { id: 'micro', pos: [
      'cc * on every', 'cc him on', 'cc her on', 'cc them on', 'be copied on', 'copied in on every', 'rewrite everything i',
      'rewrites everything i', 'daily report on', 'report on what i', 'account for every minute', 'account for every hour',
    ] },
  { id: 'unrealistic', pos: ['want it yesterday', 'wants it yesterday', 'want everything yesterday', 'done overnight'] },
  { id: 'wasting-life', valence: -1, pos: [
      'wasting my life', 'waste my life', 'wasted my life', 'throw my life away', 'thrown my life away',
      'threw my life away', 'going nowhere in life', 'going nowhere with my life', 'i am going nowhere',
      'wasted my potential', 'waste my potential', 'wasting my potential', 'not living up to my potential',
      'a waste of potential', 'a waste of my education',
    ], neg: [
      'doing well with my life', 'doing well for myself', 'made something of myself', 'make something of myself',
      'making something of myself', 'living up to my potential',
    ] },
  { id: 'autonomy', neg: [
      'decide everything for me', 'decides everything for me', 'run my life', 'runs my life', 'control my life',
      'controls my life', 'make my decisions for me', 'makes my decisions for me',
    ] },
  { id: 'work-first', valence: -1, pos: [
      'work too much', 'works too much', 'put work before', 'puts work before', 'care more about work',
      'cares more about work', 'married to * job', 'married to * work', 'never home', 'always at work',
      'workaholic', 'choose work over', 'chooses work over', 'work comes first',
    ], neg: ['fine with my hours', 'okay with my hours', 'ok with my hours', 'family comes first', 'put the family first'] },
  { id: 'approve', neg: [
      'cringe when i', 'cringes when i', 'cringe at me', 'cringes at me', 'embarrassed to be seen with me',
      'not want * friends to see me',
    ] },
  { id: 'strict', valence: -1, pos: [
      'too strict', 'too hard on', 'too harsh with', 'too harsh on', 'overprotective', 'over protective',
      'too controlling', 'too many rules', 'a tyrant', 'a dictator', 'helicopter parent', 'wrap * in cotton wool',
      'a killjoy parent', 'too protective', 'my rules * too harsh', 'my rules * too strict', 'too strict with',
    ], neg: ['fair with', 'lenient', 'relaxed with', 'laid back with'] },
  { id: 'pushover', pos: ['too lenient', 'a soft parent', 'get round me', 'wrap me round', 'twist me round'] },
  { id: 'compared', pos: [
      'more like my sister', 'more like my brother', 'more like your sister', 'more like your brother',
      'hold * up as an example', 'hold * up as the example', 'measure up to my', 'compare me with', 'compares me with',
      'the favourite child', 'can not be more like', 'could not be more like', 'not more like my',
    ] },
  { id: 'sabotage', pos: [
      'love to see me fail', 'like to see me fail', 'want to see me fail', 'see me fail', 'hope * fail',
      'hoping * fail', 'fall flat on my face', 'see me fall', 'see me fall flat', 'hope i mess up', 'hoping i mess up',
    ] },
  { id: 'approve', pos: [
      'boast about me', 'boasts about me', 'brag about me', 'brags about me', 'show me off', 'shows me off',
      'pleased with how i', 'proud of how i', 'think the world of me', 'thinks the world of me',
    ], neg: ['let * down', 'think i have let', 'thinks i have let', 'a failure in * eyes'] },
  { id: 'heed', neg: ['interrupt me', 'interrupts me', 'cut me off', 'cuts me off', 'talk over me', 'talks over me', 'speak over me', 'speaks over me'] },
  // ── Round eleven: behaviour with two poles that share no word (yielding/firm, careless/careful, calm/volatile,
  // open/guarded), so one pole meets the other as an opposite, never a paraphrase.
  { id: 'pushover', pos: [
      'let * walk all over', 'let * walk over', 'give in to', 'cave in to', 'cave to',
      'caves', 'cave', 'fold under', 'bow to pressure', 'give way to', 'eager to please', 'a yes man',
      'a yes woman', 'unable to say no', 'never say no to', 'can not say no to', 'bend over backwards to please',
      'a soft touch for', 'too soft with', 'too soft on', 'too lenient with', 'let * push * around',
      'let * push * about', 'fold as soon as', 'fold the moment', 'fold at the first', 'fold under pressure',
    ], neg: [
      'firm with', 'firm on', 'be firm', 'stay firm', 'stays firm', 'firm but fair', 'stand * ground',
      'hold * ground', 'draw the line', 'no pushover', 'tough with', 'set * boundaries',
      'not take any nonsense', 'take no nonsense', 'no nonsense',
    ] },
  { id: 'quality', pos: [
      'thorough with', 'thorough about', 'rigorous', 'scrupulous', 'diligent about',
      'with a fine tooth comb', 'fine tooth comb', 'leave nothing to chance', 'go through * with a fine',
    ], neg: [
      'skip * checks', 'skip the checks', 'skip steps', 'skip * steps', 'omit * checks', 'omit * steps', 'take shortcuts', 'take short cuts',
      'rush the', 'rush * checks', 'slapdash about', 'sloppy about', 'do a rush job',
    ] },
  { id: 'volatile', valence: -1, pos: [
      'fly off the handle', 'flies off the handle', 'lose * temper', 'loses * temper', 'blow up at', 'blows up at',
      'blow up over', 'blows up over', 'hot headed', 'hothead', 'short fuse', 'a short fuse', 'quick tempered',
      'bad tempered', 'hot tempered', 'volatile', 'explosive temper', 'a temper', 'go off the deep end',
      'goes off the deep end', 'lose it with', 'loses it with', 'kick off at', 'kicks off at', 'tantrum',
      'lose * cool', 'loses * cool', 'at the slightest thing', 'over the slightest thing', 'at the smallest thing',
      'over the smallest thing', 'explode over', 'explodes over', 'explode at the slightest',
      'explodes at the slightest', 'snap at the slightest', 'snaps at the slightest',
      'frantic', 'panicky', 'flustered', 'in a flap', 'go to pieces', 'goes to pieces',
    ], neg: [
      'stay calm', 'stays calm', 'keep calm', 'keeps calm', 'remain calm', 'calm under pressure', 'keep * cool',
      'keeps * cool', 'cool headed', 'level headed', 'unflappable', 'keep * temper', 'keeps * temper',
      'never raise * voice', 'calm in a crisis',
    ] },
  { id: 'harsh', pos: [
      'harsh on', 'harsh with', 'hard on', 'tough on', 'rough on', 'too tough on', 'short tempered with',
      'sharp with', 'grumpy with', 'ratty with',
    ], neg: [
      'gentle with', 'gentle on', 'go easy on', 'goes easy on', 'kind to', 'patient with', 'lenient with',
    ] },
  { id: 'honest', pos: ['open up to', 'opens up to', 'open up with', 'forthcoming with', 'an open book'], neg: [
      'guarded with', 'guarded about', 'guarded', 'closed off', 'cagey', 'evasive', 'secretive', 'tight lipped',
      'play * cards close', 'give nothing away', 'gives nothing away',
    ] },
  // ── Session 6 (branch antonyms): the other pole of acts said in other words. Turning up to someone's events or
  // staying away; forgiving is no longer being angry; owning up denies never admitting a mistake; getting someone
  // onto a team includes them; room to spare against overcrowding.
  { id: 'attend', valence: 1, pos: [
      'come to watch', 'come and watch', 'come to see', 'turn up to', 'turn up for', 'turn up at', 'show up to',
      'show up for', 'show up at', 'come along to', 'make it to', 'be there for',
    ], neg: ['stay away from', 'stays away from', 'stayed away from', 'no show', 'give * a miss', 'gives * a miss'] },
  { id: 'angry', neg: ['forgive me', 'forgive us', 'forgiven me', 'forgiven us', 'forgives me'] },
  { id: 'know-best', neg: ['own up', 'owns up', 'owned up', 'owning up'] },
  { id: 'include', pos: ['get * onto', 'gets * onto', 'got * onto', 'try to get * onto'] },
  // Too many risks is the other excess from too few (kin below), and bad news too.
  { id: 'reckless', valence: -1, pos: ['reckless', 'rash', 'too many risks', 'gung ho', 'cavalier', 'foolhardy'],
    neg: ['cautious', 'prudent'] },
  { id: 'crowded', pos: ['overcrowded', 'crowded', 'cramped', 'too many * in', 'no room', 'not enough room', 'bursting at the seams'],
    neg: ['plenty of room', 'plenty of space', 'lots of room', 'room to spare', 'space to spare', 'spacious', 'roomy'] },
  // ── Session 7 (branch recall15): general constructions people use for four recurring worries. Complaining about
  // the writer to a third party (going to someone about me, telling someone I can't …); a place or service being
  // closed (shut, closed down, not surviving the cuts); leaving a course as leaving a job; the blame landing on me.
  { id: 'gossip', pos: [
      'go to * about me', 'goes to * about me', 'going to * about me', 'went to * about me', 'gone to * about me',
      'go to * behind my back', 'goes to * behind my back', 'going to * behind my back', 'went to * behind my back',
      'gone to * behind my back', 'run to * about me', 'runs to * about me', 'running to * about me',
      'complain to * about me', 'moan to * about me', 'report me to',
    ] },
  { id: 'business-fail', pos: [
      'be closed down', 'be shut down', 'get closed down', 'get shut down', 'close us down', 'shut us down',
      'close * down for good', 'shut * down for good', 'face closure', 'threat of closure', 'under threat of closure',
      'earmarked for closure', 'marked for closure', 'excuse to close', 'excuse to shut', 'be closed for good',
      ...closurePhrases(),
    ], neg: [
      'survive the cuts', 'survive the * cuts', 'survive the * review', 'survive the review', 'stay open',
      'keep * open', 'remain open',
    ] },
  { id: 'quit', pos: [
      'drop out', 'drop out of', 'out of college', 'out of university', 'out of uni', 'quit * course',
      'leave * course', 'pack in * course', 'pack * course in', 'chuck in * course', 'not finish * course',
      'not see * course through',
    ], neg: ['finish * course', 'complete * course', 'see * course through', 'stay on at college', 'stay in college', 'stick with * course'] },
  // Taking something to someone else instead of to me is going over my head.
  { id: 'authority', neg: [
      'take * to * instead of me', 'take * to * instead of to me', 'take * to * not to me', 'take * to * rather than me',
      'take * to * rather than to me', 'go to * instead of me', 'go to * instead of to me', 'goes to * instead of me',
      'goes to * instead of to me', 'went to * instead of me', 'went to * instead of to me', 'going to * instead of me',
      'going to * instead of to me',
    ] },
  { id: 'blame', pos: ['it will be on me', 'it is on me', 'be on my head', 'land on my desk', 'end up on my desk', 'lay it at my door'] },
];

export const THEMES: ConceptDef[] = TABLE.map((t) => ({ ...t, pos: t.pos ?? [], kind: 'pred' as const }));

/** Themes that carry the same assumption in other words, as in `KINDRED`. */
// biome-ignore format: a table reads best packed
export const THEME_KINDRED: Array<[string, 1 | -1, string, 1 | -1]> = [
  ['offload', 1, 'unfair-load', 1],
  ['trust', 1, 'autonomy', 1],
  ['micro', 1, 'autonomy', -1],
  ['include', -1, 'inform', -1],
  ['afraid', 1, 'approachable', -1],
  ['value', -1, 'respect', -1],
  ['fire', 1, 'replace', 1],
  ['cover', 1, 'inform', -1],
  // Concepts of the fifth round that name an idea an older one already had.
  ['rival', 1, 'replace', 1],
  ['obstacle', 1, 'difficult', 1],
  ['resent', 1, 'threat', 1],
  ['disengaged', 1, 'quit', 1],
  ['disengaged', 1, 'effort', -1],
  ['hide-problems', 1, 'inform', -1],
  ['patronise', 1, 'respect', -1],
  ['look-weak', 1, 'harm-me', 1],
  ['rewarded', 1, 'value', 1],
  ['include', 1, 'authority', 1],
  ['support', 1, 'authority', 1],
  // Round nine.
  ['funding', -1, 'lose-business', 1],
  ['loyal', 1, 'support', 1],
  // Round ten.
  ['reliable', -1, 'trust', -1],
  ['quality', -1, 'competent', -1],
  // Round eleven: a pole of one theme that is the other pole of another.
  ['effort', 1, 'quality', 1],
  ['disengaged', 1, 'invest', -1],
  ['volatile', 1, 'unpredictable', 1],
  ['harsh', 1, 'pushover', -1],
  ['strict', 1, 'pushover', -1],
  ['sabotage', 1, 'support', -1],
  // Session 4: seen as weak or soft, seen as not up to it.
  ['look-weak', 1, 'competent', -1],
  // Session 6: recklessness is the other pole of caution and of care.
  ['reckless', 1, 'risk-averse', -1],
  ['reckless', 1, 'quality', -1],
];
