// npm run bench: speed and memory of the default scenario, of the same scaled 10x, and of compare on 1 and 2 workers.
// Every case runs in its own process.
// Prints figures against the project's speed and memory targets; it asserts nothing (timings belong here, not in
// tests).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface CaseResult {
  scale: number;
  agents: number;
  tiesAtStart: number;
  tiesAtEnd: number;
  steps: number;
  createSeconds: number;
  stepSeconds: number;
  stepsPerSecond: number;
  warmStepSeconds: number;
  runSeconds: number;
  writeSeconds: number;
  brokerageSeconds: number;
  /** Members of the final network, and the sources of its betweenness (as many when exact). */
  members: number;
  betweennessSources: number;
  wholeSeconds: number;
  peakRssMb: number;
}

const caseFile = fileURLToPath(new URL('./case.js', import.meta.url));
const runCase = (scale: number): CaseResult =>
  JSON.parse(execFileSync(process.execPath, [caseFile, String(scale)], { encoding: 'utf8' }));
const s = (x: number) => `${x.toFixed(2)} s`;
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

console.log(
  'clustersim benchmark (one process per repeat; wall times on this machine, median and range of the repeats)\n',
);
for (const [scale, repeats, stepTarget, wholeTarget, memoryTarget] of [
  [1, 5, 0.5, 2, Infinity],
  [10, 2, Infinity, 20, 2048],
] as const) {
  const rs = Array.from({ length: repeats }, () => runCase(scale));
  const r = rs[0];
  const of = (key: keyof CaseResult) => rs.map((x) => x[key]);
  const mb = (x: number) => `${x.toFixed(0)} MB`;
  console.log(
    `default scenario x${scale}: ${r.agents} agents, ${r.tiesAtStart} ties at step 0 and ${r.tiesAtEnd} at step ${r.steps}`,
  );
  console.log(`  create model        ${spread(of('createSeconds'), s)}`);
  console.log(
    `  stepping only       ${spread(of('stepSeconds'), s)}  first run in a fresh process${Number.isFinite(stepTarget) ? `; target < ${stepTarget} s` : ''}`,
  );
  console.log(`  steps per second    ${spread(of('stepsPerSecond'), (x) => x.toFixed(0))}`);
  console.log(
    `  stepping, warm      ${spread(of('warmStepSeconds'), s)}  the same again in the same process, as in an ensemble`,
  );
  console.log(`  run with metrics    ${spread(of('runSeconds'), s)}  cheap every step, costly every 12`);
  console.log(`  write outputs       ${spread(of('writeSeconds'), s)}`);
  console.log(`  whole run           ${spread(of('wholeSeconds'), s)}  target < ${wholeTarget} s`);
  console.log(
    `  --brokerage adds    ${spread(of('brokerageSeconds'), s)}  betweenness ${r.betweennessSources >= r.members ? 'exact' : `from ${r.betweennessSources} of ${r.members} members`}`,
  );
  console.log(
    `  peak memory         ${spread(of('peakRssMb'), mb)}${Number.isFinite(memoryTarget) ? `  target < ${memoryTarget} MB` : ''}\n`,
  );
}

const runs = 30;
const compareFile = fileURLToPath(new URL('./compare-case.js', import.meta.url));
const timeCompare = (workers: number): { seconds: number; digest: string } =>
  JSON.parse(execFileSync(process.execPath, [compareFile, String(workers), String(runs)], { encoding: 'utf8' }));
const one = timeCompare(1);
const two = timeCompare(2);
console.log(`compare: ${runs} runs of the default scenario (each in a fresh process)`);
console.log(`  1 worker            ${s(one.seconds)}`);
console.log(`  2 workers           ${s(two.seconds)}  (this thread and one worker thread)`);
console.log(`  speed-up            ${(one.seconds / two.seconds).toFixed(2)}x  target >= 1.8x`);
console.log(`  identical results   ${one.digest === two.digest ? 'yes' : 'NO'}`);
