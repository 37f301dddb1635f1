import { closeSync, openSync, readSync } from 'node:fs';

/**
 * Reads a JSON document of the shape `{"key": value, "entries": [element, …], …}` without holding it in
 * memory: the elements of the arrays named in `stream` are handed over one at a time as text (parsed by
 * the caller with the native JSON.parse, which also validates them), every other top-level value is parsed
 * whole. Only the structure is checked here: string boundaries, brackets, commas and colons between values.
 */

export class JsonScanError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'JsonScanError';
  }
}

export interface ScanHandlers {
  /** Top-level keys whose array elements are streamed. */
  stream: ReadonlySet<string>;
  /** A streamed array begins (its key), before its first element. */
  onArray?(key: string): void;
  /** One element of a streamed array, as JSON text ('' when `wantsText` declined it). */
  onElement(key: string, index: number, text: string): void;
  /** Whether an element's text is needed; a pass that only counts saves copying and decoding it. */
  wantsText?(key: string, index: number): boolean;
  /** Any other top-level value, parsed. */
  onValue(key: string, value: unknown): void;
}

const CHUNK = 1 << 20;
const Q = 0x22; // "
const BS = 0x5c; // \
const LF = 0x0a;

type Mode =
  | 'start'
  | 'key'
  | 'colon'
  | 'value'
  | 'inValue'
  | 'afterValue'
  | 'element'
  | 'inElement'
  | 'afterElement'
  | 'end';

export function scanJsonFile(path: string, handlers: ScanHandlers): void {
  const fd = openSync(path, 'r');
  try {
    const scanner = new Scanner(handlers);
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null);
      if (n === 0) break;
      scanner.push(buffer.subarray(0, n));
    }
    scanner.finish();
  } finally {
    closeSync(fd);
  }
}

/** Exposed for tests: feed chunks, then finish. */
export class Scanner {
  private mode: Mode = 'start';
  private inString = false;
  private escaped = false;
  /** Bracket depth inside the value being captured. */
  private depth = 0;
  private parts: Buffer[] = [];
  private captureFrom = -1;
  private key = '';
  private keys = 0;
  private index = 0;
  private line = 1;
  private sawAnything = false;
  private first = true;

  constructor(private readonly handlers: ScanHandlers) {}

