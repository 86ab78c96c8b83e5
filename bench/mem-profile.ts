// Where a large run's time and memory go: stepping vs metrics (cheap and costly), and the bytes of the model's typed
// arrays (allocated vs used). One case per process: `node dist/bench/mem-profile.js SCALE [COSTLY_EVERY]`.
// Prints one JSON line; with --rows it also prints a digest of the recorded rows, to compare two builds' outputs.
// Times are CPU seconds of this process (user + system): on a shared machine they vary less than wall times.
import { createHash } from 'node:crypto';

import { createModel } from '../src/model/create-model.js';
import { step } from '../src/engine/step.js';
import { record, type Row } from '../src/metrics/recorder.js';
import { scenarioSchema } from '../src/scenario/schema.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const scale = Number(args[0] ?? 1);
const every = args[1] ? Number(args[1]) : undefined;
const scenario = scenarioSchema.parse({ population: { scale }, metrics: every ? { costlyEvery: every } : {} });

/** Bytes of every typed array held directly by `holder`, and of the JS arrays of numbers (8 bytes an entry). */
function bytesOf(holder: object): number {
  let bytes = 0;
  for (const value of Object.values(holder)) {
    if (ArrayBuffer.isView(value)) bytes += value.byteLength;
    else if (Array.isArray(value)) bytes += value.length * 8;
  }
  return bytes;
}

const now = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const wallStart = performance.now();
let t = now();
const model = createModel(scenario);
const createSeconds = (now() - t) / 1000;
const costlyEvery = scenario.metrics.costlyEvery;
const digest = createHash('sha256');
let stepSeconds = 0;
let cheapSeconds = 0;
let costlySeconds = 0;
const hash = (row: Row) => digest.update(JSON.stringify(row));
for (let s = 0; s <= scenario.steps; s++) {
  if (s > 0) {
    t = now();
    step(model);
    stepSeconds += (now() - t) / 1000;
  }
  const costly = s === scenario.steps || model.step % costlyEvery === 0;
  t = now();
  hash(record(model, costly));
  if (costly) costlySeconds += (now() - t) / 1000;
  else cheapSeconds += (now() - t) / 1000;
}
const { ties, agents } = model;
const tieBytes = bytesOf(ties);
console.log(
  JSON.stringify({
    scale,
    costlyEvery,
    agents: agents.count,
    ties: ties.count,
    tieSlots: ties.size,
    tieSlotsAllocated: ties.alive.length,
    poolUsed: ties.poolUsed,
    poolAllocated: ties.partner.length,
    tieStoreMb: tieBytes / 2 ** 20,
    tieBytesPerAgent: tieBytes / agents.count,
    tieBytesPerTie: tieBytes / ties.count,
    agentBytesPerAgent: bytesOf(agents) / agents.count,
    createSeconds,
    stepSeconds,
    cheapMetricsSeconds: cheapSeconds,
    costlyMetricsSeconds: costlySeconds,
    wallSeconds: (performance.now() - wallStart) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rows: process.argv.includes('--rows') ? digest.digest('hex').slice(0, 16) : undefined,
  }),
);
