/** Trims names, drops empty ones and keeps the first spelling of case-insensitive duplicates. */
export function cleanNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.replace(/\s+/g, ' ').trim();
    const key = name.toLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** Tags are written without a leading # or @ (as jrnl and Obsidian users tend to type them). */
export function cleanTags(tags: readonly string[]): string[] {
  return cleanNames(tags.map((t) => t.trim().replace(/^[#@]+/, '')));
}

/** "Dana, Sam,  Priya" → ["Dana", "Sam", "Priya"] */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
