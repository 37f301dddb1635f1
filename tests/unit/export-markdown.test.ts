import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, DialogueLine, Entry, PromptSet } from '../../src/domain/types.js';
import { DIALOGUE_HEADER, frontMatter, renderMarkdownEntry } from '../../src/export/markdown.js';
import { asCell, asHeading, asParagraphs, type Block, parseNote, splitNotes } from '../helpers/markdown.js';

/** One step of every kind, so each renderer is exercised. */
const SET: PromptSet = {
  schema: 1,
  id: 'every-kind',
  version: 3,
  title: 'Every kind',
  description: '',
  steps: [
    { id: 'situation', kind: 'text', role: 'context', question: 'What happened?', required: true },
    {
      id: 'dialogue',
      kind: 'dialogue',
      role: 'said',
      question: 'Who said what | and what did you think?',
      required: false,
    },
    { id: 'story', kind: 'long', role: 'feeling', question: 'Tell it # long', required: false },
    {
      id: 'assumptions',
      kind: 'list',
      role: 'assumption',
      question: 'What did you assume?',
      required: false,
    },
    {
      id: 'mood',
      kind: 'choice',
      role: 'other',
      question: 'Mood?',
      required: false,
      choices: ['calm', 'tense'],
    },
    { id: 'energy', kind: 'scale', role: 'other', question: 'Energy?', required: false, min: 1, max: 10 },
    { id: 'again', kind: 'confirm', role: 'test', question: 'Would you do it again?', required: false },
  ],
};

function entryWith(answers: Partial<Record<string, AnswerValue>>, meta: Partial<Entry> = {}): Entry {
  return {
    id: 42,
    uuid: '0b9c2f36-7a31-4c55-9d0e-5f1f8f3c2a10',
    setId: SET.id,
    setVersion: SET.version,
    title: 'Budget talk',
    occurredAt: '2026-11-20T08:15:00.000Z',
    utcOffset: 60,
    createdAt: '2026-11-20T08:20:00.000Z',
    updatedAt: '2026-11-20T08:20:00.000Z',
    starred: false,
    people: ['Dana'],
    tags: ['budget'],
    ...meta,
    answers: SET.steps
      .map((step, position) => ({ step, position, value: answers[step.id] }))
      .filter((a) => a.value !== undefined)
      .map(({ step, position, value }) => ({
        stepId: step.id,
        kind: step.kind,
        role: step.role,
        position,
        value: value!,
      })),
  };
}

/** What the parsed Markdown must say for each answered step. */
function expectedBlocks(entry: Entry): { question: string; blocks: Block[] }[] {
  return entry.answers.map((answer) => {
    const step = SET.steps.find((s) => s.id === answer.stepId)!;
    const value = answer.value;
    let blocks: Block[];
    if (step.kind === 'dialogue') {
      const lines = value as DialogueLine[];
      blocks = lines.length
        ? [
            {
              type: 'table',
              header: [...DIALOGUE_HEADER],
              rows: lines.map((l) => [asCell(l.said), asCell(l.unsaid)]),
            },
          ]
        : [];
    } else if (step.kind === 'list') {
      const items = value as string[];
      blocks = items.length ? [{ type: 'list', items: items.map(asParagraphs) }] : [];
    } else if (step.kind === 'scale') {
      blocks = [{ type: 'text', text: `${value} (on a scale from 1 to 10)` }];
    } else if (step.kind === 'confirm') {
      blocks = [{ type: 'text', text: value ? 'yes' : 'no' }];
    } else {
      const text = asParagraphs(value as string);
      blocks = text ? [{ type: 'text', text }] : [];
    }
    return { question: asHeading(step.question), blocks };
  });
}

function checkRoundTrip(entry: Entry): void {
  const note = renderMarkdownEntry(entry, SET);
  const parsed = parseNote(note);
  expect(parsed.front).toEqual({ ...frontMatter(entry), date: frontMatter(entry).date });
  expect(parsed.title).toBe(asHeading(entry.title || SET.title));
  expect(parsed.sections).toEqual(expectedBlocks(entry));
}

const HOSTILE: [string, string][] = [
  ['a front matter fence', 'before\n---\nafter'],
  ['a lone fence line', '---'],
  ['a setext underline', 'Title\n==='],
  ['pipes', 'a | b || c |'],
  ['headings', '# not a heading\n## nor this ##'],
  ['backticks and fences', '`code` and ```\nfenced\n```'],
  ['tildes', '~~~\nstrike ~~this~~'],
  ['HTML', '<div>block</div>\n<script>alert(1)</script> <b>bold</b> <br>'],
  ['emoji and joiners', 'Feeling 😤 then 👩‍👩‍👧 and 🇳🇱'],
  ['CRLF line endings', 'one\r\ntwo\r\n\r\nthree\rfour'],
  ['a very long line', 'word '.repeat(4000).trim()],
  ['the empty answer', ''],
  ['only spaces', '    '],
  ['indented code', '    four spaces\n\ttab'],
  ['list markers', '- not a list\n* nor this\n+ nor this\n1. nor this\n2) nor this'],
  ['a quote', '> not a quote'],
  ['emphasis', '*em* _em_ **strong** __strong__'],
  ['links and images', '[link](http://x) ![img](y.png) <http://auto.link> [[wiki]]'],
  ['entities', '&amp; &#35; &copy; & plain'],
  ['backslashes', 'C:\\temp\\ and \\*not escaped\\* and trailing \\'],
  ['a table of its own', '| a | b |\n| --- | --- |\n| c | d |'],
  ['a delimiter row', 'x\n:---:'],
  ['trailing spaces (hard break)', 'line one  \nline two'],
  ['leading and trailing unicode spaces', '\u00a0\u2003 edges \u3000'],
  ['Obsidian comment and highlight', '%%hidden%% ==mark== #tag'],
  ['many blank lines', 'a\n\n\n\n\nb'],
  ['NUL and controls', 'nul\u0000 bell\u0007 esc\u001b[31m'],
  ['right-to-left text', 'שלום עולם — مرحبا'],
];

