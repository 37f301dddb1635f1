import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { cannotWrite, errnoCode, fsReason, isDiskFull, readReason } from '../../src/fs-errors.js';

const failure = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

describe('fs-errors', () => {
  it.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EROFS', 'the file system is read-only'],
    ['ENOSPC', 'no space left on the disk'],
    ['EDQUOT', 'the disk quota is used up'],
    ['ENAMETOOLONG', 'the name is too long'],
  ])('%s reads as "%s" everywhere', (code, words) => {
    expect(fsReason(failure(code))).toBe(words);
    expect(readReason(failure(code), 'is a folder')).toBe(words);
  });

  it('takes the words of the place first', () => {
    expect(fsReason(failure('ENOENT'))).toBeUndefined();
    expect(fsReason(failure('ENOENT'), { ENOENT: 'a folder on the way is missing' })).toBe(
      'a folder on the way is missing',
    );
    expect(readReason(failure('ENOENT'), 'is a folder')).toBe('no such file');
    expect(readReason(failure('EISDIR'), 'is a folder, expected a JSON file')).toBe(
      'is a folder, expected a JSON file',
    );
  });

  it('leaves other errors alone', () => {
    expect(errnoCode(new Error('boom'))).toBeUndefined();
    expect(errnoCode(null)).toBeUndefined();
    expect(fsReason(failure('SQLITE_BUSY'))).toBeUndefined();
    expect(fsReason('text')).toBeUndefined();
  });

  it('knows a full disk', () => {
    expect(isDiskFull(failure('ENOSPC'))).toBe(true);
    expect(isDiskFull(failure('EDQUOT'))).toBe(true);
    expect(isDiskFull(failure('EACCES'))).toBe(false);
  });

  describe('cannotWrite: one wording for every writer (--out of summary, export, prompts)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reflect-fs-errors-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const message = (error: unknown, path: string) => (cannotWrite(error, path) as UserError).message;

    it('puts the reason after a colon', () => {
      expect(message(failure('EACCES'), join(dir, 'x.md'))).toBe(
        `cannot write ${join(dir, 'x.md')}: permission denied`,
      );
      expect(message(failure('ENAMETOOLONG'), join(dir, 'x.md'))).toBe(
        `cannot write ${join(dir, 'x.md')}: the name is too long`,
      );
      expect(message(failure('EISDIR'), dir)).toBe(`cannot write ${dir}: it is a folder`);
    });

    it('names a missing path by what is missing: a folder that takes no new files (/proc), or one on the way', () => {
      // Creating a file in /proc fails with ENOENT though the folder is there.
      expect(message(failure('ENOENT'), join(dir, 'x.md'))).toBe(
        `cannot write ${join(dir, 'x.md')}: the folder ${dir} does not take new files`,
      );
      expect(message(failure('ENOENT'), join(dir, 'gone', 'x.md'))).toBe(
        `cannot write ${join(dir, 'gone', 'x.md')}: a folder on the way is missing`,
      );
    });

    it('names a file where a folder should be', () => {
      writeFileSync(join(dir, 'plain'), 'x');
      expect(message(failure('ENOTDIR'), join(dir, 'plain', 'x.md'))).toBe(
        `cannot write ${join(dir, 'plain', 'x.md')}: ${join(dir, 'plain')} is not a folder`,
      );
    });

    it('is a user error for a code it names, and leaves any other error as it is', () => {
      expect(cannotWrite(failure('EROFS'), dir)).toBeInstanceOf(UserError);
      const odd = failure('EWEIRD');
      expect(cannotWrite(odd, dir)).toBe(odd);
      const plain = new Error('boom');
      expect(cannotWrite(plain, dir)).toBe(plain);
      const user = new UserError('already said');
      expect(cannotWrite(user, dir)).toBe(user);
    });
  });
});
