import chalk from 'chalk';
import type { Context } from '../../context.js';
import { parseEditFile } from '../../domain/answers.js';
import { type ClockChange, entryDate, toOffsetIso } from '../../domain/dates.js';
import { parseEntryDocument, renderEntryDocument } from '../../domain/entry-document.js';
import { planEdit, writtenOffset } from '../../domain/entry-edit.js';
import { entryToJson } from '../../domain/entry-json.js';
import { contextOf, statementsOf } from '../../domain/statements.js';
import type { Entry, PromptSet } from '../../domain/types.js';
import { Interrupted, UserError } from '../../errors.js';
import { setVersion } from '../../prompt-catalog.js';
import type { StatementDecision } from '../../store/assumptions.js';
import { getEntry } from '../../store/entries.js';
import { linkStatements, updateEntry } from '../../store/journal.js';
import { chosenEditor, createEditFile, DEFAULT_EDITOR, openInEditor } from '../../ui/editor.js';
import { MSG } from '../../ui/messages.js';
import { noteIfClockChange, noteIfFuture } from '../future-date.js';
import { parseEntryId, readJsonInput } from '../options.js';
import { unknownEntryError } from '../unknown-entry.js';

export async function editEntry(ctx: Context, idText: string, options: { answers?: string }): Promise<void> {
  const id = parseEntryId(idText);
  const db = ctx.store().db;
  const entry = getEntry(db, id);
  if (!entry) throw unknownEntryError(db, id, MSG.unknownEntry(idText));
  // Answers are checked against the set version the entry was written with, not the newest one.
  const set = setVersion(db, entry.setId, entry.setVersion);
  if (options.answers !== undefined) return editFromAnswers(ctx, entry, set, options.answers);
  return editInEditor(ctx, entry, set);
}

async function editFromAnswers(ctx: Context, entry: Entry, set: PromptSet, source: string): Promise<void> {
  const file = parseEditFile(readJsonInput(source), source === '-' ? 'stdin' : source);
  // Fields the file leaves out stay as they are; the answers are replaced as a whole.
  const when = file.date === undefined ? undefined : await resolveDate(file.date, ctx.now());
  const plan = planEdit(entry, set, {
    title: file.title ?? entry.title,
    people: file.people ?? entry.people,
    tags: file.tags ?? entry.tags,
    answers: file.answers ?? answersOf(entry),
    when,
  });
  await commit(ctx, entry, plan, when);
}

async function editInEditor(ctx: Context, entry: Entry, set: PromptSet): Promise<void> {
  const chosen = chosenEditor(ctx.env, ctx.config);
  // A chosen editor may be a script that needs no terminal; vi without one would draw blind and hang.
  if (chosen === undefined && !ctx.interactive) {
    throw new UserError(MSG.editNeedsTerminal(entry.id, DEFAULT_EDITOR), {
      hint: MSG.editWithoutTerminal(entry.id),
    });
  }
  const command = chosen ?? DEFAULT_EDITOR;
  const date = toOffsetIso(entry.occurredAt, entry.utcOffset);
  const original = renderEntryDocument(
    { title: entry.title, date, people: entry.people, tags: entry.tags, answers: answersOf(entry) },
    set,
    { label: `Editing entry ${entry.id} (${set.title}${set.version > 1 ? ` v${set.version}` : ''})` },
  );
  const file = createEditFile(`reflect-entry-${entry.id}.md`, original);
  for (;;) {
    try {
      await openInEditor(command, file.path);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const kept = file.read() !== original;
      if (!kept) file.remove();
      throw new UserError(`${error.message}; entry ${entry.id} is unchanged`, {
        hint: kept ? MSG.editKept(file.path) : error.hint,
      });
    }
    const edited = file.read();
    if (edited === original || edited.trim() === '') {
      file.remove();
      return ctx.note(edited === original ? MSG.noChanges : MSG.editEmptied(entry.id));
    }
    let plan: ReturnType<typeof planEdit>;
    let when: ResolvedDate | undefined;
    try {
      const doc = parseEntryDocument(edited, set);
      when = doc.date.trim() === date ? undefined : await resolveDate(doc.date, ctx.now());
      plan = planEdit(entry, set, {
        title: doc.title,
        people: doc.people,
        tags: doc.tags,
        answers: doc.answers,
        when,
      });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      if (!ctx.interactive)
        throw new UserError(error.message, { hint: MSG.editInvalid(entry.id, file.path) });
      ctx.note(chalk.red(`✖ ${error.message}`));
      if (error.hint) ctx.note(chalk.dim(error.hint));
      if (!(await askReopen(entry.id))) {
        throw new UserError(MSG.editAborted(entry.id), { hint: MSG.editKept(file.path) });
      }
      continue;
    }
    try {
      await commit(ctx, entry, plan, when);
    } catch (error) {
      if (error instanceof UserError) throw new UserError(error.message, { hint: MSG.editKept(file.path) });
      throw error;
    }
    file.remove();
    return;
  }
}

