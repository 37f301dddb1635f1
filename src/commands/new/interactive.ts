import chalk from 'chalk';
import type { Context } from '../../context.js';
import { draftSubject, firstUnanswered, validateAnswers } from '../../domain/answers.js';
import { dueNow, statusOf } from '../../domain/assignment.js';
import { localDay } from '../../domain/cadence.js';
import { entryDate } from '../../domain/dates.js';
import { cleanNames, cleanTags, oneLine, splitList } from '../../domain/names.js';
import { contextOfAnswers, decisionsStillWritten } from '../../domain/statements.js';
import type { AnswerMap, Draft, EntryMeta, PromptSet } from '../../domain/types.js';
import { EXIT, Interrupted } from '../../errors.js';
import { availableSets, type CatalogSet, findSet, setVersion } from '../../prompt-catalog.js';
import { listAssignments } from '../../store/assignments.js';
import { createDraft, deleteDraft, getDraft, listDrafts, saveDraft } from '../../store/drafts.js';
import { saveNewEntry } from '../../store/journal.js';
import { getStoredSet, snapshotSet } from '../../store/prompt-sets.js';
import { type Asker, type Choice, choiceName, GoBack, isPromptExit, steppingAsker } from '../../ui/ask.js';
import { describeState } from '../../ui/assignment-view.js';
import { chosenEditor, DEFAULT_EDITOR } from '../../ui/editor.js';
import { answeredOnly, askFirst, type FlowHooks, walkSteps } from '../../ui/entry-flow.js';
import { entryDetails, renderAnswers } from '../../ui/entry-view.js';
import { askLink } from '../../ui/link-prompt.js';
import { MSG } from '../../ui/messages.js';
import { excerpt, formatWhen, wrap } from '../../ui/render.js';
import { Suggester } from '../assumptions/suggester.js';
import { remindDue } from '../due-reminder.js';
import { noteIfClockChange, noteIfFuture } from '../future-date.js';
import { findDraft } from './flags.js';
import type { NewOptions } from './index.js';

/** The entry id link-as-you-write gives the entry being written (saved entries' ids start at 1). */
const DRAFT_ENTRY = 0;

/** The recap, then the entry saved if the person says so. */
async function saveEntry(
  ctx: Context,
  set: PromptSet,
  meta: EntryMeta,
  current: Draft,
  answers: AnswerMap,
  ask: Asker,
): Promise<void> {
  const db = ctx.store().db;
  const final = validateAnswers(set, answeredOnly(answers));
  // The date, people, title and tags as they will be saved: a date given in words is read back here.
  const details = entryDetails(
    {
      occurredAt: meta.occurredAt ?? ctx.now().toISOString(),
      people: meta.people ?? [],
      tags: meta.tags ?? [],
    },
    set,
    ctx.columns,
  );
  ctx.out(`\n${chalk.bold('Recap')}`);
  if (meta.title) ctx.out(wrap(meta.title, ctx.columns).join('\n'));
  ctx.out(`${chalk.dim(details.join('\n'))}\n`);
  // Each answer ends with a blank line: the last one sets the question apart.
  ctx.out(renderAnswers(set, final, ctx.columns).join('\n'));
  if (!(await ask.confirm('Save this entry?', { default: true }))) {
    ctx.note(MSG.notSaved(current.id));
    return;
  }
  const stored = getStoredSet(db, set.id, set.version);
  const id = saveNewEntry(
    db,
    {
      set,
      source: stored?.source ?? 'builtin',
      yaml: stored?.yaml ?? null,
      title: meta.title ?? '',
      occurredAt: meta.occurredAt ? new Date(meta.occurredAt) : ctx.now(),
      people: meta.people ?? [],
      tags: meta.tags ?? [],
      answers: final,
      draftId: current.id,
      decisions: meta.decisions,
    },
    ctx.now(),
  );
  ctx.out(chalk.green(`✔ ${MSG.saved(id)}`) + chalk.dim(` — read it again with: reflect show ${id}`));
}

