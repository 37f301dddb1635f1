import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { grouped, readTraps, type TrapKind } from '../../scripts/eval-traps.js';

// tests/fixtures/trap-probes.json: 260 pairs written blind in session 5 by an engineer who had not read the
// engine. Scored first with the engine of session 4 (opposites 30/140 grouped, directions 2/40, different things
// 16/40, paraphrases 19/40); rules were then made on the odd pairs only and checked once on the even ones
// (opposites 14 → 6 of 70, different things 11 → 8 of 20). The limits are what the engine does now: a change
// may lower them, never raise them.
const traps = readTraps(fileURLToPath(new URL('../fixtures/trap-probes.json', import.meta.url)));

const LIMITS: Record<TrapKind, { at: 'most' | 'least'; count: number }> = {
  opposite: { at: 'most', count: 7 },
  direction: { at: 'most', count: 1 },
  different: { at: 'most', count: 8 },
  same: { at: 'least', count: 19 },
};

describe('blind trap pairs', () => {
  it.each(Object.entries(LIMITS) as Array<[TrapKind, (typeof LIMITS)[TrapKind]]>)(
    '%s pairs grouped: %o',
    (kind, { at, count }) => {
      const pairs = traps.filter((p) => p.kind === kind);
      const hits = pairs.filter(grouped);
      const shown = hits.map((p) => `${p.a} / ${p.b}`).join('\n');
      if (at === 'most') expect(hits.length, shown).toBeLessThanOrEqual(count);
      else expect(hits.length).toBeGreaterThanOrEqual(count);
    },
  );

  it('holds the pairs it was written with', () => {
    const counts = new Map<TrapKind, number>();
    for (const p of traps) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ opposite: 140, direction: 40, different: 40, same: 40 });
  });
});