async function askReopen(id: number): Promise<boolean> {
  const { inquirerAsker, isPromptExit } = await import('../../ui/ask.js');
  try {
    return await inquirerAsker.confirm(`Re-open the editor to fix it? (no: entry ${id} stays as it was)`, {
      default: true,
    });
  } catch (error) {
    if (isPromptExit(error)) throw new Interrupted();
    throw error;
  }
}

/** `when`: the date the edit gives, if any (noted when it moves the entry into the future). */
async function commit(
  ctx: Context,
  entry: Entry,
  { changes, changed }: ReturnType<typeof planEdit>,
  when?: ResolvedDate,
) {
  const db = ctx.store().db;
  if (changed) {
    updateEntry(db, entry.id, changes, ctx.now(), { expectedUpdatedAt: entry.updatedAt });
    ctx.note(MSG.updated(entry.id));
    if (when && changes.occurredAt !== entry.occurredAt) {
      noteIfClockChange(ctx, when.clockChange);
      noteIfFuture(ctx, new Date(when.occurredAt), when.bareDay);
    }
    if (ctx.interactive && !ctx.globals.json) await linkNewAssumptions(ctx, entry);
  } else ctx.note(MSG.noChanges);
  if (ctx.globals.json) ctx.out(JSON.stringify(entryToJson(getEntry(db, entry.id)!, changes.set), null, 2));
}

interface ResolvedDate {
  occurredAt: string;
  utcOffset: number;
  bareDay: boolean;
  clockChange?: ClockChange;
}

/** A date with a written offset keeps it; one without is local time where reflect runs. */
async function resolveDate(text: string, now: Date): Promise<ResolvedDate> {
  const { date, bareDay, clockChange } = await entryDate(text, now);
  return {
    occurredAt: date.toISOString(),
    utcOffset: writtenOffset(text) ?? -date.getTimezoneOffset(),
    bareDay,
    clockChange,
  };
}

function answersOf(entry: Entry) {
  return Object.fromEntries(entry.answers.map((a) => [a.stepId, a.value]));
}

/**
 * Link-as-you-write after an edit in $EDITOR: each assumption the edit added is shown next to the earlier
 * statements most like it, one keypress each. The entry is already saved; Ctrl-C here only skips linking.
 */
async function linkNewAssumptions(ctx: Context, before: Entry): Promise<void> {
  const db = ctx.store().db;
  const after = getEntry(db, before.id)!;
  const textsOf = (e: Entry) =>
    e.answers.filter((a) => a.role === 'assumption').flatMap((a) => statementsOf(a));
  const known = new Set(textsOf(before).map((s) => s.text.trim()));
  const added = textsOf(after).filter((s) => !known.has(s.text.trim()));
  if (added.length === 0) return;
  const [{ Suggester }, { askLink }, { inquirerAsker, isPromptExit }] = await Promise.all([
    import('../assumptions/suggester.js'),
    import('../../ui/link-prompt.js'),
    import('../../ui/ask.js'),
  ]);
  const suggester = await Suggester.build(db);
  const decisions: StatementDecision[] = [];
  try {
    for (const statement of added) {
      const shown = suggester
        .suggest(statement.text, after.people, 4, {
          entryId: after.id,
          context: contextOf(after.answers),
          tags: after.tags,
        })
        .filter((s) => s.entryId !== after.id);
      if (shown.length === 0) continue;
      ctx.out(`\n${statement.text}`);
      const answer = await askLink(inquirerAsker, (text) => ctx.out(text), shown.slice(0, 3), ctx.columns);
      if (!answer) continue;
      decisions.push({
        stepId: statement.stepId,
        text: statement.text,
        decision: answer.decision,
        statementIds: answer.decision === 'new' ? answer.statementIds : [answer.statementId],
      });
    }
  } catch (error) {
    if (!isPromptExit(error)) throw error;
  }
  if (decisions.length > 0) linkStatements(db, after.id, decisions, ctx.now());
}
