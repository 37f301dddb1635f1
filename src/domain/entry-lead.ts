import type { Answer } from './types.js';

const WRITTEN_KINDS = new Set(['text', 'long', 'list']);

/**
 * The words that name an untitled entry in one line: its context answer (the situation), else its first written
 * answer — a free-form entry, and every entry imported from jrnl or Day One, has no context step.
 */
export function entryLead(answers: readonly Pick<Answer, 'role' | 'kind' | 'position' | 'value'>[]): string {
  const ordered = [...answers].sort((a, b) => a.position - b.position);
  const chosen =
    ordered.find((a) => a.role === 'context' && firstText(a.value)) ??
    ordered.find((a) => WRITTEN_KINDS.has(a.kind) && firstText(a.value));
  return chosen ? firstText(chosen.value) : '';
}

function firstText(value: unknown): string {
  const text = Array.isArray(value) ? value.find((item) => typeof item === 'string' && item.trim()) : value;
  return typeof text === 'string' ? text.trim() : '';
}
