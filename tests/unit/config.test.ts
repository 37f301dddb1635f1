import { describe, expect, it } from 'vitest';
import { layerConfig, normalizeKey } from '../../src/config.js';
import { parseConfigText } from '../../src/config-file.js';
import { writtenOffset } from '../../src/domain/entry-edit.js';

describe('config layers', () => {
  it.each([
    ['defaults', {}, {}, { color: true, count: 20, weekStart: 'monday' }, 'default'],
    ['file over defaults', { color: false, count: 5 }, {}, { color: false, count: 5 }, 'file'],
    ['NO_COLOR over the file', { color: true }, { NO_COLOR: '1' }, { color: false }, 'env'],
    ['an empty NO_COLOR is not set', { color: true }, { NO_COLOR: '' }, { color: true }, 'file'],
  ])('%s', (_name, file, env, expected, colorSource) => {
    const { config, sources } = layerConfig(file, env);
    expect(config).toMatchObject(expected);
    expect(sources.color).toBe(colorSource);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('takes the editor from REFLECT_EDITOR, then VISUAL, then EDITOR, then the file', () => {
    const file = { editor: 'nano' };
    expect(layerConfig(file, {}).config.editor).toBe('nano');
    expect(layerConfig(file, { EDITOR: 'vim' }).config.editor).toBe('vim');
    expect(layerConfig(file, { EDITOR: 'vim', VISUAL: 'code --wait' }).config.editor).toBe('code --wait');
    expect(layerConfig(file, { VISUAL: 'code', REFLECT_EDITOR: 'hx' }).config.editor).toBe('hx');
  });

  it.each([
    ['default-set', 'defaultSet'],
    ['WEEKSTART', 'weekStart'],
    ['week_start', 'weekStart'],
    ['colour', undefined],
  ])('normalizes the key %s', (text, key) => {
    expect(normalizeKey(text)).toBe(key);
  });

  it('resolves db against home and the config folder', () => {
    expect(parseConfigText('db: ~/j.db\n', '/cfg/reflect/config.yaml', { HOME: '/home/a' }).db).toBe(
      '/home/a/j.db',
    );
    expect(parseConfigText('db: j.db\n', '/cfg/reflect/config.yaml').db).toBe('/cfg/reflect/j.db');
    expect(parseConfigText('# only a comment\n', '/c.yaml')).toEqual({});
    expect(parseConfigText('editor:\n', '/c.yaml')).toEqual({});
  });
});

describe('writtenOffset', () => {
  it.each([
    ['2026-11-20T09:00:00-05:00', -300],
    ['2026-11-20T09:00+0530', 330],
    ['2026-11-20T09:00:00.000Z', 0],
    ['2026-11-20T09:00', undefined],
    ['yesterday 4pm', undefined],
  ])('%s → %s', (text, offset) => {
    expect(writtenOffset(text)).toBe(offset);
  });
});
