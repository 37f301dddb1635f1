import type { Context } from '../../context.js';
import { parseAnswersFile, validateAnswers } from '../../domain/answers.js';
import { entryDate } from '../../domain/dates.js';
import { entryToJson } from '../../domain/entry-json.js';
import { cleanNames, cleanTags, oneLine } from '../../domain/names.js';
import { UserError } from '../../errors.js';
import { findSet } from '../../prompt-catalog.js';
import { getEntry } from '../../store/entries.js';
import { saveNewEntry } from '../../store/journal.js';
import { noteIfClockChange, noteIfFuture } from '../future-date.js';
import { readJsonInput } from '../options.js';
import type { NewOptions } from './index.js';

/** `reflect new --answers FILE`: everything is checked before the journal is opened for writing. */
export async function newFromAnswers(ctx: Context, options: NewOptions): Promise<void> {
  const source = options.answers!;
  const file = parseAnswersFile(readJsonInput(source), source === '-' ? 'stdin' : source);
  const setId = options.set ?? ctx.config.defaultSet;
  if (!setId) {
    throw new UserError('--answers needs --set to say which prompt set the answers are for', {
      hint: 'e.g. reflect new --set left-hand-column --answers answers.json',
    });
  }
  const now = ctx.now();
  const when = options.date ?? file.date;
  const dated = when === undefined ? undefined : await entryDate(when, now);
  const occurredAt = dated?.date ?? now;
  const db = ctx.store().db;
  const catalog = findSet(db, setId);
  const answers = validateAnswers(catalog.set, file.answers);
  const id = saveNewEntry(
    db,
    {
      ...catalog,
      yaml: catalog.source === 'installed' ? null : catalog.yaml,
      title: oneLine(options.title ?? file.title ?? ''),
      occurredAt,
      // Flags override the file's fields.
      people: cleanNames(options.with.length > 0 ? options.with : (file.people ?? [])),
      tags: cleanTags(options.tag.length > 0 ? options.tag : (file.tags ?? [])),
      answers,
    },
    now,
  );
  if (ctx.globals.json) ctx.out(JSON.stringify(entryToJson(getEntry(db, id)!, catalog.set), null, 2));
  else ctx.out(String(id));
  if (dated) {
    noteIfClockChange(ctx, dated.clockChange);
    noteIfFuture(ctx, dated.date, dated.bareDay);
  }
}
