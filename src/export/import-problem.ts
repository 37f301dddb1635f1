/** A problem with an import file: where it is (`entries[3].creationDate`) and what is wrong there. */
export class ImportProblem extends Error {
  constructor(
    readonly path: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'ImportProblem';
  }
}
