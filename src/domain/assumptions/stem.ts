// A small, deterministic stemmer. It only has to be consistent (the lexicon goes through it too), not pretty:
// "ignored"/"ignores"/"ignore" -> "ignor", "judgement"/"judgment" -> "judg", "recognised"/"recognize" -> "recogniz".

// biome-ignore format: a word list reads best packed
const IRREGULAR: Record<string, string> = {
  am: 'be', is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', being: 'be', be: 'be',
  has: 'have', had: 'have', having: 'have',
  does: 'do', did: 'do', done: 'do', doing: 'do',
  left: 'leave', thought: 'think', took: 'take', taken: 'take', shot: 'shoot', got: 'get', gotten: 'get',
  gave: 'give', given: 'give', brought: 'bring', said: 'say', told: 'tell', made: 'make', went: 'go',
  gone: 'go', saw: 'see', seen: 'see', knew: 'know', known: 'know', felt: 'feel', kept: 'keep', held: 'hold',
  lost: 'lose', ran: 'run', sent: 'send', spent: 'spend', built: 'build', caught: 'catch', taught: 'teach',
  bought: 'buy', fell: 'fall', stood: 'stand', understood: 'understand', heard: 'hear', meant: 'mean',
  paid: 'pay', laid: 'lay', led: 'lead', met: 'meet', put: 'put', set: 'set', let: 'let', cut: 'cut',
  hid: 'hide', hidden: 'hide', threw: 'throw', thrown: 'throw', broke: 'break', broken: 'break',
  spoke: 'speak', spoken: 'speak', wrote: 'write', written: 'write', chose: 'choose', chosen: 'choose',
  forgot: 'forget', forgotten: 'forget', overlooked: 'overlook', overtook: 'overtake', undertook: 'undertake',
  became: 'become', began: 'begin', begun: 'begin', drove: 'drive', driven: 'drive', rode: 'ride',
  stole: 'steal', stolen: 'steal', swept: 'sweep', slept: 'sleep', fought: 'fight', sought: 'seek',
  won: 'win', wore: 'wear', worn: 'wear', tore: 'tear', torn: 'tear', shut: 'shut', hurt: 'hurt',
  dealt: 'deal', felled: 'fell', better: 'good', best: 'good', worse: 'bad', worst: 'bad',
  // ("personable" is no "person": "the young people" is no warmth.)
  personable: 'personable',
  children: 'child', people: 'person', men: 'man', women: 'woman', staff: 'staff', feet: 'foot',
  news: 'news', always: 'always', less: 'less', unless: 'unless', this: 'this', his: 'his', its: 'its',
  us: 'us', bus: 'bus', gas: 'gas', yes: 'yes', thus: 'thus', during: 'during', nothing: 'nothing',
  something: 'something', anything: 'anything', everything: 'everything', morning: 'morning',
  evening: 'evening', evenings: 'evening', meeting: 'meeting', meetings: 'meeting', thing: 'thing',
  things: 'thing', bring: 'bring', sing: 'sing', ring: 'ring', king: 'king', spring: 'spring',
  string: 'string', wing: 'wing', ceiling: 'ceiling', feeling: 'feeling', feelings: 'feeling',
  early: 'early', only: 'only', really: 'really', hardly: 'hardly', barely: 'barely', scarcely: 'scarcely', family: 'family', reply: 'reply', apply: 'apply',
  supply: 'supply', fly: 'fly', belly: 'belly', ally: 'ally', rely: 'rely', bully: 'bully',
  needed: 'need', needs: 'need', need: 'need',
};

function respell(w: string): string {
  let s = w;
  if (s.length >= 6) s = s.replace(/our(s|ed|ing|ite|ites|able|ably)?$/, 'or$1');
  s = s.replace(/ement$/, 'ment').replace(/judgment/, 'judgment');
  s = s.replace(/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1');
  s = s.replace(/ys(e|ed|es|ing)$/, 'yz$1');
  s = s.replace(/([^aeiou])tre(s)?$/, '$1ter$2');
  return s;
}

const VOWEL = /[aeiouy]/;

function undouble(s: string): string {
  return /([bdgkmnprtz])\1$/.test(s) ? s.slice(0, -1) : s;
}

const cache = new Map<string, string>();

/** The stem of one word (memoised: a journal reuses a small vocabulary). */
export function stem(word: string): string {
  const w = word.toLowerCase();
  let s = cache.get(w);
  if (s === undefined) {
    s = computeStem(w);
    if (cache.size < 50_000) cache.set(w, s);
  }
  return s;
}

/** The base form of an irregular verb form ("wrote" → "write"), undefined for any other word. */
export function irregularBase(w: string): string | undefined {
  return Object.hasOwn(IRREGULAR, w) ? IRREGULAR[w] : undefined;
}

function computeStem(w: string): string {
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return finish(irregular);
  if (w.length <= 3) return w;
  let s = respell(w);
  // A plural of a suffixed noun loses its "s" first, so "judgements" meets "judgement".
  if (/(ment|ness)s$/.test(s) || /(ness)es$/.test(s)) s = s.replace(/(es|s)$/, '');
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'i';
  else if (s.endsWith('ied') && s.length > 4) s = s.slice(0, -3) + 'i';
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('ness') && s.length > 6) s = s.slice(0, -4);
  else if (s.endsWith('ment') && s.length > 7) s = s.slice(0, -4);
  else if (s.endsWith('ing') && s.length > 5 && VOWEL.test(s.slice(0, -3))) s = undouble(s.slice(0, -3));
  else if (s.endsWith('ed') && s.length > 4 && VOWEL.test(s.slice(0, -2))) s = undouble(s.slice(0, -2));
  else if (s.endsWith('ly') && s.length > 5) s = s.slice(0, -2);
  else if (s.endsWith('ful') && s.length > 6) s = s.slice(0, -3);
  else if ((s.endsWith('able') || s.endsWith('ible')) && s.length > 6) s = s.slice(0, -4);
  else if (s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('es') && s.length > 4 && /(ch|sh|x|ss|zz)es$/.test(s)) s = s.slice(0, -2);
  return finish(s);
}

function finish(s: string): string {
  let r = s;
  if (r.length > 3 && r.endsWith('y')) r = r.slice(0, -1) + 'i';
  if (r.length > 3 && r.endsWith('e')) r = r.slice(0, -1);
  return r;
}