describe('Markdown export read back with markdown-it and yaml', () => {
  it.each(HOSTILE)('survives %s in every kind of answer', (_name, text) => {
    checkRoundTrip(
      entryWith(
        {
          situation: text,
          dialogue: [
            { said: text, unsaid: text },
            { said: 'fine', unsaid: '' },
          ],
          story: text,
          assumptions: [text, 'second', text],
          mood: 'calm',
          energy: 7,
          again: false,
        },
        { title: text, people: [text || 'x', 'Sam'], tags: [text || 'y'] },
      ),
    );
  });

  it('writes the documented front matter, a heading per step and the dialogue table', () => {
    const note = renderMarkdownEntry(
      entryWith({
        situation: 'The budget review',
        dialogue: [{ said: 'Dana: we are over | again', unsaid: 'She blames me\nagain' }],
        assumptions: ['She thinks I am careless'],
        energy: 4,
        again: true,
      }),
      SET,
    );
    expect(note).toBe(
      [
        '---',
        'id: 42',
        'uuid: 0b9c2f36-7a31-4c55-9d0e-5f1f8f3c2a10',
        'date: 2026-11-20T09:15:00+01:00',
        'set: every-kind',
        'set_version: 3',
        'title: Budget talk',
        'people:',
        '  - Dana',
        'tags:',
        '  - budget',
        'starred: false',
        '---',
        '',
        '# Budget talk',
        '',
        '## What happened?',
        '',
        'The budget review',
        '',
        '## Who said what \\| and what did you think?',
        '',
        '| What was said | What I thought |',
        '| --- | --- |',
        '| Dana: we are over \\| again | She blames me<br>again |',
        '',
        '## What did you assume?',
        '',
        '- She thinks I am careless',
        '',
        '## Energy?',
        '',
        '4 (on a scale from 1 to 10)',
        '',
        '## Would you do it again?',
        '',
        'yes',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['yes', 'a word YAML 1.1 reads as true'],
    ['null', 'null'],
    ['0123', 'a number'],
    ['2026-11-20', 'a date'],
    ['- dash', 'an indicator'],
    ['key: value', 'a mapping'],
    ['a #comment', 'a comment'],
    ['"quoted"', 'quotes'],
    ['multi\nline\r\nvalue', 'line breaks'],
    ['trailing ', 'a trailing space'],
    ['\u2028\u0085\ufeff', 'separators and a BOM'],
  ])('keeps the title %j (%s) a string in the front matter', (title) => {
    const parsed = parseNote(
      renderMarkdownEntry(entryWith({ situation: 'x' }, { title, tags: [title] }), SET),
    );
    expect(parsed.front.title).toBe(title);
    expect(parsed.front.tags).toEqual([title]);
  });

  it('uses the set title when the entry has none, and leaves unanswered steps out', () => {
    const parsed = parseNote(renderMarkdownEntry(entryWith({ situation: 'only this' }, { title: '' }), SET));
    expect(parsed.title).toBe('Every kind');
    expect(parsed.sections.map((s) => s.question)).toEqual(['What happened?']);
  });

  it('splits a multi-note document back into its notes', () => {
    const a = renderMarkdownEntry(entryWith({ situation: 'first\n---\nstill first' }, { id: 1 }), SET);
    const b = renderMarkdownEntry(entryWith({ situation: '---' }, { id: 2, title: '---' }), SET);
    const notes = splitNotes(`${a}\n${b}`);
    expect(notes).toEqual([a, b]);
    expect(notes.map((n) => parseNote(n).front.id)).toEqual([1, 2]);
  });
});

describe('Markdown round trip (property)', () => {
  // Graphemes from all of Unicode, mixed with the characters Markdown and YAML care about most.
  const hostile = fc.constantFrom(
    '---',
    '\n',
    '\r\n',
    '|',
    '#',
    '`',
    '*',
    '_',
    '<br>',
    '<',
    '&amp;',
    '\\',
    ' ',
    '\t',
    '1.',
    '- ',
    '> ',
    '[',
    ']',
    ':',
    '%%',
    '~',
    '=',
    '"',
    "'",
  );
  const text = fc
    .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), hostile), { maxLength: 12 })
    .map((parts) => parts.join(''));
  const name = text.filter((t) => t.trim() !== '');

  it('gives back every answer, person, tag and title', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.record({ said: text, unsaid: text }), { maxLength: 3 }),
        fc.array(text, { maxLength: 3 }),
        fc.array(name, { maxLength: 3 }),
        fc.array(name, { maxLength: 3 }),
        text,
        fc.boolean(),
        (answer, dialogue, list, people, tags, title, starred) => {
          checkRoundTrip(
            entryWith(
              { situation: answer, dialogue, story: answer, assumptions: list },
              { title, people, tags, starred },
            ),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
