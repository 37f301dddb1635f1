import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, reflectJson, tempJournal } from '../helpers/cli.js';

/** A raw control character other than a line break or a tab: what could move the cursor or clear the screen. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f]/;

describe('control characters in what an import brings', () => {
  let journal: ReturnType<typeof tempJournal>;
  beforeEach(() => {
    journal = tempJournal();
    // A jrnl export whose title, body and tag hold terminal escapes: a clear screen, a window title, a colour.
    const file = join(journal.dir, 'jrnl.json');
    writeFileSync(
      file,
      JSON.stringify({
        tags: {},
        entries: [
          {
            title: 'Budget \u001b]0;pwned\u0007talk \u001b[31mred',
            body: '\u001b[2J\u001b[HThe screen was cleared.\r\nSecond line\tafter a tab.',
            date: '2025-02-04',
            time: '10:00',
            tags: ['@\u001b[5mblink'],
            starred: false,
          },
        ],
      }),
    );
    expect(reflect(['import', file], { db: journal.db }).code).toBe(0);
  });
  afterEach(() => journal.cleanup());

  it('text output shows them as visible symbols, never as raw escapes the terminal would obey', () => {
    // `show` cleared the screen (ESC[2J) and `list` set the terminal's window title (ESC]0;…BEL).
    for (const args of [['list'], ['show', '1'], ['tags'], ['search', 'cleared'], ['trash']]) {
      const result = reflect(args, { db: journal.db });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout, args.join(' ')).not.toMatch(RAW_CONTROL);
    }
    const shown = reflect(['show', '1'], { db: journal.db }).stdout;
    expect(shown).toContain('Budget ␛]0;pwned␇talk ␛[31mred');
    expect(shown).toContain('␛[2J␛[HThe screen was cleared.\n');
    expect(shown).toContain('Second line after a tab.');
    expect(reflect(['list'], { db: journal.db }).stdout).toContain('#␛[5mblink');
  });

  it('an error quoting the input shows them the same way', () => {
    const result = reflect(['show', '\u001b[2J12'], { db: journal.db });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(RAW_CONTROL);
    expect(result.stderr).toContain('␛[2J');
  });

  it('--json and the JSON export keep them exactly', () => {
    const [entry] = reflectJson<Array<{ title: string; tags: string[] }>>(['list'], { db: journal.db });
    expect(entry!.title).toBe('Budget \u001b]0;pwned\u0007talk \u001b[31mred');
    expect(entry!.tags).toEqual(['\u001b[5mblink']);
    const exported = JSON.parse(reflect(['export', '--format', 'json'], { db: journal.db }).stdout);
    expect(exported.entries[0].answers[0].value).toBe(
      '\u001b[2J\u001b[HThe screen was cleared.\r\nSecond line\tafter a tab.',
    );
  });
});
