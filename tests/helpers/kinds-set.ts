import type { PromptSet } from '../../src/domain/types.js';
import { openStore } from '../../src/store/db.js';
import { snapshotSet } from '../../src/store/prompt-sets.js';

/** A prompt set with one step of every interactive kind, for terminal fault tests. */
export const KINDS_SET: PromptSet = {
  schema: 1,
  id: 'proof-kinds',
  version: 1,
  title: 'Every step kind',
  description: 'Test fixture: one step of each kind.',
  steps: [
    { id: 'text', kind: 'text', role: 'context', question: 'A text step?', required: true },
    { id: 'long', kind: 'long', role: 'feeling', question: 'A long step?', required: false },
    { id: 'editor', kind: 'long', role: 'data', question: 'A long step for the editor?', required: false },
    { id: 'list', kind: 'list', role: 'assumption', question: 'A list step?', required: false },
    { id: 'dialogue', kind: 'dialogue', role: 'said', question: 'A dialogue step?', required: false },
    {
      id: 'choice',
      kind: 'choice',
      role: 'other',
      question: 'A choice step?',
      required: true,
      choices: ['alpha', 'beta'],
    },
    { id: 'scale', kind: 'scale', role: 'other', question: 'A scale step?', required: false, min: 1, max: 5 },
    { id: 'confirm', kind: 'confirm', role: 'other', question: 'A confirm step?', required: false },
  ],
};

/** Installs KINDS_SET into a journal (creating it) the way `prompts add` will: an 'installed' snapshot. */
export function installKindsSet(path: string): void {
  const store = openStore(path);
  try {
    snapshotSet(store.db, KINDS_SET, 'installed', null, '2026-11-01T00:00:00.000Z');
  } finally {
    store.close();
  }
}
