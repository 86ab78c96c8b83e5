// The public API of clustersim: everything the command line does is a function here.
export { createModel, type CreateModelOptions } from './model/create-model.js';
export { step, PHASES } from './engine/step.js';
export { run, simulate, type RunOptions, type RunResult } from './engine/run.js';
export type { Summary } from './engine/summary.js';
export { COLUMNS, record, type Row } from './metrics/recorder.js';
export { toGraph, type ClusterGraph, type AgentAttrs, type TieAttrs } from './model/to-graph.js';
export type { Model } from './model/types.js';
export { scenarioSchema, type Scenario, type ScenarioInput, type Params } from './scenario/schema.js';
export { validateScenario } from './scenario/validate.js';
export { loadScenario, checkScenarioFiles } from './scenario/load.js';
export { ScenarioError, formatProblem, type ScenarioProblem } from './scenario/problems.js';
export { scenarioJsonSchema } from './scenario/json-schema.js';
export { compareScenarios, type CompareResult } from './ensemble/compare.js';
export { runJobs } from './ensemble/pool.js';
export { writeRun, runFiles } from './output/write-run.js';
export { writeCompare } from './output/write-compare.js';
export { toGexf } from './output/gexf.js';
export { createRng, deriveSeed } from './random/rng.js';
