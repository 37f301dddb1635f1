import MarkdownIt from 'markdown-it';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, reflectJson, stripAnsi, tempJournal } from '../helpers/cli.js';
import { journalHash } from '../helpers/hash.js';
import type { GroupJson } from '../helpers/register-json.js';
import { ladderEntry, seed } from '../helpers/seed.js';

// Found by using the register and the summary as a sous-chef and her coach would (session 8 audit).
// REFLECT_NOW = Tue 2026-11-24 10:00 +01:00 (2026-W48), TZ Europe/Amsterdam.

let journal: ReturnType<typeof tempJournal>;
beforeEach(() => {
  journal = tempJournal();
});
afterEach(() => journal.cleanup());

const ladder = (date: string, assumptions: string[], people = ['Ines']) =>
  ladderEntry(date, assumptions, people, 'A service.');

const run = (args: string[]) => reflect(args, { db: journal.db });
const json = <T>(args: string[]) => reflectJson<T>(args, { db: journal.db });

/** The one group holding this exact wording. */
function groupOf(text: string): GroupJson {
  const groups = json<Array<{ group: number }>>(['assumptions']);
  for (const { group } of groups) {
    const shown = json<GroupJson>(['assumptions', 'show', String(group)]);
    if (shown.statements.some((s) => s.text === text)) return shown;
  }
  throw new Error(`no group holds ${text}`);
}

describe('assumptions link: a statement and the group it is already in', () => {
  it('confirms an automatic placement, then refuses the same link again and leaves the journal unchanged', () => {
    seed(journal.db, [
      ladder('2026-11-16T09:00', ['Ines doesn’t trust my palate.']),
      ladder('2026-11-18T09:00', ['Ines doesn’t trust my palate.']),
    ]);
    const before = groupOf('Ines doesn’t trust my palate.');
    const statement = before.statements[0]!;
    expect(statement.linkedBy).toBe('auto');

    const confirmed = run(['assumptions', 'link', String(statement.id), String(before.group)]);
    expect(confirmed.code).toBe(0);
    expect(stripAnsi(confirmed.stderr).trim()).toBe(
      `statement ${statement.id} stays in group ${before.group}, now linked by you`,
    );
    const after = json<GroupJson>(['assumptions', 'show', String(before.group)]);
    expect(after.statements.find((s) => s.id === statement.id)?.linkedBy).toBe('person');

    const hash = journalHash(journal.db);
    const again = run(['assumptions', 'link', String(statement.id), String(before.group)]);
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(stripAnsi(again.stderr).trimEnd().split('\n')).toEqual([
      `reflect: statement ${statement.id} is already in group ${before.group}`,
    ]);
    expect(journalHash(journal.db)).toBe(hash);
  });
});

describe('assumptions (the register) with filters that match nothing', () => {
  it('says that nothing matches the filters, not that there are no assumptions yet', () => {
    seed(journal.db, [ladder('2026-11-16T09:00', ['Bram only cares about food cost.'], ['Bram'])]);
    const filtered = run(['assumptions', '--with', 'Ayla']);
    expect(filtered.code).toBe(0);
    expect(filtered.stdout).toBe('');
    expect(stripAnsi(filtered.stderr).trim()).toBe('no assumptions match these filters');
    expect(json<unknown[]>(['assumptions', '--with', 'Ayla'])).toEqual([]);

    const empty = tempJournal();
    try {
      const none = reflect(['assumptions'], { db: empty.db });
      expect(stripAnsi(none.stderr)).toContain('no assumptions yet');
    } finally {
      empty.cleanup();
    }
  });
});

describe('assumptions rename', () => {
  it('keeps a label on one line, as titles, people and tags are', () => {
    seed(journal.db, [ladder('2026-11-16T09:00', ['Ayla finds me too strict.'], ['Ayla'])]);
    const { group } = groupOf('Ayla finds me too strict.');
    const renamed = run(['assumptions', 'rename', String(group), 'Ayla finds me\ntoo   strict', '--json']);
    expect(renamed.code).toBe(0);
    expect(JSON.parse(renamed.stdout).label).toBe('Ayla finds me too strict');
  });
});

