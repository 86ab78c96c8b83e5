// The files of a network analysis (who brokers): centrality.csv, one row per member (streamed); brokerage.csv, one row
// per kind and per MC; brokerage.json, how they were computed (members, ties, what of the input was set aside, exact or
// sampled betweenness with its sources and seed, PageRank's settings). Snapshots get the step in their names.
import { brokerageSummary } from '../metrics/brokerage-summary.js';
import { networkCentrality, type CentralityOptions, type NetworkCentrality } from '../metrics/centrality.js';
import type { AbstractGraph } from 'graphology-types';
import type { FileContents } from './atomic.js';
import { csvStream, toCsv } from './csv.js';

export const CENTRALITY_COLUMNS = [
  'node',
  'kind',
  'mc',
  'region',
  'coordinator',
  'community',
  'degree',
  'crossMcTies',
  'crossRegionTies',
  'betweenness',
  'betweennessAcrossMcs',
  'betweennessAcrossRegions',
  'pagerank',
  'gfCoordinator',
  'gfItinerant',
  'gfRepresentative',
  'gfLiaison',
] as const;

export const BROKERAGE_COLUMNS = [
  'group',
  'value',
  'members',
  'meanDegree',
  'crossMcTieShare',
  'crossRegionTieShare',
  'betweennessShare',
  'betweennessAcrossMcsShare',
  'betweennessAcrossRegionsShare',
  'meanBetweenness',
  'maxBetweenness',
  'topBroker',
  'pagerankShare',
  'meanPagerank',
  'gfCoordinator',
  'gfItinerant',
  'gfRepresentative',
  'gfLiaison',
] as const;

/** The names of the analysis files, e.g. centrality.csv, or centrality-60.csv for the network at step 60. */
export function brokerageFileNames(step?: number): { centrality: string; brokerage: string; method: string } {
  const suffix = step === undefined ? '' : `-${step}`;
  return {
    centrality: `centrality${suffix}.csv`,
    brokerage: `brokerage${suffix}.csv`,
    method: `brokerage${suffix}.json`,
  };
}

/** The three files of an analysis already made. */
export function analysisFiles(analysis: NetworkCentrality, step?: number): FileContents {
  const names = brokerageFileNames(step);
  return {
    [names.centrality]: csvStream(analysis.members as unknown as Record<string, unknown>[], CENTRALITY_COLUMNS),
    [names.brokerage]: toCsv(
      brokerageSummary(analysis.members) as unknown as Record<string, unknown>[],
      BROKERAGE_COLUMNS,
    ),
    [names.method]: JSON.stringify(analysis.method, null, 2) + '\n',
  };
}

/** Analyses the members of `graph` and gives the files of the analysis. */
export function brokerageFiles(graph: AbstractGraph, options: CentralityOptions, step?: number): FileContents {
  return analysisFiles(networkCentrality(graph, options), step);
}
