// Context conditions for one-word phrases of the tables (lexicon.ts, themes.ts) that are common words with
// another everyday sense. A phrase is matched on its stem, so "raise" (to bring up a concern) also met "a pay
// raise", "staffing" met "the staff", "rate" met "the day rate". Each entry names the concept and the phrase as
// the table spells it, and the least drastic condition under which the word still has the table's sense.
// Written from general knowledge of the other senses (examples in the comments), not from corpus sentences.
// A phrase of several words takes only `notAfter` / `notBefore` (the words around the whole phrase).
// Conditions are checked per token in `longestMatch` (normalize.ts): a handful of lookups, no per-pair work.

export interface Sense {
  /** Only these spellings (lower case): the stem's other words are other words ("staff" is not "staffing"). */
  forms?: readonly string[];
  /** Used as a verb: not opened by a determiner, possessive or quantifier ("a raise", "her voice", "no mention"). */
  verb?: true;
  /** Opened as a noun: after a determiner, possessive or quantifier ("a mess", "the mess"). */
  opened?: true;
  /** Used as a noun: not after a subject pronoun, a name, a modal, "do" or "to" ("I'll call her", "to date"). */
  noun?: true;
  /**
   * Takes an object right after it ("rates me", "targets the juniors", "audits my expenses"), or is a participle
   * after "be"/"get"/"feel" ("I feel targeted"): without one it is the other sense ("sales targets are up",
   * "the project stalled", "interest rates went up").
   */
  object?: true;
  /** Takes no object: "interviewing at a rival" (being interviewed), not "interviewing the candidates". */
  noObject?: true;
  /** Not the writer's own side as its object ("defends him" covers for someone; "defend myself" does not). */
  otherObject?: true;
  /** Said of a state: after a linking verb or a degree word ("she was hurt", "gets so cross"), not "hurt my back". */
  state?: true;
  /** Said of a person, not of a thing it stands before: "she's demanding", not "a demanding job". */
  predicative?: true;
  /** Words just before it that make it the other sense ("as a result", "pros and cons", "at short notice"). */
  notAfter?: readonly string[];
  /** Words just after it that make it the other sense ("figures out", "a number of", "credit card"). */
  notBefore?: readonly string[];
}

/** Words before "leads" that make them sales leads, not leading. */
const SALES_LEADS = [
  'new',
  'sales',
  'warm',
  'cold',
  'hot',
  'good',
  'qualified',
  'best',
  'better',
  'decent',
  'promising',
  'strong',
  'fresh',
];

