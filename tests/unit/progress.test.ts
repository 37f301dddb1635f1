import { describe, expect, it } from 'vitest';
import { progressBar, renderBar } from '../../src/ui/progress.js';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (text: string) => written.push(text) > 0 } as never };
}

describe('progress bar', () => {
  it('draws a bar with percentage and counts', () => {
    expect(renderBar('exporting', 0, 1000)).toBe(`exporting [${'-'.repeat(30)}] 0% 0/1000`);
    expect(renderBar('exporting', 500, 1000)).toBe(
      `exporting [${'#'.repeat(15)}${'-'.repeat(15)}] 50% 500/1000`,
    );
    expect(renderBar('importing', 1000, 1000)).toBe(`importing [${'#'.repeat(30)}] 100% 1000/1000`);
  });

  it('redraws on a terminal only when the percentage changes, and clears its line at the end', () => {
    const { written, stream } = fakeStream(true);
    const bar = progressBar(stream, 'exporting', 1000);
    for (let i = 1; i <= 1000; i++) bar.tick(i);
    bar.finish();
    expect(written).toHaveLength(102); // 0% … 100%, then the clear
    expect(written[0]).toBe(`\r${renderBar('exporting', 1, 1000)}`);
    expect(written.at(-1)).toBe('\r\u001b[K');
  });

  it('writes nothing when stderr is not a terminal, or for a few items', () => {
    for (const [tty, total] of [
      [false, 100_000],
      [true, 10],
    ] as const) {
      const { written, stream } = fakeStream(tty);
      const bar = progressBar(stream, 'exporting', total);
      for (let i = 1; i <= total; i++) bar.tick(i);
      bar.finish();
      expect(written).toEqual([]);
    }
  });
});
