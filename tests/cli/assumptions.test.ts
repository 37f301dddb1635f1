import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, reflectJson, stripAnsi, tempJournal } from '../helpers/cli.js';
import type { GroupJson, RegisterJson } from '../helpers/register-json.js';
import { ladderEntry, seed } from '../helpers/seed.js';

let journal: ReturnType<typeof tempJournal>;
beforeEach(() => {
  journal = tempJournal();
  seed(journal.db, [
    ladderEntry('2026-11-03T09:00', ['Dana doesn’t trust my judgement.', 'The plan is late.'], ['Dana']),
    ladderEntry(
      '2026-11-10T09:00',
      ['Dana does not trust my judgment.', 'Marco ignores my emails.'],
      ['Dana', 'Marco'],
    ),
    ladderEntry('2026-11-17T09:00', ['Dana trusts my judgement.', 'Marco wants the lead.'], ['Marco']),
  ]);
});
afterEach(() => journal.cleanup());

const json = <T>(args: string[]) => reflectJson<T>(['assumptions', ...args], { db: journal.db });
const register = () => json<RegisterJson[]>([]);
const byLabel = (label: string) => register().find((g) => g.label === label)!;

describe('reflect assumptions', () => {
  it('lists the register: groups with count, entries, first/last seen, people, opposites, tests', () => {
    const groups = register();
    expect(groups[0]).toEqual({
      group: groups[0]!.group,
      label: 'Dana doesn’t trust my judgement.',
      named: false,
      count: 2,
      entries: [1, 2],
      firstSeen: '2026-11-03T08:00:00.000Z',
      lastSeen: '2026-11-10T08:00:00.000Z',
      people: ['Dana', 'Marco'],
      opposites: [byLabel('Dana trusts my judgement.').group],
      tested: null,
      confirmed: false,
    });
    expect(groups).toHaveLength(5);
    // Ids do not shift between two commands.
    expect(register()).toEqual(groups);
    const text = stripAnsi(reflect(['assumptions'], { db: journal.db }).stdout);
    expect(text).toContain('Dana doesn’t trust my judgement.  2× in 2 entries · possible');
    // Filters narrow the statements counted.
    expect(json<RegisterJson[]>(['--with', 'Marco']).map((g) => g.label)).not.toContain('The plan is late.');
    expect(
      json<RegisterJson[]>(['--from', '2026-11-09']).find((g) => g.group === groups[0]!.group)?.count,
    ).toBe(1);
  });

  it('shows a group with every statement exactly as written', () => {
    const trust = byLabel('Dana doesn’t trust my judgement.');
    const group = json<GroupJson>(['show', String(trust.group)]);
    expect(group.statements.map((s) => [s.entryId, s.text, s.linkedBy])).toEqual([
      [1, 'Dana doesn’t trust my judgement.', 'auto'],
      [2, 'Dana does not trust my judgment.', 'auto'],
    ]);
    const text = stripAnsi(reflect(['assumptions', 'show', String(trust.group)], { db: journal.db }).stdout);
    expect(text).toContain('possible — grouped automatically');
    expect(text).toContain('Possibly opposite of #'); // marked by the grouping, not by the person
    // The way to record a test names this group, ready to copy.
    expect(text).toContain(`reflect assumptions test ${trust.group} --result held|failed|mixed`);
  });

  it('links, unlinks, merges, renames, opposes and records a test — and automatic runs respect it', () => {
    const trust = byLabel('Dana doesn’t trust my judgement.');
    const late = byLabel('The plan is late.');
    const ignores = byLabel('Marco ignores my emails.');
    const lateStatement = json<GroupJson>(['show', String(late.group)]).statements[0]!;

    const linked = json<GroupJson>(['link', String(lateStatement.id), String(ignores.group)]);
    expect(linked.statements.map((s) => [s.text, s.linkedBy])).toEqual([
      ['The plan is late.', 'person'],
      ['Marco ignores my emails.', 'auto'],
    ]);
    expect(register().some((g) => g.group === late.group)).toBe(false);

    const alone = json<GroupJson>(['unlink', String(lateStatement.id)]);
    expect(alone.statements.map((s) => s.text)).toEqual(['The plan is late.']);
    expect(alone.confirmed).toBe(true);
    expect(json<GroupJson>(['show', String(ignores.group)]).count).toBe(1);

    const merged = json<GroupJson>(['merge', String(ignores.group), String(alone.group)]);
    expect(merged).toMatchObject({ count: 2, confirmed: true });

    const renamed = json<GroupJson>(['rename', String(trust.group), 'Dana', 'doubts', 'me']);
    expect(renamed).toMatchObject({ label: 'Dana doubts me', named: true });

    const opposed = json<GroupJson>(['oppose', String(trust.group), String(merged.group)]);
    expect(opposed.opposites).toContain(merged.group);

    const tested = json<GroupJson>([
      'test',
      String(trust.group),
      '--result',
      'failed',
      '--note',
      'Asked her; she wanted data.',
    ]);
    expect(tested.tested).toEqual({
      result: 'failed',
      note: 'Asked her; she wanted data.',
      date: '2026-11-24T09:00:00.000Z',
    });

    // Another entry arrives; the automatic grouping runs again and leaves every decision as it was.
    seed(journal.db, [
      ladderEntry('2026-11-20T09:00', ['Dana doesn’t trust my judgement!', 'The plan is late!'], ['Dana']),
    ]);
    const after = register();
    expect(after.find((g) => g.group === trust.group)).toMatchObject({ label: 'Dana doubts me', count: 3 });
    expect(after.find((g) => g.group === merged.group)).toMatchObject({ count: 2 });
    expect(json<GroupJson>(['show', String(merged.group)]).statements.map((s) => s.text)).toEqual([
      'The plan is late.',
      'Marco ignores my emails.',
    ]);
    const summary = reflectJson<{ recurring: Array<{ group: number; tested: unknown; label: string }> }>(
      ['summary', '--from', '2026-11-01', '--to', '2026-11-30'],
      { db: journal.db },
    );
    expect(summary.recurring.find((g) => g.group === trust.group)).toMatchObject({
      label: 'Dana doubts me',
      tested: { result: 'failed' },
    });
  });

  it('refuses to unlink a statement that is already alone, and to merge opposites', () => {
    const marco = byLabel('Marco wants the lead.');
    const [statement] = json<GroupJson>(['show', String(marco.group)]).statements;
    const alone = reflect(['assumptions', 'unlink', String(statement!.id)], { db: journal.db });
    expect(alone.code).toBe(2);
    expect(stripAnsi(alone.stderr).trim()).toBe(
      `reflect: statement ${statement!.id} is already on its own (group ${marco.group})`,
    );
    const trust = byLabel('Dana doesn’t trust my judgement.');
    json(['oppose', String(trust.group), String(marco.group)]);
    const merge = reflect(['assumptions', 'merge', String(trust.group), String(marco.group)], {
      db: journal.db,
    });
    expect(merge.code).toBe(2);
    expect(stripAnsi(merge.stderr).trim()).toBe(
      `reflect: groups ${trust.group} and ${marco.group} are marked as opposites; they cannot be merged`,
    );
  });

  it('suggests earlier statements for a new one (hidden command used by the benchmark)', () => {
    const result = json<{
      candidates: number;
      queryMs: number;
      suggestions: Array<{ text: string; opposite: boolean }>;
    }>(['suggest', 'She has no faith in my decisions.', '--with', 'Dana']);
    expect(result.candidates).toBe(6);
    expect(result.suggestions[0]).toMatchObject({ opposite: false });
    expect(result.suggestions[0]!.text).toMatch(/Dana (doesn’t|does not) trust my judge?ment\./);
  });
});
