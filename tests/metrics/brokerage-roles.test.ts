// Gould & Fernandez's brokerage roles without directions, worked out by hand on a star whose leaves lie in three groups:
// every pair of leaves counted once by the groups of its ends, and a pair that is tied not counted at all.
import { describe, expect, it } from 'vitest';
import { brokerageRoles } from '../../src/metrics/brokerage-roles.js';
import { csrOf } from '../helpers/networks.js';

// Node 0 (group 0) is tied to 1, 2 (group 0), 3, 4 (group 1) and 5 (group 2).
const star: [number, number][] = [
  [0, 1],
  [0, 2],
  [0, 3],
  [0, 4],
  [0, 5],
];
const group = Int32Array.from([0, 0, 0, 1, 1, 2]);
const rolesOf = (roles: ReturnType<typeof brokerageRoles>, v: number) => [
  roles.coordinator[v],
  roles.itinerant[v],
  roles.representative[v],
  roles.liaison[v],
];

describe('brokerageRoles', () => {
  it('gives nothing to a node with fewer than two ties', () => {
    const roles = brokerageRoles(csrOf(3, [[0, 1]]), Int32Array.from([0, 1, 2]));
    for (const v of [0, 1, 2]) expect(rolesOf(roles, v)).toEqual([0, 0, 0, 0]);
  });

  it('counts the open pairs of neighbours by the groups of the three', () => {
    // The 10 pairs of leaves: {1,2} coordinator; {3,4} itinerant; {1,2} x {3,4,5} representative (6); {3,5}, {4,5}
    // liaison.
    const roles = brokerageRoles(csrOf(6, star), group);
    expect(rolesOf(roles, 0)).toEqual([1, 1, 6, 2]);
    for (const v of [1, 2, 3, 4, 5]) expect(rolesOf(roles, v)).toEqual([0, 0, 0, 0]);
  });

  it('leaves out the pairs that are tied to each other, and counts the brokers those ties make', () => {
    // Ties 1-3 (a representative pair) and 3-4 (an itinerant pair) close two of node 0's pairs. Node 3 (group 1) is now
    // tied to 0, 1 (group 0) and 4 (group 1): of its pairs only 1-4 is open, one end in its group: a representative.
    const roles = brokerageRoles(csrOf(6, [...star, [1, 3], [3, 4]]), group);
    expect(rolesOf(roles, 0)).toEqual([1, 0, 5, 2]);
    expect(rolesOf(roles, 3)).toEqual([0, 0, 1, 0]);
    expect(rolesOf(roles, 1)).toEqual([0, 0, 0, 0]);
  });
});