// biome-ignore format: a table reads best packed
export const SENSES: Record<string, Record<string, Sense>> = {
  // "she lacks experience", "has the experience to lead"; not "in my experience", "an experience", "this
  // experience", "I experience".
  ready: {
    // "I'm prepared for it"; not "I prepared the slides".
    prepared: { noObject: true },
    experience: {
      forms: ['experience'], noun: true, notAfter: ['my', 'her', 'his', 'their', 'our', 'your', 'its', 'a', 'an', 'this', 'that'],
    },
  },
  // "my call", "the right call" are judgements; "I'll call her", "calls from school" are not (see lexicon phrases).
  // "dates slip", "the launch date", not "up to date", "out of date", "a date night", "that's dated".
  deadline: {
    date: { forms: ['date', 'dates'], noun: true, notAfter: ['of', 'to'], notBefore: ['night', 'nights'] },
    dates: { forms: ['date', 'dates'], noun: true, notAfter: ['of', 'to'], notBefore: ['night', 'nights'] },
  },
  // "the kids in year 9", not "my kids" (the writer's own children).
  // Classes: "my lessons on Friday"; not "a hard lesson", "a lesson learned".
  class: {
    kids: { notAfter: ['my', 'our', 'his', 'her', 'their', 'your'] },
    lesson: { notAfter: ['valuable', 'hard'], notBefore: ['learned', 'learnt', 'here'] },
    lessons: { notAfter: ['valuable', 'hard'], notBefore: ['learned', 'learnt', 'here'] },
  },
  // "her point", "a good point"; not "at this point", "no point", "what's the point", "points out".
  // "my view", "her views on"; not "she views me as …" (a view verb). ("my concern" and "it concerns me", "a
  // worry" and "she worries" are kept: the noun and the verb say the same.)
  input: {
    point: { forms: ['point', 'points'], noun: true, notAfter: ['this', 'that', 'no', 'any', 'at', 'what', 'whole', 'some'] },
    view: { forms: ['view', 'views'], noun: true },
    issue: { forms: ['issue', 'issues'], noun: true },
    issues: { forms: ['issue', 'issues'], noun: true },
  },
  // "she's so negative", "always negative"; not "negative feedback", "a negative margin".
  // Of the person, not of a thing: "she's so demanding"; not "a demanding job", "an awkward conversation", "a
  // difficult week", "an emotional day", "a dramatic change", "an aggressive timeline".
  difficult: {
    negative: { state: true }, stir: { verb: true }, difficult: { predicative: true }, awkward: { predicative: true },
    demanding: { predicative: true }, emotional: { predicative: true }, dramatic: { predicative: true },
    aggressive: { predicative: true }, defensive: { predicative: true }, confrontational: { predicative: true },
  },
  // "I must finish it"; not "she must think I'm lazy", "he must know" (what the writer supposes, not an obligation).
  obligation: {
    must: { notBefore: ['think', 'know', 'have', 'feel', 'hate', 'see', 'believe', 'assume', 'suspect', 'wonder', 'realise', 'realize', 'like', 'want', 'be'] },
  },
  // Being interviewed elsewhere: "she's interviewing at a rival", "has an interview on Friday"; not interviewing
  // someone ("interviewing the candidates", "interviewed her").
  // Moving on: "move to another firm", "move to a rival"; not "the move to the new system", "move to Leeds".
  quit: {
    interview: { noObject: true }, interviewing: { noObject: true },
    'move to': { notBefore: ['the', 'this', 'that', 'our', 'my', 'its', 'his', 'her', 'their', 'remote', 'hybrid', 'monthly', 'weekly', 'daily'] },
  },
  // "I'm all in on this"; not "all in all", "all in the same boat", "all in one place".
  invest: {
    'all in': { notBefore: ['all', 'the', 'one', 'this', 'a', 'an', 'my', 'our', 'their', 'it', 'that'] },
    // Keen: "she's so engaged in the work"; not "she got engaged", "engaged to Tom".
    engaged: { notAfter: ['got', 'get', 'gets', 'getting', 'just', 'newly', 'recently'], notBefore: ['to'] },
  },
  // "out to get me", "out to prove a point"; not "sent it out to the team", "took her out to lunch".
  intent: {
    'out to': { notBefore: ['the', 'a', 'an', 'my', 'his', 'her', 'their', 'our', 'your', 'everyone', 'everybody', 'all', 'them', 'him', 'us', 'me', 'lunch', 'dinner', 'drinks'] },
  },
  // "she just doesn't get it"; not "I'll get it done", "get it right", "get it to you by Friday".
  know: {
    'get it': { notBefore: ['done', 'right', 'wrong', 'to', 'in', 'back', 'out', 'over', 'off', 'fixed', 'sorted', 'finished', 'together', 'through', 'across', 'from', 'for', 'signed', 'sent', 'ready', 'working', 'approved'] },
  },
  // "she tends to the patients"; not "I tend to overthink", "he tends to ignore me" (usually does).
  care: {
    'tend to': { notBefore: ['be', 'get', 'go', 'do', 'have', 'make', 'take', 'think', 'say', 'ignore', 'forget', 'overthink', 'worry', 'avoid', 'assume', 'agree', 'leave', 'keep', 'work', 'feel', 'see', 'give', 'put', 'come', 'let', 'talk', 'snap', 'shout', 'panic', 'overreact'] },
  },
  // "the release", "the launch"; not "release me from", "launch into a rant".
  project: { release: { noun: true }, launch: { noun: true } },
  // "their marks", "exam results"; not "mark my words", "as a result", "it results in", "marked".
  grade: {
    mark: { forms: ['mark', 'marks'], noun: true },
    marks: { forms: ['mark', 'marks'], noun: true },
    result: { forms: ['result', 'results'], noun: true, notAfter: ['a'] },
    results: { forms: ['result', 'results'], noun: true, notAfter: ['a'] },
    failing: { forms: ['failing'] },
    // "their scores", "test scores"; not "he scored twice on Saturday", "she scores every week".
    score: { forms: ['score', 'scores'], noun: true },
    scores: { forms: ['score', 'scores'], noun: true },
  },
  // "my load", "the load"; not "a load of rubbish", "load the van".
  // "my work", "the work on the bid"; not "it doesn't work", "I work late", "working from home".
  work: { load: { forms: ['load'], noun: true, notBefore: ['of'] }, work: { noun: true } },
  // "the mess", "a mess"; not "mess with me", "mess around".
  // "an oversight", "my oversight"; not "oversight of the budget" (supervision), "regulatory oversight".
  mistake: {
    mess: { forms: ['mess'], opened: true },
    oversight: { opened: true, notBefore: ['of', 'on', 'over', 'for'] },
  },
  // "I was hurt", "feels hurt"; not "hurt my back", "it won't hurt", "hurt my chances": with "angry" above.
  // Verbs of speaking up; as nouns they are other things: "a pay raise", "a red flag", "her voice", "no mention",
  // "an object", "a decline in sales".
  'speak-up': {
    raise: { verb: true }, flag: { verb: true }, voice: { verb: true }, mention: { verb: true },
    object: { verb: true }, decline: { verb: true, object: true },
    // "she challenges me", "challenge the decision"; not "a challenge", "the challenges we face".
    challenge: { verb: true },
  },
  // "I have capacity", "spare capacity"; not "in her capacity as", "spare room", "spare me".
  overload: {
    // "running at full stretch"; not "at full strength" (fully staffed), "at full price".
    'at full': { notBefore: ['strength', 'price', 'speed', 'pay', 'cost', 'volume'] },
    capacity: { notBefore: ['as'] },
    spare: { notBefore: ['room', 'me', 'us', 'him', 'her', 'them', 'a', 'the', 'my'] },
    absorb: { object: true },
    // Swamped: "we're slammed", "buried in emails"; not "slammed the door", "buried my father", "crushed it".
    slammed: { noObject: true }, buried: { noObject: true }, crushed: { noObject: true },
  },
  // "pads the bill"; not "a notepad", "my pad". "a con", "conned"; not "pros and cons". "inflated prices", not
  // "an inflated ego".
  exploit: {
    pad: { verb: true },
    con: { notAfter: ['and', 'pros'] },
    inflate: { notBefore: ['ego', 'sense', 'opinion'] },
    inflated: { notBefore: ['ego', 'sense', 'opinion'] },
  },
  // "knifed me", "knives out"; not "a knife". "blocks my promotion"; not "the block", "block out time".
  // "stalling the deal"; not "the project stalled". "poisoned the team against me"; not "food poisoning".
  sabotage: {
    knife: { verb: true },
    block: { verb: true, object: true },
    stall: { verb: true, object: true },
    poison: { verb: true, object: true },
  },
  // "doesn't rate me"; not "the day rate", "interest rates". "never notices"; not "my notice", "at short notice".
  // "credits the team"; not "credit card", "on credit".
  value: {
    // "she values my input"; not "good value", "value for money", "our values", "the value of the contract".
    value: { verb: true, notAfter: ['good', 'great', 'poor', 'better', 'best', 'core', 'company', 'face'], notBefore: ['for'] },
    rate: { verb: true, object: true },
    notice: { verb: true, notAfter: ['short'], notBefore: ['period'] },
    credit: { notBefore: ['card', 'cards', 'union', 'score', 'rating', 'limit'], notAfter: ['on', 'tax', 'store'] },
  },
  // "targets me", "I feel targeted"; not "sales targets", "the target".
  'pick-on': { target: { verb: true, object: true } },
  // "the figures", "the numbers", "the sizing"; not "figures out", "a number of", "the size of the team".
  estimate: {
    figures: { forms: ['figures'], noun: true, notBefore: ['out'] }, numbers: { notBefore: ['of'] },
    sizing: { forms: ['sizing'] },
  },
  // "the token woman"; not "a token of thanks", "by the same token".
  bias: { token: { notBefore: ['of'], notAfter: ['same'] } },
  // "the staffing", "staffing levels"; "staff" is its own (very common) word.
  staffing: { staffing: { forms: ['staffing'] }, cover: { noun: true, notBefore: ['up', 'letter', 'story'] } },
  // "puts a spin on it", "spins the story"; not "a spin class", "spin off".
  // Lying: "she lies to me"; not "lie down", "the problem lies in", "lying awake".
  honest: {
    spin: { verb: true, notBefore: ['off', 'class'] },
    transparent: { predicative: true },
    lie: { notBefore: ['down', 'in', 'ahead', 'with', 'behind', 'awake', 'low'] },
    lies: { notBefore: ['down', 'in', 'ahead', 'with', 'behind', 'awake', 'low'] },
    lying: { notBefore: ['down', 'in', 'ahead', 'with', 'behind', 'awake', 'low'] },
  },
  // "caves in"; not "a cave".
  pushover: { cave: { verb: true }, caves: { verb: true } },
  // "monitors my emails", "audits my expenses"; not "the monitor", "an audit next week".
  micro: { monitor: { verb: true, object: true }, audit: { verb: true, object: true } },
  // "squeeze the suppliers"; not "squeeze in a meeting", "a squeeze".
  pressure: { squeeze: { verb: true, notBefore: ['in', 'into', 'through'] } },
  // Covering for someone: "defends him", "hides his mistakes"; not "defend myself", "protect my time",
  // "hide in my office", "an excuse", "excuse me".
  // Wanting: "I hope she stays"; not "there's no hope".
  want: { hope: { verb: true } },
  // Of the person, not of a thing: "she's calm", not "a calm week"; "I'm comfortable saying no", not "a
  // comfortable chair"; "he's bitter", not "bitter cold"; "upset", not "an upset stomach".
  afraid: { comfortable: { predicative: true }, bold: { predicative: true } },
  angry: {
    hurt: { state: true }, cross: { state: true }, mad: { state: true },
    upset: { predicative: true }, bitter: { predicative: true }, calm: { predicative: true }, relaxed: { predicative: true },
  },
  // "transparent with me", not "transparent pricing". "he's idle", not "idle machines". "weak", not "a weak pound".
  effort: {
    slack: { notAfter: ['some', 'on', 'of', 'the', 'any', 'no', 'a', 'more'] }, coast: { verb: true }, coasting: { verb: true },
    idle: { predicative: true },
  },
  // Keeping the business: "they'll extend the contract", "won't renew"; not "my extended family", "extend the
  // deadline", "extended leave", "extend my stay", "extend her hand".
  'lose-business': {
    extend: { notBefore: ['family', 'deadline', 'deadlines', 'leave', 'hours', 'break', 'stay', 'hand', 'period', 'time', 'invitation', 'invite', 'trial', 'warranty', 'my', 'her', 'his', 'our', 'their', 'itself', 'myself'] },
    extended: { notBefore: ['family', 'deadline', 'deadlines', 'leave', 'hours', 'break', 'stay', 'hand', 'period', 'time', 'invitation', 'invite', 'trial', 'warranty', 'my', 'her', 'his', 'our', 'their', 'itself', 'myself'] },
  },
  // Favouritism: "she favours him"; not "do me a favour", "in favour of the plan" (support).
  fair: {
    favour: { verb: true, notAfter: ['in'], notBefore: ['of'] },
    favor: { verb: true, notAfter: ['in'], notBefore: ['of'] },
    favours: { verb: true, notAfter: ['in'], notBefore: ['of'] },
    consistent: { predicative: true },
  },
  // Leading: "she'll lead the project"; not "this will lead to delays", "new leads" (sales), "leading up to".
  lead: {
    // (Both spellings share the stem, so "the best leads" meets "leading" too: one list for both.)
    lead: { notBefore: ['to', 'up'], notAfter: SALES_LEADS },
    leading: { notBefore: ['to', 'up'], notAfter: SALES_LEADS },
  },
  late: {
    // Running late: "the delivery is late"; not "I stay late", "late nights" (own time), "my late husband".
    late: {
      notAfter: ['stay', 'stayed', 'staying', 'stays', 'work', 'worked', 'working', 'works'],
      notBefore: [
        'night', 'nights', 'shift', 'shifts', 'husband', 'wife', 'father', 'mother', 'dad', 'mum', 'mom', 'partner',
        'brother', 'sister', 'son', 'daughter', 'gran', 'grandad', 'grandma', 'grandpa', 'grandmother',
        'grandfather', 'uncle', 'aunt', 'friend',
      ],
    },
    // On time: "always early for meetings"; not "I leave early", "early days", "early on".
    early: {
      notAfter: ['leave', 'left', 'leaving', 'leaves', 'finish', 'finished', 'go', 'went', 'home', 'retire', 'retired'],
      notBefore: ['days', 'on', 'retirement', 'years', 'stages', 'start', 'shift', 'shifts'],
    },
  },
  // Shirking: "he's slack", "coasting"; not "cut me some slack", "on Slack", "the coast": with "effort" above.
  // Money spent: "the spend on agency staff"; not "spend time with the kids", "spend my evenings".
  money: {
    spend: { notBefore: ['time', 'hours', 'evenings', 'weekends', 'days', 'nights', 'every', 'half', 'most', 'all', 'more', 'less', 'quality', 'the', 'my', 'our', 'a', 'an'] },
  },
  // Seen as a rival: "sees me as competition"; not "we lost the bid to the competition" (other firms).
  threat: { competition: { notAfter: ['the', 'a', 'our', 'their', 'in'] } },
  // Involving people: "involve me in", "involves the whole team"; not "the job involves long hours".
  include: { involve: { object: true } },
  // A job thrown away: "bins my proposals"; not "the bin", "bin day". "rubbishes my ideas"; not "the rubbish",
  // "I'm rubbish at …". Being heard: "doesn't hear me"; not "I hear that she's leaving", "heard about it".
  heed: {
    bin: { verb: true, object: true },
    rubbish: { verb: true, object: true },
    hear: { notBefore: ['that', 'about', 'from', 'of', 'she', 'he', 'they', 'we', 'you', 'rumours', 'rumors', 'news', 'back'] },
  },
  // Looking down: "mocks my accent"; not "mock exams", "the mocks". "a lesser person"; not "to a lesser extent".
  respect: {
    mock: { verb: true, notBefore: ['exam', 'exams', 'test', 'tests', 'interview', 'interviews', 'trial', 'up', 'ups'] },
    lesser: { notBefore: ['extent', 'degree'] },
  },
  // Blame: "I caused the outage"; not "a good cause", "cause for concern".
  blame: { cause: { verb: true, notBefore: ['for'] } },
  // "I'm sinking", "sink the project"; not "the kitchen sink".
  competent: { sink: { verb: true } },
  // Delegating: "never delegates"; not "a delegate at the conference".
  delegate: { delegate: { verb: true } },
  cover: {
    defend: { verb: true, object: true, otherObject: true },
    protect: { verb: true, object: true, otherObject: true },
    excuse: { verb: true, object: true, otherObject: true },
    hide: { verb: true, object: true, otherObject: true },
    shield: { verb: true, object: true, otherObject: true },
  },
};
