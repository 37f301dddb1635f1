import type { StatementDecision } from './register.js';
import type { AnswerMap, AnswerValue, Role, Step, StepKind } from './types.js';

/** One assumption statement derived from an answer: exactly as written, in the order of the entry. */
export interface DerivedStatement {
  stepId: string;
  stepPos: number;
  item: number;
  text: string;
}

/**
 * The statements of one `assumption` answer: the items of a list (exactly as written), or the sentences of a
 * text/long answer (whitespace around each sentence trimmed). Other kinds carry no statements.
 */
export function statementsOf(answer: {
  stepId: string;
  kind: StepKind;
  position: number;
  value: AnswerValue;
}): DerivedStatement[] {
  const texts = itemsOf(answer.kind, answer.value);
  return texts.map((text, item) => ({ stepId: answer.stepId, stepPos: answer.position, item, text }));
}

function itemsOf(kind: StepKind, value: AnswerValue): string[] {
  if (kind === 'list' && Array.isArray(value)) {
    return (value as unknown[]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  }
  if ((kind === 'text' || kind === 'long') && typeof value === 'string') return splitSentences(value);
  return [];
}

/** Words after which a full stop does not end a sentence ("Dr. Okafor", "e.g. the rota"). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'no',
  'dept',
  'inc',
  'ltd',
  'co',
  'cf',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * Splits prose into sentences: at line breaks, and after . ! ? (with closing quotes or brackets) followed by
 * a space and a capital, a digit or an opening quote — but not after a known abbreviation or an initial.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\r?\n|\r/)) {
    let start = 0;
    const boundary = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\d])/gu;
    for (let match = boundary.exec(line); match; match = boundary.exec(line)) {
      const end = match.index + match[0].length;
      const before = /([\p{L}.]+)\.$/u.exec(line.slice(start, match.index + 1));
      const word = before?.[1]?.toLowerCase();
      if (match[0] === '.' && word && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
      push(line.slice(start, end));
      start = end;
    }
    push(line.slice(start));
  }
  return sentences;

  function push(sentence: string) {
    const trimmed = sentence.trim();
    if (trimmed) sentences.push(trimmed);
  }
}

/** The answers that tell what happened, where a journal introduces its people ("Philippa, the general manager"). */
export const CONTEXT_ROLES: ReadonlySet<string> = new Set<Role>([
  'context',
  'said',
  'unsaid',
  'data',
  'selected-data',
]);

/**
 * An entry's context for its statements (roles.ts reads the roles it introduces): the situation, each said and
 * unsaid line of the dialogue, and the ladder's data, one line each, so a line spoken by someone else
 * ("Philippa: my brother …") stays that person's.
 */
export function contextOf(answers: ReadonlyArray<{ role: string; value: AnswerValue }>): string {
  const lines: string[] = [];
  const push = (text: unknown) => {
    if (typeof text === 'string' && text.trim() !== '') lines.push(text.trim());
  };
  for (const { role, value } of answers) {
    if (!CONTEXT_ROLES.has(role)) continue;
    if (!Array.isArray(value)) push(value);
    else
      for (const item of value as unknown[]) {
        if (typeof item === 'string') push(item);
        else if (typeof item === 'object' && item !== null) {
          push((item as { said?: unknown }).said);
          push((item as { unsaid?: unknown }).unsaid);
        }
      }
  }
  return lines.join('\n');
}

/** `contextOf` an answer map (a draft's answers so far, an answers file) by the roles of its set's steps. */
export function contextOfAnswers(steps: readonly Pick<Step, 'id' | 'role'>[], answers: AnswerMap): string {
  return contextOf(
    steps.flatMap((step) =>
      answers[step.id] === undefined ? [] : [{ role: step.role, value: answers[step.id]! }],
    ),
  );
}

/**
 * The link-as-you-write decisions that still have their item: an item changed or removed after it was linked
 * (the person went back) loses its decision, so a stale link never reaches the saved entry. Each item keeps
 * its newest decision (an item written again is asked again). `answers`: a step's items so far, the step being
 * written included.
 */
export function decisionsStillWritten(
  decisions: readonly StatementDecision[],
  answers: AnswerMap,
): StatementDecision[] {
  const left = new Map<string, number>();
  const key = (stepId: string, text: string) => JSON.stringify([stepId, text]);
  for (const [stepId, value] of Object.entries(answers)) {
    if (!Array.isArray(value)) continue;
    for (const item of value)
      if (typeof item === 'string') left.set(key(stepId, item), (left.get(key(stepId, item)) ?? 0) + 1);
  }
  const kept: StatementDecision[] = [];
  for (const decision of [...decisions].reverse()) {
    const k = key(decision.stepId, decision.text);
    const n = left.get(k) ?? 0;
    if (n === 0) continue;
    left.set(k, n - 1);
    kept.unshift(decision);
  }
  return kept;
}
