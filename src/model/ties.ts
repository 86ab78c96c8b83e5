// The tie store: add, find, drop and walk ties by integer agent ids.
// Hand-written over typed arrays because graphology's per-call API is ~1 M checks/s (measured on the development
// machine), too slow for the step loop. Each agent's partners sit in one block of a shared pool, blocks in agent-id
// order: the members of an MC have neighbouring ids, so the look-ups of one event's meetings stay in a few cache lines
// (a hash of all pairs spread them over megabytes).
import type { Ties } from './types.js';

/** Smallest block an agent's partners get when its block must grow. */
const MIN_ROOM = 4;

/**
 * Headroom given when the slot columns or the pool are (re)allocated: a quarter more than what is in use. Growth copies
 * everything, so it must stay rare (at scale 5, 4 slot growths and 11 repacks of the pool in 120 months); doubling
 * would leave up to half the store unused.
 */
const withHeadroom = (used: number) => used + (used >> 2);

/** The room of a block holding `degree` partners when the pool is packed: a quarter more, and at least MIN_ROOM. */
const roomFor = (degree: number) => Math.max(MIN_ROOM, degree + (degree >> 2) + 1);

/**
 * An empty store for agentCount agents with room for `capacity` ties; `room` is the number of partners each agent's
 * block holds before it must move (a number for all, or one per agent; blocks grow by doubling).
 */
export function createTies(agentCount: number, capacity = 1024, room: number | ArrayLike<number> = 8): Ties {
  checkCount('agent count', agentCount);
  checkCount('capacity', capacity);
  const rooms = new Int32Array(agentCount);
  const first = new Int32Array(agentCount);
  let used = 0;
  for (let i = 0; i < agentCount; i++) {
    rooms[i] = Math.max(MIN_ROOM, typeof room === 'number' ? room : room[i]);
    first[i] = used;
    used += rooms[i];
  }
  const pool = Math.max(64, withHeadroom(used));
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
    free: [],
    degree: new Int32Array(agentCount),
    first,
    room: rooms,
    partner: new Int32Array(pool),
    tieAt: new Int32Array(pool),
    poolUsed: used,
    count: 0,
  };
}

function checkCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`clustersim/ties: ${name}: expected an integer >= 0, got ${value}`);
}

/** The slot of the tie between i and j, or -1 (a scan of the smaller of the two blocks). */
export function findTie(ties: Ties, i: number, j: number): number {
  const { degree, partner } = ties;
  let from = i;
  let to = j;
  if (degree[j] < degree[i]) {
    from = j;
    to = i;
  }
  const start = ties.first[from];
  const end = start + degree[from];
  for (let k = start; k < end; k++) if (partner[k] === to) return ties.tieAt[k];
  return -1;
}

/** The slots of agent i's ties, in block order (the order the hot loops walk them). */
export function tiesOf(ties: Ties, i: number): number[] {
  return Array.from(ties.tieAt.subarray(ties.first[i], ties.first[i] + ties.degree[i]));
}

/** A copy of `array` in a new array of `capacity` entries (cut or padded with zeros). */
function grow<T extends Int32Array | Float64Array | Uint8Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (n: number) => T)(capacity);
  next.set(array.length > capacity ? array.subarray(0, capacity) : array);
  return next;
}

function ensureCapacity(ties: Ties): void {
  if (ties.size < ties.alive.length) return;
  resizeSlots(ties, Math.max(4, withHeadroom(ties.alive.length)));
}

/** Reallocates the slot columns with room for `capacity` slots (at least ties.size), keeping slots 0..size-1. */
function resizeSlots(ties: Ties, capacity: number): void {
  ties.alive = grow(ties.alive, capacity);
  ties.a = grow(ties.a, capacity);
  ties.b = grow(ties.b, capacity);
  ties.trust = grow(ties.trust, capacity);
  ties.strength = grow(ties.strength, capacity);
  ties.createdAt = grow(ties.createdAt, capacity);
  ties.lastUsed = grow(ties.lastUsed, capacity);
  ties.origin = grow(ties.origin, capacity);
}

