import chalk from 'chalk';
import { MATCH_END, MATCH_START } from '../store/search.js';

const MARKED = new RegExp(`${MATCH_START}([^${MATCH_END}]*)${MATCH_END}`, 'g');

/** One line of context with the matches highlighted (bold yellow; plain text when colours are off). */
export function renderSnippet(snippet: string): string {
  return flat(snippet).replace(MARKED, (_all, match: string) => chalk.bold.yellow(match));
}

/** The snippet as plain text, for --json. */
export function plainSnippet(snippet: string): string {
  return flat(snippet).replace(MARKED, '$1');
}

function flat(snippet: string): string {
  return snippet.replace(/\s+/g, ' ').trim();
}
