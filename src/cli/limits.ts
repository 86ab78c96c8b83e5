// Limits of the command line's counts (runs, workers, design sizes) and the memory check before a large run: bounds a
// user would never need to exceed, so that a typing slip (--runs 3000000, --levels 1000) is refused at once with the
// limit rather than filling the memory or the disk.
import { availableParallelism, totalmem } from 'node:os';
import type { Scenario } from '../scenario/schema.js';
import { UserError } from '../errors.js';
import { MAX_PARAM_LEVELS } from '../experiments/params.js';

export const LIMITS = {
  /** Runs (seeds) per scenario or design point. */
  runs: 10_000,
  /** Threads, whatever --oversubscribe says. */
  workers: 256,
  /** Points of a Latin hypercube (sweep, calibrate). */
  samples: 100_000,
  /** Levels of a factorial range or a Morris grid: the cap of a --param range's own levels. */
  levels: MAX_PARAM_LEVELS,
  /** Morris trajectories. */
  trajectories: 10_000,
  /** Design points times seeds of one experiment. */
  jobs: 10_000_000,
} as const;

/** Checks an optional integer option against [min, max]; a UserError naming the option otherwise. */
export function checkCount(name: string, value: number | undefined, min: number, max: number): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < min)
    throw new UserError(`--${name}: expected an integer >= ${min}, got ${value}`);
  if (value > max) throw new UserError(`--${name}: expected an integer <= ${max.toLocaleString('en')}, got ${value}`);
}

/** --workers: at least 1, at most the cores of this machine unless oversubscribing was asked for. */
export function checkWorkers(value: number | undefined, oversubscribe = false): void {
  checkCount('workers', value, 1, LIMITS.workers);
  const cores = availableParallelism();
  if (value !== undefined && value > cores && !oversubscribe) {
    throw new UserError(
      `--workers: this machine has ${cores} cores, and ${value} threads would only slow each other down; add --oversubscribe to use ${value} anyway`,
    );
  }
}

/** The number of jobs of an experiment: refused above LIMITS.jobs. */
export function checkJobs(what: string, jobs: number): void {
  if (!(jobs <= LIMITS.jobs)) {
    throw new UserError(
      `${what} makes ${Number.isFinite(jobs) ? jobs.toLocaleString('en') : 'too many'} runs, more than the limit of ${LIMITS.jobs.toLocaleString('en')}: use fewer points, levels or runs`,
    );
  }
}

/**
 * Fixed memory of a process running clustersim, and memory per simulated agent (model with its ties, metrics, outputs
 * streamed), in bytes: upper estimates. Measured peak RSS of `clustersim run --set population.scale=S` (120 months,
 * default outputs): 130 MB at S = 1 (8,472 agents), 164 MB at 3, 261 MB at 10, 570 MB at 30 (254,160 agents), i.e.
 * about 115 MB plus 1.8 kB per agent; the estimate adds 30% to the fixed part and 40% per agent for scenarios with more
 * ties per agent than the defaults.
 */
export const MEMORY_MODEL = { fixed: 150e6, perAgent: 2.5e3 } as const;

/**
 * Agents a scenario simulates: every member and non-joining firm of all six regions (an upper bound when fewer are
 * chosen).
 */
export function agentsOf(scenario: Scenario): number {
  const p = scenario.population;
  return p.scale * (p.firmMembers * (1 + p.nonJoinerFirmRatio) + p.professors + p.institutes + p.agencies);
}

/** The memory this machine offers a process: the total, or a container's limit when lower. */
export function machineMemory(): number {
  const constrained = (process as { constrainedMemory?: () => number | undefined }).constrainedMemory?.();
  const total = totalmem();
  return constrained && constrained > 0 && constrained < total ? constrained : total;
}

/**
 * Refuses to start what would not fit in memory: `concurrent` models of the largest scenario at once, against 80% of
 * the machine's memory. `check` false (--no-memory-check) skips it.
 */
export function checkMemory(scenarios: readonly Scenario[], concurrent: number, check = true): void {
  if (!check) return;
  const agents = Math.max(...scenarios.map(agentsOf));
  const estimate = MEMORY_MODEL.fixed + concurrent * agents * MEMORY_MODEL.perAgent;
  const limit = 0.8 * machineMemory();
  if (estimate > limit) {
    const gb = (b: number) => `${(b / 1e9).toFixed(1)} GB`;
    throw new UserError(
      `this would need about ${gb(estimate)} of memory (${Math.round(agents).toLocaleString('en')} agents x ${concurrent} at once), more than the ` +
        `${gb(limit)} this machine can give (80% of ${gb(machineMemory())}): lower population.scale or --workers, or add --no-memory-check to try anyway`,
    );
  }
}

/** The options every simulating command takes for its limits: --oversubscribe and --no-memory-check. */
export const LIMIT_OPTIONS = {
  oversubscribe: { type: 'boolean', default: false, describe: 'allow more --workers than this machine has cores' },
  'memory-check': {
    type: 'boolean',
    default: true,
    describe: 'refuse a run that would not fit in memory (--no-memory-check: try anyway)',
  },
} as const;

export interface LimitArgs {
  oversubscribe?: boolean;
  memoryCheck?: boolean;
}
