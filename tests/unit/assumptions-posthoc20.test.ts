import { describe, expect, it } from 'vitest';
import { relation, together } from '../helpers/grouping-probes.js';

// Session 12 (posthoc20): post hoc rules for heldout20's wrong pairs and trap set 9's odd half, each probed in
// words of my own (other verbs, other people, other settings), none from the corpus or the trap files.

describe('the main act aimed at the writer is not the same act aimed at someone the other statement names', () => {
  it.each([
    [
      "Marek doesn't trust me to handle the accounts.",
      "Marek doesn't trust Ilse to handle the accounts while I'm away.",
      ['Marek', 'Ilse'],
    ],
    [
      'Corinne ignores me in meetings.',
      'Corinne ignores Tobias in meetings when I am chairing.',
      ['Corinne', 'Tobias'],
    ],
    [
      'The foreman bypasses me and goes straight to the client.',
      "I go over Jonas's head to the client.",
      ['Jonas'],
    ],
    ['Nell goes over my head to the director.', "I went over Nell's head to the director.", ['Nell']],
    ['Hamid undermines me in front of the board.', 'I undermine Hamid in front of the board.', ['Hamid']],
  ])('%s ≠ %s', (a, b, people) => {
    expect(relation(a, b, people)).not.toBe('same');
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    [
      "Marek doesn't trust me to handle the accounts.",
      'Marek has no faith in my handling of the accounts.',
      ['Marek'],
    ],
    [
      'Nell goes over my head to the director.',
      'Nell bypasses me and takes things straight to the director.',
      ['Nell'],
    ],
    ['Corinne ignores me in meetings.', 'Corinne pays no attention to me in meetings.', ['Corinne']],
    [
      'Lorna will side with Piet, not me.',
      'Lorna throws me under the bus whenever a client complains.',
      ['Lorna', 'Piet'],
    ],
    ['I am a drain on everyone.', 'They would all be better off without me.', []],
  ])('the same act aimed alike still groups: %s ~ %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('"more than <pronoun> <the same verb/does> …" only repeats the clause: what follows is set against the kept thing', () => {
  it.each([
    [
      'Ingrid trusts the contractors more than she trusts the regulars.',
      'Ingrid trusts the regulars more than she does the contractors.',
      ['Ingrid'],
    ],
    [
      'Kwame trusts the new hires more than he trusts the old crew.',
      'Kwame trusts the old crew more than he does the new hires.',
      ['Kwame'],
    ],
    [
      'Matilde listens to the clients more than she listens to me.',
      'Matilde listens to me more than she listens to the clients.',
      ['Matilde'],
    ],
    [
      'The council funds the museums more than it funds the libraries.',
      'The council funds the libraries more than it funds the museums.',
      [],
    ],
  ])('%s is the opposite of %s', (a, b, people) => {
    expect(relation(a, b, people)).toBe('opposite');
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    [
      'Ingrid trusts the contractors more than she trusts the regulars.',
      'Ingrid trusts the contractors more than the regulars.',
      ['Ingrid'],
    ],
    [
      'Kwame trusts the new hires more than he trusts the old crew.',
      'Kwame trusts the new hires more than the old crew.',
      ['Kwame'],
    ],
  ])('the same comparison in other words still groups: %s ~ %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('a bare noun after a marker of ranking ("values X over Y") is the thing ranked lower, as after "than"', () => {
  it.each([
    [
      'Ines values tidiness over creativity in my designs.',
      'Ines values creativity over tidiness in my designs.',
      ['Ines'],
    ],
    [
      'The foreman values speed over quality on the line.',
      'The foreman values quality over speed on the line.',
      [],
    ],
    ['Rupert puts comfort before quality.', 'Rupert puts quality before comfort.', ['Rupert']],
  ])('%s is the opposite of %s', (a, b, people) => {
    expect(relation(a, b, people)).toBe('opposite');
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    [
      'Ines values tidiness over creativity in my designs.',
      'Ines values tidiness more than creativity in my designs.',
      ['Ines'],
    ],
    [
      'The foreman values speed over quality on the line.',
      'The foreman values speed more than quality on the line.',
      [],
    ],
  ])('the same ranking in other words still groups: %s ~ %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('an adverb of degree before the word it grades ("fairly satisfied") reads no concept of its own', () => {
  it.each([
    ['Colm is fairly satisfied with my work.', 'Colm treats me fairly.', ['Colm']],
    ['Odette is fairly pleased with my designs.', 'Odette is fair to me about my designs.', ['Odette']],
  ])('%s ≠ %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    ['Colm is fairly satisfied with my work.', 'Colm is satisfied with my work.', ['Colm']],
    ['Colm treats me fairly.', 'Colm is fair to me.', ['Colm']],
  ])('the degree or the manner said alike still groups: %s ~ %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});
