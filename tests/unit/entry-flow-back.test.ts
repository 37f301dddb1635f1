import { describe, expect, it } from 'vitest';
import type { StatementDecision } from '../../src/domain/register.js';
import { decisionsStillWritten } from '../../src/domain/statements.js';
import type { AnswerMap, PromptSet, Step } from '../../src/domain/types.js';
import { type Asker, GoBack } from '../../src/ui/ask.js';
import { type FlowState, walkSteps } from '../../src/ui/entry-flow.js';
import { MSG } from '../../src/ui/messages.js';

/** The person pressing the back key, with `typed` in the line. */
const back = (typed?: string) => ({ back: typed });
type Reply = unknown | { back: string | undefined };

interface Asked {
  kind: 'text' | 'select' | 'confirm' | 'number' | 'key';
  message: string;
  /** What the prompt showed to keep: a text's prefill, a choice's default. */
  shown: unknown;
}

/** An Asker that answers from a script, in order, and records what each prompt offered. */
function scripted(replies: Reply[]) {
  const asked: Asked[] = [];
  const next = (kind: Asked['kind'], message: string, shown: unknown) => {
    asked.push({ kind, message, shown });
    if (replies.length === 0) throw new Error(`no reply left for ${kind} "${message}"`);
    const reply = replies.shift();
    if (reply !== null && typeof reply === 'object' && 'back' in reply) {
      throw new GoBack((reply as { back: string | undefined }).back);
    }
    return Promise.resolve(reply);
  };
  const ask = {
    text: (message, options = {}) => next('text', message, options.prefill ?? ''),
    select: (message, _choices, options = {}) => next('select', message, options.default),
    key: (message) => next('key', message, undefined),
    confirm: (message, options = {}) => next('confirm', message, options.default),
    number: (message, options) => next('number', message, options.default),
    editor: () => Promise.reject(new Error('no editor here')),
  } as Asker;
  return { ask, asked, left: replies };
}

const step = (id: string, kind: Step['kind'], extra: Partial<Step> = {}): Step => ({
  id,
  kind,
  role: 'other',
  question: `${id}?`,
  required: false,
  ...extra,
});

const setOf = (...steps: Step[]): PromptSet => ({
  schema: 1,
  id: 't',
  version: 1,
  title: 'T',
  description: '',
  steps,
});

async function walk(
  set: PromptSet,
  replies: Reply[],
  state: FlowState = { answers: {} },
  onAssumption?: (step: Step, text: string) => Promise<void>,
) {
  const script = scripted(replies);
  const saves: FlowState[] = [];
  const written: string[] = [];
  const answers = await walkSteps(set, state, script.ask, {
    save: (s) => saves.push(structuredClone({ answers: s.answers, partial: s.partial })),
    write: (text) => written.push(text),
    columns: 80,
    editor: 'no-editor',
    ...(onAssumption ? { onAssumption } : {}),
  });
  expect(script.left).toEqual([]);
  return { answers, asked: script.asked, saves, written };
}

const TEXTS = setOf(step('one', 'text'), step('two', 'text'), step('three', 'text'));

