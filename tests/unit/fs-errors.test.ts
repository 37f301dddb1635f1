import { describe, expect, it } from 'vitest';
import { errnoCode, fsReason, isDiskFull, readReason } from '../../src/fs-errors.js';

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
});
