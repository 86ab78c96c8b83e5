// One benchmark case in its own process (so that its peak memory is its own): prints a JSON line of timings.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createModel } from '../src/model/create-model.js';
import { step } from '../src/engine/step.js';
import { run } from '../src/engine/run.js';
import { networkFiles } from '../src/output/network-files.js';
import { writeRun } from '../src/output/write-run.js';
import { scenarioSchema } from '../src/scenario/schema.js';

const scale = Number(process.argv[2] ?? 1);
const scenario = scenarioSchema.parse({ name: `bench-x${scale}`, population: { scale } });

let t = performance.now();
let bare: ReturnType<typeof createModel> | undefined = createModel(scenario);
const createSeconds = (performance.now() - t) / 1000;
const tiesAtStart = bare.ties.count;
t = performance.now();
for (let s = 0; s < scenario.steps; s++) step(bare);
const stepSeconds = (performance.now() - t) / 1000;
const agents = bare.agents.count;
const tiesAtEnd = bare.ties.count;
bare = undefined; // the measured runs below should not carry this model's memory
// The same stepping again in this process, once the engine's code is compiled: the steady-state speed of ensembles.
const warm = createModel(scenario);
t = performance.now();
for (let s = 0; s < scenario.steps; s++) step(warm);
const warmStepSeconds = (performance.now() - t) / 1000;

t = performance.now();
const result = run(createModel(scenario));
const runSeconds = (performance.now() - t) / 1000;
const dir = mkdtempSync(join(tmpdir(), 'clustersim-bench-'));
t = performance.now();
await writeRun(join(dir, 'run'), scenario, result, runSeconds);
const writeSeconds = (performance.now() - t) / 1000;
rmSync(dir, { recursive: true, force: true });
// What run --brokerage adds: the final network as a graphology graph, its centrality, brokerage and summaries.
t = performance.now();
const analysis = networkFiles(result.model, result.model.seed, { graphml: false, brokerage: true });
const brokerageSeconds = (performance.now() - t) / 1000;
const method = JSON.parse(analysis['brokerage.json'] as string) as {
  members: number;
  betweenness: { sources: number };
};

console.log(
  JSON.stringify({
    scale,
    agents,
    tiesAtStart,
    tiesAtEnd,
    steps: scenario.steps,
    createSeconds,
    stepSeconds,
    stepsPerSecond: scenario.steps / stepSeconds,
    warmStepSeconds,
    runSeconds,
    writeSeconds,
    brokerageSeconds,
    members: method.members,
    betweennessSources: method.betweenness.sources,
    wholeSeconds: createSeconds + runSeconds + writeSeconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
