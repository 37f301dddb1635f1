import chalk from 'chalk';
import { format } from 'date-fns';
import type { GroupDetail, RegisterGroup } from '../domain/register.js';
import { MSG } from './messages.js';
import { displayWidth, excerpt, formatDay, indent, wrap } from './render.js';

function day(instant: string): string {
  return format(new Date(instant), 'd MMM yyyy');
}

function seen(g: RegisterGroup): string {
  const first = day(g.firstSeen);
  const last = day(g.lastSeen);
  return first === last ? first : `${first} – ${last}`;
}

function testedWords(g: RegisterGroup): string {
  return g.tested ? `tested: ${g.tested.result}` : '';
}

/** The register: two lines per group (three in a narrow terminal), most frequent first. */
export function renderRegister(
  groups: RegisterGroup[],
  columns: number,
  autoOpposite: (group: number, other: number) => boolean = () => false,
): string {
  const width = Math.min(columns, 100);
  const out: string[] = [];
  for (const g of groups) {
    const head = `#${g.group}`.padEnd(6);
    const count = `${g.count}×${g.entries.length > 1 ? ` in ${g.entries.length} entries` : ''}`;
    const mark = g.count > 1 && !g.confirmed ? chalk.dim(` · ${MSG.possible}`) : '';
    const room = width - head.length - count.length - 14;
    // A terminal too narrow for 20 columns of label beside the count has the count under the label instead.
    const beside = room >= 20;
    const label = chalk.bold(excerpt(g.label, beside ? room : width - head.length));
    out.push(`${chalk.dim(head)}${label}${beside ? `  ${count}${mark}` : ''}`);
    if (!beside) out.push(`${' '.repeat(head.length)}${count}${mark}`);
    const details = [
      seen(g),
      g.people.length ? `with ${g.people.join(', ')}` : '',
      ...oppositeWords(g, autoOpposite),
      testedWords(g),
    ].filter(Boolean);
    out.push(chalk.dim(`${' '.repeat(head.length)}${excerpt(details.join(' · '), width - head.length)}`));
  }
  return out.join('\n');
}

/** "opposite of #6" for the person's marks, "possibly opposite of #8, #9" for the grouping's. */
function oppositeWords(g: RegisterGroup, autoOpposite: (group: number, other: number) => boolean): string[] {
  const list = (ids: number[]) => ids.map((o) => `#${o}`).join(', ');
  const possible = g.opposites.filter((o) => autoOpposite(g.group, o));
  const yours = g.opposites.filter((o) => !possible.includes(o));
  return [
    yours.length ? `opposite of ${list(yours)}` : '',
    possible.length ? `possibly opposite of ${list(possible)}` : '',
  ];
}

/** One group in full: every statement exactly as written, with where it comes from. */
export function renderGroup(
  g: GroupDetail,
  labelOf: (id: number) => string | undefined,
  columns: number,
  autoOpposite: (other: number) => boolean = () => false,
): string {
  const width = Math.min(columns, 100);
  if (g.count === 0) return [`#${g.group}`, ...wrap(MSG.emptyGroup, width)].join('\n');
  const out: string[] = [];
  const state = g.confirmed ? 'linked by you' : `${MSG.possible} — grouped automatically`;
  out.push(...wrap(`#${g.group} “${g.label}”`, width).map((l) => chalk.bold(l)));
  const count = `${g.count}× in ${g.entries.length} ${g.entries.length === 1 ? 'entry' : 'entries'} · ${state}`;
  out.push(...wrap(count, width).map((line) => chalk.dim(line)));
  if (g.count > 0) {
    const where = seen(g) + (g.people.length ? ` · with ${g.people.join(', ')}` : '');
    out.push(...wrap(where, width).map((line) => chalk.dim(line)));
  }
  for (const o of g.opposites) {
    const known = labelOf(o);
    const label =
      known === undefined
        ? `#${o} (no statements at the moment)`
        : `#${o} “${excerpt(known, Math.max(20, width - 40))}”`;
    const opposite = `${autoOpposite(o) ? 'Possibly opposite' : 'Opposite'} of ${label}`;
    out.push(...wrap(opposite, width).map((line) => chalk.yellow(line)));
  }
  if (g.tested) {
    const note = g.tested.note ? `: ${g.tested.note}` : '';
    out.push(...wrap(`Tested ${formatDay(g.tested.date)} — ${g.tested.result}${note}`, width));
  } else if (g.count > 1) {
    const test = `Not tested yet — reflect assumptions test ${g.group} --result held|failed|mixed --note …`;
    out.push(...wrap(test, width).map((line) => chalk.dim(line)));
  }
  out.push('');
  for (const s of g.statements) {
    const who = s.linkedBy === 'person' ? 'you linked' : MSG.possible;
    const where = (from: string) =>
      `${String(s.id).padStart(5)}  ${day(s.date)}${from} · entry ${s.entryId} · ${who}`;
    // The title gives way to the rest of the line: what is left of the width, 40 columns at most.
    const titleRoom = Math.min(40, width - displayWidth(where('')) - 3);
    const from = s.title && titleRoom >= 8 ? ` · ${excerpt(s.title, titleRoom)}` : '';
    out.push(chalk.dim(where(from)));
    out.push(...indent(wrap(s.text.trim(), width - 7), ' '.repeat(7)));
  }
  return out.join('\n');
}
