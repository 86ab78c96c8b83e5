// Loading a targets file: the scenario loader's YAML reader (lines and columns for every value), the zod schema, then
// the rules a schema cannot say (one kind of measure per target, known columns, unique ids, a why for every target that
// is a test, observed and simulated together on a figure compared but not tested). Throws a ScenarioError listing all.
import { resolve, relative } from 'node:path';
import type { z } from 'zod';
import { OUTCOMES } from '../../metrics/outcomes.js';
import { parseFile } from '../../scenario/load.js';
import { message } from '../../scenario/messages.js';
import { ScenarioError, formatPath, type ScenarioProblem } from '../../scenario/problems.js';
import { suggest } from '../../scenario/suggest.js';
import type { Locate } from '../../scenario/validate.js';
import { keysAt as keysOfSchema } from '../../scenario/schema-walk.js';
import { getPath } from '../../scenario/params-path.js';
import { targetsFileSchema, type SimulatedEntry, type TargetsFile } from './schema.js';

const COLUMN_NAMES = OUTCOMES.map((c) => c.name);

const keysAt = (path: readonly PropertyKey[]) => keysOfSchema(path, targetsFileSchema);

/** The roles with what each means, for messages. */
const ROLES_TEXT =
  'input (data the model is built from: shown, not a test), fitted (used by calibrate) or heldout (never used by calibrate)';

/** How a message names target k: by its id where it has one. */
function targetName(data: unknown, k: PropertyKey): string {
  const id = getPath(data, `targets.${String(k)}.id`);
  return typeof id === 'string' ? `target ${JSON.stringify(id)}` : `target ${String(k)}`;
}

function problemsOf(issue: z.core.$ZodIssue, file: string, locate: Locate, data: unknown): ScenarioProblem[] {
  const at = (p: PropertyKey[], text: string): ScenarioProblem => ({
    file,
    path: formatPath(p),
    message: text,
    ...locate(p),
  });
  const path = issue.path as PropertyKey[];
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => at([...path, key], message.unknownKey(key, suggest(key, keysAt(path)))));
  if (path.length === 3 && path[0] === 'targets' && path[2] === 'role') {
    const given = getPath(data, `targets.${String(path[1])}.role`);
    return [
      at(
        path,
        given === undefined
          ? `${targetName(data, path[1])} has no role: expected ${ROLES_TEXT}`
          : `${targetName(data, path[1])}: expected ${ROLES_TEXT}, got ${JSON.stringify(given)}`,
      ),
    ];
  }
  if (issue.code === 'invalid_value')
    return [at(path, `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`)];
  return [at(path, issue.message.replace(/^Invalid input: /, ''))];
}

function checkSimulated(
  s: SimulatedEntry,
  hasSurvey: boolean,
  hasReference: boolean,
  where: (key: string, text: string) => void,
): void {
  const kinds = (['at', 'sum', 'share', 'survey', 'panel', 'acceleration'] as const).filter((k) => s[k] !== undefined);
  if (kinds.length !== 1)
    return where(
      '',
      `name exactly one of at, sum, share, survey, panel or acceleration, got ${kinds.length ? kinds.join(' and ') : 'none'}`,
    );
  const column = (key: 'at' | 'sum' | 'share' | 'of' | 'acceleration') => {
    const name = s[key];
    if (name !== undefined && !COLUMN_NAMES.includes(name)) {
      const hint = suggest(name, COLUMN_NAMES);
      where(key, `unknown column ${JSON.stringify(name)}` + (hint ? `: did you mean ${JSON.stringify(hint)}?` : ''));
    }
  };
  (['at', 'sum', 'share', 'of', 'acceleration'] as const).forEach(column);
  if ((kinds[0] === 'at' || kinds[0] === 'panel') && s.step === undefined)
    where('step', `${kinds[0]} needs the step to read`);
  if (kinds[0] === 'panel' && s.panelStep === undefined)
    where('panelStep', 'panel needs panelStep, the step whose member firms form the panel');
  if (kinds[0] === 'acceleration') {
    const { fromYear: a, splitYear: m, toYear: b } = s;
    if (a === undefined || m === undefined || b === undefined)
      where('', 'acceleration needs fromYear, splitYear and toYear');
    else if (!(a < m && m < b)) where('splitYear', `expected fromYear < splitYear < toYear, got ${a}, ${m}, ${b}`);
  }
  if (kinds[0] === 'sum' || kinds[0] === 'share') {
    const range = s.from !== undefined && s.to !== undefined;
    if (range === (s.year !== undefined)) where('', 'give either from and to, or year');
    if (range && s.from! > s.to!) where('from', `from (${s.from}) must not exceed to (${s.to})`);
  }
  if (kinds[0] === 'share' && s.of === undefined) where('of', 'share needs the column it is a share of');
  if (kinds[0] === 'survey' && !hasSurvey) where('survey', "a survey statistic needs the file's survey section");
  if ((s.survey === 'orderAgreements' || s.survey === 'rankCorrelation') && !hasReference) {
    where('survey', `${s.survey} needs survey.referenceCorrelations`);
  }
}

