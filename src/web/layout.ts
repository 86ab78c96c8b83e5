// Stable positions of the agents for the page's network view: the charts' layout (src/charts/layout.ts), so that the
// page and the network drawings of a run show one picture: regions on a ring, MCs on a sunflower spiral around their
// region, agents in a disc around their MC (agencies at the centre, firms outside) at hash-chosen places.
// The page lays out every agent of the population, members or not, so that nobody moves as members join and leave; a
// drawing of a step lays out that step's members, which gives the same places as long as every MC has a member then
// (an MC without members is left out of the drawing's spiral, and the later MCs of its region move up).
// Canvas y runs down where the charts' y runs up: y is mirrored here, so that the picture is the same way up.
import { layoutNodes, mcCentres, regionCentres, MC_RADIUS } from '../charts/layout.js';
import type { SnapshotNode } from '../charts/types.js';
import { REGIONS } from '../model/geography.js';
import type { Model } from '../model/types.js';
import { KIND_NAMES } from '../scenario/schema.js';
import type { NetworkLayout } from './protocol.js';

/** Agents of a typical MC (the default population has about 105 per MC, at any scale and choice of regions). */
const TYPICAL_MC_AGENTS = 105;
/** Typical distance between neighbouring agents of an MC's disc, in layout units (for the size of their dots). */
export const AGENT_SPACING = MC_RADIUS * Math.sqrt(Math.PI / TYPICAL_MC_AGENTS);
/** How far above its highest MC a region's name sits, in layout units (as in the network drawings). */
const LABEL_GAP = 9;

/** Every agent of the model as the charts see a member: id (its index), kind, MC and region. */
function agentNodes(model: Model): SnapshotNode[] {
  const { agents, mcs } = model;
  return Array.from({ length: agents.count }, (_, i) => ({
    id: String(i),
    kind: KIND_NAMES[agents.kind[i]],
    mc: mcs.names[agents.mc[i]],
    region: REGIONS[agents.region[i]].id,
  }));
}

/** Positions of every agent of the model; they depend only on the population, never on the run. */
export function layoutNetwork(model: Model): NetworkLayout {
  const { agents, mcs } = model;
  const nodes = agentNodes(model);
  const positions = layoutNodes(nodes);
  const x = new Float32Array(agents.count);
  const y = new Float32Array(agents.count);
  nodes.forEach((node, i) => {
    const p = positions.get(node.id)!;
    x[i] = p.x;
    y[i] = -p.y;
  });
  const mcPlaces = mcCentres(nodes);
  const tops = new Map<string, number>();
  for (const n of nodes) tops.set(n.region, Math.max(tops.get(n.region) ?? -Infinity, mcPlaces.get(n.mc)!.y));
  const centres = regionCentres(tops.keys());
  const labels = REGIONS.flatMap((region) => {
    const centre = centres.get(region.id);
    return centre
      ? [{ region: region.id, text: region.name, x: centre.x, y: -(tops.get(region.id)! + LABEL_GAP) }]
      : [];
  });
  return {
    x,
    y,
    kind: agents.kind.slice(),
    mc: agents.mc.slice(),
    mcCount: mcs.count,
    mcNames: [...mcs.names],
    labels,
  };
}
