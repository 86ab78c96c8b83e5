// Deterministic positions for drawing the network: regions on a ring, each region's MCs on a sunflower spiral around
// it, members in a disc around their MC at an angle and radius drawn from a hash of their id (no random numbers).
// The one layout of the network: the teaching page (src/web/layout.ts) places every agent with it too.
import { REGION_IDS } from '../scenario/schema.js';
import type { SnapshotNode } from './types.js';

export const RING_RADIUS = 100;
const MC_SPACING = 10;
/** Radius of an MC's disc of members. */
export const MC_RADIUS = 5;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

const FNV_OFFSET = 0x811c9dc5;

/** The FNV-1a state `h` carried on over the characters of `text`. */
export function fnv1a(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** The FNV-1a state after a salt and its separator: where hashUnit(text, salt) goes on over the text. */
export const saltedState = (salt = '') => fnv1a(FNV_OFFSET, salt + '\u0000');

/** An FNV-1a state, mixed and scaled to a number in [0, 1). */
export function unitOf(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) / 4294967296;
}

/** FNV-1a hash of a string and a salt, as a number in [0, 1). */
export function hashUnit(text: string, salt = ''): number {
  return unitOf(fnv1a(saltedState(salt), text));
}

export interface Point {
  x: number;
  y: number;
}

/** Where each region's centre sits: on a ring in the order of REGION_IDS (unknown regions after, sorted). */
export function regionCentres(regions: Iterable<string>): Map<string, Point> {
  const present = new Set(regions);
  const known: string[] = REGION_IDS.filter((r) => present.has(r));
  const ordered = [...known, ...[...present].filter((r) => !known.includes(r)).sort()];
  const ring = ordered.length > 1 ? RING_RADIUS : 0;
  return new Map(
    ordered.map((region, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / ordered.length;
      return [region, ring === 0 ? { x: 0, y: 0 } : { x: ring * Math.cos(angle), y: ring * Math.sin(angle) }];
    }),
  );
}

/**
 * Where each MC's centre sits: the k-th MC of a region (by name) at radius spacing * sqrt(k + 0.5) on the golden angle.
 */
export function mcCentres(nodes: readonly SnapshotNode[]): Map<string, Point> {
  const mcsByRegion = new Map<string, Set<string>>();
  for (const n of nodes) (mcsByRegion.get(n.region) ?? mcsByRegion.set(n.region, new Set()).get(n.region)!).add(n.mc);
  const centres = regionCentres(mcsByRegion.keys());
  const result = new Map<string, Point>();
  for (const [region, mcs] of mcsByRegion) {
    const centre = centres.get(region)!;
    [...mcs].sort().forEach((mc, k) => {
      const radius = MC_SPACING * Math.sqrt(k + 0.5);
      result.set(mc, {
        x: centre.x + radius * Math.cos(k * GOLDEN_ANGLE),
        y: centre.y + radius * Math.sin(k * GOLDEN_ANGLE),
      });
    });
  }
  return result;
}

/** Radius bands within an MC's disc, as fractions: support agencies near the centre, firms outside. */
const BANDS: Record<string, [number, number]> = {
  agency: [0, 0.4],
  professor: [0.3, 0.75],
  institute: [0.3, 0.75],
  firm: [0.5, 1],
};

/** Positions of all nodes; the same ids and MCs always give the same picture. */
export function layoutNodes(nodes: readonly SnapshotNode[]): Map<string, Point> {
  const mcs = mcCentres(nodes);
  const positions = new Map<string, Point>();
  for (const n of nodes) {
    const centre = mcs.get(n.mc)!;
    const [inner, outer] = BANDS[n.kind] ?? [0, 1];
    const radius = MC_RADIUS * Math.sqrt(inner * inner + hashUnit(n.id, 'radius') * (outer * outer - inner * inner));
    const angle = 2 * Math.PI * hashUnit(n.id, 'angle');
    positions.set(n.id, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  }
  return positions;
}
