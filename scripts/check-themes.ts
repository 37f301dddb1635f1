// Reviews the hand lexicon and the theme table for phrases that could cause false merges or dead entries:
//   npx tsx scripts/check-themes.ts [--corpus <dir> --split <name>]
// 1. the same stemmed phrase under two different concepts (the first one would always win);
// 2. single-word theme phrases (every one of them is worth a second look: everyday meanings merge);
// 3. with --corpus: which theme phrases occur in the statements of a split (to keep a held-out split honest).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_CONCEPTS } from '../src/domain/assumptions/events.js';
import { CONCEPTS } from '../src/domain/assumptions/lexicon.js';
import { stem } from '../src/domain/assumptions/stem.js';
import { THEMES } from '../src/domain/assumptions/themes.js';

const key = (phrase: string) =>
  phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => (w === '*' || w === '@' ? w : stem(w)))
    .join(' ');

const owners = new Map<string, Set<string>>();
let phrases = 0;
for (const c of [...CONCEPTS, ...THEMES, ...EVENT_CONCEPTS]) {
  for (const [list, sign] of [
    [c.pos, '+'],
    [c.neg ?? [], '-'],
  ] as const) {
    for (const p of list) {
      phrases++;
      const k = key(p);
      const set = owners.get(k) ?? new Set<string>();
      set.add(`${c.id}${sign}`);
      owners.set(k, set);
    }
  }
}
const themeIds = new Set(THEMES.map((t) => t.id));
const conceptIds = new Set(CONCEPTS.map((c) => c.id));
const newThemes = [...themeIds].filter((id) => !conceptIds.has(id));
console.log(
  `${conceptIds.size} lexicon concepts, ${themeIds.size} theme entries (${newThemes.length} new themes), ` +
    `${conceptIds.size + newThemes.length} concepts in all, ${phrases} phrases`,
);
let clashes = 0;
for (const [k, set] of owners) {
  if (set.size < 2) continue;
  clashes++;
  console.log(`clash: "${k}" in ${[...set].join(', ')}`);
}
console.log(`${clashes} clashes`);
const single = THEMES.flatMap((t) => [...t.pos, ...(t.neg ?? [])].filter((p) => !/[\s*]/.test(p)));
console.log(`${single.length} single-word theme phrases: ${single.join(', ')}`);

const at = process.argv.indexOf('--corpus');
if (at >= 0) {
  const dir = process.argv[at + 1]!;
  const split = process.argv[process.argv.indexOf('--split') + 1];
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as {
    statements: Array<{ text: string; file: string }>;
  };
  const splitOf = JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8')) as Record<string, string>;
  const texts = labels.statements
    .filter((s) => split === undefined || splitOf[s.file] === split)
    .map(
      (s) =>
        ` ${s.text
          .toLowerCase()
          .split(/[^a-z']+/)
          .filter(Boolean)
          .map(stem)
          .join(' ')} `,
    );
  for (const t of THEMES) {
    for (const p of [...t.pos, ...(t.neg ?? [])]) {
      const re = new RegExp(
        ` ${key(p).replace(/\*/g, '(?:\\S+ ){0,3}').replace(/ \(/g, ' (').replace(/\) /g, ') ')} `.replace(
          /\) \(/g,
          ')(',
        ),
      );
      const hits = texts.filter((x) => re.test(x)).length;
      if (hits > 0) console.log(`  ${t.id}: "${p}" in ${hits}`);
    }
  }
}
