/**
 * Keys typed ahead. Each prompt reads the terminal through its own readline (inquirer), which takes a whole read
 * of stdin at once: keys typed or pasted faster than the prompts come (a burst, a paste without bracketed paste
 * mode, keys typed while a draft is saved) arrive in the same read as the Enter that ends a prompt, and the
 * closing prompt swallowed them. Inquirer also drops, on purpose, what arrives before a new prompt has started
 * (the first turn after it is created).
 *
 * So the keys are read here, one queue for the whole process, and handed to the prompt that is showing one key at
 * a time, each after the prompt has had a turn to take the one before: when a key ends the prompt, the keys after
 * it stay queued for the next prompt. stdin is read only while a prompt is showing (an editor or the shell may
 * read it otherwise); what arrives in between waits in the terminal.
 */
import type { EventEmitter } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import { PASTE_END, PASTE_START } from './paste.js';

const ESC = '\u001b';

/**
 * The first key of `text` and whether a bracketed paste is still open after it. A key is one character, an
 * escape sequence (arrows, function keys, Alt with a key), or "\r\n" (one Enter); a bracketed paste is one key
 * from its start marker to its end marker (a paste never presses Enter), or to the end of `text` while its end
 * has not arrived (`pasting`).
 */
export function firstKey(text: string, pasting: boolean): { key: string; pasting: boolean } {
  if (pasting || text.startsWith(PASTE_START)) {
    const from = pasting ? 0 : PASTE_START.length;
    const end = text.indexOf(PASTE_END, from);
    return end === -1
      ? { key: text, pasting: true }
      : { key: text.slice(0, end + PASTE_END.length), pasting: false };
  }
  return { key: text.slice(0, keyLength(text)), pasting: false };
}

function keyLength(text: string): number {
  if (text.startsWith('\r\n')) return 2;
  if (text[0] !== ESC || text.length === 1) return String.fromCodePoint(text.codePointAt(0)!).length;
  if (text[1] === ESC) return 1 + keyLength(text.slice(1)); // Alt with an arrow: ESC ESC [ A
  if (text[1] === 'O') return Math.min(3, text.length);
  if (text[1] !== '[') return 1 + String.fromCodePoint(text.codePointAt(1)!).length;
  // CSI: parameter and intermediate bytes (0x20-0x3f), then one final byte (0x40-0x7e).
  for (let at = 2; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 0x40 && code <= 0x7e) return at + 1;
    if (code < 0x20 || code > 0x3f) return at;
  }
  return text.length;
}

/** Splits `text` into keys (see `firstKey`). */
export function splitKeys(text: string, pasting = false): string[] {
  const keys: string[] = [];
  let rest = text;
  let open = pasting;
  while (rest !== '') {
    const next = firstKey(rest, open);
    keys.push(next.key);
    open = next.pasting;
    rest = rest.slice(next.key.length);
  }
  return keys;
}

type KeySource = EventEmitter & { resume(): unknown; pause(): unknown };

/** Where the showing prompt takes its keys. */
export type KeySink = (keys: string) => void;

export class TypeAhead {
  private readonly decoder = new StringDecoder('utf8');
  /** Keys read and not yet handed to a prompt. */
  private queued = '';
  private pasting = false;
  /** The prompt taking keys now, once it listens. */
  private taking: { sink: KeySink } | undefined;
  private reading = false;
  private handing = false;
  private readonly onData = (chunk: Buffer | string) => {
    this.queued += typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    void this.hand();
  };

  constructor(
    private readonly source: KeySource,
    /** One turn of the event loop: a key's effects (a prompt ending) are settled after it. */
    private readonly turn: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve)),
  ) {}

  /**
   * Hands keys to `sink` — those typed ahead first — from the next turn on (a prompt created just before starts
   * listening then), until the returned function is called; keys it has not taken stay queued.
   */
  open(sink: KeySink): () => void {
    const session = { sink, closed: false };
    if (!this.reading) {
      this.reading = true;
      this.source.on('data', this.onData);
    }
    this.source.resume();
    void this.turn().then(() => {
      if (session.closed) return;
      this.taking = session;
      void this.hand();
    });
    return () => {
      session.closed = true;
      if (this.taking === session) this.taking = undefined;
      this.reading = false;
      this.source.removeListener('data', this.onData);
      this.source.pause();
    };
  }

  /** Keys read and not taken yet. */
  get pending(): string {
    return this.queued;
  }

  private async hand(): Promise<void> {
    if (this.handing) return;
    this.handing = true;
    try {
      while (this.taking !== undefined && this.queued !== '') {
        const { key, pasting } = firstKey(this.queued, this.pasting);
        this.queued = this.queued.slice(key.length);
        this.pasting = pasting;
        this.taking.sink(key);
        await this.turn();
      }
    } finally {
      this.handing = false;
    }
  }
}

let stdinKeys: TypeAhead | undefined;

/** The keys of this process's terminal, queued between prompts. */
export function terminalKeys(): TypeAhead {
  stdinKeys ??= new TypeAhead(process.stdin);
  return stdinKeys;
}
