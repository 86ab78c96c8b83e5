// The deterministic network layout: hashes, regions on a ring, members in their MC's disc, hash-sampled ties.
import { describe, expect, it } from 'vitest';
import {
  fnv1a,
  hashUnit,
  layoutNodes,
  mcCentres,
  regionCentres,
  RING_RADIUS,
  saltedState,
  unitOf,
} from '../../src/charts/layout.js';
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

  it('hashes to the same numbers as ever, and the same from a salted state carried over several pieces', () => {
    expect([hashUnit('42'), hashUnit('42', 'angle'), hashUnit('0-1', 'edge'), hashUnit('')]).toEqual([
      0.6568358028307557, 0.584998433245346, 0.4382796094287187, 0.5707453021313995,
    ]);
    expect(hashUnit('é€😀', 'x')).toBe(0.6978340551722795);
    expect(unitOf(fnv1a(fnv1a(fnv1a(saltedState('edge'), '0'), '-'), '1'))).toBe(hashUnit('0-1', 'edge'));
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

  it('samples the lowest hashes, the first of equal hashes at the cut, as a sort by hash and position would', () => {
    // Four pairs three times over: hashes 0.4383 (0-1), 0.5576 (1-2), 0.7519 (2-3), 0.9899 (3-4).
    const edges = Array.from({ length: 12 }, (_, i) => [String(i % 4), String((i % 4) + 1)] as [string, string]);
    const positions = (max: number) => sampleEdges(edges, max).map((e) => edges.indexOf(e));
    expect(positions(1)).toEqual([0]);
    expect(positions(2)).toEqual([0, 4]);
    expect(positions(4)).toEqual([0, 1, 4, 8]);
    expect(positions(7)).toEqual([0, 1, 2, 4, 5, 8, 9]);
    expect(positions(2.5)).toEqual([0, 4]);
    expect(positions(0)).toEqual([]);
    expect(positions(-1)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const bySort = (list: [string, string][], max: number) =>
      list
        .map((e, i) => ({ i, h: hashUnit(`${e[0]}-${e[1]}`, 'edge') }))
        .sort((a, b) => a.h - b.h || a.i - b.i)
        .slice(0, max)
        .sort((a, b) => a.i - b.i)
        .map((k) => list[k.i]);
    // 150 pairs 20 times over, so that most cuts fall among equal hashes.
    const many = Array.from({ length: 3000 }, (_, i) => [String(i % 50), String(i % 30)] as [string, string]);
    for (const max of [1, 10, 699, 700, 1500, 2999]) expect(sampleEdges(many, max)).toEqual(bySort(many, max));
  });
});
