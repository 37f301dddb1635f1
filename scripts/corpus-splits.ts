// Which entries of a labelled corpus an eval script scores. A corpus may list splits that are still blind in
// `blind.json` (written by engineers who have not read the engine, to be scored once, at the end of a round): they
// are left out unless named in `--split`, so that no habitual run of an eval script reads them by accident.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusChoice<M extends { file: string }> {
  chosen: M[];
  /** Blind splits left out because `--split` did not name them. */
  blindLeftOut: string[];
}

function readJson<T>(path: string, fallback: T): T {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : fallback;
}

/** The manifest rows of the named splits (comma-separated), or of every split that is not blind. */
export function chooseEntries<M extends { file: string }>(
  dir: string,
  manifest: readonly M[],
  split?: string,
): CorpusChoice<M> {
  const splitOf = readJson<Record<string, string>>(join(dir, 'split.json'), {});
  if (split !== undefined) {
    const wanted = new Set(split.split(','));
    const known = new Set(Object.values(splitOf));
    const unknown = [...wanted].filter((w) => !known.has(w));
    if (unknown.length > 0)
      throw new Error(`unknown split ${unknown.join(', ')} (the corpus has ${[...known].join(', ')})`);
    return { chosen: manifest.filter((m) => wanted.has(splitOf[m.file] ?? '')), blindLeftOut: [] };
  }
  const blind = new Set(readJson<string[]>(join(dir, 'blind.json'), []));
  const chosen = manifest.filter((m) => !blind.has(splitOf[m.file] ?? ''));
  return { chosen, blindLeftOut: [...blind].filter((b) => Object.values(splitOf).includes(b)) };
}

/** One line for stderr when blind splits were left out. */
export function blindNote(blindLeftOut: readonly string[]): string | undefined {
  if (blindLeftOut.length === 0) return undefined;
  return `left out, still blind (blind.json): ${blindLeftOut.join(', ')}; name them in --split to score them once`;
}
