/**
 * The "Over time" step's plan for one measure: its variation and assurance words, as the
 * KPI.VARIATION and KPI.ASSURANCE functions give them, or "Not rated" with the reason
 * when the measure's figures or rule cannot be judged. One measure's problem never stops
 * the others. Limits on fewer than 12 points are trial limits; the plan says so.
 */
import { type Assurance, assuranceOf } from '../kpi/assurance';
import { type CellValue } from '../kpi/cell';
import { KpiInputError } from '../kpi/errors';
import { readMeasureRule } from '../kpi/rule';
import { readSeries } from '../kpi/series';
import { type Variation, latestVariation } from '../kpi/variation';
import { DEFAULT_RULE_LENGTH, type XmrChart, xmrChart } from '../kpi/xmr-chart';

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
  | { rated: true; chart: XmrChart; variation: Variation; assurance: Assurance; trialLimits: boolean }
  | { rated: false; reason: string };

/** The chart, variation and assurance of one measure, or why it is not rated. */
export function judgeOverTime(measure: MeasureOverTime, settings: OverTimeSettings = DEFAULT_OVER_TIME): OverTimeJudgement {
  try {
    const rule = readMeasureRule(measure.polarity, measure.target);
    const chart = xmrChart(readSeries(measure.periods, measure.name), { ...settings, polarity: rule.polarity });
    const assurance = assuranceOf(chart.limits, rule.target, rule.polarity);
    return { rated: true, chart, variation: latestVariation(chart), assurance, trialLimits: chart.limits.trial };
  } catch (error) {
    if (error instanceof KpiInputError) return { rated: false, reason: error.message };
    throw error;
  }
}

/** The two words the step writes for a measure: variation, then assurance. */
export function overTimeWords(judgement: OverTimeJudgement): [string, string] {
  return judgement.rated ? [judgement.variation, judgement.assurance] : [NOT_RATED, NOT_RATED];
}
