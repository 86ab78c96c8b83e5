// The member network as CSR: empty model first, then renumbering, sorted neighbours and exclusion of outsiders.
import { describe, expect, it } from 'vitest';
import { memberCsr } from '../../src/metrics/member-network.js';
import { eightAgents, firmNetwork } from '../helpers/networks.js';

describe('memberCsr', () => {
  it('is empty without members', () => {
    const csr = memberCsr(firmNetwork(2, [[0, 1]], [0, 1]));
    expect(csr.n).toBe(0);
    expect(Array.from(csr.offsets)).toEqual([0]);
    expect(Array.from(csr.adj)).toEqual([]);
  });

  it("renumbers members in id order and lists each one's member neighbours, sorted", () => {
    // Members 0, 1, 3, 4, 5, 6, 7 become 0..6; the ties to outsider 2 are left out.
    const csr = memberCsr(eightAgents());
    expect(csr.n).toBe(7);
    expect(Array.from(csr.agentOf)).toEqual([0, 1, 3, 4, 5, 6, 7]);
    expect(Array.from(csr.offsets)).toEqual([0, 3, 6, 8, 9, 11, 12, 12]);
    expect(Array.from(csr.adj)).toEqual([1, 2, 5, 0, 3, 4, 0, 4, 1, 1, 2, 0]);
  });

  it('lists each tie from both ends: adj holds twice the member ties', () => {
    const csr = memberCsr(
      firmNetwork(4, [
        [3, 0],
        [2, 0],
        [1, 0],
      ]),
    );
    expect(Array.from(csr.adj.subarray(csr.offsets[0], csr.offsets[1]))).toEqual([1, 2, 3]);
    expect(csr.adj.length).toBe(6);
  });
});
