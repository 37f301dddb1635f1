// Gate B4 (docs/gate-b12.md): constructions inside one statement that the grouping does not model reliably, read
// from the statement's words alone. The one definition: scripts/gate-b12.ts reads its candidates from here too.
// Pre-registered (section 8): no pattern here changes.

const VERB_OF_PRIORITY =
  '(?:put|puts|putting|place|places|placing|rank|ranks|ranked|choose|chooses|chose|chosen|choosing|prefer|prefers|preferred|preferring|favour|favours|favoured|favouring|favor|favors|favored|value|values|valued|valuing|pick|picks|picked|picking)';
const BE_OR_GET = "(?:am|is|are|was|were|be|been|being|get|gets|got|getting|gotten|'s|'re|'m)";
/** A past participle: a regular ending, or an irregular one spelled like its verb. */
const PARTICIPLE =
  '(?:\\w+(?:ed|en|wn|nt|lt|pt|ught|ung|id|ade)|let|put|set|cut|hit|shut|hurt|beat|run|left|kept|held|told|sold|made|paid|said|sent|lost|won|found)';
/** The particle of a phrasal verb. */
export const PARTICLE = '(?:down|off|up|out|away|back|over|round|around)';

/** Gate B as chosen (B4): each construction as patterns over the statement (lower case but for names after "by"). */
export const UNMODELLED = {
  /** One thing kept and another set aside inside the statement. */
  contrast: [
    /,\s*(?:and\s+)?not\b/,
    /\bnot\s+(?:\w+\s+){0,4}?but\b/,
    /\brather\s+than\b/,
    /\bsooner\s+(?:\w+\s+){0,6}?than\b/,
    /\binstead\s+of\b/,
    /\bahead\s+of\b/,
    /\b(?:more|less)\s+(?:about\s+|for\s+|on\s+|to\s+)?(?:\w+\s+){0,6}?than\b/,
    new RegExp(`\\b${VERB_OF_PRIORITY}\\b(?:\\s+\\S+){1,6}?\\s+(?:over|before|above)\\b`),
  ],
  /** A passive with its doer after "by" (a determiner, a possessive, a pronoun or a name; not "by the end"). */
  passiveBy: [
    new RegExp(
      `\\b${BE_OR_GET}\\s+(?:\\w+ly\\s+|not\\s+|never\\s+|always\\s+|just\\s+)?${PARTICIPLE}\\b(?:\\s+${PARTICLE})?(?:\\s+\\S+){0,5}?\\s+by\\s+(?!the\\s+(?:end|time|way)\\b)(?:the|a|an|my|his|her|their|our|your|[A-Z]\\w*|him|them|me|us|someone|everyone|people)\\b`,
    ),
  ],
  /** One thing measured against another with "than". */
  comparative: [/\b(?!rather\b)\w+\s+than\b/],
} as const;

/** The text as the patterns read it: curly apostrophes straight; lower case, or with only its first letter lowered. */
export function forPatterns(text: string): { lower: string; cased: string } {
  const t = text.replace(/’/g, "'");
  return { lower: t.toLowerCase(), cased: t.replace(/^(\w)/, (c) => c.toLowerCase()) };
}

/**
 * The statement has a construction of gate B4: a contrast inside it, a passive with a "by" doer, or a comparative.
 * (The passive is read with its case kept, for the names after "by"; the rest in lower case.)
 */
export function unmodelled(text: string): boolean {
  const { lower, cased } = forPatterns(text);
  return (
    UNMODELLED.contrast.some((p) => p.test(lower)) ||
    UNMODELLED.passiveBy.some((p) => p.test(cased)) ||
    UNMODELLED.comparative.some((p) => p.test(lower))
  );
}
