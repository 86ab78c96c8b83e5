// The paired t-test of a comparison: Student's t distribution function and the two-sided p-value of the mean of paired
// differences. Written by hand (the regularized incomplete beta by Lentz's continued fraction, Numerical Recipes 6.4)
// because no dependency has a t distribution function; tests/stats/paired-test.test.ts checks it against closed forms
// and R's qt().

/** ln Gamma(x) for x > 0, Lanczos' approximation (g = 7, 9 terms), accurate to about 1e-15 relative. */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The continued fraction of the incomplete beta function (modified Lentz), for x < (a + 1) / (a + b + 2). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b), for a, b > 0 and x in [0, 1]. */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (!(x >= 0 && x <= 1) || !(a > 0) || !(b > 0)) return NaN;
  if (x === 0 || x === 1) return x;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** P(|T| >= |t|) for Student's t with df degrees of freedom: the two-sided p-value of t. */
export function tTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (!Number.isFinite(t)) return 0;
  return incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

export interface PairedTest {
  /** Finite differences used. */
  n: number;
  mean: number;
  sd: number;
  /** mean / (sd / sqrt(n)); NaN when sd is 0 or n < 2. */
  t: number;
  /** Two-sided p-value of the mean difference being 0: 1 when the differences do not vary, NaN when n < 2. */
  p: number;
}

/**
 * The paired t-test of differences (scenario minus reference, one per run): t = mean / (sd / sqrt n) on n - 1 degrees
 * of freedom. Differences that do not vary (identical runs, or a constant shift) have no standard error to judge them
 * by: p is 1, never significant. Non-finite differences are left out.
 */
export function pairedTTest(differences: readonly number[]): PairedTest {
  const d = differences.filter(Number.isFinite);
  const n = d.length;
  if (n < 2) return { n, mean: n === 1 ? d[0] : NaN, sd: NaN, t: NaN, p: NaN };
  const mean = d.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(d.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  // A spread within rounding of the values (identical runs give exactly 0) is no spread.
  const scale = Math.max(...d.map(Math.abs));
  if (sd === 0 || sd <= 1e-12 * scale) return { n, mean, sd, t: NaN, p: 1 };
  const t = mean / (sd / Math.sqrt(n));
  return { n, mean, sd, t, p: Math.min(1, tTwoSidedP(t, n - 1)) };
}
