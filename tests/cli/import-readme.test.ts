import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, reflect, tempJournal } from '../helpers/cli.js';
import { seed } from '../helpers/seed.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** A JSON value's shape: its keys, nested, with every value's type (arrays by their first item). */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return [value.length ? shape(value[0]) : 'empty'];
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, shape(v)]));
  return typeof value;
}

/** Counts as N and runs of white space as one space, so README's example and a real run compare as lines. */
const normal = (line: string) => line.replace(/\d+/g, 'N').replace(/\s+/g, ' ').trim();

/** README's import summary (its dry-run line and its `--json` shape) is what `reflect import` prints. */
describe('README on import --dry-run and --json', () => {
  let journal: ReturnType<typeof tempJournal>;
  let file: string;
  beforeEach(() => {
    journal = tempJournal();
    seed(journal.db, [
      { date: '2026-11-18T14:30', title: 'Budget review', answers: { entry: 'as written' } },
    ]);
    // The journal's own export with its one entry changed: the same uuid, other content, so a conflict.
    const exported = JSON.parse(reflect(['export', '--format', 'json'], { db: journal.db }).stdout);
    exported.entries[0].title = 'Budget review, retold';
    file = join(journal.dir, 'changed.json');
    writeFileSync(file, JSON.stringify(exported));
  });
  afterEach(() => journal.cleanup());

  it('the dry-run line README quotes is the one printed', () => {
    const quoted = README.match(/`(would import \d+[^`]*)`/s)?.[1];
    expect(quoted).toBeDefined();
    const run = reflect(['import', file, '--dry-run'], { db: journal.db });
    expect(run.code, run.stderr).toBe(0);
    const last = run.stdout.trimEnd().split('\n').at(-1)!;
    expect(normal(last)).toBe(normal(quoted!));
  });

  it('the --json shape README shows is the one printed, field for field', () => {
    const block = README.match(/```json\n(\{"format": "reflect", "dryRun"[^`]*)```/)?.[1];
    expect(block).toBeDefined();
    const run = reflect(['import', file, '--dry-run', '--json'], { db: journal.db });
    expect(run.code, run.stderr).toBe(0);
    expect(shape(JSON.parse(run.stdout))).toEqual(shape(JSON.parse(block!)));
    const table = README.slice(README.indexOf(block!));
    for (const key of Object.keys(JSON.parse(run.stdout))) expect(table).toContain(`\`${key}\``);
    expect(table).toContain('`register`');
  });
});
