// Statistics of repeated wall-time samples: the median, a distribution-free confidence interval for it,
// and the Mann-Whitney U rank test between two sample sets (as airspeed velocity, asv, gates timings).
// Pure functions; no distribution is assumed, since host timings are skewed by other load.

/** The p-value under which two sample sets count as different: asv's default (`is_different`). */
export const P_THRESHOLD = 0.002;
/** The confidence asked of a median's interval. */
const CI_LEVEL = 0.95;

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);

export function median(xs: readonly number[]): number {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** log of n choose k, exact enough for the sample counts here. */
function logChoose(n: number, k: number): number {
  let r = 0;
  for (let i = 1; i <= k; i++) r += Math.log(n - k + i) - Math.log(i);
  return r;
}

/**
 * The interval [x(k), x(n+1-k)] between order statistics that holds the true median with at least
 * `level` probability whatever the distribution (the binomial sign-test interval); with too few samples
 * for that level, the whole range and the level it does have.
 */
export function medianInterval(xs: readonly number[], level = CI_LEVEL): { lo: number; hi: number; level: number } {
  const s = sorted(xs);
  const n = s.length;
  // P(B < k) for B ~ Binomial(n, 1/2): the probability the median lies below x(k).
  const below = (k: number) => {
    let p = 0;
    for (let i = 0; i < k; i++) p += Math.exp(logChoose(n, i) - n * Math.LN2);
    return p;
  };
  let k = 1;
  while (k + 1 <= n + 1 - (k + 1) && 1 - 2 * below(k + 1) >= level) k++;
  return { lo: s[k - 1]!, hi: s[n - k]!, level: 1 - 2 * below(k) };
}

/** Two intervals that share any value: the two medians cannot be told apart. */
export const overlap = (a: { lo: number; hi: number }, b: { lo: number; hi: number }) => a.lo <= b.hi && b.lo <= a.hi;

/**
 * Two-sided Mann-Whitney U test. U counts the pairs where a's sample is the larger (ties count half).
 * Exact distribution of U (no ties assumed) up to 20 samples a side, the normal approximation with a
 * tie correction above.
 */
export function mannWhitneyU(a: readonly number[], b: readonly number[]): { u: number; p: number } {
  const m = a.length;
  const n = b.length;
  if (!m || !n) throw new Error('Mann-Whitney U needs samples on both sides');
  let u = 0;
  for (const x of a) for (const y of b) u += x > y ? 1 : x === y ? 0.5 : 0;
  const mean = (m * n) / 2;
  if (Math.max(m, n) <= 20) {
    // counts[k] = number of orderings of m a's and n b's with U = k, built one sample at a time.
    const dist = exactU(m, n);
    const total = dist.reduce((s, c) => s + c, 0);
    const lo = Math.floor(Math.min(u, m * n - u));
    let tail = 0;
    for (let k = 0; k <= lo; k++) tail += dist[k]!;
    return { u, p: Math.min(1, (2 * tail) / total) };
  }
  const all = sorted([...a, ...b]);
  let tieTerm = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j] === all[i]) j++;
    const t = j - i;
    tieTerm += t ** 3 - t;
    i = j;
  }
  const N = m + n;
  const variance = ((m * n) / 12) * (N + 1 - tieTerm / (N * (N - 1)));
  if (variance <= 0) return { u, p: 1 };
  const z = (Math.abs(u - mean) - 0.5) / Math.sqrt(variance);
  return { u, p: normalP(Math.max(0, z)) };
}

/** Frequencies of U for sample sizes m and n: r(m, n, u) = r(m, n-1, u) + r(m-1, n, u-n). */
function exactU(m: number, n: number): number[] {
  // table[i][j] is the distribution for i and j samples; built bottom-up.
  let prev: number[][] = Array.from({ length: n + 1 }, () => [1]);
  for (let i = 1; i <= m; i++) {
    const cur: number[][] = [[1]];
    for (let j = 1; j <= n; j++) {
      const size = i * j + 1;
      const d = new Array<number>(size).fill(0);
      const left = cur[j - 1]!;
      const up = prev[j]!;
      for (let k = 0; k < left.length; k++) d[k]! += left[k]!;
      for (let k = 0; k < up.length; k++) if (k + j < size) d[k + j]! += up[k]!;
      cur.push(d);
    }
    prev = cur;
  }
  return prev[n]!;
}

/** Two-sided p-value of the standard normal at |z| (Abramowitz and Stegun 7.1.26 for erfc). */
export function normalP(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return Math.min(1, erfc);
}
