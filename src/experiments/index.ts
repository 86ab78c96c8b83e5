// Experiments on the model: sweeps, the check against observed targets (and its knock-outs), calibration and Morris
// sensitivity, as functions.
export { parseParam, parseParams, parameterPaths, type ParamSpec } from './params.js';
export { applyPoint, type Point } from './apply-point.js';
export { factorialDesign } from './design/factorial.js';
export { latinHypercube, lhsDesign } from './design/lhs.js';
export { morrisTrajectories, morrisDesign, morrisIndices } from './design/morris.js';
export { evaluateMeasure, type MeasureSpec } from '../metrics/measures.js';
export { loadTargets, validateTargets } from './targets/load.js';
export { fittedTargets, resolveTargets, type ResolvedTargets } from './targets/resolve.js';
export { runPlan, readRecords, type Plan, type RunRecord } from './run-plan.js';
export { runSweep, type SweepOptions, type SweepResult } from './sweep.js';
export { checkTargets, type CheckResult } from './check.js';
export { formatCheckTable, writeCheck } from './check-output.js';
export { KNOCKOUTS, knockOut, type Knockout } from './knockouts.js';
export { formatKnockoutTable, runKnockouts, type KnockoutResult } from './knockout-check.js';
export { runCalibration, targetDistance, type CalibrationResult } from './calibrate.js';
export { runSensitivity, type SensitivityResult } from './sensitivity.js';
export { writeCalibration, writeSensitivity } from './outputs.js';
