/**
 * Fingertips' test for a trend over the last five points (PHE's trend markers; the
 * FingertipsNext trend service keeps the same method).
 *
 * - Proportions (a count and a denominator at each point): the chi-squared test for
 *   trend in proportions (Cochran–Armitage), as Fingertips' "SPC for proportions".
 *   The slope is the change in the proportion per period, weighted by denominator.
 * - Anything else: an inverse-variance weighted regression of the value on time, with
 *   each point's standard error (upper − lower) / 3.92 from its 95% interval;
 *   chi-squared is (slope / its standard error)².
 *
 * A trend is significant when chi-squared exceeds 9.5495, the chi-squared quantile on
 * 1 degree of freedom at p = 0.002 (two-sided 99.8%), and the slope keeps its sign when
 * any one of the five points is left out (Fingertips' outlier check; for proportions,
 * as there, on the unweighted regression of the log-odds).
 */
import { chiSquaredQuantile } from './distributions';

export const TREND_POINTS = 5;
export const TREND_SIGNIFICANCE = chiSquaredQuantile(0.998, 1);
/** A 95% interval spans 2 × 1.96 standard errors. */
const INTERVAL_WIDTH_IN_ERRORS = 3.92;

export interface TrendTest {
  chiSquared: number;
  slope: number;
  significant: boolean;
}

/** Weighted least-squares slope of y on t = 1, 2, …, and its variance (Σw / det). */
function weightedSlope(ys: readonly number[], weights: readonly number[], skip: number): { slope: number; variance: number } {
  let s1 = 0, st = 0, sy = 0, sty = 0, stt = 0;
  ys.forEach((y, i) => {
    if (i === skip) return;
    const t = i + 1;
    const w = weights[i];
    s1 += w;
    st += w * t;
    sy += w * y;
    sty += w * t * y;
    stt += w * t * t;
  });
  const det = s1 * stt - st * st;
  return { slope: (s1 * sty - st * sy) / det, variance: s1 / det };
}

/** Whether the slope keeps its (non-zero) sign with each point left out in turn. */
function keepsSign(slope: number, slopeWithout: (skip: number) => number, points: number): boolean {
  if (slope === 0) return false;
  for (let skip = 0; skip < points; skip++) if (Math.sign(slopeWithout(skip)) !== Math.sign(slope)) return false;
  return true;
}

function judged(chiSquared: number, slope: number, steady: boolean): TrendTest {
  return { chiSquared, slope, significant: chiSquared > TREND_SIGNIFICANCE && steady };
}

/** The weighted-regression test of five values with their 95% intervals (all widths > 0). */
export function regressionTrendTest(values: readonly number[], lower: readonly number[], upper: readonly number[]): TrendTest {
  const weights = values.map((_, i) => (INTERVAL_WIDTH_IN_ERRORS / (upper[i] - lower[i])) ** 2);
  const { slope, variance } = weightedSlope(values, weights, -1);
  const steady = keepsSign(slope, (skip) => weightedSlope(values, weights, skip).slope, values.length);
  return judged((slope * slope) / variance, slope, steady);
}

/** The chi-squared test for trend of five proportions (every count strictly between 0 and its denominator). */
export function proportionTrendTest(counts: readonly number[], denominators: readonly number[]): TrendTest {
  let n = 0, r = 0, rt = 0, nt = 0, ntt = 0;
  counts.forEach((count, i) => {
    const t = i + 1;
    n += denominators[i];
    r += count;
    rt += count * t;
    nt += denominators[i] * t;
    ntt += denominators[i] * t * t;
  });
  const spread = n * ntt - nt * nt;
  const slope = (n * rt - r * nt) / spread;
  const chiSquared = (n * (n * rt - r * nt) ** 2) / (r * (n - r) * spread);
  const logOdds = counts.map((count, i) => Math.log(count / (denominators[i] - count)));
  const unweighted = logOdds.map(() => 1);
  const logOddsSlope = (skip: number) => weightedSlope(logOdds, unweighted, skip).slope;
  const steady = Math.sign(logOddsSlope(-1)) === Math.sign(slope) && keepsSign(slope, logOddsSlope, counts.length);
  return judged(chiSquared, slope, steady);
}
