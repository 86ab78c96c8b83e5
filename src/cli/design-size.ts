// What an experiment's design will cost, known before it is built: the number of its points, and the scenarios with the
// largest populations it may reach (for the memory check), so that the limits refuse it before any work starts.
import type { ParamSpec } from '../experiments/params.js';
import { applySets } from '../scenario/load.js';
import type { Scenario } from '../scenario/schema.js';
import { validateScenario } from '../scenario/validate.js';

/** Points of a design: the product of the levels of a factorial, or the samples of a Latin hypercube. */
export function designSize(specs: readonly ParamSpec[], design: string, samples: number, levels: number): number {
  if (design === 'lhs') return samples;
  return specs.reduce((n, spec) => {
    const count = spec.kind === 'values' ? spec.values.length : (spec.levels ?? levels);
    return n * count;
  }, 1);
}

/**
 * The scenario with every population parameter that the design varies at the top of its range (none when it varies
 * none).
 */
export function largestPopulation(scenario: Scenario, specs: readonly ParamSpec[]): Scenario[] {
  const sets = specs
    .filter((s) => s.path.startsWith('population.'))
    .map((s) => {
      const values = s.kind === 'range' ? [s.max] : s.values.filter((v): v is number => typeof v === 'number');
      return values.length ? `${s.path}=${Math.max(...values)}` : undefined;
    })
    .filter((s): s is string => s !== undefined);
  if (sets.length === 0) return [];
  const result = validateScenario(applySets(scenario as unknown as Record<string, unknown>, sets), '--param');
  return result.ok ? [result.scenario] : [];
}
