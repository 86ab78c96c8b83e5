import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlanFile, planText, readPlanFile, relativeInputs } from '../../src/distributed/plan.js';
import { tempFolder } from '../helpers/temp.js';

const dir = tempFolder('clustersim-plan-');
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const plan = (args: object) =>
  buildPlanFile({
    command: 'sweep',
    args,
    scenarioHashes: ['sha256:s'],
    runs: 6,
    shards: 3,
    format: 'csv',
    header: 'a,b',
  });

describe('plan files: bad input', () => {
  it('refuses a missing, damaged, foreign or edited plan, naming the file', () => {
    expect(() => readPlanFile(join(dir, 'none.json'))).toThrow(/none\.json: no plan here/);
    expect(() => readPlanFile(file('bad.json', '{'))).toThrow(/bad\.json: not valid JSON/);
    expect(() => readPlanFile(file('other.json', '{"tool":"x"}'))).toThrow(/other\.json: not a clustersim plan/);
    const edited = { ...plan({ runs: 3 }), identity: { ...plan({ runs: 3 }).identity, runs: 7 } };
    expect(() => readPlanFile(file('edited.json', planText(edited)))).toThrow(/its hash does not match its contents/);
    expect(() => plan({ scenario: join(dir, 'missing.yaml') })).toThrow(
      /--scenario .*missing\.yaml: cannot read it \(ENOENT\)/,
    );
  });
});

describe('plan files', () => {
  it('hash what affects results: not where or how fast the runs go', () => {
    const base = plan({ runs: 3, param: ['decay.ratePerMonth=0.1'] });
    expect(
      plan({ runs: 3, param: ['decay.ratePerMonth=0.1'], out: 'x', workers: 8, shard: '1/3', force: true }).hash,
    ).toBe(base.hash);
    expect(plan({ runs: 4, param: ['decay.ratePerMonth=0.1'] }).hash).not.toBe(base.hash);
    expect(base.identity.args).toEqual({ runs: 3, param: ['decay.ratePerMonth=0.1'] });
    expect(readPlanFile(file('plan.json', planText(base)))).toEqual(base);
  });

  it('hash input files by their bytes, wherever they lie, and keep their paths as typed', () => {
    const a = file('a.yaml', 'name: a\n');
    const copy = file('copy.yaml', 'name: a\n');
    const b = file('b.yaml', 'name: b\n');
    expect(plan({ scenario: a }).hash).toBe(plan({ scenario: copy }).hash);
    expect(plan({ scenario: a }).hash).not.toBe(plan({ scenario: b }).hash);
    expect(plan({ scenarios: [a, b] }).identity.inputs.scenarios).toHaveLength(2);
    expect(plan({ scenario: a }).args.scenario).toBe(a);
    expect(relativeInputs(plan({ scenario: a }))).toEqual([]);
    expect(relativeInputs({ ...plan({}), args: { scenarios: ['x.yaml', a], targets: 't.yaml' } })).toEqual([
      'x.yaml',
      't.yaml',
    ]);
  });
});
