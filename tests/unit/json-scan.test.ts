import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonScanError, Scanner } from '../../src/export/json-scan.js';

/** Scans `text` fed in chunks of `size` bytes; returns what the handlers saw. */
function scan(text: string, size = 1 << 20) {
  // No prototype: a top-level key "__proto__" (fast-check finds it) must stay a plain key, as in JSON.parse.
  const values: Record<string, unknown> = Object.create(null);
  const elements: [string, number, unknown][] = [];
  const scanner = new Scanner({
    stream: new Set(['entries']),
    onValue: (key, value) => {
      values[key] = value;
    },
    onElement: (key, index, json) => {
      elements.push([key, index, JSON.parse(json)]);
    },
  });
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) scanner.push(bytes.subarray(i, i + size));
  scanner.finish();
  return { values, elements };
}

describe('streaming JSON scanner', () => {
  it('streams the entries array and parses the other top-level values, at any chunk size', () => {
    const doc = JSON.stringify(
      {
        format: 'x',
        n: -1.5e3,
        t: true,
        z: null,
        nested: { a: [1, { b: '}]' }] },
        entries: [{ s: 'a "quoted" \\ back\\\\slash ] } , :' }, 'ünï😀', 7, [], {}],
      },
      null,
      1,
    );
    const whole = scan(doc);
    for (const size of [1, 2, 3, 7, 64]) expect(scan(doc, size)).toEqual(whole);
    expect(whole.values).toEqual({
      format: 'x',
      n: -1500,
      t: true,
      z: null,
      nested: { a: [1, { b: '}]' }] },
    });
    expect(whole.elements.map((e) => e[2])).toEqual([
      { s: 'a "quoted" \\ back\\\\slash ] } , :' },
      'ünï😀',
      7,
      [],
      {},
    ]);
  });

  it('agrees with JSON.parse on arbitrary documents split anywhere', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.array(fc.jsonValue(), { maxLength: 5 }),
        fc.integer({ min: 1, max: 40 }),
        (top, entries, size) => {
          const doc = JSON.stringify({ ...top, entries }, null, size % 3);
          const seen = scan(doc, size);
          // Equality through JSON.stringify: JSON drops -0 and keeps key order.
          expect(JSON.stringify(seen.elements.map((e) => e[2]))).toBe(JSON.stringify(entries));
          const { entries: _, ...rest } = JSON.parse(doc);
          expect(JSON.stringify(seen.values)).toBe(JSON.stringify(rest));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('skips a byte order mark', () => {
    expect(scan('\ufeff{"entries": [1]}').elements).toEqual([['entries', 0, 1]]);
  });

  it.each([
    ['', 'the file is empty'],
    ['   \n', 'the file is empty'],
    ['[1, 2]', 'expected a JSON object at the top level'],
    ['"text"', 'expected a JSON object at the top level'],
    ['{"entries": [1, 2]', 'ends too early'],
    ['{"a": 1', 'ends too early'],
    ['{"a" 1}', 'expected ":" after "a"'],
    ['{"a": }', 'expected a value for "a"'],
    ['{a: 1}', 'expected a property name'],
    ['{"a": 1 "b": 2}', 'expected "," or "}"'],
    ['{"entries": [1 2]}', 'expected "," or "]" after entries[0]'],
    ['{"entries": [1,]}', 'expected a value in entries[1]'],
    ['{"a": 1,}', 'expected a property name'],
    ['{"a": 1} x', 'unexpected text after the end'],
    ['{"a": tru}', 'not valid JSON'],
    ['{"a": "unterminated}', 'ends too early'],
  ])('refuses %j: %s', (doc, message) => {
    expect(() => scan(doc)).toThrow(JsonScanError);
    expect(() => scan(doc)).toThrow(message);
  });

  it('counts lines for messages', () => {
    try {
      scan('{\n"a": 1,\n\n"b" 2}');
      expect.unreachable();
    } catch (error) {
      expect((error as JsonScanError).line).toBe(4);
    }
  });
});
