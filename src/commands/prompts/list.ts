import chalk from 'chalk';
import type { Context } from '../../context.js';
import { availableSets } from '../../prompt-catalog.js';
import { entryCountsBySet, storedVersions } from '../../store/prompt-sets.js';
import { displayWidth, excerpt, padEnd } from '../../ui/render.js';

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
  const sources = rows.map((r) =>
    r.source === 'builtin' ? 'built-in' : `installed${r.author ? ` · ${excerpt(r.author, 30)}` : ''}`,
  );
  const fit = fitColumns(rows, sources, ctx.columns);
  if (!fit) {
    // Too narrow for the table: each set on two lines, the id whole (it is typed back), the rest cut to fit.
    rows.forEach((r, i) => {
      const head = `${r.id}  v${r.version}  `;
      ctx.out(`${head}${excerpt(r.title, Math.max(5, ctx.columns - displayWidth(head)))}`);
      const counts = `${r.steps} ${r.steps === 1 ? 'step' : 'steps'} · ${r.entries} ${r.entries === 1 ? 'entry' : 'entries'}`;
      const room = ctx.columns - 4 - displayWidth(counts) - 3;
      // The author whole or not at all: "installed · S…" says nothing.
      const source = displayWidth(sources[i]!) <= room ? sources[i]! : sources[i]!.split(' · ')[0]!;
      ctx.out(chalk.dim(`    ${counts} · ${source}`));
    });
    return;
  }
  const { idWidth, titleWidth, sourceWidth } = fit;
  ctx.out(chalk.dim(`${padEnd('ID', idWidth)}  VER  ${padEnd('TITLE', titleWidth)}  STEPS  ENTRIES  SOURCE`));
  rows.forEach((r, i) => {
    ctx.out(
      `${padEnd(r.id, idWidth)}  ${String(r.version).padStart(3)}  ${padEnd(excerpt(r.title, titleWidth), titleWidth)}  ${String(r.steps).padStart(5)}  ${String(r.entries).padStart(7)}  ${chalk.dim(cutSource(sources[i]!, sourceWidth))}`,
    );
  });
}

/**
 * The table fits the terminal: ids stay whole (they are typed back), the title and then the source's author are
 * cut with an ellipsis, as `reflect list` cuts its titles. Undefined when even a 5-column title does not fit.
 */
function fitColumns(rows: Array<{ id: string; title: string }>, sources: string[], columns: number) {
  const idWidth = Math.max(2, ...rows.map((r) => displayWidth(r.id)));
  // ID  VER  TITLE  STEPS  ENTRIES  SOURCE: everything but the title and the source.
  const room = columns - (idWidth + 2 + 3 + 2 + 2 + 5 + 2 + 7 + 2);
  const sourceNatural = Math.max(6, ...sources.map((s) => displayWidth(s)));
  const sourceLeast = Math.min(sourceNatural, 9); // "installed"
  const titleNatural = Math.min(32, Math.max(5, ...rows.map((r) => displayWidth(r.title))));
  if (room < 5 + sourceLeast) return undefined;
  const titleWidth = Math.max(5, Math.min(titleNatural, room - sourceLeast));
  const sourceWidth = Math.max(sourceLeast, room - titleWidth);
  return { idWidth, titleWidth, sourceWidth };
}

/** "installed · author" loses the author before it loses "installed". */
function cutSource(source: string, width: number): string {
  if (displayWidth(source) <= width) return source;
  const kind = source.split(' · ')[0]!;
  return width < kind.length + 5 ? kind : excerpt(source, width);
}
