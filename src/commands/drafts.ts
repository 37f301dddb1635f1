import type { Command } from 'commander';
import type { Context } from '../context.js';
import { firstUnanswered } from '../domain/answers.js';
import type { Draft, PromptSet } from '../domain/types.js';
import { UserError } from '../errors.js';
import { deleteDraft, listDrafts } from '../store/drafts.js';
import { getStoredSet } from '../store/prompt-sets.js';
import { MSG } from '../ui/messages.js';
import { excerpt, formatWhen, hanging } from '../ui/render.js';
import { parseId, refuseUnknownSubcommand } from './options.js';

export function registerDrafts(program: Command, ctx: Context): void {
  const drafts = program
    .command('drafts')
    .description('list unfinished entries (continue one with: reflect new --resume <id>)')
    .addHelpText(
      'after',
      `
Examples:
  $ reflect drafts
  $ reflect new --resume 3
  $ reflect drafts discard 3`,
    )
    .action(() => {
      const db = ctx.store().db;
      const rows = listDrafts(db).map((draft) => {
        const set = getStoredSet(db, draft.setId, draft.setVersion)!.set;
        const answered = firstUnanswered(set, draft.answers);
        return { draft, set, answered };
      });
      if (ctx.globals.json) {
        return ctx.out(
          JSON.stringify(
            rows.map(({ draft, set, answered }) => ({
              id: draft.id,
              set: draft.setId,
              setVersion: draft.setVersion,
              steps: set.steps.length,
              answered,
              createdAt: draft.createdAt,
              updatedAt: draft.updatedAt,
              meta: draft.meta,
              answers: draft.answers,
              // The step being written when the draft was left (kept for --resume), apart from the answers.
              partial: draft.partial ? { step: draft.partial.stepId, value: draft.partial.value } : null,
            })),
            null,
            2,
          ),
        );
      }
      if (rows.length === 0) return ctx.note(MSG.noDrafts);
      for (const { draft, set, answered } of rows) {
        // What it is about, as the picker of `reflect new` says it: which draft to resume is read from this.
        const words = draftWords(draft, set);
        const head = `${String(draft.id).padStart(4)} ${formatWhen(draft.updatedAt)}  `;
        const begun = draft.partial ? set.steps.findIndex((step) => step.id === draft.partial?.stepId) : -1;
        const text = `${set.title}: ${answered} of ${MSG.steps(set.steps.length)} answered${begun >= 0 ? `, step ${begun + 1} begun` : ''}${words ? ` — ${excerpt(words, 50)}` : ''}`;
        ctx.out(hanging(head, text, ctx.columns));
      }
    });
  drafts
    .command('discard')
    .description('delete a draft for good')
    .argument('<id>', 'draft id (see: reflect drafts)')
    .addHelpText(
      'after',
      `
Examples:
  $ reflect drafts                     which drafts wait
  $ reflect drafts discard 3`,
    )
    .action((idText: string) => {
      if (!deleteDraft(ctx.store().db, parseId(idText, MSG.badDraftId))) {
        throw new UserError(MSG.unknownDraft(idText), { hint: 'see your drafts with: reflect drafts' });
      }
      ctx.note(`discarded draft ${idText}`);
    });
  refuseUnknownSubcommand(drafts);
}

/**
 * A draft's title, else the first words it answered (its situation, in the built-in sets), the step begun
 * included: a draft left in its first step is known by what was written there.
 */
function draftWords(draft: Draft, set: PromptSet): string {
  if (draft.meta.title?.trim()) return draft.meta.title;
  const written = draft.partial
    ? { ...draft.answers, [draft.partial.stepId]: draft.partial.value }
    : draft.answers;
  for (const step of set.steps) {
    const value = written[step.id];
    const text = Array.isArray(value) ? value.find((item) => typeof item === 'string') : value;
    if (typeof text === 'string' && text.trim()) return text;
  }
  return '';
}
