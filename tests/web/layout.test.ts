// The page's network layout: the charts' layout of every agent (one picture of a network on the page and in the
// drawings), positions that depend on the population only (not the seed, not the step), and agents at distinct points.
import { describe, expect, it } from 'vitest';
import { layoutNodes, MC_RADIUS } from '../../src/charts/layout.js';
import { createModel } from '../../src/model/create-model.js';
import { step } from '../../src/engine/step.js';
import { REGIONS } from '../../src/model/geography.js';
import { networkView } from '../../src/model/to-graph.js';
import { AGENT_SPACING, layoutNetwork } from '../../src/web/layout.js';

const classroom = { population: { regions: ['gangwon' as const] } };

describe('layoutNetwork', () => {
  it('gives the same positions for any seed and at any step', () => {
    const a = createModel(classroom, { seed: 1 });
    const b = createModel(classroom, { seed: 99 });
    const before = layoutNetwork(a);
    for (let t = 0; t < 3; t++) step(a);
    expect(layoutNetwork(a)).toEqual(before);
    expect(layoutNetwork(b)).toEqual(before);
  });

  it('places every agent at a distinct, finite point and labels each simulated region once', () => {
    const model = createModel({ population: { regions: ['gangwon', 'honam'] } });
    const layout = layoutNetwork(model);
    expect(layout.x.length).toBe(model.agents.count);
    const keys = new Set<string>();
    for (let i = 0; i < layout.x.length; i++) {
      expect(Number.isFinite(layout.x[i]) && Number.isFinite(layout.y[i])).toBe(true);
      keys.add(`${layout.x[i]},${layout.y[i]}`);
    }
    expect(keys.size).toBe(model.agents.count);
    expect(layout.labels.map((l) => l.text)).toEqual(['Honam (south-west)', 'Gangwon']);
    expect(layout.labels.map((l) => l.region)).toEqual(['honam', 'gangwon']);
    expect(layout.mcCount).toBe(model.mcs.count);
  });

  it('puts every member where the network drawing of the same step puts it, the same way up', () => {
    const model = createModel({ population: { regions: ['gangwon', 'honam'] } });
    for (let t = 0; t < 3; t++) step(model);
    const layout = layoutNetwork(model);
    const members: { id: string; kind: string; mc: string; region: string }[] = [];
    networkView(model).forEachNode((id, a) => members.push({ id, kind: a.kind, mc: a.mc, region: a.region }));
    expect(new Set(members.map((m) => m.mc)).size).toBe(model.mcs.count);
    const drawing = layoutNodes(members);
    for (const { id } of members) {
      expect(layout.x[Number(id)]).toBe(Math.fround(drawing.get(id)!.x));
      expect(layout.y[Number(id)]).toBe(Math.fround(-drawing.get(id)!.y));
    }
  });

  it('sizes dots for the spacing of a typical MC, and puts each region name above its agents', () => {
    const model = createModel({ population: { regions: ['gangwon', 'honam'] } });
    expect(AGENT_SPACING).toBeCloseTo(MC_RADIUS * Math.sqrt(Math.PI / (model.agents.count / model.mcs.count)), 2);
    const layout = layoutNetwork(model);
    for (const label of layout.labels) {
      const r = REGIONS.findIndex((region) => region.name === label.text);
      for (let i = 0; i < model.agents.count; i++)
        if (model.agents.region[i] === r) expect(layout.y[i]).toBeGreaterThan(label.y);
    }
  });
});
