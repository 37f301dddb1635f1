import type { StatementInput } from './types.js';

// A deterministic, journal-shaped workload for benchmarks (`npm run bench` times `groupStatements` and
// `StatementIndex.suggest` on it): recurring assumptions in varied words, about a rotating cast, with opposites.

const CAST = [
  'Priya',
  'Marco',
  'Dana',
  'Kevin',
  'Mrs Hughes',
  'Mr Grant',
  'Leila',
  'Dr Weiss',
  'Harriet',
  'Owen',
];

const TEMPLATES = [
  "{p} doesn't trust my judgement.",
  '{p} has no faith in my decisions.',
  '{p} trusts me to make the call.',
  '{p} ignores what the team tells them.',
  '{p} never listens to the engineers.',
  '{p} actually listens to us.',
  "{p} takes the credit for my team's work.",
  'Our wins get claimed by {p}.',
  "If I push back, {p} will think I'm difficult.",
  '{p} will see me as negative if I question the plan.',
  "{p} isn't ready to lead the project.",
  '{p} lacks the experience to run a launch.',
  '{p} feels taken for granted.',
  'Nobody values what {p} does.',
  '{p} blames me for the delays.',
  '{p} holds me responsible for the slip.',
  '{p} is coasting.',
  "{p} isn't pulling their weight.",
  'The team is stretched too thin this month.',
  'We have no capacity for another project.',
  'Asking for help will make me look weak.',
  'The new tooling will break on release day.',
];

/** `count` statements over `count / 2.5` entries; the same inputs always give the same output. */
export function syntheticStatements(count: number): StatementInput[] {
  const out: StatementInput[] = [];
  let seed = 1;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed >>> 16;
  };
  for (let id = 1; id <= count; id++) {
    const entryId = Math.ceil(id / 2.5);
    const person = CAST[next() % CAST.length]!;
    const template = TEMPLATES[next() % TEMPLATES.length]!;
    const variant = next() % 4 === 0 ? ` (week ${Math.floor(entryId / 3)})` : '';
    out.push({ id, entryId, text: template.replace('{p}', person) + variant, people: [person] });
  }
  return out;
}
