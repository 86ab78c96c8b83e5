// The --snapshots option of run: a comma-separated list of steps (0 to the last step) at which the network is saved.
import { UserError } from '../errors.js';

/** Sorted, distinct steps of "0,60,120"; none for an absent or empty option. */
export function parseSnapshotSteps(text: string | undefined, lastStep: number): number[] {
  if (text === undefined || text.trim() === '') return [];
  const steps = text.split(',').map((part) => {
    const value = part.trim();
    if (!/^\d+$/.test(value))
      throw new UserError(
        `clustersim run: --snapshots: expected steps as integers separated by commas (e.g. 0,60,120), got "${value}"`,
      );
    const step = Number(value);
    if (step > lastStep)
      throw new UserError(`clustersim run: --snapshots: step ${step} is after the last step (${lastStep})`);
    return step;
  });
  return [...new Set(steps)].sort((a, b) => a - b);
}
