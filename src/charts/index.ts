// Chart spec builders: pure functions from run results and compare outputs to Vega-Lite specs (no node: imports).
export * from './types.js';
export { CHARTED_OUTCOMES, outcomeOf } from './outcomes.js';
export { runChartSpecs, type RunChartInput, type RunChartOptions } from './run-charts.js';
export { compareChartSpecs } from './compare-charts.js';
export { runOutcomeSpec, ensembleOutcomeSpec } from './outcome-time.js';
export { policyComparisonSpec, policyDifferenceSpec } from './policy-comparison.js';
export { degreeDistributionSpec, degreeCounts } from './degree-distribution.js';
export { runMembersByKindSpec, ensembleMembersByKindSpec } from './members-by-kind.js';
export { runTasksPerYearSpec, ensembleTasksPerYearSpec } from './tasks-per-year.js';
export { networkDrawingSpec, sampleEdges, type NetworkDrawingOptions } from './network-drawing.js';
export { layoutNodes, hashUnit } from './layout.js';
export { snapshotFromGraph } from './snapshot.js';
export { stringifySpec, chartFiles } from './stringify.js';