  push(chunk: Buffer): void {
    let pos = 0;
    if (this.first) {
      this.first = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) pos = 3;
    }
    if (this.captureFrom === -2) this.captureFrom = 0;
    const length = chunk.length;
    while (pos < length) {
      if (this.inString) {
        pos = this.skipString(chunk, pos);
        continue;
      }
      const c = chunk[pos]!;
      if (c === LF) this.line++;
      if (c === 0x20 || c === LF || c === 0x0d || c === 0x09) {
        if (this.mode === 'inValue' || this.mode === 'inElement') {
          if (this.depth === 0) this.endCapture(chunk, pos);
        }
        pos++;
        continue;
      }
      this.sawAnything = true;
      switch (this.mode) {
        case 'start':
          if (c !== 0x7b) throw this.error('expected a JSON object at the top level');
          this.mode = 'key';
          break;
        case 'key':
          if (c === 0x7d && this.keys === 0) {
            this.mode = 'end';
          } else if (c === Q) {
            this.startCapture(pos);
            this.inString = true;
          } else throw this.error('expected a property name in double quotes');
          break;
        case 'colon':
          if (c !== 0x3a) throw this.error(`expected ":" after "${this.key}"`);
          this.mode = 'value';
          break;
        case 'value':
          if (c === 0x7d || c === 0x5d || c === 0x2c || c === 0x3a) {
            throw this.error(`expected a value for "${this.key}"`);
          }
          if (c === 0x5b && this.handlers.stream.has(this.key)) {
            this.index = 0;
            this.handlers.onArray?.(this.key);
            this.mode = 'element';
          } else {
            this.mode = 'inValue';
            this.startCapture(pos);
            this.open(c);
          }
          break;
        case 'inValue':
        case 'inElement':
          if (this.depth === 0 && (c === 0x2c || c === 0x7d || c === 0x5d)) {
            this.endCapture(chunk, pos);
            continue; // the separator is handled in the after-mode
          }
          this.open(c);
          break;
        case 'afterValue':
          this.keys++;
          if (c === 0x2c) this.mode = 'key';
          else if (c === 0x7d) this.mode = 'end';
          else throw this.error(`expected "," or "}" after the value of "${this.key}"`);
          this.key = '';
          break;
        case 'element':
          if (c === 0x5d && this.index === 0) {
            this.mode = 'afterValue';
          } else if (c === 0x5d || c === 0x2c || c === 0x7d || c === 0x3a) {
            throw this.error(`expected a value in ${this.key}[${this.index}]`);
          } else {
            this.mode = 'inElement';
            this.startCapture(pos);
            this.open(c);
          }
          break;
        case 'afterElement':
          if (c === 0x2c) {
            this.index++;
            this.mode = 'element';
          } else if (c === 0x5d) {
            this.mode = 'afterValue';
          } else throw this.error(`expected "," or "]" after ${this.key}[${this.index}]`);
          break;
        case 'end':
          throw this.error('unexpected text after the end of the JSON document');
      }
      pos++;
    }
    if (this.captureFrom >= 0) {
      this.parts.push(Buffer.from(chunk.subarray(this.captureFrom)));
      this.captureFrom = -2; // continue capturing from the start of the next chunk
    }
  }

  finish(): void {
    if (this.mode === 'inValue' && this.depth === 0 && !this.inString) {
      this.endCapture(Buffer.alloc(0), 0);
    }
    if (!this.sawAnything) throw this.error('the file is empty');
    if (this.mode !== 'end') throw this.error('the JSON document ends too early (truncated file?)');
  }

  /**
   * Inside a string: jump to its closing quote with indexOf (strings are most of the bytes), then count the
   * backslashes before it to tell an escaped quote from the real end.
   */
  private skipString(chunk: Buffer, from: number): number {
    let pos = from;
    if (this.escaped) {
      this.escaped = false;
      pos++;
    }
    for (;;) {
      const quote = chunk.indexOf(Q, pos);
      const end = quote === -1 ? chunk.length : quote;
      let slashes = 0;
      while (end - slashes - 1 >= pos && chunk[end - slashes - 1] === BS) slashes++;
      if (quote === -1) {
        this.escaped = slashes % 2 === 1;
        return chunk.length;
      }
      if (slashes % 2 === 1) {
        pos = quote + 1;
        continue;
      }
      this.inString = false;
      if (this.mode === 'key') this.finishKey(chunk, quote + 1);
      return quote + 1;
    }
  }

  private open(c: number): void {
    if (c === Q) this.inString = true;
    else if (c === 0x7b || c === 0x5b) this.depth++;
    else if (c === 0x7d || c === 0x5d) {
      this.depth--;
      if (this.depth < 0) throw this.error('unbalanced brackets');
    }
  }

  private startCapture(pos: number): void {
    this.parts = [];
    this.captureFrom = pos;
    this.depth = 0;
  }

  private takeCapture(chunk: Buffer, end: number): string {
    const tail = chunk.subarray(Math.max(this.captureFrom, 0), end);
    const text = this.parts.length
      ? Buffer.concat([...this.parts, tail]).toString('utf8')
      : tail.toString('utf8');
    this.parts = [];
    this.captureFrom = -1;
    return text;
  }

  private finishKey(chunk: Buffer, end: number): void {
    this.key = JSON.parse(this.takeCapture(chunk, end)) as string;
    this.mode = 'colon';
  }

  private endCapture(chunk: Buffer, end: number): void {
    if (this.mode === 'inElement') {
      this.mode = 'afterElement';
      const wanted = this.handlers.wantsText?.(this.key, this.index) ?? true;
      let text = '';
      if (wanted) text = this.takeCapture(chunk, end);
      else {
        this.parts = [];
        this.captureFrom = -1;
      }
      this.handlers.onElement(this.key, this.index, text);
      return;
    }
    const text = this.takeCapture(chunk, end);
    this.mode = 'afterValue';
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new JsonScanError(`${this.key}: not valid JSON (${(error as Error).message})`, this.line);
    }
    this.handlers.onValue(this.key, value);
  }

  private error(message: string): JsonScanError {
    return new JsonScanError(message, this.line);
  }
}
