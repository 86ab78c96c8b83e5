// The network files of a run, at its end and at its snapshots: GEXF 1.2 (Gephi, networkx) and GraphML, each unless
// left out, streamed to disk; every member carries its Louvain community (the partition whose count and modularity the
// time series reports at that step); with the network analysis, centrality and brokerage per member, kind and MC.
import { memberCommunities } from '../metrics/communities.js';
import { toGraph, type NetworkSource } from '../model/to-graph.js';
import { deriveSeed } from '../random/rng.js';
import type { FileContents } from './atomic.js';
import { brokerageFiles } from './brokerage-files.js';
import { memberGexfStream, memberGraphmlStream } from './model-network.js';

export interface NetworkOutputs {
  /** Write network.gexf (default true). */
  gexf?: boolean;
  /** Write network.graphml beside network.gexf (default true). */
  graphml?: boolean;
  /** Analyse who brokers (centrality.csv, brokerage.csv, brokerage.json; default false). */
  brokerage?: boolean;
  /** Sources of the betweenness (default: exact when cheap, else sampled; metrics/centrality.ts). */
  betweennessSources?: number;
}

/**
 * The files of the member network of `source` (a model at its end, or a snapshot): network.gexf, network.graphml and
 * the analysis files, named with `-<step>` for a snapshot.
 */
export function networkFiles(
  source: NetworkSource,
  seed: string,
  outputs: NetworkOutputs = {},
  snapshot = false,
): FileContents {
  const files: FileContents = {};
  const gexf = outputs.gexf ?? true;
  const graphml = outputs.graphml ?? true;
  if (!gexf && !graphml && !outputs.brokerage) return files;
  const community = memberCommunities(source, seed);
  const base = snapshot ? `network-${source.step}` : 'network';
  if (gexf) files[`${base}.gexf`] = memberGexfStream(source, community);
  if (graphml) files[`${base}.graphml`] = memberGraphmlStream(source, community);
  if (outputs.brokerage) {
    const graph = toGraph(source, { community });
    const options = {
      sources: outputs.betweennessSources,
      seed: deriveSeed(seed, 'betweenness', source.step),
    };
    Object.assign(files, brokerageFiles(graph, options, snapshot ? source.step : undefined));
  }
  return files;
}
