import { describe, expect, it } from 'vitest';
import { createPasteFilter, PASTED_BREAK, type PasteBreaks } from '../../src/ui/paste.js';

async function filtered(breaks: PasteBreaks, chunks: string[]): Promise<string> {
  const filter = createPasteFilter(breaks);
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
  it.each<[string, PasteBreaks, string[], string]>([
    ['typed keys pass through, Enter included', 'join', ['ab\r'], 'ab\r'],
    ['a paste of two lines becomes one', 'join', [`${S}one\r\ntwo${E}`], 'one two'],
    ['breaks at the ends of a paste are dropped', 'join', [`${S}\rone\r\r${E}\r`], 'one\r'],
    ['a paste keeps its lines as breaks', 'lines', [`${S}one\r\rtwo\r${E}`], `one${B}${B}two`],
    ['an end marker split over two reads', 'join', [`${S}one\rtwo\u001b[20`, `1~\r`], 'one two\r'],
    ['a \\r\\n split over two reads is one break', 'lines', [`${S}one\r`, `\ntwo${E}`], `one${B}two`],
  ])('%s', async (_name, breaks, chunks, expected) => {
    expect(await filtered(breaks, chunks)).toBe(expected);
  });
});
