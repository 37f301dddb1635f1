import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstKey, splitKeys, TypeAhead } from '../../src/ui/type-ahead.js';

const PASTE = (text: string) => `\u001b[200~${text}\u001b[201~`;

describe('splitKeys', () => {
  it('splits characters, Enter and escape sequences into keys', () => {
    expect(splitKeys('ab\r')).toEqual(['a', 'b', '\r']);
    expect(splitKeys('a\r\nb')).toEqual(['a', '\r\n', 'b']);
    expect(splitKeys('\u001b[A\u001b[1;5Cx')).toEqual(['\u001b[A', '\u001b[1;5C', 'x']); // up, Ctrl-right
    expect(splitKeys('\u001bOP\u001bb\u001b\u001b[D')).toEqual(['\u001bOP', '\u001bb', '\u001b\u001b[D']); // F1, Alt-b, Alt-left
    expect(splitKeys('\u001b[3~\u0010\u0003')).toEqual(['\u001b[3~', '\u0010', '\u0003']); // Delete, Ctrl-P, Ctrl-C
    expect(splitKeys('é😀\u001b')).toEqual(['é', '😀', '\u001b']); // an Esc at the end stays a key of its own
  });

  it('keeps a bracketed paste whole, line breaks and all, and an unfinished one open', () => {
    expect(splitKeys(`x${PASTE('one\rtwo\r')}\r`)).toEqual(['x', PASTE('one\rtwo\r'), '\r']);
    expect(firstKey('\u001b[200~one\rtw', false)).toEqual({ key: '\u001b[200~one\rtw', pasting: true });
    expect(firstKey('o\r\u001b[201~\r', true)).toEqual({ key: 'o\r\u001b[201~', pasting: false });
  });

  it('loses nothing: the keys put together are the text', () => {
    const piece = fc.constantFrom(
      'a',
      'é',
      '😀',
      '\r',
      '\n',
      '\u001b',
      '[',
      'O',
      '1',
      ';',
      '~',
      '\u001b[200~',
      '\u001b[201~',
    );
    fc.assert(
      fc.property(fc.array(piece), fc.boolean(), (pieces, pasting) => {
        const text = pieces.join('');
        const keys = splitKeys(text, pasting);
        expect(keys.join('')).toBe(text);
        expect(keys.every((key) => key !== '')).toBe(true);
      }),
    );
  });
});

/** A terminal's stdin: `type` delivers a read while it is being read (resumed), as a TTY stream does. */
class FakeTerminal extends EventEmitter {
  reading = false;
  held: Buffer[] = [];
  resume() {
    this.reading = true;
    for (const chunk of this.held.splice(0)) this.emit('data', chunk);
  }
  pause() {
    this.reading = false;
  }
  type(text: string | Buffer) {
    const chunk = Buffer.from(text);
    if (this.reading) this.emit('data', chunk);
    else this.held.push(chunk);
  }
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A prompt that takes keys until Enter (a paste never presses it) or until `endsOn` says so, as inquirer's line
 * prompts do; it resolves with what it took.
 */
function prompt(keys: TypeAhead, endsOn: (key: string) => boolean = (key) => key === '\r'): Promise<string> {
  return new Promise((resolve) => {
    let taken = '';
    const stop = keys.open((key) => {
      taken += key;
      if (!endsOn(key)) return;
      // The prompt settles in a later microtask, as inquirer's do (validation is awaited).
      void Promise.resolve().then(() => {
        stop();
        resolve(taken);
      });
    });
  });
}

describe('TypeAhead', () => {
  it('hands the keys read with an Enter that ends a prompt to the next prompts', async () => {
    const terminal = new FakeTerminal();
    const keys = new TypeAhead(terminal);
    const first = prompt(keys);
    await turn();
    terminal.type('one\rtwo\rthree');
    expect(await first).toBe('one\r');
    expect(terminal.reading).toBe(false); // between prompts stdin is not read
    expect(await prompt(keys)).toBe('two\r');
    const third = prompt(keys);
    await turn();
    terminal.type('\r');
    expect(await third).toBe('three\r');
    expect(keys.pending).toBe('');
  });

  it('gives a prompt no key before its first turn, so a prompt that starts listening then misses none', async () => {
    const terminal = new FakeTerminal();
    const keys = new TypeAhead(terminal);
    terminal.type('ab\r');
    const taken: string[] = [];
    const stop = keys.open((key) => taken.push(key));
    expect(taken).toEqual([]);
    for (let n = 0; n < 5; n++) await turn();
    expect(taken).toEqual(['a', 'b', '\r']);
    stop();
  });

  it('keeps a one-key prompt to its key, a paste whole, and characters split over two reads', async () => {
    const terminal = new FakeTerminal();
    const keys = new TypeAhead(terminal);
    const oneKey = prompt(keys, () => true);
    await turn();
    const text = Buffer.from(`1${PASTE('a\rb')}é\r`);
    const split = text.length - 2; // between the two bytes of "é"
    terminal.type(text.subarray(0, split));
    expect(await oneKey).toBe('1');
    const line = prompt(keys);
    await turn();
    terminal.type(text.subarray(split));
    expect(await line).toBe(`${PASTE('a\rb')}é\r`);
  });

  it('leaves keys not taken when a prompt ends some other way (Ctrl-C, the back key)', async () => {
    const terminal = new FakeTerminal();
    const keys = new TypeAhead(terminal);
    const backed = prompt(keys, (key) => key === '\u0010');
    await turn();
    terminal.type('ab\u0010cd\r');
    expect(await backed).toBe('ab\u0010');
    expect(keys.pending).toBe('cd\r');
    expect(await prompt(keys)).toBe('cd\r');
  });
});
