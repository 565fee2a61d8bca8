/** One thing wrong with the content, named so an editor can find and fix it. */
export interface Problem {
  /** Path relative to the project root, e.g. "locales/uk/pages/emergency.md". */
  file: string;
  /** Where in the file: a key path, a line, or a link. */
  key: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file} [${p.key}]: ${p.message}`;
}

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`Content has ${problems.length} problem(s):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
  }
}