/** The guided flow: every answer is in a draft the moment it is given; Ctrl-C leaves the draft. */
export async function newInteractive(
  ctx: Context,
  options: NewOptions,
  ask: Asker = steppingAsker,
): Promise<void> {
  const db = ctx.store().db;
  const now = ctx.now();
  // Check flags before the first question, so a typo never costs the person their answers.
  const dated = options.date ? await entryDate(options.date, now) : undefined;
  remindDue(ctx);
  let draft: Draft | undefined;
  let startedHere = false;
  // Ctrl-C keeps the draft, unless it was started by this run and nothing has been typed into it yet: then it is
  // removed (nothing is lost) rather than left to wait in the draft picker. Returns the draft kept, if any.
  const stop = (): number | undefined => {
    if (!draft) return undefined;
    if (!startedHere || holdsSomething(getDraft(db, draft.id))) return draft.id;
    deleteDraft(db, draft.id);
    return undefined;
  };
  // A raw-mode terminal turns Ctrl-C into a keypress (handled below); a SIGINT still arrives when an editor
  // opened for a long answer has the terminal in cooked mode. Answers are saved already: say where they are.
  const onSignal = () => {
    const kept = stop();
    ctx.note(`\n${kept ? MSG.draftSaved(kept) : MSG.stoppedNothingSaved}`);
    process.exit(EXIT.interrupted);
  };
  process.once('SIGINT', onSignal);
  try {
    draft = options.resume ? resumeDraft(ctx, options.resume) : await offerDrafts(ctx, ask, options);
    let catalog: CatalogSet | undefined;
    if (!draft) {
      catalog = options.set ? findSet(db, options.set) : await chooseSet(ctx, ask);
      snapshotSet(
        db,
        catalog.set,
        catalog.source,
        catalog.source === 'builtin' ? catalog.yaml : null,
        now.toISOString(),
      );
      const meta: EntryMeta = {
        title: options.title === undefined ? undefined : oneLine(options.title),
        occurredAt: dated?.date.toISOString(),
        bareDay: dated?.bareDay || undefined,
        people: options.with.length > 0 ? cleanNames(options.with) : undefined,
        tags: options.tag.length > 0 ? cleanTags(options.tag) : undefined,
      };
      const id = createDraft(db, catalog.set.id, catalog.set.version, meta, now.toISOString());
      draft = getDraft(db, id)!;
      startedHere = true;
    }
    const set = setVersion(db, draft.setId, draft.setVersion);
    const meta: EntryMeta = { ...draft.meta };
    // Started now or resumed, the entry's date is known here: noted once, before the first step.
    noteIfClockChange(ctx, dated?.clockChange);
    if (meta.occurredAt) noteIfFuture(ctx, new Date(meta.occurredAt), meta.bareDay ?? false);
    const current = draft;
    // Explicit arguments: a default for `partial` would bring back the last step's partial when a step ends.
    const persist = (answers: AnswerMap = current.answers, partial?: Draft['partial']) => {
      current.answers = answers;
      current.partial = partial;
      // An assumption changed or removed after going back keeps no link it was given before.
      if (meta.decisions) {
        const written = partial ? { ...answers, [partial.stepId]: partial.value } : answers;
        meta.decisions = decisionsStillWritten(meta.decisions, written);
      }
      saveDraft(db, current.id, { answers, partial, meta }, ctx.now().toISOString());
    };

    ctx.out(setHeading(set, current.id, ctx.columns));
    if (set.description) ctx.out(chalk.dim(wrap(set.description, ctx.columns).join('\n')));
    // Who was there: asked once, and again when the person goes back from the first step.
    const askPeople = async () => {
      const earlier = meta.people?.join(', ') || undefined;
      meta.people = cleanNames(
        splitList(
          await askFirst(
            (text) => ctx.out(text),
            (typed) =>
              ask.text('Who was in the conversation? (names, comma-separated)', {
                prefill: typed ?? earlier,
              }),
          ),
        ),
      );
      persist(current.answers, current.partial);
    };
    if (meta.people === undefined) await askPeople();
    const suggestions = startSuggester(ctx);
    const hooks: FlowHooks = {
      save: (state) => persist(state.answers, state.partial),
      write: (text) => ctx.out(text),
      get columns() {
        return ctx.columns;
      },
      editor: chosenEditor(ctx.env, ctx.config) ?? DEFAULT_EDITOR,
      // Link-as-you-write: only if the earlier statements are indexed by now; it never makes anyone wait.
      onAssumption: async (step, statement) => {
        const suggester = suggestions.ready;
        if (!suggester) return;
        // The entry so far (its situation and dialogue come first) may say who a role in the statement is.
        const shown = suggester.suggest(statement, meta.people ?? [], 3, {
          entryId: DRAFT_ENTRY,
          context: contextOfAnswers(set.steps, current.answers),
          tags: meta.tags ?? [],
        });
        const answer = await askLink(ask, (text) => ctx.out(text), shown, ctx.columns);
        if (!answer) return;
        meta.decisions = [
          ...(meta.decisions ?? []),
          {
            stepId: step.id,
            text: statement,
            decision: answer.decision,
            statementIds: answer.decision === 'new' ? answer.statementIds : [answer.statementId],
          },
        ];
        // The list is still open: its items so far stay in the draft with the decision.
        persist(current.answers, current.partial);
      },
    };
    // The steps; going back from the first asks who was there again (unless --with said so), then every step again.
    const walk = async (from: { fromLast?: boolean; fromFirst?: boolean }): Promise<AnswerMap> => {
      for (;;) {
        try {
          return await walkSteps(set, { answers: current.answers, partial: current.partial }, ask, hooks, {
            ...from,
            backOut: options.with.length === 0,
          });
        } catch (error) {
          if (!(error instanceof GoBack)) throw error;
          await askPeople();
          from = { fromFirst: true };
        }
      }
    };
    let answers = await walk({});
    ctx.out('');
    // The questions after the steps (those the flags and the draft leave open), then saving. Going back from
    // the first of them asks the last step again.
    const after = [
      ...(meta.title === undefined ? ['title' as const] : []),
      ...(meta.tags === undefined ? ['tags' as const] : []),
      'save' as const,
    ];
    for (let at = 0; ; ) {
      try {
        const question = after[at]!;
        if (question === 'title') {
          meta.title = oneLine(
            await ask.text('A title for this entry (Enter to skip)', { prefill: meta.title }),
          );
          persist(current.answers, current.partial);
        } else if (question === 'tags') {
          const tags = meta.tags?.join(', ');
          meta.tags = cleanTags(
            splitList(await ask.text('Tags (comma-separated, Enter to skip)', { prefill: tags })),
          );
          persist(current.answers, current.partial);
        } else return await saveEntry(ctx, set, meta, current, answers, ask);
        at += 1;
      } catch (error) {
        if (!(error instanceof GoBack)) throw error;
        if (at > 0) at -= 1;
        else {
          answers = await walk({ fromLast: true });
          ctx.out('');
        }
      }
    }
  } catch (error) {
    if (isPromptExit(error)) throw new Interrupted(stop(), MSG.stoppedNothingSaved);
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
  }
}

