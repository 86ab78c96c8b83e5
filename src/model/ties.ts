// The tie store: add, find, drop and walk ties by integer agent ids, with O(1) look-up by pair.
// Hand-written over typed arrays because graphology's per-call API is ~1 M checks/s (shared/STACK.md), too slow for the step loop.
import { createPairIndex, deletePair, getPair, setPair } from './pair-index.js';
import type { Ties } from './types.js';

export function createTies(agentCount: number, capacity = 1024): Ties {
  return {
    size: 0,
    alive: new Uint8Array(capacity),
    a: new Int32Array(capacity),
    b: new Int32Array(capacity),
    trust: new Float64Array(capacity),
    strength: new Float64Array(capacity),
    createdAt: new Int32Array(capacity),
    lastUsed: new Int32Array(capacity),
    origin: new Uint8Array(capacity),
    index: createPairIndex(capacity),
    free: [],
    byAgent: Array.from({ length: agentCount }, () => []),
    degree: new Int32Array(agentCount),
    count: 0,
  };
}

/** The slot of the tie between i and j, or -1. */
export function findTie(ties: Ties, i: number, j: number): number {
  return getPair(ties.index, i, j);
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (n: number) => T)(capacity);
  next.set(array);
  return next;
}

function ensureCapacity(ties: Ties): void {
  if (ties.size < ties.alive.length) return;
  const capacity = ties.alive.length * 2;
  ties.alive = grow(ties.alive, capacity);
  ties.a = grow(ties.a, capacity);
  ties.b = grow(ties.b, capacity);
  ties.trust = grow(ties.trust, capacity);
  ties.strength = grow(ties.strength, capacity);
  ties.createdAt = grow(ties.createdAt, capacity);
  ties.lastUsed = grow(ties.lastUsed, capacity);
  ties.origin = grow(ties.origin, capacity);
}

export interface NewTie {
  trust: number;
  strength: number;
  step: number;
  origin: number;
}

/** Adds the tie i-j and returns its slot; throws on a self-tie or a duplicate (callers check first). */
export function addTie(ties: Ties, i: number, j: number, tie: NewTie): number {
  if (i === j) throw new Error(`clustersim/ties: self-tie on agent ${i}`);
  if (getPair(ties.index, i, j) >= 0) throw new Error(`clustersim/ties: duplicate tie ${i}-${j}`);
  let slot = ties.free.pop();
  if (slot === undefined) {
    ensureCapacity(ties);
    slot = ties.size++;
  }
  ties.alive[slot] = 1;
  ties.a[slot] = Math.min(i, j);
  ties.b[slot] = Math.max(i, j);
  ties.trust[slot] = tie.trust;
  ties.strength[slot] = tie.strength;
  ties.createdAt[slot] = tie.step;
  ties.lastUsed[slot] = tie.step;
  ties.origin[slot] = tie.origin;
  setPair(ties.index, i, j, slot);
  ties.byAgent[i].push(slot);
  ties.byAgent[j].push(slot);
  ties.degree[i]++;
  ties.degree[j]++;
  ties.count++;
  return slot;
}

function removeFrom(list: number[], slot: number): void {
  const at = list.indexOf(slot);
  list[at] = list[list.length - 1];
  list.pop();
}

/** Drops the tie in a slot. */
export function dropTie(ties: Ties, slot: number): void {
  const i = ties.a[slot];
  const j = ties.b[slot];
  ties.alive[slot] = 0;
  deletePair(ties.index, i, j);
  removeFrom(ties.byAgent[i], slot);
  removeFrom(ties.byAgent[j], slot);
  ties.degree[i]--;
  ties.degree[j]--;
  ties.free.push(slot);
  ties.count--;
}

/** The other end of a tie seen from agent i. */
export function otherEnd(ties: Ties, slot: number, i: number): number {
  return ties.a[slot] === i ? ties.b[slot] : ties.a[slot];
}

/** Marks a tie as used at a step and strengthens it: w += rate (1 - w). */
export function useTie(ties: Ties, slot: number, step: number, rate: number): void {
  ties.lastUsed[slot] = step;
  ties.strength[slot] += rate * (1 - ties.strength[slot]);
}

/** The model's reusable weight buffer, grown to hold at least n entries. */
export function weightBuffer(holder: { scratch: Float64Array }, n: number): Float64Array {
  if (holder.scratch.length < n) holder.scratch = new Float64Array(Math.max(n, holder.scratch.length * 2));
  return holder.scratch;
}