/**
 * Gives agent i a block of `room` entries: at the pool's end, or, when the pool is full, in a new pool packed in id
 * order where every other block is fitted to its degree again (roomFor).
 */
function moveBlock(ties: Ties, i: number, room: number): void {
  if (ties.poolUsed + room <= ties.partner.length) {
    const from = ties.first[i];
    ties.partner.copyWithin(ties.poolUsed, from, from + ties.degree[i]);
    ties.tieAt.copyWithin(ties.poolUsed, from, from + ties.degree[i]);
    ties.first[i] = ties.poolUsed;
    ties.room[i] = room;
    ties.poolUsed += room;
    return;
  }
  for (let x = 0; x < ties.room.length; x++) ties.room[x] = roomFor(ties.degree[x]);
  ties.room[i] = Math.max(room, ties.room[i]);
  repack(ties);
}

/**
 * Copies every block, in agent-id order and with its order of partners, into a new pool with the blocks' rooms and
 * headroom for later moves; the blocks abandoned at the old pool's end are left behind.
 */
function repack(ties: Ties): void {
  let total = 0;
  for (let x = 0; x < ties.room.length; x++) total += ties.room[x];
  const size = Math.max(64, withHeadroom(total));
  const partner = new Int32Array(size);
  const tieAt = new Int32Array(size);
  let at = 0;
  for (let x = 0; x < ties.room.length; x++) {
    const from = ties.first[x];
    partner.set(ties.partner.subarray(from, from + ties.degree[x]), at);
    tieAt.set(ties.tieAt.subarray(from, from + ties.degree[x]), at);
    ties.first[x] = at;
    at += ties.room[x];
  }
  ties.partner = partner;
  ties.tieAt = tieAt;
  ties.poolUsed = at;
}

/**
 * Fits the store to the ties it holds: slot columns of the slots in use and a quarter more, and each agent's block a
 * quarter more than its degree (roomFor), packed in agent-id order. Slots, blocks' orders and every look-up are
 * unchanged; only memory moves. createModel calls it once the network of step 0 is seeded, so that the store is sized
 * from the degrees that occur rather than from the tie capacities.
 */
export function fitTies(ties: Ties): void {
  resizeSlots(ties, Math.max(4, withHeadroom(ties.size)));
  for (let x = 0; x < ties.room.length; x++) ties.room[x] = roomFor(ties.degree[x]);
  repack(ties);
}

function link(ties: Ties, i: number, j: number, slot: number): void {
  if (ties.degree[i] === ties.room[i]) moveBlock(ties, i, Math.max(MIN_ROOM, 2 * ties.room[i]));
  const k = ties.first[i] + ties.degree[i];
  ties.partner[k] = j;
  ties.tieAt[k] = slot;
  ties.degree[i]++;
}

/** Removes j from i's block; the block's last entry takes its place. */
function unlink(ties: Ties, i: number, j: number): void {
  const start = ties.first[i];
  const last = start + ties.degree[i] - 1;
  let k = start;
  while (ties.partner[k] !== j) k++;
  ties.partner[k] = ties.partner[last];
  ties.tieAt[k] = ties.tieAt[last];
  ties.degree[i]--;
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
  if (findTie(ties, i, j) >= 0) throw new Error(`clustersim/ties: duplicate tie ${i}-${j}`);
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
  link(ties, i, j, slot);
  link(ties, j, i, slot);
  ties.count++;
  return slot;
}

/** Drops the tie in a slot. */
export function dropTie(ties: Ties, slot: number): void {
  const i = ties.a[slot];
  const j = ties.b[slot];
  ties.alive[slot] = 0;
  unlink(ties, i, j);
  unlink(ties, j, i);
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
