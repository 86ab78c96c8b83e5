// calibrate: the distance, the ranking and acceptance of points, and a tiny calibration that finds the parameter it
// should.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rankPoints, runCalibration, targetDistance } from '../../src/experiments/calibrate.js';
import { writeCalibration } from '../../src/experiments/outputs.js';
import { parseParams } from '../../src/experiments/params.js';
import { validateTargets } from '../../src/experiments/targets/load.js';
import { resolveTargets, type ResolvedTarget } from '../../src/experiments/targets/resolve.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { tempFolder } from '../helpers/temp.js';

const target = (observed: number, tolerance: number, weight = 1): ResolvedTarget => ({
  id: 'x',
  description: 'd',
  source: 's',
  observed,
  tolerance,
  toleranceText: '',
  weight,
  role: 'fitted',
  spec: { kind: 'at', column: 'members', step: 0 },
});

describe('targetDistance and rankPoints', () => {
  it('averages squared deviations in tolerances by weight; an unmeasured target is infinitely far', () => {
    const targets = [target(10, 2), target(1, 0.5, 3), target(5, 1, 0)];
    expect(targetDistance(targets, [12, 1.5, 100])).toBeCloseTo((1 + 3 * 1) / 4, 12);
    expect(targetDistance(targets, [NaN, 1, 5])).toBe(Infinity);
  });

  it('sorts points by distance and accepts the closest share', () => {
    const targets = [target(0, 1)];
    const fitted = rankPoints(targets, [{ a: 1 }, { a: 2 }, { a: 3 }, { a: 4 }], [[3], [1], [NaN], [2]], 0.5);
    expect(fitted.map((f) => [f.point, f.accepted])).toEqual([
      [1, true],
      [3, true],
      [0, false],
      [2, false],
    ]);
  });
});

describe('runCalibration', () => {
  it('finds the task probability that gives the observed tasks, resumably, and writes its files', async () => {
    const scenario = scenarioSchema.parse({ name: 'tiny', steps: 24, population: { scale: 0.1 } });
    const targets = resolveTargets(
      validateTargets({
        name: 'mini',
        source: 'test',
        targets: [
          {
            id: 'tasks',
            role: 'fitted',
            why: 'found by member firms, whose number grows',
            description: 'tasks found',
            source: 's',
            observed: 60,
            tolerance: { relative: 0.15 },
            simulated: { sum: 'tasksFound', from: 1, to: 6 },
          },
        ],
      }),
      2005,
    );
    const specs = parseParams(['tasks.probPerFirmMonth=0.01:0.2']);
    const dir = tempFolder('clustersim-calibrate-');
    const result = await runCalibration(scenario, targets, specs, dir, {
      samples: 6,
      runs: 1,
      seed: 4,
      workers: 1,
      accept: 0.34,
    });
    expect(result.points).toHaveLength(6);
    expect(result.points.filter((p) => p.accepted)).toHaveLength(2);
    const best = result.best.params['tasks.probPerFirmMonth'] as number;
    const rows = readFileSync(join(dir, 'runs.csv'), 'utf8');
    expect(rows.split('\n')[0]).toMatch(/,target:tasks$/);
    expect(Math.abs(result.best.means[0] - 60)).toBeLessThan(Math.abs(result.points[5].means[0] - 60));
    expect(best).toBeGreaterThan(0.01);
    await writeCalibration(dir, result);
    const saved = JSON.parse(readFileSync(join(dir, 'best.json'), 'utf8'));
    expect(saved.set).toEqual([`tasks.probPerFirmMonth=${best}`]);
    expect(readFileSync(join(dir, 'accepted.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(3);
    expect(readFileSync(join(dir, 'fit.csv'), 'utf8')).toMatch(
      /^target,source,observed,tolerance,simulated,deviation,pass/,
    );
    const again = await runCalibration(scenario, targets, specs, dir, {
      samples: 6,
      runs: 1,
      seed: 4,
      workers: 1,
      accept: 0.34,
    });
    expect(again.resumed).toBe(6);
    expect(again.best).toEqual(result.best);
  });

  it('fits the fitted targets only: inputs and held-out targets are neither run nor in the distance', async () => {
    const scenario = scenarioSchema.parse({ name: 'tiny', steps: 24, population: { scale: 0.1 } });
    const target = (id: string, role: string, step: number) => ({
      id,
      role,
      why: 'w',
      description: 'd',
      source: 's',
      observed: 100,
      tolerance: { relative: 0.1 },
      simulated: { sum: 'tasksFound', from: 1, to: step },
    });
    const all = resolveTargets(
      validateTargets({
        name: 'mini',
        source: 'test',
        targets: [target('in', 'input', 24), target('fit', 'fitted', 3), target('out', 'heldout', 24)],
      }),
      2005,
    );
    const dir = tempFolder('clustersim-calibrate-roles-');
    await expect(
      runCalibration(scenario, all, parseParams(['tasks.probPerFirmMonth=0.01:0.2']), dir, {
        only: ['out'],
        targetsFile: 't.yaml',
      }),
    ).rejects.toThrow(
      '--only out: no fitted target of t.yaml has an id starting with this (out is heldout: calibrate never uses it); fitted ids: fit',
    );
    const result = await runCalibration(scenario, all, parseParams(['tasks.probPerFirmMonth=0.01:0.2']), dir, {
      samples: 2,
      runs: 1,
      seed: 4,
      workers: 1,
    });
    expect(result.targets.map((t) => t.id)).toEqual(['fit']);
    expect(result.best.means).toHaveLength(1);
    expect(result.best.distance).toBeCloseTo(((result.best.means[0] - 100) / 10) ** 2, 12);
    expect(readFileSync(join(dir, 'runs.csv'), 'utf8').split('\n')[0]).toMatch(/,target:fit$/);
    const manifest = JSON.parse(readFileSync(join(dir, 'experiment.json'), 'utf8'));
    expect(manifest.targetRoles).toEqual({ fitted: ['fit'], fittedNotSelected: [], heldout: ['out'], input: ['in'] });
    expect(manifest.targets.targets.map((t: { id: string }) => t.id)).toEqual(['fit']);
    expect(manifest.scenario.steps).toBe(3);
  });
});
