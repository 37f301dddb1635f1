import { describe, expect, it } from 'vitest';
import { makeProbes, type ProbeClass, readSources, runProbes } from '../../scripts/perturb-probes.js';

// scripts/perturb-probes.ts makes opposite and reversed-direction counterparts of the read statements by general
// transformations (session 11, probe11). The limits are what the engine does now: a change may lower `grouped`,
// never raise it unnoticed; `made` may only grow (the generator must not quietly stop making probes).
// Engine at 9b5c6d0 (before probe11): negate 6, unnegate 2, never 3, no-longer 0, hardly 2, fails-to 2,
// refuses-to 0, stopped 1, quantifier 9, roles 38, not-contrast 0, more-than 1 (64 of 8487).
const LIMITS: Record<ProbeClass, { made: number; grouped: number }> = {
  negate: { made: 1463, grouped: 1 },
  unnegate: { made: 157, grouped: 2 },
  never: { made: 1229, grouped: 1 },
  'no-longer': { made: 1229, grouped: 0 },
  hardly: { made: 1229, grouped: 0 },
  'fails-to': { made: 634, grouped: 0 },
  'refuses-to': { made: 634, grouped: 0 },
  stopped: { made: 579, grouped: 0 },
  quantifier: { made: 162, grouped: 3 },
  roles: { made: 1168, grouped: 16 },
  'not-contrast': { made: 1, grouped: 0 },
  'more-than': { made: 2, grouped: 1 },
};

describe('perturbation probes of the read statements (scripts/perturb-probes.ts)', () => {
  const counts = runProbes(makeProbes(readSources()));

  it.each(Object.entries(LIMITS) as Array<[ProbeClass, { made: number; grouped: number }]>)(
    '%s: no more grouped than pinned',
    (cls, limit) => {
      const c = counts.get(cls)!;
      const grouped = c.grouped.map((p) => `${p.pair.a} / ${p.pair.b}`);
      expect(c.made, cls).toBeGreaterThanOrEqual(limit.made);
      expect(grouped.length, grouped.join('\n')).toBeLessThanOrEqual(limit.grouped);
    },
  );
});
