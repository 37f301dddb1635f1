import chalk from 'chalk';
import type { EntrySummary } from '../store/entries.js';
import { displayWidth, entryName, excerpt, formatWhen } from './render.js';

/** The date's column: people and tags fold under it when they do not fit on one row under the title. */
const UNDER_DATE = 5;

/**
 * One entry of `list` and `search`: id, date, set, star, title (cut to fit), people · tags. In a pipe it is
 * always one line (scripts grep it). On a terminal, when the whole line is wider than `columns`, people and
 * tags move to the line under it — under the title if they fit there on one row, else under the date, on as
 * many rows as they need — broken between names, never inside one: a terminal breaks a long line where its
 * edge falls, mid-word.
 */
export function listLine(entry: EntrySummary, columns: number, onTerminal = false): string {
  const id = String(entry.id).padStart(4);
  const when = formatWhen(entry.occurredAt);
  const title = entryName(entry.title, entry.context || entry.lead, entry.setId);
  const star = entry.starred ? 2 : 0;
  // A pipe keeps the set id whole and the title's 20 characters however narrow COLUMNS is (scripts read them);
  // a terminal's first line must fit its width.
  const { set, room } = onTerminal
    ? terminalRoom(entry.setId, title, columns - id.length - 1 - when.length - 2 - 2 - star)
    : {
        set: entry.setId,
        room: Math.max(20, columns - (4 + 1 + when.length + 2 + entry.setId.length + 2) - 2),
      };
  const shown = excerpt(title, room);
  const head = `${chalk.dim(id)} ${when}  ${chalk.dim(set)}  ${entry.starred ? chalk.yellow('★ ') : ''}${shown}`;
  const names = entry.people.join(', ');
  const tags = entry.tags.map((t) => `#${t}`).join(' ');
  const people = names ? ` ${chalk.dim('·')} ${chalk.cyan(names)}` : '';
  const tagged = tags ? ` ${chalk.dim('·')} ${chalk.magenta(tags)}` : '';
  if (!onTerminal || (!names && !tags)) return head + people + tagged;
  const titleAt = id.length + 1 + when.length + 2 + displayWidth(set) + 2 + star;
  const tail = (names ? 3 + displayWidth(names) : 0) + (tags ? 3 + displayWidth(tags) : 0);
  if (titleAt + displayWidth(shown) + tail <= columns) return head + people + tagged;
  // Under the title when people and tags fit there on one row (`tail` less its leading " · "); else under the
  // date, on as few rows as can be.
  const at = tail - 3 <= columns - titleAt ? titleAt : UNDER_DATE;
  const folded = foldPeopleAndTags(entry.people, entry.tags, columns - at);
  return [head, ...folded.map((line) => ' '.repeat(at) + line)].join('\n');
}

/** The title's least room on a terminal line wide enough for it. */
const TITLE_ROOM = 10;

/**
 * The set id as shown and the title's room when the two share `width` columns of a terminal's first line (the
 * id and date take the rest, whole). The set id is cut only when it and the title's least room do not fit; then
 * the two share the room evenly, so neither disappears.
 */
function terminalRoom(setId: string, title: string, width: number): { set: string; room: number } {
  const setWidth = displayWidth(setId);
  const titleWidth = displayWidth(title);
  if (setWidth + Math.min(titleWidth, TITLE_ROOM) <= width) {
    // Two columns to spare, as before, when the line is wide enough for them.
    return { set: setId, room: Math.min(width - setWidth, Math.max(TITLE_ROOM, width - setWidth - 2)) };
  }
  const set = excerpt(setId, Math.max(2, width - Math.min(titleWidth, Math.ceil(width / 2))));
  return { set, room: Math.max(0, width - displayWidth(set)) };
}

/**
 * "Dana, Marco · #1:1 #budget" as lines of at most `width` columns, broken only between names and tags
 * (a comma or the dot stays with the word before it); a name wider than a line is cut with an ellipsis.
 */
export function foldPeopleAndTags(people: string[], tags: string[], width: number): string[] {
  const words: Array<{ text: string; paint: string }> = [];
  people.forEach((name, i) => {
    const comma = i < people.length - 1;
    const dot = !comma && tags.length > 0;
    const text = excerpt(name, width - (comma ? 1 : dot ? 2 : 0));
    words.push({
      text: text + (comma ? ',' : dot ? ' ·' : ''),
      paint: chalk.cyan(comma ? `${text},` : text) + (dot ? ` ${chalk.dim('·')}` : ''),
    });
  });
  for (const tag of tags) {
    const text = excerpt(`#${tag}`, width);
    words.push({ text, paint: chalk.magenta(text) });
  }
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of words) {
    const wordWidth = displayWidth(word.text);
    if (line && lineWidth + 1 + wordWidth <= width) {
      line += ` ${word.paint}`;
      lineWidth += 1 + wordWidth;
      continue;
    }
    if (line) lines.push(line);
    line = word.paint;
    lineWidth = wordWidth;
  }
  if (line) lines.push(line);
  return lines;
}
