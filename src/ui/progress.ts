/**
 * A one-line progress bar for long exports and imports. Only on a terminal: when stderr is a file or a
 * pipe nothing is written, so logs stay clean.
 */
export interface Progress {
  tick(done: number): void;
  finish(): void;
}

const NONE: Progress = { tick: () => {}, finish: () => {} };
const WIDTH = 30;
/** Below this many items the work is over before a bar would help. */
const MIN_ITEMS = 500;

export function progressBar(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  label: string,
  total: number,
): Progress {
  if (!stream.isTTY || total < MIN_ITEMS) return NONE;
  let last = -1;
  let shown = false;
  return {
    tick(done) {
      const percent = Math.floor((done / total) * 100);
      if (percent === last) return;
      last = percent;
      shown = true;
      stream.write(`\r${renderBar(label, done, total)}`);
    },
    finish() {
      if (shown) stream.write('\r\u001b[K');
    },
  };
}

export function renderBar(label: string, done: number, total: number): string {
  const ratio = total === 0 ? 1 : Math.min(done / total, 1);
  const filled = Math.round(ratio * WIDTH);
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.floor(ratio * 100)}% ${done}/${total}`;
}
