import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blindNote, chooseEntries } from '../../scripts/corpus-splits.js';

describe('which corpus entries an eval script scores', () => {
  let dir: string;
  const manifest = ['001.json', '002.json', '003.json'].map((file) => ({ file, set: 'freeform' }));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'reflect-splits-'));
    writeFileSync(
      join(dir, 'split.json'),
      JSON.stringify({ '001.json': 'dev', '002.json': 'heldout', '003.json': 'fresh' }),
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('without blind.json every split is scored', () => {
    expect(chooseEntries(dir, manifest).chosen).toHaveLength(3);
  });

  it('a blind split is left out unless --split names it, and the note says so', () => {
    writeFileSync(join(dir, 'blind.json'), JSON.stringify(['fresh', 'not-written-yet']));
    const all = chooseEntries(dir, manifest);
    expect(all.chosen.map((m) => m.file)).toEqual(['001.json', '002.json']);
    expect(all.blindLeftOut).toEqual(['fresh']);
    expect(blindNote(all.blindLeftOut)).toContain('fresh');
    const named = chooseEntries(dir, manifest, 'dev,fresh');
    expect(named.chosen.map((m) => m.file)).toEqual(['001.json', '003.json']);
    expect(blindNote(named.blindLeftOut)).toBeUndefined();
  });

  it('a split the corpus does not have is an error, not an empty score', () => {
    expect(() => chooseEntries(dir, manifest, 'dev,heldout99')).toThrow(/unknown split heldout99/);
  });
});
