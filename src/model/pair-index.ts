// An open-addressing hash table from an unordered pair of agent ids to a tie slot, on typed arrays.
// Hand-written: a JS Map keyed by a * n + b cost ~4x more per look-up in the meeting loop (about a million look-ups a run).

export interface PairIndex {
  /** Power-of-two table: keysA[h] < keysB[h] is the pair, slots[h] its tie slot; EMPTY or DELETED otherwise. */
  keysA: Int32Array;
  keysB: Int32Array;
  slots: Int32Array;
  /** Live entries. */
  size: number;
  /** Live entries plus tombstones (what the load factor counts). */
  used: number;
}

const EMPTY = -1;
const DELETED = -2;

export function createPairIndex(capacity = 1024): PairIndex {
  let n = 16;
  while (n < capacity * 2) n *= 2;
  return { keysA: new Int32Array(n), keysB: new Int32Array(n), slots: new Int32Array(n).fill(EMPTY), size: 0, used: 0 };
}

function hash(a: number, b: number, mask: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) & mask;
}

/** The position of the pair in the table, or -1. */
function locate(index: PairIndex, a: number, b: number): number {
  const mask = index.slots.length - 1;
  for (let h = hash(a, b, mask); ; h = (h + 1) & mask) {
    const slot = index.slots[h];
    if (slot === EMPTY) return -1;
    if (slot !== DELETED && index.keysA[h] === a && index.keysB[h] === b) return h;
  }
}

/** The tie slot of pair i-j, or -1. */
export function getPair(index: PairIndex, i: number, j: number): number {
  const h = i < j ? locate(index, i, j) : locate(index, j, i);
  return h < 0 ? -1 : index.slots[h];
}

function rehash(index: PairIndex, capacity: number): void {
  const old = { keysA: index.keysA, keysB: index.keysB, slots: index.slots };
  Object.assign(index, createPairIndex(capacity));
  for (let h = 0; h < old.slots.length; h++) {
    if (old.slots[h] >= 0) setPair(index, old.keysA[h], old.keysB[h], old.slots[h]);
  }
}

/** Records the tie slot of pair i-j (which must not be present). */
export function setPair(index: PairIndex, i: number, j: number, slot: number): void {
  if ((index.used + 1) * 2 > index.slots.length) rehash(index, Math.max(index.size + 1, 512) * 2);
  const a = Math.min(i, j);
  const b = Math.max(i, j);
  const mask = index.slots.length - 1;
  let h = hash(a, b, mask);
  while (index.slots[h] >= 0) h = (h + 1) & mask;
  if (index.slots[h] === EMPTY) index.used++;
  index.keysA[h] = a;
  index.keysB[h] = b;
  index.slots[h] = slot;
  index.size++;
}

/** Forgets pair i-j; returns whether it was present. */
export function deletePair(index: PairIndex, i: number, j: number): boolean {
  const h = i < j ? locate(index, i, j) : locate(index, j, i);
  if (h < 0) return false;
  index.slots[h] = DELETED;
  index.size--;
  return true;
}
