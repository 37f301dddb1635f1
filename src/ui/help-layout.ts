import { Help, type HelpConfiguration } from 'commander';
import { displayWidth } from './render.js';

/**
 * `--help` in a terminal narrower than 80 columns. Commander wraps a description in its column only while the
 * column is at least `minWidthToWrap` (40) wide; narrower, it printed the description whole on the term's line
 * (`import --help` ran to 173 columns at 60). Here such a description goes under its term instead, and the
 * usage line breaks under itself. A line that fits is left exactly as commander made it, so 80-column help is
 * unchanged.
 */
export const narrowHelp: HelpConfiguration = {
  formatItem(term, termWidth, description, helper) {
    const width = helper.helpWidth ?? 80;
    const roomBeside = width - termWidth - 4;
    if (roomBeside >= helper.minWidthToWrap || !description)
      return Help.prototype.formatItem.call(this, term, termWidth, description, helper);
    const body = helper.preformatted(description) ? description : boxWrap(description, width - UNDER);
    return [`  ${term}`, ...indentLines(body.split('\n'), UNDER)].join('\n');
  },
  formatHelp(command, helper) {
    const [usage = '', ...rest] = Help.prototype.formatHelp.call(this, command, helper).split('\n');
    const width = helper.helpWidth ?? 80;
    if (displayWidth(usage) <= width) return [usage, ...rest].join('\n');
    // "Usage: reflect assumptions link [options]" / "       <statement> <group>": the rest under the command.
    const head = 'Usage: ';
    const [first = '', ...more] = boxWrap(usage.slice(head.length), width - head.length).split('\n');
    return [head + first, ...indentLines(more, head.length), ...rest].join('\n');
  },
};

/** Where a description goes under its term: two columns in from the term. */
const UNDER = 6;

/** Commander's own word wrap (never inside a word: a path or a flag stays whole), at any width. */
const wrapper = Object.assign(new Help(), { minWidthToWrap: 1 });
function boxWrap(text: string, width: number): string {
  return wrapper.boxWrap(text, Math.max(width, 1));
}

function fits(text: string, width: number): boolean {
  return text.split('\n').every((line) => displayWidth(line) <= width);
}

function indentLines(lines: string[], by: number): string[] {
  return lines.map((line) => (line ? ' '.repeat(by) + line : line));
}

/**
 * The text a command adds after its help (examples, notes) fitted to `width`; only what does not fit changes. A
 * paragraph broken for 80 columns is wrapped again as one; an example puts its explanation on the line under it,
 * and one too long for the line goes on under itself after a ` \` (the shell reads it as one line); any other
 * indented line goes on under itself.
 */
export function fitHelpText(text: string, width: number): string {
  const lines = text.split('\n');
  if (fits(text, width)) return text;
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (/^\S/.test(line)) {
      const paragraph = [line];
      for (i++; i < lines.length && continuesParagraph(paragraph.at(-1)!, lines[i]!); i++)
        paragraph.push(lines[i]!);
      out.push(
        ...(fits(paragraph.join('\n'), width) ? paragraph : boxWrap(paragraph.join(' '), width).split('\n')),
      );
      continue;
    }
    // An indented block (examples, a list): when one line does not fit, every example in it takes the same
    // shape, its explanation under it.
    const block: string[] = [];
    for (; i < lines.length && !/^\S/.test(lines[i]!); i++) block.push(lines[i]!);
    const refit = !fits(block.join('\n'), width);
    for (const indented of block)
      out.push(
        ...(refit && (displayWidth(indented) > width || isExample(indented))
          ? fitIndented(indented, width)
          : [indented]),
      );
  }
  return out.join('\n');
}

/**
 * A line broken off the one before for 80 columns, not a line of its own: the one before ends mid-sentence and
 * this one is not a `Label: value` line ("Data: …", "Settings: …", "Exit status: …").
 */
function continuesParagraph(previous: string, line: string): boolean {
  return /^\S/.test(line) && !/[.:!?]$/.test(previous) && !/^[A-Z][\w ]*: /.test(line);
}

function isExample(line: string): boolean {
  return /^\s+\$ /.test(line);
}

function fitIndented(line: string, width: number): string[] {
  const indent = /^\s*/.exec(line)![0];
  const deeper = `${indent}    `;
  const example = /^\s*\$ (.*)$/.exec(line);
  if (example) {
    // The explanation is what follows two spaces outside quotes, as the examples are written.
    const [command = '', explanation] = splitOutsideQuotes(example[1]!);
    const shown = shellLines(`${indent}$ `, command, deeper.length + 2, width);
    return explanation
      ? [...shown, ...indentLines(boxWrap(explanation, width - deeper.length).split('\n'), deeper.length)]
      : shown;
  }
  const item = /^(\s+\S.*?) {2,}(\S.*)$/.exec(line);
  if (item && displayWidth(item[1]!) <= width)
    return [item[1]!, ...indentLines(boxWrap(item[2]!, width - deeper.length).split('\n'), deeper.length)];
  const [first = '', ...more] = boxWrap(line.trimStart(), width - indent.length).split('\n');
  return [
    indent + first,
    ...indentLines(boxWrap(more.join(' '), width - deeper.length).split('\n'), deeper.length),
  ];
}

/** `reflect x "a  b"  explanation` → the command and the explanation (two spaces, outside quotes). */
function splitOutsideQuotes(text: string): [string, string | undefined] {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (text.startsWith('  ', i)) return [text.slice(0, i), text.slice(i).trim()];
  }
  return [text, undefined];
}

/**
 * A command line broken between words (never inside quotes), each line but the last ending in ` \\`; the
 * further lines go in `by` columns — deeper than the explanation under them — or less for a word that would
 * not fit there (a long path).
 */
function shellLines(head: string, command: string, by: number, width: number): string[] {
  const [first = '', ...words] = command.match(/(?:"[^"]*"|'[^']*'|\S)+/g) ?? [];
  const lines: string[] = [];
  let line = head + first;
  words.forEach((word, i) => {
    const room = i === words.length - 1 ? width : width - 2;
    if (displayWidth(`${line} ${word}`) > room) {
      lines.push(`${line} \\`);
      line = ' '.repeat(Math.max(0, Math.min(by, room - displayWidth(word)))) + word;
    } else line = `${line} ${word}`;
  });
  lines.push(line);
  return lines;
}