/**
 * Whether a draft holds anything beyond its set: an answer, a step begun, a link decision, the names given at
 * "Who was in the conversation?", or a title, tags, people or date from the flags (which it goes on with).
 */
function holdsSomething(draft: Draft | undefined): boolean {
  if (!draft) return false;
  const { people, tags, title, occurredAt, decisions } = draft.meta;
  return (
    Object.keys(draft.answers).length > 0 ||
    (draft.partial !== undefined && !isBlank(draft.partial.value)) ||
    (decisions?.length ?? 0) > 0 ||
    (people?.length ?? 0) > 0 ||
    (tags?.length ?? 0) > 0 ||
    Boolean(title) ||
    occurredAt !== undefined
  );
}

function isBlank(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isBlank);
  if (value !== null && typeof value === 'object') return Object.values(value).every(isBlank);
  return false;
}

/** "Left-hand column — 9 steps, saved as you go (draft 3)", the title bold, broken between words. */
function setHeading(set: PromptSet, draftId: number, columns: number): string {
  const [first = '', ...rest] = wrap(
    `${set.title} — ${MSG.steps(set.steps.length)}, saved as you go (draft ${draftId})`,
    columns,
  );
  const title = first.startsWith(set.title) ? set.title : '';
  return [
    chalk.bold(title) + chalk.dim(first.slice(title.length)),
    ...rest.map((line) => chalk.dim(line)),
  ].join('\n');
}

