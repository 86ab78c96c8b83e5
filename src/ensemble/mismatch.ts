// What makes two scenarios' outcomes incomparable as a policy effect: a different population (its counts, regions or
// scale), horizon (steps) or calendar (startYear). A comparison still runs, with a warning naming each difference.
import { getPath } from '../scenario/params-path.js';
import { parameterPaths } from '../scenario/schema-walk.js';
import type { Scenario } from '../scenario/schema.js';

/** The paths whose difference is a warning: the horizon, the calendar and every parameter of the population. */
export function mismatchPaths(): string[] {
  return ['steps', 'startYear', ...parameterPaths(['population'])];
}

const show = (value: unknown) => (Array.isArray(value) ? `[${value.join(', ')}]` : String(value));

/** One warning per scenario that differs from the reference (the first) in population, horizon or startYear. */
export function mismatchWarnings(scenarios: readonly Scenario[], names: readonly string[]): string[] {
  const paths = mismatchPaths();
  const base = scenarios[0];
  const warnings: string[] = [];
  scenarios.slice(1).forEach((s, k) => {
    const differences = paths
      .filter((p) => JSON.stringify(getPath(s, p)) !== JSON.stringify(getPath(base, p)))
      .map((p) => `${p} ${show(getPath(s, p))} (${names[0]}: ${show(getPath(base, p))})`);
    if (differences.length === 0) return;
    warnings.push(
      `${names[k + 1]} differs from ${names[0]} in ${differences.join(', ')}: its difference mixes the policy with another population, horizon or calendar`,
    );
  });
  return warnings;
}
