// The manifest.json of an experiment folder (sweep, calibrate, sensitivity): the scenarios with their labels, the
// seeds, the wall time since `started` and how the command was asked for, written into the folder it describes.
import { writeProvenance } from '../experiments/manifest.js';
import { buildCommandManifest, type CommandManifestInput } from '../output/manifest.js';
import { scenarioLabel } from '../scenario/label.js';
import type { Scenario } from '../scenario/schema.js';
import { provenance } from './invocation.js';

export interface ExperimentManifestInput
  extends Pick<CommandManifestInput, 'seed' | 'seeds' | 'posterior' | 'details'> {
  scenarios: readonly Scenario[];
  /** The --set overrides: recorded, and counted in each scenario's label. */
  sets: readonly string[];
  /** performance.now() when the command began. */
  started: number;
}

export async function writeExperimentManifest(
  out: string,
  command: string,
  input: ExperimentManifestInput,
): Promise<void> {
  await writeProvenance(
    out,
    command,
    buildCommandManifest({
      command,
      scenarios: input.scenarios.map((scenario) => ({ scenario, label: scenarioLabel(scenario.name, input.sets) })),
      seed: input.seed,
      seeds: input.seeds,
      wallTimeSeconds: (performance.now() - input.started) / 1000,
      provenance: provenance(input.sets),
      posterior: input.posterior,
      details: input.details,
    }),
  );
}
