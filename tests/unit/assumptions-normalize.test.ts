import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/domain/assumptions/normalize.js';
import { PeopleIndex, parsePerson, resolvePronoun } from '../../src/domain/assumptions/people.js';
import { stem } from '../../src/domain/assumptions/stem.js';

function shape(text: string, people: string[] = []) {
  const index = new PeopleIndex();
  index.addAll(people);
  return analyse(text, people, index);
}

describe('stem', () => {
  it.each([
    ['ignored', 'ignore'],
    ['judgement', 'judgment'],
    ['recognised', 'recognize'],
    ['behaviour', 'behavior'],
    ['decisions', 'decision'],
    ['left', 'leave'],
    ['readiness', 'ready'],
  ])('%s and %s share a stem', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });
});

describe('negation and polarity', () => {
  it.each([
    ["Priya doesn't trust my judgement.", 'c:trust', -1],
    ['Priya does not trust my judgment.', 'c:trust', -1],
    ['She has no faith in my decisions.', 'c:trust', -1],
    ['Priya distrusts my estimates.', 'c:trust', -1],
    ['Priya trusts my judgement.', 'c:trust', 1],
    ['Our observations are ignored by Dr Okafor.', 'c:heed', -1],
    ['Dr Okafor does listen to the nurses.', 'c:heed', 1],
    ["Dr Okafor doesn't ignore the nurses.", 'c:heed', 1],
    ['Nobody listens to the night staff.', 'c:heed', -1],
    ['He pays no attention to what teachers tell him.', 'c:heed', -1],
    ['My work goes unrecognised.', 'c:value', -1],
    ['Leila feels unappreciated.', 'c:value', -1],
    ['Leila feels appreciated.', 'c:value', 1],
    ['She thinks nobody values her work.', 'c:value', -1],
    ['Kevin is unprepared for the cutover.', 'c:ready', -1],
    ['Kevin lacks the experience to lead.', 'c:ready', -1],
    ['Kevin is ready to lead.', 'c:ready', 1],
    ['She has lost control of the class.', 'c:control', -1],
    ['The team has no capacity left.', 'c:overload', 1],
    ['The team has spare capacity.', 'c:overload', -1],
    ['Marco is untrustworthy.', 'c:trust', -1],
    ["Ethan doesn't mean to disrupt the lesson.", 'c:intent', -1],
  ])('%s → %s %d', (text, concept, sign) => {
    expect(shape(text, ['Priya', 'Dr Okafor', 'Leila', 'Kevin', 'Marco', 'Ethan']).preds.get(concept)).toBe(
      sign,
    );
  });

  it('does not let a negation reach back into an earlier clause', () => {
    const s = shape("Ingrid doesn't think I can run the restaurant without her.", ['Ingrid']);
    expect(s.preds.get('c:lead')).toBe(-1);
  });
});

describe('who: agent and direction', () => {
  it.each([
    ["I don't trust Marco's estimates.", ['Marco'], 'self'],
    ["Marco doesn't trust my estimates.", ['Marco'], 'p:marco'],
    ["Kevin's proposals get shot down by Marco.", ['Marco', 'Kevin'], 'p:marco'],
    ["If I push back, Dana will think I'm difficult.", ['Dana'], 'p:dana'],
    ['Dana will see me as obstructive if I question the dates.', ['Dana'], 'p:dana'],
    ['Questioning her timeline would get me labelled as negative.', ['Dana'], null],
    ['The night shift leaves their jobs for us.', [], 'g:night'],
    ['According to Femi, the floor causes the backlog.', ['Femi'], 'p:femi'],
  ])('%s → %s', (text, people, agent) => {
    expect(shape(text, people).agent).toBe(agent);
  });
});

describe('"head": the person or the body', () => {
  const roles = (text: string, people: string[] = []) =>
    [...shape(text, people).others, shape(text, people).agent].filter((e) => e?.startsWith('r:'));
  it.each([
    ['Rob went over my head to Priya.', ['Rob', 'Priya']],
    ['I keep my head down in meetings.', []],
    ['I can barely keep my head above water.', []],
    ['It is all in my head.', []],
    ['Rob talked over my head.', ['Rob']],
    // A role's inserted words describe it: "my * director" must not run on through "head to the".
    ['Rob went over my head to the director.', ['Rob']],
  ])('%s: no head teacher', (text, people) => {
    expect(roles(text, people)).toEqual([]);
  });
  it.each([
    ['My head thinks I am too soft on the class.', []],
    ['I told my head about the complaint.', []],
    ['The head will back Rob, not me.', ['Rob']],
    ['My new director will side with Rob.', ['Rob']],
  ])('%s: the head teacher', (text, people) => {
    expect(roles(text, people)).toEqual(['r:manager']);
  });
});

describe('people and pronouns', () => {
  it.each([
    ['Dr Okafor', 'okafor', undefined],
    ['Mr Patel', 'patel', 'm'],
    ['Mrs Hughes', 'hughes', 'f'],
    ['Priya', 'priya', 'f'],
    ['Marco', 'marco', 'm'],
    ['Priya Shah', 'priya shah', 'f'],
  ])('%s → key %s, gender %s', (name, key, gender) => {
    const p = parsePerson(name);
    expect(p.key).toBe(key);
    expect(p.gender).toBe(gender);
  });

  it.each([
    [['Dr Okafor', 'Joanne'], 'm', 'okafor'],
    // (Dr Okafor may be a woman too: "she" is left to both, session 10 — recall10.)
    [['Dr Okafor', 'Joanne'], 'f', undefined],
    [['Priya', 'Marco'], 'f', 'priya'],
    [['Marco', 'Kevin'], 'm', undefined],
    [['Mr Patel'], 'm', 'patel'],
    [[], 'f', undefined],
  ] as const)('%j: %s → %s', (names, gender, key) => {
    expect(resolvePronoun(gender, names.map(parsePerson))).toBe(key);
  });

  it('makes "she" in one entry and the name in another the same person', () => {
    const index = new PeopleIndex();
    index.addAll(['Priya', 'Marco']);
    const a = analyse("She doesn't trust my judgement.", ['Priya', 'Marco'], index);
    const b = analyse("Priya doesn't trust my judgement.", ['Priya'], index);
    expect(a.agent).toBe('p:priya');
    expect(b.agent).toBe('p:priya');
  });

  it('resolves a surname and a plural family name to the titled person', () => {
    const index = new PeopleIndex();
    index.addAll(['Mr Patel', 'Dr Okafor']);
    expect(analyse('Okafor ignores us.', [], index).agent).toBe('p:okafor');
    expect(analyse('The Patels think we are neglecting him.', ['Mr Patel'], index).agent).toBe('p:patel');
  });
});
