/**
 * Fingertips' trend marker in words, over the last five points with values.
 *
 * The proportion method is used only when counts and denominators are given; otherwise
 * the weighted regression on each point's 95% interval. "Cannot be calculated" (as
 * Fingertips says it) with fewer than five points, a missing or zero-width interval
 * (lower = upper), or a count of 0 or equal to its denominator (its log-odds is
 * infinite). Fingertips leaves points without an interval out and looks further back;
 * here a missing interval among the last five is "Cannot be calculated", so that the
 * marker is always about the latest five periods. Input that cannot be right (a lower
 * limit above the upper, a value outside its own interval, a count above its denominator) is
 * an error.
 */
import { isAtMost } from './approx';
import { KpiInputError } from './errors';
import { type Polarity } from './polarity';
import { type Series } from './series';
import { TREND_POINTS, type TrendTest, proportionTrendTest, regressionTrendTest } from './trend-test';

export type TrendMarker =
  | 'Increasing and getting better'
  | 'Increasing and getting worse'
  | 'Decreasing and getting better'
  | 'Decreasing and getting worse'
  | 'Increasing'
  | 'Decreasing'
  | 'No significant change'
  | 'Cannot be calculated';

export const CANNOT_BE_CALCULATED = 'Cannot be calculated';

export interface TrendInput {
  values: Series;
  /** Omitted arguments are null; a given range may still hold blanks. */
  lower: Series | null;
  upper: Series | null;
  counts: Series | null;
  denominators: Series | null;
}

function checkLengths(input: TrendInput): void {
  for (const [name, series] of [['lower', input.lower], ['upper', input.upper], ['count', input.counts], ['denominator', input.denominators]] as const) {
    if (series && series.length !== input.values.length) {
      throw new KpiInputError(`${name} has ${series.length} points but values has ${input.values.length}. Give one of each per period.`);
    }
  }
}

/** The positions of the last five points with values, oldest first, or null with fewer. */
function lastFive(values: Series): number[] | null {
  const picked: number[] = [];
  for (let i = values.length - 1; i >= 0 && picked.length < TREND_POINTS; i--) if (values[i] !== null) picked.unshift(i);
  return picked.length === TREND_POINTS ? picked : null;
}

/**
 * Throws unless a point's interval can be its own: lower no higher than upper, and the value
 * between them. A value outside its interval means the columns are swapped or on different
 * scales (percent beside fractions): weighted by those widths, the regression would find a
 * "significant" trend in the mismatch (chi-squared in the hundreds of thousands).
 */
function checkInterval(point: number, value: number, low: number, high: number): void {
  if (low > high) throw new KpiInputError(`At point ${point} the lower limit ${low} is above the upper limit ${high}.`);
  const scale = Math.max(Math.abs(value), Math.abs(low), Math.abs(high));
  if (isAtMost(low, value, scale) && isAtMost(value, high, scale)) return;
  throw new KpiInputError(
    `At point ${point} the value ${value} is outside its own interval, ${low} to ${high}. ` +
      'The columns may be swapped or on different scales (percent beside fractions): ' +
      'give values, lower and upper in the same units, each value between its limits.',
  );
}

function regression(input: TrendInput, at: number[]): TrendTest | null {
  if (!input.lower || !input.upper) throw new KpiInputError('Give lower and upper (95% limits) for each value, or count and denominator for a proportion.');
  const lower = at.map((i) => input.lower![i]);
  const upper = at.map((i) => input.upper![i]);
  const values = at.map((i) => input.values[i] as number);
  for (let k = 0; k < at.length; k++) {
    const [low, high] = [lower[k], upper[k]];
    if (low !== null && high !== null) checkInterval(at[k] + 1, values[k], low, high);
  }
  if (lower.some((low, k) => low === null || low === upper[k])) return null;
  return regressionTrendTest(values, lower as number[], upper as number[]);
}

function proportions(input: TrendInput, at: number[]): TrendTest | null {
  const counts = at.map((i) => input.counts![i]);
  const denominators = at.map((i) => input.denominators![i]);
  for (let k = 0; k < at.length; k++) {
    const [count, whole] = [counts[k], denominators[k]];
    if (count === null || whole === null) return null;
    if (count < 0 || whole <= 0 || count > whole) {
      throw new KpiInputError(`At point ${at[k] + 1} the count ${count} must be from 0 up to its denominator ${whole}, and the denominator above 0.`);
    }
    if (count === 0 || count === whole) return null;
  }
  return proportionTrendTest(counts as number[], denominators as number[]);
}

/** The test over the last five points, or null when it cannot be calculated. */
export function trendTestOf(input: TrendInput): TrendTest | null {
  checkLengths(input);
  if (Boolean(input.counts) !== Boolean(input.denominators)) throw new KpiInputError('Give both count and denominator for a proportion, or neither.');
  const at = lastFive(input.values);
  if (!at) return null;
  return input.counts ? proportions(input, at) : regression(input, at);
}

/** The marker word for a test result, by polarity (High, Low, or none). */
export function trendMarkerOf(test: TrendTest | null, polarity: Polarity | null): TrendMarker {
  if (polarity === 'Band' || polarity === 'Target') {
    throw new KpiInputError(`Polarity ${polarity} cannot judge a trend: use High, Low or Context (no judgement).`);
  }
  if (!test) return CANNOT_BE_CALCULATED;
  if (!test.significant) return 'No significant change';
  const rising = test.slope > 0;
  const way = rising ? 'Increasing' : 'Decreasing';
  if (polarity === null || polarity === 'Context') return way;
  return `${way} and getting ${rising === (polarity === 'High') ? 'better' : 'worse'}`;
}
