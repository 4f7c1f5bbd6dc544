/**
 * The RAG and direction-of-travel rules as plain data, for a layer that states them in
 * another form: Portable output writes them as ordinary spreadsheet formulas. Nothing here
 * decides a rating. The constants are the ones `rag`, `direction`, `thresholds`, `tolerance`
 * and `units` decide with, and `portableRowRule` gives one row's fixed figures from the rule
 * the engine read, so the formulas can only say what the engine says.
 */
import { FLOAT_SLACK } from './approx';
import { type Polarity } from './polarity';
import { type RagRule } from './rag';
import { RATING_FORMS } from './rating';
import { EDGES_BY_POLARITY, type RagRanges, ragRanges, targetEdges } from './thresholds';
import { DEFAULT_AMBER_TOLERANCE, DEFAULT_GREEN_TOLERANCE, type Tolerance } from './tolerance';
import { type Target } from './target';
import { wholePercentActualFrom } from './units';

/** A tolerance as `units + share × |edge|`: one of the two is zero. */
export interface ToleranceParts {
  units: number;
  share: number;
}

export function toleranceParts(tolerance: Tolerance): ToleranceParts {
  return tolerance.kind === 'units' ? { units: tolerance.amount, share: 0 } : { units: 0, share: tolerance.fraction };
}

export const PORTABLE_RULES = {
  /** Comparisons with a bound allow this share of the larger of the edge and the bound (see `thresholds`). */
  slack: FLOAT_SLACK,
  /** Which target edges each polarity rates by. */
  edges: EDGES_BY_POLARITY,
  /** Polarities that rate nothing and judge direction without a good way. */
  unjudged: 'Context' as Polarity,
  /** Polarities whose direction is closeness to the target (the distance outside its edges). */
  closeness: ['Band', 'Target'] as readonly Polarity[],
  /** Ratings written by hand pass through. */
  ratingForms: RATING_FORMS,
  /**
   * `checkTolerances`: a green band wider than the amber one, which `checkTolerances` refuses
   * (the live function's #VALUE!), as it may become when a tolerance is edited in the sheet.
   */
  rag: { notRated: 'N/A', noData: 'No data', checkUnits: 'Check units', checkTolerances: 'Check' },
  direction: { improved: 'Improved', deteriorated: 'Deteriorated', unchanged: 'Unchanged', increased: 'Increased', decreased: 'Decreased', none: 'N/A' },
  /**
   * Tolerance text as `parseTolerance` reads it: a number in the measure's units; a number
   * and `%`, a share of the target; a number and a word starting with `p` (pp, pts, points,
   * percentage points), points, a hundredth each. A blank takes the default.
   */
  tolerance: {
    shareSign: '%',
    pointsLetter: 'p',
    perHundred: 100,
    defaults: { amber: toleranceParts(DEFAULT_AMBER_TOLERANCE), green: toleranceParts(DEFAULT_GREEN_TOLERANCE) },
  },
} as const;

/** One row's rule as figures a sheet can hold. */
export interface PortableRowRule {
  /** The polarity the row is judged by, its operator-free target's sense included (`>11%` is High). */
  judgedAs: Polarity;
  /** The target's edges (null: none on that side, or no target). */
  targetFrom: number | null;
  targetTo: number | null;
  /**
   * The engine's units cut-off for a % target, signed as the target is: a plain actual
   * beyond 1 in size and at or beyond this (above when positive, below when negative) is a
   * whole number of percent (Check units); null: no such check.
   */
  wholePercentAbove: number | null;
  amber: ToleranceParts;
  green: ToleranceParts;
  /** The true green and amber bounds (no slack), null for a row that is not rated. */
  bounds: RagRanges | null;
}

function wholePercentCutOff(target: Target): number | null {
  if (target.kind === 'none' || !target.isPercent) return null;
  return wholePercentActualFrom(target.kind === 'band' ? [target.low, target.high] : [target.value]);
}

export function portableRowRule({ rule, amber, green }: RagRule): PortableRowRule {
  const rated = rule.target.kind !== 'none' && rule.polarity !== PORTABLE_RULES.unjudged;
  const edges = rule.target.kind === 'none' ? { low: null, high: null } : targetEdges(rule.polarity, rule.target);
  return {
    judgedAs: rule.polarity,
    targetFrom: rated ? edges.low : null,
    targetTo: rated ? edges.high : null,
    wholePercentAbove: wholePercentCutOff(rule.target),
    amber: toleranceParts(amber),
    green: toleranceParts(green),
    bounds: rated && rule.target.kind !== 'none' ? ragRanges(rule.polarity, rule.target, amber, green) : null,
  };
}
