import type { Context } from '../../context.js';
import { oneLine } from '../../domain/names.js';
import { type FilterOptions, isFiltered } from '../../domain/query.js';
import { buildRegister, type GroupFacts, type RegisterGroup } from '../../domain/register.js';
import { UserError } from '../../errors.js';
import {
  ensureGrouped,
  getStatement,
  groupExists,
  groupFacts,
  groupSize,
  linkStatement,
  mergeGroups,
  opposeGroups,
  oppositesOf,
  recordTest,
  registerRowsWhere,
  renameGroup,
  statementsOfGroup,
  type TestResult,
  unlinkStatement,
  unopposeGroup,
} from '../../store/assumptions.js';
import type { Db } from '../../store/db.js';
import { entryFilter, entryLeads, findEntryIds } from '../../store/entries.js';
import { renderGroup, renderRegister } from '../../ui/assumptions-view.js';
import { MSG } from '../../ui/messages.js';
import { readFilters } from '../filters.js';
import { groupingNote, loadEngine } from './engine.js';
import { Suggester } from './suggester.js';

export async function showRegister(ctx: Context, options: FilterOptions): Promise<void> {
  const query = await readFilters(ctx, options, { count: 'all' });
  const db = ctx.store().db;
  await ensureGrouped(
    db,
    loadEngine,
    ctx.now(),
    { from: query.from?.toISOString() ?? '', to: query.to?.toISOString() ?? '\uffff' },
    groupingNote(ctx),
  );
  const { where, params } =
    query.limit === undefined
      ? entryFilter(query)
      : {
          where: 'WHERE e.id IN (SELECT value FROM json_each(@ids))',
          params: { ids: JSON.stringify(findEntryIds(db, query)) },
        };
  const statements = registerRowsWhere(db, where, params);
  const facts = groupFacts(
    db,
    statements.flatMap((s) => s.groupId ?? []),
  );
  const register = buildRegister(statements, facts);
  if (ctx.globals.json) return ctx.out(JSON.stringify(register, null, 2));
  if (register.length === 0) return ctx.note(isFiltered(query) ? MSG.noAssumptionsMatch : MSG.noAssumptions);
  ctx.out(renderRegister(register, ctx.columns, (group, other) => isAutoOpposite(facts, group, other)));
}

export async function showGroup(ctx: Context, groupText: string): Promise<void> {
  const id = parseGroupId(groupText);
  const db = await grouped(ctx);
  if (!groupExists(db, id)) throw unknownGroup(groupText);
  printGroup(ctx, db, id);
}

/**
 * The journal with its waiting statements grouped, as `reflect assumptions` leaves it: the group ids the
 * register prints right after entries are written are the ones `show`, `link` … are given.
 */
async function grouped(ctx: Context): Promise<Db> {
  const db = ctx.store().db;
  await ensureGrouped(db, loadEngine, ctx.now(), undefined, groupingNote(ctx));
  return db;
}

/** The `show` shape: the register line of the group plus its statements as written. */
function groupJson(db: Db, id: number) {
  const statements = statementsOfGroup(db, id);
  const facts = groupFacts(db, [id]);
  const [line] = buildRegister(statements, facts);
  const group: RegisterGroup = line ?? {
    group: id,
    label: '',
    named: false,
    count: 0,
    entries: [],
    firstSeen: '',
    lastSeen: '',
    people: [],
    opposites: [],
    tested: null,
    confirmed: false,
  };
  return {
    ...group,
    statements: statements.map((s) => ({
      id: s.id,
      entryId: s.entryId,
      date: s.date,
      title: s.title,
      text: s.text,
      linkedBy: s.linkedBy,
    })),
  };
}

function printGroup(ctx: Context, db: Db, id: number, note?: string): void {
  const group = groupJson(db, id);
  if (ctx.globals.json) {
    ctx.out(JSON.stringify(group, null, 2));
    return;
  }
  if (note) ctx.note(note);
  // An untitled entry is named by its first words, as `list` names it (the JSON keeps the title as it is).
  const leads = entryLeads(
    db,
    group.statements.filter((s) => !s.title).map((s) => s.entryId),
  );
  group.statements = group.statements.map((s) => (s.title ? s : { ...s, title: leads.get(s.entryId) ?? '' }));
  const labels = groupFacts(db, group.opposites);
  const own = groupFacts(db, [id]);
  ctx.out(
    renderGroup(
      group,
      (other) => labels.get(other)?.label,
      ctx.columns,
      (other) => isAutoOpposite(own, id, other),
    ),
  );
}

/** The grouping marked the two opposite, and the person has not (yet): shown as possible. */
function isAutoOpposite(facts: ReadonlyMap<number, GroupFacts>, group: number, other: number): boolean {
  return facts.get(group)?.opposites.find((o) => o.id === other)?.origin === 'auto';
}

/**
 * Runs a decision with its checks in one transaction, on the grouping brought up to date first: a refused
 * decision leaves the journal as it was (apart from that grouping, which any command reading groups does).
 */
async function decide<T>(ctx: Context, action: (db: Db) => T): Promise<T> {
  const db = await grouped(ctx);
  return db.transaction(() => action(db)).immediate();
}

