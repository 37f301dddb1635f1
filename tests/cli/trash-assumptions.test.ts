import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflect, reflectJson, saveRegisterEntries, tempJournal } from '../helpers/cli.js';
import type { GroupJson } from '../helpers/register-json.js';

describe('the trash keeps assumption links', () => {
  let journal: ReturnType<typeof tempJournal>;
  beforeEach(() => {
    journal = tempJournal();
    saveRegisterEntries(journal.db);
  });
  afterEach(() => journal.cleanup());

  it('restores a deleted entry with its statements in the groups the person put them in', () => {
    const [group] = reflectJson<Array<{ group: number }>>(['assumptions'], { db: journal.db });
    const before = reflectJson<GroupJson>(['assumptions', 'show', String(group!.group)], { db: journal.db });
    const second = before.statements.find((s) => s.entryId === 2)!;
    expect(
      reflect(['assumptions', 'link', String(second.id), String(group!.group)], { db: journal.db }).code,
    ).toBe(0);

    expect(reflect(['delete', '2', '--yes'], { db: journal.db }).code).toBe(0);
    const during = reflectJson<GroupJson>(['assumptions', 'show', String(group!.group)], { db: journal.db });
    expect(during.statements.map((s) => s.entryId)).not.toContain(2);

    expect(reflect(['restore', '2'], { db: journal.db }).code).toBe(0);
    const after = reflectJson<GroupJson>(['assumptions', 'show', String(group!.group)], { db: journal.db });
    expect(after.statements.find((s) => s.entryId === 2)).toMatchObject({
      id: second.id,
      text: second.text,
      linkedBy: 'person',
    });
  });
});
