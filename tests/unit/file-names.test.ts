import { describe, expect, it } from 'vitest';
import { entryFileName, SLUG_MAX_CHARS, slugify } from '../../src/export/file-names.js';

describe('export file names', () => {
  it.each([
    ['Budget talk with Dana', 'budget-talk-with-dana'],
    ['../../etc/passwd', 'etc-passwd'],
    ['..\\..\\windows\\system32', 'windows-system32'],
    ['/absolute/path', 'absolute-path'],
    ['..', 'entry'],
    ['', 'entry'],
    ['   ', 'entry'],
    ['tab\tnew\nline\u0000nul\u001bescape', 'tab-new-line-nul-escape'],
    ['CON', 'con-entry'],
    ['nul', 'nul-entry'],
    ['Com1', 'com1-entry'],
    ['lpt9', 'lpt9-entry'],
    ['console', 'console'],
    ['Crème brûlée à Zoë', 'creme-brulee-a-zoe'],
    ['日本語のタイトル', '日本語のタイトル'],
    ['😤😤😤', 'entry'],
    ['a<b>c:d"e|f?g*h', 'a-b-c-d-e-f-g-h'],
    ['Ünïcödé & ‘quotes’ — dash', 'unicode-quotes-dash'],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('keeps slugs to 60 characters, cutting between words', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_CHARS);
    expect(slug).toMatch(/^word(-word)+$/);
    expect([...slugify('x'.repeat(500))].length).toBe(SLUG_MAX_CHARS);
    expect(Buffer.byteLength(slugify('𝒜'.repeat(100)))).toBeLessThanOrEqual(120);
  });

  it('names a file by local day, slug and id', () => {
    const entry = {
      id: 12,
      title: 'Late call',
      setId: 'left-hand-column',
      occurredAt: '2026-11-20T23:30:00.000Z',
      utcOffset: 60,
    };
    expect(entryFileName(entry, '.md')).toBe('2026-11-21-late-call-12.md');
    expect(entryFileName({ ...entry, title: '' }, '.md')).toBe('2026-11-21-left-hand-column-12.md');
    expect(entryFileName({ ...entry, title: '../../x', utcOffset: -300 }, '.md')).toBe('2026-11-20-x-12.md');
  });
});
