// CPU time of each phase of a step, summed over a run of the default scenario scaled: where stepping spends its time.
// `node dist/bench/phase-times.js [SCALE] [STEPS]` prints one JSON line (seconds of process CPU time, user + system,
// per phase in PHASES order, and their total) and a fingerprint of the final state to compare builds; asserts nothing.
import { PHASES } from '../src/engine/step.js';
import { createModel, emptyCounts } from '../src/model/create-model.js';
import type { Model } from '../src/model/types.js';
import { scenarioSchema } from '../src/scenario/schema.js';

const scale = Number(process.argv[2] ?? 1);
const scenario = scenarioSchema.parse({ name: `phases-x${scale}`, population: { scale } });
const steps = Number(process.argv[3] ?? scenario.steps);

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** A 32-bit FNV-1a hash of the bytes of the model's agent and tie columns: equal states give equal fingerprints. */
function fingerprint(model: Model): string {
  let hash = 0x811c9dc5;
  const add = (view: ArrayBufferView) => {
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    for (let k = 0; k < bytes.length; k++) hash = Math.imul(hash ^ bytes[k], 0x01000193);
  };
  const { ties, agents } = model;
  for (const column of [ties.alive, ties.a, ties.b, ties.trust, ties.strength, ties.lastUsed])
    add(column.subarray(0, ties.size));
  for (const column of [agents.member, agents.satisfaction, agents.factors, agents.recentTies]) add(column);
  add(Float64Array.of(model.rng()));
  return (hash >>> 0).toString(16);
}

const model = createModel(scenario);
const perPhase = new Float64Array(PHASES.length);
for (let s = 0; s < steps; s++) {
  model.counts = emptyCounts();
  for (let k = 0; k < PHASES.length; k++) {
    const at = cpuSeconds();
    PHASES[k](model);
    perPhase[k] += cpuSeconds() - at;
  }
  model.step++;
}
const phases = Object.fromEntries(PHASES.map((phase, k) => [phase.name, Number(perPhase[k].toFixed(3))]));
const total = perPhase.reduce((a, b) => a + b, 0);
console.log(
  JSON.stringify({
    scale,
    steps,
    agents: model.agents.count,
    ties: model.ties.count,
    stepCpuSeconds: Number(total.toFixed(3)),
    phases,
    fingerprint: fingerprint(model),
  }),
);
