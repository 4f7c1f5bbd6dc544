/**
 * An XmR chart of one measure: its limits, and for each point the special-cause rules
 * that fire there and the signal they give.
 *
 * The signal takes the rules in the order outside limits > trend > two of three > run
 * (Making Data Count's order of strength). Its direction is the side of the mean, or for
 * a trend its slope: with High polarity a falling trend is a Concern even above the mean.
 * NHSRplotthedots colours every special cause by its side of the mean instead.
 */
import { KpiInputError } from './errors';
import { type Polarity } from './polarity';
import { type Series, pointsOf } from './series';
import { type LimitOptions, type XmrLimits, xmrLimits } from './spc-limits';
import { type Side, nearLimits, outsideLimits, runs, sideOf, trends, twoOfThree } from './spc-rules';
import { type Signal, improvementDirection, signalOf } from './spc-signal';

export type SpcRule = 'outside limits' | 'run' | 'trend' | 'two of three';

/** The rules in the order the rules column lists them. */
export const SPC_RULES: readonly SpcRule[] = ['outside limits', 'run', 'trend', 'two of three'];

/** NHSRplotthedots' fixed length for runs and trends; MDC's Excel tool also offers 6. */
export const DEFAULT_RULE_LENGTH = 7;

/** The order in which rules decide a point's signal and direction. */
const SIGNAL_ORDER: readonly SpcRule[] = ['outside limits', 'trend', 'two of three', 'run'];

export interface SpcOptions extends LimitOptions {
  polarity: Polarity | null;
  /** Points in a row for the run and trend rules (7 in NHSRplotthedots, 6 or 7 in MDC's tool). */
  ruleLength: number;
}

export interface SpcPoint {
  /** null for a missing point. */
  value: number | null;
  rules: readonly SpcRule[];
  /** null for common cause (and for a missing point). */
  signal: Signal | null;
  /** The direction of the special cause in the values: +1 high, −1 low; 0 for none. */
  direction: Side;
}

export interface XmrChart {
  limits: XmrLimits;
  points: SpcPoint[];
}

/** The rules each point with a value breaks, by rule, each with its direction. */
function ruleMarks(values: readonly number[], limits: XmrLimits, ruleLength: number): Record<SpcRule, Side[]> {
  const sides = values.map((value) => sideOf(value, limits.mean));
  return {
    'outside limits': outsideLimits(values, limits),
    run: runs(sides, ruleLength),
    trend: trends(values, ruleLength),
    'two of three': twoOfThree(nearLimits(values, limits), sides),
  };
}

/** Common cause and missing points share one empty list: a long series is mostly common cause. */
const NO_RULES: readonly SpcRule[] = Object.freeze([]);

function judgedPoint(value: number, marks: Record<SpcRule, Side[]>, i: number, improvement: Side): SpcPoint {
  let deciding: SpcRule | null = null;
  for (const rule of SIGNAL_ORDER) {
    if (marks[rule][i] !== 0) {
      deciding = rule;
      break;
    }
  }
  if (deciding === null) return { value, rules: NO_RULES, signal: null, direction: 0 };
  const direction = marks[deciding][i];
  const rules = SPC_RULES.filter((rule) => marks[rule][i] !== 0);
  return { value, rules, signal: signalOf(direction, improvement), direction };
}

const MISSING: SpcPoint = Object.freeze({ value: null, rules: NO_RULES, signal: null, direction: 0 });

function checkRuleLength(length: number): void {
  if (!Number.isInteger(length) || length < 2) {
    throw new KpiInputError(`rule_length must be a whole number of points, 2 or more (7 is usual, 6 in some MDC tools); got ${length}.`);
  }
}

/** The values the chart was drawn from, missing points left out (what its limits were computed on). */
export function chartValues(chart: XmrChart): number[] {
  return chart.points.flatMap((point) => (point.value === null ? [] : [point.value]));
}

/** The chart of a series (blanks are missing points, kept in place). */
export function xmrChart(series: Series, options: SpcOptions): XmrChart {
  checkRuleLength(options.ruleLength);
  const improvement = improvementDirection(options.polarity);
  const { values } = pointsOf(series);
  const limits = xmrLimits(values, options);
  const marks = ruleMarks(values, limits, options.ruleLength);
  let next = 0;
  const points = series.map((value) => (value === null ? MISSING : judgedPoint(value, marks, next++, improvement)));
  return { limits, points };
}
