// npm run bench [-- --large] [-- --scales 118,590]: speed and memory of the default scenario at 1x and 10x (with --large
// also 100x and the largest case this machine's memory allows, up to about a million agents; with --scales also each
// scale listed, once, whatever its size: the memory check of `clustersim run` does not apply here), the growth of time
// with the number of agents, the whole `clustersim` process (fresh processes), and compare on 1 and 2 workers.
// Every case runs in its own process. Prints figures against the project's speed and memory targets; it asserts
// nothing (timings belong here, not in tests).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { agentsOf, machineMemory, MEMORY_MODEL } from '../src/cli/limits.js';
import { scenarioSchema } from '../src/scenario/schema.js';

interface CaseResult {
  scale: number;
  agents: number;
  tiesAtStart: number;
  tiesAtEnd: number;
  steps: number;
  createSeconds: number;
  stepSeconds: number;
  metricsSeconds: number;
  writeSeconds: number;
  writeCpuSeconds: number;
  wholeCpuSeconds: number;
  wholeSeconds: number;
  stepsPerSecond: number;
  peakRssMb: number;
  writtenMb: number;
  bytesPerAgent: number;
  bytesPerTie: number;
  warmStepSeconds?: number;
  brokerageSeconds?: number;
  members?: number;
  betweennessSources?: number;
}

const large = process.argv.includes('--large');
/** The scales after --scales (comma-separated), run once each with the default outputs. */
function extraScales(argv: string[]): number[] {
  const at = argv.indexOf('--scales');
  if (at < 0) return [];
  const scales = (argv[at + 1] ?? '').split(',').map(Number);
  if (scales.length === 0 || scales.some((x) => !Number.isFinite(x) || x <= 0))
    throw new Error(`bench: --scales takes positive numbers separated by commas, not "${argv[at + 1] ?? ''}"`);
  return scales;
}
const scales = extraScales(process.argv);
const caseFile = fileURLToPath(new URL('./case.js', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/clustersim.js', import.meta.url));
const runCase = (scale: number, lean: boolean): CaseResult =>
  JSON.parse(
    execFileSync(process.execPath, [caseFile, String(scale), ...(lean ? ['--lean'] : [])], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    }),
  );
const s = (x: number) => `${x.toFixed(2)} s`;
const mb = (x: number) => `${x.toFixed(0)} MB`;
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** Median, and the range when there are several repeats: timings on a shared VM vary by 20-40% from run to run. */
const spread = (xs: number[], format: (x: number) => string) =>
  xs.length > 1
    ? `${format(median(xs))}  (${format(Math.min(...xs))} - ${format(Math.max(...xs))} over ${xs.length})`
    : format(xs[0]);

/** The slope of log(y) against log(x), least squares: y grows as x^slope. */
function growthExponent(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i] - mx) * (ly[i] - my);
    den += (lx[i] - mx) ** 2;
  }
  return num / den;
}

/** The largest scale up to about a million agents whose estimated memory fits in 80% of this machine's. */
function largestScale(): number {
  const perScale = agentsOf(scenarioSchema.parse({ population: { scale: 1 } }));
  const byMemory = (0.8 * machineMemory() - MEMORY_MODEL.fixed) / (MEMORY_MODEL.perAgent * perScale);
  return Math.max(1, Math.floor(Math.min(Math.ceil(1e6 / perScale), byMemory)));
}

