// Reading lesson files (YAML or JSON): parsed like scenario files (size, encoding, syntax, lines and columns), checked
// against the lesson schema, and their scenario checked against the page's; every problem names the file, the line and
// the path in the file. The lessons of a folder are what the page bundles (site.ts); `clustersim lesson check` reads one.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UserError } from '../../errors.js';
import { parseFile } from '../../scenario/load.js';
import { formatPath, formatProblem, ScenarioError, type ScenarioProblem } from '../../scenario/problems.js';
import { lessonSchema, type Lesson } from './schema.js';

/** Thrown when a lesson file cannot be used; its message lists every problem, one per line. */
export class LessonError extends UserError {
  readonly problems: ScenarioProblem[];
  constructor(problems: ScenarioProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'LessonError';
    this.problems = problems;
  }
}

const LESSON_FILE = /\.(ya?ml|json)$/i;

function shown(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * A lesson file, validated; `scenarios` (the ids the page offers), when given, must hold its scenario. Throws a
 * LessonError naming every problem.
 */
export function loadLesson(file: string, scenarios?: readonly string[]): Lesson {
  let parsed: ReturnType<typeof parseFile>;
  try {
    parsed = parseFile(file, { what: 'lesson' });
  } catch (error) {
    if (error instanceof ScenarioError) throw new LessonError(error.problems);
    throw error;
  }
  const { data, locate } = parsed;
  const result = lessonSchema.safeParse(data);
  const problems: ScenarioProblem[] = [];
  const rel = relative(process.cwd(), file);
  const name = rel.startsWith('..') ? file : rel;
  const where = (path: PropertyKey[]) => {
    const at = locate(path);
    return at ? { line: at.line, column: at.column } : {};
  };
  if (!result.success) {
    for (const issue of result.error.issues) {
      const value = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)?.[k as PropertyKey], data);
      const got = value === undefined ? 'nothing' : shown(value);
      problems.push({
        file: name,
        path: formatPath(issue.path),
        message: `${issue.message}, got ${got}`,
        ...where(issue.path as PropertyKey[]),
      });
    }
  } else if (scenarios && !scenarios.includes(result.data.scenario)) {
    problems.push({
      file: name,
      path: 'scenario',
      message: `expected one of the page's scenarios (${scenarios.join(', ')}), got ${shown(result.data.scenario)}`,
      ...where(['scenario']),
    });
  }
  if (problems.length > 0 || !result.success) throw new LessonError(problems);
  return result.data as Lesson;
}

/** The lessons of a folder, in file name order; files that do not load are left out with a warning each. */
export function listLessons(dir: string, scenarios?: readonly string[]): { lessons: Lesson[]; warnings: string[] } {
  const warnings: string[] = [];
  if (!existsSync(dir)) return { lessons: [], warnings };
  const lessons: Lesson[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => LESSON_FILE.test(n))
    .sort()) {
    try {
      const lesson = loadLesson(join(dir, name), scenarios);
      if (lessons.some((l) => l.id === lesson.id))
        warnings.push(`skipped ${name}: a lesson with id "${lesson.id}" came first`);
      else lessons.push(lesson);
    } catch (error) {
      if (!(error instanceof LessonError)) throw error;
      warnings.push(`skipped ${name}: ${error.message.split('\n')[0]}`);
    }
  }
  return { lessons, warnings };
}
