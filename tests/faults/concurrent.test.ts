import { afterAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, reflectJson, tempJournal } from '../helpers/cli.js';
import { integrity } from '../helpers/journal.js';
import { runAsync } from '../helpers/processes.js';

/**
 * Four writers at once, each saving entries through `new --answers` in its own loop (one process per entry,
 * as a script would): every entry arrives, nobody sees "database is locked", the file is intact.
 * The issue asks for 4 × 100; that takes 30–70 s on two shared cores, too long for every `npm test`, so the
 * default is 4 × 25 (same contention, a quarter of the spawns). REFLECT_FAULT_WRITES=100 runs the full size.
 */
const WRITERS = 4;
const PER_WRITER = Number(process.env.REFLECT_FAULT_WRITES ?? 25);

describe('concurrent writers', () => {
  const journal = tempJournal('reflect-concurrent-');
  afterAll(() => journal.cleanup());

  it(`${WRITERS} processes × ${PER_WRITER} entries: all saved, no lock errors, integrity ok`, {
    timeout: 240_000,
  }, async () => {
    const answers = `${FIXTURES}/answers/lhc-budget.json`;
    const loop = `for i in $(seq ${PER_WRITER}); do "$NODE" "$BIN" new --set left-hand-column --answers "$ANSWERS" --title "w$W-$i" >/dev/null || echo "exit $? at $i" >&2; done`;
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, w) =>
        runAsync('sh', ['-c', loop], {
          db: journal.db,
          env: { NODE: process.execPath, BIN, ANSWERS: answers, W: String(w) },
        }),
      ),
    );
    for (const result of results) {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
    const entries = reflectJson<Array<{ title: string }>>(['list', '-n', String(WRITERS * PER_WRITER * 2)], {
      db: journal.db,
    });
    expect(entries).toHaveLength(WRITERS * PER_WRITER);
    expect(new Set(entries.map((e) => e.title)).size).toBe(WRITERS * PER_WRITER);
    expect(integrity(journal.db)).toBe('ok');
  });
});
