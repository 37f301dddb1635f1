import { copyFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tempJournal } from './cli.js';

/**
 * A journal built once per test file and copied for each test: building it spawns reflect (a few hundred ms
 * of CPU each), a copy costs nothing. `fresh()` returns a new temp journal holding the template's rows.
 */
export function journalTemplate(build: (db: string) => void) {
  let template: ReturnType<typeof tempJournal> | undefined;
  return {
    fresh(): ReturnType<typeof tempJournal> {
      if (!template) {
        template = tempJournal('reflect-template-');
        build(template.db);
        // Everything into the main file, so one file is the whole journal.
        const db = new Database(template.db);
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
      }
      const journal = tempJournal();
      copyFileSync(template.db, journal.db);
      return journal;
    },
    cleanup: () => template?.cleanup(),
  };
}
