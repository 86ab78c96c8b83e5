// One benchmark case in its own process (so that its peak memory is its own): prints a JSON line of timings.
// `node case.js SCALE [--lean]`: the default scenario scaled, run once with the time split into stepping, metrics and
// writing (default outputs), and the CPU seconds of writing and of the whole process so far; without --lean also the
// same stepping again in the same process (warm) and what --brokerage adds, which large cases skip.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarise } from '../src/engine/summary.js';
import { step } from '../src/engine/step.js';
import { record, type Row } from '../src/metrics/recorder.js';
import { createModel } from '../src/model/create-model.js';
import type { Model } from '../src/model/types.js';
import { networkFiles } from '../src/output/network-files.js';
import { writeRun } from '../src/output/write-run.js';
import { scenarioSchema } from '../src/scenario/schema.js';

const scale = Number(process.argv[2] ?? 1);
const lean = process.argv.includes('--lean');
const scenario = scenarioSchema.parse({ name: `bench-x${scale}`, population: { scale } });
const seconds = (since: number) => (performance.now() - since) / 1000;
/** CPU seconds (user + system, all threads) of this process so far: unlike wall time, not inflated by other load. */
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** Bytes of every typed array reachable from `value` (the model's stores are typed arrays in plain objects). */
function typedBytes(value: unknown, seen = new Set<unknown>()): number {
  if (value === null || typeof value !== 'object' || seen.has(value)) return 0;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return value.byteLength;
  let bytes = 0;
  for (const child of Object.values(value)) bytes += typedBytes(child, seen);
  return bytes;
}

/** The run loop of engine/run.ts, with the time of step() and of record() summed apart. */
function timedRun(model: Model) {
  const every = model.params.metrics.costlyEvery;
  const rows: Row[] = [];
  let stepSeconds = 0;
  let metricsSeconds = 0;
  for (let t = 0; t <= scenario.steps; t++) {
    let at = performance.now();
    if (t > 0) step(model);
    stepSeconds += seconds(at);
    at = performance.now();
    rows.push(record(model, t === scenario.steps || model.step % every === 0));
    metricsSeconds += seconds(at);
  }
  return { result: { model, rows, summary: summarise(model, rows) }, stepSeconds, metricsSeconds };
}

const folderBytes = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? folderBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );

let t = performance.now();
const model = createModel(scenario);
const createSeconds = seconds(t);
const tiesAtStart = model.ties.count;
const { result, stepSeconds, metricsSeconds } = timedRun(model);
const agents = model.agents.count;
const tiesAtEnd = model.ties.count;
const agentBytes = typedBytes(model.agents) + typedBytes(model.candidates);
const tieBytes = typedBytes(model.ties);

const dir = mkdtempSync(join(tmpdir(), 'clustersim-bench-'));
t = performance.now();
const cpuBeforeWrite = cpuSeconds();
await writeRun(join(dir, 'run'), scenario, result, stepSeconds + metricsSeconds);
const writeSeconds = seconds(t);
const writeCpuSeconds = cpuSeconds() - cpuBeforeWrite;
const wholeCpuSeconds = cpuSeconds();
const writtenMb = folderBytes(join(dir, 'run')) / 1e6;
rmSync(dir, { recursive: true, force: true });
const peakRssMb = process.resourceUsage().maxRSS / 1024;

let extra = {};
if (!lean) {
  // The same stepping again in this process, once the engine's code is compiled: the steady-state speed of ensembles.
  const warm = createModel(scenario);
  t = performance.now();
  for (let s = 0; s < scenario.steps; s++) step(warm);
  const warmStepSeconds = seconds(t);
  // What run --brokerage adds: the final network as a graphology graph, its centrality, brokerage and summaries.
  t = performance.now();
  const analysis = networkFiles(model, model.seed, { gexf: false, graphml: false, brokerage: true });
  const brokerageSeconds = seconds(t);
  const method = JSON.parse(analysis['brokerage.json'] as string) as {
    members: number;
    betweenness: { sources: number };
  };
  extra = {
    warmStepSeconds,
    brokerageSeconds,
    members: method.members,
    betweennessSources: method.betweenness.sources,
  };
}

console.log(
  JSON.stringify({
    scale,
    agents,
    tiesAtStart,
    tiesAtEnd,
    steps: scenario.steps,
    createSeconds,
    stepSeconds,
    metricsSeconds,
    writeSeconds,
    writeCpuSeconds,
    wholeCpuSeconds,
    wholeSeconds: createSeconds + stepSeconds + metricsSeconds + writeSeconds,
    stepsPerSecond: scenario.steps / stepSeconds,
    peakRssMb,
    writtenMb,
    bytesPerAgent: agentBytes / agents,
    bytesPerTie: tieBytes / tiesAtEnd,
    ...extra,
  }),
);
