// Stable positions of the agents for the network view: regions where they lie on a map of Korea, MCs on a sunflower
// spiral around their region, agents on a sunflower disk around their MC (agencies at the centre, firms outside).
import { REGIONS } from '../model/geography.js';
import type { Model } from '../model/types.js';
import type { NetworkLayout } from './protocol.js';

/** Rough map positions of the six regions, in units where the peninsula spans about 1 x 1.3 (x east, y south), far
 * enough apart that the largest regions (18 MCs) do not overlap. */
const REGION_ANCHORS: Record<string, [number, number]> = {
  capital: [0.34, 0.22],
  gangwon: [0.96, 0.12],
  chungcheong: [0.48, 0.72],
  daegyeong: [0.98, 0.62],
  honam: [0.29, 1.26],
  dongnam: [1.01, 1.27],
};

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Distance between neighbouring MCs of a region, in map units. */
const MC_SPACING = 0.06;
/** Radius of an MC's disk of agents per square root of its agent count, in map units. */
const AGENT_SPREAD = 0.0042;
/** Typical distance between neighbouring agents of an MC's disk, in map units (for the size of their dots). */
export const AGENT_SPACING = Math.sqrt(Math.PI) * AGENT_SPREAD;

/** Point k of n on a sunflower (Vogel) spiral of the given radius: evenly spread, the same for the same k. */
export function sunflower(k: number, n: number, radius: number): [number, number] {
  const r = radius * Math.sqrt((k + 0.5) / Math.max(1, n));
  const angle = k * GOLDEN_ANGLE;
  return [r * Math.cos(angle), r * Math.sin(angle)];
}

/** MC centres: each region's MCs on a spiral around the region's anchor, in MC order. */
function mcCentres(model: Model): { cx: Float64Array; cy: Float64Array } {
  const { mcs } = model;
  const cx = new Float64Array(mcs.count);
  const cy = new Float64Array(mcs.count);
  const seen = new Array<number>(REGIONS.length).fill(0);
  const total = new Array<number>(REGIONS.length).fill(0);
  for (let c = 0; c < mcs.count; c++) total[mcs.region[c]]++;
  for (let c = 0; c < mcs.count; c++) {
    const r = mcs.region[c];
    const [ax, ay] = REGION_ANCHORS[REGIONS[r].id];
    const n = total[r];
    const [dx, dy] = sunflower(seen[r]++, n, MC_SPACING * Math.sqrt(n));
    cx[c] = ax + dx;
    cy[c] = ay + dy;
  }
  return { cx, cy };
}

/** Positions of every agent of the model; they depend only on the population, never on the run. */
export function layoutNetwork(model: Model): NetworkLayout {
  const { agents, mcs } = model;
  const x = new Float32Array(agents.count);
  const y = new Float32Array(agents.count);
  const { cx, cy } = mcCentres(model);
  for (let c = 0; c < mcs.count; c++) {
    const start = mcs.start[c];
    const n = mcs.end[c] - start;
    const radius = AGENT_SPREAD * Math.sqrt(n);
    for (let i = start; i < mcs.end[c]; i++) {
      // Ids run firms, professors, institutes, agencies: counting from the end puts agencies at the centre.
      const [dx, dy] = sunflower(mcs.end[c] - 1 - i, n, radius);
      x[i] = cx[c] + dx;
      y[i] = cy[c] + dy;
    }
  }
  const labels = REGIONS.flatMap((region, r) => {
    if (model.ranges.regionEnd[r] <= model.ranges.regionStart[r]) return [];
    const mcsOfRegion = [...mcs.region].filter((v) => v === r).length;
    const [ax, ay] = REGION_ANCHORS[region.id];
    return [{ text: region.name, x: ax, y: ay - MC_SPACING * Math.sqrt(mcsOfRegion) - 0.03 }];
  });
  return { x, y, kind: agents.kind.slice(), mc: agents.mc.slice(), mcCount: mcs.count, labels };
}
