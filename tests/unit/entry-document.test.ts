import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../src/domain/answers.js';
import { parseEntryDocument, renderEntryDocument } from '../../src/domain/entry-document.js';
import type { AnswerMap, PromptSet, Step } from '../../src/domain/types.js';

const step = (id: string, kind: Step['kind'], extra: Partial<Step> = {}): Step => ({
  id,
  kind,
  role: 'other',
  question: `Question for ${id}?`,
  required: false,
  ...extra,
});

const SET: PromptSet = {
  schema: 1,
  id: 'every-kind',
  version: 2,
  title: 'Every kind',
  description: '',
  steps: [
    step('situation', 'text', { role: 'context' }),
    step('dialogue', 'dialogue', { role: 'said' }),
    step('feelings', 'long', { role: 'feeling' }),
    step('assumptions', 'list', { role: 'assumption' }),
    step('mood', 'choice', { choices: ['calm', 'tense', 'Very tense'] }),
    step('energy', 'scale', { min: 1, max: 5 }),
    step('again', 'confirm'),
    step('learning', 'long'),
  ],
};

/** Text built from the pieces most likely to confuse a line-based format, mixed with arbitrary characters. */
const tricky = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '#',
        '## ',
        '---',
        '- ',
        '-',
        '* ',
        ':',
        'said:',
        'unsaid: ',
        'Said:',
        '```',
        '````text',
        '```json',
        '<!-- step: feelings (long) -->',
        '<!--',
        '-->',
        'title: x',
        '"',
        '[',
        ']',
        ',',
        ' ',
        '  ',
        '\t',
        '\n',
        '\n\n',
        '\r',
        'é',
        '😀',
        '\ud800',
      ),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const answersArb = fc.record(
  {
    situation: tricky,
    dialogue: fc.array(fc.record({ said: tricky, unsaid: tricky }), { maxLength: 4 }),
    feelings: tricky,
    assumptions: fc.array(tricky, { maxLength: 5 }),
    mood: fc.constantFrom('calm', 'tense', 'Very tense'),
    energy: fc.integer({ min: 1, max: 5 }),
    again: fc.boolean(),
    learning: tricky,
  },
  { requiredKeys: [] },
);

const namesArb = fc.array(
  fc.oneof(fc.constantFrom('Dana', 'Smith, J', '[x]', '"Q"', '1:1', 'a b'), fc.string({ maxLength: 6 })),
  { maxLength: 4 },
);

