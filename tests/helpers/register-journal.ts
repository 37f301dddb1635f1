import { reflect, reflectJson } from './cli.js';
import type { GroupJson } from './register-json.js';

// Journals for the register's CLI tests, written and read through the real binary.

/** Writes a ladder entry with these assumptions (`new --answers -`); by default a talk with Dana. */
export function writeLadder(
  db: string,
  date: string,
  assumptions: string[],
  { person = 'Dana', title = `Talk ${date}`, situation = 'A talk.' } = {},
): void {
  const answers = JSON.stringify({ title, date, people: [person], answers: { situation, assumptions } });
  const result = reflect(['new', '--set', 'ladder-of-inference', '--answers', '-'], { db, input: answers });
  if (result.code !== 0) throw new Error(`reflect new failed (${result.code}): ${result.stderr}`);
}

/** `reflect assumptions <args…> --json`. */
export const assumptionsJson = <T>(db: string, args: string[]): T =>
  reflectJson<T>(['assumptions', ...args], { db });

/** The group (as `assumptions show --json` prints it) that holds a statement written exactly so. */
export function groupWith(db: string, text: string): GroupJson {
  const group = assumptionsJson<GroupJson[]>(db, [])
    .map((g) => assumptionsJson<GroupJson>(db, ['show', String(g.group)]))
    .find((g) => g.statements.some((s) => s.text === text));
  if (!group) throw new Error(`no group holds "${text}"`);
  return group;
}
