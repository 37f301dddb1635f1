import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, stripAnsi, tempJournal } from '../helpers/cli.js';
import { assumptionsJson, writeLadder } from '../helpers/register-journal.js';
import type { GroupJson, RegisterJson } from '../helpers/register-json.js';

let journal: ReturnType<typeof tempJournal>;
beforeEach(() => {
  journal = tempJournal();
});
afterEach(() => journal.cleanup());

const write = (date: string, assumption: string) => writeLadder(journal.db, date, [assumption]);

const json = <T>(args: string[]) => assumptionsJson<T>(journal.db, args);
const groupOf = (text: string) =>
  json<RegisterJson[]>([])
    .map((g) => json<GroupJson>(['show', String(g.group)]))
    .find((g) => g.statements.some((s) => s.text === text))!;

describe('the grouping learns from the person’s links', () => {
  it('a new statement close to a statement the person linked joins that group as a possible one', () => {
    // The new statement is close to the older of the two linked ones only. (One concept, "laughs at"; since gate A,
    // session 9, "treats my proposals like a joke" / "… my budget …" share no predicate the lexicon knows and are
    // offered, not grouped.)
    write('2026-11-02 09:00', 'Dana laughs at my proposals.');
    write('2026-11-09 09:00', 'Dana doesn’t trust my judgement.');
    const trust = groupOf('Dana doesn’t trust my judgement.');
    const joke = groupOf('Dana laughs at my proposals.');
    expect(joke.group).not.toBe(trust.group);

    // The person says both are one assumption.
    json(['link', String(joke.statements[0]!.id), String(joke.group)]);
    const linked = json<GroupJson>(['link', String(trust.statements[0]!.id), String(joke.group)]);
    expect(linked.statements.map((s) => s.linkedBy)).toEqual(['person', 'person']);
    expect(linked.confirmed).toBe(true);

    write('2026-11-16 09:00', 'Dana laughs at my budget.');
    const after = groupOf('Dana laughs at my budget.');
    expect(after.group).toBe(joke.group);
    expect(after.statements.map((s) => [s.text, s.linkedBy])).toEqual([
      ['Dana laughs at my proposals.', 'person'],
      ['Dana doesn’t trust my judgement.', 'person'],
      ['Dana laughs at my budget.', 'auto'],
    ]);
    expect(after.confirmed).toBe(false);
    const text = stripAnsi(reflect(['assumptions'], { db: journal.db }).stdout);
    expect(text).toContain('Dana laughs at my proposals.  3× in 3 entries · possible');

    // Once the person unlinks the trust statement, a statement like it no longer joins the group.
    json(['unlink', String(trust.statements[0]!.id)]);
    write('2026-11-23 09:00', 'Dana does not trust my judgment.');
    expect(groupOf('Dana does not trust my judgment.').group).not.toBe(joke.group);
  });
});