describe('summary: the reflective questions of the top groups', () => {
  it('asks each top group a different question while the sets and the fallbacks have one left', () => {
    const week = [
      'Ines doesn’t trust my palate.',
      'Bram only cares about food cost.',
      'Tomasz never reads the order sheet.',
    ];
    seed(journal.db, [ladder('2026-11-16T09:00', week), ladder('2026-11-18T09:00', week)]);
    const text = stripAnsi(run(['summary', '--week', '2026-W47']).stdout);
    const questions = text
      .split('\n')
      .filter((line) => line.trim().startsWith('? '))
      .map((line) => line.trim());
    expect(questions).toHaveLength(3);
    expect(new Set(questions).size).toBe(3);
    // The ladder's own test and alternative questions come first.
    expect(questions).toContain('? How could you test your assumption without announcing your conclusion?');
    expect(questions).toContain('? Walking back down — what else could the same facts mean?');
  });
});

describe('summary --format md: statements read as written', () => {
  it('escapes Markdown in headings and table cells, not only | and line breaks', () => {
    const said = 'Ines calls my plating *rushed* <again> [see notes] | my_station\nor worse';
    seed(journal.db, [ladder('2026-11-16T09:00', [said]), ladder('2026-11-18T09:00', [said])]);
    const md = run(['summary', '--week', '2026-W47', '--format', 'md']).stdout;
    const escaped = 'Ines calls my plating \\*rushed\\* \\<again> \\[see notes\\] \\| my\\_station or worse';
    expect(md).toContain(`### ${escaped} (#`);
    expect(md).toContain(`| ${escaped} |`);
    // As a Markdown tool renders it: a table of three cells whose last one reads as written, no markup.
    const html = new MarkdownIt({ html: true }).render(md);
    const cellText = 'Ines calls my plating *rushed* &lt;again&gt; [see notes] | my_station or worse';
    expect(html).toContain(`<h3>${cellText} (#`);
    expect(html).toContain(`<td>${cellText}</td>`);
    // The JSON keeps the statement exactly as written.
    const summary = json<{ recurring: Array<{ statements: Array<{ text: string }> }> }>([
      'summary',
      '--week',
      '2026-W47',
    ]);
    expect(summary.recurring[0]?.statements[0]?.text).toBe(said);
  });
});

describe('summary --history 1', () => {
  it('reads "the last week", not "the last 1 week"', () => {
    seed(journal.db, [
      ladder('2026-11-16T09:00', ['Ines doesn’t trust my palate.']),
      ladder('2026-11-18T09:00', ['Ines doesn’t trust my palate.']),
    ]);
    const text = stripAnsi(run(['summary', '--week', '2026-W47', '--history', '1']).stdout);
    expect(text).toMatch(/ the last week$/m);
    expect(text).not.toContain('1 week');
    const md = run(['summary', '--week', '2026-W47', '--history', '1', '--format', 'md']).stdout;
    expect(md).toContain('- Last week: `');
  });
});

describe('opposites found automatically are shown as possible, yours as they are', () => {
  it('hedges an automatic opposite in the register, show and the summary text, until you mark it yourself', () => {
    seed(journal.db, [
      ladder('2026-11-16T09:00', ['Ines doesn’t trust my palate.']),
      ladder('2026-11-17T09:00', ['Ines doesn’t trust my palate.']),
      ladder('2026-11-18T09:00', ['Ines trusts my palate.']),
      ladder('2026-11-19T09:00', ['Ines trusts my palate.']),
    ]);
    const doubt = groupOf('Ines doesn’t trust my palate.');
    const trust = groupOf('Ines trusts my palate.');
    const pair = { a: Math.min(doubt.group, trust.group), b: Math.max(doubt.group, trust.group) };
    // The machine marked them opposite (the JSON, a contract, says so either way).
    expect(json<{ opposites: unknown[] }>(['summary', '--week', '2026-W47']).opposites).toEqual([pair]);

    const register = stripAnsi(run(['assumptions']).stdout);
    expect(register).toContain(`possibly opposite of #${trust.group}`);
    const shown = stripAnsi(run(['assumptions', 'show', String(doubt.group)]).stdout);
    expect(shown).toMatch(
      new RegExp(`^Possibly opposite of #${trust.group} “Ines trusts my palate\\.”$`, 'm'),
    );
    const text = stripAnsi(run(['summary', '--week', '2026-W47']).stdout).replace(/\n\s+/g, ' ');
    expect(text).toContain('which may be opposites (found automatically)');
    expect(text).not.toContain('You assumed both');
    const md = run(['summary', '--week', '2026-W47', '--format', 'md']).stdout;
    expect(md).toMatch(/^- “.+” and “.+” \(possibly opposites, found automatically\)$/m);

    expect(run(['assumptions', 'oppose', String(doubt.group), String(trust.group)]).code).toBe(0);
    expect(stripAnsi(run(['assumptions']).stdout)).not.toContain('possibly opposite');
    expect(stripAnsi(run(['assumptions', 'show', String(doubt.group)]).stdout)).toMatch(
      new RegExp(`^Opposite of #${trust.group} “Ines trusts my palate\\.”$`, 'm'),
    );
    const after = stripAnsi(run(['summary', '--week', '2026-W47']).stdout).replace(/\n\s+/g, ' ');
    expect(after).toContain('You assumed both');
    expect(after).not.toContain('may be opposites');
  });
});

