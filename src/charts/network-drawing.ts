// A drawing of the member network at one step: ties as rules under members as points, at precomputed positions
// (charts/layout.ts), coloured by kind, MC or region, with region names; large networks draw a fixed hash-chosen sample
// of ties; networks of more than MAX_DRAWN_MEMBERS members are not drawn (runChartSpecs leaves the drawing out): the
// points would cover the square, and the spec would hold megabytes of positions.
import { VL_SCHEMA, round, thousands } from './common.js';
import { fnv1a, layoutNodes, mcCentres, regionCentres, saltedState, unitOf } from './layout.js';
import { KIND_COLORS } from './outcomes.js';
import type { ChartSpec, NetworkSnapshot } from './types.js';

export interface NetworkDrawingOptions {
  colorBy?: 'kind' | 'mc' | 'region';
  /** Most ties drawn (default 5000); above it, the ties with the lowest hash of their ends are drawn. */
  maxEdges?: number;
  /** Side of the square drawing, pixels (default 600). */
  size?: number;
  /** Whose network it is, put before the title (e.g. a scenario's name). */
  label?: string;
}

const DEFAULT_MAX_EDGES = 5000;

/** The largest member network drawn: 50,000 members (the default scenario scaled about 8x). */
export const MAX_DRAWN_MEMBERS = 50_000;

/** hashUnit(`${a}-${b}`, 'edge') of every tie, without building the strings. */
function edgeHashes(edges: readonly [string, string][]): Float64Array {
  const salted = saltedState('edge');
  const hashes = new Float64Array(edges.length);
  for (let i = 0; i < edges.length; i++) hashes[i] = unitOf(fnv1a(fnv1a(fnv1a(salted, edges[i][0]), '-'), edges[i][1]));
  return hashes;
}

/**
 * The ties to draw: all of them, or the `max` with the lowest hash (the first of equal hashes), in their original
 * order.
 */
export function sampleEdges(edges: readonly [string, string][], max: number): [string, string][] {
  if (edges.length <= max) return [...edges];
  const end = Math.trunc(max) || 0;
  const take = end < 0 ? Math.max(edges.length + end, 0) : end;
  if (take === 0) return [];
  const hashes = edgeHashes(edges);
  const threshold = hashes.slice().sort()[take - 1];
  let below = 0;
  for (let i = 0; i < hashes.length; i++) if (hashes[i] < threshold) below++;
  let atThreshold = take - below;
  const drawn: [string, string][] = [];
  for (let i = 0; i < hashes.length; i++) {
    if (hashes[i] < threshold || (hashes[i] === threshold && atThreshold-- > 0)) drawn.push(edges[i]);
  }
  return drawn;
}

/** Fainter ties when there are many, so that the members stay visible. */
function tieOpacity(ties: number): number {
  return round(Math.min(0.5, Math.max(0.08, 12 / Math.sqrt(Math.max(ties, 1)))), 2)!;
}

function colorEncoding(colorBy: 'kind' | 'mc' | 'region') {
  if (colorBy === 'kind') return { field: 'kind', type: 'nominal' as const, title: 'kind', scale: KIND_COLORS };
  if (colorBy === 'region') return { field: 'region', type: 'nominal' as const, title: 'region' };
  return { field: 'mc', type: 'nominal' as const, title: 'MC', legend: null, scale: { scheme: 'category20' as const } };
}

function regionLabels(snapshot: NetworkSnapshot) {
  const mcs = mcCentres(snapshot.nodes);
  const tops = new Map<string, number>();
  for (const n of snapshot.nodes) tops.set(n.region, Math.max(tops.get(n.region) ?? -Infinity, mcs.get(n.mc)!.y));
  return [...regionCentres(tops.keys())].map(([region, c]) => ({
    region,
    x: round(c.x, 4),
    y: round(tops.get(region)! + 9, 4),
  }));
}

export function networkDrawingSpec(snapshot: NetworkSnapshot, options: NetworkDrawingOptions = {}): ChartSpec {
  const colorBy = options.colorBy ?? 'kind';
  const size = options.size ?? 600;
  const positions = layoutNodes(snapshot.nodes);
  const drawn = sampleEdges(snapshot.edges, options.maxEdges ?? DEFAULT_MAX_EDGES);
  const nodes = snapshot.nodes.map((n) => {
    const p = positions.get(n.id)!;
    return { id: n.id, kind: n.kind, mc: n.mc, region: n.region, x: round(p.x, 4), y: round(p.y, 4) };
  });
  const edges = drawn.map(([a, b]) => {
    const p = positions.get(a)!;
    const q = positions.get(b)!;
    return { x: round(p.x, 4), y: round(p.y, 4), x2: round(q.x, 4), y2: round(q.y, 4) };
  });
  const labels = regionLabels(snapshot);
  let extent = 10;
  for (const v of [...nodes, ...labels]) extent = Math.max(extent, Math.abs(v.x ?? 0), Math.abs(v.y ?? 0));
  const domain = [-Math.ceil(extent + 4), Math.ceil(extent + 4)];
  const x = { type: 'quantitative' as const, axis: null, scale: { domain, nice: false, zero: false } };
  const y = { ...x };
  const date = snapshot.date ? ` (${snapshot.date})` : '';
  const sampled = drawn.length < snapshot.edges.length ? `, ${thousands(drawn.length)} drawn` : '';
  return {
    $schema: VL_SCHEMA,
    title: {
      text: `${options.label ? `${options.label}: m` : 'M'}ember network at step ${snapshot.step}${date}`,
      subtitle: `${thousands(nodes.length)} members, ${thousands(snapshot.edges.length)} ties${sampled}; coloured by ${colorBy}`,
    },
    width: size,
    height: size,
    view: { stroke: null },
    layer: [
      {
        name: 'ties',
        data: { values: edges },
        mark: { type: 'rule', color: '#555', opacity: tieOpacity(drawn.length), strokeWidth: 0.6 },
        encoding: { x: { field: 'x', ...x }, y: { field: 'y', ...y }, x2: { field: 'x2' }, y2: { field: 'y2' } },
      },
      {
        name: 'members',
        data: { values: nodes },
        mark: { type: 'circle', size: nodes.length > 2000 ? 6 : 10, opacity: 0.85 },
        encoding: {
          x: { field: 'x', ...x },
          y: { field: 'y', ...y },
          color: colorEncoding(colorBy),
          tooltip: [{ field: 'id' }, { field: 'kind' }, { field: 'mc', title: 'MC' }, { field: 'region' }],
        },
      },
      {
        name: 'regions',
        data: { values: labels },
        mark: { type: 'text', fontSize: 11, fontWeight: 'bold', color: '#333' },
        encoding: { x: { field: 'x', ...x }, y: { field: 'y', ...y }, text: { field: 'region' } },
      },
    ],
  };
}
