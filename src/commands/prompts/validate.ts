import { readFileSync } from 'node:fs';
import chalk from 'chalk';
import type { Context } from '../../context.js';
import { type Day, localDay } from '../../domain/cadence.js';
import {
  decodePromptSetFile,
  type FileProblem,
  formatFileProblem,
  hasErrors,
  parsePromptSetYaml,
} from '../../domain/prompt-set-file.js';
import { UserError } from '../../errors.js';
import { readFailure } from './shared.js';

interface FileReport {
  file: string;
  ok: boolean;
  set: { id: string; version: number; steps: number } | null;
  problems: FileProblem[];
}

/** `reflect prompts validate <file…>`: problems on stdout; with any error, a one-line summary and exit 2. */
export function validatePrompts(ctx: Context, files: string[]): void {
  const today = localDay(ctx.now());
  const reports = files.map((file) => validateFile(file, today));
  const errors = reports.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'error').length, 0);
  if (ctx.globals.json) ctx.out(JSON.stringify(reports, null, 2));
  else {
    for (const report of reports) {
      for (const p of report.problems) {
        const line = formatFileProblem(report.file, p);
        ctx.out(p.severity === 'warning' ? chalk.yellow(line) : line);
      }
      if (report.ok && report.set) {
        ctx.note(
          chalk.green(
            `✔ ${report.file}: ${report.set.id} v${report.set.version}, ${report.set.steps} ${report.set.steps === 1 ? 'step' : 'steps'}`,
          ),
        );
      }
    }
  }
  if (errors > 0) {
    const bad = reports.filter((r) => !r.ok).length;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    throw new UserError(`${plural(errors, 'problem')} in ${bad} of ${plural(files.length, 'file')}`);
  }
}

function validateFile(source: string, today: Day): FileReport {
  // "-" is stdin, as for `prompts add -` (whose hint sends its further problems here), named as add names it.
  const file = source === '-' ? 'stdin' : source;
  let bytes: Buffer;
  try {
    bytes = readFileSync(source === '-' ? 0 : source);
  } catch (error) {
    const problem: FileProblem = {
      line: 1,
      col: 1,
      message: readFailure(error),
      path: '',
      severity: 'error',
    };
    return { file, ok: false, set: null, problems: [problem] };
  }
  const decoded = decodePromptSetFile(bytes);
  if (decoded.problem) return { file, ok: false, set: null, problems: [decoded.problem] };
  const parsed = parsePromptSetYaml(decoded.text, { today });
  const ok = parsed.set !== null && !hasErrors(parsed.problems);
  return {
    file,
    ok,
    set: parsed.set
      ? { id: parsed.set.id, version: parsed.set.version, steps: parsed.set.steps.length }
      : null,
    problems: parsed.problems,
  };
}
