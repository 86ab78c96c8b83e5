// Connected components of the member network by union-find on a typed array (the tally's tie pass unites the ends of
// each member tie). Hand-written: it runs every step, and union-find on typed arrays needs no graph to be built.

/** Each node its own component. */
export function createComponents(n: number): Int32Array {
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  return parent;
}

/** The root of x's component, halving the path on the way. */
export function findRoot(parent: Int32Array, x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

/** Joins the components of a and b (the smaller root id becomes the root). */
export function unite(parent: Int32Array, a: number, b: number): void {
  const ra = findRoot(parent, a);
  const rb = findRoot(parent, b);
  if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
}

/** Members in the largest component, counting only nodes with include[i] === 1. */
export function largestComponent(parent: Int32Array, include: Uint8Array): number {
  const size = new Int32Array(parent.length);
  let largest = 0;
  for (let i = 0; i < parent.length; i++) {
    if (include[i] !== 1) continue;
    largest = Math.max(largest, ++size[findRoot(parent, i)]);
  }
  return largest;
}
