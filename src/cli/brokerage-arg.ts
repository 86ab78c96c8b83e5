// The network analysis's options, shared by run and network: --betweenness-sources (the sample of the betweenness) and
// the one-line account of how the analysis was made.
import type { Options } from 'yargs';
import type { CentralityMethod } from '../metrics/centrality.js';
import { checkCount } from './limits.js';

/** The most sources a sample may have: exact betweenness on a network of this many members takes hours. */
export const MAX_BETWEENNESS_SOURCES = 1_000_000;

export const betweennessSourcesOption: Options = {
  type: 'number',
  describe:
    'sources of the betweenness: exact when at least the members (default: exact when that takes a second or so, else as many sampled sources as fit, at least 100)',
};

/** Checks --betweenness-sources; a UserError naming the option otherwise. */
export function checkBetweennessSources(value: number | undefined): void {
  checkCount('betweenness-sources', value, 1, MAX_BETWEENNESS_SOURCES);
}

/** "betweenness exact" or "betweenness from 500 of 6,404 members as sources (seed 1/betweenness/120)". */
export function describeMethod(method: CentralityMethod): string {
  const { betweenness, members } = method;
  return betweenness.exact
    ? 'betweenness exact (every member a source)'
    : `betweenness from ${betweenness.sources.toLocaleString('en')} of ${members.toLocaleString('en')} members as sources (seed ${betweenness.seed})`;
}
