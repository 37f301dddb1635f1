/**
 * Builds realistic journals for the benchmarks (and for tests that need a big journal) through the store layer:
 * one transaction, prepared statements, a seeded PRNG — the same journal every run.
 *
 *   node --import tsx bench/generate.ts 100000 [seed]     # writes bench/.journals/journal-100000-s1-….db
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnswerMap, DialogueLine, PromptSet, Step } from '../src/domain/types.js';
import { builtinSets } from '../src/prompt-catalog.js';
import { openStore } from '../src/store/db.js';
import { insertEntry } from '../src/store/entries.js';
import { SCHEMA_VERSION } from '../src/store/migrations/index.js';
import { snapshotSet } from '../src/store/prompt-sets.js';

/** Bump when the generated content changes, so cached journals are rebuilt. */
const GENERATOR_VERSION = 2;
/** The journals end on the day the tests' fixed clock reads (REFLECT_NOW). */
export const JOURNAL_END = new Date('2026-11-24T09:00:00Z');
export const JOURNAL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '.journals');

export interface GenerateOptions {
  entries: number;
  seed?: number;
}

export interface GeneratedJournal {
  path: string;
  entries: number;
  /** Days between the first and the last entry. */
  spanDays: number;
  /** A word that occurs in roughly 1 of 50 entries (for `search`). */
  searchWord: string;
}

/** mulberry32: small, fast, and good enough to make text look varied. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = [
  'Dana',
  'Marco',
  'Priya',
  'Sam',
  'Jonas',
  'Aylin',
  'Chen Wei',
  'Fatou',
  'Lars',
  'Olga',
  'Mateo',
  'Noor',
  'Kenji',
  'Ingrid',
  'Tomás',
  'Zoë',
  'Ravi',
  'Hannah',
  'Oluwaseun',
  'Beatriz',
  'my manager',
  'the CFO',
];
const TAGS = [
  '1:1',
  'budget',
  'team',
  'retro',
  'hiring',
  'feedback',
  'planning',
  'family',
  'client',
  'incident',
  'promotion',
  'roadmap',
  'conflict',
  'offsite',
  'review',
];
const OPENINGS = [
  'In the weekly sync',
  'During the budget review',
  'At the end of our 1:1',
  'On the call with the client',
  'In the hallway after standup',
  'When we planned the quarter',
  'At dinner with my sister',
  'In the incident review',
  'While we went through the roadmap',
  'In the hiring debrief',
];
const SUBJECTS = [
  'the migration estimate',
  'my promotion case',
  'the release date',
  'who owns the on-call rota',
  'the new hire',
  'the design review',
  'the pricing change',
  'the holiday plans',
  'the reorg',
  'the demo',
];
const SAID = [
  "Let's keep this short, we're over time.",
  'The numbers look fine overall.',
  'Can we take this offline?',
  'I think we are aligned.',
  'Sure, I can pick that up.',
  'That was not what we agreed.',
  'We need this by Friday.',
  'Good point, let us park it.',
  'I hear you.',
  'Why was I not told earlier?',
  'It is fine, really.',
  'Can you send me the details?',
  'We tried that last year.',
  'Who decided this?',
];
const UNSAID = [
  'So my item gets squeezed again.',
  'They are off by a month.',
  'Nobody ever follows up offline.',
  'We are not aligned at all.',
  'I am already overloaded.',
  'I feel ignored.',
  'That is impossible.',
  'I should have said no.',
  'This always happens to me.',
  'I do not trust this plan.',
  'I am the only one who cares.',
];
const FEELINGS = [
  'anxious',
  'annoyed',
  'relieved',
  'embarrassed',
  'hopeful',
  'tired',
  'defensive',
  'curious',
  'frustrated',
  'small',
  'proud',
  'uneasy',
];
const ASSUMPTIONS = [
  "{p} doesn't want to hear bad news.",
  "If I push back I'll look difficult.",
  '{p} thinks I am not ready.',
  'Nobody reads the design docs.',
  '{p} has already decided.',
  'Asking for help looks weak.',
  'The team does not trust my estimates.',
  '{p} only cares about the deadline.',
  'I have to fix this alone.',
  'Raising it now would embarrass {p}.',
  'Management will not fund it anyway.',
  '{p} is testing me.',
];
const FILLER = [
  'I keep replaying the moment',
  'it felt like the same pattern as last month',
  'looking back it was smaller than it felt',
  'the room went quiet',
  'I noticed my shoulders tense up',
  'I wanted to say more',
  'the agenda was too full',
  'nobody wrote anything down',
  'I left with a knot in my stomach',
  'it could have gone either way',
  'there was a good reason behind it',
  'I had not slept well',
  'the tone was friendly enough',
  'my voice went flat',
];
/** Rare enough that `search` has to look, common enough that it finds 20. */
const SEARCH_WORD = 'lighthouse';

