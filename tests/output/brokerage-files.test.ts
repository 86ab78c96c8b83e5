// The files of the network analysis: their names (with the step for a snapshot), the headers of centrality.csv and
// brokerage.csv, one row per member and per group, and brokerage.json saying how they were made.
import { describe, expect, it } from 'vitest';
import {
  BROKERAGE_COLUMNS,
  CENTRALITY_COLUMNS,
  brokerageFileNames,
  brokerageFiles,
} from '../../src/output/brokerage-files.js';
import { pathGraph } from '../helpers/networks.js';
import { parseCsv } from '../helpers/csv.js';
import { streamedText, type TextStream } from '../../src/output/text-chunks.js';

describe('brokerageFiles', () => {
  const files = brokerageFiles(pathGraph(), { seed: '1/betweenness/6' });

  it('names the files, with the step for a snapshot', () => {
    expect(brokerageFileNames()).toEqual({
      centrality: 'centrality.csv',
      brokerage: 'brokerage.csv',
      method: 'brokerage.json',
    });
    expect(Object.keys(brokerageFiles(pathGraph(), { seed: 's' }, 60))).toEqual([
      'centrality-60.csv',
      'brokerage-60.csv',
      'brokerage-60.json',
    ]);
  });

  it('writes centrality.csv: its header, then one row per member in node order', () => {
    const [header, ...rows] = parseCsv(streamedText(files['centrality.csv'] as TextStream));
    expect(header).toEqual([
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
    ]);
    expect(header).toEqual([...CENTRALITY_COLUMNS]);
    expect(rows.map((r) => r.slice(0, 12))).toEqual([
      ['a', 'firm', 'A', 'r1', 'false', '0', '1', '0', '0', '0', '0', '0'],
      ['b', 'agency', 'A', 'r1', 'true', '1', '2', '1', '1', '1', '1', '1'],
      ['c', 'firm', 'B', 'r2', 'false', '', '1', '1', '1', '0', '0', '0'],
    ]);
    expect(rows[1].slice(13)).toEqual(['0', '0', '1', '0']);
  });

  it('writes brokerage.csv: its header, then all members, each kind and each MC', () => {
    const [header, ...rows] = parseCsv(files['brokerage.csv'] as string);
    expect(header).toEqual([...BROKERAGE_COLUMNS]);
    expect(header.slice(0, 3)).toEqual(['group', 'value', 'members']);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['all', 'all', '3'],
      ['kind', 'firm', '2'],
      ['kind', 'professor', '0'],
      ['kind', 'institute', '0'],
      ['kind', 'agency', '1'],
      ['kind', 'coordinator', '1'],
      ['mc', 'A', '2'],
      ['mc', 'B', '1'],
    ]);
    expect(rows[2][header.indexOf('meanDegree')]).toBe('');
    expect(rows[4][header.indexOf('topBroker')]).toBe('b');
  });

  it('writes brokerage.json: what was analysed and how', () => {
    expect(JSON.parse(files['brokerage.json'] as string)).toEqual({
      members: 3,
      ties: 2,
      input: {
        nonMembers: 1,
        selfLoops: 1,
        parallelTies: 1,
        directedEdges: 1,
        withoutKind: 0,
        withoutMc: 0,
        withoutRegion: 0,
      },
      betweenness: { exact: true, sources: 3, seed: null },
      pagerank: { alpha: 0.85, tolerance: 1e-12, weighted: false },
    });
    const sampled = brokerageFiles(pathGraph(), { sources: 2, seed: '1/betweenness/6' });
    expect(JSON.parse(sampled['brokerage.json'] as string).betweenness).toEqual({
      exact: false,
      sources: 2,
      seed: '1/betweenness/6',
    });
  });
});
