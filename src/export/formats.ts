import type { Entry, PromptSet } from '../domain/types.js';
import {
  type ExportPromptSet,
  type ExportRegister,
  journalEntryLine,
  journalHead,
  journalTail,
  toExportEntry,
} from './journal-json.js';
import { renderMarkdownEntry } from './markdown.js';

/** What a streaming export knows before the first entry. */
export interface ExportHeader {
  exportedAt: string;
  promptSets: readonly ExportPromptSet[];
  assignments: readonly unknown[];
  /** The person's decisions in the assumption register, for formats that carry them (none: undefined). */
  register?: ExportRegister | undefined;
}

/**
 * An export format renders a document in three parts so that any number of entries streams through in
 * constant memory: `head`, one `entry` per entry (index 0, 1, …), then `tail`.
 */
export interface ExportFormat {
  name: string;
  extension: string;
  description: string;
  /** Whether `--out dir/` writes one file per entry (otherwise the format is one document). */
  filePerEntry: boolean;
  /** Whether the document carries the assumption register's decisions (read only for such formats). */
  carriesRegister: boolean;
  head(header: ExportHeader): string;
  entry(entry: Entry, set: PromptSet, index: number): string;
  tail(count: number): string;
}

const markdown: ExportFormat = {
  name: 'md',
  extension: '.md',
  description: 'Markdown notes with YAML front matter (Obsidian-compatible)',
  filePerEntry: true,
  carriesRegister: false,
  head: () => '',
  entry: (entry, set, index) => (index === 0 ? '' : '\n') + renderMarkdownEntry(entry, set),
  tail: () => '',
};

const json: ExportFormat = {
  name: 'json',
  extension: '.json',
  description: 'the reflect journal JSON (lossless; import it with reflect import)',
  filePerEntry: false,
  carriesRegister: true,
  head: (header) => journalHead(header.exportedAt, header.promptSets, header.assignments, header.register),
  entry: (entry, _set, index) => journalEntryLine(toExportEntry(entry), index === 0),
  tail: (count) => journalTail(count),
};

export const EXPORT_FORMATS: Readonly<Record<string, ExportFormat>> = { md: markdown, json };
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS);