/** A document goes through a UTF-8 file on its way to the editor and back. */
function throughFile(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

describe('entry document', () => {
  it('reads back exactly what it rendered (answers, title, date, people, tags)', () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.oneof(tricky, fc.constant('Budget review')),
        namesArb,
        namesArb,
        (raw, title, people, tags) => {
          const answers = validateAnswers(SET, raw);
          const doc = { title, date: '2026-11-24T10:30:00+01:00', people, tags, answers };
          const text = throughFile(renderEntryDocument(doc, SET));
          const back = parseEntryDocument(text, SET);
          expect(validateAnswers(SET, back.answers)).toEqual(answers);
          expect(back.title).toEqual(title);
          expect(back.date).toBe(doc.date);
          expect(back.people).toEqual(people);
          expect(back.tags).toEqual(tags);
        },
      ),
      { numRuns: 300 },
    );
  });

  const entry: { title: string; date: string; people: string[]; tags: string[]; answers: AnswerMap } = {
    title: 'Budget review: round 2 — #1:1',
    date: '2026-11-24T10:30:00+01:00',
    people: ['Dana', 'Marco'],
    tags: ['budget', '1:1'],
    answers: {
      situation: 'Budget review; I wanted to flag the estimate.',
      dialogue: [
        { said: "Dana: Let's keep this short.", unsaid: 'So my item gets squeezed again.' },
        { said: 'Me: The numbers look fine.', unsaid: '' },
      ],
      feelings: 'Anxious.\n\n# not a heading\n--- not front matter\n- not a list',
      assumptions: ['Dana does not want bad news', '- starts with a dash', 'has: a colon'],
      mood: 'Very tense',
      energy: 2,
      again: false,
    },
  };

  it('writes plain, readable text for ordinary answers', () => {
    const text = renderEntryDocument(entry, SET, { label: 'Editing entry 12' });
    expect(text).toContain('title: Budget review: round 2 — #1:1\n');
    expect(text).toContain('people: Dana, Marco\n');
    expect(text).toContain(
      '## Question for dialogue?\n<!-- step: dialogue (dialogue, optional) -->\n\n' +
        "said: Dana: Let's keep this short.\nunsaid: So my item gets squeezed again.\n\nsaid: Me: The numbers look fine.\nunsaid:\n",
    );
    expect(text).toContain('- Dana does not want bad news\n- - starts with a dash\n- has: a colon\n');
    expect(text).toContain('Anxious.\n\n# not a heading\n--- not front matter\n- not a list\n');
    expect(text).toContain('<!-- step: energy (scale, optional, 1–5) -->\n\n2\n');
    expect(text).toContain('<!-- step: again (confirm, optional, yes or no) -->\n\nno\n');
    expect(text).not.toContain('```');
    expect(parseEntryDocument(text, SET)).toEqual({ ...entry, answers: { ...entry.answers } });
  });

  it.each([
    ['a leading blank line', { feelings: '\nIndented after a blank line' }, '```text'],
    ['a line that looks like a step marker', { feelings: 'a\n<!-- step: energy (scale) -->\nb' }, '```text'],
    ['a fence inside the text', { feelings: '```\ncode\n```' }, '````text'],
    ['a multi-line list item', { assumptions: ['one\ntwo'] }, '```json'],
  ])('quotes an answer with %s', (_name, answers, fence) => {
    const text = renderEntryDocument({ ...entry, answers: answers as AnswerMap }, SET);
    expect(text).toContain(fence);
    expect(parseEntryDocument(text, SET).answers).toEqual(answers);
  });

  it('is forgiving with hand-written text', () => {
    const text = [
      '',
      '---',
      'Title:   A title  ',
      'date: yesterday 4pm',
      'tags: #budget,  1:1 ,',
      '---',
      '## whatever heading the person wrote',
      '<!-- step: assumptions -->',
      '* first',
      'second without a dash',
      '',
      '- ',
      '<!-- step: dialogue (changed notes) -->',
      'Said: hello',
      'more of what was said',
      'UNSAID:   thought',
      'unsaid: only a thought',
      '<!-- step: mood -->',
      '  very TENSE ',
      '<!-- step: again -->',
      'Yes',
    ].join('\n');
    expect(parseEntryDocument(text, SET)).toEqual({
      title: 'A title',
      date: 'yesterday 4pm',
      people: [],
      tags: ['#budget', '1:1'],
      answers: {
        assumptions: ['first', 'second without a dash', ''],
        dialogue: [
          { said: 'hello\nmore of what was said', unsaid: '  thought' },
          { said: '', unsaid: 'only a thought' },
        ],
        mood: 'Very tense',
        again: true,
      },
    });
  });

  it.each([
    ['no front matter', 'title: x\n', 'line 1: the document must start with the front matter'],
    ['an unclosed front matter', '---\ntitle: x\n', 'line 1: the front matter is not closed'],
    [
      'an unknown field',
      '---\nmood: x\ndate: now\n---\n',
      'line 2: unknown field "mood" in the front matter',
    ],
    ['a line without a colon', '---\njust words\n---\n', 'line 2: expected "key: value" in the front matter'],
    ['a field twice', '---\ndate: a\ndate: b\n---\n', 'line 3: "date" appears twice'],
    ['no date', '---\ntitle: x\n---\n', 'line 1: the front matter needs a date'],
    ['an empty date', '---\ndate:\n---\n', 'line 2: the front matter needs a date'],
    ['text before the first step', '---\ndate: x\n---\nhello\n', 'line 4: text before the first question'],
    ['an unknown step', '---\ndate: x\n---\n<!-- step: nope -->\n', 'line 4: unknown step "nope"'],
    [
      'a step twice',
      '---\ndate: x\n---\n<!-- step: mood -->\ncalm\n<!-- step: mood -->\n',
      'line 6: step "mood" appears twice',
    ],
    [
      'an unclosed block',
      '---\ndate: x\n---\n<!-- step: feelings -->\n```text\nabc\n',
      'line 5: the ``` block',
    ],
    [
      'bad JSON',
      '---\ndate: x\n---\n<!-- step: assumptions -->\n```json\n[1,\n```\n',
      'line 5: the json block',
    ],
    [
      'a number that is not one',
      '---\ndate: x\n---\n<!-- step: energy -->\nthree\n',
      'line 5: step "energy" expects a whole number from 1 to 5, got "three"',
    ],
    [
      'a yes/no that is not one',
      '---\ndate: x\n---\n<!-- step: again -->\nmaybe\n',
      'line 5: step "again" expects yes or no',
    ],
    [
      'dialogue without labels',
      '---\ndate: x\n---\n<!-- step: dialogue -->\nhello\n',
      'line 5: dialogue lines of step "dialogue" start with',
    ],
    [
      'text after a block',
      '---\ndate: x\n---\n<!-- step: feelings -->\n```text\na\n```\nafter\n',
      'line 8: text after the closing',
    ],
  ])('refuses %s, naming the line', (_name, text, message) => {
    expect(() => parseEntryDocument(text, SET)).toThrow(message);
  });
});
