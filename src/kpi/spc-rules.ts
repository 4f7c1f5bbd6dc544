/**
 * The special-cause rules of NHS England's "Making Data Count", each on its own, over
 * the points that have values (oldest first). They follow NHSRplotthedots' tests:
 *
 * - outside limits: a point above the upper or below the lower limit (on a limit is inside);
 * - run: `length` points in a row on one side of the mean; a point on the mean breaks it;
 * - trend: `length` points in a row each higher (or each lower) than the one before; a tie breaks it;
 * - two of three: two of three points in a row beyond the near limits (and inside the
 *   limits), all three on the same side of the mean; only the near-limit points are flagged.
 *
 * Every point of a run or trend is flagged, not only the one that completes it. Each rule
 * is one pass over the points, so a chart of 10,000 points costs ten times one of 1,000.
 */
import { type XmrLimits } from './spc-limits';

/** +1 above (or rising), −1 below (or falling), 0 on the mean (or level). */
export type Side = -1 | 0 | 1;

export function sideOf(value: number, centre: number): Side {
  return value > centre ? 1 : value < centre ? -1 : 0;
}

/** The side of the mean of each point beyond a limit, else 0. */
export function outsideLimits(values: readonly number[], limits: XmrLimits): Side[] {
  return values.map((value) => (value > limits.upper ? 1 : value < limits.lower ? -1 : 0));
}

/** The side of the mean of each point beyond a near limit but inside the limits, else 0. */
export function nearLimits(values: readonly number[], limits: XmrLimits): Side[] {
  return values.map((value) =>
    value > limits.upper || value < limits.lower ? 0 : value > limits.nearUpper ? 1 : value < limits.nearLower ? -1 : 0,
  );
}

/**
 * Marks, with its sign, each stretch of equal non-zero signs at least `length` long.
 * Sign k covers marks k to k + `reach` (a step between two points covers both), and a
 * mark already made is kept, so a point shared by two stretches takes the earlier.
 */
function markStretches(signs: readonly Side[], length: number, reach: number, marks: Side[]): Side[] {
  let start = 0;
  for (let i = 1; i <= signs.length; i++) {
    if (i < signs.length && signs[i] === signs[start]) continue;
    if (signs[start] !== 0 && i - start >= length) {
      for (let j = start; j < i + reach; j++) if (marks[j] === 0) marks[j] = signs[start];
    }
    start = i;
  }
  return marks;
}

/** Each point's side when it is part of a run of `length` points on one side of the mean. */
export function runs(sides: readonly Side[], length: number): Side[] {
  return markStretches(sides, length, 0, new Array<Side>(sides.length).fill(0));
}

/**
 * Each point's direction when it is part of a trend of `length` points (`length` − 1
 * rises or falls). A peak or trough between a rising and a falling trend belongs to
 * both; it takes the trend that led to it.
 */
export function trends(values: readonly number[], length: number): Side[] {
  const steps: Side[] = [];
  for (let i = 1; i < values.length; i++) steps.push(sideOf(values[i], values[i - 1]));
  return markStretches(steps, length - 1, 1, new Array<Side>(values.length).fill(0));
}

/**
 * Each near-limit point's side when it is one of two (or three) near-limit points among
 * three in a row that all lie on its side of the mean.
 */
export function twoOfThree(near: readonly Side[], sides: readonly Side[]): Side[] {
  const marks = new Array<Side>(near.length).fill(0);
  for (let end = 2; end < near.length; end++) {
    const side = sides[end];
    if (side === 0 || sides[end - 1] !== side || sides[end - 2] !== side) continue;
    if ((near[end - 2] !== 0 ? 1 : 0) + (near[end - 1] !== 0 ? 1 : 0) + (near[end] !== 0 ? 1 : 0) < 2) continue;
    for (let i = end - 2; i <= end; i++) if (near[i] !== 0) marks[i] = side;
  }
  return marks;
}
