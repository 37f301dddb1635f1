import { describe, expect, it } from 'vitest';
import { bridgeWord } from '../../src/domain/assumptions/bridge.js';
import { CONCEPTS } from '../../src/domain/assumptions/lexicon.js';
import { analyse } from '../../src/domain/assumptions/normalize.js';
import { PeopleIndex } from '../../src/domain/assumptions/people.js';
import { compare, SAME_THRESHOLD } from '../../src/domain/assumptions/similarity.js';
import { THEMES } from '../../src/domain/assumptions/themes.js';

function relation(a: string, b: string, people: string[]) {
  const index = new PeopleIndex();
  index.addAll(people);
  return compare(analyse(a, people, index), analyse(b, people, index));
}

const ALL = [...CONCEPTS, ...THEMES];

describe('unknown words join a lexicon concept through WordNet', () => {
  it.each([
    ['overrules', 'authority', -1],
    ['disregarded', 'heed', -1],
    ['overwhelmed', 'overload', 1],
  ])('%s → %s (%i)', (word, concept, sign) => {
    expect(bridgeWord(word, ALL)).toEqual({ concept, sign });
  });

  it('reads a phrasal verb as one word', () => {
    expect(bridgeWord('brush_off', ALL)).toEqual({ concept: 'heed', sign: -1 });
  });

  it.each(['grades', 'season', 'finds', 'table', 'in', 'project'])(
    '%s is left alone (a noun, a framing verb or a short word)',
    (word) => {
      expect(bridgeWord(word, ALL)).toBeUndefined();
    },
  );
});

describe('a "not" makes an opposite only when it can deny something the other says', () => {
  it.each([
    ["Ravi doesn't care about the budget any more.", 'Ravi is slowly drifting away from the project.'],
    ['Ravi never answers my questions about the plan.', 'Ravi is slowly drifting away from the project.'],
    // The "not" of "losing interest" denies the interest, not the project both are about.
    ['Ravi is losing interest in the project.', 'Ravi is slowly drifting away from the project.'],
    // "no problem" denies a noun: nothing the other says.
    ['Ravi has no problem with my budget reports.', 'Ravi thinks my budget reports are fair.'],
  ])('"%s" is not the opposite of "%s"', (a, b) => {
    expect(relation(a, b, ['Ravi']).kind).not.toBe('opposite');
  });

  it.each([
    ['Nobody reads the weekly report.', 'Everyone reads the weekly report.'],
    ['Ravi is careless with the invoices.', 'Ravi is careful with the invoices.'],
    ["Ravi doesn't answer my emails.", 'Ravi answers my emails.'],
  ])('"%s" is still the opposite of "%s"', (a, b) => {
    expect(relation(a, b, ['Ravi']).kind).toBe('opposite');
  });
});

describe('the same judgement of the same thing by the same person', () => {
  it('counts like a shared predicate', () => {
    const r = relation(
      'Ravi thinks my budget reports are too harsh.',
      'He finds the way I write budget reports needlessly brutal.',
      ['Ravi'],
    );
    expect(r.kind).toBe('same');
    expect(r.score).toBeGreaterThanOrEqual(SAME_THRESHOLD);
  });

  it.each([
    // Same person, same judgement, nothing judged in common: two assumptions.
    ['Ravi thinks my budget reports are too harsh.', 'Ravi undermines my hiring decisions.'],
    // Opposite judgements of the same thing stay apart.
    ['Ravi thinks my budget reports are too harsh.', 'Ravi finds my budget reports fair and useful.'],
  ])('"%s" is not "%s"', (a, b) => {
    const r = relation(a, b, ['Ravi']);
    expect(r.kind === 'same' && r.score >= SAME_THRESHOLD).toBe(false);
  });
});

describe('a denied capability does not assert what it is for', () => {
  it('keeps "lacks the experience to manage …" apart from "is more than capable of running …"', () => {
    const r = relation(
      'Nadia lacks the experience to manage a client by herself.',
      'Nadia is more than capable of running the account.',
      ['Nadia'],
    );
    expect(r.kind).toBe('opposite');
  });

  it('still groups "isn\'t ready to lead the team" with "isn\'t up to the job yet"', () => {
    const r = relation("Amy isn't ready to lead the team.", "Amy isn't up to the job yet.", ['Amy']);
    expect(r.kind).toBe('same');
    expect(r.score).toBeGreaterThanOrEqual(SAME_THRESHOLD);
  });

  it('leaves an asserted capability and its purpose alone', () => {
    const r = relation('Amy is ready to lead the team.', "Amy isn't ready to lead the team.", ['Amy']);
    expect(r.kind).toBe('opposite');
  });
});

describe('"…, not me" sets the writer against the one the predicate is aimed at', () => {
  const people = ['Sophie', 'Daniel'];

  it.each([
    'If Daniel complains, Sophie will side with him, not me.',
    'Sophie backs Daniel rather than me.',
    'Sophie sides with Daniel instead of me.',
  ])('"%s" is the opposite of "Sophie has my back", and the same as "won\'t stand up for me"', (text) => {
    expect(relation('Sophie has my back when clients complain.', text, people).kind).toBe('opposite');
    const same = relation("Sophie won't stand up for me if Daniel pushes back.", text, people);
    expect(same.kind).toBe('same');
    expect(same.score).toBeGreaterThanOrEqual(SAME_THRESHOLD);
  });

  it('someone else set aside is left out: "backs me, not Daniel" is "has my back"', () => {
    const r = relation('Sophie backs me, not Daniel.', 'Sophie has my back with clients.', people);
    expect(r.kind).toBe('same');
    expect(r.score).toBeGreaterThanOrEqual(SAME_THRESHOLD);
  });

  it('a "not" that denies a predicate is still a denial', () => {
    expect(relation('Sophie does not back me.', 'Sophie has my back.', people).kind).toBe('opposite');
  });
});
