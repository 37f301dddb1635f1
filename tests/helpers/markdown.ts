import MarkdownIt, { type Token } from 'markdown-it';
import { parse as parseYaml } from 'yaml';

/**
 * Reads an exported Markdown note back with real parsers (markdown-it for the body, yaml for the front
 * matter), so tests compare what a Markdown tool would see with what the journal stores. Any inline markup
 * the exporter should have escaped (emphasis, code, links, raw HTML other than the cell line breaks) makes
 * the parse fail loudly.
 */

// html: true so that the exporter's own <br> in table cells is told apart from a user's escaped "<br>".
const md = new MarkdownIt({ html: true });

export type Block =
  | { type: 'text'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'table'; header: string[]; rows: string[][] };

export interface ParsedNote {
  front: Record<string, unknown>;
  title: string;
  sections: { question: string; blocks: Block[] }[];
}

/** A document of several notes splits where a front matter block opens (a bare `---` after a blank line). */
export function splitNotes(doc: string): string[] {
  const notes: string[] = [];
  const lines = doc.split('\n');
  let start = 0;
  let inFront = false;
  lines.forEach((line, i) => {
    if (line !== '---') return;
    if (!inFront && i > 0 && lines[i - 1] === '') {
      notes.push(lines.slice(start, i - 1).join('\n'));
      start = i;
    }
    inFront = !inFront;
  });
  notes.push(lines.slice(start).join('\n'));
  return notes.map((note, i) => (i < notes.length - 1 ? `${note}\n` : note));
}

export function parseNote(note: string): ParsedNote {
  if (!note.startsWith('---\n')) throw new Error('note does not start with front matter');
  const close = note.indexOf('\n---\n', 4);
  if (close === -1) throw new Error('front matter is not closed');
  const front = parseYaml(note.slice(4, close)) as Record<string, unknown>;
  const tokens = md.parse(note.slice(close + 5), {});
  const parsed: ParsedNote = { front, title: '', sections: [] };
  let i = 0;
  const current = () => {
    const section = parsed.sections.at(-1);
    if (!section) throw new Error(`content before the first question: ${tokens[i]?.type}`);
    return section;
  };
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.type === 'heading_open') {
      const text = inlineText(tokens[i + 1]!);
      if (token.tag === 'h1') {
        if (parsed.title || parsed.sections.length) throw new Error('a second h1');
        parsed.title = text;
      } else if (token.tag === 'h2') parsed.sections.push({ question: text, blocks: [] });
      else throw new Error(`unexpected heading ${token.tag}`);
      i += 3;
    } else if (token.type === 'paragraph_open') {
      const text = inlineText(tokens[i + 1]!);
      const blocks = current().blocks;
      const last = blocks.at(-1);
      if (last?.type === 'text') last.text += `\n\n${text}`;
      else blocks.push({ type: 'text', text });
      i += 3;
    } else if (token.type === 'bullet_list_open') {
      const items: string[] = [];
      i++;
      while (tokens[i]!.type !== 'bullet_list_close') {
        if (tokens[i]!.type !== 'list_item_open') throw new Error(`unexpected ${tokens[i]!.type} in a list`);
        i++;
        const paragraphs: string[] = [];
        while (tokens[i]!.type !== 'list_item_close') {
          if (tokens[i]!.type !== 'paragraph_open')
            throw new Error(`unexpected ${tokens[i]!.type} in a list item`);
          paragraphs.push(inlineText(tokens[i + 1]!));
          i += 3;
        }
        items.push(paragraphs.join('\n\n'));
        i++;
      }
      current().blocks.push({ type: 'list', items });
      i++;
    } else if (token.type === 'table_open') {
      const rows: string[][] = [];
      let row: string[] = [];
      i++;
      while (tokens[i]!.type !== 'table_close') {
        const t = tokens[i]!;
        if (t.type === 'tr_open') row = [];
        else if (t.type === 'tr_close') rows.push(row);
        else if (t.type === 'inline') row.push(inlineText(t, true));
        i++;
      }
      current().blocks.push({ type: 'table', header: rows[0]!, rows: rows.slice(1) });
      i++;
    } else {
      throw new Error(`unexpected block ${token.type} (the structure broke)`);
    }
  }
  return parsed;
}

function inlineText(token: Token, cell = false): string {
  if (token.type !== 'inline') throw new Error(`expected inline content, got ${token.type}`);
  let out = '';
  for (const child of token.children ?? []) {
    if (child.type === 'text') out += child.content;
    else if (child.type === 'softbreak') out += '\n';
    else if (cell && child.type === 'html_inline' && child.content === '<br>') out += '\n';
    else throw new Error(`unexpected inline ${child.type} ${JSON.stringify(child.content)}`);
  }
  return out;
}

/** What a paragraph-level answer reads as: LF line endings, runs of empty lines as one paragraph break. */
export function asParagraphs(text: string): string {
  return nul(text)
    .replace(/\r\n?/g, '\n')
    .replace(/\n{2,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** A table cell keeps every line break (as <br>). */
export function asCell(text: string): string {
  return nul(text).replace(/\r\n?/g, '\n');
}

/** A heading is one line. */
export function asHeading(text: string): string {
  return nul(text).replace(/\r\n?/g, '\n').replace(/\n+/g, ' ').trim();
}

// CommonMark replaces U+0000 with U+FFFD.
function nul(text: string): string {
  return text.replace(/\u0000/g, '\ufffd');
}
