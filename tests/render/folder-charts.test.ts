// folderChartSpecs: the charts an experiment writes are the charts `plot` and `report` draw when they redraw its folder,
// byte for byte, for check, sensitivity (Morris and Sobol) and calibrate folders written by tiny runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringifySpec } from '../../src/charts/stringify.js';
import { runCalibration } from '../../src/experiments/calibrate.js';
import { checkTargets } from '../../src/experiments/check.js';
import { writeCheck } from '../../src/experiments/check-output.js';
import { writeCalibration, writeSensitivity, writeSobol } from '../../src/experiments/outputs.js';
import { parseParams } from '../../src/experiments/params.js';
import { runSensitivity } from '../../src/experiments/sensitivity.js';
import { runSobol } from '../../src/experiments/sobol.js';
import { validateTargets } from '../../src/experiments/targets/load.js';
import { resolveTargets } from '../../src/experiments/targets/resolve.js';
import { folderChartSpecs } from '../../src/render/folder-charts.js';
import { readFolderData } from '../../src/render/folder-data.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { tempFolder } from '../helpers/temp.js';

const tiny = (extra: object = {}) =>
  scenarioSchema.parse({ name: 'tiny', steps: 6, population: { scale: 0.05, regions: ['gangwon'] }, ...extra });

const targets = resolveTargets(
  validateTargets({
    name: 'mini',
    source: 'test',
    targets: [
      {
        id: 'tasks',
        role: 'fitted',
        why: 'found by member firms',
        description: 'tasks found',
        source: 's',
        observed: 20,
        tolerance: { relative: 0.5 },
        simulated: { sum: 'tasksFound', from: 1, to: 6 },
      },
      {
        id: 'members',
        role: 'heldout',
        why: 'w',
        description: 'members at step 6',
        source: 's',
        observed: 100,
        tolerance: { absolute: 50 },
        simulated: { at: 'members', step: 6 },
      },
    ],
  }),
  2005,
);

/** The chart files of a folder (*.vl.json at its top), sorted. */
const chartsIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.vl.json'))
    .sort();

/** Every chart the folder holds is rebuilt by folderChartSpecs, to the same text. */
async function expectRedrawnAsWritten(dir: string, charts: readonly string[]): Promise<void> {
  expect(chartsIn(dir)).toEqual(charts);
  const specs = await folderChartSpecs(await readFolderData(dir));
  expect(Object.keys(specs).sort()).toEqual(charts);
  for (const name of charts) expect(stringifySpec(specs[name])).toBe(readFileSync(join(dir, name), 'utf8'));
}

describe('the charts of an experiment folder, as written and as redrawn', () => {
  it('check: check.vl.json', async () => {
    const dir = join(tempFolder('clustersim-charts-check-'), 'check');
    const result = await checkTargets(tiny(), targets, { runs: 2, seed: 3, workers: 1 });
    await writeCheck(dir, result);
    await expectRedrawnAsWritten(dir, ['check.vl.json']);
    const spec = JSON.parse(readFileSync(join(dir, 'check.vl.json'), 'utf8'));
    expect(spec.title.text).toBe('tiny against mini (2 runs)');
    expect(spec.data.values.map((v: { target: string }) => v.target)).toEqual(['tasks', 'members']);
  });

  it('sensitivity, Morris: morris.vl.json, with its design in the subtitle', async () => {
    const dir = tempFolder('clustersim-charts-morris-');
    const specs = parseParams(['tasks.probPerFirmMonth=0.01:0.2', 'trust.gain=0.05:0.2']);
    const result = await runSensitivity(tiny(), specs, dir, {
      outcomes: ['tasksSolved', 'density'],
      trajectories: 2,
      levels: 4,
      runs: 1,
      workers: 1,
    });
    await writeSensitivity(dir, result);
    await expectRedrawnAsWritten(dir, ['morris.vl.json']);
    const spec = JSON.parse(readFileSync(join(dir, 'morris.vl.json'), 'utf8'));
    expect(spec.title.subtitle.at(-1)).toBe('2 trajectories x 1 seed');
  });

  it('sensitivity, Sobol: sobol.vl.json, naming the policy whose effect it screens', async () => {
    const dir = tempFolder('clustersim-charts-sobol-');
    const specs = parseParams(['decay.ratePerMonth=0.02:0.06', 'events.attendProb=0.08:0.25']);
    const result = await runSobol(tiny(), specs, dir, {
      samples: 2,
      runs: 2,
      workers: 1,
      bootstrap: 20,
      outcomes: ['density'],
      effect: tiny({ name: 'no-subsidy', budget: { subsidyLevel: 0 } }),
    });
    await writeSobol(dir, result);
    await expectRedrawnAsWritten(dir, ['sobol.vl.json']);
    const spec = JSON.parse(readFileSync(join(dir, 'sobol.vl.json'), 'utf8'));
    expect(spec.title.subtitle.at(-1)).toBe('tiny, and the effect of no-subsidy on it; 2 base samples x 2 seeds');
  });

  it('calibrate: calibration.vl.json', async () => {
    const dir = tempFolder('clustersim-charts-calibrate-');
    const result = await runCalibration(tiny(), targets, parseParams(['tasks.probPerFirmMonth=0.01:0.2']), dir, {
      samples: 4,
      runs: 1,
      seed: 4,
      workers: 1,
      accept: 0.5,
    });
    await writeCalibration(dir, result);
    await expectRedrawnAsWritten(dir, ['calibration.vl.json']);
    const spec = JSON.parse(readFileSync(join(dir, 'calibration.vl.json'), 'utf8'));
    expect(spec.data.values).toHaveLength(4);
  });
});
