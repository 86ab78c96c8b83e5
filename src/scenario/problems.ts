// A problem in a scenario file, where it is (file, path, line and column where known), and how it is printed.
import { UserError } from '../errors.js';

export interface ScenarioProblem {
  file: string;
  /** Dotted path with [index] for arrays, e.g. policies[2].at; '' for the whole file. */
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export function formatProblem(p: ScenarioProblem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return `${where}: ${p.path ? p.path + ': ' : ''}${p.message}`;
}

/** Thrown when scenarios cannot be used; its message lists every problem, one per line. */
export class ScenarioError extends UserError {
  readonly problems: ScenarioProblem[];
  constructor(problems: ScenarioProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ScenarioError';
    this.problems = problems;
  }
}

/** Formats a path array as policies[2].set.levers.scope. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}
