import type { Command } from 'commander';
import type { Context } from '../context.js';
import { draftSubject, firstUnanswered } from '../domain/answers.js';
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
        const { begun, words } = draftSubject(draft, set);
        const head = `${String(draft.id).padStart(4)} ${formatWhen(draft.updatedAt)}  `;
        const text = `${set.title}: ${answered} of ${MSG.steps(set.steps.length)} answered${begun ? MSG.stepBegun(begun) : ''}${words ? ` — ${excerpt(words, 50)}` : ''}`;
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
