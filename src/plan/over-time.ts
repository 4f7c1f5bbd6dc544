/**
 * The "Over time" step's plan for one measure: its variation and assurance words, as the
 * KPI.VARIATION and KPI.ASSURANCE functions give them, or "Not rated" with the reason
 * when the measure's figures or rule cannot be judged. A target that cannot be compared
 * with the limits leaves the assurance alone Not rated. One measure's problem never stops
 * the others. Limits on fewer than 12 points are trial limits; the plan says so.
 */
import { type Assurance, assuranceOf } from '../kpi/assurance';
import { type CellValue } from '../kpi/cell';
import { KpiInputError } from '../kpi/errors';
import { type Polarity, parsePolarity } from '../kpi/polarity';
import { readMeasureRule } from '../kpi/rule';
import { type Target, parseTarget } from '../kpi/target';
import { readSeries } from '../kpi/series';
import { type Variation, latestVariation } from '../kpi/variation';
import { DEFAULT_RULE_LENGTH, type XmrChart, chartValues, xmrChart } from '../kpi/xmr-chart';

/** The method's figures, for the pane's words about its options. */
export { RANGE_LIMIT_MULTIPLIER } from '../kpi/spc-limits';
export { DEFAULT_RULE_LENGTH };

export const NOT_RATED = 'Not rated';

export interface MeasureOverTime {
  name: string;
  /** The measure's period cells, oldest first (blank for a period not yet reported). */
  periods: readonly CellValue[];
  polarity: string | null;
  target: CellValue;
}

export interface OverTimeSettings {
  baselinePoints: number | null;
  screenOutliers: boolean;
  ruleLength: number;
}

export const DEFAULT_OVER_TIME: OverTimeSettings = { baselinePoints: null, screenOutliers: true, ruleLength: DEFAULT_RULE_LENGTH };

export type OverTimeJudgement =
  | {
      rated: true;
      chart: XmrChart;
      variation: Variation;
      /** Not rated (with `assuranceReason`) when the target cannot be compared with the limits, though the variation can be judged. */
      assurance: Assurance | typeof NOT_RATED;
      assuranceReason: string | null;
      trialLimits: boolean;
    }
  | { rated: false; reason: string };

/**
 * The polarity the variation is judged by, and the target for assurance or why there is
 * none. A target that cannot be read ("Reduce", "Top quartile") leaves the variation to a
 * polarity given in words; with the polarity blank, which way is good is unknown, and a
 * polarity contradicting its target (`<553` with High) is doubtful: neither is rated.
 */
function readRule(measure: MeasureOverTime): { polarity: Polarity; target: Target | { unreadable: string } } {
  const given = parsePolarity(measure.polarity);
  try {
    parseTarget(measure.target);
  } catch (error) {
    if (error instanceof KpiInputError && given !== null) return { polarity: given, target: { unreadable: error.message } };
    throw error;
  }
  return readMeasureRule(measure.polarity, measure.target);
}

/** Assurance, or why the target cannot be compared with the limits (a band, Context, an unreadable target). */
function assuranceFor(chart: XmrChart, polarity: Polarity, target: Target | { unreadable: string }): { assurance: Assurance | typeof NOT_RATED; assuranceReason: string | null } {
  if ('unreadable' in target) return { assurance: NOT_RATED, assuranceReason: target.unreadable };
  try {
    return { assurance: assuranceOf(chart.limits, target, polarity, chartValues(chart)), assuranceReason: null };
  } catch (error) {
    if (error instanceof KpiInputError) return { assurance: NOT_RATED, assuranceReason: error.message };
    throw error;
  }
}

/** The chart, variation and assurance of one measure, or why it is not rated. */
export function judgeOverTime(measure: MeasureOverTime, settings: OverTimeSettings = DEFAULT_OVER_TIME): OverTimeJudgement {
  try {
    const { polarity, target } = readRule(measure);
    const chart = xmrChart(readSeries(measure.periods, measure.name), { ...settings, polarity });
    return { rated: true, chart, variation: latestVariation(chart), ...assuranceFor(chart, polarity, target), trialLimits: chart.limits.trial };
  } catch (error) {
    if (error instanceof KpiInputError) return { rated: false, reason: error.message };
    throw error;
  }
}

/** The two words the step writes for a measure: variation, then assurance. */
export function overTimeWords(judgement: OverTimeJudgement): [string, string] {
  return judgement.rated ? [judgement.variation, judgement.assurance] : [NOT_RATED, NOT_RATED];
}
