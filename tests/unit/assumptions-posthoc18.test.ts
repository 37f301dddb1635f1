import { describe, expect, it } from 'vitest';
import { groupOf, relation, together } from '../helpers/grouping-probes.js';

// Session 10 (posthoc18): post hoc rules for heldout18's two wrong pairs and trap set 7's odd half, each probed in
// words of my own (other verbs, other people, other settings), none from the corpus or the trap files.

describe('"X over Y" after a verb of preference is a contrast: its reversal stays apart', () => {
  it.each([
    [
      'My editor sides with the photographer over me.',
      'My editor sides with me over the photographer.',
      ['Kasia'],
    ],
    ['Kasia trusts Tomek over me.', 'Kasia trusts me over Tomek.', ['Kasia', 'Tomek']],
    [
      'The foreman listens to the apprentice over me.',
      'The foreman listens to me over the apprentice.',
      ['Dev'],
    ],
    ['The head chef backs Luis over me.', 'The head chef backs me over Luis.', ['Luis']],
  ])('%s ≠ %s', (a, b, people) => {
    expect(relation(a, b, people)).not.toBe('same');
    expect(together(a, b, people)).toBe(false);
  });

  it.each([
    [
      'My editor sides with the photographer over me.',
      'My editor sides with the photographer rather than me.',
      [],
    ],
    ['My editor sides with the photographer over me.', 'My editor never backs me.', []],
    [
      'The foreman listens to the apprentice over me.',
      'The foreman listens to the apprentice instead of me.',
      [],
    ],
    ['The foreman listens to the apprentice over me.', 'The foreman does not listen to me.', []],
    ['The foreman listens to the apprentice over me.', 'The foreman ignores me.', []],
  ])('%s ~ %s', (a, b, people) => {
    expect(relation(a, b, people)).toBe('same');
    expect(together(a, b, people)).toBe(true);
  });

  it('is the opposite of being listened to', () => {
    expect(
      relation('The foreman listens to the apprentice over me.', 'The foreman listens to me.', ['Dev']),
    ).toBe('opposite');
  });

  it.each([
    ['Dev has been over my head to the director.', 'Dev went over my head to the director.', ['Dev']],
    ['Kasia has trusted me over the years.', 'Kasia trusts me.', ['Kasia']],
    ['Kasia always sides with me over the phone.', 'Kasia always sides with me.', ['Kasia']],
    ['The porters walk all over me.', 'The porters think they can walk all over me.', []],
  ])('other senses of "over" are read as before: %s ~ %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('a view of someone the sentence names no one for is not the same predicate aimed at me', () => {
  it.each([
    [
      'The porters think they can walk all over me.',
      'The porters think the new apprentice is a soft touch.',
      [],
    ],
    ['The lads reckon they can push me around.', 'The chefs think the new apprentice is a pushover.', []],
    ['The kitchen walks all over me.', 'Dev thinks the night porter is a soft touch.', ['Dev']],
  ])('%s ≠ %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it('views of the same third person still group, and so do views of me', () => {
    const at = groupOf(
      [
        'Dev thinks the new apprentice is a pushover.',
        'Dev thinks the apprentice is a soft touch.',
        'The porters walk all over me.',
        'The porters think they can walk all over me.',
      ],
      ['Dev'],
    );
    expect(at.get(1)).toBe(at.get(2));
    expect(at.get(3)).toBe(at.get(4));
    expect(at.get(1)).not.toBe(at.get(3));
  });
});

describe('trap set 7, odd half: general rules probed in other words', () => {
  it.each([
    // A condition with its auxiliary first ("Had I …,") is no more the main clause than an "if" clause.
    [
      'Had I finished the course, Bruno would have made me shift leader.',
      'Even if I had finished the course, Bruno would never have put me in charge of the shift.',
      ['Bruno'],
    ],
    [
      'Had I stayed on, Bruno would have made me head chef.',
      'Even if I had stayed on, Bruno would never have put me in charge of the kitchen.',
      ['Bruno'],
    ],
    // A shared condition, one main clause denied.
    [
      'If we win the tender, Aldo will give me the site.',
      'If we win the tender, Aldo will not give me the site.',
      ['Aldo'],
    ],
    // Sales leads are not leading.
    ['Ravi passes me the best leads.', 'Ravi keeps all the good leads for himself.', ['Ravi']],
    ['Ravi passes me the best leads.', 'Ravi is steering the promising leads away from me.', ['Ravi']],
    // An object put first, then who did it: the learner and the teacher swapped.
    [
      'Everything Nils knows about sailing, he learned from me.',
      'Everything I know about sailing, I learned from Nils.',
      ['Nils'],
    ],
    [
      'Whatever I know about sailing, I got from Nils.',
      'Everything Nils knows about sailing, he got from me.',
      ['Nils'],
    ],
    // Too much of one thing is not too much of its opposite.
    [
      'Gus thinks my set at his party went on too long.',
      'Gus felt my set at his party was far too short.',
      ['Gus'],
    ],
    [
      'Gus said my toast at the dinner dragged on too long.',
      'Gus said my toast at the dinner was over too quickly.',
      ['Gus'],
    ],
  ])('%s ≠ %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it('a shared condition with one main clause denied is an opposite', () => {
    expect(
      relation(
        'If we win the tender, Aldo will give me the site.',
        'If we win the tender, Aldo will not give me the site.',
        ['Aldo'],
      ),
    ).toBe('opposite');
  });

  it.each([
    [
      'Had I finished the course, Bruno would have made me shift leader.',
      'If I had finished the course, Bruno would have made me shift leader.',
      ['Bruno'],
    ],
    [
      'Should I complain, Aldo will see me as difficult.',
      'If I complain, Aldo will think I am difficult.',
      ['Aldo'],
    ],
    ['Ravi will lead the rollout.', 'Ravi is leading the rollout.', ['Ravi']],
    [
      'Everything I know about sailing, I learned from Nils.',
      'I learned everything I know about sailing from Nils.',
      ['Nils'],
    ],
    ['Gus thinks the menu is too pricey.', 'Gus thinks the menu is too expensive.', ['Gus']],
    ['Gus thinks I am too strict with the juniors.', 'Gus thinks I am too harsh with the juniors.', ['Gus']],
  ])('%s ~ %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});
