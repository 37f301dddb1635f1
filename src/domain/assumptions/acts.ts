// What the writer does that brings a consequence on, told in other words. "If I tell the doctors no, I'll be seen as
// obstructive" and "every time I refuse a GP something, I become the awkward one" fear one consequence of one act,
// refusing, though the things refused differ. An act family is a handful of general English ways to say one act;
// a statement is in the family when its words contain one of them (a bag of words: "say … no", "turn … down").
// Used only where two statements about what befalls the writer would otherwise need their causes to share a word.

type Way = readonly string[];

// biome-ignore format: a word list reads best packed
const FAMILIES: ReadonlyArray<readonly Way[]> = [
  // Refusing someone something.
  [
    ['refuse'], ['refuses'], ['refused'], ['refusing'], ['reject'], ['rejecting'], ['decline'], ['declining'],
    ['say', 'no'], ['saying', 'no'], ['said', 'no'], ['says', 'no'], ['tell', 'no'], ['telling', 'no'],
    ['turn', 'down'], ['turning', 'down'], ['turned', 'down'], ['push', 'back'], ['pushing', 'back'],
  ],
  // Asking for help.
  [
    ['ask', 'help'], ['asking', 'help'], ['ask', 'for'], ['asking', 'for'], ['request'], ['requesting'],
    ['admit', 'need'], ['admitting', 'need'],
  ],
  // Going to the police: telling them something, not anything else about them.
  [
    ['talk', 'police'], ['talking', 'police'], ['tell', 'police'], ['telling', 'police'], ['pass', 'police'],
    ['passing', 'police'], ['go', 'police'], ['going', 'police'], ['report', 'police'], ['reporting', 'police'],
    ['grass'], ['grassing'],
  ],
];

/** The act families whose words a statement contains, as indices. */
function familiesOf(lowers: ReadonlySet<string>): number[] {
  const found: number[] = [];
  FAMILIES.forEach((ways, k) => {
    if (ways.some((way) => way.every((w) => lowers.has(w)))) found.push(k);
  });
  return found;
}

/** Both statements tell one act of the writer's (the same family) as what brings the consequence on. */
export function sameAct(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const fa = familiesOf(a);
  if (fa.length === 0) return false;
  return familiesOf(b).some((k) => fa.includes(k));
}