describe('assumptions show: a group whose entries are all in the trash', () => {
  it('says the group has no statements now, not that it was grouped automatically', () => {
    seed(journal.db, [
      ladder('2026-11-16T09:00', ['Ines doesn’t trust my palate.']),
      ladder('2026-11-18T09:00', ['Ines doesn’t trust my palate.']),
    ]);
    const group = groupOf('Ines doesn’t trust my palate.');
    const last = group.statements[1]!;
    const alone = JSON.parse(run(['assumptions', 'unlink', String(last.id), '--json']).stdout) as GroupJson;
    expect(run(['delete', '2', '--yes']).code).toBe(0);

    const shown = run(['assumptions', 'show', String(alone.group)]);
    expect(shown.code).toBe(0);
    const text = stripAnsi(shown.stdout);
    expect(text).not.toContain('“”');
    expect(text).not.toContain('grouped automatically');
    expect(text).toContain('No statements at the moment');
    // Restoring the entry brings the statement back into the group.
    expect(run(['restore', '2']).code).toBe(0);
    expect(json<GroupJson>(['assumptions', 'show', String(alone.group)]).statements.map((s) => s.id)).toEqual(
      [last.id],
    );
  });
});

describe('summary --history with many weeks', () => {
  it('keeps the text within 80 columns, the whole sparkline wrapped', () => {
    seed(journal.db, [
      ladder('2026-11-16T09:00', ['Ines doesn’t trust my palate.']),
      ladder('2026-11-18T09:00', ['Ines doesn’t trust my palate.']),
    ]);
    const text = stripAnsi(run(['summary', '--week', '2026-W47', '--history', '104']).stdout);
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    const spark = text
      .split('\n')
      .filter((line) => /^\s+[▁▂▃▄▅▆▇█·]+$/.test(line) || /^\s+[▁▂▃▄▅▆▇█·]+ the last/.test(line))
      .map((line) => line.trim().split(' ')[0]!)
      .join('');
    expect([...spark]).toHaveLength(104);
    expect(spark.endsWith('█')).toBe(true);
    expect(text).toContain('the last 104 weeks');
  });
});

describe('assumptions show: an opposite group left without statements', () => {
  it('names it without an empty label, and says the group is empty when shown itself', () => {
    seed(journal.db, [
      ladder('2026-11-16T09:00', ['Ines doesn’t trust my palate.']),
      ladder('2026-11-18T09:00', ['Ines trusts my palate.']),
    ]);
    const doubt = groupOf('Ines doesn’t trust my palate.');
    const trust = groupOf('Ines trusts my palate.');
    expect(run(['assumptions', 'oppose', String(doubt.group), String(trust.group)]).code).toBe(0);
    // A slip while writing, put right: the statement was the same assumption after all.
    const moved = trust.statements[0]!;
    expect(run(['assumptions', 'link', String(moved.id), String(doubt.group)]).code).toBe(0);

    const shown = stripAnsi(run(['assumptions', 'show', String(doubt.group)]).stdout);
    expect(shown).not.toContain('“”');
    expect(shown).toContain(`Opposite of #${trust.group} (no statements at the moment)`);
    const empty = stripAnsi(run(['assumptions', 'show', String(trust.group)]).stdout);
    expect(empty).toContain('No statements at the moment');
    expect(empty).not.toContain('trash or were changed');
  });
});
