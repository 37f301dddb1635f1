import { describe, expect, it } from 'vitest';
import { groupOf, relation, together } from '../helpers/grouping-probes.js';

// Session 10 (frames10): a leading frame of the writer's own belief ("I think", "I'm sure", "I bet", "my guess is")
// is dropped before the analysis, so the statement is its clause; a negated frame ("I don't think", "I doubt")
// denies the clause. Probes in words of my own, none from the corpus or the trap files.

describe('a frame of my own belief is dropped: framed and plain statements group', () => {
  it.each([
    ["I'm sure Dana doesn't trust me", "Dana doesn't trust me", ['Dana']],
    ['I think Tom will quit', 'Tom will quit', ['Tom']],
    ['I bet the client walks away', 'the client will walk away', []],
    ['I suspect Priya is covering for Jamal', 'Priya is covering for Jamal', ['Priya', 'Jamal']],
    ['I feel like nobody listens to me', 'nobody listens to me', []],
    ["I'm convinced that Dana doesn't trust me", "Dana doesn't trust me", ['Dana']],
    ['I worry that Tom will quit', 'Tom will quit', ['Tom']],
    ["I'm afraid Marco sees me as lazy", "Marco thinks I'm lazy", ['Marco']],
    ["Deep down I believe Dana doesn't trust me", "Dana doesn't trust me", ['Dana']],
    ['I have a feeling the board will cut my budget', 'the board will cut my budget', []],
    ["I don't think Dana trusts me", "Dana doesn't trust me", ['Dana']],
    ['I doubt Dana trusts me', "Dana doesn't trust me", ['Dana']],
    ["I don't believe Ilse respects my work", "Ilse doesn't respect my work", ['Ilse']],
  ])('%s ~ %s', (a, b, people) => {
    expect(relation(a, b, people)).toBe('same');
    expect(together(a, b, people)).toBe(true);
  });

  it.each([
    ["I'm sure Dana doesn't trust me", "I suspect Dana doesn't trust me", ['Dana']],
    ['My guess is that Tom will quit', "I'm convinced Tom is going to quit", ['Tom']],
    ["I feel like Ilse doesn't respect my work", "I don't think Ilse respects my work", ['Ilse']],
  ])('two frames, one clause: %s ~ %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(true);
  });
});

describe('a negated frame denies its clause; an unsure one says neither', () => {
  it.each([
    ["I don't think Dana trusts me", 'Dana trusts me', ['Dana']],
    ['I doubt Dana trusts me', 'Dana trusts me', ['Dana']],
    ["I don't think Dana trusts me", 'I think Dana trusts me', ['Dana']],
    ["I don't believe Ilse respects my work", "I'm sure Ilse respects my work", ['Ilse']],
    ["I'm not sure Dana trusts me", 'Dana trusts me', ['Dana']],
    ["I'm not sure Dana trusts me", "Dana doesn't trust me", ['Dana']],
    ['I wonder whether Dana trusts me', "Dana doesn't trust me", ['Dana']],
    ['I wonder whether Dana trusts me', 'Dana trusts me', ['Dana']],
  ])('%s ≠ %s', (a, b, people) => {
    expect(relation(a, b, people)).not.toBe('same');
    expect(together(a, b, people)).toBe(false);
  });

  it('a denial never joins the group of the framed assertions', () => {
    const at = groupOf(
      [
        "I'm sure Dana doesn't trust me",
        "Dana doesn't trust me",
        "I don't think Dana trusts me",
        'I think Dana trusts me',
      ],
      ['Dana'],
    );
    expect(at.get(1)).toBe(at.get(2));
    expect(at.get(1)).toBe(at.get(3));
    expect(at.get(4)).not.toBe(at.get(1));
  });
});

describe('what is not my frame stays as it is', () => {
  it.each([
    // Someone else's view is the assumption.
    ["Dana thinks I'm lazy", "I'm lazy", ['Dana']],
    ["Dana is sure I'm lazy", "I'm lazy", ['Dana']],
    // The frame alone is no common ground.
    ["I'm sure Tom will quit", "I'm sure Dana doesn't trust me", ['Tom', 'Dana']],
    ['I think Tom will quit', 'I think the client will walk away', ['Tom']],
    // An emotion with no clause after it is the assumption itself.
    ['I feel stupid when Marco corrects me', 'Marco corrects me', ['Marco']],
    ["I'm afraid of Marco", 'Marco is lazy', ['Marco']],
    ['I feel like a failure', 'I feel like nobody listens to me', []],
    // A wish is not a belief.
    ['I hope Tom will stay', 'Tom will stay', ['Tom']],
    // Someone's view of what I do is not their own deed, which my framed statement now says (similarity.ts).
    ['I think Lotte owes me a favour', 'Lotte thinks I owe her a favour', ['Lotte']],
    ['Lotte owes me a favour', 'Lotte thinks I owe her a favour', ['Lotte']],
    ['I feel Bram is ignoring me at meetings', 'Bram feels I am ignoring him at meetings', ['Bram']],
  ])('%s ≠ %s', (a, b, people) => {
    expect(together(a, b, people)).toBe(false);
  });

  it('a parenthetical frame after the clause is dropped too', () => {
    expect(together('Tom will quit, I think', 'I bet Tom will quit', ['Tom'])).toBe(true);
  });
});
