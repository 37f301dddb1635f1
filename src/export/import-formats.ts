import { createHash } from 'node:crypto';
import { type ZodType, z } from 'zod';
import { CADENCE_FORMS, parseCadence } from '../domain/cadence.js';
import { oneLine } from '../domain/names.js';
import { promptSetSchema } from '../domain/prompt-set.js';
import type { PromptSet } from '../domain/types.js';
import { ROLES, STEP_KINDS } from '../domain/types.js';
import type { AssignmentExport } from '../store/assignments.js';
import { ImportProblem } from './import-problem.js';
import {
  type ExportEntry,
  type ExportPromptSet,
  type ExportRegister,
  JOURNAL_FORMAT,
  JOURNAL_VERSION,
} from './journal-json.js';
import { checkRegisterShape } from './register-check.js';

/**
 * Import formats: each turns one element of the file's `entries` array into the reflect export shape
 * (`ExportEntry`), so that comparing with the journal, inserting and overwriting work the same for all.
 * Pure: the local time zone is the only outside input (jrnl writes local times without an offset).
 */

export { ImportProblem };

export interface FileHeader {
  promptSets: ExportPromptSet[];
  assignments: AssignmentExport[];
  /** The assumption register's decisions (reflect exports that carry them). */
  register?: ExportRegister | undefined;
}

export interface ImportFormat {
  name: 'reflect' | 'jrnl' | 'dayone';
  description: string;
  /** Whether the file looks like this format (top-level values and the first entry). */
  detect(top: ReadonlyMap<string, unknown>, firstEntry: unknown): boolean;
  /** Checks the top-level values; returns the prompt sets and assignments the file brings (reflect only). */
  header(top: ReadonlyMap<string, unknown>): FileHeader;
  entry(raw: unknown, index: number, freeform: PromptSet): ExportEntry;
}

// ISO 8601 date-time with a zone (Z or ±hh:mm).
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

const isoInstant = z
  .string({ error: 'expected an ISO date' })
  .refine((v) => ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v)), 'expected an ISO date');

const stringList = z.array(z.string({ error: 'expected a string' }), { error: 'expected a list of strings' });

/** Runs a zod schema and turns its first issue into an ImportProblem at `entries[i].field`. */
export function check<T>(schema: ZodType<T>, value: unknown, path: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const at = issue.path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : `${out}.${String(part)}`),
    path,
  );
  const missing = issue.code === 'invalid_type' && valueAt(value, issue.path) === undefined;
  throw new ImportProblem(at, missing ? 'missing' : issue.message.replace(/^Invalid input: /, ''));
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

// ——— reflect ———

const answerSchema = z.object({
  step: z.string({ error: 'expected a step id' }).min(1),
  kind: z.enum(STEP_KINDS, { error: `expected one of ${STEP_KINDS.join(', ')}` }),
  role: z.enum(ROLES, { error: `expected one of ${ROLES.join(', ')}` }),
  value: z.unknown().refine((v) => v !== undefined, 'missing'),
});

const reflectEntrySchema = z.object({
  uuid: z.string({ error: 'expected a string' }).min(1, 'must not be empty').max(200, 'too long'),
  set: z.string({ error: 'expected a prompt set id' }).min(1),
  setVersion: z.number({ error: 'expected a whole number' }).int('expected a whole number').min(1),
  title: z.string({ error: 'expected a string' }),
  occurredAt: isoInstant,
  utcOffset: z
    .number({ error: 'expected minutes east of UTC' })
    .int('expected minutes east of UTC')
    .min(-18 * 60)
    .max(18 * 60),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  starred: z.boolean({ error: 'expected true or false' }),
  people: stringList,
  tags: stringList,
  answers: z.array(answerSchema, { error: 'expected a list of answers' }),
});

