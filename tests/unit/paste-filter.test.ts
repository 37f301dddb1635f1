import { describe, expect, it } from 'vitest';
import {
  BACK_KEY,
  BACK_PRESSED,
  createPasteFilter,
  PASTE_IGNORED,
  PASTED_BREAK,
  type PasteHandling,
} from '../../src/ui/paste.js';

async function filtered(breaks: PasteHandling, chunks: string[]): Promise<string> {
  const filter = createPasteFilter(breaks, { back: true });
  let out = '';
  filter.on('data', (data: Buffer | string) => {
    out += data.toString();
  });
  for (const chunk of chunks) filter.write(Buffer.from(chunk));
  filter.end();
  await new Promise((resolve) => filter.on('end', resolve));
  return out;
}

const S = '\u001b[200~';
const E = '\u001b[201~';
const B = PASTED_BREAK;

describe('createPasteFilter', () => {
  it.each<[string, PasteHandling, string[], string]>([
    ['typed keys pass through, Enter included', 'join', ['ab\r'], 'ab\r'],
    ['a paste of two lines becomes one', 'join', [`${S}one\r\ntwo${E}`], 'one two'],
    ['breaks at the ends of a paste are dropped', 'join', [`${S}\rone\r\r${E}\r`], 'one\r'],
    ['a paste keeps its lines as breaks', 'lines', [`${S}one\r\rtwo\r${E}`], `one${B}${B}two`],
    ['an end marker split over two reads', 'join', [`${S}one\rtwo\u001b[20`, `1~\r`], 'one two\r'],
    ['a \\r\\n split over two reads is one break', 'lines', [`${S}one\r`, `\ntwo${E}`], `one${B}two`],
    ['a number takes a pasted whole number, without its line break', 'number', [`${S} 42\r\n${E}`], '42'],
    ['a number takes a paste split over reads', 'number', [`${S}-1`, `2${E}\r`], '-12\r'],
    ['a number drops a paste that is not a whole number', 'number', [`7${S}4.5\r${E}`], '7'],
    ['a number drops pasted words', 'number', [`${S}forty two${E}`], ''],
    ['a choice drops a paste and keeps typed keys', 'ignore', [`${S}1 n\r${E}`, 'o'], 'o'],
    [
      'the back key never reaches the prompt, nor what follows it in that read',
      'join',
      [`ab${BACK_KEY}c\r`],
      'ab',
    ],
    ['a pasted back key is only text', 'lines', [`${S}a${BACK_KEY}b${E}`], `a${BACK_KEY}b`],
  ])('%s', async (_name, breaks, chunks, expected) => {
    expect(await filtered(breaks, chunks)).toBe(expected);
  });

  it('says when it drops a paste, and only then', async () => {
    const filter = createPasteFilter('ignore');
    let ignored = 0;
    filter.on(PASTE_IGNORED, () => {
      ignored += 1;
    });
    filter.resume();
    filter.write(`n${S}same as 1${E}`);
    filter.write(`${S}\r${E}`);
    expect(ignored).toBe(1);
  });

  it('says when the back key is typed, in every kind of prompt, and not when it is pasted', async () => {
    for (const handling of ['join', 'lines', 'number', 'ignore'] as const) {
      const filter = createPasteFilter(handling, { back: true });
      let back = 0;
      filter.on(BACK_PRESSED, () => {
        back += 1;
      });
      filter.resume();
      filter.write(`${S}x${BACK_KEY}${E}`);
      expect(back).toBe(0);
      filter.write(`x${BACK_KEY}`);
      expect(back).toBe(1);
    }
  });

  it('lets the back key through when the prompt has nothing to go back to', async () => {
    const filter = createPasteFilter('join');
    let back = 0;
    let out = '';
    filter.on(BACK_PRESSED, () => {
      back += 1;
    });
    filter.on('data', (data: Buffer | string) => {
      out += data.toString();
    });
    filter.write(`a${BACK_KEY}`);
    expect(back).toBe(0);
    expect(out).toBe(`a${BACK_KEY}`);
  });
});
