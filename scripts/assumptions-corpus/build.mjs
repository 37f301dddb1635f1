// Writes tests/fixtures/assumptions-corpus/ (the shared corpus format) from the split sources (dev, heldout*).
// Run: node scripts/assumptions-corpus/build.mjs
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

const out = new URL('../../tests/fixtures/assumptions-corpus/', import.meta.url);
const halves = [
  'dev',
  'heldout',
  'heldout2',
  'heldout3',
  'heldout4',
  'heldout5',
  'heldout6',
  'heldout7',
  'heldout8',
  'heldout9',
  'heldout10',
  'heldout11',
  'heldout12',
  'heldout13',
  'heldout14',
  'heldout15',
  'heldout16',
  'heldout17',
  'heldout18',
  'heldout19',
  'heldout20',
  'heldout21',
  'heldout22',
].filter((h) => existsSync(new URL(`./${h}.mjs`, import.meta.url)));

rmSync(new URL('entries/', out), { recursive: true, force: true });
mkdirSync(new URL('entries/', out), { recursive: true });

const manifest = [];
const statements = [];
const groups = {};
const split = {};
// Who keeps each entry's journal: each split has two keepers, told apart by their group ids' prefix (`os4` / `fa2`).
const keepers = {};
let n = 0;
for (const half of halves) {
  const spec = await import(`./${half}.mjs`);
  for (const [id, [kind, label]] of Object.entries(spec.groups)) groups[id] = { kind, label };
  for (const e of spec.entries) {
    n += 1;
    const file = `${String(n).padStart(3, '0')}.json`;
    const set = e.set === 'L' ? 'left-hand-column' : 'ladder-of-inference';
    const answers = { situation: e.situation };
    if (e.set === 'L') {
      answers.dialogue = e.lines.map(([said, unsaid]) => ({ said, unsaid }));
      answers.assumptions = e.assumptions.map(([t]) => t);
    } else {
      answers.data = Array.isArray(e.lines) ? e.lines.join('\n') : e.lines; // some splits write the data as a list of lines
      answers.assumptions = e.assumptions.map(([t]) => t);
    }
    const entry = { title: e.title, date: e.date, people: e.people, tags: e.tags, answers };
    writeFileSync(new URL(`entries/${file}`, out), `${JSON.stringify(entry, null, 2)}\n`);
    manifest.push({ file, set });
    split[file] = half;
    const [, first] = e.assumptions[0];
    keepers[file] = `${half}:${first
      .replace(/^u/, '')
      .replace(/-(not|rev)$/, '')
      .replace(/\d+$/, '')}`;
    for (const [text, group] of e.assumptions) {
      if (!/^u/.test(group) && !(group in groups)) throw new Error(`unknown group ${group}`);
      if (/^u/.test(group)) groups[group] = { kind: 'singleton', label: text };
      statements.push({ text, group, file });
    }
  }
}
const texts = new Set();
for (const s of statements) {
  if (texts.has(s.text)) throw new Error(`duplicate ${s.text}`);
  texts.add(s.text);
}
const ids = Object.keys(groups);
const opposites = ids.filter((g) => g.endsWith('-not')).map((g) => [g.slice(0, -4), g]);
const directions = ids.filter((g) => g.endsWith('-rev')).map((g) => [g.slice(0, -4), g]);
const labels = {
  schema: 1,
  corpus: 'assumptions-own',
  range: { from: '2027-02-22', to: '2028-02-01' },
  statements,
  groups,
  opposites,
  directions,
};
writeFileSync(new URL('manifest.json', out), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(new URL('labels.json', out), `${JSON.stringify(labels, null, 2)}\n`);
writeFileSync(new URL('split.json', out), `${JSON.stringify(split, null, 2)}\n`);
writeFileSync(new URL('keepers.json', out), `${JSON.stringify(keepers, null, 2)}\n`);
const recurring = new Map();
for (const s of statements) {
  const files = recurring.get(s.group) ?? new Set();
  files.add(s.file);
  recurring.set(s.group, files);
}
const para = [...recurring].filter(([g, f]) => groups[g].kind === 'paraphrase' && f.size >= 2).length;
console.log(
  `${manifest.length} entries, ${statements.length} statements, ${para} recurring paraphrase groups`,
);
