// One compare timing in its own process (so that neither worker count inherits the other's compiled code):
// prints a JSON line with the wall time and a digest of the result.
import { createHash } from 'node:crypto';
import { compareScenarios } from '../src/ensemble/compare.js';
import { scenarioSchema } from '../src/scenario/schema.js';

const workers = Number(process.argv[2] ?? 1);
const runs = Number(process.argv[3] ?? 30);
const t = performance.now();
const result = await compareScenarios([scenarioSchema.parse({ name: 'baseline' })], { runs, workers });
const seconds = (performance.now() - t) / 1000;
console.log(
  JSON.stringify({ workers, runs, seconds, digest: createHash('sha256').update(JSON.stringify(result)).digest('hex') }),
);
