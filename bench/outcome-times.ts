// The CPU time of the metrics, outcome by outcome: runs the default scenario at each scale given and, after every step,
// times record() as the run loop calls it, then each shared structure and each outcome of the registry on its own.
// `node dist/bench/outcome-times.js [SCALE...] [--steps N]` (default scales 1 10 20). Prints figures, asserts nothing.
import { step } from '../src/engine/step.js';
import { communities } from '../src/metrics/communities.js';
import type { MeasureContext } from '../src/metrics/context.js';
import { memberCsr } from '../src/metrics/member-network.js';
import { OUTCOMES } from '../src/metrics/outcomes.js';
import { record } from '../src/metrics/recorder.js';
import { tallyNetwork } from '../src/metrics/tally.js';
import { createModel } from '../src/model/create-model.js';
import { scenarioSchema } from '../src/scenario/schema.js';

const args = process.argv.slice(2);
const stepsAt = args.indexOf('--steps');
const steps = stepsAt >= 0 ? Number(args[stepsAt + 1]) : undefined;
const scales = args.filter((a, i) => !a.startsWith('--') && (stepsAt < 0 || i !== stepsAt + 1)).map(Number);

/** CPU seconds (user + system) of this process so far. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** CPU seconds of one call, and its result. */
function timed<T>(f: () => T): [T, number] {
  const at = cpu();
  const value = f();
  return [value, cpu() - at];
}

const format = (x: number) => `${x.toFixed(3).padStart(8)} s`;

for (const scale of scales.length > 0 ? scales : [1, 10, 20]) {
  const scenario = scenarioSchema.parse({ name: `outcome-times-x${scale}`, population: { scale }, steps });
  const model = createModel(scenario);
  const every = model.params.metrics.costlyEvery;
  const seconds = new Map<string, number>();
  const add = (name: string, s: number) => seconds.set(name, (seconds.get(name) ?? 0) + s);
  let stepping = 0;
  for (let t = 0; t <= scenario.steps; t++) {
    if (t > 0) stepping += timed(() => step(model))[1];
    const costly = t === scenario.steps || model.step % every === 0;
    add('record() as the run calls it', timed(() => record(model, costly))[1]);
    // The shared structures, each timed on its own, then each outcome on a context that already holds them.
    const [tally, tallySeconds] = timed(() => tallyNetwork(model));
    add('  shared: network tally', tallySeconds);
    let context: MeasureContext = { tally, csr: () => memberCsr(model), communities: () => communities(model) };
    if (costly) {
      const [csr, csrSeconds] = timed(() => memberCsr(model));
      add('  shared: member CSR', csrSeconds);
      const [found, louvainSeconds] = timed(() => communities(model, csr));
      add('  shared: Louvain (communities, modularity)', louvainSeconds);
      context = { tally, csr: () => csr, communities: () => found };
    }
    for (const outcome of OUTCOMES) {
      if (outcome.costly && !costly) continue;
      add(`  ${outcome.name}`, timed(() => outcome.measure(model, context))[1]);
    }
  }
  console.log(
    `default scenario x${scale}: ${model.agents.count.toLocaleString('en')} agents, ${model.ties.count.toLocaleString('en')} ties at step ${scenario.steps}; CPU seconds summed over ${scenario.steps + 1} records (costly every ${every})`,
  );
  console.log(`  ${'stepping'.padEnd(44)}${format(stepping)}`);
  // Outcomes under 1% of record()'s time are summed on one line.
  const recordSeconds = seconds.get('record() as the run calls it') ?? 0;
  const small = [...seconds].filter(([name, s]) => !name.includes(':') && s < 0.01 * recordSeconds);
  for (const [name, s] of seconds)
    if (!small.some(([other]) => other === name)) console.log(`  ${name.padEnd(44)}${format(s)}`);
  const rest = `  ${small.length} other outcomes, each under 1%`;
  console.log(`${rest.padEnd(46)}${format(small.reduce((sum, [, s]) => sum + s, 0))}`);
  console.log('');
}
