/**
 * RAG rating. The shortfall is how far the actual is on the wrong side of its target:
 * Green if it is within the green tolerance, Amber if within the amber tolerance,
 * otherwise Red; both bounds inclusive (computed as ranges of the actual, see `thresholds`).
 * No target or Context polarity gives N/A (not rated); an actual with no figure gives No
 * data; a hand-written rating passes through. Before rating, the actual and target must be
 * in the same units (`units`) and the tolerances must be ones that can be meant
 * (`tolerance-checks`).
 */
import { type Actual, readActual } from './actual';
import { type CellValue } from './cell';
import { type RagResult } from './rating';
import { type MeasureRule, readMeasureRule } from './rule';
import { isWithinTolerance } from './thresholds';
import { defaultTolerances, isPercentageRow } from './default-tolerances';
import { type Tolerance, parseTolerance } from './tolerance';
import { checkTolerances } from './tolerance-checks';
import { checkUnitsAgree } from './units';

export interface RagInputs {
  actual: CellValue;
  target: CellValue;
  polarity?: string | null;
  amberTolerance?: CellValue;
  greenTolerance?: CellValue;
}

/** Rates an actual already read against a rule already read. */
export function rateMeasure(actual: Actual, rule: MeasureRule, amber: Tolerance, green: Tolerance): RagResult {
  if (actual.kind === 'rating') return actual.rating;
  const { polarity, target } = rule;
  if (polarity === 'Context' || target.kind === 'none') return 'N/A';
  if (actual.kind === 'none') return 'No data';
  const bounds = target.kind === 'band' ? [target.low, target.high] : [target.value];
  checkUnitsAgree({ name: 'Actual', values: [actual.value], isPercent: actual.isPercent }, { name: 'The target', values: bounds, isPercent: target.isPercent });
  checkTolerances({ actual, target, amber, green });
  if (isWithinTolerance(actual.value, polarity, target, green)) return 'Green';
  if (isWithinTolerance(actual.value, polarity, target, amber)) return 'Amber';
  return 'Red';
}

export interface RagRule {
  rule: MeasureRule;
  amber: Tolerance;
  green: Tolerance;
}

/**
 * Reads the rule a RAG column applies to one row. Blank tolerances take the defaults for
 * the row (see `default-tolerances`), which depend on whether the actual or the target is
 * written as a percentage.
 */
export function readRagRule(inputs: Omit<RagInputs, 'actual'> & { actual?: CellValue }): RagRule {
  const defaults = defaultTolerances(isPercentageRow(inputs.actual, inputs.target));
  return {
    rule: readMeasureRule(inputs.polarity, inputs.target),
    amber: parseTolerance(inputs.amberTolerance, defaults.amber, 'Amber tolerance'),
    green: parseTolerance(inputs.greenTolerance, defaults.green, 'Green tolerance'),
  };
}

/** The RAG word for one measure, from cells as the analyst wrote them. */
export function ragFor(inputs: RagInputs): RagResult {
  const { rule, amber, green } = readRagRule(inputs);
  return rateMeasure(readActual(inputs.actual), rule, amber, green);
}
