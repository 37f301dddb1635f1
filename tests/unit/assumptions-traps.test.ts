import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { grouped, readTraps, type TrapKind } from '../../scripts/eval-traps.js';

type Limits = Record<TrapKind, { at: 'most' | 'least'; count: number }>;

// Pairs written blind in sessions 5 and 6 by engineers who had not read the engine (README, "Blind trap pairs"). The limits
// are what the engine does now: a change may lower them, never raise them.
const SETS: Array<[file: string, limits: Limits]> = [
  // Engine of session 4: opposites 30/140 grouped, directions 2/40, different things 16/40, paraphrases 19/40. Rules
  // were made on the odd pairs and checked once on the even ones (opposites 14 → 6 of 70, different 11 → 8 of 20).
  [
    'trap-probes.json',
    {
      // Session 6 (branch antonyms): everyday antonyms, lexicalised -less words, keep/demolish: 7 → 0.
      opposite: { at: 'most', count: 0 },
      direction: { at: 'most', count: 0 },
      // 7 → 1 since statements that differ only in their noun phrases are about two things (session 6), → 0 since
      // someone named against someone nobody names is two assumptions ("apologise to the customer" / "… driver").
      different: { at: 'most', count: 0 },
      // 23 → 18 (session 9, branch gatea9, gate A of docs/precision-gates.md: paraphrases that share no predicate
      // the engine knows are offered, never grouped).
      same: { at: 'least', count: 18 },
    },
  ],
  // Written after those rules, freer wording, scored once: engine of session 4 24 / 3 / 18 / 11, session 5 as below.
  [
    'trap-probes-2.json',
    {
      // Session 6: 15 → 2 (branch antonyms: everyday antonyms, manner adverbs, sides against me …); an object's
      // modifier that is also a noun stays a topic ("second-half", branch objects); → 1 (session 9, branch gate9:
      // no predicate in common and only one side judged, "nobody noticed my mistake" / "everyone picked up on the
      // slip"), → 0 (branch gatea9, gate A: no predicate link at all).
      opposite: { at: 'most', count: 0 },
      direction: { at: 'most', count: 0 },
      // 12 → 5 (session 6, as above), → 4 since a group's word before a noun describes it ("the staff lunch"),
      // → 3 (someone named against someone nobody names: "Priscilla" / "the vicar"), → 2 (two things, each with a
      // word that judges it: "the cold dinners" / "the lost laundry"), → 1 (two things in phrases of three words:
      // "the audit of the care home's medication records" / "the inspection of the care home's kitchen"), → 0
      // (two acts: "the way I tied the mooring lines" / "the way I stowed the fishing gear").
      different: { at: 'most', count: 0 },
      // 11 → 12 (session 6, as for the opposites), → 6 (session 9, branch gatea9, gate A: paraphrases that share no
      // predicate the engine knows are offered, never grouped).
      same: { at: 'least', count: 6 },
    },
  ],
  // Written blind at the start of session 6 and scored once at its end: engine of the session start 13 / 0 / 11 /
  // 23, end of session 6 11 / 0 / 7 / 22. Read since; post-hoc fixes of session 6 (branches dirs, opps, diffs)
  // brought it to the counts below; opposites 3 → 1 in session 7 (branch contrast: good news against bad news in the
  // main clauses, "joined in" is taking part, a removal said with a particle against adding); paraphrases 23 → 24
  // in session 7 (branch opps4: "personable" no longer stems to "person").
  [
    'trap-probes-3.json',
    {
      opposite: { at: 'most', count: 1 },
      direction: { at: 'most', count: 0 },
      // 2 → 1, paraphrases 24 → 23 (session 9, branch gatea9, gate A: no predicate link, never grouped); 23 → 24
      // (session 10, recall10: "the class teacher" is one teacher, not the plural group "the teachers").
      different: { at: 'most', count: 1 },
      // 24 → 22 by gate B4 (two by-passives offered, not grouped), → 24 again since B4 was dropped (session 13,
      // docs/gate-b12.md section 10).
      same: { at: 'least', count: 24 },
    },
  ],
  // Written blind at the end of session 6, scored once at the end of session 7 (engine of main then: 10 / 12 / 7 /
  // 22). Branches opps4 and dirs4 developed on the odd pairs and checked the even ones once (opposites 7 → 2 of 70,
  // directions 6 → 0 of 20, different 2 → 2 of 20, paraphrases 10 → 10), then fixed the even half post hoc.
  [
    'trap-probes-4.json',
    {
      opposite: { at: 'most', count: 0 },
      direction: { at: 'most', count: 0 },
      // 2 → 1, paraphrases 22 → 20 (session 9, branch gatea9, gate A: no predicate link, never grouped).
      different: { at: 'most', count: 1 },
      same: { at: 'least', count: 20 },
    },
  ],
  // Written blind in session 7, scored once at the end of session 8 (engine of main then: 13 / 4 / 5 / 20). Branch
  // opps5 developed on the odd pairs (7 / 2 / 1 / 8 → 3 / 0 / 0 / 9) and checked the even ones once (6 / 2 / 4 / 12
  // → 6 / 2 / 3 / 12). Session 9 (branch gate9, gate D of docs/precision-gates.md, chosen out of sample on this set at
  // its blind engine): opposites 9 → 8, directions 2 → 1; branch gatea9 (gate A, adopted on the same test): opposites
  // 8 → 6, paraphrases 21 → 18.
  [
    'trap-probes-5.json',
    {
      // 6 → 4 by gate B4 ("rather than …" and "more than …" not grouped automatically), → 6 again since B4 was
      // dropped (session 13, docs/gate-b12.md section 10).
      opposite: { at: 'most', count: 6 },
      direction: { at: 'most', count: 1 },
      different: { at: 'most', count: 3 },
      same: { at: 'least', count: 18 },
    },
  ],
  // Written blind in session 8, scored once at the end of session 9 (engine of main then: 5 / 2 / 3 / 16). Branch
  // posthoc17 developed on the odd pairs (3 / 1 / 2 / 8 → 1 / 0 / 2 / 8: "used to" turns what follows, a demoted
  // "their …" takes the kept thing's possessor, another doer outdone) and checked the even ones once (2 / 1 / 1 / 8
  // → 2 / 1 / 1 / 8); after that check, different 3 → 2 ("from" names a thing: "the letter from the bank" / "… from
  // the hospital") and opposites 3 → 2 (staying against leaving: "will stay on at …" / "will leave …"). Session 10
  // (gaps10): different 2 → 1 (one thing of two owners: "Agnieszka's advice" / "his accountant's advice"; recall10,
  // for which this was a check set, reached the same 1 on its own; the two together: 0).
  [
    'trap-probes-6.json',
    {
      opposite: { at: 'most', count: 2 },
      direction: { at: 'most', count: 1 },
      different: { at: 'most', count: 0 },
      // 16 → 15 by gate B4 (a by-passive offered, not grouped), → 16 again since B4 was dropped (session 13,
      // docs/gate-b12.md section 10).
      same: { at: 'least', count: 16 },
    },
  ],
  // Written blind in session 9, scored once at the end of session 10 (engine of main at the session's start,
  // 7725ec5: 4 / 3 / 3 / 13; at its end, e244831: 4 / 1 / 3 / 13 — gaps10 and recall10 one direction each).
  // Session 10 (posthoc18): developed on the odd pairs (3 / 1 / 0 / 8 → 0 / 0 / 0 / 8: an inverted condition
  // "Had I …," read as "if", sales leads are not leading, "too long" is not "too quickly", an object put first
  // before its subject) and checked the even ones once (1 / 0 / 3 / 5 → 1 / 0 / 3 / 5).
  [
    'trap-probes-7.json',
    {
      // 1 → 0 by gate B4 (a contrast ", not …" not grouped automatically), → 1 again since B4 was dropped
      // (session 13, docs/gate-b12.md section 10).
      opposite: { at: 'most', count: 1 },
      direction: { at: 'most', count: 0 },
      different: { at: 'most', count: 3 },
      same: { at: 'least', count: 13 },
    },
  ],
  // Written blind in session 10, scored once at the end of session 11 (engine of main at the session's start,
  // 9b5c6d0, and at its end, 123cdac: 6 / 0 / 4 / 12 both — the session's engine work reached none of these pairs).
  // Session 12 (posthoc19): developed on the odd pairs (3 / 0 / 4 / 6 → 0 / 0 / 3 / 6: a contrast ", not yield."
  // on a noun that is also a verb, "short-tempered with" the opposite of "patient with", "sides with them against
  // me whenever …", Lent no name) and checked the even ones once (3 / 0 / 0 / 6 → 3 / 0 / 0 / 6: none carried).
  [
    'trap-probes-8.json',
    {
      opposite: { at: 'most', count: 0 },
      direction: { at: 'most', count: 0 },
      different: { at: 'most', count: 1 },
      // 12 → 11 by gate B4 (an "instead of" contrast offered, not grouped), → 12 again since B4 was dropped
      // (session 13, docs/gate-b12.md section 10).
      same: { at: 'least', count: 12 },
    },
  ],
  // Written blind in session 11, scored once at the end of session 12 (engine of main at the session's start,
  // 595d73d, and at its end, f2bc3b0: 7 / 0 / 8 / 22 both — the session's engine work reached none of these pairs).
  // Session 12 (posthoc20): developed on the odd pairs (4 / 0 / 5 / 11 → 2 / 0 / 5 / 11: "more than she <the same
  // verb> …" repeats the clause, a bare noun after "values … over") and checked the even ones once (3 / 0 / 3 / 11
  // → 3 / 0 / 3 / 11: none carried).
  [
    'trap-probes-9.json',
    {
      // 7 → 5 by gate B4 (docs/gate-b12.md; two reversed preferences, "values X over Y", "listens to X more than …",
      // offered, not grouped) and by posthoc20's two rules alike, the same two pairs; still 5 since B4 was dropped
      // (session 13): posthoc20's rules keep both apart.
      opposite: { at: 'most', count: 5 },
      direction: { at: 'most', count: 0 },
      different: { at: 'most', count: 8 },
      // 22 → 21 by gate B4 (a by-passive offered, not grouped), → 22 again since B4 was dropped (session 13,
      // docs/gate-b12.md section 10).
      same: { at: 'least', count: 22 },
    },
  ],
  // Written blind in session 12, scored once in session 13 (with heldout21, as the pre-registered test of gate B4):
  // the end engine without B4 3 / 1 / 6 / 15, with it 3 / 1 / 6 / 14. B4 removed no wrong pair, and was dropped
  // (docs/gate-b12.md section 10). Read since; the pins are the engine without B4.
  [
    'trap-probes-10.json',
    {
      opposite: { at: 'most', count: 3 },
      direction: { at: 'most', count: 1 },
      different: { at: 'most', count: 6 },
      same: { at: 'least', count: 15 },
    },
  ],
];

describe.each(SETS)('blind trap pairs: %s', (file, limits) => {
  const traps = readTraps(fileURLToPath(new URL(`../fixtures/${file}`, import.meta.url)));

  it.each(Object.entries(limits) as Array<[TrapKind, Limits[TrapKind]]>)(
    '%s pairs grouped: %o',
    (kind, { at, count }) => {
      const hits = traps.filter((p) => p.kind === kind).filter(grouped);
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
