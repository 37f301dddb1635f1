import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePromptSetYaml } from './domain/prompt-set-file.js';
import type { PromptSet } from './domain/types.js';
import { UserError } from './errors.js';
import type { Db } from './store/db.js';
import { getStoredSet, hasStoredSet, listInstalledSets } from './store/prompt-sets.js';
import { MSG } from './ui/messages.js';

export interface CatalogSet {
  set: PromptSet;
  source: 'builtin' | 'installed';
  /** The YAML text the set was read from. */
  yaml: string;
}

let builtinCache: CatalogSet[] | undefined;

/** The folder of built-in prompt sets, found from this file (works from src/ and from the bundled dist/). */
export function builtinDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'prompts', 'left-hand-column.yaml'))) return join(dir, 'prompts');
    dir = dirname(dir);
  }
  throw new Error('built-in prompt sets not found (the prompts/ folder is missing from this install)');
}

export function builtinSets(): CatalogSet[] {
  if (builtinCache) return builtinCache;
  const dir = builtinDir();
  builtinCache = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const yaml = readFileSync(join(dir, name), 'utf8');
      const parsed = parsePromptSetYaml(yaml);
      // A broken built-in set is our bug, not the user's.
      if (!parsed.set)
        throw new Error(`built-in prompt set ${name} is invalid: ${parsed.problems[0]?.message}`);
      return { set: parsed.set, source: 'builtin' as const, yaml };
    });
  return builtinCache;
}

/** Built-in sets first (in a fixed order), then the newest version of each installed set. */
export function availableSets(db: Db | undefined): CatalogSet[] {
  const order = ['left-hand-column', 'ladder-of-inference', 'advocacy-inquiry', 'check-in', 'freeform'];
  const builtins = [...builtinSets()].sort((a, b) => rank(a.set.id) - rank(b.set.id));
  function rank(id: string) {
    const i = order.indexOf(id);
    return i === -1 ? order.length : i;
  }
  if (!db) return builtins;
  const latest = new Map<string, CatalogSet>();
  for (const stored of listInstalledSets(db)) {
    latest.set(stored.set.id, { set: stored.set, source: 'installed', yaml: stored.yaml ?? '' });
  }
  return [...builtins, ...latest.values()];
}

/**
 * Whether entries may carry this set id: a built-in set or one stored in the journal. Cheap (no YAML parsing),
 * for filters such as `list --set`.
 */
export function isKnownSet(db: Db, id: string): boolean {
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && existsSync(join(builtinDir(), `${id}.yaml`))) return true;
  return hasStoredSet(db, id);
}

/** The set to write a new entry with: the current version of a built-in or installed set. */
export function findSet(db: Db | undefined, id: string): CatalogSet {
  const found = availableSets(db).find((c) => c.set.id === id);
  if (!found) {
    throw new UserError(MSG.unknownSet(id), {
      hint: `available: ${availableSets(db)
        .map((c) => c.set.id)
        .join(', ')}`,
    });
  }
  return found;
}

/** The exact version an entry or draft was written with (kept in the journal). */
export function setVersion(db: Db, id: string, version: number): PromptSet {
  const stored = getStoredSet(db, id, version);
  if (stored) return stored.set;
  const builtin = builtinSets().find((c) => c.set.id === id && c.set.version === version);
  if (builtin) return builtin.set;
  throw new Error(`prompt set ${id} version ${version} is missing from the journal`);
}