console.log(
  'clustersim benchmark (one process per repeat; wall times on this machine, median and range of the repeats)\n',
);
const cases: [scale: number, repeats: number, lean: boolean][] = [
  [1, 5, false],
  [10, 2, false],
];
if (large) cases.push([100, 1, true], [largestScale(), 1, true]);
for (const scale of scales) cases.push([scale, 1, true]);
const medians: { agents: number; whole: number; step: number; metrics: number; write: number }[] = [];
for (const [scale, repeats, lean] of cases) {
  const rs = Array.from({ length: repeats }, () => runCase(scale, lean));
  const r = rs[0];
  const of = (key: keyof CaseResult) => rs.map((x) => x[key] as number);
  medians.push({
    agents: r.agents,
    whole: median(of('wholeSeconds')),
    step: median(of('stepSeconds')),
    metrics: median(of('metricsSeconds')),
    write: median(of('writeSeconds')),
  });
  console.log(
    `default scenario x${scale}: ${r.agents.toLocaleString('en')} agents, ${r.tiesAtStart.toLocaleString('en')} ties at step 0 and ${r.tiesAtEnd.toLocaleString('en')} at step ${r.steps}`,
  );
  console.log(`  create model        ${spread(of('createSeconds'), s)}`);
  console.log(`  stepping            ${spread(of('stepSeconds'), s)}  first run in a fresh process`);
  console.log(`  metrics             ${spread(of('metricsSeconds'), s)}  cheap every step, costly every 12`);
  console.log(`  writing             ${spread(of('writeSeconds'), s)}  default outputs, ${mb(r.writtenMb)} written`);
  console.log(
    `  writing, CPU        ${spread(of('writeCpuSeconds'), s)}  user + system, all threads, not inflated by load`,
  );
  console.log(`  whole run           ${spread(of('wholeSeconds'), s)}  create + stepping + metrics + writing`);
  if (!lean) {
    console.log(
      `  stepping, warm      ${spread(of('warmStepSeconds'), s)}  the same again in the same process, as in an ensemble`,
    );
    console.log(
      `  --brokerage adds    ${spread(of('brokerageSeconds'), s)}  betweenness ${r.betweennessSources! >= r.members! ? 'exact' : `from ${r.betweennessSources} of ${r.members} members`}`,
    );
  }
  console.log(`  peak memory         ${spread(of('peakRssMb'), mb)}`);
  console.log(
    `  model stores        ${r.bytesPerAgent.toFixed(0)} bytes per agent, ${r.bytesPerTie.toFixed(0)} bytes per live tie (typed arrays)\n`,
  );
}

const agents = medians.map((m) => m.agents);
const exponent = (key: 'whole' | 'step' | 'metrics' | 'write') =>
  growthExponent(
    agents,
    medians.map((m) => m[key]),
  ).toFixed(2);
console.log(`growth of time with agents (least squares on log-log, ${medians.length} sizes):`);
console.log(
  `  whole run ~ agents^${exponent('whole')}; stepping ^${exponent('step')}, metrics ^${exponent('metrics')}, writing ^${exponent('write')}\n`,
);

/** Wall times of `repeats` fresh processes of `node ARGS`. */
function processSeconds(args: string[], repeats: number): number[] {
  return Array.from({ length: repeats }, () => {
    const t = performance.now();
    execFileSync(process.execPath, args, { stdio: 'ignore' });
    return (performance.now() - t) / 1000;
  });
}
const out = mkdtempSync(join(tmpdir(), 'clustersim-bench-'));
console.log('whole processes (fresh, the default scenario):');
console.log(`  node -e 0           ${spread(processSeconds(['-e', '0'], 11), s)}  Node.js alone`);
console.log(`  clustersim --version ${spread(processSeconds([bin, '--version'], 11), s)}`);
const runArgs = [bin, 'run', '--out', join(out, 'run'), '--force'];
console.log(`  clustersim run      ${spread(processSeconds(runArgs, 7), s)}  target <= 0.45 s\n`);
rmSync(out, { recursive: true, force: true });

const runs = 30;
const compareFile = fileURLToPath(new URL('./compare-case.js', import.meta.url));
const timeCompare = (workers: number): { seconds: number; digest: string } =>
  JSON.parse(execFileSync(process.execPath, [compareFile, String(workers), String(runs)], { encoding: 'utf8' }));
const one = timeCompare(1);
const two = timeCompare(2);
console.log(`compare: ${runs} runs of the default scenario (each in a fresh process)`);
console.log(`  1 worker            ${s(one.seconds)}`);
console.log(`  2 workers           ${s(two.seconds)}  (this thread and one worker thread)`);
console.log(`  speed-up            ${(one.seconds / two.seconds).toFixed(2)}x  target >= 1.85x`);
console.log(`  identical results   ${one.digest === two.digest ? 'yes' : 'NO'}`);
