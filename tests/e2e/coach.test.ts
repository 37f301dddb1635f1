import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssignmentJson } from '../../src/domain/assignment.js';
import { FIXTURES, reflect, reflectJson } from '../helpers/cli.js';
import { hasTmux, terminalJournal } from '../helpers/tmux.js';

describe.skipIf(!hasTmux)('a coach set in a terminal', () => {
  const journal = terminalJournal();

  it('offers the due set first and walks its choice, scale and confirm steps; saving completes the assignment', async () => {
    const file = join(FIXTURES, 'prompt-sets', 'team-retro.yaml');
    expect(reflect(['prompts', 'add', file], { db: journal.db }).code).toBe(0);
    expect(reflect(['assign', 'team-retro', '--from', 'Sam'], { db: journal.db }).code).toBe(0);

    const term = journal.terminal(['new']);
    await term.waitFor('Which exercise?');
    const screen = term.screen();
    expect(screen).toContain('Due: Team retro, personal notes (today) — reflect due');
    expect(screen).toMatch(/❯ Team retro, personal notes — due today, from Sam/);
    term.press('Enter');

    await term.waitFor('Who was in the conversation?');
    await term.answer('Priya, Tom');
    await term.waitFor('Step 1 of 5');
    await term.answer('Priya said the sprint goal was never realistic.');

    await term.waitFor('Step 2 of 5');
    await term.waitFor('❯ Energised');
    term.press('Down');
    await term.waitFor('❯ Flat');
    term.press('Enter');

    await term.waitFor('Step 3 of 5');
    await term.waitFor('❯ 1 — not at all');
    term.press('Down');
    await term.waitFor('❯ 2');
    term.press('Enter');

    await term.waitFor('Step 4 of 5');
    await term.answer('Nobody wanted to be the one to say it.');
    await term.answer('');

    await term.waitFor('Step 5 of 5');
    await term.answer('n');

    await term.waitFor('A title for this entry');
    await term.answer('Sprint 14 retro');
    await term.waitFor('Tags');
    await term.answer('');
    await term.waitFor('Save this entry?');
    expect(term.screen()).toContain('Recap');
    await term.answer('');
    expect(await term.exitCode()).toBe(0);
    expect(term.screen()).toContain('saved entry 1');

    const entry = reflectJson<{ set: string; answers: Record<string, { kind: string; value: unknown }> }>(
      ['show', '1'],
      { db: journal.db },
    );
    expect(entry.set).toBe('team-retro');
    expect(entry.answers.mood).toMatchObject({ kind: 'choice', value: 'Flat' });
    expect(entry.answers.safety).toMatchObject({ kind: 'scale', value: 2 });
    expect(entry.answers['raise-it']).toMatchObject({ kind: 'confirm', value: false });
    expect(entry.answers.assumptions?.value).toEqual(['Nobody wanted to be the one to say it.']);

    const [assignment] = reflectJson<AssignmentJson[]>(['assignments'], { db: journal.db });
    expect(assignment).toMatchObject({ status: 'done', done: 1, completions: [{ entry: 1 }] });
  });

  it('asks whether to accept the assignment in a coach file', async () => {
    const file = join(FIXTURES, 'prompt-sets', 'daily-checkin-assignment.yaml');
    const term = journal.terminal(['prompts', 'add', file]);
    await term.waitFor('Accept this assignment?');
    const screen = term.screen();
    expect(screen).toContain('Assignment from Ana Ruiz:');
    expect(screen).toContain('every day, 7 times, first due Wed 25 Nov 2026');
    expect(screen).toContain('“Every evening for a week.”');
    await term.answer('');
    expect(await term.exitCode()).toBe(0);
    expect(term.screen()).toContain('accepted assignment #1');
    expect(reflectJson<unknown[]>(['assignments'], { db: journal.db })).toHaveLength(1);
  });
});
