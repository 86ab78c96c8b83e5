// The parameters read per MC: the global value where no region-scoped policy is in force (NaN), the MC's own
// otherwise, 0 included.
import { describe, expect, it } from 'vitest';
import { globalParam, mcParam } from '../../src/model/mc-params.js';
import { FIRM } from '../../src/model/types.js';
import { REGION_SCOPED_PARAMS } from '../../src/scenario/schema.js';
import { tinyModel } from '../helpers/tiny-model.js';

const twoMcs = () =>
  tinyModel({
    agents: [
      { kind: FIRM, mc: 0 },
      { kind: FIRM, mc: 1 },
    ],
    mcs: [{}, { region: 1 }],
    params: { budget: { subsidyLevel: 0.8, feePerFirmMonth: 0.05 } },
  });

describe('mcParam', () => {
  it('starts with no MC value: every MC reads the global one, and follows it when it changes', () => {
    const model = twoMcs();
    for (const path of REGION_SCOPED_PARAMS) expect([...model.mcs.scoped[path]]).toEqual([NaN, NaN]);
    expect([mcParam(model, 'budget.subsidyLevel', 0), mcParam(model, 'budget.feePerFirmMonth', 1)]).toEqual([
      0.8, 0.05,
    ]);
    model.params.budget.subsidyLevel = 0.3;
    expect(mcParam(model, 'budget.subsidyLevel', 1)).toBe(0.3);
  });

  it("reads an MC's own value, 0 included, and leaves the other MC on the global one", () => {
    const model = twoMcs();
    model.mcs.scoped['budget.subsidyLevel'][1] = 0;
    model.mcs.scoped['budget.feePerFirmMonth'][0] = 0.2;
    expect([mcParam(model, 'budget.subsidyLevel', 0), mcParam(model, 'budget.subsidyLevel', 1)]).toEqual([0.8, 0]);
    expect([mcParam(model, 'budget.feePerFirmMonth', 0), mcParam(model, 'budget.feePerFirmMonth', 1)]).toEqual([
      0.2, 0.05,
    ]);
  });
});

describe('globalParam', () => {
  it('reads each parameter read per MC from its group', () => {
    const model = twoMcs();
    // The subsidy level, the fee and the six shares of the default activity mix.
    expect(REGION_SCOPED_PARAMS.map((path) => globalParam(model.params, path))).toEqual([
      0.8, 0.05, 0.1, 0.5, 0.2, 0.05, 0.05, 0.1,
    ]);
  });
});
