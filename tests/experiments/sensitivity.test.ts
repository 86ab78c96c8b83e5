// sensitivity: outcome names are checked, and a tiny Morris design gives one row per parameter and outcome.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMorrisTable, writeSensitivity } from '../../src/experiments/outputs.js';
import { parseParams } from '../../src/experiments/params.js';
import { checkOutcomes, runSensitivity } from '../../src/experiments/sensitivity.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { tempFolder } from '../helpers/temp.js';

describe('runSensitivity', () => {
  it('rejects unknown outcomes with a suggestion, and fixed parameters', async () => {
    expect(() => checkOutcomes(['densty'])).toThrow(/--outcome "densty": unknown outcome: did you mean "density"\?/);
    const scenario = scenarioSchema.parse({ steps: 2, population: { scale: 0.1 } });
    await expect(runSensitivity(scenario, parseParams(['decay.ratePerMonth=0.1']), tempFolder('cs-'))).rejects.toThrow(
      /Morris needs a range/,
    );
    await expect(
      runSensitivity(scenario, parseParams(['decay.ratePerMonth=0:1']), tempFolder('cs-'), {
        levels: 3,
      }),
    ).rejects.toThrow(/even number of levels/);
  });

  it('computes mu*, sigma and ranks over r (k + 1) points and writes the table and chart', async () => {
    const scenario = scenarioSchema.parse({ name: 'tiny', steps: 6, population: { scale: 0.1 } });
    const specs = parseParams(['tasks.probPerFirmMonth=0.01:0.2', 'trust.gain=0.05:0.2']);
    const dir = tempFolder('clustersim-morris-');
    const result = await runSensitivity(scenario, specs, dir, {
      outcomes: ['tasksSolved', 'density'],
      trajectories: 3,
      levels: 4,
      runs: 1,
      workers: 1,
    });
    expect(result.points).toBe(3 * 3);
    expect(result.rows.map((r) => [r.outcome, r.parameter])).toEqual([
      ['tasksSolved', 'tasks.probPerFirmMonth'],
      ['tasksSolved', 'trust.gain'],
      ['density', 'tasks.probPerFirmMonth'],
      ['density', 'trust.gain'],
    ]);
    const tasks = result.rows[0];
    expect(tasks.muStar).toBeGreaterThan(0);
    expect(tasks.mu).toBeGreaterThan(0);
    expect(tasks.rank).toBe(1);
    expect(tasks.relative).toBe(1);
    await writeSensitivity(dir, result);
    expect(readFileSync(join(dir, 'morris.csv'), 'utf8').split('\n')[0]).toBe(
      'outcome,parameter,mu,muStar,sigma,relative,rank',
    );
    const chart = JSON.parse(readFileSync(join(dir, 'morris.vl.json'), 'utf8'));
    expect(chart.data.values).toHaveLength(4);
    expect(chart.vconcat).toHaveLength(2);
    expect(chart.title.subtitle.at(-1)).toBe('3 trajectories x 1 seed');
    expect(formatMorrisTable(result)).toMatch(/tasksSolved\s+tasks\.probPerFirmMonth/);
  });
});