function resumeDraft(ctx: Context, idText: string): Draft {
  return findDraft(ctx.store().db, idText);
}

/**
 * With drafts waiting, the person may continue one instead of starting again — unless the flags give the new
 * entry's details, which a draft would drop for its own (as `--resume` refuses them): then the drafts are named.
 */
async function offerDrafts(ctx: Context, ask: Asker, options: NewOptions): Promise<Draft | undefined> {
  const db = ctx.store().db;
  const drafts = listDrafts(db).filter((d) => !options.set || d.setId === options.set);
  if (drafts.length === 0) return undefined;
  const details = [options.title, options.date, ...options.with, ...options.tag].some((v) => v !== undefined);
  if (details) {
    ctx.note(chalk.dim(MSG.draftsWait(drafts.map((d) => d.id))));
    return undefined;
  }
  const choices: Array<Choice<number>> = drafts.slice(0, 5).map((d) => ({
    value: d.id,
    name: draftLabel(d, setVersion(db, d.setId, d.setVersion), ctx.columns),
    short: `draft ${d.id}`,
  }));
  choices.push({ value: 0, name: 'Start a new entry' });
  const picked = await askFirst(
    (text) => ctx.out(text),
    () => ask.select('You have unfinished drafts. Continue one?', choices),
  );
  return picked === 0 ? undefined : drafts.find((d) => d.id === picked);
}

/** A draft as the picker lists it, wrapped between words: its further lines indented under the first. */
export function draftLabel(draft: Draft, set: PromptSet, columns: number): string {
  const done = Math.min(firstUnanswered(set, draft.answers), set.steps.length);
  const { begun, words } = draftSubject(draft, set);
  return choiceName(
    `draft ${draft.id}: ${set.title}, ${done} of ${MSG.steps(set.steps.length)}${begun ? MSG.stepBegun(begun) : ''}${words ? ` — ${excerpt(words, 40)}` : ''} (${formatWhen(draft.updatedAt)})`,
    columns,
  );
}

/** Sets with an assignment due come first, saying so; the rest keep their usual order. */
async function chooseSet(ctx: Context, ask: Asker): Promise<CatalogSet> {
  const db = ctx.store().db;
  const today = localDay(ctx.now());
  const due = dueNow(listAssignments(db).map((a) => statusOf(a, today)));
  const dueLabel = new Map<string, string>();
  for (const s of due) {
    if (dueLabel.has(s.assignment.setId)) continue;
    const from = s.assignment.from ? `, from ${s.assignment.from}` : '';
    dueLabel.set(s.assignment.setId, ` — ${describeState(s.state)}${from}`);
  }
  const sets = availableSets(db);
  // Something due comes first and is the default; otherwise the configured default set.
  const ordered = [
    ...[...dueLabel.keys()].flatMap((id) => sets.filter((c) => c.set.id === id)),
    ...sets.filter((c) => !dueLabel.has(c.set.id)),
  ];
  // Something due comes first and is the default; otherwise the configured default set.
  const preferred =
    ordered.find((c) => dueLabel.has(c.set.id)) ?? ordered.find((c) => c.set.id === ctx.config.defaultSet);
  return askFirst(
    (text) => ctx.out(text),
    () =>
      ask.select(
        'Which exercise?',
        ordered.map((c) => ({
          value: c,
          name: `${c.set.title}${dueLabel.get(c.set.id) ?? ''}`,
          // Inquirer breaks descriptions at the terminal edge mid-word; wrapped here they break between words.
          description: c.set.description ? wrap(c.set.description, ctx.columns - 1).join('\n') : undefined,
        })),
        preferred ? { default: preferred } : {},
      ),
  );
}

/**
 * Indexes the earlier statements in the background while the person writes the first steps. A journal
 * without statements, or any failure here, just means no suggestions.
 */
function startSuggester(ctx: Context): { ready: Suggester | undefined } {
  const state: { ready: Suggester | undefined } = { ready: undefined };
  Suggester.build(ctx.store().db)
    .then((suggester) => {
      if (suggester.size > 0) state.ready = suggester;
    })
    .catch((error: unknown) => {
      if (ctx.globals.debug) ctx.note(`suggestions unavailable: ${(error as Error).message}`);
    });
  return state;
}