/** Validates parsed targets data; `file` names it in problems. */
export function validateTargets(data: unknown, file = '<targets>', locate: Locate = () => undefined): TargetsFile {
  const parsed = targetsFileSchema.safeParse(data);
  if (!parsed.success)
    throw new ScenarioError(parsed.error.issues.flatMap((issue) => problemsOf(issue, file, locate, data)));
  const problems: ScenarioProblem[] = [];
  const problem = (p: PropertyKey[], text: string) =>
    problems.push({ file, path: formatPath(p), message: text, ...locate(p) });
  const targets = parsed.data;
  const hasSurvey = targets.survey !== undefined;
  const hasReference = targets.survey?.referenceCorrelations !== undefined;
  const seen = new Set<string>();
  targets.targets.forEach((t, k) => {
    const where = (key: string, text: string) => problem(['targets', k, 'simulated', ...(key ? [key] : [])], text);
    if (seen.has(t.id))
      problems.push({
        file,
        path: formatPath(['targets', k, 'id']),
        message: `id ${JSON.stringify(t.id)} is used twice`,
        ...locate(['targets', k, 'id']),
      });
    seen.add(t.id);
    if ((t.tolerance.relative === undefined) === (t.tolerance.absolute === undefined)) {
      const p = ['targets', k, 'tolerance'];
      problems.push({ file, path: formatPath(p), message: 'give exactly one of relative or absolute', ...locate(p) });
    }
    if (t.role !== 'input' && t.why === undefined)
      problem(
        ['targets', k, 'why'],
        `target ${JSON.stringify(t.id)} is ${t.role}: expected a why, saying why the figure is an outcome of the model's dynamics and not met by setting a parameter to its observed value`,
      );
    checkSimulated(t.simulated, hasSurvey, hasReference, where);
  });
  targets.untargeted.forEach((u, k) => {
    if ((u.observed === undefined) !== (u.simulated === undefined)) {
      const [given, missing] = u.observed === undefined ? ['simulated', 'observed'] : ['observed', 'simulated'];
      problem(
        ['untargeted', k, missing],
        `figure ${JSON.stringify(u.figure)} gives ${given} without ${missing}: expected both (shown side by side, not tested) or neither`,
      );
    }
    if (u.simulated)
      checkSimulated(u.simulated, hasSurvey, hasReference, (key, text) =>
        problem(['untargeted', k, 'simulated', ...(key ? [key] : [])], text),
      );
  });
  if (problems.length) throw new ScenarioError(problems);
  return targets;
}

/**
 * Reads and validates a targets file: a regular .yaml, .yml or .json file of at most 1 MiB, read with the scenario
 * loader's limits (nesting, aliases; see src/scenario/load.ts).
 */
export function loadTargets(file: string): TargetsFile {
  const path = resolve(file);
  const rel = relative(process.cwd(), path);
  const { data, locate } = parseFile(path, { what: 'targets file' });
  return validateTargets(data, rel.startsWith('..') ? path : rel, locate);
}