export async function link(ctx: Context, statementText: string, groupText: string): Promise<void> {
  const statementId = parseStatementId(statementText);
  const groupId = parseGroupId(groupText);
  const confirmed = await decide(ctx, (db) => {
    const statement = requireStatement(db, statementId, statementText);
    requireGroup(db, groupId, groupText);
    // Linking a statement to the group it is in confirms an automatic placement; a link made already is a no-op.
    if (statement.groupId === groupId && statement.linkedBy === 'person')
      throw new UserError(MSG.alreadyLinked(statementId, groupId));
    linkStatement(db, statementId, groupId);
    return statement.groupId === groupId;
  });
  printGroup(
    ctx,
    ctx.store().db,
    groupId,
    confirmed
      ? MSG.linkConfirmed(statementId, groupId)
      : `statement ${statementId} is now in group ${groupId}`,
  );
}

export async function unlink(ctx: Context, statementText: string): Promise<void> {
  const statementId = parseStatementId(statementText);
  const alone = await decide(ctx, (db) => {
    const statement = requireStatement(db, statementId, statementText);
    if (statement.groupId !== null && groupSize(db, statement.groupId) === 1) {
      throw new UserError(`statement ${statementId} is already on its own (group ${statement.groupId})`);
    }
    return unlinkStatement(db, statementId, ctx.now());
  });
  printGroup(ctx, ctx.store().db, alone, `statement ${statementId} now stands alone, in group ${alone}`);
}

export async function merge(ctx: Context, keepText: string, otherText: string): Promise<void> {
  const keep = parseGroupId(keepText);
  const other = parseGroupId(otherText);
  await decide(ctx, (db) => {
    requireGroup(db, keep, keepText);
    requireGroup(db, other, otherText);
    if (keep === other) throw new UserError(`group ${keep} cannot be merged with itself`);
    const opposite = groupFacts(db, [keep])
      .get(keep)
      ?.opposites.find((o) => o.id === other);
    if (opposite?.origin === 'person') {
      throw new UserError(`groups ${keep} and ${other} are marked as opposites; they cannot be merged`);
    }
    mergeGroups(db, keep, other);
  });
  printGroup(ctx, ctx.store().db, keep, `group ${other} merged into group ${keep}`);
}

export async function rename(ctx: Context, groupText: string, label: string): Promise<void> {
  const groupId = parseGroupId(groupText);
  const text = oneLine(label);
  if (!text) throw new UserError('the label is empty (give the group a few words of your own)');
  await decide(ctx, (db) => {
    requireGroup(db, groupId, groupText);
    renameGroup(db, groupId, text);
  });
  printGroup(ctx, ctx.store().db, groupId, `group ${groupId} renamed`);
}

export async function oppose(ctx: Context, aText: string, bText: string): Promise<void> {
  const a = parseGroupId(aText);
  const b = parseGroupId(bText);
  await decide(ctx, (db) => {
    requireGroup(db, a, aText);
    requireGroup(db, b, bText);
    if (a === b) throw new UserError(`group ${a} cannot be the opposite of itself`);
    opposeGroups(db, a, b);
  });
  printGroup(ctx, ctx.store().db, a, `groups ${a} and ${b} are marked as opposites`);
}

export async function unoppose(ctx: Context, groupText: string): Promise<void> {
  const groupId = parseGroupId(groupText);
  const peers = await decide(ctx, (db) => {
    requireGroup(db, groupId, groupText);
    if (oppositesOf(db, groupId).length === 0) throw new UserError(MSG.notOpposite(groupId));
    return unopposeGroup(db, groupId);
  });
  printGroup(ctx, ctx.store().db, groupId, MSG.unopposed(groupId, peers));
}

export async function test(
  ctx: Context,
  groupText: string,
  options: { result: TestResult; note?: string },
): Promise<void> {
  const groupId = parseGroupId(groupText);
  await decide(ctx, (db) => {
    requireGroup(db, groupId, groupText);
    recordTest(db, groupId, {
      result: options.result,
      note: (options.note ?? '').trim(),
      date: ctx.now().toISOString(),
    });
  });
  printGroup(ctx, ctx.store().db, groupId, `test recorded for group ${groupId} — thank you for checking`);
}

/** Hidden: what link-as-you-write would show, with timings (the benchmark reads `queryMs`). */
export async function suggest(ctx: Context, text: string, people: string[]): Promise<void> {
  const db = ctx.store().db;
  const started = performance.now();
  const suggester = await Suggester.build(db);
  const built = performance.now();
  const suggestions = suggester.suggest(text, people, 3);
  const done = performance.now();
  const result = {
    candidates: suggester.size,
    indexMs: Math.round((built - started) * 10) / 10,
    queryMs: Math.round((done - built) * 100) / 100,
    suggestions,
  };
  if (ctx.globals.json) return ctx.out(JSON.stringify(result, null, 2));
  for (const s of suggestions)
    ctx.out(
      `${s.statementId}\t${s.groupId ?? '-'}\t${s.score}\t${s.opposite ? 'opposite' : 'same'}\t${s.text}`,
    );
  ctx.note(
    `${result.candidates} statements indexed in ${result.indexMs} ms; suggested in ${result.queryMs} ms`,
  );
}

function parseGroupId(text: string): number {
  if (!/^#?\d+$/.test(text.trim()) || Number(text.replace('#', '')) < 1)
    throw new UserError(MSG.badGroupId(text));
  return Number(text.trim().replace('#', ''));
}

function parseStatementId(text: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) throw new UserError(MSG.badStatementId(text));
  return Number(text);
}

function unknownGroup(text: string): UserError {
  return new UserError(MSG.unknownGroup(text));
}

function requireGroup(db: Db, id: number, text: string): void {
  if (!groupExists(db, id)) throw unknownGroup(text);
}

function requireStatement(db: Db, id: number, text: string) {
  const statement = getStatement(db, id);
  if (!statement) {
    throw new UserError(MSG.unknownStatement(text));
  }
  return statement;
}
