import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { EntrySummary } from '../../src/store/entries.js';
import { foldPeopleAndTags, listLine } from '../../src/ui/list-line.js';
import { displayWidth } from '../../src/ui/render.js';

const entry = (over: Partial<EntrySummary> = {}): EntrySummary => ({
  id: 12,
  uuid: 'u',
  setId: 'left-hand-column',
  title: 'Budget review with Dana',
  context: null,
  lead: null,
  occurredAt: '2026-11-18T14:30:00+01:00',
  starred: false,
  people: ['Dana', 'Marco'],
  tags: ['1:1', 'budget'],
  ...over,
});

const rows = (e: EntrySummary, columns: number, onTerminal: boolean) =>
  stripVTControlCharacters(listLine(e, columns, onTerminal)).split('\n');

/** The people · tags the folded rows show, read as one line. */
const tail = (lines: string[]) =>
  lines
    .slice(1)
    .map((line) => line.trim())
    .join(' ');

describe('listLine', () => {
  it('is one line, as in a pipe, when it fits the terminal', () => {
    const lines = rows(entry({ setId: 'daily' }), 100, true);
    expect(lines).toHaveLength(1);
    expect(lines).toEqual(rows(entry({ setId: 'daily' }), 100, false));
    expect(lines[0]).toMatch(
      / {2}12 \S+ .* {2}daily {2}Budget review with Dana · Dana, Marco · #1:1 #budget$/,
    );
  });

  it.each([60, 80, 40])('stays one line in a pipe at %i columns, however long', (columns) => {
    const lines = rows(entry({ people: ['Dana Whitfield', 'Marco Rossi', 'Priya'] }), columns, false);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ · Dana Whitfield, Marco Rossi, Priya · #1:1 #budget$/);
  });

  it('folds people and tags under the title at 80 columns', () => {
    const lines = rows(entry(), 80, true);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/left-hand-column {2}Budget review with Dana$/);
    const titleAt = lines[0]!.indexOf('Budget');
    expect(lines[1]).toBe(`${' '.repeat(titleAt)}Dana, Marco · #1:1 #budget`);
  });

  it('folds them under the date at 60 columns, where they do not fit on one row under the title', () => {
    const lines = rows(entry(), 60, true);
    expect(lines[1]).toBe('     Dana, Marco · #1:1 #budget');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(60);
  });

  it('keeps the star on the first line and counts it', () => {
    const lines = rows(entry({ starred: true, setId: 'check-in' }), 80, true);
    expect(lines[0]).toMatch(/check-in {2}★ Budget review with Dana$/);
    expect(lines[1]).toBe(`${' '.repeat(lines[0]!.indexOf('★') + 2)}Dana, Marco · #1:1 #budget`);
  });

  it.each([60, 80])(
    'breaks many names between names at %i columns, under the date, no line too wide',
    (columns) => {
      const people = [
        'Dana Whitfield',
        'Marco Rossi',
        'Priya Raman',
        'Jordan Lee',
        'Sam Okafor',
        'Zoë Ångström',
      ];
      const tags = ['1:1', 'budget', 'quarterly-planning', 'migration'];
      const lines = rows(entry({ people, tags }), columns, true);
      expect(lines.length).toBeGreaterThan(2);
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
      for (const line of lines.slice(1)) expect(line).toMatch(/^ {5}\S/);
      expect(tail(lines)).toBe(`${people.join(', ')} · ${tags.map((t) => `#${t}`).join(' ')}`);
    },
  );

  it('puts a name too wide for the room under the title under the date, whole', () => {
    const people = ['Bartholomew Featherstonehaugh-Cholmondeley'];
    const lines = rows(entry({ people, tags: [] }), 80, true);
    expect(lines[1]).toBe(`     ${people[0]}`);
  });

  describe('at the 40-column minimum, a long set id is cut so the first line fits; id and date stay whole', () => {
    const LONG_SET = 'quarterly-stakeholder-conversation-review';
    it.each([
      ['a long set id', entry({ setId: LONG_SET })],
      ['starred', entry({ setId: LONG_SET, starred: true })],
      ['a five-digit id', entry({ setId: LONG_SET, id: 12345 })],
      ['no title', entry({ setId: LONG_SET, title: '' })],
      ['a wide title', entry({ setId: LONG_SET, title: '予算の見直しについての長い話し合い' })],
      ['the built-in set', entry()],
    ])('%s', (_name, e) => {
      const lines = rows(e, 40, true);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(40);
      expect(lines[0]).toMatch(new RegExp(`^ *${e.id} Wed 18 Nov 2026 14:30  `));
      const set = lines[0]!.slice(lines[0]!.indexOf('14:30  ') + 7).split('  ')[0]!;
      expect(set.length).toBeGreaterThan(1);
      expect(e.setId.startsWith(set.replace(/…$/, ''))).toBe(true);
      if (e.starred) expect(lines[0]).toContain('★');
      // People and tags still fold under the date, whole.
      expect(tail(lines)).toBe('Dana, Marco · #1:1 #budget');
    });

    it('the set id keeps room first, the title what is left (at least a few letters)', () => {
      const [line] = rows(entry({ setId: LONG_SET }), 40, true);
      expect(line).toMatch(/14:30 {2}quar… {2}Budg…$/);
    });

    it('a set id that fits beside a short title is not cut', () => {
      const [line] = rows(entry({ setId: 'daily', title: 'Ok' }), 40, true);
      expect(line).toMatch(/14:30 {2}daily {2}Ok$/);
    });

    it('in a pipe the line stays whole, as scripts read it', () => {
      const [line] = rows(entry({ setId: LONG_SET }), 40, false);
      expect(line).toContain(`14:30  ${LONG_SET}  Budget review with`);
    });
  });

  it('cuts the title as before so the first line fits', () => {
    const title = 'A very long title about the quarterly budget review that went on and on';
    const lines = rows(entry({ title }), 60, true);
    expect(displayWidth(lines[0]!)).toBeLessThanOrEqual(60);
    expect(lines[0]!.endsWith('…')).toBe(true);
  });
});

describe('foldPeopleAndTags', () => {
  it.each([
    ['people and tags on one line', ['Dana', 'Marco'], ['budget'], 40, ['Dana, Marco · #budget']],
    ['people only', ['Dana', 'Marco'], [], 40, ['Dana, Marco']],
    ['tags only', [], ['1:1', 'budget'], 40, ['#1:1 #budget']],
    [
      'broken between names',
      ['Dana Whitfield', 'Marco Rossi'],
      ['budget'],
      20,
      ['Dana Whitfield,', 'Marco Rossi ·', '#budget'],
    ],
    ['a name wider than a line is cut', ['Bartholomew-Featherstonehaugh'], [], 12, ['Bartholomew…']],
    ['wide letters count as two', ['日本語の名前', 'Dana'], [], 14, ['日本語の名前,', 'Dana']],
    // Cut by characters, this name took 20 columns of a 10-column row.
    ['a wide name wider than a line is cut by columns', ['長い名前の長い名前の人'], [], 10, ['長い名前…']],
  ])('%s', (_name, people, tags, width, expected) => {
    const lines = foldPeopleAndTags(people, tags, width).map((line) => stripVTControlCharacters(line));
    expect(lines).toEqual(expected);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });
});
