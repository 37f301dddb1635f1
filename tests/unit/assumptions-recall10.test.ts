import { describe, expect, it } from 'vitest';
import { analyseAll } from '../../src/domain/assumptions/index.js';
import { relation, together } from '../helpers/grouping-probes.js';

// Session 10, branch recall10 (docs/recall10.md): sentences of our own, for each rule the paraphrase it now groups
// and the opposite, direction or other person it must still keep apart.

describe('one person of a group named in the plural (the trustee, my nurse)', () => {
  it.each([
    [
      'The trustee doesn’t believe I’m up to running the archive.',
      'Ruth doubts I’m up to running the archive.',
    ],
    ['My nurse thinks I rush the evening clinic.', 'Ruth reckons I rush the evening clinic.'],
    ['The inspector is out to catch me out.', 'Ruth wants to catch me out.'],
  ])('%s ~ %s (an entry about Ruth alone)', (a, b) => {
    expect(together(a, b, ['Ruth'])).toBe(true);
  });

  it('is nobody named where the entry lists two people', () => {
    expect(
      together(
        'The trustee doesn’t believe I’m up to running the archive.',
        'Ruth doubts I’m up to running the archive.',
        ['Ruth', 'Tom'],
      ),
    ).toBe(false);
  });

  it('keeps the denial apart', () => {
    expect(
      relation(
        'The trustee thinks I’m more than capable of running the archive.',
        'Ruth doubts I’m up to running the archive.',
        ['Ruth'],
      ),
    ).toBe('opposite');
  });

  it('the plural is still the group, never a named person', () => {
    expect(
      together('The trustees doubt I can run the archive.', 'Ruth doubts I’m up to running the archive.', [
        'Ruth',
      ]),
    ).toBe(false);
  });
});

describe('a person named by the body they belong to (the finance director, the union rep)', () => {
  it.each([
    ['The finance director thinks my budget is unrealistic.', 'Ruth thinks my budget is unrealistic.'],
    ['The union rep blames me for the rota changes.', 'Ruth blames me for the rota changes.'],
  ])('%s ~ %s (an entry about Ruth alone)', (a, b) => {
    expect(together(a, b, ['Ruth'])).toBe(true);
  });

  it('keeps the two sides apart', () => {
    expect(
      together('The union rep blames me for the rota changes.', 'I blame Ruth for the rota changes.', [
        'Ruth',
      ]),
    ).toBe(false);
  });

  it('keeps the opposite apart', () => {
    expect(
      relation(
        'The finance director thinks my budget is unrealistic.',
        'Ruth thinks my budget is realistic.',
        ['Ruth'],
      ),
    ).toBe('opposite');
  });

  it('a noun for a body keeps the body', () => {
    expect(
      together('The finance team blames me for the overspend.', 'Ruth blames me for the overspend.', [
        'Ruth',
      ]),
    ).toBe(false);
  });
});

describe('a denying adjective inside the subject (the poor ratings are my fault)', () => {
  it('groups the blame told with the poor results as subject', () => {
    expect(
      together(
        'Ines thinks the poor exam results are my fault.',
        'Ines blames me for the drop in exam results.',
        ['Ines'],
      ),
    ).toBe(true);
  });

  it('keeps good against poor results apart', () => {
    expect(
      relation(
        'Ines thinks the poor exam results are down to me.',
        'Ines thinks the good exam results are down to me.',
        ['Ines'],
      ),
    ).not.toBe('same');
  });

  it('still denies after the verb', () => {
    expect(
      relation('Ines is a poor judge of my work.', 'Ines is a good judge of my work.', ['Ines']),
    ).not.toBe('same');
  });
});

describe('"marks me out as" is a view of the writer', () => {
  it('groups it with another frame of the same view', () => {
    expect(
      relation(
        'Turning down extra shifts marks me out as someone who isn’t committed.',
        'Saying no to extra shifts makes me look uncommitted.',
        ['Ruth'],
      ),
    ).toBe('same');
  });

  it('keeps the opposite view apart', () => {
    expect(
      relation(
        'Turning down extra shifts marks me out as someone who is committed.',
        'Saying no to extra shifts makes me look uncommitted.',
        ['Ruth'],
      ),
    ).toBe('opposite');
  });
});

