import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, reflectJson, stripAnsi, tempJournal } from '../helpers/cli.js';
import { journalHash } from '../helpers/hash.js';
import { assumptionsJson, groupWith, writeLadder } from '../helpers/register-journal.js';
import type { GroupJson } from '../helpers/register-json.js';

let journal: ReturnType<typeof tempJournal>;
beforeEach(() => {
  journal = tempJournal();
});
afterEach(() => journal.cleanup());

const write = (date: string, assumptions: string[]) => writeLadder(journal.db, date, assumptions);

const run = (args: string[]) => reflect(['assumptions', ...args], { db: journal.db });
const json = <T>(args: string[]) => assumptionsJson<T>(journal.db, args);
const groupOf = (text: string) => groupWith(journal.db, text);

const DOUBT = 'Dana doesn’t trust my judgement.';
const TRUST = 'Dana trusts my judgement.';

describe('reflect assumptions unoppose', () => {
  it('clears an opposite mark the person made, on both sides, and prints the group as show does', () => {
    write('2026-11-03 09:00', [DOUBT]);
    write('2026-11-10 09:00', ['Marco ignores my emails.']);
    const doubt = groupOf(DOUBT);
    const marco = groupOf('Marco ignores my emails.');
    json(['oppose', String(doubt.group), String(marco.group)]);
    expect(json<GroupJson>(['show', String(marco.group)]).opposites).toEqual([doubt.group]);

    const cleared = json<GroupJson>(['unoppose', String(marco.group)]);
    expect(cleared).toEqual({ ...json<GroupJson>(['show', String(marco.group)]), opposites: [] });
    expect(cleared.statements.map((s) => s.text)).toEqual(['Marco ignores my emails.']);
    expect(json<GroupJson>(['show', String(doubt.group)]).opposites).toEqual([]);

    // Text: a note on stderr, the group on stdout.
    json(['oppose', String(doubt.group), String(marco.group)]);
    const text = run(['unoppose', `#${doubt.group}`]);
    expect(text.code).toBe(0);
    expect(stripAnsi(text.stderr).trim()).toBe(
      `group ${doubt.group} is no longer marked as the opposite of group ${marco.group}`,
    );
    expect(stripAnsi(text.stdout)).toContain(DOUBT);
    expect(stripAnsi(text.stdout)).not.toContain('pposite of #');
  });

  it('clears an opposite the grouping found, and the grouping never marks that pair again', () => {
    write('2026-11-03 09:00', [DOUBT]);
    write('2026-11-10 09:00', [TRUST]);
    const doubt = groupOf(DOUBT);
    const trust = groupOf(TRUST);
    expect(doubt.opposites).toEqual([trust.group]);
    expect(stripAnsi(run(['show', String(doubt.group)]).stdout)).toContain('Possibly opposite of #');

    expect(json<GroupJson>(['unoppose', String(trust.group)]).opposites).toEqual([]);
    // New statements of both groups are grouped with them; the pair is not marked opposite again.
    write('2026-11-17 09:00', ['Dana does not trust my judgment.', 'Dana trusts my judgment.']);
    write('2026-11-18 09:00', [TRUST, DOUBT]);
    const after = groupOf('Dana does not trust my judgment.');
    expect(after.group).toBe(doubt.group);
    expect(groupOf('Dana trusts my judgment.').group).toBe(trust.group);
    expect(after.opposites).toEqual([]);
    expect(groupOf(TRUST).opposites).toEqual([]);
    const summary = reflectJson<{ opposites: unknown[] }>(
      ['summary', '--from', '2026-11-01', '--to', '2026-11-24'],
      { db: journal.db },
    );
    expect(summary.opposites).toEqual([]);

    // The person may still mark them opposite: that is theirs, and holds.
    expect(json<GroupJson>(['oppose', String(doubt.group), String(trust.group)]).opposites).toEqual([
      trust.group,
    ]);
    expect(stripAnsi(run(['show', String(doubt.group)]).stdout)).not.toContain('Possibly opposite');
  }, 60_000); // fourteen runs of the CLI: past the default 20 s on a loaded machine

  it.each([
    [
      'an unknown group',
      ['unoppose', '999'],
      'reflect: no assumption group 999 (see: reflect assumptions)',
      1,
    ],
    [
      'a word',
      ['unoppose', 'x'],
      'reflect: "x" is not a group id (expected a number such as 7; see: reflect assumptions)',
      1,
    ],
    // commander's own refusals add a hint line (how to see the command's help).
    ['no group', ['unoppose'], "reflect: missing required argument 'group'", 2],
    ['two groups', ['unoppose', '1', '2'], "reflect: too many arguments for 'unoppose'", 2],
    [
      'a group with no opposite mark',
      ['unoppose', 'MARCO'],
      'reflect: group MARCO is not marked as the opposite of any group (see: reflect assumptions show MARCO)',
      1,
    ],
  ] as Array<[string, string[], string, number]>)(
    'refuses %s: exit 2, one line, the journal unchanged',
    (_name, args, message, most) => {
      write('2026-11-03 09:00', [DOUBT]);
      write('2026-11-10 09:00', [TRUST]);
      write('2026-11-12 09:00', ['Marco ignores my emails.']);
      const marco = String(groupOf('Marco ignores my emails.').group);
      const register = json<GroupJson[]>([]);
      const hash = journalHash(journal.db);
      const result = run(args.map((a) => a.replace('MARCO', marco)));
      expect(result.code).toBe(2);
      const lines = stripAnsi(result.stderr).trim().split('\n');
      expect(lines[0]).toContain(message.replaceAll('MARCO', marco));
      expect(lines.length).toBeLessThanOrEqual(most);
      expect(result.stdout).toBe('');
      expect(journalHash(journal.db)).toBe(hash);
      expect(json<GroupJson[]>([])).toEqual(register);
    },
  );
});
