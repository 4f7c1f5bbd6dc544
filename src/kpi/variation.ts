/**
 * Making Data Count's variation icon in words: is the latest point common cause, or a
 * special cause, and if so improving, concerning or neutral, high or low. "High" and
 * "low" name the direction of the values, not the polarity: a falling trend under High
 * polarity is "Special cause concerning (low)".
 *
 * The latest point is the latest with a value: a series laid out for the whole year,
 * with the months still to come blank, is judged on the last month reported.
 */
import { type SpcPoint, type XmrChart } from './xmr-chart';

export type Variation =
  | 'Common cause'
  | 'Special cause improving (high)'
  | 'Special cause improving (low)'
  | 'Special cause concerning (high)'
  | 'Special cause concerning (low)'
  | 'Special cause neutral (high)'
  | 'Special cause neutral (low)';

const MOOD = { Improvement: 'improving', Concern: 'concerning', Neutral: 'neutral' } as const;

/** The variation word of one point of a chart. */
export function variationOf(point: SpcPoint): Variation {
  if (point.signal === null) return 'Common cause';
  return `Special cause ${MOOD[point.signal]} (${point.direction > 0 ? 'high' : 'low'})` as Variation;
}

/** The latest point with a value; a chart always has at least two. */
export function latestPoint(chart: XmrChart): SpcPoint {
  for (let i = chart.points.length - 1; i >= 0; i--) if (chart.points[i].value !== null) return chart.points[i];
  throw new Error('a chart without points'); // xmrLimits refuses fewer than 2 values
}

/** The variation of the latest point. */
export function latestVariation(chart: XmrChart): Variation {
  return variationOf(latestPoint(chart));
}