describe('a view that reduces the writer to a lesser part', () => {
  it.each([
    ['Ruth thinks I’m just a typist with a law degree.', 'Ruth doesn’t rate me as a lawyer.'],
    ['Ruth sees me as nothing more than the tea lady.', 'Ruth looks down on me.'],
    ['Ruth thinks I’m no more than a glorified secretary.', 'Ruth has a low opinion of me.'],
  ])('%s ~ %s', (a, b) => {
    expect(together(a, b, ['Ruth'])).toBe(true);
  });

  it('keeps its denial apart', () => {
    expect(
      relation('Ruth doesn’t think I’m just a typist.', 'Ruth thinks I’m just a typist.', ['Ruth']),
    ).toBe('opposite');
  });

  it('is no reduction of an adjective', () => {
    expect(together('Ruth thinks I’m just tired.', 'Ruth looks down on me.', ['Ruth'])).toBe(false);
  });

  it('keeps the writer’s own view of someone else apart', () => {
    expect(together('I think Ruth is just a typist.', 'Ruth thinks I’m just a typist.', ['Ruth'])).toBe(
      false,
    );
  });
});

describe('a pronoun beside someone whose gender no name table knows', () => {
  // (Mei is known as a woman's name, Bethan is not: "she" may be either.)
  const people = ['Bethan', 'Mei'];
  it('may be the one whose gender is unknown', () => {
    expect(
      together('Bethan is close to burning out.', 'She is exhausted and running on fumes.', people),
    ).toBe(true);
  });

  it('still keeps the opposite apart', () => {
    expect(relation('Bethan is close to burning out.', 'She is full of energy these days.', people)).not.toBe(
      'same',
    );
  });

  it('is still the one woman where the entry names no one else', () => {
    expect(together('Mei is close to burning out.', 'She is exhausted and running on fumes.', ['Mei'])).toBe(
      true,
    );
  });

  it('is not someone the same sentence names', () => {
    expect(
      together('Dr Weiss is keeping the delays from Noor.', 'She covers up the delays when Dr Weiss asks.', [
        'Noor',
        'Dr Weiss',
      ]),
    ).toBe(false);
  });
});

describe('one person of a group only as a person', () => {
  it('"the analyst role" names a role in the team, not an analyst', () => {
    const [shape] = analyseAll([
      { id: 1, entryId: 1, text: 'She’ll freeze the analyst role I asked for.', people: ['Helen'] },
    ]);
    expect(shape!.others).not.toContain('n:analyst');
    expect(shape!.agent).toBe('p:helen');
  });

  it('"the analyst" before a verb is one person', () => {
    const [shape] = analyseAll([
      { id: 1, entryId: 1, text: 'The analyst thinks I’m too slow.', people: ['Helen'] },
    ]);
    expect(shape!.agent).toBe('n:analyst');
  });
});

describe('an opening clause of condition or time without its comma', () => {
  it.each([
    [
      'If I ask Ruth for a day off she’ll think I’m lazy.',
      'If I ask for a day off, Ruth will think I’m lazy.',
    ],
    ['When the audit comes round Ruth will blame me.', 'Ruth will blame me when the audit comes round.'],
  ])('%s ~ %s', (a, b) => {
    expect(together(a, b, ['Ruth'])).toBe(true);
  });

  it('keeps the opposite apart', () => {
    expect(
      relation(
        'If I ask Ruth for a day off she’ll think I’m lazy.',
        'If I ask for a day off, Ruth will think I’m hard-working.',
        ['Ruth'],
      ),
    ).toBe('opposite');
  });

  it('keeps the two sides apart', () => {
    expect(
      together(
        'When the audit comes round Ruth will blame me.',
        'When the audit comes round I will blame Ruth.',
        ['Ruth'],
      ),
    ).toBe(false);
  });
});

describe('someone made to hold a view holds it', () => {
  it.each([
    ['Asking for help will make Ruth think I can’t cope.', 'Ruth will think I can’t cope if I ask for help.'],
    [
      'Turning the job down will make Ruth see me as lazy.',
      'Ruth will see me as lazy if I turn the job down.',
    ],
  ])('%s ~ %s', (a, b) => {
    expect(together(a, b, ['Ruth', 'Tom'])).toBe(true);
  });

  it('is that person’s view, not another’s', () => {
    expect(
      together(
        'Asking for help will make Ruth think I can’t cope.',
        'Tom will think I can’t cope if I ask for help.',
        ['Ruth', 'Tom'],
      ),
    ).toBe(false);
  });
});
