/**
 * XmR (individuals and moving range) process limits, as NHS England's "Making Data Count"
 * uses them: mean ± 2.66 × the mean moving range (Wheeler's constant, 3 / d₂ with
 * d₂ = 1.128 for ranges of two points). The near limits, two thirds of the way from the
 * mean to each limit, are where the "two of three" rule looks.
 *
 * Screening (NHSRplotthedots' `screen_outliers`, on by default there and here): a moving
 * range above 3.267 × the mean moving range (Wheeler's upper range limit, D₄ = 3.267) is
 * a jump, not routine variation; it is left out and the mean moving range recomputed
 * once. With screening off the limits are those of NHS England's MDC Excel tool.
 * Limits on fewer than 12 points are trial limits (MDC guidance): they are computed the
 * same way, and flagged so that a reader can be told.
 */
import { KpiInputError } from './errors';

const LIMIT_MULTIPLIER = 2.66;
/** Screening leaves out moving ranges above this many times their mean. */
export const RANGE_LIMIT_MULTIPLIER = 3.267;
const NEAR_FRACTION = 2 / 3;
/** MDC: limits from fewer points than this are trial limits. */
export const TRIAL_LIMIT_POINTS = 12;

export interface XmrLimits {
  mean: number;
  lower: number;
  upper: number;
  nearLower: number;
  nearUpper: number;
  meanMovingRange: number;
  /** How many points the limits were computed from. */
  points: number;
  /** Fewer than 12 points: trial limits. */
  trial: boolean;
}

export interface LimitOptions {
  /** Compute the limits on the first N points only (a baseline); null for all points. */
  baselinePoints: number | null;
  screenOutliers: boolean;
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

function movingRanges(values: readonly number[]): number[] {
  const ranges: number[] = [];
  for (let i = 1; i < values.length; i++) ranges.push(Math.abs(values[i] - values[i - 1]));
  return ranges;
}

/** Never empty: the smallest range is at most the mean, so within 3.267 × it. */
function screenedMean(ranges: readonly number[]): number {
  const all = mean(ranges);
  return mean(ranges.filter((range) => range <= RANGE_LIMIT_MULTIPLIER * all));
}

/** The limits of the points with values (oldest first), on the baseline if one is given. */
export function xmrLimits(values: readonly number[], options: LimitOptions): XmrLimits {
  if (values.length < 2) {
    throw new KpiInputError(`Values hold ${values.length} number${values.length === 1 ? '' : 's'}; SPC limits need at least 2.`);
  }
  const count = options.baselinePoints ?? values.length;
  if (!Number.isInteger(count) || count < 2 || count > values.length) {
    throw new KpiInputError(
      `baseline_points must be a whole number from 2 to the number of values (${values.length}); got ${count}. Leave it blank to use every point.`,
    );
  }
  const baseline = values.slice(0, count);
  const centre = mean(baseline);
  const ranges = movingRanges(baseline);
  const meanMovingRange = options.screenOutliers ? screenedMean(ranges) : mean(ranges);
  const spread = LIMIT_MULTIPLIER * meanMovingRange;
  // Figures near the largest number a spreadsheet holds (1e308) overflow the mean or the limits: say so, never return an infinite limit.
  if (![centre - spread, centre + spread].every(Number.isFinite)) {
    throw new KpiInputError('The values are too large to compute SPC limits from: their mean or limits pass the largest number a spreadsheet holds (about 1.8E+308). Check that the cells hold the figures meant.');
  }
  return {
    mean: centre,
    lower: centre - spread,
    upper: centre + spread,
    nearLower: centre - NEAR_FRACTION * spread,
    nearUpper: centre + NEAR_FRACTION * spread,
    meanMovingRange,
    points: count,
    trial: count < TRIAL_LIMIT_POINTS,
  };
}
