/**
 * The one typed path for problems the user can fix. `cli.ts` turns it into one red line on stderr
 * (plus an optional dim hint) and exit code 2; anything else is an internal error (exit 1).
 */
export class UserError extends Error {
  readonly hint: string | undefined;
  readonly exitCode: number;
  constructor(message: string, options: { hint?: string; exitCode?: number } = {}) {
    super(message);
    this.name = 'UserError';
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 2;
  }
}

/**
 * The person pressed Ctrl-C inside an interactive flow; what they typed is already in a draft (`draftId`), or
 * `message` says what became of it (without either: "interrupted").
 */
export class Interrupted extends Error {
  readonly draftId: number | undefined;
  constructor(draftId?: number, message = 'interrupted') {
    super(message);
    this.name = 'Interrupted';
    this.draftId = draftId;
  }
}

export const EXIT = { ok: 0, internal: 1, user: 2, interrupted: 130 } as const;