/** The subject as a title: its first letter in capitals ("the promotion case" → "The promotion case"). */
function capitalised(text: string): string {
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

/** Where a journal of this size lives in the cache (rebuilt when the schema or the generator changes). */
export function journalPath(options: GenerateOptions): string {
  const seed = options.seed ?? 1;
  return join(JOURNAL_DIR, `journal-${options.entries}-s${seed}-g${GENERATOR_VERSION}-v${SCHEMA_VERSION}.db`);
}

/** Returns the cached journal, building it first when it is missing. */
export function cachedJournal(options: GenerateOptions): GeneratedJournal {
  const path = journalPath(options);
  if (!existsSync(path)) {
    mkdirSync(JOURNAL_DIR, { recursive: true });
    const temp = `${path}.building`;
    rmSync(temp, { force: true });
    generateJournal(temp, options);
    renameSync(temp, path);
  }
  return describe(path, options);
}

function describe(path: string, options: GenerateOptions): GeneratedJournal {
  return { path, entries: options.entries, spanDays: spanDays(options.entries), searchWord: SEARCH_WORD };
}

/** 1k entries cover a year, 10k about nine years, 100k ten years (27 a day): a worst case for summaries. */
function spanDays(entries: number): number {
  return Math.min(3650, Math.max(365, Math.ceil(entries / 3)));
}

/** Writes a new journal at `path` (which must not exist) with `entries` entries. */
export function generateJournal(path: string, options: GenerateOptions): GeneratedJournal {
  if (existsSync(path)) throw new Error(`${path} exists; the generator only writes new journals`);
  const random = prng(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const sentence = (person: string) => {
    const words = `${pick(FILLER)}${random() < 0.3 ? `, and ${pick(FILLER)}` : ''}`.replace('{p}', person);
    return `${words[0]!.toUpperCase()}${words.slice(1)}.`;
  };
  // Answer lengths vary from a few words to several paragraphs (a few entries are long essays).
  const paragraph = (person: string) => {
    const roll = random();
    const count =
      roll < 0.5 ? between(1, 2) : roll < 0.9 ? between(3, 8) : roll < 0.99 ? between(10, 30) : 80;
    const parts: string[] = [];
    for (let i = 0; i < count; i++) parts.push(sentence(person));
    if (random() < 0.02) parts.push(`The ${SEARCH_WORD} metaphor came up again.`);
    return parts.join(random() < 0.2 ? '\n\n' : ' ');
  };

  const store = openStore(path);
  const { db } = store;
  try {
    const sets = builtinSets().map((c) => c.set);
    const lhc = sets.find((s) => s.id === 'left-hand-column')!;
    const ladder = sets.find((s) => s.id === 'ladder-of-inference')!;
    const span = spanDays(options.entries);
    const endMs = JOURNAL_END.getTime();
    const stepMs = (span * 86_400_000) / options.entries;
    db.pragma('synchronous = OFF');
    db.transaction(() => {
      for (const c of builtinSets()) snapshotSet(db, c.set, 'builtin', c.yaml, JOURNAL_END.toISOString());
      for (let i = 0; i < options.entries; i++) {
        const set = random() < 0.6 ? lhc : ladder;
        const people = Array.from({ length: between(0, 3) }, () => pick(PEOPLE));
        const person = people[0] ?? 'they';
        const at = new Date(endMs - (options.entries - 1 - i) * stepMs - Math.floor(random() * stepMs));
        const stamp = at.toISOString();
        insertEntry(db, {
          uuid: uuidFrom(random),
          set,
          title: random() < 0.7 ? capitalised(pick(SUBJECTS)) : '',
          occurredAt: stamp,
          utcOffset: 60,
          starred: random() < 0.05,
          people: [...new Set(people)],
          tags: [...new Set(Array.from({ length: between(0, 2) }, () => pick(TAGS)))],
          answers: answersFor(set, person),
          createdAt: stamp,
        });
      }
    })();
  } finally {
    db.pragma('synchronous = FULL');
    store.close();
  }
  return describe(path, options);

  function answersFor(set: PromptSet, person: string): AnswerMap {
    const answers: AnswerMap = {};
    for (const step of set.steps) {
      if (!step.required && random() < 0.25) continue;
      answers[step.id] = valueFor(step, person);
    }
    return answers;
  }

  function valueFor(step: Step, person: string) {
    if (step.role === 'context') return `${pick(OPENINGS)}, about ${pick(SUBJECTS)} with ${person}.`;
    if (step.role === 'feeling') return `${pick(FEELINGS)}, then ${pick(FEELINGS)}. ${paragraph(person)}`;
    switch (step.kind) {
      case 'dialogue':
        return Array.from(
          { length: between(1, 6) },
          (): DialogueLine => ({ said: `${person}: ${pick(SAID)}`, unsaid: pick(UNSAID) }),
        );
      case 'list':
        return Array.from({ length: between(1, 4) }, () =>
          step.role === 'assumption' ? pick(ASSUMPTIONS).replace('{p}', person) : sentence(person),
        );
      default:
        return paragraph(person);
    }
  }
}

function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const entries = Number(process.argv[2] ?? 1000);
  const started = performance.now();
  const journal = cachedJournal({ entries, seed: Number(process.argv[3] ?? 1) });
  console.log(`${journal.path} (${entries} entries, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
