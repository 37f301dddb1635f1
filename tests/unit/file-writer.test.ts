import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileWriter, WORKER_FROM_FILES } from '../../src/export/file-writer.js';

const root = mkdtempSync(join(tmpdir(), 'reflect-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;
const freshDir = () => {
  const dir = join(root, `d${++counter}`);
  mkdirSync(dir);
  return dir;
};

describe('fileWriter', () => {
  it.each([
    ['in this thread', 10],
    ['through the worker', WORKER_FROM_FILES * 4 + 7],
  ])('writes every file whole and leaves no temp files (%s)', async (_how, count) => {
    const dir = freshDir();
    writeFileSync(join(dir, 'f3.md'), 'old');
    const files = fileWriter(count);
    for (let i = 0; i < count; i++)
      await files.write(join(dir, `f${i}.md`), `file ${i}\n${'é'.repeat(i % 50)}`);
    await files.finish();
    const names = readdirSync(dir);
    expect(names).toHaveLength(count);
    expect(names.every((n) => /^f\d+\.md$/.test(n))).toBe(true);
    expect(readFileSync(join(dir, 'f3.md'), 'utf8')).toBe('file 3\nééé');
    expect(readFileSync(join(dir, `f${count - 1}.md`), 'utf8')).toBe(
      `file ${count - 1}\n${'é'.repeat((count - 1) % 50)}`,
    );
  });

  it.each([
    ['in this thread', 10],
    ['through the worker', WORKER_FROM_FILES * 2],
  ])('reports the first failure with its code (%s)', async (_how, count) => {
    const dir = freshDir();
    const files = fileWriter(count);
    const run = async () => {
      for (let i = 0; i < count; i++) {
        // A folder that does not exist: the temp file cannot be created.
        const folder = i === count - 3 ? join(dir, 'missing') : dir;
        await files.write(join(folder, `f${i}.md`), 'x');
      }
      await files.finish();
    };
    await expect(run()).rejects.toMatchObject({ code: 'ENOENT' });
    await files.abort();
    expect(readdirSync(dir).some((n) => n.endsWith('.tmp'))).toBe(false);
  });
});
