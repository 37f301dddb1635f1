import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { reflectJson } from '../helpers/cli.js';
import { integrity } from '../helpers/journal.js';
import { installKindsSet, KINDS_SET } from '../helpers/kinds-set.js';
import { hasTmux, skipStepsAndSave, type Terminal, terminalJournal } from '../helpers/tmux.js';

interface DraftJson {
  id: number;
  answered: number;
  answers: Record<string, unknown>;
}

/** The draft's in-progress list/dialogue item, read straight from the journal. */
function draftPartial(db: string, id: number): unknown {
  const conn = new Database(db, { readonly: true });
  try {
    const row = conn.prepare('SELECT partial FROM drafts WHERE id = ?').get(id) as { partial: string | null };
    return row.partial ? JSON.parse(row.partial) : null;
  } finally {
    conn.close();
  }
}

/** The node process in the pane: the pane runs `sh -c "env … node …"`, and env execs node. */
function nodePid(term: Terminal): number {
  const out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(term.panePid())], {
    encoding: 'utf8',
  });
  const line = out
    .trim()
    .split('\n')
    .find((l) => /\bnode\b/.test(l));
  if (!line) throw new Error(`no node process under the pane:\n${out}`);
  return Number(line.trim().split(/\s+/)[0]);
}

const META = ['--with', 'Dana', '--title', 'Fault test', '--tag', 'proof'];

describe.skipIf(!hasTmux)('interrupting `reflect new`', () => {
  const journal = terminalJournal('reflect-interrupt-');

  it('kill -9 after three steps: the draft holds them, --resume finishes, integrity ok', {
    timeout: 60_000,
  }, async () => {
    let term = journal.terminal(['new', '--set', 'left-hand-column', ...META]);
    await term.waitFor('Step 1 of 9');
    await term.answer('The budget review.');
    await term.waitFor('Step 2 of 9');
    await term.answer('Dana: Keep it short.');
    await term.answer('Again my item gets squeezed.');
    await term.answer('');
    await term.waitFor('Step 3 of 9');
    await term.answer('Anxious.');
    await term.answer('');
    await term.waitFor('Step 4 of 9');
    await term.waitFor(/^\? .*$(?![\s\S]*\S)/m);
    term.type('half an assumpt'); // typed, not entered: lost with the process, as expected
    await term.waitFor('half an assumpt');
    process.kill(nodePid(term), 'SIGKILL');
    expect(await term.exitCode()).toBe(137);
    term.close();

    const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
    expect(draft?.answered).toBe(3);
    expect(draft?.answers).toEqual({
      situation: 'The budget review.',
      dialogue: [{ said: 'Dana: Keep it short.', unsaid: 'Again my item gets squeezed.' }],
      feelings: 'Anxious.',
    });

    term = journal.terminal(['new', '--resume', String(draft!.id)]);
    await term.waitFor('Step 4 of 9');
    await term.answer('Dana does not want bad news.');
    await term.answer('');
    expect(await skipStepsAndSave(term)).toBe(0);
    const entry = reflectJson<{ title: string; answers: Record<string, { value: unknown }> }>(['show', '1'], {
      db: journal.db,
    });
    expect(entry.title).toBe('Fault test');
    expect(entry.answers.situation?.value).toBe('The budget review.');
    expect(entry.answers.assumptions?.value).toEqual(['Dana does not want bad news.']);
    expect(reflectJson<unknown[]>(['drafts'], { db: journal.db })).toEqual([]);
    expect(integrity(journal.db)).toBe('ok');
  });

  /** Answers the steps before `stop` with one value each, in the order of KINDS_SET. */
  async function answerUpTo(t: Terminal, stop: string): Promise<Record<string, unknown>> {
    const given: Record<string, unknown> = {};
    for (const [index, step] of KINDS_SET.steps.entries()) {
      await t.waitFor(`Step ${index + 1} of ${KINDS_SET.steps.length}`);
      if (step.id === stop) return given;
      switch (step.kind) {
        case 'text':
          await t.answer('first answer');
          given[step.id] = 'first answer';
          break;
        case 'long':
          await t.answer(`${step.id} line`);
          await t.answer('');
          given[step.id] = `${step.id} line`;
          break;
        case 'list':
          await t.answer('an item');
          await t.answer('');
          given[step.id] = ['an item'];
          break;
        case 'dialogue':
          await t.answer('said this');
          await t.answer('thought that');
          await t.answer('');
          given[step.id] = [{ said: 'said this', unsaid: 'thought that' }];
          break;
        default:
          throw new Error(`no answer scripted for ${step.kind}`);
      }
    }
    return given;
  }

  it.each([
    ['text', 'text', null],
    ['long', 'long', null],
    ['list (after one item)', 'list', { stepId: 'list', value: ['kept item'] }],
    ['dialogue (after one pair)', 'dialogue', { stepId: 'dialogue', value: [{ said: 'a', unsaid: 'b' }] }],
    ['choice', 'choice', null],
  ])('Ctrl-C at a %s step: exit 130, draft kept', { timeout: 60_000 }, async (_name, stop, partial) => {
    installKindsSet(journal.db);
    const term = journal.terminal(['new', '--set', KINDS_SET.id, ...META]);
    const given = await answerUpTo(term, stop);
    if (stop === 'list') await term.answer('kept item');
    if (stop === 'dialogue') {
      await term.answer('a');
      await term.answer('b');
    }
    if (stop === 'choice') await term.waitFor('alpha');
    else await term.waitFor(/^\? .*$(?![\s\S]*\S)/m);
    term.press('C-c');
    expect(await term.exitCode()).toBe(130);
    expect(term.screen()).toMatch(/draft 1 saved — continue with: reflect new --resume 1/);
    const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
    expect(draft?.answers).toEqual(given);
    expect(draftPartial(journal.db, 1)).toEqual(partial);
  });

  it('Ctrl-C while the editor is open for a long step: exit 130, draft kept', {
    timeout: 60_000,
  }, async () => {
    installKindsSet(journal.db);
    const marker = join(journal.dir, 'editor-started');
    const editor = join(journal.dir, 'slow-editor.sh');
    writeFileSync(editor, `#!/bin/sh\necho started > '${marker}'\nsleep 30\n`);
    chmodSync(editor, 0o755);
    const term = journal.terminal(['new', '--set', KINDS_SET.id, ...META], {
      EDITOR: editor,
      VISUAL: editor,
    });
    const given = await answerUpTo(term, 'editor');
    await term.answer(':e');
    const deadline = Date.now() + 10_000;
    while (!existsSync(marker)) {
      if (Date.now() > deadline)
        throw new Error(`the editor did not start (${readdirSync(journal.dir)}); screen:\n${term.screen()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const node = nodePid(term);
    const editorPids = execFileSync('ps', ['-o', 'pid=', '--ppid', String(node)], { encoding: 'utf8' })
      .trim()
      .split(/\s+/)
      .map(Number);
    for (const pid of [node, ...editorPids]) process.kill(pid, 'SIGINT');
    expect(await term.exitCode()).toBe(130);
    expect(term.screen()).toContain('draft 1 saved — continue with: reflect new --resume 1');
    const [draft] = reflectJson<DraftJson[]>(['drafts'], { db: journal.db });
    expect(draft?.answers).toEqual(given);
    expect(integrity(journal.db)).toBe('ok');
  });
});