describe('going back a step (walkSteps)', () => {
  it('goes from step 2 back to step 1 with its answer in the line, then on with step 2 again', async () => {
    const { answers, asked, saves } = await walk(TEXTS, ['frist', back('half'), 'first', 'second', 'third']);
    expect(answers).toEqual({ one: 'first', two: 'second', three: 'third' });
    expect(asked.map((a) => a.shown)).toEqual(['', '', 'frist', '', '']);
    // The draft has the corrected answer as soon as it is given.
    expect(saves[1]?.answers).toEqual({ one: 'first' });
  });

  it('says there is nothing before the first step, and asks it again with what was typed', async () => {
    const { answers, asked, written } = await walk(TEXTS, [back('hal'), 'half', 'b', 'c']);
    expect(answers.one).toBe('half');
    expect(asked[1]?.shown).toBe('hal');
    expect(written.some((w) => w.includes(MSG.nothingBefore))).toBe(true);
  });

  it('asks the steps after the one gone back to again, each with its answer to keep', async () => {
    const { answers, asked } = await walk(TEXTS, ['a', 'b', back(), back(), 'A', 'b', 'c']);
    expect(answers).toEqual({ one: 'A', two: 'b', three: 'c' });
    expect(asked.map((a) => a.shown)).toEqual(['', '', '', 'b', 'a', 'b', '']);
  });

  it('goes back into a resumed draft too, whose earlier steps it skipped', async () => {
    const { answers, asked } = await walk(TEXTS, [back(), 'B', 'c'], { answers: { one: 'a', two: 'b' } });
    expect(answers).toEqual({ one: 'a', two: 'B', three: 'c' });
    expect(asked.map((a) => a.shown)).toEqual(['', 'b', '']);
  });

  it('shows a choice, a scale and a yes/no given before as their defaults', async () => {
    const set = setOf(
      step('pick', 'choice', { choices: ['alpha', 'beta'], required: true }),
      step('scale', 'scale', { required: true }),
      step('yes', 'confirm', { required: true }),
      step('maybe', 'confirm'),
      step('last', 'text'),
    );
    const { answers, asked } = await walk(set, [
      'beta',
      4,
      false,
      'y',
      back(),
      back(),
      back(),
      back(),
      'alpha',
      4,
      false,
      'y',
      'end',
    ]);
    expect(answers).toEqual({ pick: 'alpha', scale: 4, yes: false, maybe: true, last: 'end' });
    expect(asked.slice(8, 12).map((a) => a.shown)).toEqual(['beta', 4, false, 'y']);
  });
});

describe('going back from the first step to the question before the steps (backOut)', () => {
  const hooks = { save: () => {}, write: () => {}, columns: 80, editor: 'no-editor' };

  it('leaves the steps from the first one, answers so far kept in the draft', async () => {
    const script = scripted(['a', back(), back()]);
    const saves: FlowState[] = [];
    await expect(
      walkSteps(
        TEXTS,
        { answers: {} },
        script.ask,
        { ...hooks, save: (s) => saves.push(structuredClone(s)) },
        { backOut: true },
      ),
    ).rejects.toBeInstanceOf(GoBack);
    expect(saves.at(-1)?.answers).toEqual({ one: 'a' });
  });

  it('leaves a many-line first step from its first line, keeping its items', async () => {
    const list = setOf(step('items', 'list'), step('two', 'text'));
    const script = scripted(['x', back(), back()]);
    const saves: FlowState[] = [];
    await expect(
      walkSteps(
        list,
        { answers: {} },
        script.ask,
        { ...hooks, save: (s) => saves.push(structuredClone(s)) },
        { backOut: true },
      ),
    ).rejects.toBeInstanceOf(GoBack);
    expect(saves.at(-1)?.answers).toEqual({ items: ['x'] });
  });

  it('asks every step again from the first when the person comes back (fromFirst)', async () => {
    const script = scripted(['a', 'B', 'c']);
    const answers = await walkSteps(
      TEXTS,
      { answers: { one: 'a', two: 'b', three: 'c' } },
      script.ask,
      hooks,
      {
        fromFirst: true,
        backOut: true,
      },
    );
    expect(answers).toEqual({ one: 'a', two: 'B', three: 'c' });
    expect(script.asked.map((a) => a.shown)).toEqual(['a', 'b', 'c']);
  });
});

