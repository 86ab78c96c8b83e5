// Louvain communities of the member network (the paper's informal sub-groups) and their modularity, from graphology's library.
import * as louvainModule from 'graphology-communities-louvain';
import type { DetailedLouvainOutput, LouvainOptions } from 'graphology-communities-louvain';
import type { AbstractGraph } from 'graphology-types';
import { createRng, deriveSeed } from '../random/rng.js';
import { toGraph } from '../model/to-graph.js';
import type { Model } from '../model/types.js';

interface Louvain {
  detailed(graph: AbstractGraph, options?: LouvainOptions): DetailedLouvainOutput;
}
// Under NodeNext the CommonJS default export arrives as .default.
const louvain = ((louvainModule as unknown as { default?: Louvain }).default ?? louvainModule) as Louvain;

export interface Communities {
  count: number;
  modularity: number;
}

/** Louvain on the member network, with a generator derived from the run's seed and the step so that it never disturbs the model's draws. */
export function communities(model: Model): Communities {
  const graph = toGraph(model);
  if (graph.size === 0) return { count: graph.order, modularity: 0 };
  const result = louvain.detailed(graph, { rng: createRng(deriveSeed(model.seed, 'louvain', model.step)), getEdgeWeight: null });
  return { count: result.count, modularity: result.modularity };
}
