import chalk from 'chalk';
import type { Context } from '../../context.js';
import { availableSets } from '../../prompt-catalog.js';
import { entryCountsBySet, storedVersions } from '../../store/prompt-sets.js';
import { excerpt, padEnd } from '../../ui/render.js';

/** `reflect prompts list [--json]` */
export function listPrompts(ctx: Context) {
  const db = ctx.store().db;
  const counts = entryCountsBySet(db);
  const rows = availableSets(db).map(({ set, source }) => ({
    id: set.id,
    version: set.version,
    title: set.title,
    author: set.author ?? null,
    source,
    steps: set.steps.length,
    entries: counts.get(set.id) ?? 0,
    versions:
      source === 'installed'
        ? storedVersions(db, set.id)
            .filter((v) => !v.removedAt)
            .map((v) => v.version)
        : [set.version],
  }));
  if (ctx.globals.json) return ctx.out(JSON.stringify(rows, null, 2));
  const idWidth = Math.max(2, ...rows.map((r) => r.id.length));
  const titleWidth = Math.min(32, Math.max(5, ...rows.map((r) => r.title.length)));
  ctx.out(chalk.dim(`${padEnd('ID', idWidth)}  VER  ${padEnd('TITLE', titleWidth)}  STEPS  ENTRIES  SOURCE`));
  for (const r of rows) {
    const source =
      r.source === 'builtin' ? 'built-in' : `installed${r.author ? ` · ${excerpt(r.author, 30)}` : ''}`;
    ctx.out(
      `${padEnd(r.id, idWidth)}  ${String(r.version).padStart(3)}  ${padEnd(excerpt(r.title, titleWidth), titleWidth)}  ${String(r.steps).padStart(5)}  ${String(r.entries).padStart(7)}  ${chalk.dim(source)}`,
    );
  }
}
