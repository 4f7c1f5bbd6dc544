/**
 * The method notes of the help page: for the functions whose published tools disagree,
 * each choice made and the source it follows, by function id. Plain text; the help page
 * escapes it. The JSDoc in src/functions/functions.ts stays short (it is autocomplete);
 * this is where an analyst checks a figure against NHSRplotthedots, MDC or Fingertips.
 */
'use strict';

const MDC = "NHS England's Making Data Count (MDC)";
const LIMITS_NOTES = [
  `Limits: mean ± 2.66 × the mean moving range, the XmR chart of ${MDC} (Wheeler's constant 3 / 1.128).`,
  'screen_outliers TRUE (the default) follows NHSRplotthedots: moving ranges above 3.267 × their mean (Wheeler\'s upper range limit) are left out and the mean moving range recomputed once. FALSE gives the limits of the MDC Excel tool, which does not screen. A moving range exactly at 3.267 × the mean is kept; NHSRplotthedots leaves it out.',
  "baseline_points N fixes the mean and limits on the first N values (blanks are not counted), as NHSRplotthedots' fix_after_n_points; later points are judged against them.",
  'Trial limits: limits computed from fewer than 12 points are trial limits (MDC guidance). They are computed the same way, but treat their signals with caution and recompute once 12 or more points are in.',
  'Blank cells are missing periods: they take no part in the limits, break no run and start no trend. Text among the values is an error, so that nothing is silently left out.',
];

module.exports = {
  SPC: [
    ...LIMITS_NOTES,
    'Rules, each on its own: outside limits (a point above the upper or below the lower limit; on a limit is inside); run (rule_length points in a row on one side of the mean; a point on the mean breaks it); trend (rule_length points in a row each higher, or each lower, than the one before; a tie breaks it); two of three (two of three points in a row beyond two thirds of the way to a limit but inside it, all three on the same side of the mean; only the near-limit points are flagged, as NHSRplotthedots). Every point of a run or trend is flagged.',
    'rule_length defaults to 7, as NHSRplotthedots (which fixes it at 7); the MDC Excel tool also offers 6.',
    'Signal: the rules decide in the order outside limits > trend > two of three > run. The direction is the side of the mean, or for a trend its slope, so a falling trend is a Concern under High polarity even above the mean (NHSRplotthedots colours every special cause by its side of the mean instead). High polarity: high is Improvement, low Concern; Low swaps them; Context or blank gives Neutral. Band and Target polarity are errors: an XmR chart does not say which shift helps.',
  ],
  VARIATION: [
    'The variation of the latest point with a value, as the last row of KPI.SPC with the same arguments: Common cause, or Special cause improving, concerning or neutral. (high) and (low) name the direction of the values, not the polarity: a falling trend under High polarity is "Special cause concerning (low)".',
    ...LIMITS_NOTES,
  ],
  ASSURANCE: [
    'The target against the process limits (of the baseline when baseline_points is given): Consistently passing when every value between the limits meets the target, Consistently failing when none does, Hit and miss when the target lies between them.',
    'The boundary (a target equal to a limit): targets are inclusive here, as in KPI.RAG (11.0% meets ">11%"). So with High polarity a target equal to the lower limit is met by every value the process gives: Consistently passing; a target equal to the upper limit is still met at that limit: Hit and miss, not Consistently failing. Low polarity mirrors this. NHSRplotthedots compares strictly and calls both boundaries inconsistent (Hit and miss).',
    'A blank polarity takes the target\'s operator (">95%" High, "<553" Low); otherwise assurance needs High or Low polarity, since Context has no passing side. A band target is an error. N/A, TBC or a blank target give No target.',
    ...LIMITS_NOTES,
  ],
  TREND: [
    "Fingertips' trend marker (PHE's TrendMarkerCalculator; FingertipsNext keeps the method) over the last 5 points with values.",
    'With count and denominator: the chi-squared test for trend in proportions (Cochran–Armitage), as Fingertips\' "SPC for proportions". Otherwise: an inverse-variance weighted regression of the value on time, each point\'s standard error (upper − lower) / 3.92 from its 95% interval.',
    'Significant when chi-squared > 9.5495 (the chi-squared point for p = 0.002 on 1 degree of freedom) and the slope keeps its sign when any one of the five points is left out; otherwise No significant change. For proportions the leave-one-out check uses the regression of the log-odds, as Fingertips.',
    'Cannot be calculated: fewer than 5 points, a missing or zero-width interval (lower = upper) among the last five, or a count of 0 or equal to its denominator (its log-odds is infinite). Fingertips skips points without an interval and looks further back; FingertipsNext, given no intervals at all, says No change. Here the marker is always about the latest five periods.',
    'Polarity High or Low adds "and getting better" or "worse"; Context or blank gives Increasing or Decreasing.',
  ],
  TREND_TEST: [
    'The figures behind KPI.TREND, in one row: chi-squared, the slope per period (in the values\' units for the regression; for proportions the change in the proportion per period, weighted by denominator) and whether the trend is significant by both tests KPI.TREND uses.',
    'When the trend cannot be calculated the row reads Cannot be calculated, Cannot be calculated, FALSE; Fingertips reports a chi-squared of 0 there, which is not a figure it computed.',
  ],
};
