// An open-addressing hash table from an unordered pair of agent ids to a tie slot, on one typed array.
// Hand-written: a JS Map keyed by a * n + b cost ~4x more per look-up in the meeting loop (about a million look-ups a run);
// each entry's three numbers sit side by side, so a probe touches one cache line.

export interface PairIndex {
  /** Entry h is table[3h] = a, table[3h + 1] = b (a < b), table[3h + 2] = its tie slot, EMPTY or DELETED. */
  table: Int32Array;
  /** Entries the table holds (a power of two). */
  capacity: number;
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
  const table = new Int32Array(n * 3);
  for (let h = 0; h < n; h++) table[3 * h + 2] = EMPTY;
  return { table, capacity: n, size: 0, used: 0 };
}

function hash(a: number, b: number, mask: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) & mask;
}

/** The entry of the pair a < b, or -1. */
function locate(index: PairIndex, a: number, b: number): number {
  const { table } = index;
  const mask = index.capacity - 1;
  for (let h = hash(a, b, mask); ; h = (h + 1) & mask) {
    const slot = table[3 * h + 2];
    if (slot === EMPTY) return -1;
    if (slot !== DELETED && table[3 * h] === a && table[3 * h + 1] === b) return h;
  }
}

/** The tie slot of pair i-j, or -1. */
export function getPair(index: PairIndex, i: number, j: number): number {
  const h = i < j ? locate(index, i, j) : locate(index, j, i);
  return h < 0 ? -1 : index.table[3 * h + 2];
}

function rehash(index: PairIndex, capacity: number): void {
  const old = index.table;
  Object.assign(index, createPairIndex(capacity));
  for (let e = 0; e < old.length; e += 3) if (old[e + 2] >= 0) setPair(index, old[e], old[e + 1], old[e + 2]);
}

/** Records the tie slot of pair i-j (which must not be present). */
export function setPair(index: PairIndex, i: number, j: number, slot: number): void {
  if ((index.used + 1) * 2 > index.capacity) rehash(index, Math.max(index.size + 1, 512) * 2);
  const a = Math.min(i, j);
  const b = Math.max(i, j);
  const { table } = index;
  const mask = index.capacity - 1;
  let h = hash(a, b, mask);
  while (table[3 * h + 2] >= 0) h = (h + 1) & mask;
  if (table[3 * h + 2] === EMPTY) index.used++;
  table[3 * h] = a;
  table[3 * h + 1] = b;
  table[3 * h + 2] = slot;
  index.size++;
}

/** Forgets pair i-j; returns whether it was present. */
export function deletePair(index: PairIndex, i: number, j: number): boolean {
  const h = i < j ? locate(index, i, j) : locate(index, j, i);
  if (h < 0) return false;
  index.table[3 * h + 2] = DELETED;
  index.size--;
  return true;
}