describe('going back inside a list, long answer or dialogue', () => {
  const LIST = setOf(step('before', 'text'), step('items', 'list'));

  it('puts the last item back in the line to edit; the items after it come back in turn', async () => {
    const { answers, asked } = await walk(LIST, [
      'x',
      'one',
      'twoo',
      'three',
      back(),
      back(),
      'two',
      'three',
      '',
    ]);
    expect(answers.items).toEqual(['one', 'two', 'three']);
    expect(asked.slice(5, 8).map((a) => [a.message, a.shown])).toEqual([
      ['3.', 'three'],
      ['2.', 'twoo'],
      ['3.', 'three'],
    ]);
  });

  it('removes an item emptied in the line, and saves the list without it', async () => {
    const { answers, saves } = await walk(LIST, ['x', 'one', 'two', back(), '', '']);
    expect(answers.items).toEqual(['one']);
    expect(saves.at(-2)?.partial).toEqual({ stepId: 'items', value: ['one'] });
  });

  it('leaves the list for the step before from its first line, keeping the items as its answer', async () => {
    const { answers, saves, asked } = await walk(LIST, ['x', 'one', back(), back(), 'y', '']);
    expect(answers).toEqual({ before: 'y', items: ['one'] });
    // On the way back the draft holds the items as the list's answer.
    expect(saves).toContainEqual({ answers: { before: 'x', items: ['one'] }, partial: undefined });
    expect(asked.at(-1)).toMatchObject({ message: '2.', shown: '' });
  });

  it('on the first step, says there is nothing before the first line', async () => {
    const { answers, written } = await walk(setOf(step('items', 'list')), [
      'one',
      back(),
      back('on'),
      'one',
      '',
    ]);
    expect(answers.items).toEqual(['one']);
    expect(written.filter((w) => w.includes(MSG.nothingBefore))).toHaveLength(1);
  });

  it('walks a dialogue back a line at a time: "unsaid", then its "said"', async () => {
    const set = setOf(step('dialogue', 'dialogue'));
    const { answers, asked } = await walk(set, ['s1', 'u1', back(), back(), 'S1', 'u1', '']);
    expect(answers.dialogue).toEqual([{ said: 'S1', unsaid: 'u1' }]);
    expect(asked.slice(2, 6).map((a) => a.shown)).toEqual(['', 'u1', 's1', 'u1']);
  });

  it('goes back from "unsaid" to its "said" with what was just given', async () => {
    const set = setOf(step('dialogue', 'dialogue'));
    const { answers, asked } = await walk(set, ['s1', back(), 'S1', 'u1', '']);
    expect(answers.dialogue).toEqual([{ said: 'S1', unsaid: 'u1' }]);
    expect(asked[2]?.shown).toBe('s1');
  });

  it('puts the last part of a long answer back in the line', async () => {
    const set = setOf(step('long', 'long'));
    const { answers } = await walk(set, ['line one', 'line twoo', back(), 'line two', '']);
    expect(answers.long).toBe('line one\nline two');
  });

  it('brings an assumption back to the line when the person goes back from linking it, unlinked', async () => {
    const set = setOf(step('list', 'list', { role: 'assumption' }));
    let links = 0;
    const onAssumption = async (_step: Step, text: string) => {
      if (text === 'thye ignore me' && links++ === 0) throw new GoBack();
    };
    const { answers, asked } = await walk(
      set,
      ['thye ignore me\nsecond', 'they ignore me\nsecond', ''],
      undefined,
      onAssumption,
    );
    expect(answers.list).toEqual(['they ignore me', 'second']);
    expect(asked[1]).toMatchObject({ message: '1.', shown: 'thye ignore me\nsecond' });
  });

  it('keeps an item given again unchanged without asking to link it again', async () => {
    const set = setOf(step('list', 'list', { role: 'assumption' }));
    const linked: string[] = [];
    const onAssumption = async (_step: Step, text: string) => {
      linked.push(text);
    };
    await walk(set, ['a', 'b', back(), back(), 'a', 'B', ''], undefined, onAssumption);
    expect(linked).toEqual(['a', 'b', 'B']);
  });
});

describe('decisionsStillWritten', () => {
  const decision = (text: string, statementId = 1): StatementDecision => ({
    stepId: 'list',
    text,
    decision: 'same',
    statementIds: [statementId],
  });

  it('drops the link of an assumption changed or removed, and keeps the others', () => {
    const answers: AnswerMap = { list: ['kept', 'new text'] };
    expect(decisionsStillWritten([decision('kept'), decision('old text')], answers)).toEqual([
      decision('kept'),
    ]);
  });

  it('keeps the newest decision of an item written again', () => {
    expect(decisionsStillWritten([decision('a', 1), decision('a', 2)], { list: ['a'] })).toEqual([
      decision('a', 2),
    ]);
    expect(decisionsStillWritten([decision('a', 1), decision('a', 2)], { list: ['a', 'a'] })).toHaveLength(2);
  });
});
