// The deterministic network layout: hashes, regions on a ring, members in their MC's disc, hash-sampled ties.
import { describe, expect, it } from 'vitest';
import { hashUnit, layoutNodes, mcCentres, regionCentres, RING_RADIUS } from '../../src/charts/layout.js';
import { sampleEdges } from '../../src/charts/network-drawing.js';
import type { SnapshotNode } from '../../src/charts/types.js';

const node = (id: string, mc: string, region: string, kind = 'firm'): SnapshotNode => ({ id, kind, mc, region });

describe('layout', () => {
  it('hashes to [0, 1), the same text to the same number, a salt to another', () => {
    const values = Array.from({ length: 1000 }, (_, i) => hashUnit(String(i)));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(hashUnit('42')).toBe(hashUnit('42'));
    expect(hashUnit('42', 'angle')).not.toBe(hashUnit('42', 'radius'));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it('puts regions on a ring in the order of the schema, the first on top', () => {
    const centres = regionCentres(['honam', 'capital']);
    expect([...centres.keys()]).toEqual(['capital', 'honam']);
    expect(centres.get('capital')!.x).toBeCloseTo(0, 9);
    expect(centres.get('capital')!.y).toBeCloseTo(-RING_RADIUS, 9);
    expect(regionCentres(['gangwon']).get('gangwon')).toEqual({ x: 0, y: 0 });
  });

  it('puts members near their MC whatever the order of the nodes, agencies nearer than firms', () => {
    const nodes = [
      ...Array.from({ length: 40 }, (_, i) => node(`f${i}`, 'capital-01', 'capital')),
      ...Array.from({ length: 10 }, (_, i) => node(`a${i}`, 'capital-01', 'capital', 'agency')),
      ...Array.from({ length: 40 }, (_, i) => node(`g${i}`, 'capital-02', 'capital')),
    ];
    const positions = layoutNodes(nodes);
    const reversed = layoutNodes([...nodes].reverse());
    for (const n of nodes) expect(reversed.get(n.id)).toEqual(positions.get(n.id));
    const centre = mcCentres(nodes).get('capital-01')!;
    const distance = (id: string) => Math.hypot(positions.get(id)!.x - centre.x, positions.get(id)!.y - centre.y);
    for (let i = 0; i < 40; i++) expect(distance(`f${i}`)).toBeLessThanOrEqual(5 + 1e-9);
    for (let i = 0; i < 10; i++) expect(distance(`a${i}`)).toBeLessThanOrEqual(2 + 1e-9);
  });

  it('samples ties by a hash: the same ties for the same network, in their original order', () => {
    const edges = Array.from({ length: 50 }, (_, i) => [String(i), String(i + 1)] as [string, string]);
    const sample = sampleEdges(edges, 10);
    expect(sample).toHaveLength(10);
    expect(sampleEdges([...edges].reverse(), 10).reverse()).toEqual(sample);
    expect(sample.map((e) => Number(e[0]))).toEqual([...sample.map((e) => Number(e[0]))].sort((a, b) => a - b));
    expect(sampleEdges(edges, 100)).toEqual(edges);
  });
});