const day = z
  .string({ error: 'expected a day like 2026-11-24' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day like 2026-11-24');

const assignmentSchema = z.object({
  id: z.number({ error: 'expected a whole number' }).int('expected a whole number'),
  set: z.string({ error: 'expected a prompt set id' }).min(1),
  title: z.string({ error: 'expected a string' }),
  from: z.string({ error: 'expected a string or null' }).nullable(),
  note: z.string({ error: 'expected a string or null' }).nullable(),
  every: z
    .string({ error: 'expected a cadence or null' })
    .refine((v) => parseCadence(v) !== null, `expected ${CADENCE_FORMS}`)
    .nullable(),
  count: z.number({ error: 'expected a whole number or null' }).int().min(1).nullable(),
  firstDue: day,
  origin: z.enum(['file', 'self'], { error: 'expected "file" or "self"' }),
  createdAt: isoInstant,
  cancelledAt: isoInstant.nullable(),
  completions: z.array(
    z.object({ entry: z.string({ error: 'expected an entry uuid' }).min(1), dueOn: day, completedOn: day }),
    { error: 'expected a list' },
  ),
});

const exportSetSchema = z.object({
  source: z.enum(['builtin', 'installed'], { error: 'expected "builtin" or "installed"' }),
  addedAt: isoInstant,
  removedAt: isoInstant.optional(),
  yaml: z.string({ error: 'expected a string or null' }).nullable(),
  set: promptSetSchema,
});

const statementRefSchema = z.object({
  entry: z.string({ error: 'expected an entry uuid' }).min(1, 'must not be empty'),
  step: z.string({ error: 'expected a step id' }).min(1, 'must not be empty'),
  item: z.number({ error: 'expected a whole number' }).int('expected a whole number').min(0),
  text: z.string({ error: 'expected a string' }),
});

const groupId = z.number({ error: 'expected a group id' }).int('expected a group id').min(1);
const groupPair = z.tuple([groupId, groupId], { error: 'expected a pair of group ids' });

const registerSchema = z.object(
  {
    groups: z.array(
      z.object({
        id: groupId,
        label: z
          .string({ error: 'expected a string or null' })
          .transform(oneLine)
          .refine((v) => v !== '', 'must not be empty')
          .nullable(),
        statements: z
          .array(
            statementRefSchema.extend({
              linkedBy: z.enum(['person', 'auto'], { error: 'expected "person" or "auto"' }),
            }),
            { error: 'expected a list' },
          )
          .min(1, 'expected at least one statement'),
        tests: z.array(
          z.object({
            result: z.enum(['held', 'failed', 'mixed'], { error: 'expected held, failed or mixed' }),
            note: z.string({ error: 'expected a string' }),
            date: isoInstant,
          }),
          { error: 'expected a list' },
        ),
      }),
      { error: 'expected a list' },
    ),
    opposites: z.array(groupPair, { error: 'expected a list' }),
    notOpposites: z.array(groupPair, { error: 'expected a list' }),
    different: z.array(z.tuple([statementRefSchema, statementRefSchema], { error: 'expected a pair' }), {
      error: 'expected a list',
    }),
  },
  { error: 'expected an object' },
);

const reflectFormat: ImportFormat = {
  name: 'reflect',
  description: 'a reflect JSON export',
  detect: (top) => top.has('format'),
  header(top) {
    const format = top.get('format');
    if (format !== JOURNAL_FORMAT) {
      throw new ImportProblem('format', `expected "${JOURNAL_FORMAT}", got ${JSON.stringify(format)}`);
    }
    const version = top.get('version');
    if (version === undefined) throw new ImportProblem('version', 'missing');
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      throw new ImportProblem('version', `expected a whole number, got ${JSON.stringify(version)}`);
    }
    if (version > JOURNAL_VERSION) {
      throw new ImportProblem(
        'version',
        `this file is version ${version}; this reflect reads up to version ${JOURNAL_VERSION}`,
        'upgrade reflect to import it',
      );
    }
    if (top.has('exportedAt')) check(isoInstant, top.get('exportedAt'), 'exportedAt');
    const promptSets = (
      check(
        z.array(exportSetSchema, { error: 'expected a list' }),
        top.get('promptSets') ?? [],
        'promptSets',
      ) as ExportPromptSet[]
    ).map((s) => (s.removedAt === undefined ? s : { ...s, removedAt: instant(s.removedAt) }));
    const assignments = check(
      z.array(assignmentSchema, { error: 'expected a list' }),
      top.get('assignments') ?? [],
      'assignments',
    );
    if (!top.has('register')) return { promptSets, assignments };
    const register = check(registerSchema, top.get('register'), 'register') as ExportRegister;
    for (const group of register.groups) for (const test of group.tests) test.date = instant(test.date);
    checkRegisterShape(register);
    return { promptSets, assignments, register };
  },
  entry(raw, index) {
    const entry = check(reflectEntrySchema, raw, `entries[${index}]`);
    return {
      ...entry,
      occurredAt: instant(entry.occurredAt),
      createdAt: instant(entry.createdAt),
      updatedAt: instant(entry.updatedAt),
    } as ExportEntry;
  },
};

// ——— jrnl ———

const jrnlEntrySchema = z.object({
  title: z.string({ error: 'expected a string' }),
  body: z.string({ error: 'expected a string' }).default(''),
  date: z
    .string({ error: 'expected a date like 2020-08-29' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2020-08-29'),
  time: z
    .string({ error: 'expected a time like 14:30' })
    .regex(/^\d{2}:\d{2}(:\d{2})?$/, 'expected a time like 14:30'),
  tags: stringList.default([]),
  starred: z.boolean({ error: 'expected true or false' }).default(false),
});

const jrnlFormat: ImportFormat = {
  name: 'jrnl',
  description: "jrnl's JSON export (jrnl --format json)",
  detect: (top, first) =>
    (top.has('tags') && !top.has('metadata')) ||
    (isRecord(first) && 'date' in first && 'time' in first && 'body' in first),
  header(top) {
    if (top.has('tags')) check(z.record(z.string(), z.unknown()), top.get('tags'), 'tags');
    return { promptSets: [], assignments: [] };
  },
  entry(raw, index, freeform) {
    const path = `entries[${index}]`;
    const jrnl = check(jrnlEntrySchema, raw, path);
    const [y, mo, d] = jrnl.date.split('-').map(Number) as [number, number, number];
    const [h, mi, s = 0] = jrnl.time.split(':').map(Number) as [number, number, number?];
    // jrnl keeps local times without a zone: read them in the local zone, like `--date` does.
    const local = new Date(y, mo - 1, d, h, mi, s);
    if (local.getMonth() !== mo - 1 || local.getDate() !== d || h > 23 || mi > 59 || s > 59) {
      throw new ImportProblem(`${path}.date`, `not a real date and time: ${jrnl.date} ${jrnl.time}`);
    }
    const at = local.toISOString();
    return freeformEntry(freeform, {
      // jrnl has no ids: derive one from the content, so importing the same export twice adds nothing.
      uuid: stableUuid('jrnl', jrnl.date, jrnl.time, jrnl.title, jrnl.body),
      title: jrnl.title,
      occurredAt: at,
      utcOffset: -local.getTimezoneOffset(),
      createdAt: at,
      updatedAt: at,
      starred: jrnl.starred,
      tags: jrnl.tags,
      text: jrnl.body,
    });
  },
};

// ——— Day One ———

const dayOneEntrySchema = z.object({
  uuid: z.string({ error: 'expected a string' }).min(1, 'must not be empty').max(200, 'too long'),
  creationDate: isoInstant,
  modifiedDate: isoInstant.optional(),
  text: z.string({ error: 'expected a string' }).default(''),
  tags: stringList.default([]),
  starred: z.boolean({ error: 'expected true or false' }).default(false),
  timeZone: z
    .string({ error: 'expected a time zone name' })
    .refine(isTimeZone, 'expected a time zone name like Europe/Amsterdam')
    .optional(),
});

const dayOneFormat: ImportFormat = {
  name: 'dayone',
  description: "Day One's JSON export",
  detect: (top, first) => top.has('metadata') || (isRecord(first) && 'creationDate' in first),
  header(top) {
    if (top.has('metadata')) check(z.record(z.string(), z.unknown()), top.get('metadata'), 'metadata');
    return { promptSets: [], assignments: [] };
  },
  entry(raw, index, freeform) {
    const one = check(dayOneEntrySchema, raw, `entries[${index}]`);
    const at = instant(one.creationDate);
    return freeformEntry(freeform, {
      uuid: one.uuid,
      title: titleFromText(one.text),
      occurredAt: at,
      utcOffset: one.timeZone ? offsetIn(one.timeZone, new Date(at)) : 0,
      createdAt: at,
      updatedAt: one.modifiedDate ? instant(one.modifiedDate) : at,
      starred: one.starred,
      tags: one.tags,
      text: one.text,
    });
  },
};

export const IMPORT_FORMATS: readonly ImportFormat[] = [reflectFormat, jrnlFormat, dayOneFormat];
export const IMPORT_FORMAT_NAMES = IMPORT_FORMATS.map((f) => f.name);

// ——— helpers ———

interface FreeformFields {
  uuid: string;
  title: string;
  occurredAt: string;
  utcOffset: number;
  createdAt: string;
  updatedAt: string;
  starred: boolean;
  tags: string[];
  text: string;
}

function freeformEntry(set: PromptSet, f: FreeformFields): ExportEntry {
  const step = set.steps[0]!;
  return {
    uuid: f.uuid,
    set: set.id,
    setVersion: set.version,
    title: f.title.trim(),
    occurredAt: f.occurredAt,
    utcOffset: f.utcOffset,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
    starred: f.starred,
    people: [],
    tags: f.tags,
    answers: f.text.trim() === '' ? [] : [{ step: step.id, kind: step.kind, role: step.role, value: f.text }],
  };
}

/** Canonical ISO instant (what the journal stores). */
// A string toISOString would write back unchanged (as reflect exports are) needs no Date. Days past the 28th
// and out-of-range fields go through Date, which rolls them over (2026-02-30 is 2026-03-02).
const CANONICAL_INSTANT =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

function instant(iso: string): string {
  return CANONICAL_INSTANT.test(iso) ? iso : new Date(iso).toISOString();
}

/** A UUID (version 5 layout) from a SHA-1 of the parts: the same content always gets the same id. */
export function stableUuid(...parts: string[]): string {
  const hex = createHash('sha1').update(parts.join('\u0000')).digest('hex');
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Day One entries have no title: the first line with words, without Markdown marks, links or images. */
export function titleFromText(text: string): string {
  const plain = (line: string) =>
    line
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s*(#{1,6}\s+|[-*+]\s+(\[[ xX]\]\s+)?|>\s*)/, '')
      .replace(/(\*{1,3}|_{2,3})(?=\S)|(?<=\S)(\*{1,3}|_{2,3})/g, '')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
      .replace(/[\u200b-\u200d\ufeff]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const line =
    text
      .split(/\r?\n/)
      .map(plain)
      .find((l) => l !== '') ?? '';
  const chars = [...line];
  return chars.length <= 80 ? line : `${chars.slice(0, 79).join('').trimEnd()}…`;
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Minutes east of UTC in `timeZone` at that instant. */
export function offsetIn(timeZone: string, at: Date): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
