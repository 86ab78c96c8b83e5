// Every file in scenarios/ validates, and runs to its horizon at a small scale; the published JSON Schema is current.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../src/engine/run.js';
import { loadScenario } from '../src/scenario/load.js';
import { scenarioJsonSchema } from '../src/scenario/json-schema.js';

const files = readdirSync('scenarios').filter((f) => /\.(ya?ml|json)$/.test(f));

describe('scenarios/', () => {
  it('holds the baseline and a file per lever', () => {
    expect(files).toContain('baseline.yaml');
    expect(files.length).toBeGreaterThanOrEqual(14);
  });

  it.each(files)('%s validates and runs briefly', (file) => {
    const scenario = loadScenario(`scenarios/${file}`, { set: ['population.scale=0.03'] });
    expect(scenario.name).toBe(file.replace(/\.ya?ml$/, ''));
    const { summary } = simulate(scenario, { costlyEvery: 1000 });
    expect(summary.steps).toBe(scenario.steps);
    expect(Number(summary.final.members)).toBeGreaterThan(0);
  });

  it('as-run-2011-2014.yaml: from April 2012 (step 88) firms pay 20% of the reference budget at the 2010 membership', () => {
    const scenario = loadScenario('scenarios/as-run-2011-2014.yaml');
    expect(scenario.steps).toBe(120);
    expect(scenario.policies.map((p) => p.at)).toEqual([88, 88]);
    const [copay] = scenario.policies;
    const fee = copay.set['budget.feePerFirmMonth'] as number;
    const subsidy = (copay.set['budget.subsidyLevel'] as number) * scenario.budget.subsidyPerMcMonth;
    // The paper's December 2010 firm members (the default firmMembers) shared over the 81 MCs.
    const feesPerMc = (fee * scenario.population.firmMembers) / 81;
    expect(feesPerMc / (subsidy + feesPerMc)).toBeCloseTo(0.2, 2);
    expect(subsidy + feesPerMc).toBeCloseTo(scenario.budget.subsidyPerMcMonth, 2);
  });

  it('docs/scenario.schema.json is what `clustersim schema` prints', () => {
    expect(JSON.parse(readFileSync('docs/scenario.schema.json', 'utf8'))).toEqual(scenarioJsonSchema());
  });
});
